"""A large level meter: one bar per channel on a dBFS scale, zones (too quiet / good / too loud), clip hold."""

from __future__ import annotations

import time

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from studio.i18n import _, number

FLOOR_DBFS = -60.0
QUIET_BELOW_DBFS = -30.0  # speech peaks under this are too quiet
LOUD_ABOVE_DBFS = -6.0  # peaks over this risk clipping
CLIP_HOLD_S = 3.0
PEAK_HOLD_S = 1.5
SCALE_MARKS = (-60, -48, -36, -24, -18, -12, -6, -3, 0)
LABEL_COLUMNS = 11  # right-hand space for the numeric value


def zone_of(dbfs: float) -> str:
    if dbfs < QUIET_BELOW_DBFS:
        return "quiet"
    if dbfs > LOUD_ABOVE_DBFS:
        return "loud"
    return "good"


class LevelMeter(Widget):
    """Set `update_levels(peaks, rms, clip_count)`; the widget holds the peak and the clip light itself."""

    DEFAULT_CSS = """
    LevelMeter { height: auto; min-height: 4; padding: 0 1; }
    LevelMeter > .meter--quiet { color: $warning; }
    LevelMeter > .meter--good { color: $success; }
    LevelMeter > .meter--loud { color: $error; }
    LevelMeter > .meter--rms { text-style: bold; }
    LevelMeter > .meter--empty { color: $text-disabled; }
    LevelMeter > .meter--clip { background: $error; color: $text; text-style: bold; }
    LevelMeter > .meter--scale { color: $text-muted; }
    """
    COMPONENT_CLASSES = {"meter--quiet", "meter--good", "meter--loud", "meter--rms", "meter--empty",
                         "meter--clip", "meter--scale"}

    peaks: reactive[tuple[float, ...]] = reactive((FLOOR_DBFS,), always_update=True)
    rms: reactive[tuple[float, ...]] = reactive((FLOOR_DBFS,))
    clipping: reactive[bool] = reactive(False)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, classes=classes)
        self._held: list[float] = []
        self._held_at: list[float] = []
        self._clip_count = 0
        self._clip_until = 0.0

    def update_levels(self, peaks: tuple[float, ...], rms: tuple[float, ...], clip_count: int = 0) -> None:
        now = time.monotonic()
        if len(self._held) != len(peaks):
            self._held = list(peaks)
            self._held_at = [now] * len(peaks)
        for i, p in enumerate(peaks):
            if p >= self._held[i] or now - self._held_at[i] > PEAK_HOLD_S:
                self._held[i], self._held_at[i] = p, now
        if clip_count > self._clip_count:
            self._clip_until = now + CLIP_HOLD_S
        self._clip_count = clip_count
        self.clipping = now < self._clip_until
        self.rms = tuple(rms) or (FLOOR_DBFS,)
        self.peaks = tuple(peaks) or (FLOOR_DBFS,)

    def reset(self) -> None:
        self._held, self._held_at, self._clip_count, self._clip_until = [], [], 0, 0.0
        self.clipping = False
        self.rms = (FLOOR_DBFS,)
        self.peaks = (FLOOR_DBFS,)

    @property
    def zone(self) -> str:
        return zone_of(max(self.peaks))

    @property
    def held_peak_dbfs(self) -> float:
        return max(self._held, default=FLOOR_DBFS)

    def _column(self, dbfs: float, width: int) -> int:
        frac = (min(0.0, max(FLOOR_DBFS, dbfs)) - FLOOR_DBFS) / -FLOOR_DBFS
        return int(round(frac * width))

    def render(self) -> Text:
        width = max(10, self.content_size.width - LABEL_COLUMNS)
        styles = {z: self.get_component_rich_style(f"meter--{z}") for z in ("quiet", "good", "loud")}
        empty = self.get_component_rich_style("meter--empty")
        rms_style = self.get_component_rich_style("meter--rms")
        scale_style = self.get_component_rich_style("meter--scale")
        out = Text(no_wrap=True, overflow="crop")
        channels = len(self.peaks)
        for ch, peak in enumerate(self.peaks):
            rms = self.rms[ch] if ch < len(self.rms) else FLOOR_DBFS
            held = self._held[ch] if ch < len(self._held) else peak
            peak_col, rms_col, held_col = (self._column(v, width) for v in (peak, rms, held))
            for row in range(2 if channels == 1 else 1):
                line = Text(no_wrap=True)
                for col in range(width):
                    level = FLOOR_DBFS + (col + 0.5) / width * -FLOOR_DBFS
                    if col < rms_col:
                        line.append("█", rms_style + styles[zone_of(level)])
                    elif col < peak_col:
                        line.append("▆", styles[zone_of(level)])
                    elif col == held_col - 1 and held_col > peak_col:
                        line.append("▏", styles[zone_of(level)])
                    else:
                        line.append("·", empty)
                label = f" {number(peak, 1):>6} dB" if row == 0 else ""
                line.append(label.ljust(LABEL_COLUMNS))
                out.append_text(line)
                out.append("\n")
        # the scale
        scale = [" "] * (width + LABEL_COLUMNS)
        for mark in SCALE_MARKS:
            text = str(mark)
            col = min(width - len(text), max(0, self._column(mark, width) - len(text) // 2))
            if mark == 0:
                col = width - len(text)
            scale[col: col + len(text)] = list(text)
        tail = " dBFS"
        scale[width: width + len(tail)] = list(tail)
        out.append("".join(scale).rstrip(), scale_style)
        out.append("\n")
        # the zones, and the clip light that holds
        quiet_end = self._column(QUIET_BELOW_DBFS, width)
        loud_start = self._column(LOUD_ABOVE_DBFS, width)
        for start, end, zone, label in ((0, quiet_end, "quiet", _("too quiet")),
                                        (quiet_end, loud_start, "good", _("good")),
                                        (loud_start, width + LABEL_COLUMNS - 1, "loud", _("too loud"))):
            span = max(0, end - start)
            out.append(label[:span].center(span, "─"), styles[zone])
        if self.clipping:
            out.append(" " + _("CLIP"), self.get_component_rich_style("meter--clip"))
        return out

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        channels = len(self.peaks)
        return (2 if channels == 1 else channels) + 2
