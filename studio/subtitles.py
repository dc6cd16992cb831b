"""The one subtitle engine: timed words -> cues -> SRT, WebVTT and plain text, for transcripts and episodes alike.

`antenne transcribe --format srt|vtt` (through `studio.transcribe.writers`) and the exported pack's `.srt`,
`.vtt` and `.txt` (through `studio.export.pack`) both call this module, so they follow one set of rules.
It depends on nothing else in Antenne: words come in as `TimedWord`s (any timeline), text goes out.

Two twins used to do this job (`export/subtitles.py` and `transcribe/writers.py`); where their rules
differed, this is the one that won, and why:

- **Lines: at most 42 characters, at most 2 lines, in SRT and WebVTT.** The transcript writer allowed 65 per
  WebVTT line; 42 fits both formats' conventions (SRT 32-42, WebVTT up to ~65) and makes one file's cues
  the same as the other's. A word longer than a line is cut into line-sized pieces (the transcript
  writer's rule) so the limit always holds.
- **Cues: a new cue at a speaker change, a pause over 1 s, 6 s of speech, a sentence end once the cue has
  some length, or when the text would not fit; each shown at least 0.6 s, never overlapping the next**
  (the export's rules: 0.6 s is readable where the transcript writer's 0.2 s flashed by). A cue may span
  Whisper's segments, whose edges are decoding windows, not sentences.
- **Words are joined as French is written** (the export's `join_words`): no space inside an elision or a
  hyphenated name that Whisper split (« l'atelier », « qu'il », Saint-Denis), no space before , . … ).
  Changed from the export's rule: « and » keep their space (« Bonjour »), as French typography wants.
- **French typography is kept**: only ASCII whitespace separates words, so no-break spaces (U+00A0,
  U+202F) stay where they are; a line never starts with ? ! : ; » % and never ends with «.
- **Speakers** (the export's rules, which CONTRACT.md's "speaker names as voices" asks for): WebVTT wraps
  each cue in a closed voice span `<v Name>…</v>`; SRT opens each speaker's turn with "Name: ". The room
  that prefix takes is counted when the cue is cut, so SRT lines keep to 42 characters too.
- **Escaping**: WebVTT text and voice names escape `&`, `<` and `>` as character references (the
  transcript writer's spec-correct rule, instead of the export's dropping them or writing "and"), so
  `-->` can never appear in a cue; SRT has no escapes, so `-->` in its text is written `→`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: Two lines of at most this many characters per cue (SRT's 32-42, within WebVTT's ~65).
LINE_CHARS = 42
MAX_LINES = 2
MAX_CUE_S = 6.0
MAX_GAP_S = 1.0
MIN_CUE_S = 0.6

#: Words are separated by ASCII whitespace only: U+00A0 and U+202F are French typography, not breaks.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


@dataclass
class TimedWord:
    """A word placed on a timeline (a take's source time or the episode's), with who says it."""

    start_s: float
    end_s: float
    text: str
    speaker: str = ""


@dataclass
class Cue:
    """One subtitle: its time span and words, as one line of text (the writers break it into lines)."""

    start_s: float
    end_s: float
    text: str
    speaker: str = ""
    turn_start: bool = True  # first cue of a speaker's turn
    words: list[TimedWord] = field(default_factory=list, repr=False)


def _tokens(text: str) -> list[str]:
    return [t for t in _SPACES.split(text) if t]


# ------------------------------------------------------------------------------------------ joining

#: A word starting with one of these is written against the word before it (Whisper splits « l'atelier »
#: as " l" + "'atelier").
_ATTACH_AFTER = ("'", "’", ",", ".", "…", ")")
#: A word ending with one of these is written against the word after it (« qu' » + « il »).
_ATTACH_BEFORE = ("'", "’", "(")


def join_words(tokens: Iterable[str]) -> str:
    """Words as a line of text, without the space Whisper's tokens would put inside « l'atelier »."""
    out = ""
    for raw in tokens:
        token = " ".join(_tokens(raw))
        if not token:
            continue
        hyphenated = token.startswith("-") and token[1:2].isalpha()  # "-Denis", not "-5"
        if out and not (hyphenated or token.startswith(_ATTACH_AFTER) or out.endswith(_ATTACH_BEFORE)):
            out += " "
        out += token
    return out


# ------------------------------------------------------------------------------------------ wrapping

#: A line never starts with these (French puts a space before them, which is no place for a break) ...
_NO_BREAK_BEFORE = ("?", "!", ":", ";", "»", "%", "…")
#: ... and never ends with these.
_NO_BREAK_AFTER = ("«", "—", "–")


def _units(text: str, width: int) -> list[str]:
    """The pieces a line break may fall between: words, with French punctuation kept with its word (unless
    the two do not fit in a line together), a word longer than a line cut into line-sized parts."""
    units: list[str] = []
    glue_next = False
    for token in _tokens(text):
        if units and (glue_next or token.startswith(_NO_BREAK_BEFORE)):
            units[-1] += " " + token
        else:
            units.append(token)
        glue_next = token in _NO_BREAK_AFTER
    out: list[str] = []
    for unit in units:
        if len(unit) <= width:
            out.append(unit)
            continue
        for token in unit.split(" "):  # too long to keep together: word by word, a long word cut
            out += [token[i:i + width] for i in range(0, len(token), width)]
    return out


def wrap(text: str, width: int = LINE_CHARS, max_lines: int = MAX_LINES) -> list[str]:
    """Balanced line breaking: at most `max_lines` lines when the text fits, the break placed to even out
    line lengths; text that cannot fit comes back in more lines (cues are cut so that it always fits)."""
    text = " ".join(_tokens(text))
    if len(text) <= width:
        return [text]
    units = _units(text, width)
    if max_lines == 2 and len(units) >= 2:
        best: tuple[float, int] | None = None
        for i in range(1, len(units)):
            a, b = " ".join(units[:i]), " ".join(units[i:])
            over = max(0, len(a) - width) + max(0, len(b) - width)
            score = over * 100 + abs(len(a) - len(b))
            if best is None or score < best[0]:
                best = (score, i)
        assert best is not None
        a, b = " ".join(units[:best[1]]), " ".join(units[best[1]:])
        if len(a) <= width and len(b) <= width:
            return [a, b]
    lines: list[str] = []
    line = ""
    for unit in units:
        if line and len(line) + 1 + len(unit) > width:
            lines.append(line)
            line = unit
        else:
            line = f"{line} {unit}".strip()
    lines.append(line)
    return lines


def fits(text: str, line_chars: int = LINE_CHARS, max_lines: int = MAX_LINES) -> bool:
    """Whether `text` can be broken into at most `max_lines` lines of at most `line_chars` characters."""
    if len(text) > line_chars * max_lines:
        return False
    lines = wrap(text, line_chars, max_lines)
    return len(lines) <= max_lines and all(len(line) <= line_chars for line in lines)


# ------------------------------------------------------------------------------------------ cues

def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…]['\"»)]?$", text))


def turn_prefix(speaker: str) -> str:
    """What opens a speaker's turn in SRT and plain text: "Name: "."""
    name = " ".join(_tokens(speaker))
    return f"{name}: " if name else ""


def _pieces(word: TimedWord, line_chars: int) -> list[TimedWord]:
    """The word, or line-sized pieces of a word longer than a line, its time shared out between them."""
    text = " ".join(_tokens(word.text))
    if len(text) <= line_chars:
        return [TimedWord(word.start_s, max(word.end_s, word.start_s), text, word.speaker)]
    parts = [text[i:i + line_chars] for i in range(0, len(text), line_chars)]
    step = max(word.end_s - word.start_s, 0.0) / len(parts)
    return [TimedWord(word.start_s + k * step, word.start_s + (k + 1) * step, p, word.speaker)
            for k, p in enumerate(parts)]


def cues_from_words(words: Sequence[TimedWord], line_chars: int = LINE_CHARS,
                    max_lines: int = MAX_LINES) -> list[Cue]:
    """Group timed words into readable cues: a new cue at a speaker change, a long pause, a sentence end
    once the cue has some length, or when the text (with the speaker's name opening a turn) would not fit
    in `max_lines` lines."""
    cues: list[Cue] = []
    current: list[TimedWord] = []
    previous_speaker: str | None = None

    def flush() -> None:
        nonlocal current, previous_speaker
        if not current:
            return
        speaker = current[0].speaker
        cues.append(Cue(current[0].start_s, current[-1].end_s, join_words(w.text for w in current), speaker,
                        turn_start=speaker != previous_speaker, words=current))
        previous_speaker = speaker
        current = []

    ordered = sorted((w for w in words if _tokens(w.text)), key=lambda w: w.start_s)
    for w in (piece for word in ordered for piece in _pieces(word, line_chars)):
        if current:
            text = join_words(x.text for x in current)
            prefix = turn_prefix(current[0].speaker) if current[0].speaker != previous_speaker else ""
            if (w.speaker != current[-1].speaker
                    or w.start_s - current[-1].end_s > MAX_GAP_S
                    or w.end_s - current[0].start_s > MAX_CUE_S
                    or not fits(prefix + join_words([text, w.text]), line_chars, max_lines)
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


def words_from_segment(start_s: float, end_s: float, text: str, speaker: str = "") -> list[TimedWord]:
    """Spread a segment's words over its time span, in proportion to their length (for transcripts
    without word times)."""
    tokens = _tokens(text)
    if not tokens:
        return []
    total = sum(len(t) + 1 for t in tokens)
    span = max(end_s - start_s, 0.01)
    out: list[TimedWord] = []
    t = start_s
    for tok in tokens:
        d = span * (len(tok) + 1) / total
        out.append(TimedWord(t, t + d, tok, speaker))
        t += d
    return out


# ------------------------------------------------------------------------------------------ writers

def timestamp(seconds: float, separator: str = ".") -> str:
    """hh:mm:ss.mmm (WebVTT) or hh:mm:ss,mmm (SRT)."""
    ms = max(0, int(round(seconds * 1000)))
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{separator}{ms:03d}"


class SubtitleWriter:
    """Base of the writers: `render(cues) -> str`. SRT and WebVTT differ in a few attributes and in how a
    cue's text is written."""

    extension = ""
    media_type = "text/plain"
    decimal = "."
    header = ""
    numbered = True

    def cue_text(self, cue: Cue) -> str:
        return "\n".join(wrap(cue.text))

    def cue_block(self, index: int, cue: Cue) -> str:
        times = f"{timestamp(cue.start_s, self.decimal)} --> {timestamp(cue.end_s, self.decimal)}"
        number = f"{index}\n" if self.numbered else ""
        return f"{number}{times}\n{self.cue_text(cue)}\n"

    def render(self, cues: Iterable[Cue]) -> str:
        blocks = [self.cue_block(i, c) for i, c in enumerate(cues, start=1)]
        return "\n".join([self.header, *blocks] if self.header else blocks)


class SrtWriter(SubtitleWriter):
    """SubRip: numbered cues, comma decimal separator; "Name: " opens each speaker's turn."""

    extension = "srt"
    media_type = "application/x-subrip"
    decimal = ","

    def cue_text(self, cue: Cue) -> str:
        prefix = turn_prefix(cue.speaker) if cue.turn_start else ""
        return "\n".join(line.replace("-->", "→") for line in wrap(prefix + cue.text))


def escape_vtt(text: str) -> str:
    """WebVTT cue text: `&`, `<` and `>` as character references (so `-->` cannot appear either)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class VttWriter(SubtitleWriter):
    """WebVTT: `WEBVTT` header, dot decimal separator, the speaker as a closed voice span `<v Name>…</v>`."""

    extension = "vtt"
    media_type = "text/vtt"
    header = "WEBVTT\n"
    numbered = False

    def cue_text(self, cue: Cue) -> str:
        lines = [escape_vtt(line) for line in wrap(cue.text)]
        name = escape_vtt(" ".join(_tokens(cue.speaker)))
        if name:
            lines[0] = f"<v {name}>{lines[0]}"
            lines[-1] += "</v>"
        return "\n".join(lines)


class TxtWriter(SubtitleWriter):
    """Plain transcript: one paragraph per speaker turn, "Name: " first, chapter titles as headings."""

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
                out.append(turn_prefix(speaker or "") + join_words(paragraph) + "\n")
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
