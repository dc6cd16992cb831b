"""Record a take: PortAudio input -> queue -> writer thread -> crash-safe WAV, with levels, markers, disk checks."""

from __future__ import annotations

import math
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from studio.audio.devices import input_devices, sounddevice_module
from studio.audio.recover import (
    DEFAULT_RF64_THRESHOLD_BYTES,
    SUBTYPES,
    GrowingWav,
    Journal,
    finish_take,
    journal_path,
    recording_dir,
    reserve_take_id,
    this_host,
    wav_path,
)
from studio.errors import DeviceError, InvalidInput, NotFound, StudioError
from studio.i18n import _
from studio.project.model import Take, Workshop, now_iso
from studio.project.store import workshop_lock

PREFERRED_RATE = 48_000
CLIP_LEVEL = 0.999  # |sample| at or above this counts as clipped
SILENCE_DBFS = -120.0
LEVELS_INTERVAL_S = 0.02  # publish with every block group (25-40 Hz), at most 50 Hz
SYNC_INTERVAL_S = 1.0  # fdatasync at least this often: a power loss costs at most about a second
DISK_CHECK_INTERVAL_S = 1.0
LOW_DISK_WARNING_S = 10 * 60  # warn when less than this much recording time is left
DISK_RESERVE_BYTES = 32 * 1024**2  # stop cleanly before the disk is completely full
SILENT_DEVICE_TIMEOUT_S = 3.0  # no audio for this long while running: the device is gone


def dbfs(value: float) -> float:
    return 20.0 * math.log10(value) if value > 1e-6 else SILENCE_DBFS


@dataclass(frozen=True)
class Levels:
    """The latest meter values, as the UI polls them (all levels in dBFS, per channel)."""

    peak_dbfs: tuple[float, ...] = ()
    rms_dbfs: tuple[float, ...] = ()
    clip_count: int = 0  # clipped samples since the start
    overflows: int = 0  # input overflows reported by PortAudio (frames dropped before we saw them)
    state: str = "idle"  # idle, recording, paused (stream open, nothing written), stopped
    recorded_s: float = 0.0  # audio written to the take
    seconds_left: float | None = None  # recording time left on the disk
    low_disk: bool = False
    message: str = ""  # why the take ended by itself (disk full, device gone), translated
    updated: float = 0.0  # time.monotonic() of this update

    @property
    def peak_max_dbfs(self) -> float:
        return max(self.peak_dbfs, default=SILENCE_DBFS)

    @property
    def rms_max_dbfs(self) -> float:
        return max(self.rms_dbfs, default=SILENCE_DBFS)


class LatestLevels:
    """Thread-safe holder of the latest Levels: the writer thread publishes, the UI polls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._levels = Levels()
        self.count = 0  # how many times levels were published

    def publish(self, levels: Levels) -> None:
        with self._lock:
            self._levels = levels
            self.count += 1

    def get(self) -> Levels:
        with self._lock:
            return self._levels


def resolve_input_device(spec: str | int | None) -> int | None:
    """An input device from an index or a case-insensitive name substring; None means the default."""
    if spec is None or spec == "":
        return None
    devices = input_devices()
    text = str(spec).strip()
    if text.isdigit():
        index = int(text)
        if any(d.index == index for d in devices):
            return index
        raise NotFound(_("No input device with number {index}").format(index=index),
                       _("See the list with: antenne devices"))
    matches = [d for d in devices if text.casefold() in d.name.casefold()]
    exact = [d for d in matches if d.name.casefold() == text.casefold()]
    if exact:
        return exact[0].index
    if len(matches) == 1:
        return matches[0].index
    if not matches:
        raise NotFound(_("No input device named {name}").format(name=text), _("See the list with: antenne devices"))
    raise InvalidInput(
        _("Several input devices match {name}: {names}").format(
            name=text, names=", ".join(f"{d.index} {d.name}" for d in matches)),
        _("Give the device number instead"),
    )


def choose_format(sd: Any, device: int | None, channels: int) -> tuple[int, int]:
    """(sample rate, channels) the device accepts: 48 kHz when it can, else its own default rate."""
    try:
        info = sd.query_devices(device, "input")
    except Exception as e:
        raise DeviceError(_("The input device cannot be used: {error}").format(error=e),
                          _("See the list with: antenne devices")) from e
    channels = max(1, min(channels, int(info["max_input_channels"]) or 1))
    for rate in (PREFERRED_RATE, int(info["default_samplerate"])):
        try:
            sd.check_input_settings(device=device, channels=channels, dtype="float32", samplerate=rate)
            return rate, channels
        except Exception:
            continue
    raise DeviceError(_("The input device refuses to record at {rate} Hz").format(rate=PREFERRED_RATE),
                      _("Choose another device (antenne devices)"))


class Recorder:
    """One take being recorded. `start()`, then `pause()`/`resume()`/`mark()`, then `stop()` -> Take.

    The PortAudio callback only copies blocks into a queue. A writer thread computes levels, writes the
    crash-safe file and checks the disk. The take can also end by itself (max duration, disk full, device
    gone): `finished` becomes true and `levels().message` says why; `stop()` still registers what was kept.
    """

    def __init__(
        self,
        workshop: Workshop,
        participant: str,
        *,
        device: int | str | None = None,
        channels: int = 1,
        max_seconds: float | None = None,
        subtype: str = "PCM_24",
        rf64_threshold_bytes: int = DEFAULT_RF64_THRESHOLD_BYTES,
        disk_reserve_bytes: int = DISK_RESERVE_BYTES,
        low_disk_warning_s: float = LOW_DISK_WARNING_S,
        start_paused: bool = False,
        stream_factory: Callable[..., Any] | None = None,
        free_bytes: Callable[[Path], int] | None = None,
        live_factory: Callable[[int, int], Any] | None = None,
    ) -> None:
        person = workshop.require_recording_consent(participant)
        self.workshop = workshop
        self.participant = person.name
        self.device_spec = device
        self.requested_channels = channels
        self.max_seconds = max_seconds
        self.subtype = subtype
        self.rf64_threshold_bytes = rf64_threshold_bytes
        self.disk_reserve_bytes = disk_reserve_bytes
        self.low_disk_warning_s = low_disk_warning_s
        self._start_paused = start_paused
        self._stream_factory = stream_factory
        self._free_bytes = free_bytes or (lambda p: shutil.disk_usage(p).free)
        self._live_factory = live_factory  # (sample rate, channels) -> a started LiveTranscriber
        self._live_broken = False
        self.live: Any = None  # gets every written block from the writer thread (never from the callback)
        self.latest = LatestLevels()
        self.take_id = ""
        self.sample_rate = 0
        self.channels = 0
        self.path: Path | None = None
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue()
        self._stream: Any = None
        self._writer: GrowingWav | None = None
        self._journal: Journal | None = None
        self._thread: threading.Thread | None = None
        self._paused = threading.Event()
        self._stopping = threading.Event()
        self._finished = threading.Event()
        self._lock = threading.Lock()
        self._stop_lock = threading.Lock()
        self._overflows = 0
        self._callback_frames = 0
        self._stream_ended = False
        self._message = ""
        self._take: Take | None = None
        self._discarded = False

    # -- life cycle ----------------------------------------------------------------------------
    def start(self) -> Recorder:
        sd = None if self._stream_factory else sounddevice_module()
        device: int | str | None = self.device_spec
        if sd is not None:
            device = resolve_input_device(self.device_spec)
            self.sample_rate, self.channels = choose_format(sd, device, self.requested_channels)
        else:
            self.sample_rate, self.channels = PREFERRED_RATE, max(1, self.requested_channels)
        folder = recording_dir(self.workshop.path)
        folder.mkdir(parents=True, exist_ok=True)
        bytes_per_s = self._bytes_per_second()
        free = self._free_bytes(folder)
        if free - self.disk_reserve_bytes < 10 * bytes_per_s:
            raise StudioError(
                _("The disk is full: there is no room to record"),
                _("Free some space (at least {mb} MB) and try again").format(
                    mb=math.ceil((self.disk_reserve_bytes + 60 * bytes_per_s) / 1024**2)),
            )
        device_name = ""
        if sd is not None:
            try:
                device_name = str(sd.query_devices(device, "input")["name"])
            except Exception:
                device_name = ""

        with workshop_lock(self.workshop.path):  # an import running meanwhile never gets the same id
            self.take_id = reserve_take_id(self.workshop)
            self.path = wav_path(self.workshop.path, self.take_id)
            self._journal = Journal(self.take_id, self.participant, self.sample_rate, self.channels, now_iso(),
                                    self.subtype, device_name, pid=os.getpid(), host=this_host())
            self._journal.save(self.workshop.path)
        self._writer = GrowingWav(self.path, self.sample_rate, self.channels, self.subtype,
                                  self.rf64_threshold_bytes)
        if self._start_paused:
            self._paused.set()
        if self._live_factory is not None:
            try:
                self.live = self._live_factory(self.sample_rate, self.channels)
            except Exception:
                self.live = None  # the take is recorded anyway, and transcribed after the stop
        kwargs = dict(device=device, samplerate=self.sample_rate, channels=self.channels, dtype="float32",
                      latency="high", blocksize=self.sample_rate // 40, callback=self._callback,
                      finished_callback=self._stream_finished)
        try:
            factory = self._stream_factory or sd.InputStream  # type: ignore[union-attr]
            self._stream = factory(**kwargs)
        except Exception as e:
            self._abandon()
            raise DeviceError(_("The microphone could not be opened: {error}").format(error=e),
                              _("Check it is plugged in, or choose another device (antenne devices)")) from e
        self._thread = threading.Thread(target=self._write_loop, name=f"record-{self.take_id}", daemon=True)
        self._thread.start()
        try:
            self._stream.start()
        except Exception as e:
            self._stopping.set()
            self._queue.put(None)
            self._thread.join()
            self._abandon()
            raise DeviceError(_("The microphone could not be started: {error}").format(error=e),
                              _("Check it is plugged in, or choose another device (antenne devices)")) from e
        return self

    def _abandon(self) -> None:
        """Undo a start that failed before any audio: no file, no journal."""
        if self.live is not None:
            try:
                self.live.cancel()
            except Exception:
                pass
        if self._writer is not None:
            self._writer.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)

        journal_path(self.workshop.path, self.take_id).unlink(missing_ok=True)

    def _bytes_per_second(self) -> int:
        return self.sample_rate * max(1, self.channels) * SUBTYPES[self.subtype]

    # -- controls ------------------------------------------------------------------------------
    def pause(self) -> None:
        self._paused.set()

    def resume(self) -> None:
        self._paused.clear()

    @property
    def paused(self) -> bool:
        return self._paused.is_set()

    @property
    def finished(self) -> bool:
        """True once the take ended by itself or was stopped."""
        return self._finished.is_set()

    @property
    def recorded_s(self) -> float:
        writer = self._writer
        return writer.frames / self.sample_rate if writer is not None and self.sample_rate else 0.0

    def levels(self) -> Levels:
        return self.latest.get()

    def mark(self, name: str = "", time_s: float | None = None) -> float:
        """Drop a named marker at the current position (or at `time_s`); returns its time in seconds."""
        at = round(self.recorded_s if time_s is None else time_s, 3)
        with self._lock:
            assert self._journal is not None
            label = name.strip() or _("Marker {n}").format(n=len(self._journal.markers) + 1)
            self._journal.markers.append({"time_s": at, "name": label})
            self._journal.save(self.workshop.path)
        return at

    @property
    def markers(self) -> list[dict[str, Any]]:
        return list(self._journal.markers) if self._journal is not None else []

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the take ends by itself (max duration, disk full, device gone)."""
        return self._finished.wait(timeout)

    def stop(self) -> Take | None:
        """Stop, finalise the file, move it into media/ and register the take (also after it ended itself).

        Returns None when not a single frame was recorded (stopped during the countdown): nothing is kept.
        """
        with self._stop_lock:
            if self._take is not None or self._discarded:
                return self._take
            self._stopping.set()
            self._close_stream()
            self._queue.put(None)
            if self._thread is not None:
                self._thread.join()
            assert self._journal is not None and self.path is not None
            with self._lock:
                if self._writer is not None and self._writer.frames == 0:
                    self._discarded = True
                    self._abandon()
                    return None
                try:
                    self._take = finish_take(self.workshop, self._journal, self.path)
                except OSError as e:
                    raise StudioError(
                        _("Take {id} is safe on disk but could not be added to the workshop: {error}").format(
                            id=self._journal.take_id, error=e.strerror or e),
                        _("Free some disk space, then reopen the workshop or run: antenne recover DIR"),
                    ) from e
            return self._take

    def _close_stream(self) -> None:
        stream = self._stream
        if stream is None:
            return
        try:
            stream.stop()
        except Exception:
            try:
                stream.abort()
            except Exception:
                pass
        try:
            stream.close()
        except Exception:
            pass

    # -- the audio callback: copy only -----------------------------------------------------------
    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        if status and getattr(status, "input_overflow", False):
            self._overflows += 1
        self._callback_frames += frames
        self._queue.put(indata.copy())

    def _stream_finished(self) -> None:
        self._stream_ended = True
        if not self._stopping.is_set():
            self._queue.put(None)

    # -- the writer thread ---------------------------------------------------------------------
    def _write_loop(self) -> None:
        writer = self._writer
        assert writer is not None
        rate = self.sample_rate
        max_frames = int(round(self.max_seconds * rate)) if self.max_seconds else None
        peak = np.zeros(self.channels, dtype=np.float32)
        sum_sq = np.zeros(self.channels, dtype=np.float64)
        window_frames = 0
        clips = 0
        last_publish = last_sync = last_disk = last_audio = time.monotonic()
        seconds_left: float | None = None
        low_disk = False
        end_message = ""
        self._publish(peak, sum_sq, 0, clips, seconds_left, low_disk, "")
        while True:
            try:
                block = self._queue.get(timeout=0.05)
            except queue.Empty:
                # when stopping, wait for the end marker: blocks may still arrive before it
                if (not self._stopping.is_set() and not self._stream_ended
                        and time.monotonic() - last_audio > SILENT_DEVICE_TIMEOUT_S):
                    end_message = _device_gone_message()
                    break
                continue
            if block is None:
                if not self._stopping.is_set():  # the stream ended without being asked: device gone
                    end_message = _device_gone_message()
                break
            now = time.monotonic()
            last_audio = now
            a = np.abs(block)
            peak = np.maximum(peak, a.max(axis=0))
            sum_sq += np.square(block, dtype=np.float64).sum(axis=0)
            window_frames += len(block)
            clips += int(np.count_nonzero(a >= CLIP_LEVEL))
            if not self._paused.is_set():
                if max_frames is not None:
                    block = block[: max(0, max_frames - writer.frames)]
                try:
                    writer.write(block)
                except OSError as e:
                    end_message = _disk_full_message(e)
                    break
                if self.live is not None and not self._live_broken:
                    self._feed_live(block)
                if max_frames is not None and writer.frames >= max_frames:
                    break
            if now - last_sync >= SYNC_INTERVAL_S:
                try:
                    writer.sync()
                except OSError as e:
                    end_message = _disk_full_message(e)
                    break
                last_sync = now
            if now - last_disk >= DISK_CHECK_INTERVAL_S:
                last_disk = now
                try:
                    free = self._free_bytes(writer.path.parent)
                except OSError:
                    free = None
                if free is not None:
                    seconds_left = max(0.0, (free - self.disk_reserve_bytes) / self._bytes_per_second())
                    low_disk = seconds_left < self.low_disk_warning_s
                    if free <= self.disk_reserve_bytes:
                        end_message = _("The disk is full: recording stopped and everything recorded was kept")
                        break
            if now - last_publish >= LEVELS_INTERVAL_S:
                self._publish(peak, sum_sq, window_frames, clips, seconds_left, low_disk, "")
                peak = np.zeros_like(peak)
                sum_sq = np.zeros_like(sum_sq)
                window_frames = 0
                last_publish = now
        # the take ends here, whatever the reason: keep everything written
        self._message = end_message
        if not self._stopping.is_set():
            self._close_stream()
        writer.close()
        if self.live is not None:
            try:
                self.live.close_input()
            except Exception:
                self._live_broken = True
        self._publish(peak, sum_sq, window_frames, clips, seconds_left, low_disk, end_message, state="stopped")
        self._finished.set()

    def _feed_live(self, block: np.ndarray) -> None:
        """Hand a written block to live transcription: a non-blocking put; any failure turns it off."""
        try:
            self.live.feed(block)
        except Exception:
            self._live_broken = True
            try:
                self.live.cancel()
            except Exception:
                pass

    def _publish(self, peak: np.ndarray, sum_sq: np.ndarray, frames: int, clips: int,
                 seconds_left: float | None, low_disk: bool, message: str, state: str | None = None) -> None:
        rms = np.sqrt(sum_sq / frames) if frames else np.zeros_like(sum_sq)
        if state is None:
            state = "paused" if self._paused.is_set() else "recording"
        self.latest.publish(Levels(
            peak_dbfs=tuple(round(dbfs(float(p)), 1) for p in peak),
            rms_dbfs=tuple(round(dbfs(float(r)), 1) for r in rms),
            clip_count=clips,
            overflows=self._overflows,
            state=state,
            recorded_s=self.recorded_s,
            seconds_left=seconds_left,
            low_disk=low_disk,
            message=message,
            updated=time.monotonic(),
        ))

    @property
    def message(self) -> str:
        return self._message

    @property
    def overflows(self) -> int:
        return self._overflows


def _device_gone_message() -> str:
    return _("The microphone stopped sending sound (unplugged?): the take was ended and kept")


def _disk_full_message(error: OSError) -> str:
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("The disk is full: recording stopped and everything recorded was kept")
    return _("Writing the take failed ({error}): recording stopped and everything recorded was kept").format(
        error=error.strerror or error)

