"""Pilot tests of the Listen-together screen: sentences follow playback, names, pause, next take, 80x24."""

from __future__ import annotations

import asyncio
from pathlib import Path

from studio.transcribe.review import sentences
from studio.transcribe.workshop import save_reviewed
from tests.fixtures.speech import make_speech_workshop


def test_listen_together_follows_the_takes(tmp_path: Path, fr_clip: Path, en_clip: Path,
                                           fr_transcript, en_transcript) -> None:  # type: ignore[no-untyped-def]
    from studio.project import load_workshop, save_workshop
    from studio.project.media import import_files
    from studio.tui.app import make_app
    from studio.tui.screens.listen import ListenScreen

    w, first = make_speech_workshop(tmp_path, fr_clip, "Amina")
    w.add_participant("Tom", consent="workshop")
    save_workshop(w)
    w = load_workshop(w.path)
    second = import_files(w, [en_clip], "Tom")[0].id
    save_reviewed(w, first, fr_transcript)  # the session's real transcripts of these very clips
    save_reviewed(w, second, en_transcript)
    fr_sentences = sentences(fr_transcript)
    assert len(fr_sentences) >= 2

    async def main() -> None:
        app = make_app(w.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(50):
                if app.workshop is not None:
                    break
                await pilot.pause(0.1)
            screen = ListenScreen()
            await app.push_screen(screen)
            await pilot.pause(0.3)
            assert str(screen.query_one("#speaker").render()) == "Amina"
            assert "take 1 of 2" in str(screen.query_one("#where").render())
            # The first sentence comes up as it is said; the next one waits below.
            for _ in range(60):
                if screen.current_sentence() >= 0 and str(screen.query_one("#current").render()).strip() != "…":
                    break
                await pilot.pause(0.1)
            assert str(screen.query_one("#current").render()).split()[0] == fr_sentences[0].text.split()[0]
            assert fr_sentences[1].text.split()[0] in str(screen.query_one("#next").render())
            # One key pauses; time stands still.
            await pilot.press("space")
            held = screen.playback.position_s
            await pilot.pause(0.4)
            assert screen.playback.position_s == held and screen.has_class("paused")
            await pilot.press("space")
            assert screen.playback.playing
            # Next take: Tom speaks.
            await pilot.press("n")
            await pilot.pause(0.3)
            assert str(screen.query_one("#speaker").render()) == "Tom"
            assert "take 2 of 2" in str(screen.query_one("#where").render())
            await pilot.press("p")
            await pilot.pause(0.2)
            assert str(screen.query_one("#speaker").render()) == "Amina"
            # The end of a take moves on to the next one by itself.
            screen.playback.play(screen.playback.duration_s - 0.05)
            for _ in range(30):
                if screen.index == 1:
                    break
                await pilot.pause(0.1)
            assert screen.index == 1
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, ListenScreen)

    asyncio.run(main())
