"""Subtitle cues and writers: line lengths, speaker turns, escaping; parsed back by srt and webvtt-py."""

from __future__ import annotations

import io

from studio.export.chapters import Chapter, chapters_json, vorbis_fields
from studio.export.subtitles import (
    SrtWriter,
    TxtWriter,
    VttWriter,
    Word,
    cues_from_words,
    words_from_segment,
    wrap,
)


def _words(text: str, speaker: str, start: float, step: float = 0.3) -> list[Word]:
    return [Word(start + i * step, start + i * step + 0.25, w, speaker) for i, w in enumerate(text.split())]


def test_cues_break_on_speaker_pause_and_length() -> None:
    long = " ".join(["information"] * 12)
    words = _words("Hello everyone. Welcome.", "Amina", 0.0) + _words(long, "Amina", 1.2) \
        + _words("Thanks <b>&</b> bye", "Léo", 10.0)
    cues = cues_from_words(words)
    assert cues[0].text == "Hello everyone. Welcome." and cues[0].turn_start
    assert all(len(line) <= 42 for c in cues for line in wrap(c.text))
    assert all(c.end_s - c.start_s <= 6.5 for c in cues)
    assert cues[-1].speaker == "Léo" and cues[-1].turn_start
    assert not any(c.turn_start for c in cues[1:-1])
    starts = [c.start_s for c in cues]
    assert starts == sorted(starts)
    assert all(a.end_s <= b.start_s for a, b in zip(cues, cues[1:], strict=False))


def test_writers_parse_back() -> None:
    import srt
    import webvtt

    words = _words("Bonjour à tous, voici le flash --> info", "Amina", 3600.5) + _words("Merci", "Léo", 3610)
    cues = cues_from_words(words)
    parsed = list(srt.parse(SrtWriter().render(cues)))
    assert parsed[0].content.startswith("Amina: Bonjour") and parsed[0].start.total_seconds() == 3600.5
    vtt_text = VttWriter().render(cues)
    captions = webvtt.from_buffer(io.StringIO(vtt_text)).captions
    assert [c.voice for c in captions] == ["Amina", "Léo"]
    assert captions[0].start == "01:00:00.500"
    assert "-->" not in vtt_text.split("\n", 3)[3].split(" --> ")[0]  # the arrow in the text was escaped
    txt = TxtWriter([(3600.0, "Headlines")]).render(cues)
    assert txt.startswith("## Headlines") and "Léo: Merci" in txt


def test_words_from_segment_spread_over_the_span() -> None:
    words = words_from_segment(2.0, 4.0, "one two three", "X")
    assert [w.text for w in words] == ["one", "two", "three"]
    assert words[0].start_s == 2.0 and abs(words[-1].end_s - 4.0) < 1e-9


def test_chapter_formats() -> None:
    import json

    chapters = [Chapter(0.0, 11.25, "Générique"), Chapter(11.25, 3725.5, "Amina")]
    data = json.loads(chapters_json(chapters))
    assert data["version"] and data["chapters"][1] == {"startTime": 11.25, "endTime": 3725.5, "title": "Amina"}
    assert vorbis_fields(chapters) == {"CHAPTER001": "00:00:00.000", "CHAPTER001NAME": "Générique",
                                       "CHAPTER002": "00:00:11.250", "CHAPTER002NAME": "Amina"}


def test_whisper_tokens_are_joined_without_a_space_inside_elisions() -> None:
    """Whisper splits « l'atelier » as " l" + "'atelier": the subtitles say « l'atelier », not « l 'atelier »."""
    from studio.export.subtitles import join_words

    words = [Word(0.0, 0.2, " C"), Word(0.2, 0.5, "'était"), Word(0.5, 0.7, " le"), Word(0.7, 0.9, " flash"),
             Word(0.9, 1.0, " de"), Word(1.0, 1.1, " l"), Word(1.1, 1.6, "'atelier"), Word(1.6, 1.8, " à"),
             Word(1.8, 2.1, " Saint"), Word(2.1, 2.5, "-Denis,"), Word(2.5, 2.8, " qu'"), Word(2.8, 3.0, " il"),
             Word(3.0, 3.3, " fait"), Word(3.3, 3.6, " -5")]
    cues = cues_from_words(words)
    text = " ".join(c.text for c in cues)
    assert text == "C'était le flash de l'atelier à Saint-Denis, qu'il fait -5"
    assert join_words([" it", "'s", " fine", "."]) == "it's fine."
