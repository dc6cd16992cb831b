"""An exercise's answer key against the analyser: which findings a sheet may show, and tolerant answer matching.

The analyser gives clues; the answer key (the exercise's `[[findings]]` tables and the highlight questions
tagged with a `feature`) is what the facilitator teaches. Every place that shows analyser findings next to
an exercise (the facilitator sheet, the exercise screen) goes through `keyed_highlights`, so a sheet never
shows a finding the key denies, whatever the analyser finds. `disagreements` lists where the analyser misses
what the key expects (the consistency test and `antenne exercises check --analyse` use it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

#: Highlight groups of the analyser (`TextAnalysis.highlights()` keys).
GROUPS = ("passives", "sources", "loaded", "conditionals", "numbers")

#: Words a learner may add or leave out around a phrase without changing what they found:
#: auxiliaries, articles, pronouns, elided forms, relative pronouns.
LIGHT_WORDS = {
    "fr": set("a ai as avons avez ont avait avaient été est sont sera seront était étaient être "
              "le la les l un une des de du d s se y en qui que qu ce cette ces il elle ils elles on "
              "ne n pas et à au aux".split()),
    "en": set("a an the is are was were be been being has have had will would of to it its "
              "who which that this these those he she they we and not".split()),
}
MAX_EXTRA_WORDS = 4


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return text.replace("\u2019", "'").replace("\u02bc", "'").replace("\u00a0", " ").replace("\u202f", " ")


def tokens(text: str) -> list[str]:
    """Lower-case words of a text, apostrophes split (« s'y serait » -> s, y, serait); digits kept together."""
    folded = _fold(text)
    folded = re.sub(r"(?<=\d)[ .,](?=\d{3}\b)", "", folded)  # 1 500 / 1,500 -> 1500
    return re.findall(r"\d+(?:[.,]\d+)?|[^\W\d_]+", folded)


def _content(words: list[str], language: str) -> list[str]:
    light = LIGHT_WORDS.get(language, set())
    kept = [w for w in words if w not in light]
    return kept or words


def selection_matches(expected: str, selection: str, language: str) -> bool:
    """Whether a learner's selection is a reasonable find of `expected`: every content word of the expected
    phrase (one may be missing from a phrase of three or more), with or without auxiliaries and articles,
    and at most a few words more."""
    exp = _content(tokens(expected), language)
    sel = tokens(selection)
    if not exp or not sel:
        return False
    sel_content = _content(sel, language)
    hits = sum(1 for w in exp if w in sel)
    needed = len(exp) - 1 if len(exp) >= 3 else len(exp)
    extra = sum(1 for w in sel_content if w not in exp)
    return hits >= needed and extra <= max(MAX_EXTRA_WORDS, len(exp))


def match_selections(expected: list[str], chosen: list[str], language: str) -> tuple[list[str], list[str]]:
    """(expected phrases not found, selections that match nothing expected)."""
    missing = [e for e in expected if not any(selection_matches(e, s, language) for s in chosen)]
    extra = [s for s in chosen if not any(selection_matches(e, s, language) for e in expected)]
    return missing, extra


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every (start, end) of `phrase` in `text`, case-, apostrophe- and space-insensitive."""
    folded, target = _fold(text), _fold(phrase).strip()
    if not target:
        return []
    pattern = r"\s+".join(re.escape(part) for part in target.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, folded)]


@dataclass
class GroupKey:
    """What the key says about one feature group in one version: phrases it affirms and denies."""

    present: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    only: bool = False


def version_key(exercise: Any, version_id: str, language: str) -> dict[str, GroupKey]:
    """The answer key of one version in one language, by feature group."""
    key: dict[str, GroupKey] = {}
    for entry in exercise.raw.get("findings", []) or []:
        if not isinstance(entry, dict) or entry.get("version") != version_id:
            continue
        group = key.setdefault(str(entry.get("feature")), GroupKey())
        # per language, without falling back to another language's phrases
        group.present += list((entry.get("present") or {}).get(exercise.lang(language), []))
        group.absent += list((entry.get("absent") or {}).get(exercise.lang(language), []))
        group.only = group.only or bool(entry.get("only", False))
    for q in exercise.questions:
        if q.get("kind") == "highlight" and q.get("feature") and q.get("version") == version_id:
            key.setdefault(str(q["feature"]), GroupKey()).present += list(exercise.text("answer", language, q) or [])
    return key


def _finding_spans(found: Any, text: str) -> list[tuple[int, int]]:
    """Where a finding sits in the text: its highlighted words, and for a source, the source's own words."""
    spans = [(int(found.start), int(found.end))]
    info = getattr(found, "info", {}) or {}
    source = info.get("source")
    if isinstance(source, str) and source.strip():
        spans += phrase_spans(text, source.strip(" ,;:"))
    return spans


def _overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def finding_matches(found: Any, phrase: str, text: str) -> bool:
    """Whether an analyser finding is (or overlaps) the key's phrase in this text."""
    return _overlaps(_finding_spans(found, text), phrase_spans(text, phrase))


def keyed_highlights(exercise: Any, version_id: str, language: str, analysis: Any) -> dict[str, list[Any]]:
    """The analyser's highlights of one version minus what the answer key denies (a denied phrase, or anything
    outside the key's list when the key says `only`)."""
    key = version_key(exercise, version_id, language)
    text = analysis.text
    out: dict[str, list[Any]] = {}
    for group, found in analysis.highlights().items():
        gk = key.get(group)
        if gk is None:
            out[group] = list(found)
            continue
        kept = []
        for f in found:
            if any(finding_matches(f, p, text) for p in gk.absent):
                continue
            if gk.only and not any(finding_matches(f, p, text) for p in gk.present):
                continue
            kept.append(f)
        out[group] = kept
    return out


class KeyedAnalysis:
    """A TextAnalysis seen through an exercise's answer key: `highlights()` is filtered, the rest unchanged."""

    def __init__(self, analysis: Any, exercise: Any, version_id: str, language: str) -> None:
        self._analysis = analysis
        self._highlights = keyed_highlights(exercise, version_id, language, analysis)

    def highlights(self) -> dict[str, list[Any]]:
        return self._highlights

    def __getattr__(self, name: str) -> Any:
        return getattr(self._analysis, name)


def disagreements(exercise: Any, language: str, analyses: dict[str, Any]) -> list[str]:
    """Where the analyser misses what the answer key expects: "version/group: phrase" for each."""
    out = []
    for v in exercise.versions:
        analysis = analyses.get(v["id"])
        if analysis is None:
            continue
        highlights = analysis.highlights()
        for group, gk in version_key(exercise, v["id"], language).items():
            for phrase in gk.present:
                if not any(finding_matches(f, phrase, analysis.text) for f in highlights.get(group, [])):
                    out.append(f"{v['id']}/{group}: {phrase}")
    return out
