"""Workshop transcripts (raw beside reviewed), corrections, fillers, words per minute, script diff, edit by text."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from studio.transcribe import review
from studio.transcribe.review import WordRef
from studio.transcribe.transcript import Segment, Transcript, TranscriptInfo, Word
from studio.transcribe.workshop import (
    raw_path,
    reviewed_path,
    save_reviewed,
    take_transcript,
    transcribe_take,
    transcribe_text,
)
from tests.fixtures.speech import EN_TEXT, FR_TEXT, make_speech_workshop, word_error_rate


def spoken(text: str, wps: float = 3.0, language: str = "fr", gap_s: float = 0.05) -> Transcript:
    """A transcript of `text` said at `wps` words per second."""
    words, t = [], 0.0
    for token in text.split():
        d = 1.0 / wps - gap_s
        words.append(Word(t, t + d, " " + token, 0.9))
        t += 1.0 / wps
    return Transcript(TranscriptInfo(language, t, "base"), [Segment(0.0, t, text, words)])


def test_transcribe_take_keeps_raw_beside_reviewed(tmp_path: Path, en_clip: Path) -> None:
    w, take_id = make_speech_workshop(tmp_path, en_clip, "Tom")
    assert take_transcript(w, take_id) is None
    seen = []
    raw = transcribe_take(w, take_id, "tiny.en", on_segment=seen.append)
    assert raw is not None and seen and all(s.speaker == "Tom" for s in raw.segments)
    assert raw_path(w, take_id).name == f"{take_id}.raw.json" and raw_path(w, take_id).is_file()
    assert word_error_rate(EN_TEXT, take_transcript(w, take_id).text()) <= 0.05
    raw_bytes = raw_path(w, take_id).read_bytes()
    # Review: correct a word; its timing stays; the raw file does not change.
    t = take_transcript(w, take_id)
    before = copy.deepcopy(t.segments[0].words[1])
    review.correct_word(t, WordRef(0, 1), "MORNING")
    save_reviewed(w, take_id, t)
    again = take_transcript(w, take_id)
    assert again.reviewed and reviewed_path(w, take_id).name == f"{take_id}.json"
    fixed = again.segments[0].words[1]
    assert fixed.text == "MORNING" and fixed.corrected and (fixed.start, fixed.end) == (before.start, before.end)
    assert "MORNING" in again.text()
    assert raw_path(w, take_id).read_bytes() == raw_bytes
    # Transcribing again does not overwrite the group's review.
    transcribe_take(w, take_id, "tiny.en")
    assert take_transcript(w, take_id).reviewed
    data = json.loads(reviewed_path(w, take_id).read_text())
    assert data["segments"][0]["speaker"] == "Tom"


def test_transcribe_text_of_any_audio(tmp_path: Path, fr_clip: Path, fr_transcript, shared_transcript_cache: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # the shared cache already holds this clip with the default model and options: a cache hit
    monkeypatch.setenv("ANTENNE_CACHE", str(shared_transcript_cache))
    text, language = transcribe_text(fr_clip)
    assert language == "fr" and word_error_rate(FR_TEXT, text) <= 0.08


def test_fillers_are_suggested_not_removed() -> None:
    t = spoken("Alors euh la mairie ben elle a euh ouvert une bibliothèque")
    found = review.filler_suggestions(t)
    assert [review.word_at(t, r).text for r in found] == ["euh", "ben", "euh"]
    assert "euh" in t.text()  # nothing removed by suggesting
    en = spoken("So um the town hall uh opened it", language="en")
    assert [review.word_at(en, r).text for r in review.filler_suggestions(en)] == ["um", "uh"]


@pytest.mark.parametrize(("wps", "verdict"), [(2.5, "slow"), (3.3, "good"), (4.2, "fast")])
def test_words_per_minute_against_the_guide(wps: float, verdict: str) -> None:
    t = spoken(" ".join(["mot"] * 40), wps=wps)
    wpm = review.words_per_minute(t)
    assert wpm == pytest.approx(wps * 60, rel=0.03)
    assert review.pace(wpm) == verdict


def test_words_per_minute_of_real_speech(fr_transcript) -> None:  # type: ignore[no-untyped-def]
    wpm = review.words_per_minute(fr_transcript)
    words = len(FR_TEXT.split())
    assert 60 < wpm < 300 and wpm > words * 60 / fr_transcript.info.duration_s


def test_script_diff_shows_what_was_not_said() -> None:
    t = spoken("La mairie a ouvert la bibliothèque hier près de l'école")
    ops = review.script_diff("La mairie a ouvert une nouvelle bibliothèque près de l'école.", t)
    kinds = [(op.kind, op.script, op.said) for op in ops if op.kind != "same"]
    assert ("changed", ["une", "nouvelle"], ["la"]) in kinds
    assert ("added", [], ["hier"]) in kinds
    assert 0.7 < review.script_match(ops) < 1.0


def test_deletion_ranges_cover_the_word_and_half_the_pauses() -> None:
    t = spoken("un deux trois quatre", wps=2.0, gap_s=0.2)  # words 0.3 s long, 0.2 s pauses
    [(start, end)] = review.deletion_ranges(t, [WordRef(0, 1)])
    w = t.segments[0].words[1]
    assert start == pytest.approx(w.start - 0.1) and end == pytest.approx(w.end + 0.1)
    merged = review.deletion_ranges(t, [WordRef(0, 1), WordRef(0, 2)])
    assert len(merged) == 1 and merged[0][1] == pytest.approx(t.segments[0].words[2].end + 0.1)


def test_correcting_to_nothing_deletes_the_word_from_the_text() -> None:
    t = spoken("bonjour euh tout le monde")
    review.correct_word(t, WordRef(0, 1), "")
    assert t.text() == "bonjour tout le monde"
