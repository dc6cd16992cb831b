"""Transcript writers: SRT and WebVTT (cut by studio.subtitles) parse with independent parsers and keep the
line limits; txt and JSON forms."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from studio.subtitles import wrap
from studio.transcribe.transcript import Segment, Transcript, TranscriptInfo, Word
from studio.transcribe.writers import WRITERS, SrtWriter, VttWriter, transcript_cues
from tests.fixtures.speech import FR_TEXT, word_error_rate


def synthetic(n_words: int = 60, speaker: str = "") -> Transcript:
    """A long run of words of varied length, two segments, one very long word."""
    vocab = ["la", "mairie", "a", "ouvert", "une", "nouvelle", "bibliothèque", "près", "de", "l'école,",
             "anticonstitutionnellement", "et", "les", "enfants", "sont", "contents."]
    segments = []
    t = 0.0
    for s in range(2):
        words = []
        for i in range(n_words):
            text = vocab[(i * 7 + s) % len(vocab)]
            words.append(Word(t, t + 0.3, " " + text, 0.9))
            t += 0.35
        segments.append(Segment(words[0].start, words[-1].end, "".join(w.word for w in words).strip(), words,
                                speaker=speaker))
        t += 2.0
    return Transcript(TranscriptInfo("fr", t, "base"), segments)


def test_wrap_balances_lines() -> None:
    assert wrap("un deux", 42, 2) == ["un deux"]
    lines = wrap("la mairie a ouvert une nouvelle bibliothèque près de l'école", 42, 2)
    assert len(lines) == 2 and all(len(x) <= 42 for x in lines)
    assert abs(len(lines[0]) - len(lines[1])) < 15
    assert len(wrap(" ".join(["x" * 30] * 4), 42, 2)) > 2  # does not fit: the cue cutter never asks this


def test_srt_parses_and_respects_two_lines_of_42() -> None:
    import srt

    transcript = synthetic()
    text = SrtWriter().render(transcript)
    subs = list(srt.parse(text))
    assert len(subs) > 5
    all_words = []
    for sub in subs:
        lines = sub.content.split("\n")
        assert 1 <= len(lines) <= 2 and all(len(line) <= 42 for line in lines), lines
        assert sub.start < sub.end
        all_words += sub.content.split()
    assert all(a.end <= b.start for a, b in zip(subs, subs[1:], strict=False))
    assert " ".join(all_words) == transcript.text()  # nothing lost, nothing added


def test_vtt_parses_with_closed_voices_and_lines_of_42(tmp_path: Path) -> None:
    import webvtt

    transcript = synthetic(speaker="Amina")
    path = tmp_path / "t.vtt"
    path.write_text(VttWriter().render(transcript), encoding="utf-8")
    captions = list(webvtt.read(str(path)))
    assert len(captions) > 3
    for c in captions:
        assert c.voice == "Amina"
        lines = c.text.split("\n")
        assert len(lines) <= 2 and all(len(line) <= 42 for line in lines), lines
    assert path.read_text().count("<v Amina>") == len(captions) == path.read_text().count("</v>")


def test_vtt_escapes_markup() -> None:
    t = Transcript(TranscriptInfo("en", 2, "base"), [Segment(0, 1, "a <b> & c", [])])
    assert "a &lt;b&gt; &amp; c" in VttWriter().render(t)


def test_cues_break_at_long_pauses_and_skip_deleted_words() -> None:
    words = [Word(0, 0.3, " Bonjour", 0.9), Word(0.3, 0.6, " euh", 0.9, deleted=True), Word(3.0, 3.3, " Paris", 0.9)]
    t = Transcript(TranscriptInfo("fr", 4, "base"), [Segment(0, 3.3, "Bonjour euh Paris", words)])
    cues = transcript_cues(t)
    assert [c.text for c in cues] == ["Bonjour", "Paris"]


def test_txt_and_json_from_a_real_transcript(fr_transcript) -> None:  # type: ignore[no-untyped-def]
    txt = WRITERS["txt"]().render(fr_transcript)
    assert word_error_rate(FR_TEXT, txt) <= 0.08
    data = json.loads(WRITERS["json"]().render(fr_transcript))
    assert set(data) == {"language", "duration_s", "model", "segments"}
    assert data["segments"][0]["words"][0].keys() == {"start", "end", "word", "probability"}
    buf = io.StringIO()
    WRITERS["srt"]().write(fr_transcript, buf)
    assert "-->" in buf.getvalue()


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_every_writer_handles_an_empty_transcript(fmt: str) -> None:
    text = WRITERS[fmt]().render(Transcript(TranscriptInfo("und", 1.0, "base"), []))
    assert text in ("", "WEBVTT\n") or json.loads(text)["segments"] == []
