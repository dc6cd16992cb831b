"""Subtitles and plain transcripts on the episode timeline: cues built from timed words, SRT/VTT/TXT writers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from studio.transcribe.writers import timestamp

#: Two lines of at most this many characters per cue (fits SRT's 32-42 and VTT's ~65 per line).
LINE_CHARS = 42
MAX_LINES = 2
MAX_CUE_S = 6.0
MAX_GAP_S = 1.0
MIN_CUE_S = 0.6


@dataclass
class Word:
    """A word placed on the episode timeline."""

    start_s: float
    end_s: float
    text: str
    speaker: str = ""


@dataclass
class Cue:
    start_s: float
    end_s: float
    text: str  # the words of the cue, on one line (wrapped by the writers)
    speaker: str = ""
    turn_start: bool = True  # first cue of a speaker's turn
    words: list[Word] = field(default_factory=list, repr=False)


def wrap(text: str, width: int = LINE_CHARS, max_lines: int = MAX_LINES) -> list[str]:
    """Balanced line breaking: at most `max_lines` lines, the break placed to even out line lengths."""
    words = text.split()
    if len(text) <= width or len(words) < 2:
        return [text]
    if max_lines == 2:
        best: tuple[float, int] | None = None
        for i in range(1, len(words)):
            a, b = " ".join(words[:i]), " ".join(words[i:])
            over = max(0, len(a) - width) + max(0, len(b) - width)
            score = over * 100 + abs(len(a) - len(b))
            if best is None or score < best[0]:
                best = (score, i)
        assert best is not None
        i = best[1]
        return [" ".join(words[:i]), " ".join(words[i:])]
    lines: list[str] = []
    line = ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return lines


def _fits(text: str, line_chars: int, max_lines: int) -> bool:
    """Whether `text` can be broken into at most `max_lines` lines of at most `line_chars` characters."""
    if len(text) > line_chars * max_lines:
        return False
    lines = wrap(text, line_chars, max_lines)
    return len(lines) <= max_lines and all(len(line) <= line_chars for line in lines)


#: A word starting with one of these is written against the word before it (Whisper splits « l'atelier » as
#: " l" + "'atelier", "Saint-Denis" as " Saint" + "-Denis").
_ATTACH_AFTER = ("'", "’", ",", ".", "…", ")", "»")
#: A word ending with one of these is written against the word after it (« qu' » + « il »).
_ATTACH_BEFORE = ("'", "’", "(", "«")


def join_words(tokens: Sequence[str]) -> str:
    """Words as a line of text, without the space Whisper's tokens would put inside « l'atelier »."""
    out = ""
    for token in tokens:
        token = token.strip()
        if not token:
            continue
        hyphenated = token.startswith("-") and token[1:2].isalpha()  # "-Denis", not "-5"
        if out and not (hyphenated or token.startswith(_ATTACH_AFTER) or out.endswith(_ATTACH_BEFORE)):
            out += " "
        out += token
    return out


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…]['\"»)]?$", text))


def cues_from_words(words: Sequence[Word], line_chars: int = LINE_CHARS, max_lines: int = MAX_LINES) -> list[Cue]:
    """Group timed words into readable cues: a new cue at a speaker change, a long pause, a sentence end
    once the cue has some length, or when the text would not fit in `max_lines` lines."""
    cues: list[Cue] = []
    current: list[Word] = []
    previous_speaker: str | None = None

    def flush() -> None:
        nonlocal current, previous_speaker
        if not current:
            return
        text = join_words([w.text for w in current])
        speaker = current[0].speaker
        cues.append(Cue(current[0].start_s, current[-1].end_s, text, speaker,
                        turn_start=speaker != previous_speaker, words=current))
        previous_speaker = speaker
        current = []

    for w in sorted((w for w in words if w.text.strip()), key=lambda w: w.start_s):
        w = Word(w.start_s, max(w.end_s, w.start_s), w.text.strip(), w.speaker)
        if current:
            text = join_words([x.text for x in current])
            if (w.speaker != current[-1].speaker
                    or w.start_s - current[-1].end_s > MAX_GAP_S
                    or w.end_s - current[0].start_s > MAX_CUE_S
                    or not _fits(join_words([text, w.text]), line_chars, max_lines)
                    or (_ends_sentence(text) and len(text) > line_chars // 2)):
                flush()
        current.append(w)
    flush()
    # readable minimum durations, never overlapping the next cue
    for i, cue in enumerate(cues):
        nxt = cues[i + 1].start_s if i + 1 < len(cues) else None
        want = max(cue.end_s, cue.start_s + MIN_CUE_S)
        cue.end_s = min(want, nxt) if nxt is not None else want
        if cue.end_s <= cue.start_s:
            cue.end_s = cue.start_s + 0.01
    return cues


def words_from_segment(start_s: float, end_s: float, text: str, speaker: str = "") -> list[Word]:
    """Spread a segment's words over its time span (for transcripts without word times)."""
    tokens = text.split()
    if not tokens:
        return []
    total = sum(len(t) + 1 for t in tokens)
    span = max(end_s - start_s, 0.01)
    out: list[Word] = []
    t = start_s
    for tok in tokens:
        d = span * (len(tok) + 1) / total
        out.append(Word(t, t + d, tok, speaker))
        t += d
    return out


class SubtitleWriter:
    """Base of the subtitle writers; subclasses differ in header, separator and how a voice is shown."""

    extension = ""
    decimal = "."

    def header(self) -> str:
        return ""

    def cue_text(self, cue: Cue) -> str:
        return "\n".join(wrap(cue.text))

    def cue_block(self, index: int, cue: Cue) -> str:
        times = f"{timestamp(cue.start_s, self.decimal)} --> {timestamp(cue.end_s, self.decimal)}"
        return f"{index}\n{times}\n{self.cue_text(cue)}\n"

    def render(self, cues: Iterable[Cue]) -> str:
        blocks = [self.cue_block(i, c) for i, c in enumerate(cues, start=1)]
        return self.header() + "\n".join(blocks)


class SrtWriter(SubtitleWriter):
    """SubRip: comma decimal separator; the speaker's name opens each turn ("Name: ...")."""

    extension = "srt"
    decimal = ","

    def cue_text(self, cue: Cue) -> str:
        text = f"{cue.speaker}: {cue.text}" if cue.speaker and cue.turn_start else cue.text
        return "\n".join(wrap(text))


class VttWriter(SubtitleWriter):
    """WebVTT: dot separator, `WEBVTT` header, the speaker as a voice span (`<v Name>`)."""

    extension = "vtt"

    def header(self) -> str:
        return "WEBVTT\n\n"

    def cue_text(self, cue: Cue) -> str:
        lines = wrap(cue.text)
        if cue.speaker:
            name = cue.speaker.replace(">", "").replace("<", "").replace("&", "and")
            lines[0] = f"<v {name}>{_escape_vtt(lines[0])}"
            lines[1:] = [_escape_vtt(x) for x in lines[1:]]
            lines[-1] += "</v>"
            return "\n".join(lines)
        return "\n".join(_escape_vtt(x) for x in lines)

    def cue_block(self, index: int, cue: Cue) -> str:
        times = f"{timestamp(cue.start_s, '.')} --> {timestamp(cue.end_s, '.')}"
        return f"{times}\n{self.cue_text(cue)}\n"


def _escape_vtt(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("-->", "→")


class TxtWriter(SubtitleWriter):
    """Plain transcript: one paragraph per speaker turn, the speaker's name first, chapter titles as headings."""

    extension = "txt"

    def __init__(self, chapters: Sequence[tuple[float, str]] = ()) -> None:
        self.chapters = sorted(chapters)

    def render(self, cues: Iterable[Cue]) -> str:
        out: list[str] = []
        chapters = list(self.chapters)
        paragraph: list[str] = []
        speaker: str | None = None

        def flush() -> None:
            if paragraph:
                prefix = f"{speaker}: " if speaker else ""
                out.append(prefix + " ".join(paragraph) + "\n")
                paragraph.clear()

        for cue in cues:
            while chapters and chapters[0][0] <= cue.start_s + 0.5:
                flush()
                out.append(f"## {chapters.pop(0)[1]}\n")
                speaker = None
            if cue.speaker != speaker or cue.turn_start:
                flush()
                speaker = cue.speaker
            paragraph.append(cue.text)
        flush()
        return "\n".join(out)


WRITERS: dict[str, type[SubtitleWriter]] = {"srt": SrtWriter, "vtt": VttWriter, "txt": TxtWriter}
