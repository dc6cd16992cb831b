"""Non-destructive editing: edit lists of regions over untouched takes, pure render, undo history per take."""

from studio.edit.model import (
    EditList,
    Region,
    change_gain,
    cut,
    delete,
    edit_to_source_time,
    fade_in,
    fade_out,
    move,
    source_to_edit_time,
    split,
    trim,
    whole,
)
from studio.edit.render import normalize, render, trim_silence
from studio.edit.store import (
    History,
    load_edit_list,
    load_history,
    load_source,
    render_take,
    save_edit_list,
    save_history,
)

__all__ = [
    "EditList",
    "History",
    "Region",
    "change_gain",
    "cut",
    "delete",
    "edit_to_source_time",
    "fade_in",
    "fade_out",
    "load_edit_list",
    "load_history",
    "load_source",
    "move",
    "normalize",
    "render",
    "render_take",
    "save_edit_list",
    "save_history",
    "source_to_edit_time",
    "split",
    "trim",
    "trim_silence",
    "whole",
]
