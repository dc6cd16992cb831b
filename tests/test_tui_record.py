"""Pilot tests of the Record screen: meter, countdown, record/pause/stop writes a take, markers, unavailable case."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import numpy as np
import pytest
from textual.widgets import ListView, Static, TextArea

from studio.project import load_workshop
from studio.tui.app import make_app
from studio.tui.dialogs import ChoiceDialog, ImportDialog
from studio.tui.screens.record import RecordScreen
from studio.tui.widgets.meter import LevelMeter
from tests.test_record import make_workshop


async def wait_for(pilot, condition, timeout_s: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await pilot.pause(0.05)


async def open_record_screen(app, pilot) -> RecordScreen:  # type: ignore[no-untyped-def]
    await wait_for(pilot, lambda: app.workshop is not None)
    screen = RecordScreen()
    await app.push_screen(screen)
    await wait_for(pilot, lambda: screen.devices_checked)
    return screen


@pytest.mark.audio_server
def test_record_screen_countdown_meter_markers_stop(tmp_path: Path, pulse_server) -> None:  # type: ignore[no-untyped-def]
    workshop = make_workshop(tmp_path)
    rate = 48_000
    t = np.arange(int(6 * rate)) / rate
    tone = (0.5 * np.sin(2 * np.pi * 500 * t)).astype(np.float32)

    async def main() -> None:
        app = make_app(workshop.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_record_screen(app, pilot)
            assert screen.unavailable_reason is None
            assert "Amina" in str(screen.query_one("#who").render())
            assert "presenter" in str(screen.query_one("#who").render())
            t0 = time.monotonic()
            await pilot.press("r")
            countdown = screen.query_one("#countdown", Static)
            await wait_for(pilot, lambda: screen.phase == "recording")
            assert screen.countdown_shown == ["3", "2", "1", ""], screen.countdown_shown
            assert 2.5 < time.monotonic() - t0 < 5.0
            assert not countdown.display
            pulse_server.play(tone, wait=False)
            meter = screen.query_one(LevelMeter)
            await wait_for(pilot, lambda: max(meter.peaks) > -8.0)
            assert meter.zone in ("good", "loud")
            await pilot.press("m")
            await pilot.pause(0.6)
            await pilot.press("space")
            assert screen.phase == "paused"
            paused_at = screen.recorder.recorded_s
            await pilot.pause(0.5)
            assert screen.recorder.recorded_s == pytest.approx(paused_at, abs=0.05)
            await pilot.press("space")
            assert screen.phase == "recording"
            await pilot.pause(0.4)
            await pilot.press("s")
            await wait_for(pilot, lambda: screen.phase == "idle")
            assert screen.last_take is not None
            take_id = screen.last_take.id
            items = screen.query_one("#takes", ListView).children
            assert any(take_id in str(item.query_one("Label").render()) for item in items)
        saved = load_workshop(workshop.path).take(take_id)
        assert saved.origin == "record" and saved.participant == "Amina"
        assert 0.8 < saved.duration_s < 15.0
        assert len(saved.markers) == 1 and saved.markers[0].name == "Marker 1"
        assert (workshop.path / saved.file).is_file()

    asyncio.run(main())


def test_record_screen_unavailable_but_import_works(tmp_path: Path, wav_file: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import studio.audio.devices as devices

    monkeypatch.setattr(devices, "recording_unavailable_reason",
                        lambda: "No microphone (audio input device) was found.")
    workshop = make_workshop(tmp_path)

    async def main() -> None:
        app = make_app(workshop.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_record_screen(app, pilot)
            panel = screen.query_one("#unavailable", Static)
            assert panel.display and "No microphone" in str(panel.render())
            assert "import" in str(panel.render())
            await pilot.press("r")
            await pilot.pause(0.2)
            assert screen.phase == "idle" and screen.recorder is None
            await pilot.press("i")
            await pilot.pause(0.2)
            assert isinstance(app.screen, ImportDialog)
            app.screen.query_one("#typed", TextArea).text = str(wav_file)
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: len(load_workshop(workshop.path).takes) == 1)
            await pilot.pause(0.2)
            labels = [str(item.query_one("Label").render()) for item in screen.query_one("#takes", ListView).children]
            assert any("imported" in label for label in labels)
            played: list[str] = []
            monkeypatch.setattr(app, "play_take", played.append)
            takes = screen.query_one("#takes", ListView)
            takes.focus()
            takes.index = 0
            await pilot.press("enter")
            await pilot.pause(0.1)
            assert played == [load_workshop(workshop.path).takes[0].id]
        take = load_workshop(workshop.path).takes[0]
        assert take.origin == "import" and take.participant == "Amina"

    asyncio.run(main())


def test_participant_picker_and_consent_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import studio.audio.devices as devices

    monkeypatch.setattr(devices, "recording_unavailable_reason", lambda: None)
    workshop = make_workshop(tmp_path)

    async def main() -> None:
        app = make_app(workshop.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_record_screen(app, pilot)
            await pilot.press("p")
            await pilot.pause(0.2)
            assert isinstance(app.screen, ChoiceDialog)
            await pilot.press("down", "enter")
            await pilot.pause(0.2)
            assert screen.participant == "Nobody"
            assert "no consent" in str(screen.query_one("#who").render())
            await pilot.press("r")
            await pilot.pause(0.2)
            from studio.tui.dialogs import ErrorDialog

            assert isinstance(app.screen, ErrorDialog)
            assert screen.recorder is None and screen.phase == "idle"
            await pilot.press("escape")
            await pilot.pause(0.1)
            await pilot.press("d")
            await wait_for(pilot, lambda: isinstance(app.screen, ChoiceDialog))
            await pilot.press("escape")
            await pilot.pause(0.1)
            assert screen.device is None

    asyncio.run(main())


def test_meter_zones_and_clip_hold() -> None:
    from studio.tui.widgets.meter import zone_of

    assert zone_of(-40) == "quiet" and zone_of(-18) == "good" and zone_of(-3) == "loud"

    async def main() -> None:
        from textual.app import App, ComposeResult

        class MeterApp(App[None]):
            def compose(self) -> ComposeResult:
                yield LevelMeter()

        app = MeterApp()
        async with app.run_test(size=(80, 24)) as pilot:
            meter = app.query_one(LevelMeter)
            meter.update_levels((-0.1,), (-3.0,), clip_count=1)
            await pilot.pause()
            text = str(meter.render())
            assert "CLIP" in text and "too quiet" in text and "dBFS" in text
            meter.update_levels((-40.0,), (-45.0,), clip_count=1)  # no new clip: the light holds
            assert meter.clipping and meter.held_peak_dbfs == pytest.approx(-0.1)
            assert "CLIP" in str(meter.render())

    asyncio.run(main())
