"""The TUI shell driven as a person would (Pilot): home, the demo workshop, its plan, language, dialogs."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList, TextArea

from studio.demo import create_demo
from studio.i18n import set_language
from studio.project import load_workshop
from studio.tui.app import make_app
from studio.tui.dialogs import ChoiceDialog, ConfirmDialog, ErrorDialog, HelpDialog, ImportDialog, InputDialog
from studio.tui.screens.home import HomeScreen
from studio.tui.screens.workshop import StepClock, WorkshopScreen


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return create_demo(tmp_path / "demo", language="fr").path


def run(coro) -> None:  # type: ignore[no-untyped-def]
    asyncio.run(coro)


def test_home_offers_new_open_demo_and_recent(demo: Path) -> None:
    async def main() -> None:
        app = make_app(None, language="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            recent = app.screen.query_one("#recent", OptionList)
            assert recent.option_count == 1  # the demo created above
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, WorkshopScreen)
            assert app.workshop is not None and app.workshop.path == demo.resolve()
            await pilot.press("escape")  # asks first: a stray Escape must not close the workshop
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, WorkshopScreen)
            await pilot.press("escape")
            await pilot.pause()
            await pilot.click("#yes")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)

    run(main())


def test_new_workshop_from_home(tmp_path: Path) -> None:
    async def main() -> None:
        app = make_app(None, language="fr")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("n")
            await pilot.pause()
            await pilot.press(*"Radio du jeudi")
            await pilot.click("#create")
            await pilot.pause()
            assert isinstance(app.screen, WorkshopScreen)
            assert app.workshop is not None and app.workshop.title == "Radio du jeudi"
            assert load_workshop(app.workshop.path).template == "flash-info"

    run(main())


def test_plan_drives_the_session(demo: Path) -> None:
    async def main() -> None:
        app = make_app(demo, language="fr")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, WorkshopScreen)
            plan = screen.query_one("#plan", OptionList)
            assert plan.option_count == 9
            assert "▶" in str(plan.get_option_at_index(0).prompt)
            clock = screen.query_one(StepClock)
            await pilot.press("space")
            clock.elapsed = 10 * 60 + 1  # the welcome step is 10 minutes: now over
            await pilot.pause()
            assert clock.has_class("over")
            await pilot.press("n")
            await pilot.pause()
            assert app.workshop is not None and app.workshop.current_step == 1
            assert load_workshop(demo).current_step == 1 and load_workshop(demo).plan[0].done
            assert clock.elapsed <= 2 and not clock.has_class("over") and clock.running
            # The listening step offers the bundled example bulletin, with its text.
            await pilot.press("enter")
            await pilot.pause()
            from studio.tui.screens.listening import ExampleFlashScreen

            assert isinstance(app.screen, ExampleFlashScreen)
            assert app.screen.example is not None and "Écoute" in app.screen.markdown()
            await pilot.press("escape")
            await pilot.pause()
            # Enter on a step without its own screen shows the facilitator's note.
            await pilot.press("up", "up", "enter")  # stops at step 1 (no wrapping round)
            await pilot.pause()
            assert isinstance(app.screen, HelpDialog) and "Accueil" in app.screen.markdown
            await pilot.press("escape")
            # Every step of the plan opens something, and opening does not change the current step.
            for index in range(9):
                screen.open_step(index)
                await pilot.pause()
                assert app.screen is not screen
                app.pop_screen()
                await pilot.pause()
            assert app.workshop.current_step == 1
            # the exercise step opens the exercise the plan chose
            from studio.tui.screens.exercise import ExerciseScreen

            screen.open_step(2)
            await pilot.pause()
            assert isinstance(app.screen, ExerciseScreen) and app.screen.exercise_id == "one-fact-three-headlines"
            app.pop_screen()
            await pilot.pause()
            # m makes the highlighted step the current one
            plan.highlighted = 5
            await pilot.press("m")
            await pilot.pause()
            assert app.workshop.current_step == 5 and load_workshop(demo).current_step == 5
            await pilot.press("down", "down", "down", "down", "down")
            assert plan.highlighted == 8

    run(main())


def test_language_switch_and_help(demo: Path) -> None:
    async def main() -> None:
        app = make_app(demo, language="fr")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            table = app.screen.query_one("#participants", DataTable)
            assert "présentation" in [str(c) for c in table.get_row("Amina")]  # a role, not a gendered title
            await pilot.press("f2")
            await pilot.pause()
            await pilot.pause()
            assert app.language == "en"
            table = app.screen.query_one("#participants", DataTable)
            assert "presenter" in [str(c) for c in table.get_row("Amina")]
            plan = app.screen.query_one("#plan", OptionList)
            assert "Welcome" in str(plan.get_option_at_index(0).prompt)
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpDialog) and "plan" in app.screen.markdown
    set_language("en")
    run(main())


def test_add_participant_and_change_consent(demo: Path) -> None:
    async def main() -> None:
        app = make_app(demo, language="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("a")
            await pilot.pause()
            assert isinstance(app.screen, InputDialog)
            await pilot.press(*"Dalia", "enter")
            await pilot.pause()
            assert isinstance(app.screen, ChoiceDialog)
            await pilot.press("down", "enter")  # workshop
            await pilot.pause()
            w = load_workshop(demo)
            assert w.participant("Dalia").consent == "workshop"
            table = app.screen.query_one("#participants", DataTable)
            table.move_cursor(row=table.get_row_index("Dalia"))
            await pilot.press("c")
            await pilot.pause()
            await pilot.press("down", "enter")  # publish
            await pilot.pause()
            await pilot.click("#yes")
            await pilot.pause()
            log = load_workshop(demo).participant("Dalia").consent_log
            assert [c.level for c in log] == ["workshop", "publish"]
            await pilot.press("l")
            await pilot.pause()
            assert isinstance(app.screen, HelpDialog)
            register = app.screen.markdown
            assert "Dalia" in register and "workshop only" in register and "publication" in register

    run(main())


def test_import_through_the_ui_and_errors_in_a_dialog(demo: Path, audio_formats: dict[str, Path]) -> None:
    async def main() -> None:
        app = make_app(demo, language="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            screen = app.screen
            await pilot.press("i")
            await pilot.pause()
            assert isinstance(app.screen, ImportDialog)
            app.screen.query_one("#typed", TextArea).text = f"'{audio_formats['m4a']}'"  # shell-quoted
            await pilot.click("#ok")
            await pilot.pause()
            await pilot.press("enter")  # Amina
            await screen.workers.wait_for_complete()
            await pilot.pause()
            assert len(load_workshop(demo).takes) == 5
            takes = screen.query_one("#takes", DataTable)
            assert takes.row_count == 5
            await pilot.press("i")
            await pilot.pause()
            app.screen.query_one("#typed", TextArea).text = str(audio_formats["text_as_wav"])
            await pilot.press("ctrl+s")
            await pilot.pause()
            await pilot.press("enter")
            await screen.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, ErrorDialog)
            assert len(load_workshop(demo).takes) == 5

    run(main())


def test_import_dialog_browses_folders_and_takes_typed_paths_with_spaces(demo: Path, tmp_path: Path,
                                                                          audio_formats: dict[str, Path]) -> None:
    """A voice note in 'dossier à ç/mémo vocal.wav': picked in the folder tree, or typed on its own line."""
    import shutil

    from textual.widgets import DirectoryTree

    from studio.tui.dialogs import parse_typed_paths

    folder = tmp_path / "dossier à ç"
    folder.mkdir()
    note = folder / "mémo vocal.wav"
    shutil.copy(audio_formats["wav"], note)
    other = folder / "l'autre (2) é.m4a"
    shutil.copy(audio_formats["m4a"], other)
    assert parse_typed_paths(f"{note}\n\n  {other}  \n") == [note, other]
    assert parse_typed_paths(f"'{note}' \"{other}\"") == [note, other]

    async def main() -> None:
        app = make_app(demo, language="fr")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            screen = app.screen
            screen.import_folder = folder
            await pilot.press("i")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ImportDialog)
            tree = dialog.query_one(DirectoryTree)
            await pilot.pause(0.5)
            assert tree.has_focus
            # the tree lists both files (sorted); Enter on the first one chooses it
            await pilot.press("down", "enter")
            await pilot.pause(0.3)
            assert len(dialog.chosen) == 1 and dialog.chosen[0] in (note, other)
            # the other one typed by hand, spaces and accents as they are
            missing = other if dialog.chosen[0] == note else note
            dialog.query_one("#typed", TextArea).text = str(missing)
            assert sorted(dialog.paths()) == sorted([note, other])
            await pilot.click("#ok")
            await pilot.pause()
            await pilot.press("enter")  # Amina
            await screen.workers.wait_for_complete()
            await pilot.pause()
            takes = load_workshop(demo).takes
            assert len(takes) == 6
            assert {t.original_name for t in takes[-2:]} == {note.name, other.name}

    run(main())


def test_damaged_workshop_offers_the_backup(demo: Path) -> None:
    (demo / "workshop.json").write_text("{broken", encoding="utf-8")

    async def main() -> None:
        app = make_app(demo, language="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.click("#yes")
            await pilot.pause()
            assert isinstance(app.screen, WorkshopScreen)

    run(main())
    assert load_workshop(demo).participants


# Snapshots of every screen, in both languages: tests/test_tui_snapshots.py


def test_interrupted_recording_is_offered_at_start(demo: Path) -> None:
    """A take left by a crash (journal + growing WAV, no process alive) is offered and recovered."""
    import json

    import numpy as np

    from studio.audio.recover import GrowingWav, Journal, journal_path, wav_path

    w = load_workshop(demo)
    take_id = "t900"
    (demo / "recording").mkdir(exist_ok=True)
    Journal(take_id=take_id, participant="Amina", sample_rate=48000, channels=1, started="2026-11-26T10:00:00",
            pid=999_999, host="elsewhere").save(demo)
    wav = GrowingWav(wav_path(demo, take_id), 48000, 1)
    wav.write(np.zeros((48000, 1), dtype=np.float32) + 0.1)
    del wav
    assert json.loads(journal_path(demo, take_id).read_text())["participant"] == "Amina"
    before = len(w.takes)

    async def main() -> None:
        app = make_app(demo, language="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.pause()
            await pilot.click("#yes")
            await pilot.pause()
            assert isinstance(app.screen, WorkshopScreen)

    run(main())
    after = load_workshop(demo)
    assert len(after.takes) == before + 1
    assert after.takes[-1].duration_s == pytest.approx(1.0, abs=0.05)


def test_erasing_someone_offers_to_redact_their_name_in_other_transcripts(demo: Path) -> None:
    """The TUI does what `participant forget --redact-mentions` does: after the erasure, the other
    participants' transcripts that say the name are listed, and redacted when the facilitator agrees."""
    import json

    w = load_workshop(demo)
    gone = w.participants[0].name
    other = next(t for t in w.takes if t.participant != gone)
    mention = demo / "transcripts" / f"{other.id}.json"
    mention.write_text(json.dumps({"segments": [{"start": 0.0, "end": 1.0, "text": f"Merci {gone} !",
                                                 "words": []}]}), encoding="utf-8")

    async def main() -> None:
        app = make_app(demo, language="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            table = app.screen.query_one("#participants", DataTable)
            table.focus()
            table.move_cursor(row=table.get_row_index(gone))
            await pilot.press("x")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.click("#yes")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)  # the mentions: redact them?
            assert gone in app.screen.question and f"transcripts/{other.id}.json" in app.screen.question
            await pilot.click("#yes")
            await pilot.pause()
            assert not isinstance(app.screen, ConfirmDialog)

    run(main())
    assert gone.encode() not in mention.read_bytes()
    assert all(p.name != gone for p in load_workshop(demo).participants)
