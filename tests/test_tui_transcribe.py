"""Pilot tests of the Transcribe screen with the real engine (bundled base) on a short French clip."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from tests.fixtures.pilot import wait_until
from tests.fixtures.speech import make_speech_workshop, word_error_rate, write_speech

SHORT_FR = "Bonjour, ici la radio du quartier."


@pytest.fixture
def short_workshop(tmp_path: Path, base_model):  # type: ignore[no-untyped-def]
    clip = write_speech(tmp_path / "court.wav", SHORT_FR, "fr-FR", rate=48_000)
    return make_speech_workshop(tmp_path, clip, "Amina", script=SHORT_FR)



def test_transcribe_screen_end_to_end(short_workshop) -> None:  # type: ignore[no-untyped-def]
    from studio.transcribe.workshop import raw_path, reviewed_path, take_transcript
    from studio.tui.app import make_app
    from studio.tui.screens.transcribe import TakeRow, TranscribeQueue, TranscribeScreen, TranscriptView

    workshop, take_id = short_workshop

    async def main() -> None:
        app = make_app(workshop.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_until(pilot, lambda: app.workshop is not None)
            # Start the work, then leave the screen: the transcription goes on at app level.
            screen = TranscribeScreen()
            await app.push_screen(screen)
            await pilot.pause()
            assert screen.take_id == take_id
            await pilot.press("t")
            await pilot.pause(0.2)
            await pilot.press("escape")
            queue = TranscribeQueue.of(app)
            await wait_until(pilot, lambda: queue.state(take_id) is not None and queue.state(take_id).status == "done")
            assert raw_path(workshop, take_id).is_file()
            # Back on the screen: the transcript is shown, with its pace and the script comparison.
            screen = TranscribeScreen()
            await app.push_screen(screen)
            await pilot.pause(0.3)
            view = screen.query_one(TranscriptView)
            assert view.transcript is not None and view.refs
            assert word_error_rate(SHORT_FR, view.transcript.text()) <= 0.35
            row = screen.query_one(TakeRow)
            assert "done" in str(row.query_one(".take-status").render())
            stats = str(screen.query_one("#stats").render())
            assert "words/min" in stats and "script said as written" in stats
            # Inline correction of the second word keeps its timing; raw stays untouched.
            view.focus()
            await pilot.press("right")
            before = view.word(1)
            start, end = before.start, before.end
            await pilot.press("e")
            await pilot.pause()
            inp = app.screen.query_one("Input")
            assert inp.value == before.text.strip() and not inp.value[:1].isspace()  # no leading space to fix
            inp.value = "ICI"
            await pilot.press("enter")
            await pilot.pause()
            reviewed = take_transcript(workshop, take_id)
            assert reviewed.reviewed and reviewed.segments[0].words[1].text == "ICI"
            assert (reviewed.segments[0].words[1].start, reviewed.segments[0].words[1].end) == (start, end)
            raw = json.loads(raw_path(workshop, take_id).read_text())
            assert raw["segments"][0]["words"][1]["word"].strip() != "ICI"
            assert reviewed_path(workshop, take_id).is_file()
            # Enter on a word plays from there: the highlighted word follows the clock.
            await pilot.press("enter")
            await pilot.pause(0.5)
            assert view.playing >= 1
            first = view.playing
            await wait_until(pilot, lambda: view.playing > first, 5.0)
            await pilot.press("space")  # pause
            paused_at = screen.playback.position_s
            await pilot.pause(0.4)
            assert screen.playback.position_s == paused_at
            # Export as SRT into the workshop's transcripts folder.
            await pilot.press("x")
            await pilot.pause()
            options = app.screen.query_one("OptionList")
            options.highlighted = 1
            await pilot.press("enter")
            await pilot.pause()
            srt_file = workshop.path / "transcripts" / f"{take_id}.srt"
            import srt

            subs = list(srt.parse(srt_file.read_text(encoding="utf-8")))
            assert "ICI" in " ".join(s.content for s in subs)
            # Script vs said, word by word.
            await pilot.press("s")
            await pilot.pause()
            shown = str(app.screen.query_one("Markdown").source)
            assert "quartier" in shown and "script said as written" in shown, shown
            await pilot.press("escape")
            await pilot.pause()
            # Help panel opens.
            await pilot.press("f1")
            await pilot.pause()
            assert "Transcribe" in str(app.screen.query_one("Markdown").source)

    asyncio.run(main())
