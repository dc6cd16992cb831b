"""The Whisper engine: faster-whisper int8 on CPU (imported lazily), lazy segments, progress, cancel, cache.

`transcribe(path)` decodes any audio format through `studio.audio.io`, resamples to 16 kHz mono, runs
Silero VAD, then returns `(segments, info)`: `segments` is a lazy iterator (the work happens as you
iterate), already passed through the hallucination guard; a complete run is cached.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from studio.audio import io
from studio.audio.io import _check_input
from studio.errors import DecodeError, InvalidInput
from studio.i18n import _
from studio.progress import Progress
from studio.transcribe import cache
from studio.transcribe.guard import HallucinationGuard, SpeechMap
from studio.transcribe.models import ModelInfo, find_model, model_fingerprint
from studio.transcribe.transcript import Segment, Transcript, TranscriptInfo, Word

SAMPLE_RATE = 16_000
LANGUAGES = ("auto", "fr", "en")

_models: dict[tuple[str, int], Any] = {}
_models_lock = threading.Lock()


@dataclass(frozen=True)
class Options:
    """Decoding options (part of the cache key)."""

    language: str = "auto"
    beam_size: int = 5
    vad: bool = True
    word_timestamps: bool = True

    def key(self) -> dict[str, Any]:
        return {"language": self.language, "beam_size": self.beam_size, "vad": self.vad,
                "word_timestamps": self.word_timestamps}

    def whisper_kwargs(self) -> dict[str, Any]:
        """Arguments for `WhisperModel.transcribe` (the benchmark passes the same ones to a bare call)."""
        return {
            "language": None if self.language == "auto" else self.language,
            "beam_size": self.beam_size,
            "vad_filter": self.vad,
            "word_timestamps": self.word_timestamps,
            "condition_on_previous_text": False,
        }


def load_model(info: ModelInfo, cpu_threads: int = 0) -> Any:
    """A faster-whisper model for `info`, int8 on CPU, loaded once per process (never downloads)."""
    key = (str(info.path), cpu_threads)
    with _models_lock:
        model = _models.get(key)
        if model is None:
            from faster_whisper import WhisperModel

            model = WhisperModel(str(info.path), device="cpu", compute_type="int8", cpu_threads=cpu_threads,
                                 local_files_only=True)
            _models[key] = model
    return model


def _mono(block: np.ndarray) -> np.ndarray:
    return block.mean(axis=1, dtype=np.float32) if block.ndim == 2 else block.astype(np.float32)


def _resample_stream(blocks: Iterator[tuple[np.ndarray, int]]) -> Iterator[np.ndarray]:
    """Downmix blocks to mono and resample them to 16 kHz as they come (never the whole file at once).

    Uses libswresample through PyAV (already loaded with faster-whisper; importing scipy.signal costs
    seconds on a slow laptop), else scipy's polyphase filter.
    """
    try:
        import av
    except ImportError:  # pragma: no cover - PyAV comes with faster-whisper
        yield from _resample_stream_scipy(blocks)
        return
    resampler = None
    for block, sr in blocks:
        mono = _mono(block)
        if sr == SAMPLE_RATE:
            yield mono
            continue
        if resampler is None:
            resampler = av.audio.resampler.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(mono[None, :]), format="flt", layout="mono")
        frame.sample_rate = sr
        for out in resampler.resample(frame):
            yield out.to_ndarray().reshape(-1).astype(np.float32, copy=False)
    if resampler is not None:
        for out in resampler.resample(None):
            yield out.to_ndarray().reshape(-1).astype(np.float32, copy=False)


def _resample_stream_scipy(blocks: Iterator[tuple[np.ndarray, int]]) -> Iterator[np.ndarray]:
    """Polyphase resampling to 16 kHz in overlapping chunks (scipy), for when PyAV is missing."""
    from scipy.signal import resample_poly

    buffer = np.zeros(0, dtype=np.float32)
    rate = 0
    up = down = 1
    chunk = pad = 0
    started = False  # whether a chunk has been emitted (the buffer then starts with `pad` context)
    for block, sr in blocks:
        mono = _mono(block)
        if not rate:
            rate = sr
            g = math.gcd(SAMPLE_RATE, rate)
            up, down = SAMPLE_RATE // g, rate // g
            chunk = down * max(1, (rate * 20) // down)  # ~20 s, a multiple of `down`
            pad = down * max(1, (rate // 10) // down)  # ~0.1 s of context each side
        if up == down:
            yield mono
            continue
        buffer = np.concatenate([buffer, mono])
        lead = pad if started else 0
        while len(buffer) >= lead + chunk + pad:
            piece = resample_poly(buffer[: lead + chunk + pad], up, down).astype(np.float32)
            a = lead * up // down
            yield piece[a:a + chunk * up // down]
            buffer = buffer[lead + chunk - pad:]
            started, lead = True, pad
    if rate and up != down and len(buffer):
        lead = pad if started else 0
        piece = resample_poly(buffer, up, down).astype(np.float32)
        yield piece[lead * up // down:]


def load_audio_16k(path: str | os.PathLike[str]) -> np.ndarray:
    """Any decodable file as float32 mono at 16 kHz (what Whisper and Silero expect)."""
    parts = list(_resample_stream(io.blocks(path)))
    if not parts or not any(len(p) for p in parts):  # a header without audio: refused as every command does
        raise DecodeError(_("{name} holds no audio that can be decoded").format(name=Path(path).name),
                          _("Check that it is a sound recording (wav, mp3, m4a, ogg, opus, flac, webm, amr)"))
    audio = np.concatenate(parts)
    return np.clip(audio, -1.0, 1.0)


def _words(raw: Any) -> list[Word]:
    return [Word(float(w.start), float(w.end), str(w.word), float(w.probability)) for w in (raw or [])]


def _segment(raw: Any) -> Segment:
    return Segment(float(raw.start), float(raw.end), str(raw.text).strip(), _words(raw.words),
                   float(raw.avg_logprob), float(raw.no_speech_prob), float(raw.compression_ratio))


def _check_language(language: str, info: ModelInfo) -> str:
    if language not in LANGUAGES:
        raise InvalidInput(_("Unknown language {language}").format(language=language), _("Use fr, en or auto"))
    if info.english_only:
        if language == "fr":
            raise InvalidInput(
                _("The model {name} only knows English").format(name=info.name),
                _("Use the multilingual model: --model base"),
            )
        return "en"
    return language


def transcribe(
    path: str | os.PathLike[str],
    model: str | os.PathLike[str] | ModelInfo | None = None,
    language: str = "auto",
    *,
    use_cache: bool = True,
    progress: Progress | None = None,
    guard: HallucinationGuard | None = None,
) -> tuple[Iterator[Segment], TranscriptInfo]:
    """Transcribe an audio file: `(lazy segments, info)`. Iterate to do the work; `progress.cancel()` stops it
    (the iteration ends early, nothing is cached).

    `progress.advance(fraction)` is called as segments come (0..1 of the audio's duration). The result of a run
    iterated to its end is cached; a cached transcript comes back at once.
    """
    info_model = model if isinstance(model, ModelInfo) else find_model(model)
    language = _check_language(language, info_model)
    options = Options(language=language)
    src = Path(path)

    _check_input(src)
    sha = cache.file_sha256(src)
    key_path = cache.cache_path(sha, f"{info_model.name}-{model_fingerprint(info_model)}", options.key())
    if use_cache:
        hit = cache.load(key_path)
        if hit is not None:
            if progress:
                progress.advance(1.0)
            return iter(hit.segments), hit.info

    audio = load_audio_16k(src)
    duration_s = len(audio) / SAMPLE_RATE
    speech = SpeechMap.from_audio(audio)
    guard = guard or HallucinationGuard(speech)
    if guard.speech is None:
        guard.speech = speech
    if not speech.has_speech():
        # Silence or noise: nothing to transcribe, and nothing for Whisper to invent.
        info = TranscriptInfo(language if language != "auto" else "und", duration_s, info_model.name, 0.0, sha)
        empty = Transcript(info, [])

        def nothing() -> Iterator[Segment]:
            if progress:
                progress.advance(1.0)
            if use_cache and not (progress and progress.cancelled):
                cache.store(key_path, empty)
            return
            yield

        return nothing(), info

    whisper = load_model(info_model)
    raw_segments, raw_info = whisper.transcribe(audio, **options.whisper_kwargs())
    info = TranscriptInfo(str(raw_info.language), duration_s, info_model.name,
                          float(raw_info.language_probability or 0.0), sha)

    def run() -> Iterator[Segment]:
        kept: list[Segment] = []
        complete = False
        try:
            for raw in raw_segments:
                if progress is not None and progress.cancelled:
                    return
                segment = guard.check(_segment(raw))
                if progress and duration_s > 0:
                    progress.advance(float(raw.end) / duration_s)
                if segment is not None:
                    kept.append(segment)
                    yield segment
            complete = not (progress is not None and progress.cancelled)
        finally:
            if hasattr(raw_segments, "close"):
                raw_segments.close()
        if complete:
            if progress:
                progress.advance(1.0)
            if use_cache:
                cache.store(key_path, Transcript(info, kept))

    return run(), info


def transcribe_all(path: str | os.PathLike[str], model: str | os.PathLike[str] | ModelInfo | None = None,
                   language: str = "auto", **kwargs: Any) -> Transcript:
    """Run `transcribe` to the end and return the whole transcript."""
    segments, info = transcribe(path, model, language, **kwargs)
    return Transcript(info, list(segments))
