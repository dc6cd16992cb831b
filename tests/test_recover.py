"""Crash safety: a recording process killed with SIGKILL leaves a readable take that `recover` registers."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.audio import recover as rec
from studio.project import load_workshop
from tests.fixtures.cli import assert_one_error_line
from tests.test_record import ffprobe_frames, make_workshop

RATE = 48_000


def wait_for_audio(path: Path, timeout: float = 20.0) -> float:
    """The moment the take file first holds audio after its 80-byte header."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size > 80:
            return time.monotonic()
        time.sleep(0.01)
    raise AssertionError(f"{path} never received audio")


@pytest.mark.audio_server
def test_sigkill_at_random_moments_loses_at_most_a_second(tmp_path: Path, pulse_server, antenne) -> None:  # type: ignore[no-untyped-def]
    workshop = make_workshop(tmp_path)
    rng = random.Random(os.getpid())
    delays = [rng.uniform(0.2, 2.5) for _ in range(3)]
    for run, delay in enumerate(delays):
        take_id = f"t{run + 1:03d}"
        audio = workshop.path / "recording" / f"{take_id}.wav"
        proc = subprocess.Popen(
            [sys.executable, "-m", "studio", "record", str(workshop.path), "--participant", "Amina",
             "--device", str(pulse_server.input_device), "--lang", "en"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy())
        try:
            first_audio = wait_for_audio(audio)
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            killed = time.monotonic()
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        elapsed = killed - first_audio
        assert (workshop.path / "recording" / f"{take_id}.journal.json").exists()
        # as the crash left it: three independent readers agree, and at most a second is missing
        by_sndfile = sf.info(audio).frames
        with wave.open(str(audio)) as f:
            by_wave = f.getnframes()
            assert f.getframerate() == RATE
        by_ffprobe = ffprobe_frames(audio)
        assert by_sndfile == by_wave, (by_sndfile, by_wave)
        if by_ffprobe is not None:
            assert by_ffprobe == by_sndfile, (by_ffprobe, by_sndfile)
        assert by_sndfile >= (elapsed - 1.0) * RATE, (run, delay, by_sndfile / RATE, elapsed)
        # recover registers it
        out = antenne("recover", str(workshop.path), "--no-transcribe")  # (transcribed: tests/test_live.py)
        assert out.returncode == 0, out.stderr
        assert f"{take_id}: recovered" in out.stdout
        reloaded = load_workshop(workshop.path)
        take = reloaded.take(take_id)
        assert take.origin == "record" and take.participant == "Amina"
        kept = sf.info(reloaded.path / take.file).frames
        assert kept >= by_sndfile and abs(take.duration_s - kept / RATE) < 0.002
        assert not (workshop.path / "recording" / f"{take_id}.journal.json").exists()
    assert antenne("recover", str(workshop.path)).stdout.startswith("No unfinished take")


def crashed_take(workshop, take_id: str = "t001", seconds: float = 1.0, tail_bytes: int = 0,  # type: ignore[no-untyped-def]
                 markers: list[dict] | None = None) -> Path:
    """A take as a crash leaves it: journal, and a WAV whose header lags behind the data on disk."""
    (workshop.path / "recording").mkdir(exist_ok=True)
    journal = rec.Journal(take_id, "Amina", RATE, 1, "2025-01-01T10:00:00+00:00", markers=markers or [])
    journal.save(workshop.path)
    path = rec.wav_path(workshop.path, take_id)
    w = rec.GrowingWav(path, RATE, 1, "PCM_24")
    t = np.arange(int(seconds * RATE)) / RATE
    w.write((0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)[:, None])
    os.close(w._fd)  # killed: never closed properly
    if tail_bytes:
        with open(path, "ab") as f:
            f.write(b"\x00" * tail_bytes)
    return path


def test_find_unfinished_and_recover(tmp_path: Path) -> None:
    workshop = make_workshop(tmp_path)
    crashed_take(workshop, "t001", 1.0, tail_bytes=3 * 4_800 + 2, markers=[{"time_s": 0.5, "name": "intro"}])
    crashed_take(workshop, "t002", 0.0)
    found = rec.find_unfinished(workshop)
    assert [(u.take_id, u.participant) for u in found] == [("t001", "Amina"), ("t002", "Amina")]
    assert found[0].duration_s == pytest.approx(1.1)
    results = rec.recover(workshop)
    assert [(r.take_id, r.status) for r in results] == [("t001", "recovered"), ("t002", "empty")]
    take = load_workshop(workshop.path).take("t001")
    assert take.duration_s == pytest.approx(1.1) and take.markers[0].name == "intro"
    assert (workshop.path / take.file).name == "t001.wav"
    assert rec.find_unfinished(workshop) == []
    assert not list((workshop.path / "recording").iterdir())


def test_recover_after_crash_between_move_and_save(tmp_path: Path) -> None:
    workshop = make_workshop(tmp_path)
    path = crashed_take(workshop, "t001", 0.5)
    media = workshop.path / "media" / "t001.wav"
    os.replace(path, media)
    os.chmod(media, 0o444)
    results = rec.recover(workshop)
    assert [(r.take_id, r.status) for r in results] == [("t001", "recovered")]
    assert load_workshop(workshop.path).take("t001").duration_s == pytest.approx(0.5)


def test_a_take_being_recorded_is_not_offered_for_recovery(tmp_path: Path) -> None:
    workshop = make_workshop(tmp_path)
    crashed_take(workshop, "t001", 0.5)
    journal_file = rec.journal_path(workshop.path, "t001")
    journal = rec.Journal.load(journal_file)
    journal.pid, journal.host = os.getpid(), rec.this_host()  # "still recording" in this very process
    journal.save(workshop.path)
    assert rec.find_unfinished(workshop) == [] and rec.recover(workshop) == []
    os.utime(rec.wav_path(workshop.path, "t001"), (time.time() - 60, time.time() - 60))  # stale: crashed
    assert [u.take_id for u in rec.find_unfinished(workshop)] == ["t001"]


def test_reserved_ids_skip_unfinished_takes(tmp_path: Path) -> None:
    workshop = make_workshop(tmp_path)
    crashed_take(workshop, "t001", 0.1)
    assert rec.reserve_take_id(workshop) == "t002"


def test_recover_cli_reports_and_is_idempotent(tmp_path: Path, antenne) -> None:  # type: ignore[no-untyped-def]
    workshop = make_workshop(tmp_path)
    crashed_take(workshop, "t001", 2.0)
    out = antenne("recover", str(workshop.path))
    assert out.returncode == 0 and "t001: recovered 00:02.0 of Amina" in out.stdout
    fr = antenne("recover", str(workshop.path), lang="fr")
    assert fr.returncode == 0 and "rien à récupérer" in fr.stdout.lower()
    assert_one_error_line(antenne("recover", str(tmp_path / "missing")))


def test_record_cli_refusals(tmp_path: Path, antenne) -> None:  # type: ignore[no-untyped-def]
    workshop = make_workshop(tmp_path)
    before = json.loads((workshop.path / "workshop.json").read_text())
    assert_one_error_line(antenne("record", str(workshop.path), "--participant", "Nobody"), "consent")
    assert_one_error_line(antenne("record", str(workshop.path), "--participant", "Zed"), "Zed")
    assert json.loads((workshop.path / "workshop.json").read_text()) == before
    assert not (workshop.path / "recording").exists() or not list((workshop.path / "recording").iterdir())


@pytest.mark.audio_server
def test_record_cli_with_seconds_and_device_name(tmp_path: Path, pulse_server, antenne) -> None:  # type: ignore[no-untyped-def]
    workshop = make_workshop(tmp_path)
    out = antenne("record", str(workshop.path), "--participant", "amina", "--seconds", "1.5", "--device", "puls")
    assert out.returncode == 0, out.stderr
    take_id = out.stdout.strip()
    take = load_workshop(workshop.path).take(take_id)
    assert take.duration_s == pytest.approx(1.5, abs=0.001)
    assert shutil.which("ffprobe") is None or ffprobe_frames(workshop.path / take.file) == 72_000
    bad = antenne("record", str(workshop.path), "--participant", "Amina", "--device", "no-such-mic")
    assert_one_error_line(bad, "no-such-mic")
