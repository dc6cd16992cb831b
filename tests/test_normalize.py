"""Normalisation re-measured by ffmpeg's ebur128 filter, the true-peak limiter, edge cases and the CLI."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner

from studio.audio.loudness import measure_array, measure_file
from studio.audio.normalize import limit, normalize_array, normalize_file, parse_target
from studio.cli import cli
from studio.errors import InvalidInput
from tests.fixtures.audio import (
    RATE,
    broadband_cases,
    ffmpeg_ebur128,
    ffmpeg_true_peak,
    speech_like,
    stereo,
    tone,
    write_wav,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("level", "clicks", "target", "ceiling"),
    [
        (0.02, True, "podcast", -1.0),  # quiet with sharp peaks: needs +20 dB, the limiter must engage
        (0.4, False, "broadcast", -1.0),  # loud: turned down
        (0.05, False, "-18", -2.0),  # a number target and another ceiling
    ],
)
def test_normalized_file_measured_by_ffmpeg(tmp_path: Path, level: float, clicks: bool, target: str,
                                            ceiling: float) -> None:
    src = write_wav(tmp_path / "in.wav", speech_like(20.0, level=level, seed=7, clicks=clicks))
    before = digest(src)
    out = tmp_path / "out.wav"
    report = normalize_file(src, out, target=target, ceiling_dbtp=ceiling)
    assert digest(src) == before  # the input is never touched
    expected = parse_target(target, 2)
    ref = ffmpeg_ebur128(out)
    assert ref["I"] == pytest.approx(expected, abs=0.2)
    assert ref["TP"] <= ceiling + 1e-9
    assert report.output is not None and report.output.true_peak_dbtp <= ceiling
    if clicks:
        assert report.limited and report.max_reduction_db > 3
        assert "limiter" in report.describe()
    else:
        assert not report.limited
    assert not list(tmp_path.glob(".*part*"))  # no temporary file left behind


@pytest.mark.parametrize("case", [0, 3, 4, 5])  # clipped noise, bright bursts, sibilant speech, music
def test_limiter_holds_the_ceiling_as_ffmpeg_measures_it(tmp_path: Path, case: int) -> None:
    name, signal = broadband_cases()[case]
    # quiet broadband material with its near-Nyquist energy: +20 dB or so, the limiter does all the work
    src = write_wav(tmp_path / "in.wav", signal * np.float32(0.1))
    out = tmp_path / "out.wav"
    result = CliRunner().invoke(cli, ["--lang", "en", "normalize", str(src), str(out), "--target", "-14"])
    assert result.exit_code == 0, result.output
    assert ffmpeg_true_peak(out) <= -1.0 + 0.02, name  # ffmpeg prints 3 decimals of the linear peak


def test_mono_podcast_target_is_minus_19(tmp_path: Path) -> None:
    src = write_wav(tmp_path / "mono.wav", speech_like(15.0, channels=1, seed=3))
    out = tmp_path / "mono-out.flac"
    normalize_file(src, out)
    assert sf.info(str(out)).channels == 1
    assert measure_file(out).integrated_lufs == pytest.approx(-19.0, abs=0.2)


def test_silence_and_short_clips_pass_through(tmp_path: Path) -> None:
    silent = write_wav(tmp_path / "silent.wav", np.zeros((RATE * 2, 2), np.float32))
    report = normalize_file(silent, tmp_path / "s-out.wav")
    assert report.gain_db == 0.0 and report.unchanged_reason
    assert np.abs(sf.read(str(tmp_path / "s-out.wav"))[0]).max() == 0.0
    short = stereo((0.3, -40))
    write_wav(tmp_path / "short.wav", short)
    report = normalize_file(tmp_path / "short.wav", tmp_path / "short-out.wav")
    assert report.gain_db == 0.0 and report.unchanged_reason
    back, _ = sf.read(str(tmp_path / "short-out.wav"), dtype="float32")
    assert np.allclose(back, short, atol=1e-6)


def test_limiter_holds_the_ceiling_and_is_transparent_below() -> None:
    from scipy.signal import resample_poly

    signal = speech_like(6.0, level=0.05, seed=9, clicks=True)
    out = limit(signal, RATE, ceiling_dbtp=-1.0, gain_db=18.0)
    assert out.shape == signal.shape
    tp = 20 * np.log10(np.abs(resample_poly(out.astype(np.float64), 8, 1, axis=0)).max())
    assert tp <= -1.0
    # far from any click (they are 1 s apart) the gain has recovered to within 0.05 dB
    gain = 10 ** (18 / 20)
    quiet = slice(int(1.2 * RATE), int(1.45 * RATE))
    assert np.allclose(out[quiet], signal[quiet] * gain, rtol=0.006, atol=1e-6)
    # below the ceiling nothing changes at all
    soft = speech_like(3.0, level=0.01, seed=1)
    assert np.allclose(limit(soft, RATE, -1.0), soft, atol=1e-7)


def test_normalize_array_hits_target() -> None:
    signal = speech_like(10.0, level=0.03, seed=11, clicks=True)
    out, report = normalize_array(signal, RATE, -16.0)
    measured = measure_array(out, RATE)
    assert measured.integrated_lufs == pytest.approx(-16.0, abs=0.15)
    assert measured.true_peak_dbtp <= -1.0
    assert report.passes >= 1


def test_parse_target() -> None:
    assert parse_target("podcast", 2) == -16.0 and parse_target("podcast", 1) == -19.0
    assert parse_target("broadcast", 1) == -23.0 and parse_target("-18", 2) == -18.0
    assert parse_target("-14.5 LUFS", 2) == -14.5
    for bad in ("loud", "+5", "-100"):
        with pytest.raises(InvalidInput):
            parse_target(bad, 2)


def test_output_formats(tmp_path: Path) -> None:
    src = write_wav(tmp_path / "in.wav", tone(3, -30)[:, None].repeat(2, 1).astype(np.float32))
    for ext in ("flac", "ogg", "mp3"):
        out = tmp_path / f"out.{ext}"
        normalize_file(src, out, target="-20")
        assert measure_file(out).integrated_lufs == pytest.approx(-20.0, abs=0.5)


def test_mp3_lands_on_the_target_with_its_exact_length(tmp_path: Path) -> None:
    import subprocess

    # LAME's presets play 0.27-0.45 dB quieter than their input: the MP3 itself must land on the target
    src = write_wav(tmp_path / "in.wav", speech_like(12.0, level=0.05, seed=3))
    out = tmp_path / "out.mp3"
    report = normalize_file(src, out, target="-16")
    assert ffmpeg_ebur128(out)["I"] == pytest.approx(-16.0, abs=0.15)
    assert report.output is not None and report.output.integrated_lufs == pytest.approx(-16.0, abs=0.15)
    probe = subprocess.run(["ffmpeg", "-nostdin", "-hide_banner", "-i", str(out), "-f", "s16le", "-"],
                           capture_output=True)
    assert b"Estimating duration" not in probe.stderr  # the Info/LAME frame is there
    assert len(probe.stdout) // 4 == len(sf.read(str(src))[0])  # delay and padding trimmed: same length


def test_cli_normalize(tmp_path: Path) -> None:
    src = write_wav(tmp_path / "in.wav", speech_like(8.0, level=0.05, seed=2))
    out = tmp_path / "out.wav"
    result = CliRunner().invoke(cli, ["normalize", str(src), str(out), "--target", "broadcast"])
    assert result.exit_code == 0, result.output
    assert "-23.0" in result.output and out.exists()
    from studio.cli import main

    for args in (["normalize", str(src), str(tmp_path / "x.aiff")],
                 ["normalize", str(src), str(out), "--target", "loud"],
                 ["normalize", str(tmp_path / "missing.wav"), str(out)],
                 ["normalize", str(src), str(src)]):
        with pytest.raises(SystemExit) as stop:
            main(args)
        assert stop.value.code == 1


def test_normalize_on_a_full_disk_says_where_and_how_much(tmp_path: Path) -> None:
    """A 2 MB tmpfs cannot hold 20 s of 48 kHz stereo 24-bit: one clear line naming the folder and the
    space needed, the input untouched, no half-written output (skipped where a tmpfs cannot be mounted)."""
    import os
    import shutil
    import subprocess
    import sys

    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        src = tmp_path / "in.wav"
        rng = np.random.default_rng(3)
        sf.write(src, (0.1 * rng.standard_normal((48_000 * 20, 2))).astype(np.float32), 48_000)
        before = digest(src)
        proc = subprocess.run([sys.executable, "-m", "studio", "normalize", str(src), str(mount / "out.wav"),
                               "--lang", "en"], capture_output=True, text=True)
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert proc.returncode == 1 and len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert "Not enough free space" in lines[0] and str(mount) in lines[0] and "MB" in lines[0], lines[0]
        assert list(mount.iterdir()) == [] and digest(src) == before
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
