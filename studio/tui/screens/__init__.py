"""Screens of the terminal UI; STEP_SCREENS says which screen opens for each kind of plan step."""

from __future__ import annotations

import importlib
from typing import Any

from textual.screen import Screen

#: step kind -> "module:Class" (imported when the step is opened, so start-up stays light).
STEP_SCREENS: dict[str, str] = {
    "exercise": "studio.tui.screens.exercise:ExerciseScreen",
    "record": "studio.tui.screens.record:RecordScreen",
    "edit": "studio.tui.screens.edit:EditScreen",
    "transcribe": "studio.tui.screens.transcribe:TranscribeScreen",
    "listen": "studio.tui.screens.listen:ListenScreen",
    "listening": "studio.tui.screens.listening:ExampleFlashScreen",
    "export": "studio.tui.screens.episode:EpisodeScreen",
}


def step_screen(kind: str, step: Any = None) -> Screen | None:  # type: ignore[type-arg]
    """A new screen for a step kind, or None when that kind of step has no screen of its own.

    The exercise step opens the exercise its plan step names (`step.exercise`), else the list."""
    target = STEP_SCREENS.get(kind)
    if not target:
        return None
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if kind == "exercise" and step is not None and getattr(step, "exercise", None):
        return cls(step.exercise)  # type: ignore[no-any-return]
    if kind == "listening":
        return cls(step)  # type: ignore[no-any-return]
    screen: Screen = cls()  # type: ignore[type-arg]
    return screen
