"""Original and edit: the full take and its edit heard one after the other, with the cuts shown in the text
and on a waveform (kept parts bright, cut parts struck through)."""

from __future__ import annotations

import difflib
import re
from typing import Any

import numpy as np
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header, Label, Static

from studio.audio import dsp, io
from studio.framing.exercise_audio import kept_ranges, load_edit
from studio.i18n import N_, _
from studio.tui.messages.exercise import WaveReady
from studio.tui.screens.base import AntenneScreen
from studio.tui.widgets.footer import TranslatedFooter

BLOCKS = " ▁▂▃▄▅▆▇█"


def struck_text(full: str, edited: str) -> Text:
    """The full text with the words the edit removed struck through (word-level diff)."""
    words = re.findall(r"\S+", full)
    keys = [re.sub(r"\W", "", w).casefold() for w in words]
    kept_keys = [re.sub(r"\W", "", w).casefold() for w in re.findall(r"\S+", edited)]
    kept = [False] * len(words)
    for block in difflib.SequenceMatcher(a=keys, b=kept_keys, autojunk=False).get_matching_blocks():
        for i in range(block.a, block.a + block.size):
            kept[i] = True
    out = Text()
    for i, word in enumerate(words):
        out.append(word, style="" if kept[i] else "strike dim red")
        out.append(" ")
    return out


def wave_line(rms: np.ndarray, kept: np.ndarray) -> Text:
    """One row of block characters from per-column loudness; cut columns dim red, kept ones bold."""
    db = 20 * np.log10(np.maximum(rms, 1e-5))
    level = np.clip((db + 50) / 50, 0, 1)
    out = Text()
    for lv, k in zip(level.tolist(), kept.tolist(), strict=True):
        char = BLOCKS[int(round(lv * (len(BLOCKS) - 1)))]
        out.append(char if k or char != " " else "·", style="bold green" if k else "dim red")
    return out


class CutScreen(AntenneScreen):
    """Hear the original and the edit; see where the edit cuts."""

    HELP = N_(
        "## Original and edit\n\n"
        "The full answer and the edited version made from it with an Antenne edit list (the original is never "
        "changed). **o** plays the original, **e** the edit, **s** stops. In the text, the words the edit "
        "removed are struck through; on the waveform, the parts kept are green and the parts cut are red dots. "
        "**Escape** goes back to the exercise."
    )
    BINDINGS = [
        Binding("escape", "back", N_("Back")),
        Binding("o", "play_original", N_("Play original")),
        Binding("e", "play_edit", N_("Play edit")),
        Binding("s", "stop", N_("Stop")),
    ]

    def __init__(self, exercise: Any, full: dict[str, Any], edited: dict[str, Any]) -> None:
        super().__init__()
        self.exercise = exercise
        self.full = full
        self.edited = edited
        self.samples: Any = None
        self.rate = 0

    @property
    def language(self) -> str:
        return str(getattr(self.app, "language", "fr"))

    def compose(self) -> ComposeResult:
        ex, lang = self.exercise, self.language
        full_text = str(ex.text("text", lang, self.full))
        edit_text = str(ex.text("text", lang, self.edited))
        yield Header()
        yield Label(f"{ex.text('label', lang, self.full)}  (o)", classes="cut-title")
        yield Static("", id="cut-wave")
        yield Static(_("green: kept by the edit · red: cut"), id="cut-legend")
        yield Static(struck_text(full_text, edit_text), classes="cut-text")
        yield Label(f"{ex.text('label', lang, self.edited)}  (e)", classes="cut-title")
        yield Static(edit_text, classes="cut-text")
        yield TranslatedFooter()

    def on_mount(self) -> None:
        self.load_wave()

    def after_recompose(self) -> None:
        self.draw_wave()

    @work(thread=True, exclusive=True, exit_on_error=False, group="cut-wave")
    def load_wave(self) -> None:
        try:
            path = self.exercise.audio_path(self.full, self.language)
            data, rate = io.read(path)
            mono = dsp.as_frames(data).mean(axis=1).astype(np.float32)
        except Exception as e:  # noqa: BLE001 - shown in the error dialog
            self.post_message(WaveReady(None, 0, e))
            return
        self.post_message(WaveReady(mono, rate))

    def on_exercise_wave_ready(self, message: WaveReady) -> None:
        if message.error is not None:
            self.antenne.show_error(message.error)
            return
        self.samples, self.rate = message.samples, message.rate
        self.draw_wave()

    def on_resize(self) -> None:
        self.draw_wave()

    def kept_mask(self, columns: int) -> np.ndarray:
        """Which columns of the full take the edit keeps (from the edit list's regions)."""
        edit = load_edit(self.exercise.path, str(self.exercise.text("edit", self.language, self.edited)))
        duration_s = len(self.samples) / self.rate
        centres = (np.arange(columns) + 0.5) * duration_s / columns
        mask = np.zeros(columns, dtype=bool)
        for sid in edit.sources:
            for start, end in kept_ranges(edit, sid):
                mask |= (centres >= start) & (centres < end)
        return mask

    def draw_wave(self) -> None:
        if self.samples is None or not len(self.samples):
            return
        widget = self.query_one("#cut-wave", Static)
        columns = max(10, widget.size.width - 2 if widget.size.width else 76)
        edges = np.linspace(0, len(self.samples), columns + 1).astype(int)
        rms = np.array([float(np.sqrt(np.mean(np.square(self.samples[a:b])))) if b > a else 0.0
                        for a, b in zip(edges[:-1], edges[1:], strict=True)])
        try:
            kept = self.kept_mask(columns)
        except Exception as e:  # noqa: BLE001 - a damaged edit list is shown, not fatal
            self.antenne.show_error(e)
            return
        widget.update(wave_line(rms, kept))

    def _play(self, version: dict[str, Any]) -> None:
        try:
            path = self.exercise.audio_path(version, self.language)
        except Exception as e:  # noqa: BLE001 - shown in the error dialog
            self.antenne.show_error(e)
            return
        if path is not None and self.antenne.play_file(path):
            self.notify(_("Playing {label}").format(label=self.exercise.text("label", self.language, version)))

    def action_play_original(self) -> None:
        self._play(self.full)

    def action_play_edit(self) -> None:
        self._play(self.edited)

    def action_stop(self) -> None:
        self.antenne.stop_playback()

    def action_back(self) -> None:
        self.antenne.stop_playback()
        self.app.pop_screen()
