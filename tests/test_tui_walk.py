"""The whole demo workshop walked as a facilitator would, keyboard only: every plan step, every key of every
screen (help and back included), and the exercise's F1/Esc and c/Esc while an answer is being typed.

ANTENNE_TUI_STRICT=1 (conftest) makes any exception in a handler fail the test instead of opening the
error dialog; the guard itself is tested at the end with strict mode off.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList

from studio.demo import create_demo
from studio.tui.app import make_app

# keys that would start long work (Whisper on every take) or leave the app; the rest are all pressed
SKIP = {"escape", "ctrl+q", "ctrl+c", "t", "a", "f2", "f1", "question_mark"}
SKIP_BY_SCREEN = {"TranscribeScreen": {"t", "a"}, "WorkshopScreen": {"x"}}


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    """No microphone and no sound: the walk is about keys, not devices."""
    import studio.audio.devices as devices
    from studio.tui.app import AntenneApp
    from studio.tui.screens import transcribe_jobs

    monkeypatch.setattr(devices, "recording_unavailable_reason", lambda: "No microphone was found.")
    monkeypatch.setattr(transcribe_jobs.Playback, "play", lambda self, from_s=None: None)
    monkeypatch.setattr(AntenneApp, "play_audio", lambda self, data, rate: True)


async def back_to(pilot: Any, screen: Any, presses: int = 6) -> None:
    """Close whatever a key opened (dialogs, pushed screens) until `screen` is on top again."""
    for _ in range(presses):
        if pilot.app.screen is screen:
            return
        await pilot.press("escape")
        await pilot.pause(0.05)
    assert pilot.app.screen is screen, f"could not come back to {screen!r} from {pilot.app.screen!r}"


def screen_keys(screen: Any) -> list[str]:
    """The first key of each binding the screen answers to (its own, not the app's)."""
    keys: list[str] = []
    skip = SKIP | SKIP_BY_SCREEN.get(type(screen).__name__, set())
    for binding in type(screen).BINDINGS:
        key = binding.key.split(",")[0]
        if key not in skip and key not in keys:
            keys.append(key)
    return keys


async def press_everything(pilot: Any, screen: Any) -> None:
    from studio.tui.widgets.footer import TranslatedFooter

    app = pilot.app
    footer = screen.query_one(TranslatedFooter)
    assert 1 <= footer.size.height <= 2, f"{type(screen).__name__}: the key bar takes {footer.size.height} lines"
    await pilot.press("f1")
    await pilot.pause(0.05)
    help_text = getattr(app.screen, "markdown", "")
    assert "^q" in help_text or "ctrl+q" in help_text.lower(), "the help must say how to quit"
    await back_to(pilot, screen)
    for key in screen_keys(screen):
        app.screen.set_focus(None)  # the screen's keys, not a text box's
        await pilot.press(key)
        await pilot.pause(0.05)
        if isinstance(app.screen, ModalScreen) or app.screen is not screen:
            await back_to(pilot, screen)
    await pilot.press("f2", "f2")  # both languages, and back
    await pilot.pause(0.2)
    assert app.is_running and not app.unexpected_errors


def test_walk_the_demo_workshop(tmp_path: Path, quiet: None, framing_models: None) -> None:
    from studio.tui.screens.edit import EditScreen
    from studio.tui.screens.exercise import ExerciseScreen
    from studio.tui.screens.workshop import WorkshopScreen

    demo = create_demo(tmp_path / "demo", language="fr").path

    async def main() -> None:
        app = make_app(demo, language="fr")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.3)
            workshop = app.screen
            assert isinstance(workshop, WorkshopScreen)
            plan = workshop.query_one("#plan", OptionList)
            current = app.workshop.current_step
            for index in range(plan.option_count):
                plan = workshop.query_one("#plan", OptionList)  # rebuilt by each language switch
                workshop.set_focus(plan)
                plan.highlighted = index
                await pilot.pause(0.1)
                await pilot.press("enter")
                await pilot.pause(0.3)
                step_screen = app.screen
                assert step_screen is not workshop, f"step {index + 1} opened nothing"
                assert app.workshop.current_step == current  # opening a step does not move the plan
                if isinstance(step_screen, EditScreen):
                    await pilot.press("enter")  # open the first take
                    for _ in range(100):
                        if step_screen.edit_list is not None:
                            break
                        await pilot.pause(0.1)
                    await pilot.pause(0.2)
                if isinstance(step_screen, ExerciseScreen):
                    step_screen = await exercise_walk(pilot, step_screen)
                if not isinstance(step_screen, ModalScreen):
                    await press_everything(pilot, step_screen)
                await back_to(pilot, workshop)
            await press_everything(pilot, workshop)
            await pilot.press("n")
            await pilot.pause(0.1)
            assert app.workshop.current_step == current + 1
            assert app.is_running and not app.unexpected_errors

    asyncio.run(main())


async def exercise_walk(pilot: Any, screen: Any) -> Any:
    """The sequence that crashed (DuplicateIds): type an answer, F1 then Esc, c then Esc, next and back."""
    app = pilot.app
    for _ in range(200):
        if screen.exercise is not None and len(screen.analyses) == len(screen.exercise.versions):
            break
        await pilot.pause(0.1)
    assert screen.exercise_id == "one-fact-three-headlines"  # the plan's choice, not the list
    assert screen.answer_widget.has_focus  # question 1: a choice list
    await pilot.press("pagedown")  # question 2: words to type
    await pilot.pause(0.2)
    box = screen.answer_widget
    assert isinstance(box, Input) and box.has_focus
    await pilot.press(*"renversé, transporté")  # letters go into the answer, never to the shortcuts
    assert screen.question_index == 1 and box.value == "renversé, transporté"
    for keys in (("f1",), ("c",)):  # F1 works while typing; c is a letter there, so leave the box first
        if keys == ("c",):
            screen.set_focus(None)
        await pilot.press(*keys)
        await pilot.pause(0.2)
        assert app.screen is not screen
        await back_to(pilot, screen)
        await pilot.pause(0.2)
        assert screen.answer_widget.value == "renversé, transporté"  # the typed answer is still there
    screen.answer_widget.focus()
    await pilot.pause(0.05)
    await pilot.press("enter")  # Enter answers, as the help says
    await pilot.pause(0.2)
    assert screen.feedback.get(1) is not None
    await pilot.press("pagedown", "pageup")
    await pilot.pause(0.2)
    assert screen.question_index == 1 and screen.answer_widget.value == "renversé, transporté"
    await pilot.press("pagedown", "pagedown")  # question 4: free text, Enter answers
    await pilot.pause(0.2)
    await pilot.press(*"pour aller vite", "enter")
    await pilot.pause(0.2)
    assert screen.question_index == 3 and 3 in screen.feedback
    screen.set_focus(None)
    await pilot.press("r")
    await pilot.pause(0.2)
    assert screen.has_class("revealed") and screen.query_one("#debrief").display
    await pilot.press("escape")
    await pilot.pause(0.1)
    assert not screen.has_class("revealed") and app.screen is screen
    assert len(screen.query(".answer")) == 1
    # leaving the exercise by mistake loses nothing: the answers are there when it is opened again
    await pilot.press("escape")
    await pilot.pause(0.2)
    again = type(screen)("one-fact-three-headlines")
    await app.push_screen(again)
    await pilot.pause(0.5)
    assert again.drafts.get(1) == "renversé, transporté" and 1 in again.feedback
    return again


def test_an_unexpected_error_opens_a_dialog_and_the_app_goes_on(tmp_path: Path, quiet: None,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Strict mode off (as for users): a bug in a key handler is logged without names, shown, survived."""
    import logging

    from studio.tui.dialogs import ErrorDialog
    from studio.tui.screens.workshop import WorkshopScreen

    monkeypatch.setenv("ANTENNE_TUI_STRICT", "0")
    demo = create_demo(tmp_path / "demo", language="fr").path
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("antenne.tui").addHandler(handler)

    def broken(self: Any) -> None:
        raise RuntimeError("Amina's take is broken")

    monkeypatch.setattr(WorkshopScreen, "action_toggle_clock", broken)

    async def main() -> None:
        app = make_app(demo, language="fr")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.3)
            workshop = app.screen
            await pilot.press("space")
            await pilot.pause(0.2)
            assert isinstance(app.screen, ErrorDialog)
            assert len(app.unexpected_errors) == 1
            await pilot.press("escape")
            await pilot.pause(0.1)
            assert app.screen is workshop and app.is_running
            await pilot.press("n")  # and the app still works
            await pilot.pause(0.1)
            assert app.workshop.current_step == 1

    try:
        asyncio.run(main())
    finally:
        logging.getLogger("antenne.tui").removeHandler(handler)
    text = " ".join(r.getMessage() for r in records)
    assert "RuntimeError" in text and "broken" in text and "WorkshopScreen" in text
    assert "Amina" not in text  # the message (which may hold a name) is never logged
