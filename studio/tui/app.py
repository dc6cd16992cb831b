"""The Textual application: `make_app()` is used by the CLI and by the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App
from textual.binding import Binding

from studio.errors import StudioError, WorkshopDamaged
from studio.i18n import N_, _, get_language, set_language
from studio.project import Workshop, load_workshop, restore_backup, save_workshop
from studio.project.store import remember_recent
from studio.tui.dialogs import ConfirmDialog, ErrorDialog, HelpDialog
from studio.tui.guard import GuardedDispatch, handle_exception
from studio.tui.screens.base import AntenneScreen
from studio.tui.screens.home import HomeScreen


class AntenneApp(GuardedDispatch, App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "Antenne"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("f1,question_mark", "help", N_("Help")),
        Binding("f2", "switch_language", N_("FR/EN")),
        Binding("ctrl+q", "quit", N_("Quit")),  # in the key bar when there is room; always in F1
    ]

    def __init__(self, workshop_dir: Path | None = None, language: str | None = None) -> None:
        super().__init__()
        self.language = set_language(language or get_language())
        self.workshop_dir = workshop_dir
        self.workshop: Workshop | None = None
        self.player: Any = None
        self.unexpected_errors: list[BaseException] = []

    def on_mount(self) -> None:
        self.push_screen(HomeScreen())
        if self.workshop_dir is not None:
            self.open_workshop(self.workshop_dir)

    # -- workshop ---------------------------------------------------------------------------------
    def open_workshop(self, path: Path) -> None:
        from studio.tui.screens.workshop import WorkshopScreen  # lazy: numpy, the home screen needs none

        try:
            self.workshop = load_workshop(path)
        except WorkshopDamaged as e:
            def answer(ok: bool | None) -> None:
                if ok:
                    try:
                        restore_backup(path)
                    except StudioError as err:
                        self.show_error(err)
                        return
                    self.notify(_("The last good backup was restored"))
                    self.open_workshop(path)

            self.push_screen(ConfirmDialog(
                e.message + "\n\n" + _("Restore the last good backup? The damaged file is kept aside."),
                confirm=_("Restore")), answer)
            return
        except StudioError as e:
            self.show_error(e)
            return
        remember_recent(self.workshop.path)
        self.push_screen(WorkshopScreen())

    def save(self) -> None:
        if self.workshop is None:
            return
        try:
            save_workshop(self.workshop)
        except (StudioError, OSError) as e:
            self.show_error(e)

    def reload(self) -> None:
        if self.workshop is not None:
            try:
                self.workshop = load_workshop(self.workshop.path)
            except StudioError as e:
                self.show_error(e)

    def go_home(self) -> None:
        self.workshop = None
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(HomeScreen())

    # -- errors, help, language ---------------------------------------------------------------------
    def _handle_exception(self, error: Exception) -> None:
        """Textual stops the app on any error in a timer or a callback; report it and go on instead."""
        if not handle_exception(self, error):
            super()._handle_exception(error)

    def show_error(self, error: BaseException | str, title: str = "") -> None:
        self.push_screen(ErrorDialog(error, title=title))

    def action_help(self) -> None:
        screen = self.screen
        if isinstance(screen, AntenneScreen):
            self.push_screen(HelpDialog(screen.help_markdown()))

    def action_switch_language(self) -> None:
        self.language = set_language("en" if self.language == "fr" else "fr")
        for screen in self.screen_stack:
            if isinstance(screen, AntenneScreen):
                screen.language_changed()
        self.notify(_("Language: English") if self.language == "en" else _("Langue : français"))

    # -- playback (shared by screens) ---------------------------------------------------------------
    def play_audio(self, data: Any, rate: int) -> bool:
        """Play float32 audio through the shared Player (stopping what was playing); False if it failed."""
        from studio.audio.play import Player  # lazy: numpy, not needed until something plays

        self.stop_playback()
        try:
            player = Player()
            player.play(data, rate)
        except StudioError as e:
            self.show_error(e)
            return False
        self.player = player
        return True

    def play_file(self, path: Path) -> bool:
        """Play any audio file (jingle, exercise version...)."""
        from studio.audio import io  # lazy: numpy and soundfile, not needed until something plays

        try:
            data, rate = io.read(path)
        except StudioError as e:
            self.show_error(e)
            return False
        return self.play_audio(data, rate)

    def play_take(self, take_id: str) -> None:
        """Play a take as edited (not the raw file)."""
        if self.workshop is None:
            return
        from studio.edit import render_take  # lazy: numpy, not needed until something plays

        try:
            take = self.workshop.take(take_id)
            data, rate = render_take(self.workshop, take_id)
        except StudioError as e:
            self.show_error(e)
            return
        if self.play_audio(data, rate):
            self.notify(_("Playing {id} ({who})").format(id=take.id, who=take.participant))

    def stop_playback(self) -> None:
        if self.player is not None:
            try:
                self.player.stop()
            except Exception:
                pass
            self.player = None

    def on_unmount(self) -> None:
        self.stop_playback()


def make_app(workshop_dir: Path | str | None = None, language: str | None = None) -> AntenneApp:
    """Build the app, opened on a workshop folder or on the home screen."""
    return AntenneApp(Path(workshop_dir) if workshop_dir else None, language)
