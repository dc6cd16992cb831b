"""Transcript writers (txt, srt, vtt, json) as small registered classes: `WRITERS[name]().render(t)`.

Subtitle cues are cut from the word timings: a cue holds at most `max_lines` lines of `max_chars`
characters (SRT: 2 x 42; WebVTT: 2 x 65), lasts at most `max_cue_s`, and breaks at long pauses.
Speakers become WebVTT `<v Name>` voices (and a `Name:` prefix in txt when asked).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TextIO

from studio.transcribe.transcript import Segment, Transcript


@dataclass
class Cue:
    start: float
    end: float
    lines: list[str]
    speaker: str = ""


def wrap(words: list[str], max_chars: int, max_lines: int) -> list[str] | None:
    """Split words into at most `max_lines` lines of at most `max_chars`, as balanced as possible.

    Returns None when they do not fit.
    """
    text = " ".join(words)
    if len(text) <= max_chars:
        return [text]
    if max_lines < 2:
        return None
    best: list[str] | None = None
    best_score = None
    for i in range(1, len(words)):
        first = " ".join(words[:i])
        if len(first) > max_chars:
            break
        rest = wrap(words[i:], max_chars, max_lines - 1)
        if rest is None:
            continue
        lines = [first, *rest]
        score = max(len(x) for x in lines) - min(len(x) for x in lines)
        if best_score is None or score < best_score:
            best, best_score = lines, score
    return best


def _split_long(token: str, max_chars: int) -> list[str]:
    return [token[i:i + max_chars] for i in range(0, len(token), max_chars)] or [token]


def make_cues(transcript: Transcript, max_chars: int, max_lines: int, max_cue_s: float = 7.0,
              max_gap_s: float = 1.2) -> list[Cue]:
    """Cut a transcript into subtitle cues that respect the line limits."""
    cues: list[Cue] = []
    for segment in transcript.segments:
        pieces = _pieces(segment, max_chars)
        current: list[tuple[float, float, str]] = []
        for piece in pieces:
            candidate = current + [piece]
            fits = wrap([p[2] for p in candidate], max_chars, max_lines) is not None
            too_long = bool(current) and piece[1] - current[0][0] > max_cue_s
            gap = bool(current) and piece[0] - current[-1][1] > max_gap_s
            if current and (not fits or too_long or gap):
                head, tail = _break_point(current) if not gap else (current, [])
                if tail and wrap([p[2] for p in tail + [piece]], max_chars, max_lines) is None:
                    head, tail = current, []
                cues.append(_cue(head, max_chars, max_lines, segment.speaker))
                current = tail + [piece]
            else:
                current = candidate
        if current:
            cues.append(_cue(current, max_chars, max_lines, segment.speaker))
    # No overlaps, and every cue lasts a little.
    for i, cue in enumerate(cues):
        cue.end = max(cue.end, cue.start + 0.2)
        if i + 1 < len(cues) and cue.end > cues[i + 1].start:
            cue.end = max(cue.start + 0.01, cues[i + 1].start)
    return cues


def _pieces(segment: Segment, max_chars: int) -> list[tuple[float, float, str]]:
    """(start, end, text) of each word to show; pieces of a word Whisper split ("Aujourd" "'hui") glued."""
    words: list[tuple[float, float, str]] = []
    for w in segment.words:
        if w.deleted or not w.text:
            continue
        if words and not w.word[:1].isspace() and w.word[:1] not in "([«\"":
            start, _end, text = words[-1]
            words[-1] = (start, w.end, text + w.text)
        else:
            words.append((w.start, w.end, w.text))
    if not words and segment.text.strip():
        words = _spread(segment)
    pieces: list[tuple[float, float, str]] = []
    for start, end, text in words:
        parts = _split_long(text, max_chars)
        step = (end - start) / len(parts)
        pieces += [(start + k * step, start + (k + 1) * step, p) for k, p in enumerate(parts)]
    return pieces


def _break_point(current: list[tuple[float, float, str]]) -> tuple[list, list]:
    """Split a full cue after its last punctuation in the second half, if any (reads better)."""
    for j in range(len(current) - 2, max(0, len(current) // 2) - 1, -1):
        if current[j][2][-1:] in ".,;:!?…":
            return current[:j + 1], current[j + 1:]
    return current, []


def _spread(segment: Segment) -> list[tuple[float, float, str]]:
    """Words of a segment without word timings, spread over its span in proportion to their length."""
    tokens = segment.text.split()
    total = sum(len(t) + 1 for t in tokens) or 1
    span = max(0.0, segment.end - segment.start)
    out, t = [], segment.start
    for token in tokens:
        d = span * (len(token) + 1) / total
        out.append((t, t + d, token))
        t += d
    return out


def _cue(pieces: list[tuple[float, float, str]], max_chars: int, max_lines: int, speaker: str) -> Cue:
    lines = wrap([p[2] for p in pieces], max_chars, max_lines) or [" ".join(p[2] for p in pieces)]
    return Cue(pieces[0][0], pieces[-1][1], lines, speaker)


def timestamp(seconds: float, separator: str = ".", always_hours: bool = True) -> str:
    ms = max(0, int(round(seconds * 1000)))
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{separator}{ms:03d}"


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
        text = "".join(w.word for w in segment.words if not w.deleted).strip() if segment.words else segment.text.strip()
        if self.speakers and segment.speaker and segment.speaker != self._last_speaker:
            self._last_speaker = segment.speaker
            return f"{segment.speaker}: {text}"
        return text

    def render(self, transcript: Transcript) -> str:
        self._last_speaker = None
        lines = [self.line(s) for s in transcript.segments]
        return "".join(f"{line}\n" for line in lines if line)


class SubtitleWriter(Writer):
    """SRT and WebVTT differ only in these attributes and in how a cue is written."""

    max_chars = 42
    max_lines = 2
    separator = ","
    header = ""

    def cue_text(self, cue: Cue) -> str:
        return "\n".join(cue.lines)

    def render(self, transcript: Transcript) -> str:
        out = [self.header] if self.header else []
        for n, cue in enumerate(make_cues(transcript, self.max_chars, self.max_lines), start=1):
            times = f"{timestamp(cue.start, self.separator)} --> {timestamp(cue.end, self.separator)}"
            out.append(self.cue_block(n, times, cue))
        return "\n".join(out)

    def cue_block(self, n: int, times: str, cue: Cue) -> str:
        return f"{n}\n{times}\n{self.cue_text(cue)}\n"


class SrtWriter(SubtitleWriter):
    extension = "srt"
    media_type = "application/x-subrip"


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class VttWriter(SubtitleWriter):
    extension = "vtt"
    media_type = "text/vtt"
    max_chars = 65
    separator = "."
    header = "WEBVTT\n"

    def cue_text(self, cue: Cue) -> str:
        lines = [_vtt_escape(line) for line in cue.lines]
        if cue.speaker:
            lines[0] = f"<v {_vtt_escape(cue.speaker)}>{lines[0]}"
        return "\n".join(lines)

    def cue_block(self, n: int, times: str, cue: Cue) -> str:
        return f"{times}\n{self.cue_text(cue)}\n"


class JsonWriter(Writer):
    """Exactly the contract's JSON (CONTRACT.md, `antenne transcribe --format json`)."""

    extension = "json"
    media_type = "application/json"

    def render(self, transcript: Transcript) -> str:
        return json.dumps(transcript.to_contract(), ensure_ascii=False, indent=2) + "\n"


WRITERS: dict[str, type[Writer]] = {"txt": TxtWriter, "srt": SrtWriter, "vtt": VttWriter, "json": JsonWriter}


def render(transcript: Transcript, fmt: str) -> str:
    return WRITERS[fmt]().render(transcript)
