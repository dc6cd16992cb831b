"""The workshop screen: the plan that drives the session, the facilitator clock, participants, takes, episodes."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.coordinate import Coordinate
from textual.reactive import reactive
from textual.widgets import DataTable, Header, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from studio.audio.recover import find_unfinished, recover
from studio.errors import StudioError
from studio.i18n import N_, _, date_text, ngettext
from studio.i18n.labels import CONSENT_NAMES, consent_choices
from studio.i18n.times import clock
from studio.project import load_workshop
from studio.project.consent import withdraw_exports
from studio.project.media import import_files
from studio.project.model import PlanStep, Workshop
from studio.tui.dialogs import ChoiceDialog, ConfirmDialog, HelpDialog, ImportDialog, InputDialog
from studio.tui.screens import step_screen
from studio.tui.screens.base import AntenneScreen
from studio.tui.screens.transcribe_jobs import TranscribeQueue
from studio.tui.widgets.footer import TranslatedFooter
from studio.tui.widgets.lists import StopOptionList
from studio.usecases.erasure import erase, redact
from studio.usecases.recording import live_wanted

ROLE_LABELS = {
    "presenter": N_("presenter"),
    "columnist": N_("columnist"),
    "journalist": N_("journalist"),
    "technician": N_("technician"),
    "guest": N_("guest"),
    "": "—",
}
CONSENT_LABELS = CONSENT_NAMES  # one name per level (studio.i18n.labels), shared with the CLI and export


def fill_table(table: DataTable, headers: list[str], rows: list[tuple[str, list[str]]]) -> None:  # type: ignore[type-arg]
    """Replace a table's content; column widths fit the longest cell (computed here, not on first render)."""
    cursor = table.cursor_row
    table.clear(columns=True)
    for i, header in enumerate(headers):
        width = max([len(header)] + [len(cells[i]) for _key, cells in rows])
        table.add_column(header, width=min(width, 40))
    for key, cells in rows:
        table.add_row(*cells, key=key)
    if rows and cursor is not None:
        table.move_cursor(row=min(cursor, len(rows) - 1))


class StepClock(Static):
    """Counts the current step's time against its planned duration; turns red when it runs over."""

    elapsed: reactive[int] = reactive(0)
    running: reactive[bool] = reactive(False)

    def __init__(self, planned_s: int, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.planned_s = planned_s
        self._warned = False

    def on_mount(self) -> None:
        self.set_interval(1.0, self._tick)

    def _tick(self) -> None:
        if self.running:
            self.elapsed += 1

    def reset(self, planned_s: int) -> None:
        self.planned_s = planned_s
        self.elapsed = 0
        self._warned = False
        self.refresh_text()

    def watch_elapsed(self, value: int) -> None:
        over = value > self.planned_s
        self.set_class(over, "over")
        if over and not self._warned:
            self._warned = True
            self.app.notify(_("This step is over its planned time"), severity="warning")
        self.refresh_text()

    def watch_running(self, value: bool) -> None:
        self.refresh_text()

    def refresh_text(self) -> None:
        state = "▶" if self.running else "⏸"
        left = self.planned_s - self.elapsed
        tail = _("{time} left").format(time=clock(left, fixed=True)) if left >= 0 else _("{time} over").format(
            time=clock(-left, fixed=True))
        self.update(f"{state} {clock(self.elapsed, fixed=True)} / {clock(self.planned_s, fixed=True)}  ·  {tail}")


class WorkshopScreen(AntenneScreen):
    HELP = N_(
        "## The workshop\n\nOn the left, the **plan**: each step with its duration. The current step is marked "
        "with ▶. Press **Enter** on a step to open its screen (exercise, recording, editing, transcription, "
        "listening together, export); other steps show the facilitator's note.\n\nThe **clock** counts the "
        "time of the current step (Space starts or pauses it) and warns when the step runs over. **n** moves "
        "to the next step, **b** back to the previous one, **m** makes the highlighted step the current one "
        "(opening a step does not). **Escape** closes the workshop (after asking).\n\nOn the right: the "
        "**participants** with their "
        "role and consent (a to add, c to change consent, Enter or l for the dated consent register, x to "
        "erase someone completely), the **takes** (i to import voice notes, p or Enter to play) and the "
        "**episodes**."
    )
    BINDINGS = [
        Binding("enter", "open_step", N_("Open step"), show=False),
        Binding("space", "toggle_clock", N_("Clock"), key_display="␣"),
        Binding("n", "next_step", N_("Next")),
        Binding("b", "previous_step", N_("Previous"), show=False),
        Binding("m", "make_current", N_("Make this the current step"), show=False),
        Binding("a", "add_participant", N_("Add")),
        Binding("c", "consent", N_("Change consent")),
        Binding("x", "forget", N_("Erase"), show=False),
        Binding("l", "consent_log", N_("Consent log"), show=False),
        Binding("i", "import", N_("Import")),
        Binding("p", "play", N_("Play")),
        Binding("escape", "home", N_("Close the workshop"), show=False),
    ]

    import_folder: Path | None = None  # where the import dialog opens (the last folder used)

    @property
    def workshop(self) -> Workshop:
        assert self.antenne.workshop is not None
        return self.antenne.workshop

    def compose(self) -> ComposeResult:
        w = self.workshop
        yield Header()
        with Vertical(id="plan-column"):
            yield Static(_("Plan · {minutes} min").format(minutes=sum(s.minutes for s in w.plan)),
                         classes="section-title")
            yield StopOptionList(*self._plan_options(), id="plan")
            yield StepClock(self._current().minutes * 60 if w.plan else 0, id="clock")
            yield Static(self._note_text(), id="step-note")
        with TabbedContent(id="tabs"):
            with TabPane(_("Participants"), id="tab-participants"):
                yield DataTable(id="participants", cursor_type="row", zebra_stripes=True)
            with TabPane(_("Takes"), id="tab-takes"):
                yield DataTable(id="takes", cursor_type="row", zebra_stripes=True)
            with TabPane(_("Episodes"), id="tab-episodes"):
                yield DataTable(id="episodes", cursor_type="row", zebra_stripes=True)
        yield TranslatedFooter()

    def on_mount(self) -> None:
        self.after_recompose()
        self.call_after_refresh(self._offer_unfinished_takes)

    def after_recompose(self) -> None:
        self.title = "Antenne"
        self.sub_title = self.workshop.title
        self.refresh_tables()
        plan = self.query_one("#plan", OptionList)
        if self.workshop.plan:
            plan.highlighted = min(self.workshop.current_step, len(self.workshop.plan) - 1)
        plan.focus()

    # -- plan -----------------------------------------------------------------------------------
    def _current(self) -> PlanStep:
        w = self.workshop
        return w.plan[min(w.current_step, len(w.plan) - 1)]

    def _plan_options(self) -> list[Option]:
        w = self.workshop
        language = self.antenne.language
        options = []
        for i, step in enumerate(w.plan):
            mark = "▶" if i == w.current_step else ("✓" if step.done else " ")
            options.append(Option(f"{mark} {i + 1}. {step.text('title', language)} ({step.minutes}′)", id=step.id))
        return options

    def _note_text(self) -> str:
        if not self.workshop.plan:
            return ""
        step = self._current()
        return step.text("note", self.antenne.language)

    def _refresh_plan(self) -> None:
        plan = self.query_one("#plan", OptionList)
        highlighted = plan.highlighted
        plan.clear_options()
        plan.add_options(self._plan_options())
        plan.highlighted = highlighted
        self.query_one("#step-note", Static).update(self._note_text())

    def _set_step(self, index: int) -> None:
        w = self.workshop
        if not w.plan:
            return
        index = max(0, min(index, len(w.plan) - 1))
        if index > w.current_step:
            for step in w.plan[w.current_step:index]:
                step.done = True
        w.current_step = index
        self.antenne.save()
        clock = self.query_one(StepClock)
        clock.reset(self._current().minutes * 60)
        self._refresh_plan()
        self.query_one("#plan", OptionList).highlighted = index

    def action_next_step(self) -> None:
        self._set_step(self.workshop.current_step + 1)

    def action_previous_step(self) -> None:
        self._set_step(self.workshop.current_step - 1)

    def action_make_current(self) -> None:
        plan = self.query_one("#plan", OptionList)
        if plan.highlighted is not None and plan.highlighted != self.workshop.current_step:
            self._set_step(plan.highlighted)
            self.notify(_("Current step: {title}").format(
                title=self._current().text("title", self.antenne.language)))

    def action_toggle_clock(self) -> None:
        clock = self.query_one(StepClock)
        clock.running = not clock.running

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "plan":
            self.open_step(event.option_index)

    def action_open_step(self) -> None:
        plan = self.query_one("#plan", OptionList)
        if plan.highlighted is not None:
            self.open_step(plan.highlighted)

    def open_step(self, index: int) -> None:
        w = self.workshop
        if not 0 <= index < len(w.plan):
            return
        step = w.plan[index]  # opening a step does not make it the current one (n, b and m do)
        try:
            screen = step_screen(step.kind, step)
        except Exception as e:  # a broken screen must not take the workshop down
            self.antenne.show_error(e)
            return
        if screen is not None:
            self.app.push_screen(screen)
            return
        language = self.antenne.language
        text = f"## {step.text('title', language)} ({step.minutes}′)\n\n{step.text('note', language)}"
        self.app.push_screen(HelpDialog(text))

    # -- tables -----------------------------------------------------------------------------------
    def refresh_tables(self) -> None:
        w = self.workshop
        fill_table(
            self.query_one("#participants", DataTable),
            [_("Name"), _("Role"), _("Consent"), _("Takes")],
            [(p.name, [p.name, _(ROLE_LABELS.get(p.role, p.role)), _(CONSENT_LABELS[p.consent]),
                       str(len(w.takes_of(p.name)))]) for p in w.participants],
        )
        origins = {"import": _("imported"), "record": _("recorded"), "demo": _("demo")}
        fill_table(
            self.query_one("#takes", DataTable),
            [_("Take"), _("Who"), _("Duration"), _("When"), _("Origin")],
            [(t.id, [t.id, t.participant, clock(t.duration_s), date_text(t.created),
                     origins.get(t.origin, t.origin)]) for t in w.takes],
        )
        fill_table(
            self.query_one("#episodes", DataTable),
            [_("Episode"), _("Title"), _("Items")],
            [(e.id, [e.id, e.title, str(len(e.items))]) for e in w.episodes],
        )

    def _selected_participant(self) -> str | None:
        table = self.query_one("#participants", DataTable)
        if not self.workshop.participants or table.cursor_row is None:
            return None
        row = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key
        return str(row.value) if row.value is not None else None

    def _selected_take(self) -> str | None:
        table = self.query_one("#takes", DataTable)
        if not self.workshop.takes or table.cursor_row is None:
            return None
        row = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key
        return str(row.value) if row.value is not None else None

    # -- participants and consent -------------------------------------------------------------------
    def action_add_participant(self) -> None:
        def got_name(name: str | None) -> None:
            if not name:
                return

            def got_consent(level: str | None) -> None:
                if level is None:
                    return
                try:
                    self.workshop.add_participant(name, consent=level, by=self.workshop.facilitator)
                    self.antenne.save()
                except StudioError as e:
                    self.antenne.reload()
                    self.antenne.show_error(e)
                    return
                self.refresh_tables()
                self.query_one(TabbedContent).active = "tab-participants"
                self.notify(_("{name} added").format(name=name))

            self.app.push_screen(ChoiceDialog(_("Consent of {name}").format(name=name), self._consent_choices()),
                                 got_consent)

        self.app.push_screen(InputDialog(_("First name or pseudonym of the participant")), got_name)

    @staticmethod
    def _consent_choices() -> list[tuple[str, str]]:
        return consent_choices()

    def action_consent(self) -> None:
        name = self._selected_participant()
        if name is None:
            self.notify(_("Select a participant first (Participants tab)"), severity="warning")
            return
        person = self.workshop.participant(name)

        def chosen(level: str | None) -> None:
            if level is None or level == person.consent:
                return

            def confirmed(ok: bool | None) -> None:
                if not ok:
                    return

                previous = person.consent
                self.workshop.set_consent(name, level, by=self.workshop.facilitator)
                notes = withdraw_exports(self.workshop, person.name) if previous == "publish" else []
                self.antenne.save()
                self.refresh_tables()
                for note in notes:
                    self.notify(note, severity="warning", timeout=12)

            self.app.push_screen(ConfirmDialog(
                _("Change the consent of {name} from “{old}” to “{new}”? The change is logged with today's date.")
                .format(name=person.name, old=_(CONSENT_LABELS[person.consent]), new=_(CONSENT_LABELS[level]))),
                confirmed)

        self.app.push_screen(ChoiceDialog(_("Consent of {name}").format(name=name), self._consent_choices(),
                                          current=person.consent), chosen)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "participants":
            self.action_consent_log()
        elif event.data_table.id == "takes":
            self.action_play()

    def action_consent_log(self) -> None:
        """Show the dated consent register of the selected participant."""
        name = self._selected_participant()
        if name is None:
            self.notify(_("Select a participant first (Participants tab)"), severity="warning")
            return
        person = self.workshop.participant(name)
        lines = [
            f"## {_('Consent register of {name}').format(name=person.name)}",
            "",
            _("Current consent: **{level}**").format(level=_(CONSENT_LABELS[person.consent])),
            "",
            f"| {_('Date')} | {_('Consent')} | {_('Recorded by')} |",
            "|---|---|---|",
        ]
        for change in person.consent_log:
            when = date_text(change.date)
            lines.append(f"| {when} | {_(CONSENT_LABELS.get(change.level, change.level))} | {change.by or '—'} |")
        lines += ["", _("Press c to change the consent (with a confirmation), x to erase this person completely.")]
        self.app.push_screen(HelpDialog("\n".join(lines)))

    def action_forget(self) -> None:
        name = self._selected_participant()
        if name is None:
            self.notify(_("Select a participant first (Participants tab)"), severity="warning")
            return

        def confirmed(ok: bool | None) -> None:
            if not ok:
                return

            try:
                report = erase(self.workshop, name)
            except StudioError as e:
                self.antenne.show_error(e)
                return
            self.antenne.reload()
            self.refresh_tables()
            removed = report.files
            self.notify(ngettext("{name} was erased ({count} file removed)", "{name} was erased ({count} files removed)",
                                 len(removed)).format(name=name, count=len(removed)))
            if report.unreachable:
                self.notify(_("Copies Antenne cannot reach (delete them by hand): {where}").format(
                    where="; ".join(report.unreachable)), severity="warning", timeout=15)
            if report.mentions_left:
                self.offer_redaction(name, list(report.mentions_left))

        self.app.push_screen(ConfirmDialog(
            _("Erase {name} completely? Their recordings, transcripts and exports that contain them are deleted. "
              "This cannot be undone.").format(name=name), confirm=_("Erase"), danger=True), confirmed)

    def offer_redaction(self, name: str, mentions: list[str]) -> None:
        """Other participants' transcripts still say the erased name: offer to redact it there too
        (what `antenne participant forget DIR NAME --redact-mentions` does)."""
        def chosen(ok: bool | None) -> None:
            if not ok:
                return

            try:
                report = redact(self.workshop, name)
            except StudioError as e:
                self.antenne.show_error(e)
                return
            self.antenne.reload()
            self.refresh_tables()
            self.notify(ngettext("The name was redacted from {count} transcript",
                                 "The name was redacted from {count} transcripts",
                                 len(report.mentions)).format(count=len(report.mentions)))

        question = ngettext(
            "{count} other transcript mentions {name}: {files}. Replace the name there with […]?",
            "{count} other transcripts mention {name}: {files}. Replace the name there with […]?",
            len(mentions)).format(count=len(mentions), name=name, files="; ".join(mentions))
        self.app.push_screen(ConfirmDialog(question, confirm=_("Redact")), chosen)

    # -- takes --------------------------------------------------------------------------------------
    def action_import(self) -> None:
        people = [(p.name, p.name) for p in self.workshop.participants if p.consent != "none"]
        if not people:
            self.notify(_("Add a participant who agreed to be recorded first"), severity="warning")
            return

        def got_files(files: list[Path] | None) -> None:
            if not files:
                return
            self.import_folder = files[0].parent

            def got_person(name: str | None) -> None:
                if name:
                    self.notify(_("Importing…"))
                    self._import(files, name)

            self.app.push_screen(ChoiceDialog(_("Who speaks in these recordings?"), people), got_person)

        self.app.push_screen(ImportDialog(self.import_folder), got_files)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import")
    def _import(self, files: list[Path], name: str) -> None:
        try:
            takes = import_files(load_workshop(self.workshop.path), files, name)
        except StudioError as e:
            self.app.call_from_thread(self.antenne.show_error, e)
            return
        self.app.call_from_thread(self._imported, [t.id for t in takes])

    def _imported(self, ids: list[str]) -> None:
        self.antenne.reload()
        self.refresh_tables()
        self.query_one(TabbedContent).active = "tab-takes"
        self.notify(_("Imported: {ids}").format(ids=", ".join(ids)))

    def action_play(self) -> None:
        take_id = self._selected_take()
        if take_id is None:
            self.notify(_("Select a take first (Takes tab)"), severity="warning")
            return
        self.antenne.play_take(take_id)

    def action_home(self) -> None:
        def answer(ok: bool | None) -> None:
            if ok:
                self.antenne.stop_playback()
                self.antenne.go_home()

        self.app.push_screen(ConfirmDialog(
            _("Close this workshop and go back to the home screen? Everything is saved."),
            confirm=_("Close")), answer)

    # -- unfinished takes ---------------------------------------------------------------------------
    def _offer_unfinished_takes(self) -> None:
        """After a crash or power cut, offer to finalise the takes that were being recorded."""
        try:
            unfinished = find_unfinished(self.workshop)
        except (StudioError, OSError):
            return
        if not unfinished:
            return

        def answer(ok: bool | None) -> None:
            if ok:
                self._recover()

        self.app.push_screen(ConfirmDialog(
            ngettext("{count} recording was interrupted (crash or power cut). Recover it now? Nothing is lost.",
                     "{count} recordings were interrupted (crash or power cut). Recover them now? Nothing is lost.",
                     len(unfinished)).format(count=len(unfinished)), confirm=_("Recover")), answer)

    def _recover(self) -> None:
        try:
            recovered = recover(self.workshop)
        except StudioError as e:
            self.antenne.show_error(e)
            return
        self.antenne.reload()
        self.refresh_tables()
        self.query_one(TabbedContent).active = "tab-takes"
        kept = [r.take_id for r in recovered if r.status == "recovered"]
        message = _("Interrupted recordings were recovered: {ids}").format(ids=", ".join(kept) or "—")

        if kept and live_wanted():
            # what was transcribed while they were recorded died with the crash: made again in the background

            TranscribeQueue.of(self.app).add(kept)
            message += "\n" + _("Their transcripts are being made.")
        self.notify(message)

    def on_screen_resume(self) -> None:
        if self.antenne.workshop is not None and self.is_mounted:
            self.antenne.reload()
            self.refresh_tables()
            self._refresh_plan()
