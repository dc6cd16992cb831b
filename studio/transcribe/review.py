"""Transcript review: correct words (timings kept), filler suggestions, words per minute, script vs said,
and edit by text (deleting words cuts their audio from the take's edit list, never from the take).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from studio.edit import cut, load_edit_list, load_history, save_edit_list, save_history, source_to_edit_time
from studio.project.model import Workshop
from studio.transcribe.guard import normalise
from studio.transcribe.transcript import Transcript, Word
from studio.transcribe.workshop import save_reviewed

#: Hesitations suggested for removal (normalised form). Never removed without the user's confirmation.
FILLERS = {
    "fr": {"euh", "heu", "euhm", "hum", "hmm", "bah", "ben", "beh", "bon ben", "hein", "mmh", "pfff", "ah ben"},
    "en": {"um", "uh", "er", "erm", "uhm", "hmm", "mm", "ah", "eh", "like you know"},
}
#: The radio-writing guide (CLEMI): 170 to 220 words per minute when speaking.
WPM_GUIDE = (170, 220)
#: Silence kept around a cut (s): the cut goes from the middle of the pause before to the middle after.
EDGE_S = 0.08


@dataclass(frozen=True)
class WordRef:
    """A word's place in a transcript: (segment index, word index)."""

    segment: int
    word: int


def word_at(transcript: Transcript, ref: WordRef) -> Word:
    return transcript.segments[ref.segment].words[ref.word]


def refs(transcript: Transcript) -> list[WordRef]:
    return [WordRef(i, j) for i, s in enumerate(transcript.segments) for j in range(len(s.words))]


def correct_word(transcript: Transcript, ref: WordRef, text: str) -> Word:
    """Replace a word's text (it may become several words); its timing stays, it is marked corrected."""
    word = word_at(transcript, ref)
    clean = " ".join(text.split())
    word.word = (" " if word.word[:1].isspace() or ref.word > 0 else "") + clean
    word.corrected = True
    word.low_confidence = False
    if not clean:
        word.deleted = True
    transcript.segments[ref.segment].refresh_text()
    return word


def filler_suggestions(transcript: Transcript) -> list[WordRef]:
    """Words that are hesitations in the transcript's language (or both), not yet deleted."""
    fillers = FILLERS.get(transcript.language) or FILLERS["fr"] | FILLERS["en"]
    return [r for r in refs(transcript)
            if not word_at(transcript, r).deleted and normalise(word_at(transcript, r).word) in fillers]


def words_per_minute(transcript: Transcript) -> float:
    """Spoken words per minute between the first and the last word (deleted words not counted)."""
    words = [w for w in transcript.words() if not w.deleted and normalise(w.word)]
    if len(words) < 2:
        return 0.0
    span_s = words[-1].end - words[0].start
    return len(words) * 60.0 / span_s if span_s > 0 else 0.0


def pace(wpm: float) -> str:
    """'slow', 'good' or 'fast' against the 170-220 words-per-minute guide ('' without words)."""
    if wpm <= 0:
        return ""
    low, high = WPM_GUIDE
    return "slow" if wpm < low else "fast" if wpm > high else "good"


@dataclass
class DiffOp:
    """One step of script vs said: 'same', 'missing' (in the script, not said), 'added', 'changed'."""

    kind: str
    script: list[str]
    said: list[str]


def script_diff(script: str, transcript: Transcript) -> list[DiffOp]:
    """Word-level difference between what the participant wrote and what was said (case/punctuation ignored)."""
    written = script.split()
    spoken = [w.text for w in transcript.words() if not w.deleted and w.text] or transcript.text().split()
    a, b = [normalise(w) for w in written], [normalise(w) for w in spoken]
    ops = []
    kinds = {"equal": "same", "delete": "missing", "insert": "added", "replace": "changed"}
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        ops.append(DiffOp(kinds[tag], written[i1:i2], spoken[j1:j2]))
    return ops


def script_match(ops: list[DiffOp]) -> float:
    """Share of the script's words that were said as written."""
    total = sum(len(op.script) for op in ops)
    return sum(len(op.script) for op in ops if op.kind == "same") / total if total else 0.0


# -- edit by text ----------------------------------------------------------------------------------
def deletion_ranges(transcript: Transcript, targets: list[WordRef]) -> list[tuple[float, float]]:
    """Source-time ranges (start_s, end_s) to cut for these words, merged when they touch.

    Each range runs from the middle of the pause before the word to the middle of the pause after it
    (at most EDGE_S into the word's neighbours' silence when the words are tight), so what is left
    keeps a natural pause and no fragment of the deleted word.
    """
    flat = [w for s in transcript.segments for w in s.words]
    index = {id(w): k for k, w in enumerate(flat)}
    chosen = sorted({index[id(word_at(transcript, r))] for r in targets})
    ranges: list[tuple[float, float]] = []
    for k in chosen:
        w = flat[k]
        before = flat[k - 1].end if k > 0 else max(0.0, w.start - 2 * EDGE_S)
        after = flat[k + 1].start if k + 1 < len(flat) else w.end + 2 * EDGE_S
        start = min(w.start, max(before, (before + w.start) / 2))
        end = max(w.end, min(after, (w.end + after) / 2))
        if ranges and start <= ranges[-1][1] + 1e-3:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((max(0.0, start), end))
    return ranges


def cut_source_range(edit_list: Any, source_id: str, start_s: float, end_s: float) -> Any:
    """Remove from an edit list every stretch that plays source `source_id` between start_s and end_s.

    Transcript times are source times; the edit list's `cut` takes timeline times. The two only agree
    on an untouched take, so each region of that source is intersected with the range and the matching
    timeline stretches are cut, from the last to the first (earlier offsets do not move).
    """
    rate = edit_list.rate
    a, b = start_s * rate, end_s * rate
    spans = []
    for region, offset in zip(edit_list.regions, edit_list.offsets(), strict=True):
        if region.source_id != source_id:
            continue
        lo, hi = max(a, region.start_frame), min(b, region.end_frame)
        if lo < hi:
            spans.append((offset + lo - region.start_frame, offset + hi - region.start_frame))
    for lo, hi in sorted(spans, reverse=True):
        edit_list = cut(edit_list, lo / rate, hi / rate)
    return edit_list


def sync_deleted(transcript: Transcript, edit_list: Any, source_id: str) -> int:
    """Mark as deleted exactly the words the edit list no longer plays (so undo in the Edit screen shows).

    Returns how many words are deleted.
    """
    count = 0
    for w in transcript.words():
        w.deleted = source_to_edit_time(edit_list, source_id, (w.start + w.end) / 2) is None
        count += w.deleted
    for segment in transcript.segments:
        segment.refresh_text()
    return count


def delete_words(workshop: Workshop, take_id: str, transcript: Transcript, targets: list[WordRef]) -> list[tuple[float, float]]:
    """Cut these words' audio from the take's edit list and mark them deleted in the reviewed transcript.

    Non-destructive: the take is untouched; the edit list keeps its undo history; the raw transcript stays.
    Returns the source-time ranges that were cut.
    """
    ranges = deletion_ranges(transcript, targets)
    edit_list = load_edit_list(workshop, take_id)
    for start_s, end_s in reversed(ranges):
        edit_list = cut_source_range(edit_list, take_id, start_s, end_s)
    save_edit_list(workshop, take_id, edit_list)
    for r in targets:
        word_at(transcript, r).deleted = True
    sync_deleted(transcript, edit_list, take_id)
    save_reviewed(workshop, take_id, transcript)
    return ranges


def undo_cut(workshop: Workshop, take_id: str, transcript: Transcript) -> bool:
    """Undo the take's last edit and show the words it brings back; False when there is nothing to undo."""
    history = load_history(workshop, take_id)
    if not history.can_undo:
        return False
    edit_list = history.undo()
    save_history(workshop, take_id, history)
    sync_deleted(transcript, edit_list, take_id)
    save_reviewed(workshop, take_id, transcript)
    return True


@dataclass
class Sentence:
    """A sentence with its time span (source seconds) and speaker, for reading along while listening."""

    start: float
    end: float
    text: str
    speaker: str = ""


def sentences(transcript: Transcript) -> list[Sentence]:
    """Split a transcript into sentences at . ? ! (word timings kept); segments without words stay whole."""
    out: list[Sentence] = []
    for segment in transcript.segments:
        words = [w for w in segment.words if not w.deleted and w.text]
        if not words:
            if segment.text.strip():
                out.append(Sentence(segment.start, segment.end, segment.text.strip(), segment.speaker))
            continue
        current: list[Word] = []
        for w in words:
            current.append(w)
            if w.text[-1:] in ".?!…":
                out.append(_sentence(current, segment.speaker))
                current = []
        if current:
            out.append(_sentence(current, segment.speaker))
    return out


def _sentence(words: list[Word], speaker: str) -> Sentence:
    return Sentence(words[0].start, words[-1].end, "".join(w.word for w in words).strip(), speaker)
