"""Screens of the terminal UI; STEP_SCREENS says which screen opens for each kind of plan step."""

from __future__ import annotations

import importlib

from textual.screen import Screen

#: step kind -> "module:Class". A module that does not exist yet means "arrives with its issue".
STEP_SCREENS: dict[str, str] = {
    "exercise": "studio.tui.screens.exercise:ExerciseScreen",
    "record": "studio.tui.screens.record:RecordScreen",
    "edit": "studio.tui.screens.edit:EditScreen",
    "transcribe": "studio.tui.screens.transcribe:TranscribeScreen",
    "listen": "studio.tui.screens.listen:ListenScreen",
    "export": "studio.tui.screens.episode:EpisodeScreen",
}


def step_screen(kind: str) -> Screen | None:  # type: ignore[type-arg]
    """A new screen for a step kind, or None when that step has no screen (or not yet)."""
    target = STEP_SCREENS.get(kind)
    if not target:
        return None
    module_name, _, class_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        if e.name == module_name:
            return None
        raise
    cls = getattr(module, class_name, None)
    return cls() if cls is not None else None
