"""Edit lists: regions over immutable sources and the pure operations on them (each returns a new list)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from studio.settings import WORKSHOP_RATE


@dataclass(frozen=True)
class Region:
    """`length` frames of source `source_id` from `start_frame` (at the edit list's rate), with gain and fades."""

    source_id: str
    start_frame: int
    length: int
    gain_db: float = 0.0
    fade_in_s: float = 0.0
    fade_out_s: float = 0.0

    @property
    def end_frame(self) -> int:
        return self.start_frame + self.length


@dataclass(frozen=True)
class EditList:
    """Regions played one after the other; positions are frames of the edited timeline at `rate`."""

    regions: tuple[Region, ...] = ()
    rate: int = WORKSHOP_RATE

    @property
    def frames(self) -> int:
        return sum(r.length for r in self.regions)

    @property
    def duration_s(self) -> float:
        return self.frames / self.rate

    def offsets(self) -> list[int]:
        """Timeline frame where each region starts."""
        out, pos = [], 0
        for r in self.regions:
            out.append(pos)
            pos += r.length
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"rate": self.rate, "regions": [asdict(r) for r in self.regions]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EditList:
        regions = tuple(
            Region(str(r["source_id"]), int(r["start_frame"]), int(r["length"]), float(r.get("gain_db", 0.0)),
                   float(r.get("fade_in_s", 0.0)), float(r.get("fade_out_s", 0.0)))
            for r in data.get("regions", [])
        )
        return cls(tuple(r for r in regions if r.length > 0), int(data.get("rate", WORKSHOP_RATE)))


def whole(source_id: str, frames: int, rate: int = WORKSHOP_RATE) -> EditList:
    """An edit list playing a whole source once."""
    return EditList((Region(source_id, 0, int(frames)),) if frames > 0 else (), rate)


def _clamp(el: EditList, frame: int) -> int:
    return max(0, min(int(frame), el.frames))


def split(el: EditList, frame: int) -> EditList:
    """Split the region under timeline `frame` in two (no audible change); fades stay at the outer ends."""
    frame = _clamp(el, frame)
    regions: list[Region] = []
    for r, off in zip(el.regions, el.offsets(), strict=True):
        if off < frame < off + r.length:
            k = frame - off
            regions.append(replace(r, length=k, fade_out_s=0.0))
            regions.append(replace(r, start_frame=r.start_frame + k, length=r.length - k, fade_in_s=0.0))
        else:
            regions.append(r)
    return EditList(tuple(regions), el.rate)


def _range(el: EditList, start: int, end: int) -> tuple[EditList, int, int]:
    """Split at both ends; returns (list, index of first region in range, index after the last)."""
    start, end = sorted((_clamp(el, start), _clamp(el, end)))
    el = split(split(el, start), end)
    offs = el.offsets()
    first = next((i for i, o in enumerate(offs) if o >= start), len(offs))
    last = next((i for i, o in enumerate(offs) if o >= end), len(offs))
    return el, first, last


def delete(el: EditList, start_frame: int, end_frame: int) -> EditList:
    """Remove timeline frames [start, end)."""
    el, a, b = _range(el, start_frame, end_frame)
    return EditList(el.regions[:a] + el.regions[b:], el.rate)


def cut(el: EditList, start_s: float, end_s: float) -> EditList:
    """Remove the timeline between two times in seconds (e.g. words deleted from a transcript)."""
    return delete(el, int(round(start_s * el.rate)), int(round(end_s * el.rate)))


def trim(el: EditList, start_frame: int, end_frame: int) -> EditList:
    """Keep only timeline frames [start, end)."""
    el, a, b = _range(el, start_frame, end_frame)
    return EditList(el.regions[a:b], el.rate)


def move(el: EditList, index: int, new_index: int) -> EditList:
    """Move region `index` to position `new_index` (clamped)."""
    regions = list(el.regions)
    if not 0 <= index < len(regions):
        return el
    r = regions.pop(index)
    regions.insert(max(0, min(new_index, len(regions))), r)
    return EditList(tuple(regions), el.rate)


def change_gain(el: EditList, start_frame: int, end_frame: int, gain_db: float) -> EditList:
    """Add `gain_db` to the timeline range (the whole list when start == end)."""
    if start_frame == end_frame:
        start_frame, end_frame = 0, el.frames
    el, a, b = _range(el, start_frame, end_frame)
    regions = list(el.regions)
    for i in range(a, b):
        regions[i] = replace(regions[i], gain_db=round(regions[i].gain_db + gain_db, 6))
    return EditList(tuple(regions), el.rate)


def fade_in(el: EditList, start_frame: int, end_frame: int) -> EditList:
    """A fade-in over the range: the range becomes its own region(s); the first one fades in over the range."""
    el, a, b = _range(el, start_frame, end_frame)
    if a >= b:
        return el
    regions = list(el.regions)
    span = sum(r.length for r in regions[a:b])
    first = regions[a]
    regions[a] = replace(first, fade_in_s=min(span, first.length) / el.rate)
    return EditList(tuple(regions), el.rate)


def fade_out(el: EditList, start_frame: int, end_frame: int) -> EditList:
    """A fade-out over the range (applied to the last region of the range)."""
    el, a, b = _range(el, start_frame, end_frame)
    if a >= b:
        return el
    regions = list(el.regions)
    span = sum(r.length for r in regions[a:b])
    last = regions[b - 1]
    regions[b - 1] = replace(last, fade_out_s=min(span, last.length) / el.rate)
    return EditList(tuple(regions), el.rate)


def source_to_edit_time(el: EditList, source_id: str, t_s: float) -> float | None:
    """Where instant `t_s` of a source plays in the edited timeline (seconds), or None if it was cut.

    When a source range is used twice, the first occurrence wins.
    """
    frame = t_s * el.rate
    for r, off in zip(el.regions, el.offsets(), strict=True):
        if r.source_id == source_id and r.start_frame <= frame < r.end_frame:
            return (off + frame - r.start_frame) / el.rate
    # The very end of a region is still "kept" (e.g. a subtitle ending exactly at a cut).
    for r, off in zip(el.regions, el.offsets(), strict=True):
        if r.source_id == source_id and frame == r.end_frame:
            return (off + r.length) / el.rate
    return None


def edit_to_source_time(el: EditList, t_s: float) -> tuple[str, float] | None:
    """(source id, seconds in that source) under timeline time `t_s`, or None past the end."""
    frame = t_s * el.rate
    for r, off in zip(el.regions, el.offsets(), strict=True):
        if off <= frame < off + r.length:
            return r.source_id, (r.start_frame + frame - off) / el.rate
    return None
