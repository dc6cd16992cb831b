"""Read and write audio as float32 (frames, channels): soundfile where libsndfile can, ffmpeg otherwise.

libsndfile reads WAV/RF64/FLAC/OGG/MP3 directly and in blocks. Everything else ffmpeg decodes (m4a/AAC,
webm, amr, opus in odd containers...) is streamed from an ffmpeg pipe as 32-bit float WAV, so long files
are never loaded whole unless asked. ffmpeg comes from PATH, else from the `imageio-ffmpeg` wheel.
"""

from __future__ import annotations

import functools
import os
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.errors import DecodeError, InvalidInput
from studio.i18n import N_, _
from studio.project.atomic import atomic_path
from studio.project.parts import popen

#: Files larger than this are refused outright (nothing a workshop records comes near it).
MAX_INPUT_BYTES = 8 * 1024**3
#: Decoded streams longer than this are refused (guards against absurd declared sizes).
MAX_DURATION_S = 6 * 3600
#: Sample rates outside this range are refused by every command alike (high-resolution recorders go up
#: to 384 kHz, which the loudness meter measures exactly; nothing a voice recorder or a phone makes is lower).
MIN_RATE = 4_000
MAX_RATE = 384_000
#: Float samples beyond this (+60 dBFS) are not a recording but damage; NaN and infinities likewise.
MAX_SAMPLE = 1000.0


def _check_rate(name: str, rate: int) -> None:
    if not MIN_RATE <= rate <= MAX_RATE:
        raise DecodeError(
            _("{name} has a sample rate of {rate} Hz, which Antenne does not handle ({low} to {high} Hz)").format(
                name=name, rate=rate, low=MIN_RATE, high=MAX_RATE),
            _("Convert it first, e.g. ffmpeg -i IN -ar 48000 OUT.wav"),
        )


def _check_samples(name: str, block: np.ndarray) -> None:
    """Refuse NaN, infinite or absurd samples (every command alike), instead of turning them into silence."""
    if block.size and (not np.isfinite(block).all() or float(np.abs(block).max()) > MAX_SAMPLE):
        raise DecodeError(
            _("{name} holds invalid samples (not a number, infinite or absurdly large)").format(name=name),
            _("The file is damaged; choose another recording"),
        )


@dataclass(frozen=True)
class AudioInfo:
    """What a file holds: its length, rate and channel count, and how it is read."""

    path: str
    frames: int
    sample_rate: int
    channels: int
    via: str  # "soundfile" or "ffmpeg"

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate if self.sample_rate else 0.0


@functools.lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    """The ffmpeg binary: from PATH, else the one bundled with imageio-ffmpeg."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except Exception as e:  # pragma: no cover - depends on the machine
        raise DecodeError(
            _("ffmpeg was not found"),
            _("Install ffmpeg (Debian: sudo apt-get install ffmpeg) or the imageio-ffmpeg package"),
        ) from e


def _check_input(path: Path) -> None:
    if not path.exists():
        raise InvalidInput(_("File not found: {path}").format(path=path), _("Check the path and try again"))
    if path.is_dir():
        raise InvalidInput(_("{path} is a folder, not an audio file").format(path=path))
    size = path.stat().st_size
    if size == 0:
        raise DecodeError(_("{path} is empty").format(path=path.name), _("Choose another recording"))
    if size > MAX_INPUT_BYTES:
        raise DecodeError(_("{path} is too large to be a workshop recording").format(path=path.name))


def _soundfile_info(path: Path) -> AudioInfo | None:
    import soundfile as sf

    if path.suffix.lower() == ".mp3":  # ffmpeg reads MP3 (below); libmpg123 would print warnings on stderr
        return None
    try:
        info = sf.info(str(path))
    except Exception:
        return None
    if info.frames <= 0 or info.samplerate <= 0 or info.channels <= 0:
        return None
    if info.frames > MAX_DURATION_S * info.samplerate or info.channels > 32:
        return None
    # MP3 through libsndfile: frame counts are estimates and some builds misread VBR; let ffmpeg do it.
    if info.format in ("MPEG", "MP3"):
        return None
    return AudioInfo(str(path), int(info.frames), int(info.samplerate), int(info.channels), "soundfile")


def info(path: str | os.PathLike[str]) -> AudioInfo:
    """Describe an audio file, decoding it fully with ffmpeg when libsndfile cannot read it.

    Raises DecodeError for anything that is not decodable audio (so this doubles as a validity check).
    """
    p = Path(path)
    _check_input(p)
    found = _soundfile_info(p)
    if found is not None:
        # Make sure the data really is there: read the last block (truncated files fail here).
        import soundfile as sf

        _check_rate(p.name, found.sample_rate)
        try:
            with sf.SoundFile(str(p)) as f:
                f.seek(max(0, found.frames - 1024))
                tail = f.read(1024, dtype="float32")
                is_float = f.subtype in ("FLOAT", "DOUBLE")
            if len(tail) == 0:
                raise ValueError("no data")
        except Exception:
            found = None
        else:
            if is_float:  # float files can hold NaN or absurd values: every sample is checked
                for _block, _rate in blocks(p):
                    pass
            return found
    frames = 0
    rate = channels = 0
    for block, sr in _ffmpeg_blocks(p, 1 << 16):
        frames += len(block)
        rate, channels = sr, block.shape[1]
    if frames == 0:
        raise DecodeError(
            _("{name} holds no audio that can be decoded").format(name=p.name),
            _("Check that it is a sound recording (wav, mp3, m4a, ogg, opus, flac, webm, amr)"),
        )
    return AudioInfo(str(p), frames, rate, channels, "ffmpeg")


def _read_exact(stream, n: int) -> bytes:  # type: ignore[no-untyped-def]
    chunks = []
    while n > 0:
        chunk = stream.read(n)
        if not chunk:
            break
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


#: what ffmpeg says (English, technical) -> what it means for the user (translated)
FFMPEG_REASONS = (
    ("invalid data found", N_("unknown or damaged format")),
    ("no such file", N_("the file was not found")),
    ("permission denied", N_("there is no permission to read it")),
    ("matches no streams", N_("it holds no sound track")),
    ("does not contain any stream", N_("it holds no sound track")),
    ("end of file", N_("cut short: an incomplete copy or download?")),
    ("moov atom not found", N_("cut short: an incomplete copy or download?")),
)


def ffmpeg_reason(lines: list[str]) -> str:
    """" (why)" for a decoding failure, translated from ffmpeg's error lines; "" when it is not a known one
    (ffmpeg's own English never reaches the user)."""
    text = " ".join(lines).lower()
    for needle, reason in FFMPEG_REASONS:
        if needle in text:
            return f" ({_(reason)})"
    return ""


def _ffmpeg_blocks(path: Path, block_frames: int) -> Iterator[tuple[np.ndarray, int]]:
    """Decode with ffmpeg to a float32 WAV stream and yield (block, sample_rate)."""
    cmd = [
        ffmpeg_exe(), "-nostdin", "-hide_banner", "-loglevel", "error", "-i", str(path),
        "-map", "0:a:0", "-vn", "-acodec", "pcm_f32le", "-f", "wav", "-",
    ]
    with tempfile.TemporaryFile() as err:
        proc = popen(cmd, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL)
        assert proc.stdout is not None
        try:
            header = _read_exact(proc.stdout, 12)
            if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
                proc.wait()
                err.seek(0)
                detail = [
                    line.replace(f"{path}: ", "")
                    for line in err.read().decode(errors="replace").strip().splitlines()
                ]
                raise DecodeError(
                    _("{name} cannot be decoded as audio").format(name=path.name)
                    + ffmpeg_reason(detail),
                    _("Check that it is a sound recording (wav, mp3, m4a, ogg, opus, flac, webm, amr)"),
                )
            rate = channels = 0
            while True:
                chunk_head = _read_exact(proc.stdout, 8)
                if len(chunk_head) < 8:
                    raise DecodeError(_("{name} cannot be decoded as audio").format(name=path.name))
                cid, size = chunk_head[:4], struct.unpack("<I", chunk_head[4:])[0]
                if cid == b"fmt ":
                    fmt = _read_exact(proc.stdout, size)
                    channels, rate = struct.unpack("<HI", fmt[2:8])
                elif cid == b"data":
                    break
                else:
                    _read_exact(proc.stdout, size + (size & 1))
            if not rate or not channels or channels > 32:
                raise DecodeError(_("{name} cannot be decoded as audio").format(name=path.name))
            _check_rate(path.name, rate)
            bytes_per_block = block_frames * channels * 4
            total = 0
            limit = MAX_DURATION_S * rate
            while True:
                raw = _read_exact(proc.stdout, bytes_per_block)
                usable = len(raw) - len(raw) % (channels * 4)
                if usable <= 0:
                    break
                block = np.frombuffer(raw[:usable], dtype="<f4").reshape(-1, channels)
                total += len(block)
                if total > limit:
                    raise DecodeError(_("{name} is too long to be a workshop recording").format(name=path.name))
                _check_samples(path.name, block)
                yield block.astype(np.float32, copy=True), rate
                if len(raw) < bytes_per_block:
                    break
        finally:
            proc.stdout.close()
            if proc.poll() is None:
                proc.kill()
            proc.wait()


def blocks(path: str | os.PathLike[str], block_frames: int = 1 << 16) -> Iterator[tuple[np.ndarray, int]]:
    """Yield (float32 block of shape (frames, channels), sample_rate) through the whole file."""
    p = Path(path)
    _check_input(p)
    found = _soundfile_info(p)
    if found is not None:
        import soundfile as sf

        _check_rate(p.name, found.sample_rate)

        try:
            with sf.SoundFile(str(p)) as f:
                # Integer PCM (and FLAC, A-law, mu-law) can never hold NaN or infinities; float files and
                # lossy decoders (a damaged Vorbis or MP3 stream decodes to NaN) are checked block by block.
                may_be_nonfinite = not f.subtype.startswith(("PCM_", "ULAW", "ALAW", "DPCM"))
                for block in f.blocks(blocksize=block_frames, dtype="float32", always_2d=True):
                    if may_be_nonfinite:
                        _check_samples(p.name, block)
                    yield block, found.sample_rate
            return
        except DecodeError:
            raise
        except Exception as e:
            raise DecodeError(
                _("{name} is damaged or truncated").format(name=p.name), _("Choose another recording")
            ) from e
    yield from _ffmpeg_blocks(p, block_frames)


def read(path: str | os.PathLike[str]) -> tuple[np.ndarray, int]:
    """Read a whole file as float32 (frames, channels) and its sample rate."""
    parts: list[np.ndarray] = []
    rate = 0
    for block, rate in blocks(path):  # noqa: B007 - the last block's rate is the file's
        parts.append(block)
    if not parts:
        raise DecodeError(_("{name} holds no audio that can be decoded").format(name=Path(path).name))
    return np.concatenate(parts, axis=0), rate


def write(path: str | os.PathLike[str], data: np.ndarray, sample_rate: int, subtype: str | None = None) -> Path:
    """Write float32 (frames, channels) audio atomically; the format follows the extension."""
    import soundfile as sf

    out = Path(path)
    fmt = {".wav": "WAV", ".flac": "FLAC", ".ogg": "OGG", ".mp3": "MP3"}.get(out.suffix.lower())
    if fmt is None:
        raise InvalidInput(
            _("Cannot write {ext} files").format(ext=out.suffix or "?"), _("Use .wav, .flac, .ogg or .mp3")
        )
    if fmt == "WAV" and subtype is None:
        subtype = "PCM_24"
    if fmt == "WAV" and data.size * 3 > 3.9 * 1024**3:
        fmt = "RF64"
    with atomic_path(out) as tmp:
        sf.write(str(tmp), np.asarray(data, dtype=np.float32), sample_rate, format=fmt, subtype=subtype)
    return out
