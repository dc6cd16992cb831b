"""Loudness per ITU-R BS.1770-4 / EBU R128, streamed in blocks: integrated, momentary, short-term, LRA, peaks.

The meter keeps only the K-weighted energy of every 100 ms sub-block (a few floats per second of audio), so
memory stays bounded for any length; momentary (400 ms), short-term (3 s), the gated integrated loudness and
the loudness range (EBU Tech 3342) are derived from those sub-block energies. The maximum momentary and
short-term loudness slide sample by sample (`SlidingMaxima`), so a burst reads the same wherever it starts
(EBU Tech 3341 cases 10 and 13). True peak comes from `studio.audio.truepeak` (4x oversampling, the same
interpolator as ffmpeg's `ebur128`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from studio.audio import io
from studio.audio.truepeak import TruePeakMeter, single_thread_blas
from studio.errors import DecodeError
from studio.i18n import _

ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
LRA_RELATIVE_GATE_LU = -20.0


def channel_weights(channels: int) -> np.ndarray:
    """BS.1770 channel weights: 1.0 for front channels, 1.41 for surrounds, 0 for the LFE (WAV order)."""
    table = {
        1: [1.0],
        2: [1.0, 1.0],
        3: [1.0, 1.0, 1.0],
        4: [1.0, 1.0, 1.41, 1.41],  # L R Ls Rs
        5: [1.0, 1.0, 1.0, 1.41, 1.41],  # L R C Ls Rs
        6: [1.0, 1.0, 1.0, 0.0, 1.41, 1.41],  # L R C LFE Ls Rs
    }
    return np.array(table.get(channels, [1.0] * channels), dtype=np.float64)


@lru_cache(maxsize=16)
def k_weighting_sos(sample_rate: int) -> np.ndarray:
    """The two K-weighting biquads (high shelf, then high pass) for any sample rate, as SOS.

    Derived from the analog prototypes of BS.1770 (as libebur128 does); at 48 kHz they equal the
    coefficients printed in the standard.
    """
    rate = float(sample_rate)
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10 ** (gain_db / 20)
    vb = vh**0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf_b = [(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0]
    shelf_a = [1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    hp_b = [1.0, -2.0, 1.0]
    den = 1 + k / q + k * k
    hp_a = [1.0, 2 * (k * k - 1) / den, (1 - k / q + k * k) / den]
    return np.array([shelf_b + shelf_a, hp_b + hp_a], dtype=np.float64)


def _lufs(energy: float | np.ndarray) -> float | np.ndarray:
    with np.errstate(divide="ignore"):
        return -0.691 + 10 * np.log10(energy)


def _db(value: float) -> float | None:
    return 20 * math.log10(value) if 0 < value < math.inf else None


def _finite(value: float | None) -> float | None:
    """None for anything JSON cannot hold (inf, NaN): broken files must still give valid output."""
    return value if value is not None and math.isfinite(value) else None

#: Samples beyond +/-1e12 (+240 dBFS: only broken float files have them) are clipped before K-weighting,
#: so energies stay finite in float32.
_ABSURD = 1e12


@dataclass
class Loudness:
    """Every loudness quantity of a signal; None where BS.1770 leaves it undefined."""

    duration_s: float
    sample_rate: int
    channels: int
    integrated_lufs: float | None
    loudness_range_lu: float | None
    true_peak_dbtp: float | None
    sample_peak_dbfs: float | None
    max_momentary_lufs: float | None
    max_short_term_lufs: float | None
    path: str = ""

    def to_dict(self) -> dict[str, object]:
        """The object of `antenne loudness --json` (CONTRACT.md), numbers rounded to 0.01."""
        raw = asdict(self)
        out: dict[str, object] = {"path": self.path}
        for key in ("duration_s", "sample_rate", "channels", "integrated_lufs", "loudness_range_lu",
                    "true_peak_dbtp", "sample_peak_dbfs", "max_momentary_lufs", "max_short_term_lufs"):
            value = raw[key]
            if isinstance(value, float):
                value = round(value, 3 if key == "duration_s" else 2)
            out[key] = value
        return out


class BlockIIR:
    """A linear IIR filter (here K-weighting) run as matrix products over rows of `row` samples.

    Within a row the output is the input times a Toeplitz matrix of the impulse response plus the
    row's starting state times a matrix of the state's free response; the states of all rows come from
    a parallel-prefix scan of the state recursion. Exact up to float rounding (energy within 1e-6 of
    scipy's sosfilt), and several times faster than a sample-by-sample recursion on long files.
    """

    def __init__(self, sos: np.ndarray, channels: int, row: int = 32) -> None:
        b, a = np.array([1.0]), np.array([1.0])
        for section in sos:  # cascade -> one transfer function
            b, a = np.polymul(b, section[:3]), np.polymul(a, section[3:])
        b, a = b / a[0], a / a[0]
        n = len(a) - 1
        # controllable canonical state space (as scipy.signal.tf2ss)
        state_a = np.zeros((n, n))
        state_a[0] = -a[1:]
        state_a[1:, :-1] = np.eye(n - 1)
        state_b = np.zeros((n, 1))
        state_b[0, 0] = 1.0
        state_c = (b[1:] - b[0] * a[1:])[None, :]
        state_d = np.array([[b[0]]])
        powers = [np.eye(n)]
        for _step in range(row):
            powers.append(powers[-1] @ state_a)
        h = np.zeros(row)
        h[0] = state_d[0, 0]
        for k in range(1, row):
            h[k] = (state_c @ powers[k - 1] @ state_b)[0, 0]
        toeplitz = np.zeros((row, row))
        for i in range(row):
            toeplitz[i, i:] = h[: row - i]
        self.row, self.order, self.channels = row, n, channels
        self._toeplitz = toeplitz.astype(np.float32)
        self._free = np.stack([(state_c @ powers[j])[0] for j in range(row)], axis=1).astype(np.float32)
        self._drive = np.stack([(powers[row - 1 - i] @ state_b)[:, 0] for i in range(row)]).astype(np.float32)
        self._step = powers[row]
        self._step_powers: dict[int, np.ndarray] = {}
        self.state = np.zeros((channels, n))

    def _power(self, d: int) -> np.ndarray:
        if d not in self._step_powers:
            self._step_powers[d] = np.ascontiguousarray(np.linalg.matrix_power(self._step, d).T)
        return self._step_powers[d]

    def process(self, x: np.ndarray) -> np.ndarray:
        """Filter (channels, k * row) float32 samples; the state carries over to the next call."""
        ch, n = x.shape
        rows = n // self.row
        flat = x.reshape(ch * rows, self.row)
        states = np.empty((ch, rows + 1, self.order))
        states[:, 0] = self.state
        states[:, 1:] = (flat @ self._drive).reshape(ch, rows, self.order)
        for c in range(ch):  # Hillis-Steele scan: states[r] = sum_k step^(r-k) drive_k
            u = states[c]
            d = 1
            while d <= rows:
                u[d:] += u[:-d] @ self._power(d)
                d *= 2
        self.state = states[:, rows].copy()
        y = flat @ self._toeplitz
        y += states[:, :rows].reshape(ch * rows, self.order).astype(np.float32) @ self._free
        return y.reshape(ch, n)


class SlidingMaxima:
    """The largest sum of `window` consecutive values, over every start position, of a stream of non-negative
    values (K-weighted energies), for several window lengths at once; memory bounded by the longest window.

    The stream is cut in units of `unit` values. Window sums starting on a unit boundary come from running
    sums of the units; a window starting inside unit j is at most min(E(j) + the `unit` values after it,
    E(j+1) + unit j), so only the few units where that bound beats the best sum so far (by more than
    `tolerance`, relative) are evaluated sample by sample. The result is within `tolerance` of the exact
    maximum over every sample position (1e-3: 0.004 dB), and close to free on real programme.
    """

    def __init__(self, windows: tuple[int, ...], unit: int, tolerance: float = 1e-3) -> None:
        self.windows = windows
        self.u = max(1, unit)
        self.tol = tolerance
        self.best = [0.0 for _ in windows]
        self.total = 0  # values received
        self._store = np.zeros(1 << 16, dtype=np.float32)  # values; the live ones are _store[_off:_end]
        self._off = 0
        self._end = 0
        self._units = np.zeros(0, dtype=np.float64)  # sum of each complete unit of _buf
        self._parts: dict[int, np.ndarray] = {}  # b -> sum of the first b values of each complete unit
        self._next = [0 for _ in windows]  # next window start (unit index relative to _j0) to evaluate
        for w in windows:
            b = w % self.u
            if b:
                self._parts.setdefault(b, np.zeros(0, dtype=np.float64))

    def add(self, values: np.ndarray) -> None:
        self.total += len(values)
        self._extend(np.asarray(values, dtype=np.float32))
        self._evaluate()

    def finish(self) -> None:
        """Evaluate the windows that reach the end (zeros after the end only make a window smaller)."""
        self._extend(np.zeros(max(self.windows) + 2 * self.u, dtype=np.float32))
        self._evaluate()

    def maximum(self, index: int) -> float | None:
        """Largest mean value over a window of `windows[index]` (None when the stream is shorter)."""
        w = self.windows[index]
        return self.best[index] / w if self.total >= w else None

    @property
    def _buf(self) -> np.ndarray:
        return self._store[self._off: self._end]

    def _append(self, values: np.ndarray) -> None:
        """Append without copying the live values each time (they move only when the store is full)."""
        live = self._end - self._off
        if self._end + len(values) > len(self._store):
            if live + len(values) > len(self._store) // 2:
                grown = np.zeros(2 * (live + len(values)), dtype=np.float32)
                grown[:live] = self._store[self._off: self._end]
                self._store = grown
            else:
                self._store[:live] = self._store[self._off: self._end]
            self._off, self._end = 0, live
        self._store[self._end: self._end + len(values)] = values
        self._end += len(values)

    def _extend(self, values: np.ndarray) -> None:
        u = self.u
        done = len(self._units) * u
        self._append(values)
        complete = (self._end - self._off) // u
        if complete > len(self._units):
            # unit sums from one running sum (much faster than summing many short rows)
            csum = np.zeros(complete * u - done + 1, dtype=np.float64)
            np.cumsum(self._buf[done: complete * u], dtype=np.float64, out=csum[1:])
            edges = csum[::u]
            self._units = np.concatenate([self._units, np.diff(edges)])
            for b in self._parts:
                self._parts[b] = np.concatenate([self._parts[b], csum[b::u][: len(edges) - 1] - edges[:-1]])

    def _evaluate(self) -> None:
        u, units = self.u, self._units
        n = len(units)
        csum = np.concatenate([[0.0], np.cumsum(units)])
        for k, w in enumerate(self.windows):
            a, b = divmod(w, u)
            last = n - a - 2  # last start unit whose windows (and the bound's next unit) are all available
            first = self._next[k]
            if last < first:
                continue
            js = np.arange(first, last + 2)
            part = self._parts[b] if b else None
            exact = csum[js + a] - csum[js]  # window sums starting exactly at unit boundaries
            if part is not None:
                exact += part[js + a]
            self.best[k] = max(self.best[k], float(exact[:-1].max()))
            head = js[:-1]
            after = units[head + a] if part is None else units[head + a] - part[head + a] + part[head + a + 1]
            bound = np.minimum(exact[:-1] + after, exact[1:] + units[head])
            cand = head[bound > self.best[k] * (1.0 + self.tol)]
            if len(cand):
                steps = np.arange(u)
                starts = cand[:, None] * u + steps
                diff = self._buf[starts + w].astype(np.float64) - self._buf[starts]
                inside = np.cumsum(diff, axis=1)[:, :-1]  # start + 1 .. start + u - 1
                if inside.size:
                    self.best[k] = max(self.best[k], float((exact[cand - first][:, None] + inside).max()))
            self._next[k] = last + 1
        drop = min(self._next)
        if drop > 0:
            self._off += drop * u
            self._units = self._units[drop:]
            for b in self._parts:
                self._parts[b] = self._parts[b][drop:]
            self._next = [j - drop for j in self._next]


class CascadeIIR:
    """Second-order sections run one after the other, each as its own BlockIIR.

    Above 48 kHz the K-weighting poles crowd near z = 1 and the single fourth-order state space of
    BlockIIR loses its precision (at 192 kHz it diverges); one section at a time stays exact.
    """

    def __init__(self, sos: np.ndarray, channels: int, row: int = 32) -> None:
        self.row = row
        self.sections = [BlockIIR(section[None, :], channels, row) for section in sos]

    def process(self, x: np.ndarray) -> np.ndarray:
        for section in self.sections:
            x = section.process(np.ascontiguousarray(x, dtype=np.float32))
        return x


def k_weighting_filter(sos: np.ndarray, channels: int, sample_rate: int) -> BlockIIR | CascadeIIR:
    """The fastest exact K-weighting filter for this rate: one fourth-order block up to 48 kHz, sections above."""
    return BlockIIR(sos, channels) if sample_rate <= 48_000 else CascadeIIR(sos, channels)


class LoudnessMeter:
    """Feed float32 (frames, channels) blocks with `add`, then read `result()`; memory is O(duration / 100 ms)."""

    def __init__(self, sample_rate: int, channels: int, true_peak: bool = True, maxima: bool = True) -> None:
        if sample_rate <= 0 or channels <= 0:
            raise ValueError("sample_rate and channels must be positive")
        self.sample_rate = int(sample_rate)
        self.channels = int(channels)
        self._sos = k_weighting_sos(self.sample_rate)
        single_thread_blas()
        self._filter = k_weighting_filter(self._sos, channels, self.sample_rate)
        self._unfiltered = np.zeros((channels, 0), dtype=np.float32)  # input waiting for a whole row
        self._filtered = 0  # frames through the K-weighting filter
        self._weights = channel_weights(channels).astype(np.float32)
        self._frames = 0
        self._pending = np.zeros(0, dtype=np.float32)  # weighted squared samples of the open sub-block
        self._k = 0  # index of the next sub-block to close
        self._energies: list[np.ndarray] = []  # weighted sum of squares per closed sub-block
        self._counts: list[np.ndarray] = []  # frames per closed sub-block
        self._sample_peak = 0.0
        self._tp = TruePeakMeter(channels) if true_peak else None
        self._finished = False
        # momentary (400 ms) and short-term (3 s) maxima over every sample position, not the 100 ms grid
        # (`maxima=False`: not needed, e.g. only the integrated loudness is; they then come from the grid)
        self._maxima = SlidingMaxima((int(round(0.4 * self.sample_rate)), 3 * self.sample_rate),
                                     unit=self.sample_rate // 4000) if maxima else None

    def _bound(self, k: int | np.ndarray) -> int | np.ndarray:
        return (np.asarray(k, dtype=np.int64) * self.sample_rate) // 10

    def add(self, block: np.ndarray) -> None:
        block = np.asarray(block, dtype=np.float32)
        if block.ndim == 1:
            block = block[:, None]
        if block.shape[1] != self.channels:
            raise ValueError(f"expected {self.channels} channels, got {block.shape[1]}")
        if len(block) == 0:
            return
        if self._finished:
            raise RuntimeError("meter already finished")
        if self._tp is not None:
            self._tp.add(block)  # also keeps the sample peak
        else:
            self._sample_peak = max(self._sample_peak, float(np.abs(block).max()))
        self._frames += len(block)
        peak = self._tp.sample_peak if self._tp is not None else self._sample_peak
        if peak > _ABSURD:
            block = np.clip(block, -_ABSURD, _ABSURD)
        pending = np.concatenate([self._unfiltered, block.T], axis=1) if self._unfiltered.shape[1] else block.T
        usable = pending.shape[1] - pending.shape[1] % self._filter.row
        self._unfiltered = np.ascontiguousarray(pending[:, usable:])
        if usable:
            self._energy(self._filter.process(np.ascontiguousarray(pending[:, :usable])))

    def _energy(self, y: np.ndarray) -> None:
        """Accumulate K-weighted (channels, n) samples into 100 ms sub-block energies."""
        y *= y
        sq = self._weights @ y
        if self._maxima is not None:
            self._maxima.add(sq)
        start_frame = self._filtered - len(self._pending)
        data = np.concatenate([self._pending, sq]) if len(self._pending) else sq
        self._filtered += y.shape[1]
        # Close every sub-block whose end is now available.
        last_k = int((self._filtered * 10) // self.sample_rate)  # sub-blocks 0..last_k-1 are complete
        if last_k > self._k:
            ks = np.arange(self._k, last_k + 1)
            edges = np.asarray(self._bound(ks)) - start_frame
            # Sub-blocks are never empty at rates >= 10 Hz, so reduceat's equal-index quirk cannot occur.
            sums = np.add.reduceat(data[: edges[-1]], edges[:-1], dtype=np.float64)
            self._energies.append(sums)
            self._counts.append(np.diff(edges).astype(np.float64))
            self._pending = data[edges[-1]:].copy()
            self._k = last_k
        else:
            self._pending = data

    def _flush(self) -> None:
        """Filter the last frames that did not fill a whole row."""
        left = self._unfiltered.shape[1]
        if left:
            padded = np.zeros((self.channels, self._filter.row), dtype=np.float32)
            padded[:, :left] = self._unfiltered
            self._energy(self._filter.process(padded)[:, :left].copy())
            self._unfiltered = np.zeros((self.channels, 0), dtype=np.float32)
        if self._maxima is not None:
            self._maxima.finish()

    # ---- derived quantities -----------------------------------------------------------------
    def _sub(self) -> tuple[np.ndarray, np.ndarray]:
        if not self._energies:
            return np.zeros(0), np.zeros(0)
        if len(self._energies) > 1:
            self._energies = [np.concatenate(self._energies)]
            self._counts = [np.concatenate(self._counts)]
        return self._energies[0], self._counts[0]

    def _windows(self, n_sub: int) -> np.ndarray:
        """Mean-square energy of every window of `n_sub` sub-blocks, hop 100 ms."""
        energy, count = self._sub()
        if len(energy) < n_sub:
            return np.zeros(0)
        ce = np.concatenate([[0.0], np.cumsum(energy)])
        cc = np.concatenate([[0.0], np.cumsum(count)])
        e = ce[n_sub:] - ce[:-n_sub]
        c = cc[n_sub:] - cc[:-n_sub]
        return np.maximum(e, 0.0) / c

    def momentary_energies(self) -> np.ndarray:
        return self._windows(4)

    def short_term_energies(self) -> np.ndarray:
        return self._windows(30)

    def integrated_lufs(self) -> float | None:
        z = self.momentary_energies()
        z = z[z > 0]
        if not len(z):
            return None
        loud = _lufs(z)
        z = z[loud > ABSOLUTE_GATE_LUFS]
        if not len(z):
            return None
        gate = float(_lufs(z.mean())) + RELATIVE_GATE_LU
        z = z[_lufs(z) > gate]
        if not len(z):
            return None
        return float(_lufs(z.mean()))

    def loudness_range_lu(self) -> float | None:
        z = self.short_term_energies()
        z = z[z > 0]
        if not len(z):
            return None
        z = z[_lufs(z) > ABSOLUTE_GATE_LUFS]
        if not len(z):
            return None
        gate = float(_lufs(z.mean())) + LRA_RELATIVE_GATE_LU
        loud = np.asarray(_lufs(z))
        loud = loud[loud > gate]
        if not len(loud):
            return None
        low, high = np.percentile(loud, [10, 95])
        return float(high - low)

    def _max(self, index: int) -> float | None:
        if self._maxima is None:  # on the 100 ms grid
            grid = self.momentary_energies() if index == 0 else self.short_term_energies()
            z: float | None = float(grid.max()) if len(grid) else None
        else:
            z = self._maxima.maximum(index)
        if z is None or z <= 0:
            return None
        return float(_lufs(z))

    def result(self, path: str = "") -> Loudness:
        if not self._finished:
            self._flush()
            if self._tp is not None:
                self._tp.finish()
        self._finished = True
        return Loudness(
            duration_s=self._frames / self.sample_rate,
            sample_rate=self.sample_rate,
            channels=self.channels,
            integrated_lufs=_finite(self.integrated_lufs()),
            loudness_range_lu=_finite(self.loudness_range_lu()),
            true_peak_dbtp=_db(self._tp.peak) if self._tp is not None else None,
            sample_peak_dbfs=_db(self._tp.sample_peak if self._tp is not None else self._sample_peak),
            max_momentary_lufs=_finite(self._max(0)),
            max_short_term_lufs=_finite(self._max(1)),
            path=path,
        )


BLOCK_FRAMES = 1 << 16


def measure_array(data: np.ndarray, sample_rate: int, true_peak: bool = True) -> Loudness:
    """Loudness of an in-memory float32 (frames, channels) signal."""
    data = np.asarray(data, dtype=np.float32)
    if data.ndim == 1:
        data = data[:, None]
    meter = LoudnessMeter(sample_rate, data.shape[1], true_peak=true_peak)
    for start in range(0, len(data), BLOCK_FRAMES):
        meter.add(data[start: start + BLOCK_FRAMES])
    return meter.result()


def prefetch(blocks: Iterator[tuple[np.ndarray, int]], depth: int = 4) -> Iterator[tuple[np.ndarray, int]]:
    """Read blocks in a thread (libsndfile and ffmpeg release the GIL) while the caller computes."""
    import queue
    import threading

    q: queue.Queue[object] = queue.Queue(maxsize=depth)
    done = object()
    stop = threading.Event()

    def reader() -> None:
        try:
            for item in blocks:
                while not stop.is_set():
                    try:
                        q.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            q.put(done)
        except BaseException as e:  # handed over to the consumer
            q.put(e)

    thread = threading.Thread(target=reader, daemon=True, name="antenne-read")
    thread.start()
    try:
        while True:
            item = q.get()
            if item is done:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        thread.join(timeout=5)


def measure_file(path: str | os.PathLike[str], true_peak: bool = True) -> Loudness:
    """Loudness of an audio file, read in blocks (bounded memory). Raises DecodeError/InvalidInput."""
    meter: LoudnessMeter | None = None
    for block, rate in prefetch(io.blocks(path, BLOCK_FRAMES)):
        if meter is None:
            meter = LoudnessMeter(rate, block.shape[1], true_peak=true_peak)
        meter.add(block)
    if meter is None:
        raise DecodeError(_("{name} holds no audio that can be decoded").format(name=Path(path).name))
    return meter.result(path=str(path))


def integrated_lufs(data: np.ndarray, sample_rate: int) -> float | None:
    """Just the gated integrated loudness of an array (None when undefined)."""
    return measure_array(data, sample_rate, true_peak=False).integrated_lufs
