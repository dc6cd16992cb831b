"""Hallucination guard: drops text under silence or noise, phantom credits not really spoken, and loops.

Whisper invents text where there is no speech (in French typically "Sous-titres réalisés par la
communauté d'Amara.org") and can repeat a line forever. The guard looks at the audio, not only the
words: the Silero VAD speech probability under each segment, Whisper's own no-speech probability and
log-probability, and the word probabilities. Low-confidence words are flagged for review.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from studio.transcribe.transcript import LOW_CONFIDENCE, Segment

#: Phrases Whisper produces on silence, music or noise (subtitle credits, outros), normalised form.
PHANTOM_PHRASES = (
    "sous titres realises par la communaute d amara org",
    "sous titres realises para la communaute d amara org",
    "sous titrage st 501",
    "sous titrage societe radio canada",
    "sous titres par",
    "sous titrage",
    "amara org",
    "merci d avoir regarde",
    "merci d avoir regarde cette video",
    "merci de votre attention",
    "abonnez vous",
    "n oubliez pas de vous abonner",
    "thanks for watching",
    "thank you for watching",
    "thank you for watching and see you next time",
    "please subscribe",
    "like and subscribe",
    "subtitles by the amara org community",
    "subtitles by",
    "transcription by castingwords",
    "translated by",
    "www mooji org",
    # Short words Whisper puts on breath, clicks or room noise; kept when the audio clearly says them.
    "merci",
    "merci beaucoup",
    "thank you",
    "thank you very much",
    "you",
    "bye",
)

#: A segment under which Silero hears less speech than this (mean probability) is not speech.
MIN_SPEECH_PROB = 0.15
#: A phantom phrase is kept only when the audio clearly holds speech and Whisper is sure of it.
PHANTOM_MIN_SPEECH_PROB = 0.6
PHANTOM_MIN_WORD_PROB = 0.7
PHANTOM_MAX_NO_SPEECH = 0.3


def normalise(text: str) -> str:
    """Lower case, no accents, no punctuation: 'Merci d'avoir regardé !' -> 'merci d avoir regarde'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text).split())


def is_phantom(text: str) -> bool:
    """True when the text is (mostly) one of the known phantom phrases."""
    norm = normalise(text)
    if not norm:
        return False
    for phrase in PHANTOM_PHRASES:
        if phrase in norm and len(phrase) >= 0.6 * len(norm):
            return True
    return False


@dataclass
class SpeechMap:
    """Silero speech probability per 512-sample window (32 ms at 16 kHz) of a whole file."""

    probs: np.ndarray
    window_s: float = 512 / 16_000

    @classmethod
    def from_audio(cls, audio_16k: np.ndarray) -> SpeechMap:
        from faster_whisper.vad import get_vad_model

        n = 512
        if len(audio_16k) == 0:
            return cls(np.zeros(0, dtype=np.float32))
        padded = np.pad(audio_16k, (0, (-len(audio_16k)) % n))
        probs = np.asarray(get_vad_model()(padded), dtype=np.float32).reshape(-1)
        return cls(probs)

    def has_speech(self, threshold: float = 0.5, min_windows: int = 4) -> bool:
        """At least `min_windows` (~130 ms) windows at or over `threshold`."""
        return int((self.probs >= threshold).sum()) >= min_windows

    def mean_prob(self, start_s: float, end_s: float) -> float:
        if len(self.probs) == 0:
            return 0.0
        a = max(0, int(start_s / self.window_s))
        b = min(len(self.probs), max(a + 1, int(np.ceil(end_s / self.window_s))))
        if a >= len(self.probs):
            return 0.0
        return float(self.probs[a:b].mean())

    def speech_fraction(self, start_s: float, end_s: float, threshold: float = 0.5) -> float:
        a = max(0, int(start_s / self.window_s))
        b = min(len(self.probs), max(a + 1, int(np.ceil(end_s / self.window_s))))
        if a >= b:
            return 0.0
        return float((self.probs[a:b] >= threshold).mean())


def _cut_inner_loops(segment: Segment) -> None:
    """Cut a phrase of 1-8 words repeated many times in a row inside one segment (keep one or two)."""
    words = segment.words
    if len(words) < 6:
        return
    keys = [normalise(w.word) for w in words]
    for n in range(1, 9):
        limit = 4 if n == 1 else 3  # "non non non" is real speech; four times the same word is a loop
        i = 0
        while i + n * limit <= len(keys):
            unit = keys[i:i + n]
            if not all(unit):
                i += 1
                continue
            reps = 1
            while keys[i + reps * n:i + (reps + 1) * n] == unit:
                reps += 1
            if reps >= limit:
                keep = 1 if n > 1 else 2
                del words[i + keep * n:i + reps * n]
                del keys[i + keep * n:i + reps * n]
            i += 1
    segment.words = words
    segment.refresh_text()
    if words:
        segment.end = min(segment.end, words[-1].end) if words[-1].end > segment.start else segment.end


class HallucinationGuard:
    """Filters a stream of segments; keeps state to catch lines repeated across segments."""

    def __init__(self, speech: SpeechMap | None, low_confidence: float = LOW_CONFIDENCE) -> None:
        self.speech = speech
        self.low_confidence = low_confidence
        self.dropped: list[tuple[str, str]] = []  # (reason, text), for tests and diagnostics
        self._recent: list[str] = []

    def _drop(self, reason: str, segment: Segment) -> None:
        self.dropped.append((reason, segment.text.strip()))

    def check(self, segment: Segment) -> Segment | None:
        """The segment, cleaned and flagged, or None when it is not really speech."""
        text = segment.text.strip()
        norm = normalise(text)
        if not norm:
            self._drop("empty", segment)
            return None
        speech_fraction = 1.0
        if self.speech is not None:
            segment.speech_prob = self.speech.mean_prob(segment.start, segment.end)
            speech_fraction = self.speech.speech_fraction(segment.start, segment.end)
            if segment.speech_prob < MIN_SPEECH_PROB and speech_fraction < 0.1:
                self._drop("no speech under it", segment)
                return None
        if segment.no_speech_prob > 0.6 and segment.avg_logprob < -1.0:
            self._drop("decoder says no speech", segment)
            return None
        if is_phantom(text):
            word_prob = float(np.mean([w.probability for w in segment.words])) if segment.words else 0.0
            heard = max(segment.speech_prob, speech_fraction if self.speech is not None else 0.0)
            really_spoken = (heard >= PHANTOM_MIN_SPEECH_PROB and word_prob >= PHANTOM_MIN_WORD_PROB
                             and segment.no_speech_prob <= PHANTOM_MAX_NO_SPEECH)
            if not really_spoken:
                self._drop("phantom phrase", segment)
                return None
        _cut_inner_loops(segment)
        norm = normalise(segment.text)
        # A line identical to one of the two before it is a loop (short interjections may repeat once).
        repeats = sum(1 for r in self._recent[-2:] if r == norm)
        if repeats and (len(norm.split()) >= 3 or repeats >= 2):
            self._drop("repeated line", segment)
            return None
        self._recent.append(norm)
        for w in segment.words:
            w.low_confidence = w.probability < self.low_confidence
        return segment

    def filter(self, segments: Iterable[Segment]) -> Iterator[Segment]:
        for segment in segments:
            kept = self.check(segment)
            if kept is not None:
                yield kept
