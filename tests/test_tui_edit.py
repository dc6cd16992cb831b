"""Pilot tests of the Edit screen at 80x24: pick a take, select, cut, undo/redo, gain, normalise, trim, play."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf


def _workshop(tmp_path: Path):  # type: ignore[no-untyped-def]
    from studio.project import create_workshop, save_workshop
    from studio.project.media import import_files

    w = create_workshop(tmp_path / "w", "Edit test")
    w.add_participant("Nour", consent="workshop")
    save_workshop(w)
    rate = 48_000
    t = np.arange(rate) / rate
    audio = np.concatenate([np.zeros(rate), 0.1 * np.sin(2 * np.pi * 440 * t), np.zeros(rate)])
    src = tmp_path / "take.wav"
    sf.write(str(src), audio.astype(np.float32), rate)
    take = import_files(w, [src], "Nour")[0]
    return w, take.id


async def _until(pilot, condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        await pilot.pause(0.05)


def test_edit_screen_end_to_end(tmp_path: Path) -> None:
    from studio.tui.app import make_app
    from studio.tui.screens import step_screen
    from studio.tui.screens.edit import EditScreen
    from studio.tui.widgets.waveform import Waveform

    w, take_id = _workshop(tmp_path)
    media = w.take_path(w.take(take_id))
    original = media.read_bytes()

    async def main() -> None:
        app = make_app(w.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            await _until(pilot, lambda: app.workshop is not None)
            screen = step_screen("edit")
            assert isinstance(screen, EditScreen)
            await app.push_screen(screen)
            await pilot.pause(0.1)
            assert screen.has_class("picking")
            await pilot.press("enter")  # the first (only) take
            await _until(pilot, lambda: screen.edit_list is not None)
            assert screen.has_class("editing")
            wave = screen.query_one("#wave", Waveform)
            assert wave.size.width >= 70 and wave.size.height >= 5
            drawn = str(wave.render())
            assert any(c in drawn for c in "▁▂▃▄▅▆▇█")
            await pilot.pause(0.1)
            # zoomed to fit: the whole take spans the widget's width (not one column of it)
            assert wave.view.frames_per_column * wave.size.width == pytest.approx(screen.edit_list.frames, rel=0.05)
            rows = str(wave.render()).splitlines()[:-1]
            drawn_columns = {x for row in rows for x, c in enumerate(row) if c != " "}
            # the take is 1 s silence, 1 s tone, 1 s silence: the tone fills the middle third
            third = wave.size.width / 3
            assert abs(min(drawn_columns) - third) <= 2 and abs(max(drawn_columns) + 1 - 2 * third) <= 2
            await _until(pilot, lambda: "LUFS" in str(screen.query_one("#info").render()))
            from studio.audio.loudness import measure_array
            from studio.edit import render_take

            expected = measure_array(render_take(w, take_id)[0], 48_000)
            assert f"{expected.integrated_lufs:.1f} LUFS" in str(screen.query_one("#info").render())
            assert f"{expected.true_peak_dbtp:.1f} dBTP" in str(screen.query_one("#info").render())

            # keyboard selection: 0.5 s .. 1.5 s, cut it
            for _ in range(5):
                await pilot.press("right")
            await pilot.press("i")
            await pilot.press("pagedown")
            await pilot.press("shift+right")
            await pilot.press("o")
            assert screen.selection == (24_000, 72_480)
            assert "0:00.50 - 0:01.51" in str(screen.query_one("#info").render())
            await pilot.press("x")
            assert screen.edit_list.frames == 3 * 48_000 - 48_480
            saved = json.loads((w.path / "edits" / f"{take_id}.json").read_text())
            assert len(saved["history"]) == 2 and saved["position"] == 1
            await pilot.press("u")
            assert screen.edit_list.frames == 3 * 48_000
            await pilot.press("r")
            assert screen.edit_list.frames == 3 * 48_000 - 48_480

            # gain, fades and normalise change the loudness readout
            await pilot.press("minus")
            assert screen.edit_list.regions[0].gain_db == -1.0
            await pilot.press("n")
            await _until(pilot, lambda: "-19.0 LUFS" in str(screen.query_one("#info").render()))
            await pilot.press("s")  # trim leading/trailing silence
            assert screen.edit_list.duration_s < 2.0
            await pilot.press("home", "i", "pagedown", "o", "f")
            assert screen.edit_list.regions[0].fade_in_s > 0

            # the mouse places the cursor (once the edits above are drawn: a pending redraw after the trim can
            # change the wave's scale between reading the expected frame and the click on a busy machine)
            await pilot.pause()
            await pilot.wait_for_scheduled_animations()
            expected_frame = wave.frame_at(40)
            await pilot.click("#wave", offset=(40, 2))
            assert screen.cursor == expected_frame

            # zoom changes the scale; the playhead moves while playing
            before = wave.view.frames_per_column
            await pilot.press("up")
            assert wave.view.frames_per_column < before
            await pilot.press("home", "space")
            await pilot.pause(0.4)
            assert screen.cursor > 0
            await pilot.press("space")  # pause
            held = screen.cursor
            await pilot.pause(0.3)
            assert screen.cursor == held

            # help lists the keys
            await pilot.press("f1")
            await pilot.pause(0.1)
            assert "Edit a take" in screen.help_markdown() and "Fade out" in screen.help_markdown()
        assert media.read_bytes() == original  # the recording is never modified

    asyncio.run(main())


def test_waveform_redraw_is_fast() -> None:
    from studio.audio import peaks
    from studio.edit.model import EditList, Region
    from studio.tui.widgets.waveform import View, draw

    rate = 48_000
    data = np.random.default_rng(0).uniform(-0.5, 0.5, (rate * 600, 1)).astype(np.float32)
    summaries = {"t": peaks.of_array(data, rate)}
    el = EditList(tuple(Region("t", i * rate * 10, rate * 9) for i in range(60)), rate)
    view = View(el, summaries, 0, el.frames / 200, 1000, (5000, 90_000))
    start = time.process_time()  # CPU time: the test machine is shared, wall time would measure the others
    for _ in range(10):
        lines = draw(view, 200, 40)
    per_redraw = (time.process_time() - start) / 10
    assert len(lines) == 40 and len(lines[0]) == 200
    assert per_redraw < 0.05, per_redraw
