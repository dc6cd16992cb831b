"""Snapshots of every screen at 80x24, in French and in English (pytest-textual-snapshot).

What would differ between machines is fixed: the demo workshop's dates, the free disk space, whether a
microphone exists, and the playback clock (the Listen screen does not start playing). After a deliberate
change of a screen, look at the report and update with `pytest tests/test_tui_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from studio.demo import create_demo
from studio.project import load_workshop, save_workshop
from studio.tui.app import make_app

SIZE = (80, 24)
LANGUAGES = ["fr", "en"]


async def _settle(pilot: Any, condition: Callable[[], bool] | None = None, timeout_s: float = 60.0) -> None:
    """Wait until `condition` holds (workers done), then let the screen render."""
    if condition is not None:
        for _ in range(int(timeout_s / 0.1)):
            if condition():
                break
            await pilot.pause(0.1)
        else:
            raise AssertionError("the screen did not get ready in time")
    await pilot.pause(0.3)
    await pilot.wait_for_scheduled_animations()


@pytest.fixture
def steady(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same machine for every run: no microphone, 100 GB free, no sound playing."""
    import shutil
    from collections import namedtuple

    import studio.audio.devices as devices
    from studio.tui.screens import transcribe_jobs

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(devices, "recording_unavailable_reason",
                        lambda: "No microphone (audio input device) was found.")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(200 * 10**9, 100 * 10**9, 100 * 10**9))
    monkeypatch.setattr(transcribe_jobs.Playback, "play", lambda self, from_s=None: None)


def _demo(tmp_path: Path, language: str) -> Path:
    """The demo workshop with its dates fixed (they show in tables and the consent register)."""
    w = create_demo(tmp_path / "demo", language=language)
    w.date = "2026-02-06"
    for take in w.takes:
        take.created = "2026-02-06T14:30:00"
    for person in w.participants:
        for change in person.consent_log:
            change.date = "2026-02-06T14:05:00"
    save_workshop(w)
    return load_workshop(w.path).path


def _push(factory: Callable[[], Any], ready: Callable[[Any], bool] | None = None,
          keys: tuple[str, ...] = ()) -> Callable[[Any], Awaitable[None]]:
    async def run_before(pilot: Any) -> None:
        app = pilot.app
        await _settle(pilot, lambda: app.workshop is not None)
        screen = factory()
        await app.push_screen(screen)
        await _settle(pilot, (lambda: ready(screen)) if ready else None)
        if keys:
            await pilot.press(*keys)
            await _settle(pilot)

    return run_before


def _screen(name: str) -> Callable[[Any], Awaitable[None]] | None:
    from studio.tui.screens.edit import EditScreen
    from studio.tui.screens.episode import EpisodeScreen
    from studio.tui.screens.exercise import ExerciseScreen
    from studio.tui.screens.exercise_compare import CompareTakesScreen
    from studio.tui.screens.listen import ListenScreen
    from studio.tui.screens.listening import ExampleFlashScreen
    from studio.tui.screens.record import RecordScreen
    from studio.tui.screens.transcribe import TranscribeScreen

    analysed = lambda s: s.exercise is not None and len(s.analyses) == len(s.exercise.versions)  # noqa: E731

    async def workshop(pilot: Any) -> None:
        await _settle(pilot, lambda: pilot.app.workshop is not None)

    async def help_panel(pilot: Any) -> None:
        await workshop(pilot)
        await pilot.press("f1")
        await _settle(pilot)

    async def question(pilot: Any) -> None:
        await _push(lambda: ExerciseScreen("one-fact-three-headlines"), analysed)(pilot)

    async def debrief(pilot: Any) -> None:
        await question(pilot)
        pilot.app.screen.set_focus(None)
        await pilot.press("r")
        await _settle(pilot)

    screens: dict[str, Callable[[Any], Awaitable[None]] | None] = {
        "home": None,
        "workshop": workshop,
        "help": help_panel,
        "record": _push(RecordScreen, lambda s: s.unavailable_reason is not None),
        "edit": _push(EditScreen),
        "transcribe": _push(TranscribeScreen),
        "listen": _push(ListenScreen),
        "listening_example": _push(ExampleFlashScreen),
        "episode": _push(EpisodeScreen, lambda s: "LUFS" in str(s.query_one("#summary-line").render())),
        "exercise_list": _push(ExerciseScreen),
        "exercise_question": question,
        "exercise_debrief": debrief,
        "compare": _push(CompareTakesScreen),
    }
    return screens[name]


SCREENS = ["home", "workshop", "help", "record", "edit", "transcribe", "listen", "listening_example", "episode",
           "exercise_list", "exercise_question", "exercise_debrief", "compare"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SCREENS)
def test_screen_snapshot(name: str, language: str, snap_compare: Any, tmp_path: Path, steady: None,
                         framing_models: None) -> None:
    demo = _demo(tmp_path, language)
    app = make_app(None if name == "home" else demo, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=_screen(name))
