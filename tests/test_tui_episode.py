"""Pilot tests of the Episode screen: running order editing, consent warnings, metadata and a real export."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.fixtures.export import make_export_workshop
from tests.fixtures.pilot import wait_until


def _labels(screen) -> list[str]:  # type: ignore[no-untyped-def]
    from textual.widgets import Label, ListView

    return [str(item.query_one(Label).content) for item in screen.query_one("#order", ListView).children]


def test_running_order_editing_and_consent_warnings(tmp_path: Path) -> None:
    from textual.widgets import Input, Static

    from studio.project import load_workshop
    from studio.tui.app import make_app
    from studio.tui.screens.episode import EpisodeScreen

    workshop = make_export_workshop(tmp_path, bed=False)

    async def main() -> None:
        app = make_app(workshop.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            screen = EpisodeScreen()
            await app.push_screen(screen)
            await pilot.pause()
            labels = _labels(screen)
            assert len(labels) == 5 and labels[0].startswith("1. Opening")
            assert "⚠" in labels[3] and "Chloe" in labels[3]
            consent = str(screen.query_one("#consent", Static).render())
            assert "Chloe" in consent and "item 4" in consent
            # reorder: the second item moves down
            screen.query_one("#order").index = 1
            await pilot.press("shift+down")
            await pilot.pause()
            ids = [i.ref for i in app.workshop.episode().items]
            assert ids[1:3] == ["t002", "t001"]
            # remove Chloe's take: the warning goes away
            screen.query_one("#order").index = 3
            await pilot.press("d")
            await pilot.pause()
            assert "t003" not in app.workshop.episode().take_ids()
            assert str(screen.query_one("#consent", Static).render()).strip() == ""
            # add a jingle through the dialog and choose a bed
            await pilot.press("j")
            await pilot.pause()
            await pilot.press("down", "down", "down", "enter")  # intro, outro, stinger-down, stinger
            await pilot.pause()
            assert [i.ref for i in app.workshop.episode().items if i.kind == "asset"] == [
                "jingles/intro.ogg", "jingles/outro.ogg", "jingles/stinger.ogg"]  # inserted after the selection
            await pilot.press("b")
            await pilot.pause()
            await pilot.press("down", "enter")
            await pilot.pause()
            assert app.workshop.episode().bed.startswith("beds/")
            # metadata form
            title = screen.query_one("#title", Input)
            title.value = "Sunday library"
            title.focus()
            await pilot.press("enter")
            await pilot.pause()
            assert "bed:" in str(screen.query_one("#summary-line", Static).render())
            await pilot.press("f1")
            await pilot.pause()
            await pilot.press("escape")
        saved = load_workshop(workshop.path).episode()
        assert saved.title == "Sunday library" and saved.slug == "sunday-library"
        assert len(saved.items) == 5 and saved.bed

    asyncio.run(main())


def test_export_dialog_runs_a_real_export(tmp_path: Path) -> None:
    from textual.widgets import Checkbox, Input, ProgressBar, Static

    from studio.tui.app import make_app
    from studio.tui.screens.episode import EpisodeScreen, ExportDialog

    workshop = make_export_workshop(tmp_path, bed=False)
    out = tmp_path / "podcast"

    async def main() -> None:
        app = make_app(workshop.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            screen = EpisodeScreen()
            await app.push_screen(screen)
            await pilot.pause()
            await pilot.press("x")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            dialog.query_one("#outdir", Input).value = str(out)
            dialog.query_one("#skip", Checkbox).value = True
            assert await pilot.click("#go")
            await wait_until(pilot, lambda: not screen.exporting and app.screen is screen and "Exported" in str(
                screen.query_one("#result", Static).render()) or app.screen is not screen and not screen.exporting
                and app.screen is not dialog)
            assert app.screen is screen, getattr(app.screen, "error", app.screen)
            assert screen.query_one("#progress", ProgressBar).progress == 1.0
            text = str(screen.query_one("#result", Static).render())
            assert str(out) in text and "Chloe" in text
            assert app.workshop.exports and app.workshop.exports[-1].folder == str(out)

    asyncio.run(main())
    assert (out / "news-flash.mp3").is_file() and (out / "feed.xml").is_file()
