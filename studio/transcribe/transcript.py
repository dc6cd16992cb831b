"""Transcript data: words, segments, run info and the whole transcript, with their JSON forms."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Words whose probability is under this are flagged for review.
LOW_CONFIDENCE = 0.5


@dataclass
class Word:
    """One word with its timing in the source audio (seconds) and Whisper's probability."""

    start: float
    end: float
    word: str  # as Whisper gives it, usually with a leading space
    probability: float = 1.0
    low_confidence: bool = False
    corrected: bool = False
    deleted: bool = False  # removed from the take's edit list (edit by text)

    @property
    def text(self) -> str:
        return self.word.strip()

    def to_contract(self) -> dict[str, Any]:
        return {"start": round(self.start, 3), "end": round(self.end, 3), "word": self.word,
                "probability": round(float(self.probability), 4)}

    def to_dict(self) -> dict[str, Any]:
        data = self.to_contract()
        for flag in ("low_confidence", "corrected", "deleted"):
            if getattr(self, flag):
                data[flag] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Word:
        return cls(float(data["start"]), float(data["end"]), str(data["word"]),
                   float(data.get("probability", 1.0)), bool(data.get("low_confidence", False)),
                   bool(data.get("corrected", False)), bool(data.get("deleted", False)))


@dataclass
class Segment:
    """A stretch of speech: its time span, text and words, plus the decoder's quality figures."""

    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    compression_ratio: float = 0.0
    speech_prob: float = 1.0  # mean Silero VAD speech probability over the span
    speaker: str = ""

    def refresh_text(self) -> None:
        """Rebuild `text` from the words (after a correction), skipping deleted ones."""
        if self.words:
            self.text = "".join(w.word for w in self.words if not w.deleted).strip()

    def to_contract(self) -> dict[str, Any]:
        return {"start": round(self.start, 3), "end": round(self.end, 3), "text": self.text.strip(),
                "words": [w.to_contract() for w in self.words]}

    def to_dict(self) -> dict[str, Any]:
        data = self.to_contract()
        data["words"] = [w.to_dict() for w in self.words]
        data.update(avg_logprob=round(self.avg_logprob, 4), no_speech_prob=round(self.no_speech_prob, 4),
                    compression_ratio=round(self.compression_ratio, 3), speech_prob=round(self.speech_prob, 3))
        if self.speaker:
            data["speaker"] = self.speaker
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Segment:
        return cls(float(data["start"]), float(data["end"]), str(data.get("text", "")),
                   [Word.from_dict(w) for w in data.get("words", [])], float(data.get("avg_logprob", 0.0)),
                   float(data.get("no_speech_prob", 0.0)), float(data.get("compression_ratio", 0.0)),
                   float(data.get("speech_prob", 1.0)), str(data.get("speaker", "")))


@dataclass
class TranscriptInfo:
    """What a run found out before the segments come: language and duration; model and audio identity."""

    language: str
    duration_s: float
    model: str
    language_probability: float = 0.0
    audio_sha256: str = ""
    from_cache: bool = False


@dataclass
class Transcript:
    """A finished transcript: run info and its segments (source-time seconds)."""

    info: TranscriptInfo
    segments: list[Segment] = field(default_factory=list)
    reviewed: bool = False

    @property
    def language(self) -> str:
        return self.info.language

    def words(self) -> list[Word]:
        return [w for s in self.segments for w in s.words]

    def text(self, include_deleted: bool = False) -> str:
        parts = []
        for s in self.segments:
            if s.words:
                parts.append("".join(w.word for w in s.words if include_deleted or not w.deleted).strip())
            else:
                parts.append(s.text.strip())
        return " ".join(p for p in parts if p)

    def to_contract(self) -> dict[str, Any]:
        """Exactly the JSON of `antenne transcribe --format json` (CONTRACT.md)."""
        return {"language": self.info.language, "duration_s": round(self.info.duration_s, 3),
                "model": self.info.model, "segments": [s.to_contract() for s in self.segments]}

    def to_dict(self) -> dict[str, Any]:
        """The contract's keys plus what review needs (flags, speakers, quality figures)."""
        data = self.to_contract()
        data["segments"] = [s.to_dict() for s in self.segments]
        data.update(language_probability=round(self.info.language_probability, 4),
                    audio_sha256=self.info.audio_sha256, reviewed=self.reviewed)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        info = TranscriptInfo(str(data.get("language", "")), float(data.get("duration_s", 0.0)),
                              str(data.get("model", "")), float(data.get("language_probability", 0.0)),
                              str(data.get("audio_sha256", "")))
        return cls(info, [Segment.from_dict(s) for s in data.get("segments", [])], bool(data.get("reviewed", False)))
