"""The Episode screen: running order, jingles and bed, consent warnings, metadata, preview and export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Checkbox,
    Header,
    Input,
    Label,
    ListItem,
    ListView,
    ProgressBar,
    Select,
    Static,
)
from textual.worker import get_current_worker

from studio.errors import StudioError
from studio.export.pack import estimated_duration_s, item_title
from studio.export.render import asset_path
from studio.i18n import N_, _, ngettext, number
from studio.i18n.labels import consent_name
from studio.i18n.times import clock
from studio.progress import Progress as WorkProgress
from studio.project.model import Episode, EpisodeItem, slugify
from studio.tui.dialogs import ChoiceDialog
from studio.tui.guard import GuardedDispatch
from studio.tui.messages.episode import Done, Estimated, Progress
from studio.tui.screens.base import AntenneScreen
from studio.tui.widgets.footer import TranslatedFooter
from studio.usecases.export import ExportJob, ExportOptions, ExportStage
from studio.usecases.running_order import RunningOrder, available_sounds, ensure_episode

TARGETS = (("podcast", N_("Podcast (-16 LUFS)")), ("broadcast", N_("Broadcast (-23 LUFS)")))


def sounds(folder: str) -> list[str]:
    """Asset references ('jingles/intro.ogg') available in an assets sub-folder."""
    return available_sounds(folder)


class ExportDialog(GuardedDispatch, ModalScreen[dict[str, Any] | None]):
    """Format, loudness target, output folder and whether to leave out unconsented takes."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, outdir: str, target: str, warnings: str) -> None:
        super().__init__()
        self.outdir = outdir
        self.target = target
        self.warnings = warnings

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(_("Export the episode"), classes="dialog-title")
            choices = [(_(label), value) for value, label in TARGETS]
            if self.target not in {v for v, _l in TARGETS}:
                choices.append((f"{self.target} LUFS", self.target))
            with Horizontal(id="choices"):
                yield Select([(f.upper(), f) for f in ("mp3", "ogg", "flac", "wav")], value="mp3",
                             allow_blank=False, id="format")
                yield Select(choices, value=self.target, allow_blank=False, id="target")
            yield Input(value=self.outdir, id="outdir")
            if self.warnings:
                yield Static(self.warnings, classes="warning")
                yield Checkbox(_("Leave out takes without publish consent"), value=False, id="skip")
            with Horizontal(classes="buttons"):
                yield Button(_("Export"), variant="primary", id="go")
                yield Button(_("Cancel"), id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id != "go":
            self.dismiss(None)
            return
        skip = self.query("#skip")
        self.dismiss({
            "fmt": self.query_one("#format", Select).value,
            "target": self.query_one("#target", Select).value,
            "outdir": self.query_one("#outdir", Input).value.strip() or self.outdir,
            "skip": bool(skip and skip.first(Checkbox).value),
        })

    def action_cancel(self) -> None:
        self.dismiss(None)


class EpisodeScreen(AntenneScreen):
    """Build the episode: its running order, music, texts; listen to an item; export the pack."""

    HELP = N_(
        "## Episode\n\n"
        "Build the episode that will be published: the **running order** (jingles, takes, stingers), a music "
        "**bed** played softly under the voices, and the texts that go with it (title, summary, credits, "
        "sources named on air).\n\n"
        "Takes of people who did not agree to publication are marked **⚠**: the export refuses them unless you "
        "choose to leave them out.\n\n"
        "**Export** writes the audio (loudness-normalised), subtitles, transcript, chapters, show notes and the "
        "podcast feed into one folder."
    )
    BINDINGS = [
        Binding("a", "add_take", N_("Add take")),
        Binding("j", "add_jingle", N_("Add jingle")),
        Binding("b", "choose_bed", N_("Bed")),
        Binding("delete,d", "remove", N_("Remove")),
        Binding("shift+up,u", "move(-1)", N_("Move up")),
        Binding("shift+down,n", "move(1)", N_("Move down")),
        Binding("c", "crossfade", N_("Crossfade"), show=False),
        Binding("p", "preview", N_("Listen")),
        Binding("x", "export", N_("Export")),
        Binding("escape", "back", N_("Back")),
    ]

    def __init__(self, episode_id: str | None = None) -> None:
        super().__init__()
        self.episode_id = episode_id
        self.exporting = False
        self.last_folder = ""

    # -- model ----------------------------------------------------------------------------------
    @property
    def episode(self) -> Episode:
        w = self.antenne.workshop
        assert w is not None
        return ensure_episode(w, self.episode_id)

    def _order(self) -> RunningOrder:
        """The running-order use case, saving through the app (which shows a failed save in a dialog)."""
        w = self.antenne.workshop
        assert w is not None
        return RunningOrder(w, self.episode_id, save=lambda _w: self.antenne.save())

    def _unconsented_refs(self) -> dict[str, str]:
        """{take id: consent level} for takes in the episode without publish consent."""
        w = self.antenne.workshop
        assert w is not None
        out = {}
        for item in self.episode.items:
            if item.kind == "take":
                try:
                    take = w.take(item.ref)
                except StudioError:
                    continue
                person = w.find_participant(take.participant)
                if person is None or person.consent != "publish":
                    out[item.ref] = person.consent if person else "none"
        return out

    # -- layout ---------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="order-box"):
                yield Label(_("Running order"), classes="field")
                yield ListView(id="order")
            with VerticalScroll(id="meta"):
                yield Label(_("Title"), classes="field")
                yield Input(id="title")
                yield Label(_("Summary"), classes="field")
                yield Input(id="summary")
                yield Label(_("Credits"), classes="field")
                yield Input(id="credits")
                yield Label(_("Sources named on air (separated by ;)"), classes="field")
                yield Input(id="sources")
        yield Static(id="consent")
        yield Static(id="summary-line")
        yield ProgressBar(id="progress", total=1.0, show_eta=False)
        yield Static(id="result")
        yield TranslatedFooter()

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        ep = self.episode
        self.title = _("Episode")  # the screen other messages name ("Create one in the Episode screen")
        self.sub_title = ep.title
        self.query_one("#title", Input).value = ep.title
        self.query_one("#summary", Input).value = ep.summary
        self.query_one("#credits", Input).value = ep.credits
        self.query_one("#sources", Input).value = "; ".join(ep.sources)
        self.query_one("#progress", ProgressBar).display = False
        self.refresh_order()
        self.query_one("#order", ListView).focus()

    def _label(self, pos: int, item: EpisodeItem, unconsented: dict[str, str]) -> str:
        w = self.antenne.workshop
        assert w is not None
        title = item_title(w, item)
        if item.kind == "take":
            try:
                take = w.take(item.ref)
                extra = f"{item.ref} · {take.participant} · {clock(take.duration_s)}"
            except StudioError:
                extra = item.ref
        else:
            extra = Path(item.ref).name
        mark = "⚠ " if item.ref in unconsented else ""
        fade = f" ⤫{item.crossfade_s:g}s" if item.crossfade_s else ""
        twice = ""
        if item.kind == "take" and self.episode.take_ids().count(item.ref) > 1:
            twice = "  ⧉ " + _("also elsewhere in the order")
        return f"{pos}. {mark}{title} — {extra}{fade}{twice}"

    def refresh_order(self, select: int | None = None) -> None:
        ep = self.episode
        view = self.query_one("#order", ListView)
        current = view.index if select is None else select
        unconsented = self._unconsented_refs()
        view.clear()
        for pos, item in enumerate(ep.items, start=1):
            li = ListItem(Label(self._label(pos, item, unconsented)))
            if item.ref in unconsented:
                li.add_class("unconsented")
            view.append(li)
        if ep.items:
            index = min(max(0, current or 0), len(ep.items) - 1)
            # the new rows are mounted after this call: set the cursor once they are, so it shows from the start
            self.call_after_refresh(setattr, view, "index", index)
        self._refresh_status(unconsented)

    def _refresh_status(self, unconsented: dict[str, str]) -> None:
        w = self.antenne.workshop
        assert w is not None
        ep = self.episode
        if unconsented:
            lines = []
            for pos, item in enumerate(ep.items, start=1):
                if item.ref in unconsented:
                    who = w.take(item.ref).participant
                    lines.append(_("⚠ {name} has not agreed to publication (consent: {level}): item {pos}, {title}")
                                 .format(name=who, level=consent_name(unconsented[item.ref]), pos=pos,
                                         title=item_title(w, item)))
            self.query_one("#consent", Static).update("\n".join(lines))
        else:
            self.query_one("#consent", Static).update("")
        bed = Path(ep.bed).name if ep.bed else _("no bed")
        self._duration = estimated_duration_s(w, ep)
        self.query_one("#summary-line", Static).update(
            ngettext("{count} item · {duration} · bed: {bed} · target: {target}",
                     "{count} items · {duration} · bed: {bed} · target: {target}", len(ep.items)).format(
                count=len(ep.items), duration=clock(self._duration), bed=bed, target=ep.target))
        self.estimate_loudness()

    # -- loudness estimate (worker) ------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="estimate")
    def estimate_loudness(self) -> None:
        """Duration-weighted energy of the items' loudness: what the mix measures before normalisation."""
        if self.antenne.workshop is None:
            return
        raw = self._order().estimated_loudness_lufs()
        if raw is None:
            return
        self.post_message(Estimated(
            _("estimated loudness before export: {raw} LUFS (export normalises to the target)").format(raw=number(raw, 1))))

    def on_episode_estimated(self, message: Estimated) -> None:
        line = self.query_one("#summary-line", Static)
        ep = self.episode
        bed = Path(ep.bed).name if ep.bed else _("no bed")
        base = ngettext("{count} item · {duration} · bed: {bed} · target: {target}",
                        "{count} items · {duration} · bed: {bed} · target: {target}", len(ep.items)).format(
            count=len(ep.items), duration=clock(getattr(self, "_duration", 0.0)), bed=bed, target=ep.target)
        line.update(f"{base}\n{message.text}")
        line.styles.height = "auto"

    # -- metadata -------------------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        ep = self.episode
        value = event.value
        if event.input.id == "title":
            title = value.strip()
            if title and title != ep.title:
                ep.title = title
                w = self.antenne.workshop
                # the file names follow the title until the episode is first published, then stay stable
                if w is not None and not any(r.episode == ep.id for r in w.exports):
                    ep.slug = slugify(title)
            self.sub_title = ep.title
        elif event.input.id == "summary":
            ep.summary = value
        elif event.input.id == "credits":
            ep.credits = value
        elif event.input.id == "sources":
            ep.sources = [s.strip() for s in value.split(";") if s.strip()]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.antenne.save()
        self.query_one("#order", ListView).focus()

    # -- running order --------------------------------------------------------------------------
    def _selected(self) -> int | None:
        index = self.query_one("#order", ListView).index
        return index if index is not None and index < len(self.episode.items) else None

    def _insert(self, item: EpisodeItem) -> None:
        at = self._selected()
        try:
            change = self._order().add([item], at=None if at is None else at + 2)
        except StudioError as e:
            self.antenne.show_error(e)
            return
        for text in change.warnings:
            self.notify(text, severity="warning")
        self.refresh_order(select=(change.position or 1) - 1)

    def action_add_take(self) -> None:
        w = self.antenne.workshop
        assert w is not None
        if not w.takes:
            self.notify(_("This workshop has no take yet"), severity="warning")
            return
        used = set(self.episode.take_ids())
        choices = [(t.id, f"{t.id} · {t.participant} · {clock(t.duration_s)}" + (" ✓" if t.id in used else ""))
                   for t in w.takes]

        def chosen(value: str | None) -> None:
            if value:  # the use case warns when the take is already in the order
                self._insert(EpisodeItem(kind="take", ref=value))

        self.app.push_screen(ChoiceDialog(_("Add a take"), choices), chosen)

    def action_add_jingle(self) -> None:
        refs = sounds("jingles")
        if not refs:
            self.notify(_("No jingle found in the assets folder"), severity="warning")
            return

        def chosen(value: str | None) -> None:
            if value:
                self._insert(EpisodeItem(kind="asset", ref=value))

        self.app.push_screen(ChoiceDialog(_("Add a jingle"), [(r, Path(r).stem) for r in refs]), chosen)

    def action_choose_bed(self) -> None:
        choices = [("", _("No bed"))] + [(r, Path(r).stem) for r in sounds("beds")]

        def chosen(value: str | None) -> None:
            if value is not None:
                self._order().set_bed(value)
                self.refresh_order()

        self.app.push_screen(ChoiceDialog(_("Music bed under the voices"), choices, current=self.episode.bed),
                             chosen)

    def action_remove(self) -> None:
        at = self._selected()
        if at is None:
            return
        self._order().remove(at + 1)
        self.refresh_order(select=at)

    def action_move(self, step: int) -> None:
        at = self._selected()
        items = self.episode.items
        if at is None or not 0 <= at + step < len(items):
            return
        self._order().move(at + 1, at + 1 + step)
        self.refresh_order(select=at + step)

    def action_crossfade(self) -> None:
        """Cycle the selected item's crossfade with the previous one: 0, 0.5, 1, 2 s."""
        at = self._selected()
        if not at:
            return
        self._order().cycle_crossfade(at + 1)
        self.refresh_order(select=at)

    def action_preview(self) -> None:
        at = self._selected()
        if at is None:
            return
        item = self.episode.items[at]
        if item.kind == "take":
            self.antenne.play_take(item.ref)
            return

        self.antenne.play_file(asset_path(item.ref))

    def action_back(self) -> None:
        self.antenne.stop_playback()
        self.antenne.save()
        self.app.pop_screen()

    # -- export ---------------------------------------------------------------------------------
    def action_export(self) -> None:
        if self.exporting:
            self.notify(_("An export is already running"), severity="warning")
            return
        w = self.antenne.workshop
        assert w is not None
        self.antenne.save()
        unconsented = self._unconsented_refs()
        warning = ""
        if unconsented:
            names = sorted({w.take(ref).participant for ref in unconsented})
            warning = _("Without publish consent: {names}. The export refuses them unless you leave them out.") \
                .format(names=", ".join(names))
        outdir = self.last_folder or str(w.path.parent / f"{w.path.name}-podcast")

        def chosen(options: dict[str, Any] | None) -> None:
            if options:
                self.exporting = True
                bar = self.query_one("#progress", ProgressBar)
                bar.display = True
                bar.update(progress=0.0)
                self.query_one("#result", Static).update(_("Exporting…"))
                self.run_export(options)

        self.app.push_screen(ExportDialog(outdir, self.episode.target, warning), chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def run_export(self, options: dict[str, Any]) -> None:
        worker = get_current_worker()
        w = self.antenne.workshop
        try:
            assert w is not None
            job = ExportJob(w, ExportOptions(options["outdir"], episode_id=self.episode.id, format=options["fmt"],
                                             target=options["target"], skip_unconsented=options["skip"]))

            def report(stage: ExportStage, fraction: float) -> None:
                self.post_message(Progress(stage, job.overall(stage, fraction)))

            # the worker's own cancel event stops the export (leaving the screen, quitting the app)
            result = job.run(WorkProgress(report, event=worker.cancelled_event))
        except BaseException as e:  # reported in the UI thread
            self.post_message(Done(error=e))
            return
        self.post_message(Done(result=result))

    def on_episode_progress(self, message: Progress) -> None:
        self.query_one("#progress", ProgressBar).update(progress=message.fraction)
        self.query_one("#result", Static).update(message.stage.label)

    def on_episode_done(self, message: Done) -> None:
        self.exporting = False
        result_line = self.query_one("#result", Static)
        if message.error is not None:
            self.query_one("#progress", ProgressBar).display = False
            result_line.update("")
            self.antenne.show_error(message.error)
            return
        r = message.result
        self.query_one("#progress", ProgressBar).update(progress=1.0)
        self.last_folder = str(r.outdir)
        lufs = r.loudness.get("integrated_lufs")
        text = ngettext("Exported to {dir} ({count} file, {lufs} LUFS)", "Exported to {dir} ({count} files, {lufs} LUFS)",
                        len(r.files)).format(dir=r.outdir, count=len(r.files),
                                             lufs=number(lufs, 1) if isinstance(lufs, (int, float)) else "-")
        if r.skipped:
            text += "\n" + _("Left out: {names}").format(names=", ".join(s.participant for s in r.skipped))
        result_line.update(text)
        self.antenne.reload()
        self.notify(_("Episode exported"))
