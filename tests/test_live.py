"""Live transcription: real speech played into the PulseAudio null sink, recorded by `antenne record`, whose
transcript must be stored when the command returns, as good as transcribing the finished file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.project import load_workshop
from studio.transcribe.live import LiveTranscriber
from studio.transcribe.transcript import Segment
from tests.fixtures.speech import EN_TEXT, FR_TEXT, word_error_rate
from tests.test_record import make_workshop
from tests.test_recover import wait_for_audio

DATA = Path(__file__).resolve().parent / "data" / "speech"


def _record_while_playing(workshop_path: Path, pulse_server, clip: np.ndarray, rate: int,  # type: ignore[no-untyped-def]
                          seconds: float, *extra: str) -> tuple[subprocess.CompletedProcess[str], str]:
    take_id = "t001" if not (workshop_path / "media").exists() else f"t{len(list((workshop_path / 'media').iterdir())) + 1:03d}"
    cmd = [sys.executable, "-m", "studio", "record", str(workshop_path), "--participant", "Amina",
           "--device", str(pulse_server.input_device), "--seconds", str(seconds), "--lang", "en", *extra]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        wait_for_audio(workshop_path / "recording" / f"{take_id}.wav")
        pulse_server.play(clip, rate=rate)
        out, err = proc.communicate(timeout=seconds + 60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), take_id


@pytest.mark.audio_server
def test_record_stores_the_transcript_made_while_recording(tmp_path: Path, pulse_server, base_model) -> None:  # type: ignore[no-untyped-def]
    from studio.transcribe import cache
    from studio.transcribe.engine import transcribe, transcribe_all
    from studio.transcribe.workshop import raw_path, raw_transcript

    workshop = make_workshop(tmp_path)
    clip, rate = sf.read(DATA / "en.ogg", dtype="float32")
    seconds = round(len(clip) / rate + 2.5, 1)
    done, take_id = _record_while_playing(workshop.path, pulse_server, clip, rate, seconds)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == take_id
    # the transcript is there when `record` returns, with the take's participant as speaker
    assert raw_path(workshop, take_id).is_file(), done.stderr
    live = raw_transcript(workshop, take_id)
    assert live is not None and live.segments
    assert {s.speaker for s in live.segments} == {"Amina"}
    assert live.info.language == "en"
    take = load_workshop(workshop.path).take(take_id)
    assert live.info.audio_sha256 == take.sha256
    assert abs(live.info.duration_s - take.duration_s) < 0.05
    times = [t for s in live.segments for w in s.words for t in (w.start, w.end)]
    assert times == sorted(times) and 0.2 < times[0] and times[-1] <= take.duration_s + 0.01
    live_wer = word_error_rate(EN_TEXT, live.text())
    # the same audio transcribed offline (no cache): live is at most a few points worse
    path = workshop.path / take.file
    offline = transcribe_all(path, base_model, "auto", use_cache=False)
    offline_wer = word_error_rate(EN_TEXT, offline.text())
    assert live_wer <= max(0.1, offline_wer + 0.05), (live.text(), offline.text())
    # `antenne transcribe` on the take answers from the cache the live path filled
    segments, info = transcribe(path, base_model, "auto")
    assert info.from_cache
    assert [s.text for s in segments] == [s.text for s in live.segments]
    entries = list(cache.transcripts_cache().glob(f"{take.sha256}-*.json"))
    assert len(entries) == 1
    assert "Amina" not in entries[0].read_text(encoding="utf-8")  # names stay out of the cache

    # --no-live: the take is kept and nothing is transcribed
    done, second = _record_while_playing(workshop.path, pulse_server, clip[: 3 * rate], rate, 2.0, "--no-live")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == second
    assert not raw_path(workshop, second).exists()
    take2 = load_workshop(workshop.path).take(second)
    assert not list(cache.transcripts_cache().glob(f"{take2.sha256}-*.json"))


def _feed(live: LiveTranscriber, audio: np.ndarray, rate: int) -> None:
    block = rate // 40
    for i in range(0, len(audio), block):
        live.feed(audio[i: i + block, None].copy())
    live.close_input()
    assert live._thread is not None
    live._thread.join(timeout=120)


def test_chunks_follow_pauses_and_timings_are_on_the_take_timeline(base_model) -> None:  # type: ignore[no-untyped-def]
    fr, rate = sf.read(DATA / "fr.ogg", dtype="float32")
    en, rate_en = sf.read(DATA / "en.ogg", dtype="float32")
    assert rate == rate_en
    gap = np.zeros(rate, dtype=np.float32)
    audio = np.concatenate([gap, fr, gap, gap, fr[: len(fr) // 3] * 0.0, en, gap])
    # the speed gate is tested apart (test_too_slow_a_cpu_is_measured_and_gives_up); here a busy machine must not trip it
    live = LiveTranscriber(rate, 1, language="auto", max_rtf=float("inf")).start()
    _feed(live, audio, rate)
    assert live.state == "listening" and live._complete
    assert live.chunks >= 2  # cut at pauses, not one block
    segments: list[Segment] = live._segments
    text = " ".join(s.text for s in segments)
    assert word_error_rate(FR_TEXT, " ".join(s.text for s in segments if s.end < 2 + len(fr) / rate)) < 0.2
    english_start = (3 * rate + len(fr) + len(fr) // 3) / rate
    english = [s for s in segments if s.start >= english_start - 0.5]
    assert english and english[0].start >= english_start - 0.5, text
    starts = [w.start for s in segments for w in s.words]
    assert starts == sorted(starts)


def test_silence_gives_no_words_and_no_whisper_run(base_model) -> None:  # type: ignore[no-untyped-def]
    rate = 48_000
    rng = np.random.default_rng(3)
    noise = (0.002 * rng.standard_normal(8 * rate)).astype(np.float32)
    live = LiveTranscriber(rate, 1).start()
    _feed(live, noise, rate)
    assert live._complete and live.chunks == 0 and live._segments == []


def test_a_full_queue_gives_up_without_blocking(base_model) -> None:  # type: ignore[no-untyped-def]
    rate = 48_000
    live = LiveTranscriber(rate, 1, queue_seconds=1.0)  # not started: nothing drains the queue
    block = np.zeros((rate // 40, 1), dtype=np.float32)
    t0 = time.perf_counter()
    for _ in range(200):  # 5 s of audio into a 1 s queue
        live.feed(block)
    assert time.perf_counter() - t0 < 1.0
    assert live.state == "behind" and live.gave_up
    assert live.fed_frames <= rate
    live.cancel()


def test_too_slow_a_cpu_is_measured_and_gives_up(base_model) -> None:  # type: ignore[no-untyped-def]
    en, rate = sf.read(DATA / "en.ogg", dtype="float32")
    gap = np.zeros(rate, dtype=np.float32)
    live = LiveTranscriber(rate, 1, max_rtf=0.001).start()  # no CPU is that fast
    _feed(live, np.concatenate([gap, en, gap, en, gap]), rate)
    assert live.gave_up and "too slow" in live.reason
    assert not live._complete


def test_a_failure_keeps_the_take_and_stores_nothing(tmp_path: Path) -> None:
    from studio.audio.record import Recorder
    from studio.transcribe.workshop import raw_path
    from tests.test_record import FakeStream

    workshop = make_workshop(tmp_path)
    made: list[LiveTranscriber] = []

    def factory(rate: int, channels: int) -> LiveTranscriber:
        made.append(LiveTranscriber(rate, channels, model="no-such-model").start())
        return made[0]

    recorder = Recorder(workshop, "Amina", stream_factory=FakeStream, live_factory=factory, max_seconds=1.0).start()
    assert recorder.wait(timeout=10)
    take = recorder.stop()
    assert take is not None and take.duration_s == pytest.approx(1.0, abs=0.03)
    assert made[0].finish(workshop, take) is None
    assert made[0].state == "failed"
    assert not raw_path(workshop, take.id).exists()
    assert json.loads((workshop.path / "workshop.json").read_text())["takes"][0]["id"] == take.id


@pytest.mark.audio_server
def test_record_screen_shows_live_words_and_saves_the_transcript(tmp_path: Path, pulse_server, base_model) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from textual.widgets import Static

    from studio.project.media import import_files
    from studio.transcribe.workshop import raw_transcript
    from studio.tui.app import make_app
    from tests.test_tui_record import open_record_screen, wait_for

    workshop = make_workshop(tmp_path)
    import_files(workshop, [DATA / "fr.ogg"], "Amina")  # an earlier take: `t` must open the new one, not this
    clip, rate = sf.read(DATA / "en.ogg", dtype="float32")

    async def main() -> None:
        app = make_app(workshop.path, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_record_screen(app, pilot)
            await pilot.press("r")
            await wait_for(pilot, lambda: screen.phase == "recording")
            pulse_server.play(clip, rate=rate, wait=False)
            caption = screen.query_one("#caption", Static)
            # words appear under the meter while the take is still being recorded
            await wait_for(pilot, lambda: "morning" in str(caption.render()).lower(), timeout_s=30)
            assert caption.display and screen.phase == "recording"
            await wait_for(pilot, lambda: "library" in str(caption.render()).lower(), timeout_s=30)
            await pilot.press("s")
            await wait_for(pilot, lambda: screen.phase == "idle", timeout_s=30)
            assert screen.last_take is not None
            take_id = screen.last_take.id
            # the screen says "kept" only once the transcript is stored
            transcript = raw_transcript(workshop, take_id)
            assert transcript is not None
            assert word_error_rate(EN_TEXT, transcript.text()) < 0.15, transcript.text()
            assert not caption.display
            # t opens the Transcribe screen on that take, its words already there (no job to wait for)
            from studio.tui.screens.transcribe import TranscribeScreen, TranscriptView

            await pilot.press("t")
            await wait_for(pilot, lambda: isinstance(app.screen, TranscribeScreen))
            assert app.screen.take_id == take_id
            view = app.screen.query_one(TranscriptView)
            await wait_for(pilot, lambda: view.transcript is not None, timeout_s=5)
            assert view.transcript.text() == transcript.text()

    asyncio.run(main())


@pytest.mark.audio_server
def test_a_killed_take_is_recovered_and_transcribed_again(tmp_path: Path, pulse_server, base_model) -> None:  # type: ignore[no-untyped-def]
    """What live transcription had made dies with a killed process; `recover` keeps the take and makes it again."""
    from studio.transcribe.workshop import raw_path, raw_transcript

    workshop = make_workshop(tmp_path)
    clip, rate = sf.read(DATA / "en.ogg", dtype="float32")
    cmd = [sys.executable, "-m", "studio", "record", str(workshop.path), "--participant", "Amina",
           "--device", str(pulse_server.input_device), "--lang", "en"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        wait_for_audio(workshop.path / "recording" / "t001.wav")
        pulse_server.play(clip, rate=rate)
        time.sleep(1.5)  # the writer has synced the end of the clip to disk
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not raw_path(workshop, "t001").exists()
    done = subprocess.run([sys.executable, "-m", "studio", "recover", str(workshop.path), "--lang", "en"],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=300)
    assert done.returncode == 0, done.stderr
    assert "t001: recovered" in done.stdout
    transcript = raw_transcript(load_workshop(workshop.path), "t001")
    assert transcript is not None, done.stderr
    assert {s.speaker for s in transcript.segments} == {"Amina"}
    assert word_error_rate(EN_TEXT, transcript.text()) <= 0.15, transcript.text()
