"""Waveform summaries: values, zoomed summaries, block independence, the per-take cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

from studio.audio import peaks


def test_bins_and_summary() -> None:
    rng = np.random.default_rng(0)
    x = rng.uniform(-0.5, 0.5, (256 * 1000 + 17, 2)).astype(np.float32)
    x[300, 1] = 0.9
    x[70_000, 0] = -0.95
    p = peaks.of_array(x, 48_000)
    fine, coarse = p.levels[peaks.FINE], p.levels[peaks.COARSE]
    assert fine.shape == (1001, 3) and coarse.shape == (4, 3)
    assert fine[1, 1] == np.float32(0.9) and fine[0, 1] < 0.9
    assert np.isclose(fine[0, 2], np.sqrt(np.mean(x[:256] ** 2)), rtol=1e-5)
    assert coarse[1, 0] == np.float32(-0.95)
    assert np.isclose(coarse[0, 2], np.sqrt(np.mean(x[:65536] ** 2)), rtol=1e-4)
    cols = p.summary(0, len(x), 10)
    assert cols.shape == (10, 3) and cols[:, 1].max() == np.float32(0.9) and cols[:, 0].min() == np.float32(-0.95)
    zoomed = p.summary(0, 512, 100)  # more columns than bins: each column shows its bin
    assert zoomed.shape == (100, 3) and zoomed[60, 1] == fine[1, 1]
    assert np.all(p.summary(len(x), len(x) * 2, 5) == 0)


def test_blocks_do_not_matter_and_file_matches_array(tmp_path: Path) -> None:
    x = np.random.default_rng(1).uniform(-1, 1, (200_003, 1)).astype(np.float32)
    whole = peaks.of_array(x, 48_000)
    pieces = peaks.compute((x[i: i + 9_999] for i in range(0, len(x), 9_999)), 48_000)
    for level in (peaks.FINE, peaks.COARSE):
        assert np.allclose(whole.levels[level], pieces.levels[level], atol=1e-6)
    path = tmp_path / "a.wav"
    sf.write(str(path), x, 48_000, subtype="FLOAT")
    from_file = peaks.of_file(path)
    assert from_file.frames == len(x) and from_file.sample_rate == 48_000
    assert np.allclose(from_file.levels[peaks.FINE], whole.levels[peaks.FINE], atol=1e-6)


def test_take_cache_is_named_by_take_and_regenerated(tmp_path: Path) -> None:
    from studio.project import create_workshop
    from studio.project.media import import_files

    w = create_workshop(tmp_path / "w", "Peaks")
    w.add_participant("Lou", consent="workshop")
    src = tmp_path / "v.wav"
    sf.write(str(src), np.full((48_000, 1), 0.25, np.float32), 48_000)
    take = import_files(w, [src], "Lou")[0]
    first = peaks.take_peaks(w, take.id)
    cache = w.path / "derived" / f"{take.id}.peaks.npz"
    assert cache.is_file() and cache.name.startswith(take.id + ".")
    assert np.isclose(first.levels[peaks.FINE][:, 1].max(), 0.25, atol=1e-4)
    cache.write_bytes(b"damaged")
    again = peaks.take_peaks(w, take.id)  # a damaged cache is simply rebuilt
    assert np.allclose(again.levels[peaks.FINE], first.levels[peaks.FINE])
    assert peaks.load(cache, take.sha256) is not None and peaks.load(cache, "other") is None
