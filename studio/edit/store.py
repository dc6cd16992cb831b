"""Edit lists of workshop takes: undo/redo history in `edits/<take id>.json`, take sources at 48 kHz."""

from __future__ import annotations

import json
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from studio.audio import dsp, io
from studio.edit.model import EditList, whole
from studio.edit.render import render
from studio.errors import WorkshopDamaged
from studio.i18n import _
from studio.project.atomic import atomic_write_json
from studio.settings import WORKSHOP_RATE

FORMAT = 1
MAX_HISTORY = 200


@dataclass
class History:
    """Every edit list of a take, oldest first; `position` is the current one. Undo/redo move it."""

    lists: list[EditList] = field(default_factory=list)
    position: int = 0

    @property
    def current(self) -> EditList:
        return self.lists[self.position]

    def push(self, el: EditList) -> EditList:
        if self.lists and el == self.current:
            return el
        del self.lists[self.position + 1:]
        self.lists.append(el)
        if len(self.lists) > MAX_HISTORY:
            del self.lists[: len(self.lists) - MAX_HISTORY]
        self.position = len(self.lists) - 1
        return el

    @property
    def can_undo(self) -> bool:
        return self.position > 0

    @property
    def can_redo(self) -> bool:
        return self.position < len(self.lists) - 1

    def undo(self) -> EditList:
        if self.can_undo:
            self.position -= 1
        return self.current

    def redo(self) -> EditList:
        if self.can_redo:
            self.position += 1
        return self.current

    def to_dict(self, take_id: str) -> dict[str, Any]:
        return {"format": FORMAT, "take": take_id, "position": self.position,
                "history": [el.to_dict() for el in self.lists]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> History:
        lists = [EditList.from_dict(d) for d in data.get("history", [])]
        if not lists:
            raise ValueError("empty history")
        position = max(0, min(int(data.get("position", len(lists) - 1)), len(lists) - 1))
        return cls(lists, position)


def edits_path(workshop, take_id: str):  # type: ignore[no-untyped-def]
    return workshop.path / "edits" / f"{take_id}.json"


def take_frames(workshop, take_id: str) -> int:  # type: ignore[no-untyped-def]
    """Length of a take at the workshop rate (as `load_source` will return it)."""
    info = io.info(workshop.take_path(workshop.take(take_id)))
    if info.sample_rate == WORKSHOP_RATE:
        return info.frames
    g = math.gcd(info.sample_rate, WORKSHOP_RATE)
    return math.ceil(info.frames * (WORKSHOP_RATE // g) / (info.sample_rate // g))


def load_history(workshop, take_id: str) -> History:  # type: ignore[no-untyped-def]
    """The take's history; a take never edited has one list playing it whole."""
    path = edits_path(workshop, take_id)
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if int(data.get("format", 0)) > FORMAT:
                raise WorkshopDamaged(_("The edits of take {id} were made by a newer version of Antenne")
                                      .format(id=take_id), _("Update Antenne to open them"))
            return History.from_dict(data)
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            raise WorkshopDamaged(
                _("The edits of take {id} are damaged ({file})").format(id=take_id, file=path.name),
                _("Delete that file to start again from the original recording"),
            ) from e
    workshop.take(take_id)  # NotFound for an unknown take
    return History([whole(take_id, take_frames(workshop, take_id))], 0)


def save_history(workshop, take_id: str, history: History) -> None:  # type: ignore[no-untyped-def]
    atomic_write_json(edits_path(workshop, take_id), history.to_dict(take_id))


def load_edit_list(workshop, take_id: str) -> EditList:  # type: ignore[no-untyped-def]
    """The current edit list of a take (the whole take when it was never edited)."""
    return load_history(workshop, take_id).current


def save_edit_list(workshop, take_id: str, edit_list: EditList) -> History:  # type: ignore[no-untyped-def]
    """Make `edit_list` the take's current list (pushed on its undo history) and save it atomically."""
    history = load_history(workshop, take_id)
    history.push(edit_list)
    save_history(workshop, take_id, history)
    return history


_SOURCES: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
_SOURCES_LOCK = threading.Lock()
_SOURCES_MAX = 4


def load_source(workshop, take_id: str, *, keep: bool = True) -> np.ndarray:  # type: ignore[no-untyped-def]
    """A take's original audio as float32 (frames, channels) at the workshop rate.

    `keep`: hold it among the few sources kept in memory (the editor and player come back to the same
    takes); export passes False so a long episode holds one take at a time."""
    take = workshop.take(take_id)
    path = workshop.take_path(take)
    key = (str(path), take.sha256)
    with _SOURCES_LOCK:
        if key in _SOURCES:
            _SOURCES.move_to_end(key)
            return _SOURCES[key]
    data, rate = io.read(path)
    if rate != WORKSHOP_RATE:  # (resample copies even at the same rate; a long take is not held twice)
        data = dsp.resample(data, rate, WORKSHOP_RATE)
    data = dsp.as_frames(data)
    data.setflags(write=False)  # sources are immutable
    if keep:
        with _SOURCES_LOCK:
            _SOURCES[key] = data
            while len(_SOURCES) > _SOURCES_MAX:
                _SOURCES.popitem(last=False)
    return data


def sources_for(workshop, edit_list: EditList, *, keep: bool = True) -> dict[str, np.ndarray]:  # type: ignore[no-untyped-def]
    return {sid: load_source(workshop, sid, keep=keep) for sid in {r.source_id for r in edit_list.regions}}


def render_take(workshop, take_id: str, *, keep_sources: bool = True) -> tuple[np.ndarray, int]:  # type: ignore[no-untyped-def]
    """The take with its edits applied: (float32 (frames, channels), WORKSHOP_RATE).

    The one take renderer: the player, the editor and export all hear the same thing (`keep_sources`: see
    `load_source`)."""
    el = load_edit_list(workshop, take_id)
    if not el.regions:
        take = workshop.take(take_id)
        return np.zeros((0, max(1, take.channels)), dtype=np.float32), WORKSHOP_RATE
    out = np.asarray(render(el, sources_for(workshop, el, keep=keep_sources)), dtype=np.float32)
    return (out if out.ndim == 2 else out[:, None]), WORKSHOP_RATE
