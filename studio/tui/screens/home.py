"""Home: recent workshops, and New / Open / Demo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Header, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from studio.errors import StudioError
from studio.i18n import N_, _, date_text, get_language
from studio.project import create_workshop, load_workshop
from studio.project.model import slugify
from studio.project.store import recent_workshops
from studio.project.templates import load_template, template_names
from studio.settings import workshops_dir
from studio.tui.dialogs import InputDialog
from studio.tui.guard import GuardedDispatch
from studio.tui.screens.base import AntenneScreen
from studio.tui.widgets.footer import TranslatedFooter


class NewWorkshopDialog(GuardedDispatch, ModalScreen[dict[str, str] | None]):
    """Title, template and folder of a new workshop."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def compose(self) -> ComposeResult:
        language = get_language()
        options = [(load_template(n).text("title", language), n) for n in template_names()]
        with Vertical(id="dialog", classes="form"):
            yield Label(_("New workshop"), classes="dialog-title")
            yield Label(_("Title"))
            yield Input(placeholder=_("Flash info du mardi"), id="title")
            yield Label(_("Template"))
            yield Select(options, value="flash-info", allow_blank=False, id="template")
            yield Label(_("Folder (empty: in the Antenne folder)"))
            yield Input(id="folder")
            with Horizontal(classes="buttons"):
                yield Button(_("Create"), variant="primary", id="create")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "create":
            self._submit()
        else:
            self.dismiss(None)

    def _submit(self) -> None:
        title = self.query_one("#title", Input).value.strip()
        if not title:
            self.notify(_("A workshop needs a title"), severity="warning")
            self.query_one("#title", Input).focus()
            return
        template = str(self.query_one("#template", Select).value)
        self.dismiss({"title": title, "template": template, "folder": self.query_one("#folder", Input).value.strip()})

    def action_cancel(self) -> None:
        self.dismiss(None)


class HomeScreen(AntenneScreen):
    HELP = N_(
        "## Antenne\n\nAntenne walks a group through a radio workshop: plan and clock, participants and their "
        "consent, recording, editing, transcription, framing exercises and the export of an episode.\n\n"
        "Choose a recent workshop and press Enter, create a new one, or open the demo to discover the tool."
    )
    BINDINGS = [
        Binding("n", "new", N_("New")),
        Binding("o", "open", N_("Open")),
        Binding("d", "demo", N_("Demo")),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static(_("Antenne — radio workshops"), id="home-title")
            yield Static(_("Recent workshops"), classes="section-title")
            recent = recent_workshops()
            options = [Option(self._describe(p), id=str(p)) for p in recent]
            if not options:
                yield Static(_("No workshop yet: create one, or open the demo."), id="no-recent", classes="hint")
            yield OptionList(*options, id="recent")
            with Horizontal(classes="buttons", id="home-buttons"):
                yield Button(_("New"), id="new", variant="primary")
                yield Button(_("Open"), id="open")
                yield Button(_("Demo"), id="demo")
        yield TranslatedFooter()

    def on_mount(self) -> None:
        self.title = "Antenne"
        self.sub_title = _("Home")
        recent = self.query_one("#recent", OptionList)
        if recent.option_count:
            recent.focus()
        else:
            self.query_one("#new", Button).focus()

    @staticmethod
    def _describe(path: Path) -> str:
        try:
            w = load_workshop(path)
            return f"{w.title} · {date_text(w.date)} · {path.name}"
        except StudioError:
            return f"{path} ({_('damaged')})"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.antenne.open_workshop(Path(event.option.id))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        {"new": self.action_new, "open": self.action_open, "demo": self.action_demo}[str(event.button.id)]()

    def action_new(self) -> None:
        def created(answer: dict[str, str] | None) -> None:
            if not answer:
                return

            folder = Path(answer["folder"]).expanduser() if answer["folder"] else (
                workshops_dir() / f"{date.today().isoformat()}-{slugify(answer['title'], 'atelier')}")
            try:
                w = create_workshop(folder, answer["title"], template=answer["template"], language=get_language())
            except StudioError as e:
                self.antenne.show_error(e)
                return
            self.antenne.open_workshop(w.path)

        self.app.push_screen(NewWorkshopDialog(), created)

    def action_open(self) -> None:
        def chosen(path: str | None) -> None:
            if path:
                self.antenne.open_workshop(Path(path).expanduser())

        self.app.push_screen(InputDialog(_("Folder of the workshop to open"), placeholder="~/ateliers/..."), chosen)

    def action_demo(self) -> None:
        self.notify(_("Creating the demo workshop…"))
        self._make_demo()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _make_demo(self) -> None:
        from studio.demo import create_demo  # lazy: numpy (it decodes the sample voices), only for the demo

        try:
            w = create_demo(None, language=get_language())
        except StudioError as e:
            self.app.call_from_thread(self.antenne.show_error, e)
            return
        self.app.call_from_thread(self.antenne.open_workshop, w.path)
