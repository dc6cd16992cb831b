"""Waveform summaries: (min, max, rms) per 256 and per 65 536 frames, cached as `derived/<take id>.peaks.npz`.

Summaries are computed in blocks (bounded memory), mixed over channels (min of mins, max of maxes, rms of
all samples), and always regenerable: the cache stores the source's SHA-256 and is rebuilt when it differs.
Redraws read only these summaries, never the samples.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from studio.audio import io
from studio.audio.loudness import prefetch
from studio.project.atomic import atomic_write_bytes

FINE = 256
COARSE = 65_536
BLOCK = COARSE * 16


@dataclass
class Peaks:
    """Summaries of one signal: levels[bin_frames] is float32 (bins, 3) = (min, max, rms)."""

    frames: int
    sample_rate: int
    levels: dict[int, np.ndarray] = field(default_factory=dict)

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate if self.sample_rate else 0.0

    def summary(self, start_frame: int, end_frame: int, columns: int) -> np.ndarray:
        """(columns, 3) summaries of frames [start, end) split into `columns` equal parts."""
        out = np.zeros((max(columns, 0), 3), dtype=np.float32)
        if columns <= 0 or end_frame <= start_frame or self.frames == 0:
            return out
        per_column = (end_frame - start_frame) / columns
        bin_frames = COARSE if per_column >= 2 * COARSE and COARSE in self.levels else FINE
        table = self.levels[bin_frames]
        if not len(table):
            return out
        edges = start_frame + per_column * np.arange(columns + 1)
        first = np.clip((edges[:-1] // bin_frames).astype(np.int64), 0, len(table) - 1)
        end = int(np.clip(np.ceil(edges[-1] / bin_frames), first[-1] + 1, len(table)))
        if np.all(np.diff(first) > 0):
            # Column i covers bins [first[i], first[i+1]); the last one ends at `end`.
            lo = int(first[0])
            padded = np.concatenate([table[lo:end], table[end - 1: end]])  # only the bins on screen
            idx = np.concatenate([first, [end]]) - lo
            out[:, 0] = np.minimum.reduceat(padded[:, 0], idx)[:columns]
            out[:, 1] = np.maximum.reduceat(padded[:, 1], idx)[:columns]
            sq = np.add.reduceat(padded[:, 2].astype(np.float64) ** 2, idx)[:columns]
            out[:, 2] = np.sqrt(sq / np.diff(idx))
        else:  # zoomed in beyond one bin per column: each column shows the bin under it
            out[:] = table[first]
        out[edges[:-1] >= self.frames] = 0.0
        return out


def _fine_bins(block: np.ndarray) -> np.ndarray:
    """(ceil(n/256), 3) min/max/rms of one block (channels mixed)."""
    n, ch = block.shape
    full = n // FINE
    rows = []
    if full:
        b = block[: full * FINE].reshape(full, FINE * ch)
        energy = np.einsum("ij,ij->i", b, b) / (FINE * ch)  # one pass, no squared copy
        rows.append(np.stack([b.min(axis=1), b.max(axis=1), np.sqrt(energy)], axis=1))
    if n % FINE:
        tail = block[full * FINE:].reshape(-1)
        rows.append(np.array([[tail.min(), tail.max(), np.sqrt(np.mean(np.square(tail)))]], dtype=np.float32))
    return np.concatenate(rows).astype(np.float32)


def _coarse_from_fine(fine: np.ndarray, frames: int) -> np.ndarray:
    per = COARSE // FINE
    n = -(-len(fine) // per)
    if n == 0:
        return np.zeros((0, 3), dtype=np.float32)
    pad = n * per - len(fine)
    counts = np.full(len(fine), float(FINE))
    if frames % FINE:
        counts[-1] = frames % FINE
    f = np.concatenate([fine, np.repeat(fine[-1:], pad, axis=0)]) if pad else fine
    c = np.concatenate([counts, np.zeros(pad)]) if pad else counts
    f = f.reshape(n, per, 3)
    c = c.reshape(n, per)
    energy = (f[:, :, 2].astype(np.float64) ** 2 * c).sum(axis=1) / np.maximum(c.sum(axis=1), 1)
    return np.stack([f[:, :, 0].min(axis=1), f[:, :, 1].max(axis=1), np.sqrt(energy)], axis=1).astype(np.float32)


def compute(blocks: Iterable[np.ndarray], sample_rate: int) -> Peaks:
    """Summaries from float32 (frames, channels) blocks; blocks of any size (re-chunked to whole bins)."""
    parts: list[np.ndarray] = []
    carry: np.ndarray | None = None
    frames = 0
    for block in blocks:
        block = np.asarray(block, dtype=np.float32)
        if block.ndim == 1:
            block = block[:, None]
        frames += len(block)
        if carry is not None and len(carry):
            block = np.concatenate([carry, block])
        whole = len(block) - len(block) % FINE
        if whole:
            parts.append(_fine_bins(block[:whole]))
        carry = block[whole:]
    if carry is not None and len(carry):
        parts.append(_fine_bins(carry))
    fine = np.concatenate(parts) if parts else np.zeros((0, 3), dtype=np.float32)
    return Peaks(frames, sample_rate, {FINE: fine, COARSE: _coarse_from_fine(fine, frames)})


def of_array(data: np.ndarray, sample_rate: int) -> Peaks:
    data = np.asarray(data, dtype=np.float32)
    return compute((data[s: s + BLOCK] for s in range(0, max(len(data), 1), BLOCK)), sample_rate)


def of_file(path: str | os.PathLike[str]) -> Peaks:
    rate = 0

    def gen():  # type: ignore[no-untyped-def]
        nonlocal rate
        for block, block_rate in prefetch(io.blocks(path, BLOCK)):
            rate = block_rate
            yield block

    peaks = compute(gen(), 0)
    peaks.sample_rate = rate
    return peaks


def cache_path(workshop_dir: Path, take_id: str) -> Path:
    return Path(workshop_dir) / "derived" / f"{take_id}.peaks.npz"


def save(peaks: Peaks, path: Path, source_sha256: str = "") -> None:
    import io as _io

    buf = _io.BytesIO()
    np.savez(buf, fine=peaks.levels[FINE], coarse=peaks.levels[COARSE],
             meta=np.array([peaks.frames, peaks.sample_rate], dtype=np.int64), sha256=np.array(source_sha256))
    atomic_write_bytes(path, buf.getvalue())


def load(path: Path, source_sha256: str = "") -> Peaks | None:
    """The cached summaries, or None when missing, unreadable or made from other audio."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if source_sha256 and str(data["sha256"]) != source_sha256:
                return None
            frames, rate = (int(v) for v in data["meta"])
            return Peaks(frames, rate, {FINE: data["fine"], COARSE: data["coarse"]})
    except (OSError, KeyError, ValueError):
        return None


def take_peaks(workshop, take_id: str, regenerate: bool = False) -> Peaks:  # type: ignore[no-untyped-def]
    """Summaries of a workshop take (source file as recorded), from the cache or computed and cached."""
    take = workshop.take(take_id)
    path = cache_path(workshop.path, take.id)
    if not regenerate:
        cached = load(path, take.sha256)
        if cached is not None:
            return cached
    peaks = of_file(workshop.take_path(take))
    try:
        save(peaks, path, take.sha256)
    except OSError:
        pass  # a read-only workshop still gets its waveform, just not cached
    return peaks
