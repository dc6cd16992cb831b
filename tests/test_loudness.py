"""Loudness meter against EBU Tech 3341/3342 minimum requirements, pyloudnorm and ffmpeg; the CLI contract."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from studio.audio.loudness import LoudnessMeter, measure_array, measure_file
from studio.cli import cli
from tests.fixtures.audio import (
    RATE,
    broadband_cases,
    burst_offsets,
    ffmpeg_ebur128,
    ffmpeg_true_peak,
    speech_like,
    stereo,
    tech3341_case10,
    tech3341_case13,
    tech3341_cases,
    tech3342_cases,
    tone,
    true_peak_cases,
    write_wav,
)


@pytest.mark.parametrize("case", range(6))
def test_tech3341_integrated(case: int) -> None:
    name, signal, expected = tech3341_cases()[case]
    result = measure_array(signal, RATE, true_peak=False)
    assert result.integrated_lufs == pytest.approx(expected, abs=0.1), name


@pytest.mark.parametrize("case", range(4))
def test_tech3342_loudness_range(case: int) -> None:
    name, signal, expected = tech3342_cases()[case]
    result = measure_array(signal, RATE, true_peak=False)
    assert result.loudness_range_lu == pytest.approx(expected, abs=1.0), name


@pytest.mark.parametrize("case", range(5))
def test_tech3341_true_peak(case: int) -> None:
    name, signal, expected = true_peak_cases()[case]
    result = measure_array(signal, RATE)
    assert expected - 0.4 <= result.true_peak_dbtp <= expected + 0.2, name
    # the sample peak misses the crest in the phase-offset cases; the true peak does not
    assert result.true_peak_dbtp >= result.sample_peak_dbfs - 1e-6


def test_momentary_and_short_term_maxima() -> None:
    # silence, a 3 s tone at -20 dBFS starting on a 100 ms boundary, silence
    signal = stereo((2.0, -200), (3.0, -20), (2.0, -200))
    result = measure_array(signal, RATE)
    assert result.max_momentary_lufs == pytest.approx(-20.0, abs=0.1)
    assert result.max_short_term_lufs == pytest.approx(-20.0, abs=0.1)
    # A 0.4 s burst: momentary reaches the tone's level, short-term (3 s) sees it diluted by 10*log10(0.4/3)
    burst = stereo((1.0, -200), (0.4, -20), (3.0, -200))
    result = measure_array(burst, RATE)
    assert result.max_momentary_lufs == pytest.approx(-20.0, abs=0.1)
    assert result.max_short_term_lufs == pytest.approx(-20.0 + 10 * np.log10(0.4 / 3), abs=0.1)


@pytest.mark.parametrize("rate", [RATE, 44_100])
def test_tech3341_case13_max_momentary_at_every_offset(rate: int) -> None:
    # on a 100 ms grid a 400 ms burst between two grid points read -23.2 to -23.5; a file meter slides per sample
    for offset in burst_offsets(rate):
        result = measure_array(tech3341_case13(offset, rate), rate, true_peak=False)
        assert result.max_momentary_lufs == pytest.approx(-23.0, abs=0.1), offset


def test_tech3341_case10_max_short_term_at_every_offset() -> None:
    for offset in burst_offsets(RATE):
        result = measure_array(tech3341_case10(offset), RATE, true_peak=False)
        assert result.max_short_term_lufs == pytest.approx(-23.0, abs=0.1), offset


def test_tech3341_case12_momentary_is_constant() -> None:
    # 20 x (0.18 s at -20 dBFS, 0.22 s at -30 dBFS): every 400 ms window reads -23.0 +/- 0.1 LUFS
    signal = stereo(*[seg for _ in range(20) for seg in ((0.18, -20), (0.22, -30))])
    meter = LoudnessMeter(RATE, 2, true_peak=False)
    meter.add(signal)
    momentary = -0.691 + 10 * np.log10(meter.momentary_energies())
    assert np.all(np.abs(momentary - -23.0) <= 0.1)
    assert meter.result().max_momentary_lufs == pytest.approx(-23.0, abs=0.1)


def test_maxima_are_sample_accurate() -> None:
    # against a brute-force running sum of the K-weighted energy at every sample (scipy's filter)
    from scipy.signal import sosfilt

    from studio.audio.loudness import k_weighting_sos

    rng = np.random.default_rng(8)
    levels = np.repeat(rng.uniform(0, 0.5, 60), 4837)  # level steps off the 100 ms grid
    x = (rng.standard_normal((len(levels), 2)) * levels[:, None]).astype(np.float32)
    meter = LoudnessMeter(RATE, 2, true_peak=False)
    for start in range(0, len(x), 7777):  # odd block sizes
        meter.add(x[start: start + 7777])
    result = meter.result()
    y = sosfilt(k_weighting_sos(RATE), x.astype(np.float64), axis=0)
    csum = np.concatenate([[0.0], np.cumsum((y**2).sum(axis=1))])
    for window, got in ((int(0.4 * RATE), result.max_momentary_lufs), (3 * RATE, result.max_short_term_lufs)):
        brute = -0.691 + 10 * np.log10((csum[window:] - csum[:-window]).max() / window)
        assert got == pytest.approx(brute, abs=0.005)


def test_short_term_is_constant_for_tech3341_case9() -> None:
    # 20 x (1.34 s at -20 dBFS, 1.66 s at -30 dBFS): every full 3 s window reads -23.0 +/- 0.1 LUFS
    signal = stereo(*[seg for _ in range(20) for seg in ((1.34, -20), (1.66, -30))])
    meter = LoudnessMeter(RATE, 2, true_peak=False)
    meter.add(signal)
    short = -0.691 + 10 * np.log10(meter.short_term_energies())
    assert np.all(np.abs(short - -23.0) <= 0.1)


def test_mono_is_one_channel_and_44k1() -> None:
    mono = tone(10, -20)[:, None].astype(np.float32)
    assert measure_array(mono, RATE).integrated_lufs == pytest.approx(-23.01, abs=0.1)
    assert measure_array(stereo((10, -23), rate=44_100), 44_100).integrated_lufs == pytest.approx(-23.0, abs=0.1)


def test_undefined_quantities_are_none() -> None:
    silent = measure_array(np.zeros((RATE * 5, 2), np.float32), RATE)
    assert silent.integrated_lufs is None and silent.loudness_range_lu is None
    assert silent.true_peak_dbtp is None and silent.sample_peak_dbfs is None
    assert silent.max_momentary_lufs is None and silent.max_short_term_lufs is None
    short = measure_array(stereo((0.3, -20)), RATE)
    assert short.integrated_lufs is None and short.max_momentary_lufs is None and short.loudness_range_lu is None
    assert short.sample_peak_dbfs == pytest.approx(-20.0, abs=0.01)
    two_s = measure_array(stereo((2.0, -20)), RATE)
    assert two_s.integrated_lufs == pytest.approx(-20.0, abs=0.1) and two_s.max_short_term_lufs is None


def test_broken_float_files_still_give_finite_numbers() -> None:
    import math

    huge = np.full((RATE * 2, 2), 3.4e38, np.float32)
    huge[::2] *= -1
    result = measure_array(huge, RATE).to_dict()
    assert all(v is None or not isinstance(v, float) or math.isfinite(v) for v in result.values())


def test_block_size_does_not_change_the_result() -> None:
    signal = speech_like(8.0, clicks=True)
    whole = measure_array(signal, RATE)
    meter = LoudnessMeter(RATE, 2)
    rng = np.random.default_rng(3)
    pos = 0
    while pos < len(signal):
        step = int(rng.integers(1, 9000))
        meter.add(signal[pos: pos + step])
        pos += step
    parts = meter.result()
    # float32 matrix products round differently with other block sizes: far below 0.001 LU
    assert parts.integrated_lufs == pytest.approx(whole.integrated_lufs, abs=1e-3)
    assert parts.true_peak_dbtp == pytest.approx(whole.true_peak_dbtp, abs=1e-4)
    assert parts.loudness_range_lu == pytest.approx(whole.loudness_range_lu, abs=1e-3)


def test_true_peak_matches_brute_force_oversampling() -> None:
    from scipy.signal import resample_poly

    signal = speech_like(3.0, level=0.3, seed=5, clicks=True)
    result = measure_array(signal, RATE)
    brute = 20 * np.log10(np.abs(resample_poly(signal.astype(np.float64), 8, 1, axis=0)).max())
    assert result.true_peak_dbtp == pytest.approx(brute, abs=0.3)


def test_agrees_with_pyloudnorm() -> None:
    pyloudnorm = pytest.importorskip("pyloudnorm")
    signal = speech_like(20.0, seed=2)
    ours = measure_array(signal, RATE).integrated_lufs
    theirs = pyloudnorm.Meter(RATE).integrated_loudness(signal.astype(np.float64))
    assert ours == pytest.approx(theirs, abs=0.1)


def test_agrees_with_ffmpeg_ebur128(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "s.wav", speech_like(20.0, seed=4, clicks=True))
    ours = measure_file(path)
    ref = ffmpeg_ebur128(path)
    assert ours.integrated_lufs == pytest.approx(ref["I"], abs=0.15)
    assert ours.loudness_range_lu == pytest.approx(ref["LRA"], abs=1.0)
    assert ours.true_peak_dbtp == pytest.approx(ref["TP"], abs=0.3)


@pytest.mark.parametrize("case", range(6))
def test_true_peak_agrees_with_ffmpeg_on_broadband_material(tmp_path: Path, case: int) -> None:
    # energy near Nyquist is where a short interpolation filter under-reads (it said -1.15 where ffmpeg said +0.9)
    name, signal = broadband_cases()[case]
    path = write_wav(tmp_path / "b.wav", signal)
    ours = measure_file(path).true_peak_dbtp
    assert ours is not None
    assert ours == pytest.approx(ffmpeg_true_peak(path), abs=0.3), name


def test_true_peak_agrees_with_ffmpeg_on_ebu_signals(tmp_path: Path) -> None:
    for name, signal, _expected in true_peak_cases():
        path = write_wav(tmp_path / "tp.wav", signal)
        assert measure_file(path).true_peak_dbtp == pytest.approx(ffmpeg_true_peak(path), abs=0.3), name


# ---- CLI ---------------------------------------------------------------------------------------------

KEYS = {"path": str, "duration_s": float, "sample_rate": int, "channels": int, "integrated_lufs": float,
        "loudness_range_lu": float, "true_peak_dbtp": float, "sample_peak_dbfs": float,
        "max_momentary_lufs": float, "max_short_term_lufs": float}


def test_cli_json_contract(tmp_path: Path) -> None:
    loud = write_wav(tmp_path / "loud.wav", stereo((5, -23)), subtype="PCM_24")
    mono = write_wav(tmp_path / "mono.flac", tone(5, -20)[:, None], subtype="PCM_16")
    silent = write_wav(tmp_path / "silent.wav", np.zeros((RATE, 2), np.float32), subtype="PCM_16")
    result = CliRunner().invoke(cli, ["loudness", str(loud), str(mono), str(silent), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [Path(d["path"]).name for d in data] == ["loud.wav", "mono.flac", "silent.wav"]
    for obj in data:
        assert set(obj) == set(KEYS)
        for key, kind in KEYS.items():
            assert obj[key] is None or isinstance(obj[key], kind), (key, obj[key])
    assert data[0]["integrated_lufs"] == pytest.approx(-23.0, abs=0.1)
    assert data[0]["sample_rate"] == 48000 and data[0]["channels"] == 2 and data[0]["duration_s"] == 5.0
    assert data[1]["channels"] == 1 and data[1]["integrated_lufs"] == pytest.approx(-23.0, abs=0.1)
    assert all(data[2][k] is None for k in KEYS if k not in ("path", "duration_s", "sample_rate", "channels"))


def test_cli_table_and_errors(tmp_path: Path) -> None:
    from studio.cli import main

    good = write_wav(tmp_path / "good.wav", stereo((3, -18)))
    runner = CliRunner()
    out = runner.invoke(cli, ["loudness", str(good)])
    assert out.exit_code == 0 and "good.wav" in out.output and "-18.0" in out.output
    bad = tmp_path / "notes.wav"
    bad.write_text("not audio")
    for target in (bad, tmp_path / "missing.wav"):
        with pytest.raises(SystemExit) as stop:
            main(["loudness", str(good), str(target)])
        assert stop.value.code == 1


def test_cli_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from studio.cli import main

    bad = tmp_path / "notes.wav"
    bad.write_text("not audio")
    with pytest.raises(SystemExit):
        main(["loudness", str(bad)])
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("antenne: error:") and "notes.wav" in err[0]


@pytest.mark.parametrize("rate", [96_000, 176_400, 192_000, 384_000])
def test_high_sample_rates_are_measured_like_48k_and_like_ffmpeg(tmp_path: Path, rate: int) -> None:
    """Above 48 kHz the K-weighting poles crowd near z = 1: the meter runs the filter one section at a
    time, so a 192 kHz recorder file reads what the same programme reads at 48 kHz (and what ffmpeg reads)."""
    import re
    import subprocess

    import soundfile as sf

    from studio.audio.io import ffmpeg_exe
    from studio.audio.loudness import measure_array, measure_file

    seconds = 5

    def programme(sr: int) -> np.ndarray:
        t = np.arange(sr * seconds) / sr
        tone = 0.1 * np.sin(2 * np.pi * 997 * t) * (1 + 0.5 * np.sin(2 * np.pi * 0.7 * t))
        return np.stack([tone, 0.5 * tone], axis=1).astype(np.float32)

    reference = measure_array(programme(48_000), 48_000)
    data = programme(rate)
    path = tmp_path / f"hi-{rate}.wav"
    sf.write(path, data, rate, subtype="FLOAT")
    measured = measure_file(path)
    assert measured.integrated_lufs is not None and measured.max_momentary_lufs is not None
    assert abs(measured.integrated_lufs - reference.integrated_lufs) < 0.05
    out = subprocess.run([ffmpeg_exe(), "-nostats", "-i", str(path), "-af", "ebur128", "-f", "null", "-"],
                         capture_output=True, text=True).stderr
    ffmpeg_i = float(re.findall(r"I:\s+(-?[\d.]+) LUFS", out)[-1])
    assert abs(measured.integrated_lufs - ffmpeg_i) < 0.15
