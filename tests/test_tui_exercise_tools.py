"""Pilot tests of the exercise tools: the running-order board (groups side by side) and original vs edit."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fixtures.pilot import wait_until


async def _open(app, pilot, exercise_id: str):  # type: ignore[no-untyped-def]
    """Open an exercise from the exercise list, as a facilitator does."""
    from textual.widgets import DataTable

    from studio.tui.screens.exercise import ExerciseScreen

    screen = ExerciseScreen()
    await app.push_screen(screen)
    await pilot.pause(0.3)
    table = screen.query_one("#exercises", DataTable)
    table.move_cursor(row=next(i for i, e in enumerate(screen.listed) if e.id == exercise_id))
    await pilot.press("enter")
    await wait_until(pilot, lambda: screen.exercise is not None and screen.query("VersionPanel"))
    screen.set_focus(None)
    return screen



@pytest.fixture
def workshop(tmp_path: Path):  # type: ignore[no-untyped-def]
    from studio.project import create_workshop

    return create_workshop(tmp_path / "atelier", "Flash info", language="en")


def test_running_order_board_compares_groups(framing_models: None, workshop) -> None:  # type: ignore[no-untyped-def]
    from textual.widgets import DataTable, Static

    from studio.tui.app import make_app
    from studio.tui.screens.exercise_orders import RunningOrderScreen

    async def main() -> None:
        app = make_app(workshop.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_until(pilot, lambda: app.workshop is not None)
            screen = await _open(app, pilot, "running-order")
            await pilot.press("g")
            await wait_until(pilot, lambda: isinstance(app.screen, RunningOrderScreen))
            board = app.screen
            for text in ("Red = B A C G", "Blue=a c e d f g", "Red = X"):
                for ch in text:
                    await pilot.press("space" if ch == " " else ("equals_sign" if ch == "=" else ch))
                await pilot.press("enter")
                await pilot.pause(0.1)
            table = board.query_one("#ro-table", DataTable)
            assert len(table.columns) == 3  # "#", Red, Blue; "Red = X" was refused
            assert table.row_count == 6 + 1  # Blue has six items, then the totals
            assert "Bus strike on Tuesday" in str(table.get_row_at(0)[1])
            assert "Mill footbridge closed" in str(table.get_row_at(0)[2])
            summary = str(board.query_one("#ro-summary", Static).render())
            assert "Kept by every group: Mill footbridge closed" in summary
            await pilot.press("ctrl+r")
            await pilot.pause(0.1)
            assert len(table.columns) == 2
            await pilot.press("escape")
            await wait_until(pilot, lambda: app.screen is screen)

    asyncio.run(main())


def test_original_and_edit_show_the_cuts(workshop) -> None:  # type: ignore[no-untyped-def]
    from textual.widgets import Static

    from studio.tui.app import make_app
    from studio.tui.screens.exercise_cut import CutScreen

    async def main() -> None:
        app = make_app(workshop.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_until(pilot, lambda: app.workshop is not None)
            screen = await _open(app, pilot, "the-cut")
            await pilot.press("x")
            await wait_until(pilot, lambda: isinstance(app.screen, CutScreen))
            cut = app.screen
            await wait_until(pilot, lambda: cut.samples is not None)
            await pilot.pause(0.2)
            wave = cut.query_one("#cut-wave", Static).render()
            styles = " ".join(str(s.style) for s in wave.spans)  # type: ignore[union-attr]
            assert "green" in styles and "red" in styles  # kept and cut parts
            text = cut.query(".cut-text").first().render()
            struck = " ".join(text.plain[s.start:s.end] for s in text.spans  # type: ignore[union-attr]
                              if "strike" in str(s.style))
            assert "Some" in struck and "agree." in struck and "close" not in struck
            await pilot.press("escape")
            await wait_until(pilot, lambda: app.screen is screen)

    asyncio.run(main())
