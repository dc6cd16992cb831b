"""Streaming encoders: float32 blocks in, MP3 (lameenc), OGG Vorbis/Opus, FLAC or WAV (soundfile) out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from studio.audio.mp3 import Mp3Stream, encoder_gain_db

#: Audio formats an episode can be exported to, with the MIME type used in the feed.
FORMATS = {"mp3": "audio/mpeg", "ogg": "audio/ogg", "flac": "audio/flac", "wav": "audio/wav"}


class Encoder:
    """Write float32 (frames, channels) blocks to `path`; `close()` finishes the file."""

    def __init__(self, path: Path, sample_rate: int, channels: int) -> None:
        self.path = path
        self.sample_rate = sample_rate
        self.channels = channels
        self.frames = 0

    def write(self, block: np.ndarray) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Encoder:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class Mp3Encoder(Encoder):
    """LAME: constant bit rate (128 kb/s stereo, 64 kb/s mono), written as it goes, with an Info/LAME tag
    frame holding the exact length (see `studio.audio.mp3`)."""

    def __init__(self, path: Path, sample_rate: int, channels: int, bitrate_kbps: int | None = None,
                 quality: int = 5) -> None:
        super().__init__(path, sample_rate, channels)
        self._file = open(path, "w+b")
        self._stream = Mp3Stream(self._file, sample_rate, channels, bitrate_kbps or mp3_bitrate_kbps(channels),
                                 quality)

    def write(self, block: np.ndarray) -> None:
        self.frames += len(block)
        self._stream.write(block)

    def close(self) -> None:
        if self._file.closed:
            return
        try:
            self._stream.close()
        finally:
            self._file.close()


class SoundfileEncoder(Encoder):
    """libsndfile formats, written block by block."""

    FORMAT = {"ogg": ("OGG", "VORBIS"), "opus": ("OGG", "OPUS"), "flac": ("FLAC", "PCM_24"), "wav": ("WAV", "PCM_24")}

    def __init__(self, path: Path, sample_rate: int, channels: int, fmt: str) -> None:
        import soundfile as sf

        super().__init__(path, sample_rate, channels)
        major, subtype = self.FORMAT[fmt]
        kwargs: dict[str, Any] = {}
        if fmt == "ogg":
            kwargs["compression_level"] = 0.55
        self._sf = sf.SoundFile(str(path), mode="w", samplerate=sample_rate, channels=channels, format=major,
                                subtype=subtype, **kwargs)

    def write(self, block: np.ndarray) -> None:
        self.frames += len(block)
        self._sf.write(np.ascontiguousarray(block, dtype=np.float32))

    def close(self) -> None:
        if not self._sf.closed:
            self._sf.close()


def mp3_bitrate_kbps(channels: int) -> int:
    return 128 if channels > 1 else 64


def level_change_db(fmt: str, sample_rate: int, channels: int) -> float:
    """How much quieter the encoded file plays than its input (LAME's bit-rate presets scale it down)."""
    if fmt != "mp3":
        return 0.0

    return encoder_gain_db(sample_rate, channels, mp3_bitrate_kbps(channels))


def open_encoder(fmt: str, path: Path, sample_rate: int, channels: int) -> Encoder:
    if fmt == "mp3":
        return Mp3Encoder(path, sample_rate, channels)
    if fmt in SoundfileEncoder.FORMAT:
        return SoundfileEncoder(path, sample_rate, channels, fmt)
    raise ValueError(f"unknown format {fmt}")
