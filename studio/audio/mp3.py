"""MP3 writing with LAME (lameenc), streamed, with a Xing "Info" + LAME tag frame so players know the exact length.

lameenc writes bare MPEG frames: without a tag frame, ffprobe "estimates duration from bitrate" and players
cannot trim the encoder's delay and padding. `Mp3Stream` writes a placeholder frame first and, when closed,
fills it with the frame count, the byte count, a seek table and LAME's encoder delay and padding.
"""

from __future__ import annotations

import math
import struct
from functools import lru_cache
from typing import BinaryIO

import numpy as np

#: Samples LAME adds before the audio (its encoder delay); decoders add 528 + 1 more (ffmpeg, mpg123).
ENCODER_DELAY = 576
_BITRATES = {  # kb/s by index: MPEG-1 layer III, MPEG-2/2.5 layer III
    1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
    2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
_RATES = {3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000]}


def to_int16(block: np.ndarray) -> np.ndarray:
    return (np.clip(block, -1.0, 32767 / 32768) * 32768.0).round().astype("<i2")


def frame_info(header: bytes) -> tuple[int, int, int, int] | None:
    """(frame bytes, samples per frame, sample rate, side-info bytes) of an MPEG layer III header, else None."""
    if len(header) < 4 or header[0] != 0xFF or (header[1] & 0xE0) != 0xE0:
        return None
    version = (header[1] >> 3) & 3  # 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    layer = (header[1] >> 1) & 3
    rate_index = (header[2] >> 2) & 3
    bitrate_index = header[2] >> 4
    if version == 1 or layer != 1 or rate_index == 3 or bitrate_index in (0, 15):
        return None
    mpeg1 = version == 3
    kbps = _BITRATES[1 if mpeg1 else 2][bitrate_index]
    rate = _RATES[version][rate_index]
    padding = (header[2] >> 1) & 1
    samples = 1152 if mpeg1 else 576
    size = (144 if mpeg1 else 72) * kbps * 1000 // rate + padding
    mono = (header[3] >> 6) == 3
    side = (17 if mono else 32) if mpeg1 else (9 if mono else 17)
    return size, samples, rate, side


def _crc16(data: bytes) -> int:
    """CRC-16/ARC (polynomial 0xA001 reflected), the checksum of the LAME tag."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def info_frame(header: bytes, frames: int, stream_bytes: int, samples: int, lowpass_hz: int = 0) -> bytes:
    """A Xing "Info" frame (CBR) with a LAME extension, the same size as the stream's unpadded frames.

    `header` is the first audio frame's header, `frames` the number of audio frames after this one,
    `stream_bytes` the size of the whole stream (this frame included), `samples` the audio's length per channel.
    """
    first = bytes([header[0], header[1], header[2] & ~0x02 & 0xFF, header[3]])  # no padding bit
    info = frame_info(first)
    if info is None:
        raise ValueError("not an MPEG layer III header")
    size, per_frame, _rate, side = info
    body = bytearray(size)
    body[:4] = first
    pos = 4 + side
    kbps = _BITRATES[1 if (first[1] >> 3) & 3 == 3 else 2][first[2] >> 4]
    toc = bytes(min(255, i * 256 // 100) for i in range(100))  # linear: a constant bit rate
    xing = b"Info" + struct.pack(">III", 0x0F, frames, stream_bytes) + toc + struct.pack(">I", 0)
    body[pos: pos + len(xing)] = xing
    pos += len(xing)
    padding = frames * per_frame - ENCODER_DELAY - samples
    delay_pad = (ENCODER_DELAY << 12) | max(0, min(4095, padding))
    lame = bytearray()
    lame += b"LAME3.100"
    lame += bytes([0x01, min(255, lowpass_hz // 100)])  # tag revision 0, method 1 (CBR); lowpass / 100 Hz
    lame += struct.pack(">IHH", 0, 0, 0)  # replay gain: peak, radio, audiophile (not computed)
    lame += bytes([0x00, min(255, kbps)])  # encoding flags + ATH type; bit rate
    lame += delay_pad.to_bytes(3, "big")
    lame += bytes([0, 0]) + struct.pack(">H", 0)  # misc, mp3 gain, preset and surround
    lame += struct.pack(">IH", stream_bytes, 0)  # music length (whole stream), music CRC (not computed)
    end = pos + len(lame)
    if end + 2 > size:
        raise ValueError("frame too small for an Info tag")
    body[pos:end] = lame
    body[end:end + 2] = struct.pack(">H", _crc16(bytes(body[:end])))
    return bytes(body)


class Mp3Stream:
    """float32 (frames, channels) blocks in, an MP3 file with an Info tag out (constant bit rate).

    `fh` must be open for reading too ("w+b", or a BytesIO): the frames are counted when it is closed."""

    def __init__(self, fh: BinaryIO, sample_rate: int, channels: int, bitrate_kbps: int, quality: int = 5) -> None:
        import lameenc

        self._fh = fh
        self._start = fh.tell()
        self._enc = lameenc.Encoder()
        self._enc.set_bit_rate(bitrate_kbps)
        self._enc.set_in_sample_rate(sample_rate)
        self._enc.set_channels(channels)
        self._enc.set_quality(quality)  # 2 best .. 7 fastest
        self._header: bytes | None = None
        self._tag_size = 0
        self.samples = 0
        self._closed = False

    def _emit(self, data: bytes) -> None:
        if not data:
            return
        if self._header is None:
            self._header = data[:4]
            info = frame_info(self._header)
            if info is not None:
                self._tag_size = info[0] - ((self._header[2] >> 1) & 1)
                self._fh.write(bytes(self._tag_size))  # filled in by close()
        self._fh.write(data)

    def write(self, block: np.ndarray) -> None:
        if len(block) == 0:
            return
        self.samples += len(block)
        self._emit(bytes(self._enc.encode(to_int16(block).tobytes())))

    def close(self) -> None:
        """Flush the encoder and fill the tag frame (the file handle stays open)."""
        if self._closed:
            return
        self._closed = True
        self._emit(bytes(self._enc.flush()))
        if self._header is None or not self._tag_size:
            return
        end = self._fh.tell()
        frames = self._count_frames(self._start + self._tag_size, end)
        tag = info_frame(self._header, frames, end - self._start, self.samples)
        self._fh.seek(self._start)
        self._fh.write(tag)
        self._fh.seek(end)

    def _count_frames(self, start: int, end: int) -> int:
        """Audio frames between start and end, hopping from header to header."""
        self._fh.flush()
        frames, pos = 0, start
        while pos + 4 <= end:
            self._fh.seek(pos)
            info = frame_info(self._fh.read(4))
            if info is None:
                break
            frames += 1
            pos += info[0]
        return frames


@lru_cache(maxsize=16)
def encoder_gain_db(sample_rate: int, channels: int, bitrate_kbps: int) -> float:
    """The level change LAME applies at this bit rate, in dB (measured once on a tone, then cached).

    LAME's bit-rate presets scale the input down (x0.95 up to 160 kb/s, -0.45 dB; x0.97 at 192 kb/s), so an
    MP3 plays quieter than the audio it was made from; callers aim that much higher to land on their target.
    0.0 when it cannot be measured (no MP3 decoder in libsndfile).
    """
    import io

    import soundfile as sf

    t = np.arange(sample_rate) / sample_rate
    tone = np.repeat((0.25 * np.sin(2 * np.pi * 997 * t))[:, None], channels, axis=1).astype(np.float32)
    buf = io.BytesIO()
    stream = Mp3Stream(buf, sample_rate, channels, bitrate_kbps)
    stream.write(tone)
    stream.close()
    buf.seek(0)
    try:
        decoded, _rate = sf.read(buf, dtype="float32", always_2d=True)
    except Exception:  # pragma: no cover - libsndfile without MP3
        return 0.0
    middle = slice(sample_rate // 4, 3 * sample_rate // 4)
    if len(decoded) < middle.stop:
        return 0.0
    ratio = float(np.sqrt(np.mean(decoded[middle] ** 2) / np.mean(tone[middle] ** 2)))
    return round(20 * math.log10(ratio), 3) if ratio > 0 else 0.0
