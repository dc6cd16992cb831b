"""The Exercise screens: the exercise list with filters, and the runner (versions, highlights, questions, debrief).

The runner is the screen of plan steps of kind "exercise": built with no argument it first shows the list;
choosing an exercise opens it in place. The analysis (spaCy) runs in a thread worker that only posts a message.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Header, Input, Label, Markdown, SelectionList, Static

from studio.errors import StudioError
from studio.framing import analyse
from studio.framing.answerkey import KeyedAnalysis
from studio.framing.exercises import (
    bundled_exercises,
    check_answer,
    filter_exercises,
    find_exercise,
    level_name,
)
from studio.framing.report import highlighted
from studio.framing.running_order import running_order_question
from studio.i18n import N_, _, ngettext
from studio.tui.messages.exercise import AnalysesReady
from studio.tui.screens.base import AntenneScreen
from studio.tui.screens.exercise_compare import CompareTakesScreen
from studio.tui.screens.exercise_cut import CutScreen
from studio.tui.screens.exercise_orders import RunningOrderScreen
from studio.tui.widgets.footer import TranslatedFooter
from studio.tui.widgets.highlights import GROUPS, toggles_text

LEVEL_FILTERS = [None, "beginner", "intermediate", "advanced"]
LANGUAGE_FILTERS = [None, "fr", "en"]
DURATION_FILTERS = [None, 20, 30, 60]


class VersionPanel(VerticalScroll, can_focus=True):
    """One version: its label and its text, highlighted by the active feature groups."""

    def __init__(self, version_id: str, label: str, text: str, has_audio: bool) -> None:
        super().__init__(classes="version")
        self.version_id = version_id
        self.label = label
        self.text = text
        self.has_audio = has_audio

    def compose(self) -> ComposeResult:
        title = self.label + ("  ♪" if self.has_audio else "")
        yield Label(title, classes="version-title")
        yield Static(self.text, classes="version-text")

    def show(self, analysis: Any, groups: set[str]) -> None:
        body = highlighted(analysis, groups) if analysis is not None else Text(self.text)
        self.query_one(".version-text", Static).update(body)


class ExerciseScreen(AntenneScreen):
    """Run a framing exercise with the group; without an exercise id, choose one from the list first."""

    HELP = N_(
        "## Exercises\n\n"
        "**The list**: choose an exercise and press **Enter**. **l** filters by language, **v** by level, "
        "**d** by duration.\n\n"
        "**An exercise**: the versions of the same news item are side by side. **Tab** moves between them; "
        "**p** plays the selected version, **s** stops.\n\n"
        "Keys **1** to **5** switch the highlights on and off: hidden agents (passives), sources, loaded "
        "terms, conditionals and hedges, figures. They are clues for the discussion, not verdicts.\n\n"
        "**n** and **b** (or **PgDn** and **PgUp**, also while typing) go to the next and previous question. "
        "The answer box has the keyboard when a question opens: type, then press **Enter** (or **ctrl+s**) "
        "to see the feedback; **Tab** leaves it. **r** reveals the facilitator's debrief. **c** compares two "
        "transcribed takes of the workshop. **g** opens the running-order board of a running-order exercise, "
        "**x** the original and its edit of an exercise with an edited version. **Escape** goes back."
    )
    BINDINGS = [
        Binding("escape", "back", N_("Back")),
        Binding("enter", "open", N_("Open"), show=False),
        Binding("l", "filter_language", N_("Language")),
        Binding("v", "filter_level", N_("Level")),
        Binding("d", "filter_duration", N_("Duration")),
        Binding("p", "play", N_("Play")),
        Binding("s", "stop", N_("Stop"), show=False),
        Binding("1", "highlight(0)", N_("Passives"), show=False),
        Binding("2", "highlight(1)", N_("Sources"), show=False),
        Binding("3", "highlight(2)", N_("Terms"), show=False),
        Binding("4", "highlight(3)", N_("Conditionals"), show=False),
        Binding("5", "highlight(4)", N_("Figures"), show=False),
        Binding("n", "question(1)", N_("Next question")),
        Binding("b", "question(-1)", N_("Previous question"), show=False),
        # priority: PgUp/PgDn change the question from any answer widget (a text box, a choice list)
        Binding("pagedown", "question(1)", N_("Next question"), key_display="PgDn", priority=True),
        Binding("pageup", "question(-1)", N_("Previous question"), key_display="PgUp", show=False,
                priority=True),
        Binding("ctrl+s", "answer", N_("Answer")),
        Binding("r", "reveal", N_("Debrief")),
        Binding("c", "compare_takes", N_("Compare takes")),
        Binding("g", "running_orders", N_("Running orders"), show=False),
        Binding("x", "original_and_edit", N_("Original and edit"), show=False),
    ]

    def __init__(self, exercise_id: str | None = None) -> None:
        super().__init__()
        self.exercise: Any = None
        self.exercise_id = exercise_id
        self.from_list = exercise_id is None
        self.filters: dict[str, Any] = {"language": None, "level": None, "duration": None}
        self.analyses: dict[str, Any] = {}
        self.active: set[str] = set()
        self.question_index = 0
        self.feedback: dict[int, Any] = {}
        self.listed: list[Any] = []
        self.drafts: dict[int, Any] = {}  # question index -> what was typed or chosen
        self.answer_widget: Any = None
        self.answer_index: int | None = None

    # -- building ---------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(getattr(self.app, "language", "fr"))

    def on_mount(self) -> None:
        if self.exercise_id:
            self.load(self.exercise_id)
        else:
            self.fill_list()

    def load(self, exercise_id: str) -> None:
        try:
            self.exercise = find_exercise(exercise_id)
        except StudioError as e:
            self.antenne.show_error(e)
            return
        self.exercise_id = exercise_id
        self.refresh_bindings()
        self.active = set(self.exercise.features)
        self.question_index = 0
        # answers typed earlier in this session come back (leaving by mistake loses nothing)
        kept = self.kept_answers().get(exercise_id)
        self.drafts, self.feedback = (dict(kept[0]), dict(kept[1])) if kept else ({}, {})
        self.answer_widget, self.answer_index = None, None
        self.analyses = {}
        self.language_changed()
        self.analyse_versions()

    def compose(self) -> ComposeResult:
        yield Header()
        if self.exercise is None:
            yield Static(id="filters")
            yield DataTable(id="exercises", cursor_type="row", zebra_stripes=True)
        else:
            ex = self.exercise
            lang = self.language
            yield Label(f"{ex.text('title', lang)} · {ex.duration_min} min", id="title")
            yield Static(toggles_text(self.active), id="toggles")
            with Horizontal(id="versions"):
                for v in ex.versions:
                    yield VersionPanel(v["id"], ex.text("label", lang, v), str(ex.text("text", lang, v)),
                                       ex.has_audio(v, lang))
            with Vertical(id="question"):
                yield Static("", id="prompt")
                yield Vertical(id="answer-box")
                yield Static("", id="feedback")
            with VerticalScroll(id="debrief"):
                yield Markdown(self.debrief_markdown())
        yield TranslatedFooter()

    def after_recompose(self) -> None:
        if self.exercise is None:
            self.fill_list()
        else:
            self.refresh_versions()
            self.show_question()

    def language_changed(self) -> None:
        async def rebuild() -> None:
            self.keep_draft()
            self.answer_widget, self.answer_index = None, None
            await self.recompose()
            self.after_recompose()

        self.call_later(rebuild)

    LIST_ACTIONS = {"filter_language", "filter_level", "filter_duration", "open"}

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys for the list only in the list, keys for an exercise only in an exercise (the key bar
        then shows what works here)."""
        if action in ("back", "compare_takes"):
            return True
        if self.exercise is None:
            return action in self.LIST_ACTIONS
        if action == "question" and self.has_class("revealed"):
            return False  # PgUp/PgDn scroll the debrief
        return action not in self.LIST_ACTIONS

    # -- the list ---------------------------------------------------------------------------------
    def fill_list(self) -> None:
        try:
            items = bundled_exercises()
        except StudioError as e:
            self.antenne.show_error(e)
            items = []
        self.listed = filter_exercises(items, self.filters["language"], self.filters["level"],
                                       self.filters["duration"])
        table = self.query_one("#exercises", DataTable)
        table.clear(columns=True)
        table.add_columns(_("Exercise"), _("Level"), _("Minutes"))
        for ex in self.listed:
            table.add_row(ex.text("title", self.language), level_name(ex.level), str(ex.duration_min), key=ex.id)
        any_ = _("all")
        lang = self.filters["language"] or any_
        level = level_name(self.filters["level"]) if self.filters["level"] else any_
        minutes = f"≤ {self.filters['duration']} min" if self.filters["duration"] else any_
        self.query_one("#filters", Static).update(
            _("Language: {lang} · Level: {level} · Duration: {minutes}").format(
                lang=lang, level=level, minutes=minutes) + " · "
            + ngettext("{count} exercise", "{count} exercises", len(self.listed)).format(count=len(self.listed)))
        table.focus()

    def _cycle(self, key: str, values: list[Any]) -> None:
        if self.exercise is not None:
            return
        current = values.index(self.filters[key]) if self.filters[key] in values else 0
        self.filters[key] = values[(current + 1) % len(values)]
        self.fill_list()

    def action_filter_language(self) -> None:
        self._cycle("language", LANGUAGE_FILTERS)

    def action_filter_level(self) -> None:
        self._cycle("level", LEVEL_FILTERS)

    def action_filter_duration(self) -> None:
        self._cycle("duration", DURATION_FILTERS)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.load(str(event.row_key.value))

    def action_open(self) -> None:
        if self.exercise is None and self.listed:
            table = self.query_one("#exercises", DataTable)
            self.load(self.listed[table.cursor_row].id)

    def kept_answers(self) -> dict[str, tuple[dict[int, Any], dict[int, Any]]]:
        """The app-wide store of answers per exercise, for this session."""
        store: dict[str, tuple[dict[int, Any], dict[int, Any]]] = self.app.__dict__.setdefault(
            "exercise_answers", {})
        return store

    def keep_answers(self) -> None:
        if self.exercise is not None and self.exercise_id:
            self.keep_draft()
            self.kept_answers()[self.exercise_id] = (dict(self.drafts), dict(self.feedback))

    def on_unmount(self) -> None:
        self.keep_answers()

    def action_back(self) -> None:
        if self.exercise is not None and self.has_class("revealed"):
            self.action_reveal()
            return
        if self.exercise is not None and self.from_list:
            self.keep_answers()
            self.exercise = None
            self.exercise_id = None
            self.refresh_bindings()
            self.language_changed()
            return
        self.app.pop_screen()

    # -- versions and highlights --------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="framing")
    def analyse_versions(self) -> None:
        ex = self.exercise
        lang = ex.lang(self.language)
        try:
            found = {v["id"]: KeyedAnalysis(analyse(str(ex.text("text", lang, v)), lang, v["id"]), ex, v["id"], lang)
                     for v in ex.versions}  # findings the answer key denies are never shown
        except Exception as e:  # noqa: BLE001 - shown in the error dialog
            self.post_message(AnalysesReady({}, e))
            return
        self.post_message(AnalysesReady(found))

    def on_exercise_analyses_ready(self, message: AnalysesReady) -> None:
        if message.error is not None:
            self.antenne.show_error(message.error)
            return
        self.analyses = message.analyses
        self.refresh_versions()

    def refresh_versions(self) -> None:
        if self.exercise is None:
            return
        for panel in self.query(VersionPanel):
            panel.show(self.analyses.get(panel.version_id), self.active)
        self.query_one("#toggles", Static).update(toggles_text(self.active))

    def action_highlight(self, index: int) -> None:
        if self.exercise is None:
            return
        group = GROUPS[index]
        self.active ^= {group}
        self.refresh_versions()

    # -- audio ------------------------------------------------------------------------------------
    def selected_version(self) -> dict[str, Any] | None:
        if self.exercise is None:
            return None
        focused = self.focused
        vid = focused.version_id if isinstance(focused, VersionPanel) else None
        return next((v for v in self.exercise.versions if v["id"] == vid), self.exercise.versions[0])

    def action_play(self) -> None:
        version = self.selected_version()
        if version is None:
            return
        path = self.exercise.audio_path(version, self.language)
        if path is None or not path.is_file():
            self.notify(_("This version has no audio"), severity="warning")
            return
        if self.antenne.play_file(path):
            self.notify(_("Playing {label}").format(label=self.exercise.text("label", self.language, version)))

    def action_stop(self) -> None:
        self.antenne.stop_playback()

    # -- questions --------------------------------------------------------------------------------
    def current_question(self) -> dict[str, Any] | None:
        if self.exercise is None or not self.exercise.questions:
            return None
        return self.exercise.questions[self.question_index % len(self.exercise.questions)]

    def show_question(self) -> None:
        """Show the current question with a fresh answer widget, holding what was typed for it before.

        Answer widgets carry no id (a new one is mounted before the old one is gone: fixed ids would
        collide) and are reached through `self.answer_widget`; drafts live in `self.drafts`.
        """
        q = self.current_question()
        if q is None:
            return
        self.keep_draft()
        ex, lang = self.exercise, self.language
        n, total = self.question_index + 1, len(ex.questions)
        self.query_one("#prompt", Static).update(f"{n}/{total} · {ex.text('prompt', lang, q)}")
        box = self.query_one("#answer-box", Vertical)
        box.remove_children()
        draft = self.drafts.get(self.question_index)
        kind = q["kind"]
        widget: Any
        if kind == "choice":
            chosen = set(draft or [])
            widget = SelectionList[int](*[(opt, i, i in chosen)
                                          for i, opt in enumerate(ex.text("options", lang, q))])
        elif kind in ("ranking", "running-order"):  # a running order is typed as letters too
            items = ex.text("items", lang, q)
            hint = "  ".join(f"{chr(97 + i)}) {item}" for i, item in enumerate(items))
            box.mount(Static(hint, classes="hint"))
            widget = Input(value=draft or "", placeholder=_("Type the letters in order, e.g. b a c"))
        elif kind == "highlight":
            version = next((v for v in ex.versions if v["id"] == q.get("version")), None)
            label = ex.text("label", lang, version) if version else ""
            widget = Input(value=draft or "",
                           placeholder=_("Words found in {label}, separated by commas").format(label=label))
        else:
            widget = Input(value=draft or "", placeholder=_("Your answer, then Enter"))
        widget.add_class("answer")
        self.answer_widget = widget
        self.answer_index = self.question_index
        box.mount(widget)
        self.call_after_refresh(widget.focus)
        self.show_feedback()

    def keep_draft(self) -> None:
        """Remember what the answer widget holds, for its question (kept across questions and rebuilds)."""
        widget, index = self.answer_widget, self.answer_index
        if widget is None or index is None:
            return
        if isinstance(widget, SelectionList):
            self.drafts[index] = list(widget.selected)
        elif isinstance(widget, Input):
            self.drafts[index] = widget.value

    def show_feedback(self) -> None:
        fb = self.feedback.get(self.question_index)
        widget = self.query_one("#feedback", Static)
        widget.update(fb.message if fb is not None else "")
        widget.set_class(fb is not None and fb.correct is False, "wrong")

    def action_question(self, step: int) -> None:
        if self.exercise is None:
            return
        self.question_index = (self.question_index + step) % len(self.exercise.questions)
        self.show_question()

    def current_answer(self) -> Any:
        q = self.current_question()
        if q is None:
            return None
        self.keep_draft()
        draft = self.drafts.get(self.question_index)
        kind = q["kind"]
        if kind == "choice":
            return list(draft or [])
        text = str(draft or "")
        if kind in ("ranking", "running-order"):
            return [ord(c) - 97 for c in text.lower() if "a" <= c <= "z"]
        if kind == "highlight":
            return [w.strip() for w in text.split(",") if w.strip()]
        return text

    def action_answer(self) -> None:
        q = self.current_question()
        if q is None:
            return
        self.feedback[self.question_index] = check_answer(self.exercise, q, self.current_answer(), self.language)
        self.show_feedback()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_answer()

    # -- debrief and comparing takes -----------------------------------------------------------------
    def debrief_markdown(self) -> str:
        ex, lang = self.exercise, self.language
        debrief = ex.raw.get("debrief", {})
        lines = [f"## {_('Facilitator debrief')}", "", str(ex.text("notes", lang, debrief)).strip(), "",
                 f"### {_('Expected findings')}", ""]
        lines += [f"- {item}" for item in ex.text("expected", lang, debrief)]
        return "\n".join(lines)

    def action_reveal(self) -> None:
        if self.exercise is not None:
            self.toggle_class("revealed")
            self.refresh_bindings()
            if self.has_class("revealed"):
                self.query_one("#debrief").focus()  # arrows and PgUp/PgDn scroll it
            elif self.answer_widget is not None:
                self.answer_widget.focus()

    def action_running_orders(self) -> None:
        question = running_order_question(self.exercise) if self.exercise is not None else None
        if question is None:
            self.notify(_("This exercise has no running order"), severity="warning")
            return
        self.app.push_screen(RunningOrderScreen(self.exercise, question))

    def action_original_and_edit(self) -> None:
        ex = self.exercise
        edited = next((v for v in ex.versions if ex.text("edit", self.language, v)), None) if ex else None
        full = next((v for v in ex.versions if ex.text("audio", self.language, v)), None) if ex else None
        if edited is None or full is None:
            self.notify(_("This exercise has no edited version"), severity="warning")
            return
        self.app.push_screen(CutScreen(ex, full, edited))

    def action_compare_takes(self) -> None:
        self.app.push_screen(CompareTakesScreen())
