"""The running-order board of an exercise: type each group's running order, compare them side by side."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Input, Label, Static

from studio.errors import StudioError
from studio.framing.running_order import LIST_SEP, MAX_GROUPS, compare, parse_group
from studio.i18n import N_, _
from studio.i18n.times import in_words
from studio.tui.screens.base import AntenneScreen
from studio.tui.widgets.footer import TranslatedFooter


class RunningOrderScreen(AntenneScreen):
    """Each group's running order as a column, the totals against the air time, and what each leaves out."""

    HELP = N_(
        "## Running orders\n\n"
        "Type a group's running order in the box and press **Enter**: the group's name, `=`, then the letters "
        "of the items in air order, e.g. `Red = B A C G`. Each group becomes a column, so the leads and the "
        "choices can be compared side by side; the totals turn red over the air time.\n\n"
        "**ctrl+r** removes the last group. **Escape** goes back to the exercise (the groups are kept until "
        "Antenne is closed)."
    )
    BINDINGS = [
        Binding("escape", "back", N_("Back")),
        Binding("ctrl+r", "remove_last", N_("Remove last group"), priority=True),
    ]

    def __init__(self, exercise: Any, question: dict[str, Any]) -> None:
        super().__init__()
        self.exercise = exercise
        self.question = question

    @property
    def language(self) -> str:
        return str(getattr(self.app, "language", "fr"))

    @property
    def groups(self) -> list[Any]:
        """The groups typed so far for this exercise (kept on the app for the session)."""
        store: dict[str, list[Any]] = getattr(self.app, "_running_orders", None) or {}
        self.app._running_orders = store  # type: ignore[attr-defined]
        return store.setdefault(self.exercise.id, [])

    def items(self) -> list[str]:
        return [str(i) for i in self.exercise.text("items", self.language, self.question)]

    def compose(self) -> ComposeResult:
        yield Header()
        budget = in_words(int(self.question.get("budget_s", 0)))
        yield Label(_("Running orders · air time {budget}").format(budget=budget), id="ro-title")
        durations = self.question.get("durations_s", [])
        yield Static("  ".join(f"{chr(65 + i)} {item} ({in_words(durations[i])})"
                               for i, item in enumerate(self.items())), id="ro-items")
        yield Input(placeholder=_("Group = letters in air order, e.g. Red = B A C"), id="ro-input")
        yield DataTable(id="ro-table", zebra_stripes=True, cursor_type="none")
        yield Static("", id="ro-summary")
        yield TranslatedFooter()

    def on_mount(self) -> None:
        self.fill()
        self.query_one("#ro-input", Input).focus()

    def on_resize(self) -> None:
        self.fill()

    def after_recompose(self) -> None:
        self.fill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value:
            return
        if len(self.groups) >= MAX_GROUPS:
            self.notify(_("Too many groups (at most {count})").format(count=MAX_GROUPS), severity="warning")
            return
        try:
            group = parse_group(value, len(self.items()), len(self.groups) + 1)
        except StudioError as e:
            self.notify(e.one_line(), severity="warning")
            return
        self.groups[:] = [g for g in self.groups if g.name != group.name] + [group]
        event.input.value = ""
        self.fill()

    def fill(self) -> None:
        table = self.query_one("#ro-table", DataTable)
        table.clear(columns=True)
        summary = self.query_one("#ro-summary", Static)
        if not self.groups:
            summary.update(_("No group yet: type a running order above."))
            return
        result = compare(self.exercise, self.question, self.groups, self.language)
        # every group's column fits the screen, so the groups really are side by side
        width = max(8, (max(self.size.width, 40) - 6) // len(result.groups) - 2)

        def fit(cell: str) -> str:
            return cell if len(cell) <= width else cell[: width - 1] + "…"

        table.add_column("#", width=2)
        for name in result.groups:
            table.add_column(fit(name), width=width)
        for n, row in enumerate(result.rows, 1):
            table.add_row(str(n), *[fit(c) for c in row])
        totals = [Text(t, style="bold red" if over else "bold green")
                  for t, over in zip(result.totals, result.over_budget, strict=True)]
        table.add_row("Σ", *totals)
        lines = [_("Lead: {item} ({groups})").format(item=item, groups=", ".join(names))
                 for item, names in result.leads.items()]
        lines.append(_("Kept by every group: {items}").format(items=LIST_SEP().join(result.kept_by_all) or "-"))
        lines.append(_("Left out by every group: {items}").format(items=LIST_SEP().join(result.left_by_all) or "-"))
        summary.update("\n".join(lines))

    def action_remove_last(self) -> None:
        if self.groups:
            self.groups.pop()
            self.fill()

    def action_back(self) -> None:
        self.app.pop_screen()
