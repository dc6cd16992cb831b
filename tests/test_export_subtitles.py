"""Subtitle cues and writers: line lengths, speaker turns, escaping; parsed back by srt and webvtt-py."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from studio.export.chapters import Chapter, chapters_json, vorbis_fields
from studio.subtitles import (
    SrtWriter,
    TimedWord,
    TxtWriter,
    VttWriter,
    cues_from_words,
    words_from_segment,
    wrap,
)


def _words(text: str, speaker: str, start: float, step: float = 0.3) -> list[TimedWord]:
    return [TimedWord(start + i * step, start + i * step + 0.25, w, speaker) for i, w in enumerate(text.split())]


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
    from studio.subtitles import join_words

    words = [TimedWord(0.0, 0.2, " C"), TimedWord(0.2, 0.5, "'était"), TimedWord(0.5, 0.7, " le"), TimedWord(0.7, 0.9, " flash"),
             TimedWord(0.9, 1.0, " de"), TimedWord(1.0, 1.1, " l"), TimedWord(1.1, 1.6, "'atelier"), TimedWord(1.6, 1.8, " à"),
             TimedWord(1.8, 2.1, " Saint"), TimedWord(2.1, 2.5, "-Denis,"), TimedWord(2.5, 2.8, " qu'"), TimedWord(2.8, 3.0, " il"),
             TimedWord(3.0, 3.3, " fait"), TimedWord(3.3, 3.6, " -5")]
    cues = cues_from_words(words)
    text = " ".join(c.text for c in cues)
    assert text == "C'était le flash de l'atelier à Saint-Denis, qu'il fait -5"
    assert join_words([" it", "'s", " fine", "."]) == "it's fine."


# ------------------------------------------------------------------------- one engine, two doors

FIXTURE = Path(__file__).parent / "data" / "transcripts" / "atelier-fr.json"


def _parse_srt(text: str) -> list[tuple[float, float, list[str]]]:
    import srt

    return [(s.start.total_seconds(), s.end.total_seconds(), s.content.split("\n")) for s in srt.parse(text)]


def _parse_vtt(text: str) -> list[tuple[float, float, list[str], str]]:
    import html

    import webvtt

    def seconds(stamp: str) -> float:
        h, m, s = stamp.split(":")
        return int(h) * 3600 + int(m) * 60 + float(s)

    return [(seconds(c.start), seconds(c.end), html.unescape(c.text).split("\n"), c.voice)
            for c in webvtt.from_buffer(io.StringIO(text)).captions]


def test_transcribe_command_and_export_write_the_same_subtitles(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """`antenne transcribe --format srt|vtt` and the exported pack's .srt/.vtt come from one engine: for the
    same transcript (a reviewed one, with speakers, elisions, « », markup and an arrow) they are identical."""
    from click.testing import CliRunner

    from studio.cli import cli
    from studio.project import Episode, EpisodeItem, create_workshop, save_workshop
    from studio.project.atomic import atomic_write_text
    from studio.project.media import import_files
    from studio.transcribe.transcript import Transcript
    from studio.transcribe.workshop import raw_path
    from studio.usecases.export import ExportJob, ExportOptions
    from tests.fixtures.speech import write_speech

    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    transcript = Transcript.from_dict(data)
    clip = write_speech(tmp_path / "amina.wav", "Bonjour, c'était le flash de l'atelier.", tail_s=14.0)

    # the command line, its engine loading the fixture instead of running Whisper
    def engine(path, model=None, language="auto", **kwargs):  # type: ignore[no-untyped-def]
        assert Path(path) == clip
        loaded = Transcript.from_dict(data)
        return iter(loaded.segments), loaded.info

    monkeypatch.setattr("studio.transcribe.engine.transcribe", engine)
    cli_out = {}
    for fmt in ("srt", "vtt"):
        target = tmp_path / f"cli.{fmt}"
        result = CliRunner().invoke(cli, ["transcribe", str(clip), "--format", fmt, "-o", str(target)])
        assert result.exit_code == 0, result.output
        cli_out[fmt] = target.read_text(encoding="utf-8")

    # the export of an episode made of that one take, the fixture as its transcript
    w = create_workshop(tmp_path / "atelier", "Atelier radio", language="fr")
    w.add_participant("Amina", consent="publish")
    take = import_files(w, [clip], "Amina")[0]
    w.episodes.append(Episode(id="e1", slug="flash", title="Flash", items=[EpisodeItem(kind="take", ref=take.id)]))
    save_workshop(w)
    atomic_write_text(raw_path(w, take.id), json.dumps(transcript.to_dict(), ensure_ascii=False))
    out = tmp_path / "pack"
    ExportJob(w, ExportOptions(out, format="wav", update_feed=False)).run()
    pack = {fmt: (out / f"flash.{fmt}").read_text(encoding="utf-8") for fmt in ("srt", "vtt")}

    assert cli_out == pack
    # read back by independent parsers: the same cues, within the rules
    srt_cues, vtt_cues = _parse_srt(pack["srt"]), _parse_vtt(pack["vtt"])
    assert len(srt_cues) == len(vtt_cues) >= 5
    for (s_start, s_end, s_lines), (v_start, v_end, v_lines, voice) in zip(srt_cues, vtt_cues, strict=True):
        assert (s_start, s_end) == (v_start, v_end) and s_start < s_end
        assert voice in ("Amina", "Bastien")
        for lines in (s_lines, v_lines):
            assert 1 <= len(lines) <= 2 and all(len(line) <= 42 for line in lines), lines
    assert all(a[1] <= b[0] for a, b in zip(srt_cues, srt_cues[1:], strict=False))
    assert pack["vtt"].count("<v ") == pack["vtt"].count("</v>") == len(vtt_cues)
    srt_text = " ".join(" ".join(c[2]) for c in srt_cues)
    for expected in ("C'était", "l'atelier", "Saint-Denis,", "qu'il fait -5", "« Bonjour »", "prêts ?",
                     "Merci\u202f!", "l’antenne."):
        assert expected in srt_text, expected
    assert "euh" not in srt_text  # a word cut in review
    assert "Le flash → c'est <b> maintenant & ici." in srt_text  # SRT: the arrow cannot be a timing line
    body = pack["vtt"].split("\n", 2)[2]
    assert "-->" not in "".join(line for line in body.splitlines() if " --> " not in line)
    assert "--&gt; c'est &lt;b&gt; maintenant &amp; ici." in body


def test_french_typography_and_line_breaks() -> None:
    # no line starts with ? ! : ; » and none ends with «; no-break spaces are kept, never broken
    text = "« Est-ce que vous venez à la radio demain matin\u00a0? » demande-t-elle : oui !"
    for width in range(17, 43):  # 16: « demande-t-elle : », the longest piece to keep whole
        for line in wrap(text, width, 6):
            assert not line.startswith(("?", "!", ":", ";", "»")) and not line.endswith("«"), (width, line)
    assert "matin\u00a0?" in " ".join(wrap(text))
    cues = cues_from_words([TimedWord(0.0, 0.5, "Merci\u202f!"), TimedWord(0.5, 0.9, "Vraiment\u00a0?")])
    assert cues[0].text == "Merci\u202f! Vraiment\u00a0?"


def test_voice_names_are_escaped_and_srt_prefix_keeps_the_line_limit() -> None:
    import webvtt

    words = _words(" ".join(["mot"] * 30), "Léa & <Max>", 0.0, step=0.15)
    cues = cues_from_words(words)
    vtt = VttWriter().render(cues)
    assert "<v Léa &amp; &lt;Max&gt;>" in vtt
    assert all(c.voice for c in webvtt.from_buffer(io.StringIO(vtt)).captions)
    for cue in _parse_srt(SrtWriter().render(cues)):
        assert all(len(line) <= 42 for line in cue[2]), cue
