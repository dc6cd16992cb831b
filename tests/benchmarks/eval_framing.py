"""Precision and recall of the framing analyser per category and language on the real-news corpus.

Run: python tests/benchmarks/eval_framing.py [--errors]
The corpus is tests/data/framing-real/pairs.toml (real headlines and leads, hand-annotated); the tables are
printed for the tune split, the held-out split (never used to tune the rules) and both together.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.framing_corpus import CATEGORIES, evaluate, overall_recall  # noqa: E402


def table(split: str | None, show_errors: bool) -> None:
    name = split or "all"
    print(f"\n## split: {name}")
    print(f"| category | fr P | fr R | fr n | en P | en R | en n |")
    print("|---|---|---|---|---|---|---|")
    results = {lang: evaluate(split, lang) for lang in ("fr", "en")}
    for cat in CATEGORIES:
        cells = []
        for lang in ("fr", "en"):
            s = results[lang][cat]
            cells += [f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.tp}/{s.tp + s.fp}/{s.tp + s.fn}"]
        print(f"| {cat} | " + " | ".join(cells) + " |")
    print("| overall recall | | " + f"{overall_recall(results['fr']):.2f} | | | {overall_recall(results['en']):.2f} | |")
    if show_errors:
        for lang in ("fr", "en"):
            for cat in CATEGORIES:
                for e in results[lang][cat].errors:
                    print("  ", e)


if __name__ == "__main__":
    errors = "--errors" in sys.argv
    splits = [a for a in sys.argv[1:] if not a.startswith("--")] or ["tune", "heldout"]
    print("n = true positives / claims / gold items")
    for sp in splits:
        table(None if sp == "all" else sp, errors)
