"""The "compare our takes" screen: pick two transcribed takes of the workshop and see their framing side by side."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Header, Label, ListItem, ListView, Static

from studio.errors import StudioError
from studio.framing import compare
from studio.framing.report import feature_rows, guide_text, highlighted
from studio.i18n import N_, _
from studio.transcribe.workshop import take_transcript
from studio.tui.messages.exercise import ComparisonReady
from studio.tui.screens.base import AntenneScreen
from studio.tui.widgets.footer import TranslatedFooter
from studio.tui.widgets.highlights import GROUPS, toggles_text


class TakeItem(ListItem):
    def __init__(self, take_id: str, who: str, marked: bool = False) -> None:
        super().__init__(Label(self.caption(take_id, who, marked)))
        self.take_id = take_id
        self.who = who

    @staticmethod
    def caption(take_id: str, who: str, marked: bool) -> str:
        return f"{'● ' if marked else '  '}{take_id} · {who}"

    def set_marked(self, marked: bool) -> None:
        self.query_one(Label).update(self.caption(self.take_id, self.who, marked))


def transcribed_takes(workshop: Any) -> list[tuple[str, str, str]]:
    """(take id, participant, transcript text) of every take that has a transcript with text."""
    if workshop is None:
        return []

    out = []
    for take in workshop.takes:
        transcript = take_transcript(workshop, take.id)
        if transcript is not None and transcript.text().strip():
            out.append((take.id, take.participant, transcript.text()))
    return out


class CompareTakesScreen(AntenneScreen):
    """Compare how two of the group's own takes tell the news (from their transcripts)."""

    HELP = N_(
        "## Compare our takes\n\n"
        "Choose two transcribed takes: **space** marks a take (mark two), then **Enter** compares them. "
        "Takes need a transcript first (Transcribe screen).\n\n"
        "You see both texts side by side with the same highlights as in the exercises (keys **1** to **5**), "
        "then what each version does: its lead, who acts, who speaks, conditionals, loaded terms, figures, "
        "and the words only one of them uses. **Escape** goes back."
    )
    BINDINGS = [
        Binding("space", "mark", N_("Mark take")),
        Binding("enter", "compare", N_("Compare")),
        Binding("1", "highlight(0)", N_("Passives"), show=False),
        Binding("2", "highlight(1)", N_("Sources"), show=False),
        Binding("3", "highlight(2)", N_("Terms"), show=False),
        Binding("4", "highlight(3)", N_("Conditionals"), show=False),
        Binding("5", "highlight(4)", N_("Figures"), show=False),
        Binding("escape", "back", N_("Back")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.marked: list[str] = []
        self.texts: dict[str, tuple[str, str]] = {}
        self.comparison: Any = None
        self.active: set[str] = set(GROUPS)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield ListView(id="takes")
            with VerticalScroll(id="result"):
                yield Static("", id="hint")
                yield Static(toggles_text(self.active), id="toggles")
                with Horizontal(id="pair"):
                    yield Static("", id="side-a", classes="side")
                    yield Static("", id="side-b", classes="side")
                yield Static("", id="rows")
        yield TranslatedFooter()

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        try:
            takes = transcribed_takes(self.antenne.workshop)
        except StudioError as e:
            self.antenne.show_error(e)
            takes = []
        self.texts = {tid: (who, text) for tid, who, text in takes}
        view = self.query_one("#takes", ListView)
        view.clear()
        for tid, who, _text in takes:
            view.append(TakeItem(tid, who, tid in self.marked))
        if not takes:
            self.query_one("#hint", Static).update(
                _("No transcribed take yet: record two versions, transcribe them, then come back."))
        elif self.comparison is None:
            self.query_one("#hint", Static).update(_("Mark two takes with space, then press Enter."))
        self.show_comparison()
        view.focus()
        if takes:
            self.call_after_refresh(setattr, view, "index", 0)

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        self.action_compare()

    def action_mark(self) -> None:
        view = self.query_one("#takes", ListView)
        item = view.highlighted_child
        if not isinstance(item, TakeItem):
            return
        if item.take_id in self.marked:
            self.marked.remove(item.take_id)
        else:
            self.marked = (self.marked + [item.take_id])[-2:]
        for other in view.query(TakeItem):
            other.set_marked(other.take_id in self.marked)

    def action_compare(self) -> None:
        if len(self.marked) != 2:
            self.notify(_("Mark two takes first (space)"), severity="warning")
            return
        self.query_one("#hint", Static).update(_("Analysing..."))
        self.run_comparison(list(self.marked))

    @work(thread=True, exclusive=True, exit_on_error=False, group="framing")
    def run_comparison(self, take_ids: list[str]) -> None:
        a, b = take_ids
        labels = (f"{a} · {self.texts[a][0]}", f"{b} · {self.texts[b][0]}")
        try:
            result = compare(self.texts[a][1], self.texts[b][1], "auto", labels)
        except Exception as e:  # noqa: BLE001 - shown in the error dialog
            self.post_message(ComparisonReady(None, e))
            return
        self.post_message(ComparisonReady(result))

    def on_exercise_comparison_ready(self, message: ComparisonReady) -> None:
        if message.error is not None:
            self.antenne.show_error(message.error)
            return
        self.comparison = message.comparison
        self.query_one("#hint", Static).update("")
        self.show_comparison()

    def show_comparison(self) -> None:
        self.query_one("#toggles", Static).update(toggles_text(self.active))
        if self.comparison is None:
            return
        a, b = self.comparison.texts
        side_a, side_b = self.query_one("#side-a", Static), self.query_one("#side-b", Static)
        side_a.update(Text.assemble((a.label + "\n", "bold"), highlighted(a, self.active)))
        side_b.update(Text.assemble((b.label + "\n", "bold"), highlighted(b, self.active)))
        table = Table(show_header=True, expand=True, box=None, padding=(0, 1))
        table.add_column(_("Feature"), style="bold", no_wrap=True)
        table.add_column(a.label, ratio=1)
        table.add_column(b.label, ratio=1)
        for (name, va), (_n, vb) in zip(feature_rows(a), feature_rows(b), strict=True):
            table.add_row(name, va, vb)
        table.add_row(_("Only in this one"), ", ".join(self.comparison.only_in[a.label][:25]) or "-",
                      ", ".join(self.comparison.only_in[b.label][:25]) or "-")
        self.query_one("#rows", Static).update(Group(table, guide_text(self.comparison)))

    def action_highlight(self, index: int) -> None:
        self.active ^= {GROUPS[index]}
        self.show_comparison()

    def action_back(self) -> None:
        self.app.pop_screen()
