"""Work behind the Transcribe and Listen screens: the app-level transcription queue and take playback.

Kept apart from the screens so both can use them and the screen modules stay small.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from textual.app import App

from studio.audio import io
from studio.audio.play import Player
from studio.errors import StudioError
from studio.i18n import _
from studio.progress import Cancelled, Progress
from studio.transcribe.workshop import transcribe_take


# -- the queue (app level) ---------------------------------------------------------------------------
@dataclass
class Job:
    take_id: str
    status: str = "waiting"
    progress: float = 0.0
    error: str = ""


class TranscribeQueue:
    """Takes waiting for transcription, worked through one at a time by an app-level thread worker."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.cancel = threading.Event()
        self.running = False
        self.language = "auto"
        self.model: str | None = None
        self.version = 0  # bumped on every change, so views know when to refresh

    @classmethod
    def of(cls, app: App[Any]) -> TranscribeQueue:
        queue = getattr(app, "transcribe_queue", None)
        if queue is None:
            queue = cls(app)
            app.transcribe_queue = queue  # type: ignore[attr-defined]
        return queue

    def add(self, take_ids: list[str]) -> None:
        with self.lock:
            for take_id in take_ids:
                job = self.jobs.get(take_id)
                if job is None or job.status in ("done", "failed", "cancelled"):
                    self.jobs[take_id] = Job(take_id)
            self.version += 1
            start = not self.running
            self.running = True
        if start:
            self.cancel.clear()
            self.app.run_worker(self._work, thread=True, group="transcription", exit_on_error=False)

    def stop(self) -> None:
        self.cancel.set()

    def _next(self) -> Job | None:
        with self.lock:
            job = next((j for j in self.jobs.values() if j.status == "waiting"), None)
            if job is None:
                self.running = False
            else:
                job.status = "running"
                self.version += 1
            return job

    def _work(self) -> None:
        while (job := self._next()) is not None:
            workshop = getattr(self.app, "workshop", None)
            if workshop is None or self.cancel.is_set():
                job.status = "cancelled"
                continue

            def listener(_stage: object, fraction: float, job: Job = job) -> None:
                job.progress = fraction
                self.version += 1

            try:
                transcribe_take(workshop, job.take_id, self.model, self.language,
                                progress=Progress(listener, event=self.cancel))
                job.status, job.progress = "done", 1.0
            except Cancelled:
                job.status = "cancelled"
            except StudioError as e:
                job.status, job.error = "failed", e.one_line()
            except Exception as e:  # a worker must not die silently: show it on the row
                job.status, job.error = "failed", f"{type(e).__name__}: {e}"
            self.version += 1
            if job.status == "done":
                self.app.call_from_thread(self.app.notify, _("Transcript of {id} ready").format(id=job.take_id))
        self.cancel.clear()

    def state(self, take_id: str) -> Job | None:
        return self.jobs.get(take_id)


# -- playback clock --------------------------------------------------------------------------------
class Playback:
    """Plays a take from a position through the app's `studio.audio.play.Player`, whose playhead the
    transcript follows. Without a sound device the position follows the clock instead, so reading along
    still works (a notice says there is no sound)."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.data: Any = None
        self.rate = 0
        self.take_id = ""
        self.started_at = 0.0
        self.offset_s = 0.0
        self.playing = False
        self.duration_s = 0.0
        self.sound = True
        self.player: Any = None

    def load(self, path: Any, take_id: str) -> None:
        self.stop()

        self.data, self.rate = io.read(path)
        self.take_id = take_id
        self.duration_s = len(self.data) / self.rate if self.rate else 0.0
        self.offset_s = 0.0

    def _player_live(self) -> bool:
        return self.player is not None and getattr(self.app, "player", None) is self.player

    @property
    def position_s(self) -> float:
        if not self.playing:
            return self.offset_s
        if self._player_live():
            if not self.player.is_active:  # finished
                self.playing = False
                self.offset_s = self.duration_s
            return min(self.player.position_s, self.duration_s)
        if self.player is not None:  # something else took the sound over: stop following it
            self.player = None
            self.playing = False
            return self.offset_s
        pos = self.offset_s + time.monotonic() - self.started_at
        if pos >= self.duration_s:
            self.playing = False
            self.offset_s = self.duration_s
            return self.duration_s
        return pos

    def play(self, from_s: float | None = None) -> None:
        if self.data is None:
            return
        if from_s is not None:
            self.offset_s = max(0.0, min(from_s, self.duration_s))
        if self.offset_s >= self.duration_s:
            self.offset_s = 0.0
        self.started_at = time.monotonic()
        self.playing = True
        if not self.sound:
            return
        try:
            stop_app_player = getattr(self.app, "stop_playback", None)
            if stop_app_player:
                stop_app_player()
            player = Player()
            player.play(self.data, self.rate, start_s=self.offset_s)
            self.player = player
            self.app.player = player  # type: ignore[attr-defined]
        except Exception as e:  # no sound (no PortAudio, no device): the clock still runs
            self.player = None
            self.sound = False
            message = e.one_line() if isinstance(e, StudioError) else _("Playback is not available here")
            self.app.notify(message, severity="warning")

    def pause(self) -> None:
        self.offset_s = self.position_s
        self.playing = False
        self._stop_sound()

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def _stop_sound(self) -> None:
        if self._player_live():
            stop = getattr(self.app, "stop_playback", None)
            if stop:
                stop()
        self.player = None

    def stop(self) -> None:
        self.pause()
        self.offset_s = 0.0
