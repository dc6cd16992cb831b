"""Modal dialogs: error, confirmation, help, text input, choice, files to import."""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, DirectoryTree, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from studio.errors import StudioError
from studio.i18n import N_, _, ngettext
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
        from textual.widgets import Markdown  # lazy: markdown-it, only once a help panel opens

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


def parse_typed_paths(text: str) -> list[Path]:
    """Paths typed or pasted by hand: one per line, spaces and any characters allowed; a line that is not
    an existing file is read as shell-quoted paths (what a file manager pastes: '/a b/c.wav' "d e.m4a")."""
    paths: list[Path] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        whole = Path(line).expanduser()
        if whole.exists() or not any(c in line for c in "'\" "):
            paths.append(whole)
            continue
        try:
            words = shlex.split(line)
        except ValueError:
            words = [line]
        paths += [Path(w).expanduser() for w in words]
    return paths


class _Files(DirectoryTree):
    """The folder tree of the import dialog, without hidden files."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if not p.name.startswith(".")]


class ImportDialog(GuardedDispatch, ModalScreen[list[Path] | None]):
    """Choose recordings to import: browse folders (Enter adds or removes a file), or type paths, one per
    line (spaces and any characters are fine; shell-quoted paths too). Dismisses with the paths or None."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel")),
        Binding("backspace", "parent", N_("Parent folder"), show=False),
        Binding("ctrl+s", "done", N_("Import")),
    ]

    def __init__(self, start: Path | None = None) -> None:
        super().__init__()
        self.start = start if start is not None and start.is_dir() else Path.home()
        self.chosen: list[Path] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="import"):
            yield Label(_("Recordings to import"), classes="dialog-title")
            yield Static(self._where(self.start), id="folder", classes="hint")
            yield _Files(self.start, id="files")
            yield Static(self._chosen_text(), id="chosen")
            yield Label(_("Or type paths, one per line:"), classes="hint")
            yield TextArea(id="typed", soft_wrap=False)
            with Horizontal(classes="buttons"):
                yield Button(_("Import"), variant="primary", id="ok")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#files", DirectoryTree).focus()

    @staticmethod
    def _where(folder: Path) -> str:
        return _("Folder: {path} (Backspace: parent folder; Enter on a file adds it)").format(path=folder)

    def _chosen_text(self) -> str:
        if not self.chosen:
            return _("No file chosen yet")
        names = ", ".join(p.name for p in self.chosen[:4]) + (" …" if len(self.chosen) > 4 else "")
        return ngettext("{count} file chosen: {names}", "{count} files chosen: {names}",
                        len(self.chosen)).format(count=len(self.chosen), names=names)

    def on_directory_tree_file_selected(self, event: DirectoryTree.FileSelected) -> None:
        path = Path(event.path)
        if path in self.chosen:
            self.chosen.remove(path)
        else:
            self.chosen.append(path)
        self.query_one("#chosen", Static).update(self._chosen_text())

    def action_parent(self) -> None:
        tree = self.query_one("#files", DirectoryTree)
        if not tree.has_focus:
            return
        current = Path(tree.path)
        if current.parent != current:
            tree.path = current.parent
            self.query_one("#folder", Static).update(self._where(current.parent))

    def paths(self) -> list[Path]:
        typed = parse_typed_paths(self.query_one("#typed", TextArea).text)
        return self.chosen + [p for p in typed if p not in self.chosen]

    def action_done(self) -> None:
        self.dismiss(self.paths() or None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self.action_done()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
