"""The Record screen: who speaks, a level meter, 3-2-1, record/pause/stop, markers, the takes; import always works.

The recorder (`studio.audio.record.Recorder`) runs its own threads; this screen polls its latest levels
20 times a second (polling coalesces by nature). Opening and finalising a take block, so they run in thread
workers that only post messages back.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Label, ListItem, ListView, Static

from studio.audio import devices
from studio.errors import StudioError
from studio.i18n import N_, _, ngettext, times
from studio.i18n.labels import consent_name
from studio.project.media import import_files
from studio.transcribe.live import BEHIND_MESSAGE
from studio.tui.dialogs import ChoiceDialog, ImportDialog, InputDialog
from studio.tui.messages.record import DevicesChecked, DevicesListed, Imported, RecorderStarted, TakeSaved
from studio.tui.screens.base import AntenneScreen
from studio.tui.screens.transcribe import TranscribeScreen
from studio.tui.screens.transcribe_jobs import TranscribeQueue
from studio.tui.widgets.footer import TranslatedFooter
from studio.tui.widgets.meter import LevelMeter
from studio.usecases.recording import RecordingSession, live_wanted

if TYPE_CHECKING:
    from studio.audio.record import Recorder
    from studio.project import Take, Workshop
    from studio.usecases.recording import RecordingSession

BYTES_PER_SECOND = 48_000 * 3  # mono 24-bit at 48 kHz, what a take usually costs on disk


def clock(seconds: float) -> str:
    """The recording counter: "01:05,3"."""
    return times.clock(seconds, 1, fixed=True)


def time_left_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    if hours:
        return _("disk: {hours} h {minutes} min of recording left").format(hours=hours, minutes=rest // 60)
    return _("disk: {minutes} min of recording left").format(minutes=rest // 60)


class TakeItem(ListItem):
    def __init__(self, take: Take) -> None:
        super().__init__(classes="take-item")
        self.take = take

    def compose(self) -> ComposeResult:
        t = self.take
        markers = ngettext("{n} marker", "{n} markers", len(t.markers)).format(n=len(t.markers)) if t.markers else ""
        origin = _("recorded") if t.origin == "record" else _("imported")
        yield Label(f"{t.id}  {t.participant:<14} {clock(t.duration_s)}  {origin}  {markers}".rstrip())


class RecordScreen(AntenneScreen):
    """Step kind "record"."""

    HELP = N_(
        "## Record\n\n"
        "Choose who speaks (**p**), check the meter while they talk: the bar should stay in the green "
        "zone, with peaks around -12 dBFS. **r** counts 3-2-1 and records; **space** pauses; **s** stops and "
        "keeps the take. **m** drops a marker (a chapter or an edit point later), **M** a named one.\n\n"
        "Every take is written to disk while it is recorded: if the computer crashes, the take is offered "
        "again at the next start (or run `antenne recover`).\n\n"
        "**d** chooses the microphone. "
        "**Enter** plays the selected take; **x** records it again (the earlier take is kept). "
        "**i** imports a voice note or any audio file: this works even when no microphone is available."
    )
    BINDINGS = [
        Binding("r", "record", N_("Record")),
        Binding("space", "pause", N_("Pause")),
        Binding("s", "stop", N_("Stop")),
        Binding("m", "marker", N_("Marker")),
        Binding("M", "named_marker", N_("Named marker"), show=False),
        Binding("p", "participant", N_("Who speaks")),
        Binding("d", "device", N_("Microphone"), show=False),
        Binding("x", "retake", N_("Re-take")),
        Binding("i", "import_file", N_("Import")),
        Binding("t", "transcript", N_("Transcript")),
        Binding("escape", "back", N_("Back")),
    ]

    COUNTDOWN_S = 3

    def __init__(self, participant: str | None = None, device: int | None = None) -> None:
        super().__init__()
        self.participant = participant
        self.device = device  # PortAudio input device index; None: the system's default
        self.recorder: Recorder | None = None
        self.session: RecordingSession | None = None  # the use case driving self.recorder
        self.unavailable_reason: str | None = None
        self.devices_checked = False
        self.countdown = 0
        self.phase = "idle"  # idle, starting, countdown, recording, paused, stopping
        self.last_take: Take | None = None
        self._leaving = False
        self.countdown_shown: list[str] = []  # what the countdown showed, in order

    # -- layout ------------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="body"):
            with Horizontal(id="who-row"):
                yield Label("", id="who")
            with Vertical(id="meter-box"):
                yield LevelMeter(id="meter")
            yield Static("", id="caption")
            yield Static("", id="countdown")
            with Horizontal(id="state-row"):
                yield Label("", id="state")
                yield Label("", id="disk")
            yield Static("", id="unavailable")
            yield Label(_("Takes"), id="takes-title")
            yield ListView(id="takes")
        yield TranslatedFooter()

    @property
    def workshop(self) -> Workshop:
        workshop = self.antenne.workshop
        assert workshop is not None
        return workshop

    def on_mount(self) -> None:
        self.title = _("Record")
        if self.participant is None:
            self.participant = self._default_participant()
        self.after_recompose()
        self.check_devices()
        self.set_interval(0.05, self._poll)

    def after_recompose(self) -> None:
        self._show_participant()
        self._show_state()
        self._show_unavailable()
        self.refresh_takes()

    def _default_participant(self) -> str | None:
        people = self.workshop.participants
        consenting = [p for p in people if p.consent != "none"]
        chosen = consenting[0] if consenting else (people[0] if people else None)
        return chosen.name if chosen else None

    def _show_participant(self) -> None:
        label = self.query_one("#who", Label)
        if not self.participant:
            label.update(_("Nobody to record yet: add participants in the workshop screen"))
            return
        person = self.workshop.find_participant(self.participant)
        if person is None:
            label.update(_("Nobody to record yet: add participants in the workshop screen"))
            return
        role = f" ({_(person.role)})" if person.role else ""
        consent = "" if person.consent != "none" else "  " + _("no consent to be recorded")
        label.update(_("Who speaks: {name}").format(name=person.name) + role + consent)

    def _show_unavailable(self) -> None:
        panel = self.query_one("#unavailable", Static)
        if self.unavailable_reason:
            panel.update(_("Recording is unavailable on this computer.") + "\n" + self.unavailable_reason + "\n"
                         + _("You can still import recordings and voice notes: press i."))
            panel.add_class("shown")
        else:
            panel.remove_class("shown")

    def _show_state(self) -> None:
        state = self.query_one("#state", Label)
        levels = self.recorder.levels() if self.recorder is not None else None
        recorded = clock(levels.recorded_s) if levels else clock(0)
        texts = {
            "idle": _("Ready: press r to record"),
            "starting": _("Opening the microphone..."),
            "countdown": _("Get ready..."),
            "recording": _("● Recording {time}").format(time=recorded),
            "paused": _("Paused at {time}: space resumes").format(time=recorded),
            "stopping": _("Saving the take..."),
        }
        text = texts.get(self.phase, "")
        if self.phase in ("recording", "paused") and self.recorder is not None:
            markers = len(self.recorder.markers)
            if markers:
                text += "  " + ngettext("{n} marker", "{n} markers", markers).format(n=markers)
        if self.unavailable_reason and self.phase == "idle":
            text = _("Recording unavailable")
        state.update(text)
        box = self.query_one("#meter-box")
        box.set_class(self.phase == "recording", "recording")
        disk = self.query_one("#disk", Label)
        if levels is not None and levels.seconds_left is not None:
            disk.update(time_left_text(levels.seconds_left))
            disk.set_class(levels.low_disk, "low")
        else:
            try:
                free = shutil.disk_usage(self.workshop.path).free
            except OSError:
                free = 0
            disk.update(time_left_text(max(0, free) / BYTES_PER_SECOND))

    def refresh_takes(self) -> None:
        view = self.query_one("#takes", ListView)
        view.clear()
        takes = list(self.workshop.takes)
        if self.participant:
            mine = [t for t in takes if t.participant.casefold() == self.participant.casefold()]
            others = [t for t in takes if t not in mine]
            takes = mine + others
        view.extend(TakeItem(t) for t in takes)
        if takes:  # a visible cursor from the start, on the take just recorded: "t", "x" and "p" act on it
            ids = [t.id for t in takes]
            latest = self.last_take.id if self.last_take is not None and self.last_take.id in ids else ids[0]
            self.call_after_refresh(setattr, view, "index", ids.index(latest))

    # -- devices --------------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="devices", exit_on_error=False)
    def check_devices(self) -> None:
        try:
            reason = devices.recording_unavailable_reason()  # an attribute: tests replace the machine's devices
        except Exception as e:  # never let a broken audio stack take the screen down
            reason = str(e)
        self.post_message(DevicesChecked(reason))

    def on_record_devices_checked(self, message: DevicesChecked) -> None:
        self.devices_checked = True
        self.unavailable_reason = message.reason
        self._show_unavailable()
        self._show_state()

    # -- recording ------------------------------------------------------------------------------------
    def action_record(self) -> None:
        if self.phase != "idle":
            return
        if self.unavailable_reason:
            self.notify(self.unavailable_reason, title=_("Recording unavailable"), severity="warning")
            return
        if not self.participant:
            self.action_participant()
            return
        try:
            self.workshop.require_recording_consent(self.participant)
        except StudioError as e:
            self.antenne.show_error(e)
            return
        self.phase = "starting"
        self.countdown = self.COUNTDOWN_S
        self.countdown_shown = []
        self._show_countdown()
        self.open_recorder(self.participant, self.device)
        self.set_timer(1.0, self._count)
        self._show_state()

    @work(thread=True, exclusive=True, group="recorder", exit_on_error=False)
    def open_recorder(self, participant: str, device: int | None) -> None:
        try:
            session = RecordingSession(self.workshop, participant, device=device, start_paused=True,
                                       live=live_wanted()).start()
        except Exception as e:
            self.post_message(RecorderStarted(None, e))
            return
        if self._leaving:  # the screen closed while the microphone was opening
            session.recorder.stop()
            return
        self.post_message(RecorderStarted(session))

    def on_record_recorder_started(self, message: RecorderStarted) -> None:
        if message.error is not None or message.recorder is None:
            self.phase = "idle"
            self.countdown = 0
            self._show_countdown()
            self._show_state()
            self.antenne.show_error(message.error or _("The microphone could not be opened"))
            return
        self.session = message.session
        self.recorder = message.recorder
        if self.phase == "starting" and self.countdown <= 0:
            self._go()
        elif self.phase == "starting":
            self.phase = "countdown"
        self._show_state()

    def _count(self) -> None:
        if self.phase not in ("starting", "countdown"):
            return
        self.countdown -= 1
        self._show_countdown()
        if self.countdown > 0:
            self.set_timer(1.0, self._count)
        elif self.recorder is not None:
            self._go()

    def _show_countdown(self) -> None:
        box = self.query_one("#countdown", Static)
        digit = str(self.countdown) if self.countdown > 0 else ""
        self.countdown_shown.append(digit)
        box.update(digit)
        box.set_class(self.countdown > 0, "shown")

    def _go(self) -> None:
        assert self.recorder is not None
        self.recorder.resume()
        self.phase = "recording"
        self._show_state()

    def action_pause(self) -> None:
        if self.recorder is None:
            return
        if self.phase == "recording":
            self.recorder.pause()
            self.phase = "paused"
        elif self.phase == "paused":
            self.recorder.resume()
            self.phase = "recording"
        self._show_state()

    def action_stop(self) -> None:
        if self.phase in ("starting", "countdown") and self.recorder is None:
            return  # the stream is still opening: the stop comes once it is open
        if self.recorder is None or self.session is None or self.phase == "stopping":
            return
        self.countdown = 0
        self._show_countdown()
        self.phase = "stopping"
        self._show_state()
        self.finish_recorder(self.session)

    @work(thread=True, exclusive=True, group="recorder", exit_on_error=False)
    def finish_recorder(self, session: RecordingSession) -> None:
        try:  # the last words are transcribed and the transcript stored before the screen says "kept"
            result = session.finish()
        except Exception as e:
            self.post_message(TakeSaved(None, session.recorder.message, e))
            return
        self.post_message(TakeSaved(result.take, result.message, transcript=result.transcript))

    def on_record_take_saved(self, message: TakeSaved) -> None:
        self.recorder = None
        self.session = None
        self.phase = "idle"
        self.query_one(LevelMeter).reset()
        self._show_caption(None)
        if message.error is not None:
            self.antenne.show_error(message.error)
        elif message.take is None:
            self.notify(_("Nothing was recorded"))
        else:
            self.last_take = message.take
            note = _("{id} kept ({duration})").format(id=message.take.id, duration=clock(message.take.duration_s))
            if message.transcript == "saved":
                note += "\n" + _("Its transcript is ready (t opens it).")
            elif message.transcript == "later":
                TranscribeQueue.of(self.app).add([message.take.id])  # made after the stop, in the background
                note += "\n" + _("Its transcript is being made (t opens it).")
            if message.message:
                self.notify(message.message + "\n" + note, severity="warning", timeout=10)
            else:
                self.notify(note)
        self._show_state()
        self.refresh_takes()

    def _poll(self) -> None:
        recorder = self.recorder
        if recorder is None:
            return
        levels = recorder.levels()
        self.query_one(LevelMeter).update_levels(levels.peak_dbfs, levels.rms_dbfs, levels.clip_count)
        if recorder.finished and self.phase in ("recording", "paused", "countdown"):
            self.action_stop()  # it ended by itself: disk full, device gone
            return
        if self.phase in ("recording", "paused"):
            self._show_state()
        self._show_caption(recorder)

    def _show_caption(self, recorder: Recorder | None) -> None:
        """Live words under the meter (a few seconds behind), or why they stopped coming."""
        live = recorder.live if recorder is not None else None
        box = self.query_one("#caption", Static)
        behind = live is not None and live.gave_up
        if live is None or (not behind and not live.caption()):
            text = ""
        else:
            width = max(20, (box.size.width or self.size.width or 80) - 6)
            text = _(BEHIND_MESSAGE) if behind else live.caption(2 * width)
        if text != getattr(box, "_shown_text", None):
            box._shown_text = text  # type: ignore[attr-defined]
            box.update(text)
        box.set_class(bool(text), "shown")
        box.set_class(behind, "behind")

    def action_marker(self) -> None:
        if self.recorder is None or self.phase not in ("recording", "paused"):
            return
        at = self.recorder.mark()
        self.notify(_("Marker at {time}").format(time=clock(at)), timeout=2)
        self._show_state()

    def action_named_marker(self) -> None:
        recorder = self.recorder
        if recorder is None or self.phase not in ("recording", "paused"):
            return
        at = recorder.recorded_s

        def named(name: str | None) -> None:
            if name and recorder is self.recorder:
                recorder.mark(name, time_s=at)
                self._show_state()

        self.app.push_screen(InputDialog(_("Name of the marker")), named)

    # -- participants, takes, import ------------------------------------------------------------------
    def action_participant(self) -> None:
        if self.phase != "idle":
            return
        people = self.workshop.participants
        if not people:
            self.notify(_("Add participants in the workshop screen first"), severity="warning")
            return
        choices = [(p.name, f"{p.name}" + (f" ({_(p.role)})" if p.role else "")
                    + f" - {consent_name(p.consent)}") for p in people]

        def chosen(name: str | None) -> None:
            if name:
                self.participant = name
                self._show_participant()
                self.refresh_takes()

        self.app.push_screen(ChoiceDialog(_("Who speaks?"), choices, self.participant), chosen)

    def action_device(self) -> None:
        if self.phase != "idle" or self.unavailable_reason:
            return
        self.list_devices()

    @work(thread=True, exclusive=True, group="devices", exit_on_error=False)
    def list_devices(self) -> None:
        try:
            found = devices.input_devices()
        except Exception as e:
            self.post_message(DevicesListed([], e))
            return
        self.post_message(DevicesListed([(str(d.index), f"{d.index}  {d.name}  ({d.max_input_channels} ch)"
                                           + ("  *" if d.is_default_input else "")) for d in found]))

    def on_record_devices_listed(self, message: DevicesListed) -> None:
        if message.error is not None:
            self.antenne.show_error(message.error)
            return
        choices = [("default", _("System default")), *message.choices]

        def chosen(value: str | None) -> None:
            if value is not None:
                self.device = None if value == "default" else int(value)
                self.notify(_("Microphone: {name}").format(
                    name=dict(choices).get(value, value).strip()), timeout=3)

        current = "default" if self.device is None else str(self.device)
        self.app.push_screen(ChoiceDialog(_("Which microphone?"), choices, current), chosen)

    def _selected_take(self) -> Take | None:
        view = self.query_one("#takes", ListView)
        item = view.highlighted_child
        return item.take if isinstance(item, TakeItem) else None

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        if isinstance(event.item, TakeItem):
            self.antenne.play_take(event.item.take.id)

    def action_retake(self) -> None:
        take = self._selected_take() or self.last_take
        if take is None or self.phase != "idle":
            return
        self.participant = take.participant
        self._show_participant()
        self.action_record()

    def action_transcript(self) -> None:
        """Open the Transcribe screen on the selected take (or the one just recorded)."""
        take = self._selected_take() or self.last_take
        if self.phase != "idle":
            return
        if take is None:
            self.notify(_("Record a take first."))
            return

        screen = TranscribeScreen()
        screen.take_id = take.id
        self.app.push_screen(screen)

    def action_import_file(self) -> None:
        if not self.participant:
            self.action_participant()
            return

        def got(files: list[Path] | None) -> None:
            if files and self.participant:
                self.import_file(files, self.participant)

        self.app.push_screen(ImportDialog(), got)

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def import_file(self, files: list[Path], participant: str) -> None:
        try:
            takes = import_files(self.workshop, files, participant)
        except Exception as e:
            self.post_message(Imported([], e))
            return
        self.post_message(Imported(takes))

    def on_record_imported(self, message: Imported) -> None:
        if message.error is not None:
            self.antenne.show_error(message.error)
            return
        for take in message.takes:
            self.notify(_("{id} imported ({duration})").format(id=take.id, duration=clock(take.duration_s)))
        self.refresh_takes()

    # -- leaving ----------------------------------------------------------------------------------------
    def action_back(self) -> None:
        if self.recorder is not None and self.phase != "stopping":
            self.action_stop()
            self.notify(_("The take is being saved"))
            return
        if self.phase == "stopping":
            return
        self.app.pop_screen()

    def on_unmount(self) -> None:
        self._leaving = True
        recorder = self.recorder
        if recorder is not None:
            try:
                recorder.stop()  # never leave a take behind unregistered
            except Exception:
                pass
