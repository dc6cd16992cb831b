"""A waveform drawn with block characters from cached summaries (never from samples), with selection,
playhead, a time ruler, and mouse selection (click to place the cursor, drag to select)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from studio.edit.model import EditList
from studio.i18n.times import clock

FLOOR_DB = -48.0
# Eighth blocks, growing from the centre line outwards.
_UP = " ▁▂▃▄▅▆▇█"
_DOWN = " ▔▔▀▀▀▀▀█"  # terminals have no lower-aligned eighths from the top; coarse but readable
_UP_CHARS = np.array(list(_UP))
_DOWN_CHARS = np.array(list(_DOWN))


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True."""
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist(), strict=True))


@dataclass
class View:
    """What to draw: the edit list, source summaries, the visible range and the marks (attributes down)."""

    edit_list: EditList = field(default_factory=EditList)
    peaks: dict = field(default_factory=dict)  # type: ignore[type-arg]  # source id -> studio.audio.peaks.Peaks
    start_frame: int = 0
    frames_per_column: float = 1.0
    cursor_frame: int = 0
    selection: tuple[int, int] | None = None


def column_summaries(view: View, columns: int) -> np.ndarray:
    """(columns, 3) min/max/rms of the edited timeline, assembled region by region from source summaries."""
    out = np.zeros((columns, 3), dtype=np.float32)
    el = view.edit_list
    if columns <= 0 or not el.regions:
        return out
    fpc = max(view.frames_per_column, 1e-9)
    col_start = view.start_frame
    for region, offset in zip(el.regions, el.offsets(), strict=True):
        peaks = view.peaks.get(region.source_id)
        if peaks is None or peaks.sample_rate <= 0:
            continue
        first = max(0, int(np.floor((offset - col_start) / fpc)))
        last = min(columns, int(np.ceil((offset + region.length - col_start) / fpc)))
        if last <= first:
            continue
        # timeline frames of those columns -> source frames at the summaries' own rate
        t0 = max(offset, col_start + first * fpc)
        t1 = min(offset + region.length, col_start + last * fpc)
        ratio = peaks.sample_rate / el.rate
        s0 = (region.start_frame + (t0 - offset)) * ratio
        s1 = (region.start_frame + (t1 - offset)) * ratio
        chunk = peaks.summary(int(s0), max(int(s0) + 1, int(round(s1))), last - first)
        if region.gain_db:
            chunk = chunk * np.float32(10 ** (region.gain_db / 20))
        seg = out[first:last]
        seg[:, 0] = np.minimum(seg[:, 0], chunk[:, 0])
        seg[:, 1] = np.maximum(seg[:, 1], chunk[:, 1])
        seg[:, 2] = np.maximum(seg[:, 2], chunk[:, 2])
    return out


def _height(values: np.ndarray, rows: float) -> np.ndarray:
    """Amplitude -> eighths of a cell on a dB scale (FLOOR_DB .. 0 dBFS)."""
    with np.errstate(divide="ignore"):
        db = 20 * np.log10(np.maximum(np.abs(values), 1e-9))
    frac = np.clip((db - FLOOR_DB) / -FLOOR_DB, 0.0, 1.0)
    return np.round(frac * rows * 8).astype(int)


def draw(view: View, width: int, height: int) -> list[Text]:
    """Lines of the waveform (height - 1 rows) and a ruler line."""
    rows = max(2, height - 1)
    half_up = rows // 2
    half_down = rows - half_up
    cols = column_summaries(view, width)
    up = _height(cols[:, 1], half_up)
    down = _height(cols[:, 0], half_down)
    rms_up = _height(cols[:, 2], half_up)
    lines = []
    for r in range(half_up):  # rows above the centre line, r = 0 at the top
        level = (half_up - 1 - r) * 8
        line = Text("".join(_UP_CHARS[np.clip(up - level, 0, 8)]), style="cyan")
        for x0, x1 in _runs(rms_up > level + 4):  # the loud (rms) core in a stronger colour
            line.stylize("bold bright_cyan", x0, x1)
        lines.append(line)
    for r in range(half_down):
        lines.append(Text("".join(_DOWN_CHARS[np.clip(down - r * 8, 0, 8)]), style="cyan"))
    fpc = max(view.frames_per_column, 1e-9)
    if view.selection is not None:
        a, b = sorted(view.selection)
        x0 = max(0, int((a - view.start_frame) / fpc))
        x1 = min(width, int(np.ceil((b - view.start_frame) / fpc)))
        if x1 > x0:
            for line in lines:
                line.stylize("on dark_blue", x0, x1)
    cx = int((view.cursor_frame - view.start_frame) / fpc)
    if 0 <= cx < width:
        for line in lines:
            line.stylize("reverse yellow", cx, cx + 1)
    lines.append(_ruler(view, width))
    return lines


def _ruler(view: View, width: int) -> Text:
    rate = view.edit_list.rate
    span_s = width * view.frames_per_column / rate
    step = next((s for s in (0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800) if span_s / s <= width / 9),
                3600)
    chars = [" "] * width
    start_s = view.start_frame / rate
    t = np.ceil(start_s / step) * step
    while True:
        x = int(round((t * rate - view.start_frame) / view.frames_per_column))
        if x >= width:
            break
        label = clock(t, 1 if step < 1 else 0)
        if 0 <= x and x + len(label) + 1 <= width:
            chars[x] = "|"
            for i, c in enumerate(label):
                chars[x + 1 + i] = c
        t += step
    return Text("".join(chars), style="dim")


class Waveform(Widget, can_focus=True):
    """Draws a `View`; clicking places the cursor, dragging selects. Focusable (it has no keys of its own),
    so that the edit screen's keys reach the screen instead of a hidden list."""

    DEFAULT_CSS = """
    Waveform { height: 1fr; min-height: 5; }
    """

    @dataclass
    class CursorPlaced(Message):
        """A click placed the cursor on this frame."""

        frame: int

    @dataclass
    class Selected(Message):
        """A drag selected these frames (start < end)."""

        start_frame: int
        end_frame: int

    @dataclass
    class Resized(Message):
        """The widget's width changed: the owner recomputes the zoom (frames per column) and redraws."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.view = View()
        self._drag_from: int | None = None

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.Resized())

    def show(self, view: View) -> None:
        self.view = view
        self.refresh()

    def frame_at(self, x: int) -> int:
        frame = int(self.view.start_frame + x * self.view.frames_per_column)
        return max(0, min(frame, self.view.edit_list.frames))

    def render(self) -> Text:
        width, height = self.size.width, self.size.height
        if width <= 0 or height <= 0:
            return Text("")
        return Text("\n").join(draw(self.view, width, height))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self._drag_from = self.frame_at(event.x)
        self.capture_mouse()
        self.post_message(self.CursorPlaced(self._drag_from))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag_from is not None and event.button:
            frame = self.frame_at(event.x)
            if frame != self._drag_from:
                self.post_message(self.Selected(*sorted((self._drag_from, frame))))

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._drag_from is not None:
            frame = self.frame_at(event.x)
            if frame != self._drag_from:
                self.post_message(self.Selected(*sorted((self._drag_from, frame))))
        self._drag_from = None
        self.release_mouse()
