"""Crash-safe take files: a growing WAV whose header stays valid (switching to RF64), header repair, recovery."""

from __future__ import annotations

import json
import os
import stat
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from studio.errors import StudioError
from studio.i18n import _
from studio.project.atomic import atomic_write_json, fsync_dir
from studio.project.confine import safe_id
from studio.project.media import allocate_take_id, sha256_file
from studio.project.model import Marker, Take, Workshop, now_iso
from studio.project.store import save_workshop

RECORDING_DIR = "recording"
JOURNAL_SUFFIX = ".journal.json"
RIFF_LIMIT_BYTES = 0xFFFF_FFFF
#: Switch to RF64 well before the 4 GiB a RIFF size field can hold.
DEFAULT_RF64_THRESHOLD_BYTES = 4 * 1024**3 - 64 * 1024**2
SUBTYPES = {"PCM_16": 2, "PCM_24": 3}

# Header written by GrowingWav (80 bytes): RIFF, a 28-byte JUNK chunk that becomes `ds64` when the file
# passes the threshold (EBU Tech 3306 way), a PCM `fmt ` chunk, then `data`.
_HEADER_BYTES = 80
_DS64_AT = 12
_DATA_SIZE_AT = 76


class GrowingWav:
    """Append PCM frames to a WAV file; after every write the header describes exactly the data on disk.

    `fsync_interval_s` bounds what a power loss can cost; a killed process loses nothing already written.
    """

    def __init__(self, path: Path, sample_rate: int, channels: int, subtype: str = "PCM_24",
                 rf64_threshold_bytes: int = DEFAULT_RF64_THRESHOLD_BYTES) -> None:
        if subtype not in SUBTYPES:
            raise ValueError(subtype)
        self.path = path
        self.sample_rate = sample_rate
        self.channels = channels
        self.sample_bytes = SUBTYPES[subtype]
        self.block_align = self.sample_bytes * channels
        self.rf64_threshold_bytes = rf64_threshold_bytes
        self.is_rf64 = False
        self.data_bytes = 0
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        os.pwrite(self._fd, self._header(), 0)
        os.fsync(self._fd)
        fsync_dir(path.parent)  # the file itself must survive a power loss, not only its data

    @property
    def frames(self) -> int:
        return self.data_bytes // self.block_align

    def _header(self) -> bytes:
        return wav_header(self.sample_rate, self.channels, self.sample_bytes, self.data_bytes, self.is_rf64)

    def encode(self, block: np.ndarray) -> bytes:
        return pcm_bytes(block, self.sample_bytes)

    def write(self, block: np.ndarray) -> None:
        """Write float32 frames (frames, channels). On OSError nothing past the last full write is counted."""
        data = self.encode(block)
        if not data:
            return
        if not self.is_rf64 and _HEADER_BYTES + self.data_bytes + len(data) > self.rf64_threshold_bytes:
            self.is_rf64 = True
            os.pwrite(self._fd, self._header(), 0)
        offset = _HEADER_BYTES + self.data_bytes
        written = 0
        try:
            while written < len(data):
                written += self._pwrite(data[written:], offset + written)
        except OSError:
            # keep whole frames only, and a header that says so
            self.data_bytes += (written // self.block_align) * self.block_align
            self._truncate_and_update()
            raise
        self.data_bytes += len(data)
        self.update_header()

    def _pwrite(self, data: bytes, offset: int) -> int:
        return os.pwrite(self._fd, data, offset)

    def update_header(self) -> None:
        if self.is_rf64:
            os.pwrite(self._fd, self._header()[:_HEADER_BYTES], 0)
        else:  # two small in-place writes: RIFF size, then data size
            os.pwrite(self._fd, struct.pack("<I", _HEADER_BYTES - 8 + self.data_bytes), 4)
            os.pwrite(self._fd, struct.pack("<I", self.data_bytes), _DATA_SIZE_AT)

    def _truncate_and_update(self) -> None:
        try:
            os.ftruncate(self._fd, _HEADER_BYTES + self.data_bytes)
            self.update_header()
        except OSError:
            pass

    def sync(self) -> None:
        os.fdatasync(self._fd)

    def close(self) -> None:
        if self._fd < 0:
            return
        try:
            self._truncate_and_update()
            try:
                os.fsync(self._fd)
            except OSError:
                pass
        finally:
            os.close(self._fd)
            self._fd = -1


def pcm_bytes(block: np.ndarray, sample_bytes: int) -> bytes:
    """Little-endian signed PCM from float32 in [-1, 1] (clipped), 16 or 24 bits."""
    x = np.asarray(block, dtype=np.float32).reshape(-1)
    if sample_bytes == 2:
        return np.clip(np.rint(x * 32768.0), -32768, 32767).astype("<i2").tobytes()
    ints = np.clip(np.rint(x * 8388608.0), -8388608, 8388607).astype("<i4")
    return ints.view(np.uint8).reshape(-1, 4)[:, :3].tobytes()


def wav_header(sample_rate: int, channels: int, sample_bytes: int, data_bytes: int, rf64: bool) -> bytes:
    block_align = sample_bytes * channels
    fmt = struct.pack("<HHIIHH", 1, channels, sample_rate, sample_rate * block_align, block_align,
                      8 * sample_bytes)
    frames = data_bytes // block_align
    riff_bytes = _HEADER_BYTES - 8 + data_bytes
    if rf64:
        head = b"RF64" + struct.pack("<I", RIFF_LIMIT_BYTES) + b"WAVE"
        ds64 = b"ds64" + struct.pack("<IQQQI", 28, riff_bytes, data_bytes, frames, 0)
        data = b"data" + struct.pack("<I", RIFF_LIMIT_BYTES)
    else:
        head = b"RIFF" + struct.pack("<I", riff_bytes) + b"WAVE"
        ds64 = b"JUNK" + struct.pack("<I", 28) + bytes(28)
        data = b"data" + struct.pack("<I", data_bytes)
    header = head + ds64 + b"fmt " + struct.pack("<I", 16) + fmt + data
    assert len(header) == _HEADER_BYTES
    return header


@dataclass
class WavLayout:
    sample_rate: int
    channels: int
    sample_bytes: int
    format_tag: int
    data_offset: int
    header_data_bytes: int  # what the header claims (0xFFFFFFFF or ds64 value in RF64)
    file_bytes: int

    @property
    def block_align(self) -> int:
        return self.sample_bytes * self.channels

    @property
    def frames_on_disk(self) -> int:
        return max(0, self.file_bytes - self.data_offset) // self.block_align


def read_layout(path: Path) -> WavLayout:
    """Parse the chunks of a (possibly unfinished) WAV or RF64 file, trusting the file size over sizes."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:4] not in (b"RIFF", b"RF64") or head[8:12] != b"WAVE":
            raise ValueError("not a WAV file")
        pos = 12
        fmt: tuple[int, ...] | None = None
        ds64_data: int | None = None
        while pos + 8 <= size:
            f.seek(pos)
            cid, csize = struct.unpack("<4sI", f.read(8))
            if cid == b"ds64":
                ds64_data = struct.unpack("<QQ", f.read(16))[1]
            elif cid == b"fmt ":
                fmt = struct.unpack("<HHIIHH", f.read(16))
            elif cid == b"data":
                if fmt is None:
                    raise ValueError("no fmt chunk before data")
                claimed = ds64_data if (csize == RIFF_LIMIT_BYTES and ds64_data is not None) else csize
                tag, channels, rate, _bps, _align, bits = fmt
                if channels < 1 or bits % 8 or bits == 0:
                    raise ValueError("unsupported format")
                return WavLayout(rate, channels, bits // 8, tag, pos + 8, claimed, size)
            pos += 8 + csize + (csize & 1)
    raise ValueError("no data chunk")


def fix_header(path: Path, rf64_threshold_bytes: int = DEFAULT_RF64_THRESHOLD_BYTES) -> int:
    """Make the header of a WAV/RF64 file match the whole frames on disk; returns the frame count.

    Only files with Antenne's 80-byte layout are rewritten fully; for others the RIFF and data sizes are
    patched when they fit in 32 bits.
    """
    layout = read_layout(path)
    frames = layout.frames_on_disk
    data_bytes = frames * layout.block_align
    with open(path, "r+b") as f:
        f.truncate(layout.data_offset + data_bytes)
        if layout.data_offset == _HEADER_BYTES and layout.format_tag == 1:
            rf64 = _HEADER_BYTES + data_bytes > rf64_threshold_bytes
            f.seek(0)
            f.write(wav_header(layout.sample_rate, layout.channels, layout.sample_bytes, data_bytes, rf64))
        elif layout.data_offset + data_bytes <= RIFF_LIMIT_BYTES:
            f.seek(4)
            f.write(struct.pack("<I", layout.data_offset - 8 + data_bytes))
            f.seek(layout.data_offset - 4)
            f.write(struct.pack("<I", data_bytes))
        f.flush()
        os.fsync(f.fileno())
    return frames


# -- journal ---------------------------------------------------------------------------------------


@dataclass
class Journal:
    """`recording/<take id>.journal.json`: present while a take is being recorded."""

    take_id: str
    participant: str
    sample_rate: int
    channels: int
    started: str
    subtype: str = "PCM_24"
    device: str = ""
    markers: list[dict[str, Any]] = field(default_factory=list)
    pid: int = 0  # the recording process, so a take being recorded right now is never "recovered"
    host: str = ""

    def save(self, folder: Path) -> None:
        atomic_write_json(journal_path(folder, self.take_id), self.__dict__)

    @classmethod
    def load(cls, path: Path) -> Journal:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except RecursionError as e:
            raise ValueError("nested too deeply") from e
        if not isinstance(data, dict):
            raise ValueError("not a journal")
        names = set(cls.__dataclass_fields__)
        journal = cls(**{k: v for k, v in data.items() if k in names})
        # The journal is untrusted like the workshop file: its take id names files (recording/, media/).
        if not safe_id(journal.take_id) or path.name != f"{journal.take_id}{JOURNAL_SUFFIX}":
            raise ValueError("the take id does not match the journal's name")
        if not isinstance(journal.participant, str) or not isinstance(journal.markers, list):
            raise ValueError("wrong field types")
        import math

        for m in journal.markers:
            t = m.get("time_s", 0.0) if isinstance(m, dict) else None
            if isinstance(t, bool) or not isinstance(t, (int, float)) or not math.isfinite(t):
                raise ValueError("wrong marker")
        if any(isinstance(v, bool) or not isinstance(v, int) for v in (journal.sample_rate, journal.channels)):
            raise ValueError("wrong field types")
        return journal


def this_host() -> str:
    import socket

    return socket.gethostname()


def is_live(journal: Journal, audio: Path, fresh_s: float = 10.0) -> bool:
    """True when the take is still being recorded by a running process on this computer."""
    import time

    if not journal.pid or journal.host != this_host():
        return False
    try:
        os.kill(journal.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:
        return time.time() - audio.stat().st_mtime < fresh_s
    except OSError:
        return False


def recording_dir(workshop_path: Path) -> Path:
    return workshop_path / RECORDING_DIR


def journal_path(workshop_path: Path, take_id: str) -> Path:
    return recording_dir(workshop_path) / f"{take_id}{JOURNAL_SUFFIX}"


def wav_path(workshop_path: Path, take_id: str) -> Path:
    return recording_dir(workshop_path) / f"{take_id}.wav"


def reserve_take_id(workshop: Workshop) -> str:
    """A take id not used by a registered take, an unfinished one, or a file in media/."""
    return allocate_take_id(workshop)  # also sees takes another process registered meanwhile


def finish_take(workshop: Workshop, journal: Journal, source: Path, origin: str = "record") -> Take:
    """Move a finished take file into media/ (read-only) and register it; the journal goes last."""
    rel = f"media/{journal.take_id}.wav"
    dest = workshop.path / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    layout = read_layout(source)
    frames = min(layout.frames_on_disk, layout.header_data_bytes // layout.block_align)
    os.chmod(source, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    os.replace(source, dest)
    take = Take(
        id=journal.take_id,
        participant=journal.participant,
        file=rel,
        sha256=sha256_file(dest),
        duration_s=round(frames / layout.sample_rate, 3),
        sample_rate=layout.sample_rate,
        channels=layout.channels,
        origin=origin,
        created=journal.started or now_iso(),
        markers=[Marker(time_s=float(m.get("time_s", 0.0)), name=str(m.get("name", "")))
                 for m in journal.markers],
    )
    workshop.takes.append(take)
    try:
        save_workshop(workshop)
    except BaseException:
        workshop.takes.remove(take)
        raise
    journal_path(workshop.path, journal.take_id).unlink(missing_ok=True)
    return take


# -- recovery --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnfinishedTake:
    """A take whose recording did not end cleanly (crash, power loss, killed process)."""

    take_id: str
    participant: str
    started: str
    path: Path  # the audio file (in recording/, or already in media/ when only registration is missing)
    duration_s: float  # what can be recovered
    journal: Path


def find_unfinished(workshop: Workshop) -> list[UnfinishedTake]:
    """Unfinished takes of a workshop, oldest first (journal present, take not registered).

    A take that a running process is recording right now is not listed.
    """
    folder = recording_dir(workshop.path)
    found: list[UnfinishedTake] = []
    if not folder.is_dir():
        return found
    for jpath in sorted(folder.glob(f"*{JOURNAL_SUFFIX}")):
        try:
            journal = Journal.load(jpath)
        except (OSError, ValueError, TypeError):
            continue
        audio = wav_path(workshop.path, journal.take_id)
        if is_live(journal, audio):
            continue  # being recorded right now (this app, or `antenne record` in another terminal)
        if not audio.exists():
            audio = workshop.path / "media" / f"{journal.take_id}.wav"
        duration = 0.0
        try:
            layout = read_layout(audio)
            duration = layout.frames_on_disk / layout.sample_rate
        except (OSError, ValueError, struct.error):
            if not audio.exists() and any(t.id == journal.take_id for t in workshop.takes):
                duration = -1.0  # already registered: only the journal is left
        found.append(UnfinishedTake(journal.take_id, journal.participant, journal.started, audio,
                                    round(duration, 3), jpath))
    return found


@dataclass(frozen=True)
class Recovered:
    take_id: str
    participant: str
    duration_s: float
    status: str  # "recovered", "already registered", "empty", "unreadable"


def recover(workshop: Workshop) -> list[Recovered]:
    """Finalise every unfinished take: fix the header from the file size, move it to media/, register it."""
    results: list[Recovered] = []
    for item in find_unfinished(workshop):
        journal = Journal.load(item.journal)
        registered = next((t for t in workshop.takes if t.id == item.take_id), None)
        if registered is not None:
            item.journal.unlink(missing_ok=True)
            results.append(Recovered(item.take_id, journal.participant, registered.duration_s,
                                     "already registered"))
            continue
        try:
            if item.path.parent.name == RECORDING_DIR:
                os.chmod(item.path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
            else:  # already moved into media/: make it writable just long enough to fix the header
                os.chmod(item.path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
            frames = fix_header(item.path)
        except (OSError, ValueError, struct.error):
            results.append(Recovered(item.take_id, journal.participant, 0.0, "unreadable"))
            continue
        if frames == 0:
            item.path.unlink(missing_ok=True)
            item.journal.unlink(missing_ok=True)
            results.append(Recovered(item.take_id, journal.participant, 0.0, "empty"))
            continue
        try:
            take = finish_take(workshop, journal, item.path)
        except OSError as e:
            raise StudioError(
                _("Take {id} could not be recovered: {error}").format(id=item.take_id, error=e.strerror or e),
                _("Check that the workshop folder is writable and the disk is not full, then run recover again"),
            ) from e
        results.append(Recovered(take.id, take.participant, take.duration_s, "recovered"))
    return results
