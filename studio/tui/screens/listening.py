"""The "listening to a news flash" step: a bundled example bulletin to play to the group, with its text."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Markdown

from studio.errors import StudioError
from studio.framing.exercises import find_exercise
from studio.i18n import N_, _
from studio.tui.screens.base import AntenneScreen
from studio.tui.widgets.footer import TranslatedFooter

#: the bundled exercise whose recorded bulletin serves as the example flash
EXAMPLE_EXERCISE = "fact-opinion-advertising"


class ExampleFlashScreen(AntenneScreen):
    """Plays an example radio bulletin (bundled, spoken in French or English) and shows its text."""

    HELP = N_(
        "## Listening to a news flash\n\n"
        "An example radio bulletin, recorded for Antenne, to listen to with the group before writing your "
        "own. **p** plays it, **s** stops it; its text is shown below, to read afterwards.\n\n"
        "Questions to ask: who speaks? How many news items? Which sources are named? Where does the news "
        "end and the opinion or the advert begin?"
    )
    BINDINGS = [
        Binding("p", "play", N_("Play")),
        Binding("s", "stop", N_("Stop")),
        Binding("escape", "back", N_("Back")),
    ]

    def __init__(self, step: Any = None) -> None:
        super().__init__()
        self.step = step
        self.example: Any = None

    def on_mount(self) -> None:
        self.title = "Antenne"
        self.sub_title = _("Listening to a news flash")

    def markdown(self) -> str:
        language = self.antenne.language
        lines: list[str] = []
        if self.step is not None:
            lines += [f"## {self.step.text('title', language)}", "", self.step.text("note", language), ""]
        try:
            self.example = find_exercise(EXAMPLE_EXERCISE)
        except StudioError:
            self.example = None
            return "\n".join(lines + [_("The example bulletin is missing from this installation.")])
        version = self.example.versions[0]
        lines += [f"### {_('Example bulletin')} · {self.example.text('label', language, version)}", "",
                  _("Press **p** to play it to the group, **s** to stop."), "",
                  f"> {self.example.text('text', language, version)}"]
        return "\n".join(lines)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="example"):
            yield Markdown(self.markdown())
        yield TranslatedFooter()

    def action_play(self) -> None:
        if self.example is None:
            self.notify(_("The example bulletin is missing from this installation."), severity="warning")
            return
        path = self.example.audio_path(self.example.versions[0], self.antenne.language)
        if path is None or not path.is_file():
            self.notify(_("The example bulletin is missing from this installation."), severity="warning")
            return
        if self.antenne.play_file(path):
            self.notify(_("Playing the example bulletin"))

    def action_stop(self) -> None:
        self.antenne.stop_playback()

    def action_back(self) -> None:
        self.antenne.stop_playback()
        self.app.pop_screen()
