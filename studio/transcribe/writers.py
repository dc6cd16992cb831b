"""Transcript writers (txt, srt, vtt, json) as small registered classes: `WRITERS[name]().render(t)`.

SRT and WebVTT are cut and written by `studio.subtitles`, the engine the exported pack uses too, so
`antenne transcribe --format vtt` and an episode's `.vtt` follow the same rules (42 characters, two lines,
escaping, voices). Plain text keeps one line per segment here (so it can be printed as segments come), its
words joined by the same rule.
"""

from __future__ import annotations

import json
from typing import TextIO

from studio import subtitles
from studio.subtitles import Cue, TimedWord, cues_from_words, join_words, turn_prefix, words_from_segment
from studio.transcribe.transcript import Segment, Transcript


def segment_words(segment: Segment, speaker: str = "") -> list[TimedWord]:
    """The words a segment shows, in source time: its timed words except those cut (deleted), or, for a
    segment without word times, its text spread over its span. The speaker is the segment's, else `speaker`."""
    who = segment.speaker or speaker
    if segment.words:
        return [TimedWord(w.start, w.end, w.text, who) for w in segment.words if not w.deleted and w.text]
    return words_from_segment(segment.start, segment.end, segment.text, who)


def transcript_words(transcript: Transcript, speaker: str = "") -> list[TimedWord]:
    """Every word a transcript shows, in source time (see `segment_words`)."""
    return [w for segment in transcript.segments for w in segment_words(segment, speaker)]


def transcript_cues(transcript: Transcript) -> list[Cue]:
    """A transcript's subtitle cues, in source time."""
    return cues_from_words(transcript_words(transcript))


class Writer:
    """Base of every writer: `render(transcript) -> str`, `write(transcript, stream)`."""

    extension = "txt"
    media_type = "text/plain"

    def render(self, transcript: Transcript) -> str:
        raise NotImplementedError

    def write(self, transcript: Transcript, stream: TextIO) -> None:
        stream.write(self.render(transcript))


class TxtWriter(Writer):
    """One line per segment; with `speakers`, a `Name: ` prefix when the speaker changes."""

    def __init__(self, speakers: bool = False) -> None:
        self.speakers = speakers
        self._last_speaker: str | None = None

    def line(self, segment: Segment) -> str:
        text = join_words(w.text for w in segment_words(segment)) if segment.words else segment.text.strip()
        if text and self.speakers and segment.speaker and segment.speaker != self._last_speaker:
            self._last_speaker = segment.speaker
            return turn_prefix(segment.speaker) + text
        return text

    def render(self, transcript: Transcript) -> str:
        self._last_speaker = None
        lines = [self.line(s) for s in transcript.segments]
        return "".join(f"{line}\n" for line in lines if line)


class SubtitleFileWriter(Writer):
    """SRT or WebVTT of a transcript: its cues written by the engine's writer for that format."""

    subtitle_writer: type[subtitles.SubtitleWriter] = subtitles.SrtWriter

    def render(self, transcript: Transcript) -> str:
        return self.subtitle_writer().render(transcript_cues(transcript))


class SrtWriter(SubtitleFileWriter):
    extension, media_type = subtitles.SrtWriter.extension, subtitles.SrtWriter.media_type
    subtitle_writer = subtitles.SrtWriter


class VttWriter(SubtitleFileWriter):
    extension, media_type = subtitles.VttWriter.extension, subtitles.VttWriter.media_type
    subtitle_writer = subtitles.VttWriter


class JsonWriter(Writer):
    """Exactly the contract's JSON (CONTRACT.md, `antenne transcribe --format json`)."""

    extension = "json"
    media_type = "application/json"

    def render(self, transcript: Transcript) -> str:
        return json.dumps(transcript.to_contract(), ensure_ascii=False, indent=2) + "\n"


WRITERS: dict[str, type[Writer]] = {"txt": TxtWriter, "srt": SrtWriter, "vtt": VttWriter, "json": JsonWriter}


def render(transcript: Transcript, fmt: str) -> str:
    return WRITERS[fmt]().render(transcript)
