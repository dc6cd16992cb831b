"""Modal dialogs: error, confirmation, help, text input, choice."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from studio.errors import StudioError
from studio.i18n import N_, _
from studio.tui.guard import GuardedDispatch


class ErrorDialog(GuardedDispatch, ModalScreen[None]):
    """Shows a StudioError (message and what to do) or any other failure, in one box."""

    BINDINGS = [Binding("escape,enter", "dismiss", N_("Close"))]

    def __init__(self, error: BaseException | str, title: str = "") -> None:
        super().__init__()
        self.error = error
        self.title_text = title

    def compose(self) -> ComposeResult:
        if isinstance(self.error, StudioError):
            message, hint = self.error.message, self.error.hint
        else:
            message, hint = str(self.error), ""
        with Vertical(id="dialog", classes="error"):
            yield Label(self.title_text or _("Something went wrong"), classes="dialog-title")
            yield Static(message, id="error-message")
            if hint:
                yield Static(hint, id="error-hint", classes="hint")
            with Horizontal(classes="buttons"):
                yield Button(_("Close"), variant="primary", id="close")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)


class ConfirmDialog(GuardedDispatch, ModalScreen[bool]):
    """Asks a yes/no question; dismisses with True when confirmed."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, question: str, confirm: str = "", danger: bool = False) -> None:
        super().__init__()
        self.question = question
        self.confirm_label = confirm or _("Yes")
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self.question, id="question")
            with Horizontal(classes="buttons"):
                yield Button(self.confirm_label, variant="error" if self.danger else "primary", id="yes")
                yield Button(_("Cancel"), id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_cancel(self) -> None:
        self.dismiss(False)


class HelpDialog(GuardedDispatch, ModalScreen[None]):
    """The help panel of a screen: what it is for and its keys (Markdown)."""

    BINDINGS = [Binding("escape,f1,question_mark,q", "close", N_("Close"))]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="help"):
            with VerticalScroll():
                yield Markdown(self.markdown)
            with Horizontal(classes="buttons"):
                yield Button(_("Close"), variant="primary", id="close")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class InputDialog(GuardedDispatch, ModalScreen[str | None]):
    """Asks for one line of text; dismisses with the text, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, prompt: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.prompt = prompt
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.prompt, classes="dialog-title")
            yield Input(value=self.value, placeholder=self.placeholder, id="answer")
            with Horizontal(classes="buttons"):
                yield Button(_("OK"), variant="primary", id="ok")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self.dismiss(self.query_one(Input).value.strip() or None)
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceDialog(GuardedDispatch, ModalScreen[str | None]):
    """Choose one of a few options (value, label); dismisses with the value or None."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, prompt: str, choices: Sequence[tuple[str, str]], current: str | None = None) -> None:
        super().__init__()
        self.prompt = prompt
        self.choices = list(choices)
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.prompt, classes="dialog-title")
            yield OptionList(*[Option(label, id=value) for value, label in self.choices], id="choices")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        for i, (value, _label) in enumerate(self.choices):
            if value == self.current:
                options.highlighted = i
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
