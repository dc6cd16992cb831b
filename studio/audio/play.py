"""Playback through sounddevice: a `Player` for a take, a selection or an episode, with a followable playhead.

The PortAudio callback only copies the next frames of the array into the output buffer (or silence when
paused); the UI polls `position_s` on a timer. pause/resume/seek/stop are safe from any thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from studio.audio import dsp
from studio.audio.devices import sounddevice_module
from studio.errors import DeviceError
from studio.i18n import _


class Player:
    """Plays one float32 (frames, channels) array at a time on an output device."""

    def __init__(self, device: int | str | None = None, blocksize: int = 1024) -> None:
        self.device = device
        self.blocksize = blocksize
        self._lock = threading.Lock()
        self._data = np.zeros((0, 1), dtype=np.float32)
        self._rate = 48_000
        self._pos = 0
        self._paused = False
        self._stream: Any = None
        self._done = threading.Event()
        self._done.set()
        self.on_finished: Callable[[], None] | None = None
        self.offset_s = 0.0  # where the array starts in the caller's timeline (e.g. a selection's start)

    # ---- state ---------------------------------------------------------------------------------------
    @property
    def duration_s(self) -> float:
        return len(self._data) / self._rate if self._rate else 0.0

    @property
    def position_s(self) -> float:
        """Seconds into the array that have been handed to the device (offset_s added)."""
        return self.offset_s + self._pos / self._rate

    @property
    def is_playing(self) -> bool:
        return self._stream is not None and not self._done.is_set() and not self._paused

    @property
    def is_paused(self) -> bool:
        return self._paused and not self._done.is_set()

    @property
    def is_active(self) -> bool:
        """Playing or paused (not stopped or finished)."""
        return self._stream is not None and not self._done.is_set()

    # ---- audio callback: copies only -------------------------------------------------------------
    def _callback(self, outdata: np.ndarray, frames: int, time: Any, status: Any) -> None:
        with self._lock:
            if self._paused:
                outdata.fill(0)
                return
            chunk = self._data[self._pos: self._pos + frames]
            n = len(chunk)
            outdata[:n] = chunk
            if n < frames:
                outdata[n:] = 0
            self._pos += n
            finished = self._pos >= len(self._data)
        if finished:
            import sounddevice as sd

            raise sd.CallbackStop

    def _finished(self) -> None:
        self._done.set()
        callback = self.on_finished
        if callback is not None:
            try:
                callback()
            except Exception:
                pass

    # ---- control ---------------------------------------------------------------------------------
    def play(self, data: np.ndarray, sample_rate: int, start_s: float = 0.0, offset_s: float = 0.0) -> None:
        """Start playing `data` from `start_s` (stopping whatever was playing). Raises DeviceError."""
        sd = sounddevice_module()
        self.stop()
        data = dsp.as_frames(data)
        try:
            info = sd.query_devices(self.device, kind="output")
        except Exception as e:
            raise DeviceError(
                _("No audio output device was found, so playback is unavailable"),
                _("Plug in headphones or speakers, or start the sound server (PulseAudio or PipeWire)"),
            ) from e
        max_channels = int(info.get("max_output_channels", 2) or 2)
        channels = min(data.shape[1], max_channels) if max_channels else data.shape[1]
        data = np.ascontiguousarray(dsp.match_channels(data, channels), dtype=np.float32)
        with self._lock:
            self._data = data
            self._rate = int(sample_rate)
            self._pos = max(0, min(len(data), int(start_s * sample_rate)))
            self._paused = False
            self.offset_s = offset_s
        self._done.clear()
        try:
            stream = sd.OutputStream(
                samplerate=sample_rate, channels=channels, dtype="float32", device=self.device,
                blocksize=self.blocksize, callback=self._callback, finished_callback=self._finished,
            )
            stream.start()
        except Exception as e:
            self._done.set()
            raise DeviceError(
                _("The audio output could not be opened: {error}").format(error=e),
                _("Check that headphones or speakers are connected and not used by another program"),
            ) from e
        self._stream = stream

    def pause(self) -> None:
        with self._lock:
            self._paused = True

    def resume(self) -> None:
        with self._lock:
            self._paused = False

    def toggle_pause(self) -> None:
        with self._lock:
            self._paused = not self._paused

    def seek(self, t_s: float) -> None:
        """Jump to `t_s` seconds of the caller's timeline (offset_s taken into account)."""
        with self._lock:
            self._pos = max(0, min(len(self._data), int((t_s - self.offset_s) * self._rate)))

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except Exception:
                pass
        self._done.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until playback ends; True when it did."""
        return self._done.wait(timeout)

    def close(self) -> None:
        self.stop()
