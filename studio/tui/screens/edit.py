"""The Edit screen: pick a take, then cut, fade, change gain, normalise and trim it, non-destructively.

Keyboard first (every key is in the footer, the legend and the help panel); the mouse places the cursor
and drags a selection. Edits are saved on each change in `edits/<take id>.json` with their undo history;
the recording itself is never modified.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from studio.audio import peaks
from studio.audio.loudness import measure_array
from studio.audio.normalize import parse_target
from studio.audio.play import Player
from studio.edit import (
    change_gain,
    delete,
    fade_in,
    fade_out,
    load_history,
    load_source,
    normalize,
    render,
    save_history,
    trim,
    trim_silence,
)
from studio.errors import StudioError
from studio.i18n import N_, _, number, times
from studio.tui.messages.edit import Loaded, Measured
from studio.tui.screens.base import AntenneScreen
from studio.tui.widgets.footer import TranslatedFooter
from studio.tui.widgets.waveform import View, Waveform

ZOOM_MAX = 12


def clock(seconds: float) -> str:
    """A position in the take, to the hundredth: "0:05,25"."""
    return times.clock(seconds, 2)


class ClockPlayer:
    """Stands in for the audio Player when there is no output device: the playhead still moves."""

    def __init__(self) -> None:
        self.offset_s = 0.0
        self.duration = 0.0
        self.started = 0.0
        self.paused_at: float | None = None
        self.active = False

    def play(self, data: np.ndarray, rate: int, start_s: float = 0.0, offset_s: float = 0.0) -> None:
        self.offset_s, self.duration = offset_s, len(data) / rate
        self.started = time.monotonic() - start_s
        self.paused_at = None
        self.active = True

    @property
    def position_s(self) -> float:
        if not self.active:
            return self.offset_s + self.duration
        elapsed = (self.paused_at if self.paused_at is not None else time.monotonic()) - self.started
        if elapsed >= self.duration:
            self.active = False
            elapsed = self.duration
        return self.offset_s + elapsed

    @property
    def is_active(self) -> bool:
        _ = self.position_s
        return self.active

    @property
    def is_paused(self) -> bool:
        return self.active and self.paused_at is not None

    def toggle_pause(self) -> None:
        if self.paused_at is None:
            self.paused_at = time.monotonic()
        else:
            self.started += time.monotonic() - self.paused_at
            self.paused_at = None

    def stop(self) -> None:
        self.active = False


class EditScreen(AntenneScreen):
    """Non-destructive editor of one take of `app.workshop`."""

    HELP = N_(
        "## Edit a take\n\n"
        "Choose a take in the list (Enter). Its waveform shows the recording with your edits; the original "
        "recording is never changed, and every edit can be undone.\n\n"
        "- Move the cursor with the arrows (100 ms), **Shift+arrows** (10 ms), **Page Up/Down** (1 s), "
        "or click in the waveform.\n"
        "- Mark the start of a selection with **i** and its end with **o**, or drag with the mouse.\n"
        "- **x** or **Delete** removes the selection; **k** keeps only the selection.\n"
        "- **f** fades in and **g** fades out over the selection.\n"
        "- **+** and **-** change the volume of the selection (of everything when nothing is selected) by 1 dB.\n"
        "- **n** brings the whole take to the podcast loudness; **s** removes silence at the start and end.\n"
        "- **Space** plays from the cursor or pauses; **p** plays the selection.\n"
        "- **Up/Down** zoom in and out; **u** undoes, **r** redoes; **t** chooses another take.\n\n"
        "The line under the waveform shows the loudness (LUFS) and the peak level of the edited take: "
        "around -16 LUFS for a podcast, with peaks below -1 dB."
    )
    BINDINGS = [  # in the order of the key bar: the most used first (F1 lists them all)
        Binding("space", "play", N_("Play/pause")),
        Binding("i", "mark_in", N_("Mark in")),
        Binding("o", "mark_out", N_("Mark out")),
        Binding("x,delete", "delete", N_("Cut")),
        Binding("u,ctrl+z", "undo", N_("Undo")),
        Binding("up", "zoom(1)", N_("Zoom in/out"), key_display="↑↓"),
        Binding("left", "nudge(-0.1)", N_("Move 100 ms (Shift: 10 ms, PgUp/PgDn: 1 s)"), key_display="←→"),
        Binding("s", "trim_silence", N_("Trim silence")),
        Binding("p", "play_selection", N_("Play selection")),
        Binding("k", "keep", N_("Keep selection")),
        Binding("f", "fade_in", N_("Fade in")),
        Binding("g", "fade_out", N_("Fade out")),
        Binding("plus,equals_sign", "gain(1)", N_("Louder")),
        Binding("minus", "gain(-1)", N_("Quieter")),
        Binding("n", "normalize", N_("Normalise")),
        Binding("r,ctrl+y", "redo", N_("Redo")),
        Binding("down", "zoom(-1)", N_("Zoom out"), show=False),
        Binding("right", "nudge(0.1)", N_("+100 ms"), show=False),
        Binding("shift+left", "nudge(-0.01)", N_("-10 ms"), show=False),
        Binding("shift+right", "nudge(0.01)", N_("+10 ms"), show=False),
        Binding("pageup", "nudge(-1)", N_("-1 s"), show=False),
        Binding("pagedown", "nudge(1)", N_("+1 s"), show=False),
        Binding("home", "cursor_to(0)", N_("Start"), show=False),
        Binding("end", "cursor_to(-1)", N_("End"), show=False),
        Binding("t", "choose_take", N_("Other take")),
        Binding("escape", "back", N_("Back")),
    ]

    def __init__(self, take_id: str | None = None) -> None:
        super().__init__()
        self.initial_take = take_id
        self.take_id: str | None = None
        self.history: Any = None
        self.sources: dict[str, np.ndarray] = {}
        self.peaks: dict[str, Any] = {}
        self.cursor = 0
        self.mark_in: int | None = None
        self.mark_out: int | None = None
        self.zoom = 0
        self.view_start = 0
        self._recentre = False
        self.player: Any = None
        self.playing_selection = False
        self.measure_serial = 0
        self.measured: Measured | None = None  # the last loudness measurement; None while one runs

    # ---- layout --------------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(_("Edit"), id="title")
        yield OptionList(id="takes")
        yield Waveform(id="wave")
        yield Static("", id="info")
        yield Static(self._legend(), id="legend")
        yield TranslatedFooter()

    def _legend(self) -> str:
        return _("i/o mark · x cut · k keep · f/g fade in/out · +/- gain · n normalise · s trim silence · "
                 "space play · p play selection · u/r undo/redo · ↑/↓ zoom · ←/→ 100 ms, shift 10 ms, PgUp/PgDn 1 s")

    def on_mount(self) -> None:
        self.set_interval(0.05, self._tick)
        self._fill_takes()
        if self.initial_take:
            self.open_take(self.initial_take)
        else:
            self.add_class("picking")

    def after_recompose(self) -> None:
        self._fill_takes()
        self._set_mode()
        self._redraw()
        self._update_info()

    def _set_mode(self) -> None:
        editing = self.take_id is not None and not self.has_class("picking-forced")
        self.set_class(editing, "editing")
        self.set_class(not editing, "picking")
        # the hidden list must not keep the keyboard (it would eat ↑↓ and PgUp/PgDn)
        self.query_one("#takes", OptionList).can_focus = not editing

    def on_screen_resume(self) -> None:
        if self.has_class("editing"):
            self.query_one("#wave", Waveform).focus()

    def _fill_takes(self) -> None:
        takes = self.query_one("#takes", OptionList)
        takes.clear_options()
        workshop = self.antenne.workshop
        if workshop is None or not workshop.takes:
            takes.add_option(Option(_("No takes yet: record or import some first"), disabled=True))
            return
        for t in workshop.takes:
            label = f"{t.id}  {t.participant:<16} {clock(t.duration_s)}  {t.title or t.original_name}"
            takes.add_option(Option(label, id=t.id))
        takes.highlighted = 0
        takes.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.open_take(event.option.id)

    # ---- loading ---------------------------------------------------------------------------------------
    def open_take(self, take_id: str) -> None:
        self._stop()
        self.query_one("#title", Static).update(_("Loading {id}…").format(id=take_id))
        self._load(take_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="load")
    def _load(self, take_id: str) -> None:
        workshop = self.antenne.workshop
        if workshop is None:
            return
        try:
            history = load_history(workshop, take_id)
            source_ids = {r.source_id for el in history.lists for r in el.regions} | {take_id}
            sources = {sid: load_source(workshop, sid) for sid in source_ids}
            summaries = {sid: peaks.take_peaks(workshop, sid) for sid in source_ids}
        except StudioError as e:
            self.app.call_from_thread(self.antenne.show_error, e)
            return
        self.post_message(Loaded(take_id, history, sources, summaries))

    def on_edit_loaded(self, message: Loaded) -> None:
        self.take_id = message.take_id
        self.history = message.history
        self.sources, self.peaks = message.sources, message.peaks
        self.cursor, self.mark_in, self.mark_out, self.zoom, self.view_start = 0, None, None, 0, 0
        self.remove_class("picking-forced")
        self._set_mode()
        self.query_one("#wave", Waveform).focus()
        self._changed(save=False)
        # The waveform was hidden while a take was being picked: its width is only known after the next
        # layout, and the zoom-to-fit depends on it.
        self.call_after_refresh(self._redraw)

    def on_waveform_resized(self, message: Waveform.Resized) -> None:
        self._redraw()

    # ---- state helpers ----------------------------------------------------------------------------
    @property
    def edit_list(self) -> Any:
        return self.history.current if self.history is not None else None

    @property
    def rate(self) -> int:
        return self.edit_list.rate if self.edit_list is not None else 48_000

    @property
    def selection(self) -> tuple[int, int] | None:
        if self.mark_in is None or self.mark_out is None or self.mark_in == self.mark_out:
            return None
        a, b = sorted((self.mark_in, self.mark_out))
        return a, b

    def frames_per_column(self) -> float:
        width = max(1, self.query_one("#wave", Waveform).size.width)
        total = max(1, self.edit_list.frames if self.edit_list is not None else 1)
        return max(total / width / (2 ** self.zoom), 1.0)

    def _keep_cursor_visible(self) -> None:
        width = max(1, self.query_one("#wave", Waveform).size.width)
        fpc = self.frames_per_column()
        visible = width * fpc
        total = self.edit_list.frames if self.edit_list is not None else 0
        if self._recentre or self.cursor < self.view_start or self.cursor >= self.view_start + visible:
            self.view_start = int(self.cursor - visible / 2)
            self._recentre = False
        self.view_start = max(0, min(self.view_start, int(max(0, total - visible))))

    def _redraw(self) -> None:
        if self.edit_list is None:
            return
        self._keep_cursor_visible()
        view = View(self.edit_list, self.peaks, self.view_start, self.frames_per_column(), self.cursor,
                    self.selection)
        self.query_one("#wave", Waveform).show(view)
        self._update_title()

    def _update_title(self) -> None:
        if self.edit_list is None or self.take_id is None:
            self.query_one("#title", Static).update(_("Edit: choose a take"))
            return
        workshop = self.antenne.workshop
        who = workshop.take(self.take_id).participant if workshop is not None else ""
        self.query_one("#title", Static).update(
            _("Edit {id} ({who})  {pos} / {total}  zoom x{zoom}").format(
                id=self.take_id, who=who, pos=clock(self.cursor / self.rate),
                total=clock(self.edit_list.duration_s), zoom=2 ** self.zoom))

    def _update_info(self) -> None:
        if self.edit_list is None:
            return
        sel = self.selection
        if sel is None:
            marks = _("No selection (i marks the start, o the end)")
            if self.mark_in is not None:
                marks = _("Start marked at {t}").format(t=clock(self.mark_in / self.rate))
        else:
            marks = _("Selection {a} - {b} ({d} s)").format(
                a=clock(sel[0] / self.rate), b=clock(sel[1] / self.rate), d=number((sel[1] - sel[0]) / self.rate, 2))
        self.query_one("#info", Static).update(marks + "\n" + self._readout())

    def _changed(self, save: bool = True) -> None:
        """After an edit: save, clamp marks, redraw, measure loudness in the background."""
        workshop = self.antenne.workshop
        if save and workshop is not None and self.take_id is not None:
            try:
                save_history(workshop, self.take_id, self.history)
            except (StudioError, OSError) as e:
                self.antenne.show_error(e)
        total = self.edit_list.frames
        self.cursor = min(self.cursor, total)
        if self.mark_in is not None:
            self.mark_in = min(self.mark_in, total)
        if self.mark_out is not None:
            self.mark_out = min(self.mark_out, total)
        self._redraw()
        self.measure_serial += 1
        self.measured = None
        self._update_info()
        self._measure(self.measure_serial, self.edit_list)

    @work(thread=True, exclusive=True, exit_on_error=False, group="measure")
    def _measure(self, serial: int, edit_list: Any) -> None:
        audio = render(edit_list, self.sources)
        result = measure_array(audio, edit_list.rate)
        self.post_message(Measured(serial, result.integrated_lufs, result.true_peak_dbtp,
                                        len(audio) / edit_list.rate))

    def on_edit_measured(self, message: Measured) -> None:
        if message.serial != self.measure_serial:
            return
        self.measured = message
        self._update_info()

    def _readout(self) -> str:
        """The loudness line, in the current language (written when shown, so a language switch retranslates it)."""
        m = self.measured
        if m is None:
            return _("Measuring loudness…")
        loud = "-" if m.integrated is None else number(m.integrated, 1)
        peak = "-" if m.peak is None else number(m.peak, 1)
        return _("Loudness {lufs} LUFS · peak {peak} dBTP · length {length}").format(
            lufs=loud, peak=peak, length=clock(m.duration_s))

    def apply(self, new_list: Any) -> None:
        if self.history is None:
            return
        if new_list == self.edit_list:
            return
        self.history.push(new_list)
        self._changed()

    def _require_selection(self) -> tuple[int, int] | None:
        sel = self.selection
        if sel is None:
            self.notify(_("Select a part first: i marks the start, o the end (or drag with the mouse)"),
                        severity="warning")
        return sel

    # ---- actions -----------------------------------------------------------------------------------------
    def action_mark_in(self) -> None:
        if self.edit_list is None:
            return
        self.mark_in = self.cursor
        if self.mark_out is not None and self.mark_out <= self.mark_in:
            self.mark_out = None
        self._redraw()
        self._update_info()

    def action_mark_out(self) -> None:
        if self.edit_list is None:
            return
        self.mark_out = self.cursor
        if self.mark_in is None or self.mark_in >= self.mark_out:
            self.mark_in = 0 if self.mark_in is None else self.mark_in
        self._redraw()
        self._update_info()

    def action_delete(self) -> None:
        sel = self._require_selection()
        if sel is None:
            return
        self.apply(delete(self.edit_list, *sel))
        self.cursor = sel[0]
        self.mark_in = self.mark_out = None
        self._redraw()
        self._update_info()

    def action_keep(self) -> None:
        sel = self._require_selection()
        if sel is None:
            return
        self.apply(trim(self.edit_list, *sel))
        self.cursor = 0
        self.mark_in = self.mark_out = None
        self._redraw()
        self._update_info()

    def action_fade_in(self) -> None:
        sel = self._require_selection()
        if sel is not None:
            self.apply(fade_in(self.edit_list, *sel))

    def action_fade_out(self) -> None:
        sel = self._require_selection()
        if sel is not None:
            self.apply(fade_out(self.edit_list, *sel))

    def action_gain(self, gain_db: float) -> None:
        if self.edit_list is None:
            return
        a, b = self.selection or (0, 0)
        self.apply(change_gain(self.edit_list, a, b, float(gain_db)))

    def action_normalize(self) -> None:
        if self.edit_list is None:
            return
        channels = max((s.shape[1] for s in self.sources.values()), default=2)
        new_list, gain_db = normalize(self.edit_list, self.sources, parse_target("podcast", channels))
        if new_list == self.edit_list:
            self.notify(_("Nothing to normalise (silence or too short)"))
            return
        self.apply(new_list)
        self.notify(_("Volume changed by {gain:+.1f} dB").format(gain=gain_db))

    def action_trim_silence(self) -> None:
        if self.edit_list is None:
            return
        new_list = trim_silence(self.edit_list, self.sources)
        if new_list == self.edit_list:
            self.notify(_("No silence to remove at the start or the end"))
            return
        before_s, after_s = self.edit_list.duration_s, new_list.duration_s
        self.cursor = 0
        self.apply(new_list)
        self.notify(_("Silence removed at the start and the end: {seconds} s (u undoes)").format(
            seconds=number(before_s - after_s, 1)))

    def action_undo(self) -> None:
        if self.history is not None and self.history.can_undo:
            self.history.undo()
            self._changed()
        elif self.history is not None:
            self.notify(_("Nothing to undo"))

    def action_redo(self) -> None:
        if self.history is not None and self.history.can_redo:
            self.history.redo()
            self._changed()
        elif self.history is not None:
            self.notify(_("Nothing to redo"))

    def action_zoom(self, step: int) -> None:
        if self.edit_list is None:
            return
        self.zoom = max(0, min(ZOOM_MAX, self.zoom + int(step)))
        self._recentre = True
        self._redraw()

    def action_nudge(self, seconds: float) -> None:
        if self.edit_list is None:
            return
        self.cursor = max(0, min(self.edit_list.frames, self.cursor + int(round(float(seconds) * self.rate))))
        if self.player is not None and self.player.is_active:
            self._seek(self.cursor)
        self._redraw()

    def action_cursor_to(self, where: int) -> None:
        if self.edit_list is None:
            return
        self.cursor = 0 if int(where) == 0 else self.edit_list.frames
        self._redraw()

    def action_choose_take(self) -> None:
        self._stop()
        self.add_class("picking-forced")
        self.set_class(False, "editing")
        self.set_class(True, "picking")
        takes = self.query_one("#takes", OptionList)
        takes.can_focus = True
        takes.focus()

    def action_back(self) -> None:
        if self.selection is not None or self.mark_in is not None:
            self.mark_in = self.mark_out = None
            self._redraw()
            self._update_info()
            return
        self._stop()
        self.app.pop_screen()

    # ---- mouse ---------------------------------------------------------------------------------------------
    def on_waveform_cursor_placed(self, message: Waveform.CursorPlaced) -> None:
        self.cursor = message.frame
        if self.player is not None and self.player.is_active:
            self._seek(self.cursor)
        self._redraw()

    def on_waveform_selected(self, message: Waveform.Selected) -> None:
        self.mark_in, self.mark_out = message.start_frame, message.end_frame
        self.cursor = message.start_frame
        self._redraw()
        self._update_info()

    # ---- playback ------------------------------------------------------------------------------------------
    def _start(self, start: int, end: int, from_frame: int) -> None:
        self._stop()
        audio = render(self.edit_list, self.sources)[start:end]
        if not len(audio):
            return
        rate = self.rate
        self.antenne.stop_playback()
        try:
            player: Any = Player()
            player.play(audio, rate, start_s=(from_frame - start) / rate, offset_s=start / rate)
        except StudioError:
            player = ClockPlayer()
            player.play(audio, rate, start_s=(from_frame - start) / rate, offset_s=start / rate)
            self.notify(_("No sound device: the playhead moves without sound"), severity="warning")
        self.player = player

    def _seek(self, frame: int) -> None:
        if isinstance(self.player, ClockPlayer):
            self.player.started = time.monotonic() - (frame / self.rate - self.player.offset_s)
        elif self.player is not None:
            self.player.seek(frame / self.rate)

    def _stop(self) -> None:
        if self.player is not None:
            try:
                self.player.stop()
            except Exception:
                pass
        self.player = None

    def action_play(self) -> None:
        if self.edit_list is None:
            return
        if self.player is not None and self.player.is_active:
            self.player.toggle_pause()
            self._tick()  # the playhead shows where playback stopped now, not at the next tick (late on a busy machine)
            return
        start = 0 if self.cursor >= self.edit_list.frames else self.cursor
        self.playing_selection = False
        self._start(0, self.edit_list.frames, start)

    def action_play_selection(self) -> None:
        sel = self._require_selection()
        if sel is None:
            return
        self.playing_selection = True
        self._start(sel[0], sel[1], sel[0])

    def _tick(self) -> None:
        if self.player is None or self.edit_list is None:
            return
        frame = int(round(self.player.position_s * self.rate))
        if not self.player.is_active:
            self.player = None
        if frame != self.cursor:
            self.cursor = max(0, min(frame, self.edit_list.frames))
            self._redraw()

    def on_unmount(self) -> None:
        self._stop()
