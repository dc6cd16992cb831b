"""DSP building blocks: gain, fades, crossfades, silence, channels, resampling, ducking."""

from __future__ import annotations

import numpy as np
import pytest

from studio.audio import dsp
from studio.audio.loudness import measure_array
from tests.fixtures.audio import RATE, stereo, tone


def test_gain_and_purity() -> None:
    x = stereo((1, -20))
    before = x.copy()
    y = dsp.gain(x, -6.0)
    assert np.array_equal(x, before)
    assert np.abs(y).max() == pytest.approx(np.abs(x).max() * 10 ** (-6 / 20), rel=1e-5)
    assert y.dtype == np.float32 and y.shape == x.shape


@pytest.mark.parametrize("shape", dsp.FADE_SHAPES)
def test_fades(shape: str) -> None:
    x = np.ones((RATE, 2), np.float32)
    y = dsp.fade_in(x, RATE, 0.5, shape)
    assert y[0, 0] == 0.0 and y[RATE // 2:, :].min() == 1.0
    assert np.all(np.diff(y[: RATE // 2, 0]) >= 0)  # monotonic
    z = dsp.fade_out(x, RATE, 0.25, shape)
    assert z[-1, 0] < 0.01 and z[: RATE * 3 // 4].min() == 1.0
    assert np.all(np.diff(z[-RATE // 4:, 0]) <= 0)
    mid = dsp.fade_curve(1000, shape)[500]
    assert {"linear": 0.5, "s-curve": 0.5}.get(shape, 10 ** (-1.5)) == pytest.approx(mid, abs=0.01)


def test_crossfade_keeps_a_steady_tone_steady() -> None:
    a = tone(1.0, -20)[:, None].astype(np.float32)
    out = dsp.crossfade(a, a, RATE, 0.1, "linear")
    assert len(out) == 2 * len(a) - int(0.1 * RATE)
    # overlap of identical in-phase material with complementary gains: no dip, no bump
    assert np.abs(out).max() <= np.abs(a).max() + 1e-6
    joined = dsp.concat([a, a, a], RATE, crossfade_s=0.05)
    assert len(joined) == 3 * len(a) - 2 * int(0.05 * RATE)


def test_silence_detection_and_trim() -> None:
    x = stereo((1.0, -200), (2.0, -20), (0.5, -200), (1.0, -20), (1.5, -200))
    found = dsp.detect_silence(x, RATE, threshold_db=-45, min_duration_s=0.3)
    assert [(round(s.start_s, 2), round(s.end_s, 2)) for s in found] == [(0.0, 1.0), (3.0, 3.5), (4.5, 6.0)]
    start, end = dsp.trim_silence_bounds(x, RATE, pad_s=0.05)
    assert start == pytest.approx(0.95 * RATE, abs=1) and end == pytest.approx(4.55 * RATE, abs=1)
    assert len(dsp.trim_silence(np.zeros((RATE, 1), np.float32), RATE)) == 0


def test_channels_and_resampling() -> None:
    m = tone(1, -6)[:, None].astype(np.float32)
    s = dsp.to_stereo(m)
    assert s.shape == (RATE, 2) and np.array_equal(s[:, 0], s[:, 1])
    assert np.allclose(dsp.to_mono(s), m)
    r = dsp.resample(tone(1, -6, rate=44_100, freq=440)[:, None], 44_100, 48_000)
    assert len(r) == 48_000
    spectrum = np.abs(np.fft.rfft(r[:, 0]))
    assert np.argmax(spectrum) == pytest.approx(440, abs=1)  # 1 Hz bins over 1 s


def test_duck_lowers_the_bed_under_speech_only() -> None:
    bed = np.repeat(tone(12.0, -20, freq=220)[:, None], 2, axis=1).astype(np.float32)
    voice = np.zeros((12 * RATE, 1), np.float32)
    t = np.arange(4 * RATE) / RATE
    syllables = (0.5 + 0.5 * np.sin(2 * np.pi * 4 * t)) ** 2  # drops to silence 4 times a second
    voice[4 * RATE: 8 * RATE, 0] = 0.2 * syllables * np.random.default_rng(0).standard_normal(len(t))
    ducked = dsp.duck(bed, voice, RATE, depth_db=-15)
    assert ducked.shape == bed.shape
    before = measure_array(ducked[: 3 * RATE], RATE, true_peak=False).integrated_lufs
    during = measure_array(ducked[5 * RATE: 7 * RATE], RATE, true_peak=False).integrated_lufs
    after = measure_array(ducked[10 * RATE:], RATE, true_peak=False).integrated_lufs
    level = measure_array(bed[: 3 * RATE], RATE, true_peak=False).integrated_lufs
    assert before == pytest.approx(level, abs=0.2) and after == pytest.approx(level, abs=0.3)
    assert during == pytest.approx(level - 15.0, abs=1.0)
    # smooth: the 15 dB change is spread over many 20 ms windows (no hard switch)
    levels, _ = dsp.frame_levels_db(ducked, RATE, 0.02)
    assert np.abs(np.diff(levels[5:-5])).max() < 4.0


def test_mix_pads_the_shorter() -> None:
    out = dsp.mix(np.ones((10, 1), np.float32), np.ones((5, 2), np.float32))
    assert out.shape == (10, 2) and out[0, 0] == 2.0 and out[9, 0] == 1.0
