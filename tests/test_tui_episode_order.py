"""The Episode screen edits the running order through the use case: crossfades, warnings, same rules as the CLI."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.fixtures.export import make_export_workshop


def test_screen_crossfade_and_duplicate_warning_go_through_the_use_case(tmp_path: Path) -> None:
    from textual.widgets import ListView

    from studio.project import load_workshop
    from studio.tui.app import make_app
    from studio.tui.screens.episode import EpisodeScreen

    workshop = make_export_workshop(tmp_path, bed=False, crossfade_s=0.0)

    async def main() -> None:
        app = make_app(workshop.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            screen = EpisodeScreen()
            await app.push_screen(screen)
            await pilot.pause()
            order = screen.query_one("#order", ListView)
            order.index = 0
            await pilot.press("c")  # the first item has nothing before it: nothing changes
            await pilot.pause()
            assert app.workshop.episode().items[0].crossfade_s == 0.0
            order.index = 2
            for _ in range(3):
                await pilot.press("c")
                await pilot.pause()
            assert load_workshop(workshop.path).episode().items[2].crossfade_s == 2.0
            await pilot.press("c")
            await pilot.pause()
            assert load_workshop(workshop.path).episode().items[2].crossfade_s == 0.0
            # add the take already at position 2 again, after the selection: a warning, not a refusal
            order.index = 1
            await pilot.press("a")
            await pilot.pause()
            await pilot.press("enter")  # the first take in the dialog
            await pilot.pause()
            refs = [i.ref for i in load_workshop(workshop.path).episode().items]
            first = app.workshop.takes[0].id
            assert refs.count(first) == 2 and refs[2] == first
            assert order.index == 2
            notes = [str(n.message) for n in app._notifications]
            assert any("more than once" in n for n in notes), notes

    asyncio.run(main())
