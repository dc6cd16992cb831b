"""The Transcribe screen: a queue of takes with progress, the transcript synchronised with playback, review.

Transcription runs in an app-level thread worker (`TranscribeQueue`, kept on the app), so it goes on
while the user moves around; screens poll its state a few times a second (coalesced by nature).
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Header, Label, ListItem, ListView, ProgressBar, Static

from studio.edit.store import edits_path, load_edit_list
from studio.errors import StudioError
from studio.i18n import N_, _, ngettext
from studio.project.atomic import atomic_write_text
from studio.transcribe.review import (
    correct_word,
    delete_words,
    filler_suggestions,
    pace,
    refs,
    script_diff,
    script_match,
    sync_deleted,
    undo_cut,
    word_at,
    words_per_minute,
)
from studio.transcribe.workshop import has_transcript, save_reviewed, take_transcript, transcripts_dir
from studio.transcribe.writers import WRITERS, TxtWriter
from studio.tui.dialogs import ChoiceDialog, ConfirmDialog, HelpDialog, InputDialog
from studio.tui.screens.base import AntenneScreen
from studio.tui.screens.transcribe_jobs import Job, Playback, TranscribeQueue
from studio.tui.widgets.footer import TranslatedFooter

__all__ = ["Job", "Playback", "TakeRow", "TranscribeQueue", "TranscribeScreen", "TranscriptView"]

STATUS = {"waiting": N_("waiting"), "running": N_("transcribing"), "done": N_("done"),
          "failed": N_("failed"), "cancelled": N_("cancelled"), "none": N_("not transcribed")}


# -- widgets ---------------------------------------------------------------------------------------
class TakeRow(ListItem):
    """A take in the queue: id, participant, status and a progress bar."""

    def __init__(self, take_id: str, who: str) -> None:
        super().__init__()
        self.take_id = take_id
        self.who = who
        self.state: tuple[str, float, str] = ("none", 0.0, "")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"{self.take_id} · {self.who}", classes="take-title")
            yield Label("", classes="take-status")
            yield ProgressBar(total=1.0, show_eta=False, show_percentage=True, classes="take-progress")

    def on_mount(self) -> None:
        self.show(*self.state)

    def show(self, status: str, progress: float, error: str = "") -> None:
        self.state = (status, progress, error)
        labels = self.query(".take-status")
        if not labels:  # not composed yet: on_mount shows it
            return
        labels.first(Label).update(_(STATUS.get(status, status)) + (f": {error}" if error else ""))
        self.query_one(ProgressBar).update(progress=progress)


class TranscriptView(Widget, can_focus=True):
    """The words of a transcript; the current (playing) word and the cursor word are highlighted."""

    cursor: reactive[int] = reactive(0)
    playing: reactive[int] = reactive(-1)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.transcript: Any = None
        self.refs: list[Any] = []
        self.fillers: set[Any] = set()

    def set_transcript(self, transcript: Any) -> None:
        self.transcript = transcript
        self.refs = refs(transcript) if transcript is not None else []
        self.fillers = set(filler_suggestions(transcript)) if transcript is not None else set()
        self.cursor = min(self.cursor, max(0, len(self.refs) - 1))
        self.refresh(layout=True)

    def word(self, index: int) -> Any:
        return word_at(self.transcript, self.refs[index])

    def index_at(self, time_s: float) -> int:
        found = -1
        for i in range(len(self.refs)):
            w = self.word(i)
            if w.start <= time_s + 0.02:
                found = i
            else:
                break
        return found

    def render(self) -> Text:
        if self.transcript is None:
            return Text(_("No transcript yet: press t to transcribe this take."), style="italic")
        if not self.refs:
            return Text(_("Nobody speaks in this take (no text)."), style="italic")
        text = Text()
        last_segment = -1
        for i, ref in enumerate(self.refs):
            w = self.word(i)
            if ref.segment != last_segment and last_segment >= 0:
                text.append("\n")
            elif ref.segment == last_segment and (w.word[:1].isspace() or w.corrected):
                text.append(" ")  # Whisper marks word starts with a space; "l" + "'atelier" stay joined
            last_segment = ref.segment
            styles = []
            if w.deleted:  # dim and in brackets: readable where strikethrough is not drawn
                styles.append("strike dim")
            if w.low_confidence:
                styles.append("underline yellow")
            if ref in self.fillers and not w.deleted:
                styles.append("italic magenta")
            if i == self.playing:
                styles.append("bold black on yellow")
            if i == self.cursor:  # always visible; brighter while the transcript has the keyboard
                styles.append("reverse" if self.has_focus else "underline bold")
            shown = w.text.strip() if w.text[:1].isspace() else w.text
            text.append(f"[{shown}]" if w.deleted else shown, style=" ".join(styles) or None)
        return text

    def watch_cursor(self) -> None:
        self.refresh()

    def watch_playing(self) -> None:
        self.refresh()


# -- the screen ------------------------------------------------------------------------------------
class TranscribeScreen(AntenneScreen):
    """Transcribe the workshop's takes, follow them as they play, correct them with the group."""

    HELP = N_(
        "## Transcribe\n\n"
        "Whisper writes down what each take says, on this computer, without internet.\n\n"
        "- Choose a take on the left and press **t** (or **a** for every take). You can leave this screen: "
        "the work goes on.\n"
        "- **Space** plays or pauses; the word being said is highlighted. **Enter** on a word plays from there.\n"
        "- Words underlined in yellow are uncertain: check them. **e** corrects the word under the cursor.\n"
        "- **f** goes to the next hesitation (euh, ben, um...) and asks before removing it.\n"
        "- **Delete** cuts the word from the take's edit (the recording itself is never changed); **u** undoes.\n"
        "- The pace is shown in words per minute: radio speech is 170 to 220. **s** compares with the written script.\n"
        "- **x** exports the transcript as text or subtitles."
    )
    BINDINGS = [
        Binding("t", "transcribe", N_("Transcribe")),
        Binding("a", "transcribe_all", N_("All takes")),
        Binding("space", "play_pause", N_("Play/pause")),
        Binding("enter", "play_word", N_("Play from word"), show=False),
        Binding("left", "move(-1)", N_("Previous word"), show=False),
        Binding("right", "move(1)", N_("Next word"), show=False),
        Binding("e", "correct", N_("Correct")),
        Binding("f", "filler", N_("Hesitations")),
        Binding("delete,d", "delete_word", N_("Cut word")),
        Binding("u", "undo", N_("Undo cut")),
        Binding("s", "script", N_("Script vs said")),
        Binding("x", "export", N_("Export")),
        Binding("escape", "back", N_("Back")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.take_id: str | None = None
        self.rejected: set[Any] = set()
        self._seen_version = -1
        self._loaded_status: dict[str, str] = {}

    @property
    def queue(self) -> TranscribeQueue:
        return TranscribeQueue.of(self.app)

    @property
    def playback(self) -> Playback:
        pb = getattr(self.app, "transcript_playback", None)
        if pb is None:
            pb = Playback(self.app)
            self.app.transcript_playback = pb  # type: ignore[attr-defined]
        return pb

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical(id="queue"):
                yield Label(_("Takes"), classes="section-title")
                yield ListView(id="takes")
            with Vertical(id="right"):
                with VerticalScroll(id="transcript-scroll"):
                    yield TranscriptView(id="transcript")
                yield Static("", id="stats")
        yield TranslatedFooter()

    def on_mount(self) -> None:
        self.title = _("Transcribe")
        self.after_recompose()
        self.set_interval(0.2, self._tick)

    def after_recompose(self) -> None:
        workshop = self.antenne.workshop
        takes = workshop.takes if workshop is not None else []
        view = self.query_one("#takes", ListView)
        view.clear()
        view.extend(TakeRow(t.id, t.participant) for t in takes)
        if takes:
            self.select_take(self.take_id or takes[0].id)
        self._seen_version = -1
        self._tick()

    # -- state ---------------------------------------------------------------------------------
    def _status(self, take_id: str) -> tuple[str, float, str]:
        job = self.queue.state(take_id)
        if job is not None and job.status != "done":
            return job.status, job.progress, job.error
        workshop = self.antenne.workshop
        if workshop is not None and has_transcript(workshop, take_id):
            return "done", 1.0, ""
        return "none", 0.0, ""

    def _tick(self) -> None:
        if self.queue.version != self._seen_version:
            self._seen_version = self.queue.version
            for row in self.query(TakeRow):
                status, progress, error = self._status(row.take_id)
                row.show(status, progress, error)
                if row.take_id == self.take_id and status == "done" and self._loaded_status.get(row.take_id) != "done":
                    self.load_transcript()
                self._loaded_status[row.take_id] = status
        view = self.query_one(TranscriptView)
        pb = self.playback
        if view.transcript is not None and pb.take_id == self.take_id:
            index = view.index_at(pb.position_s) if (pb.playing or pb.offset_s > 0) else -1
            if index != view.playing:
                view.playing = index

    def select_take(self, take_id: str) -> None:
        self.take_id = take_id
        rows = list(self.query(TakeRow))
        for i, row in enumerate(rows):
            if row.take_id == take_id:
                self.query_one("#takes", ListView).index = i
        self.load_transcript()

    def load_transcript(self) -> None:
        workshop = self.antenne.workshop
        view = self.query_one(TranscriptView)
        transcript = take_transcript(workshop, self.take_id) if workshop is not None and self.take_id else None
        if transcript is not None and workshop is not None and self.take_id:
            self._sync_with_edits(workshop, self.take_id, transcript)
        view.set_transcript(transcript)
        self._loaded_status[self.take_id or ""] = self._status(self.take_id)[0] if self.take_id else ""
        self.update_stats()

    @staticmethod
    def _sync_with_edits(workshop: Any, take_id: str, transcript: Any) -> None:
        """Grey out exactly the words the take's edit list no longer plays (edits made elsewhere, undo)."""
        if edits_path(workshop, take_id).is_file():
            try:
                sync_deleted(transcript, load_edit_list(workshop, take_id), take_id)
            except StudioError:
                pass

    def update_stats(self) -> None:
        view = self.query_one(TranscriptView)
        stats = self.query_one("#stats", Static)
        t = view.transcript
        if t is None or not view.refs:
            stats.update("")
            return
        wpm = words_per_minute(t)
        verdict = {"slow": _("slow"), "good": _("good pace"), "fast": _("fast")}.get(pace(wpm), "")
        unsure = sum(1 for i in range(len(view.refs)) if view.word(i).low_confidence)
        parts = [_("{wpm:.0f} words/min ({verdict}; radio: 170-220)").format(wpm=wpm, verdict=verdict),
                 ngettext("{n} uncertain word", "{n} uncertain words", unsure).format(n=unsure)]
        workshop = self.antenne.workshop
        take = workshop.take(self.take_id) if workshop is not None and self.take_id else None
        person = workshop.find_participant(take.participant) if take is not None and workshop is not None else None
        if person is not None and person.script.strip():
            match = script_match(script_diff(person.script, t))
            parts.append(_("script said as written: {pct:.0f}%").format(pct=match * 100))
        stats.update("\n".join([parts[0], " · ".join(parts[1:])]))

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        if isinstance(event.item, TakeRow):
            self.select_take(event.item.take_id)
            self.query_one(TranscriptView).focus()

    def on_list_view_highlighted(self, event: ListView.Highlighted) -> None:
        if isinstance(event.item, TakeRow) and event.item.take_id != self.take_id:
            self.select_take(event.item.take_id)

    # -- actions -------------------------------------------------------------------------------
    def _view(self) -> TranscriptView:
        return self.query_one(TranscriptView)

    def action_transcribe(self) -> None:
        if self.take_id:
            self.queue.language = self._language()
            self.queue.add([self.take_id])
            self._seen_version = -1

    def action_transcribe_all(self) -> None:
        workshop = self.antenne.workshop
        if workshop is not None:
            self.queue.language = self._language()
            self.queue.add([t.id for t in workshop.takes])
            self._seen_version = -1

    def _language(self) -> str:
        return "auto"

    def _ensure_loaded(self) -> bool:
        workshop = self.antenne.workshop
        if workshop is None or not self.take_id:
            return False
        if self.playback.take_id != self.take_id:
            try:
                self.playback.load(workshop.take_path(workshop.take(self.take_id)), self.take_id)
            except StudioError as e:
                self.antenne.show_error(e)
                return False
        return True

    def action_play_pause(self) -> None:
        if self._ensure_loaded():
            self.playback.toggle()

    def action_play_word(self) -> None:
        view = self._view()
        if view.refs and self._ensure_loaded():
            self.playback.play(view.word(view.cursor).start)
            view.playing = view.cursor

    def action_move(self, step: int) -> None:
        view = self._view()
        if view.refs:
            view.cursor = max(0, min(len(view.refs) - 1, view.cursor + step))

    def _save(self) -> None:
        view = self._view()
        workshop = self.antenne.workshop
        if workshop is not None and self.take_id and view.transcript is not None:
            save_reviewed(workshop, self.take_id, view.transcript)

    def action_correct(self) -> None:
        view = self._view()
        if not view.refs:
            return
        ref = view.refs[view.cursor]
        word = view.word(view.cursor)

        def done(value: str | None) -> None:
            if value is None:
                return
            correct_word(view.transcript, ref, value)
            self._save()
            view.set_transcript(view.transcript)
            self.update_stats()

        self.app.push_screen(InputDialog(_("Correct the word"), value=word.text.strip()), done)

    def action_delete_word(self) -> None:
        view = self._view()
        if view.refs and not view.word(view.cursor).deleted:
            self.cut_words([view.refs[view.cursor]])

    def cut_words(self, targets: list[Any], ask: bool = True, then: Any = None) -> None:
        view = self._view()
        words = " ".join(view.transcript.segments[r.segment].words[r.word].text for r in targets)

        def answer(ok: bool | None) -> None:
            if ok:
                self.apply_cut(targets)
            if then is not None:
                then(bool(ok))

        question = _("Cut “{words}” from the take's edit? The recording itself is kept; you can undo in the Edit screen.").format(words=words)
        if ask:
            self.app.push_screen(ConfirmDialog(question, confirm=_("Cut")), answer)
        else:
            answer(True)

    def apply_cut(self, targets: list[Any]) -> None:
        view = self._view()
        workshop = self.antenne.workshop
        if workshop is None or not self.take_id:
            return
        try:
            delete_words(workshop, self.take_id, view.transcript, targets)
        except StudioError as e:
            self.antenne.show_error(e)
            return
        view.set_transcript(view.transcript)
        self.update_stats()

    def action_undo(self) -> None:
        view = self._view()
        workshop = self.antenne.workshop
        if workshop is None or not self.take_id or view.transcript is None:
            return
        try:
            undone = undo_cut(workshop, self.take_id, view.transcript)
        except StudioError as e:
            self.antenne.show_error(e)
            return
        if not undone:
            self.notify(_("Nothing to undo"))
        view.set_transcript(view.transcript)
        self.update_stats()

    def action_script(self) -> None:
        """Show the participant's script against what was said: missing words struck, added ones in bold."""
        view = self._view()
        workshop = self.antenne.workshop
        if workshop is None or not self.take_id or view.transcript is None:
            return
        person = workshop.find_participant(workshop.take(self.take_id).participant)
        if person is None or not person.script.strip():
            self.notify(_("This participant has no written script to compare with"))
            return
        ops = script_diff(person.script, view.transcript)
        parts = []  # marked with signs, not strikethrough (which many terminals do not show)
        for op in ops:
            if op.kind in ("missing", "changed") and op.script:
                parts.append("*[− " + " ".join(op.script) + "]*")
            if op.kind in ("added", "changed") and op.said:
                parts.append("**[+ " + " ".join(op.said) + "]**")
            if op.kind == "same":
                parts.append(" ".join(op.script))
        text = "\n".join([
            "## " + _("Script and what was said"),
            "",
            _("*[− words]*: written but not said. **[+ words]**: said but not written."),
            "",
            " ".join(parts),
            "",
            _("script said as written: {pct:.0f}%").format(pct=script_match(ops) * 100),
        ])
        self.app.push_screen(HelpDialog(text))

    def action_filler(self) -> None:
        view = self._view()
        if view.transcript is None:
            return
        pending = [r for r in filler_suggestions(view.transcript) if r not in self.rejected]
        if not pending:
            self.notify(_("No hesitation left to review"))
            return
        ref = pending[0]
        view.cursor = view.refs.index(ref)

        def after(accepted: bool) -> None:
            if not accepted:
                self.rejected.add(ref)

        self.cut_words([ref], then=after)

    def action_export(self) -> None:
        if self._view().transcript is None:
            return
        choices = [("txt", _("Text (.txt)")), ("srt", _("Subtitles SRT (.srt)")), ("vtt", _("Subtitles WebVTT (.vtt)"))]
        self.app.push_screen(ChoiceDialog(_("Export the transcript as"), choices), self.export)

    def export(self, fmt: str | None) -> None:
        workshop = self.antenne.workshop
        view = self._view()
        if not fmt or workshop is None or not self.take_id or view.transcript is None:
            return
        writer = TxtWriter(speakers=True) if fmt == "txt" else WRITERS[fmt]()
        path = transcripts_dir(workshop) / f"{self.take_id}.{fmt}"
        atomic_write_text(path, writer.render(view.transcript))
        self.notify(_("Written: {path}").format(path=path))

    def action_back(self) -> None:
        self.playback.pause()
        self.app.pop_screen()
