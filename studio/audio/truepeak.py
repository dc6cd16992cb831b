"""True peak per ITU-R BS.1770-4 Annex 2: 4x oversampling with a 32-tap-per-phase polyphase interpolator.

The filter is the one ffmpeg's resampler builds for an integer upsampling (what `ebur128=peak=true` uses):
a sinc cut at the input's Nyquist frequency under a Kaiser window. Outputs are computed as small matrix
products (block Toeplitz form), and only where a peak can be the highest (a bound from the filter's L1 norm).
`TruePeakMeter` measures; `studio.audio.normalize.TruePeakLimiter` uses the same points to limit.
"""

from __future__ import annotations

import numpy as np

TP_FACTOR = 4
TP_TAPS = 32  # per phase, at the input rate
TP_KAISER_BETA = 9.0
#: Output position q of the polyphase filter interpolates between input frames q - TP_DELAY - 1 and q - TP_DELAY.
TP_DELAY = TP_TAPS // 2 - 1


def _design_tp_phases() -> np.ndarray:
    """4x interpolation filter: 4 phases of 32 taps, a sinc cut at the input's Nyquist frequency under a
    Kaiser window (beta 9), each phase normalised to unity gain at DC.

    This is the interpolator ffmpeg's resampler builds for an integer upsampling (what `ebur128=peak=true`
    uses), and a longer one than BS.1770-4 Annex 2's example (12 taps per phase): flat to within 0.1 dB up to
    about 0.9 x Nyquist, so broadband material (clipped noise, square waves, sibilants) is not under-read.
    Phase 0 is the input sample itself (the sinc is zero at the other integers), so only phases 1-3 are
    computed; the sample peak covers phase 0.
    """
    center = (TP_TAPS - 1) // 2
    k = np.arange(TP_TAPS)
    phases = []
    for p in range(TP_FACTOR):
        x = (k - center) - p / TP_FACTOR
        w = 2.0 * x / TP_TAPS
        h = np.sinc(x) * np.i0(TP_KAISER_BETA * np.sqrt(np.maximum(1.0 - w * w, 0.0)))
        phases.append(h / h.sum())
    return np.array(phases, dtype=np.float64)


_TP_PHASES = _design_tp_phases()
_TP_COMPUTED = _TP_PHASES[1:]  # phase 0 is the sample itself
_TP_NPH = len(_TP_COMPUTED)
#: Largest gain of any phase for any input bounded by 1: |y| <= TP_L1 * max|x| over the filter's span.
TP_L1 = float(np.abs(_TP_COMPUTED).sum(axis=1).max())
_ROW = TP_TAPS  # frames per row of the block-Toeplitz product (a row's outputs need the next row's inputs)


def _toeplitz_pair() -> tuple[np.ndarray, np.ndarray]:
    """Matrices A, B with Y[r] = X[r] @ A + X[r+1] @ B for rows of _ROW inputs (see `_oversampled_max`)."""
    m, t = _ROW, TP_TAPS
    a = np.zeros((m, _TP_NPH * m), dtype=np.float32)
    b = np.zeros((m, _TP_NPH * m), dtype=np.float32)
    for i in range(m):
        for j in range(m):
            for p in range(_TP_NPH):
                k = t - 1 + j - i
                if 0 <= k < t:
                    a[i, _TP_NPH * j + p] = _TP_COMPUTED[p, k]
                k = t - 1 + j - m - i
                if 0 <= k < t:
                    b[i, _TP_NPH * j + p] = _TP_COMPUTED[p, k]
    return a, b


_TP_A, _TP_B = _toeplitz_pair()


_BLAS_LIMITED = False


def single_thread_blas() -> None:
    """Keep BLAS on one thread: the true-peak products are small, and BLAS threads spinning against each
    other on a busy 2-core laptop make them several times slower. Done once per process."""
    global _BLAS_LIMITED
    if _BLAS_LIMITED:
        return
    _BLAS_LIMITED = True
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
    except Exception:  # pragma: no cover - threadpoolctl missing or an unknown BLAS
        pass


class TruePeakMeter:
    """4x-oversampled true peak of a stream of blocks (filter history carried across blocks).

    Outputs are computed in rows of _ROW positions as two small matrix products (block Toeplitz form). A row
    whose inputs are all below `peak / TP_L1` cannot hold a new maximum, so only the other rows are computed.
    """

    def __init__(self, channels: int) -> None:
        single_thread_blas()
        self.channels = channels
        self.peak = 0.0  # linear
        self.sample_peak = 0.0
        self._tail = np.zeros((TP_TAPS - 1, channels), dtype=np.float32)  # history + not yet computed frames

    def _rows(self, ext: np.ndarray, rows: int, selected: np.ndarray) -> float:
        m = _ROW
        padded = np.zeros(((rows + 1) * m, self.channels), dtype=np.float32)
        usable = min(len(ext), len(padded))
        padded[:usable] = ext[:usable]
        best = 0.0
        for c in range(self.channels):
            col = np.ascontiguousarray(padded[:, c]).reshape(rows + 1, m)
            with np.errstate(over="ignore", invalid="ignore"):  # absurd float files overflow float32
                y = col[:-1][selected] @ _TP_A
                y += col[1:][selected] @ _TP_B
            if y.size:
                best = max(best, float(y.max()), float(-y.min()))
        return best

    def add(self, block: np.ndarray) -> None:
        if len(block) == 0:
            return
        ext = np.concatenate([self._tail, np.asarray(block, dtype=np.float32)], axis=0)
        m = _ROW
        n = len(ext) - (TP_TAPS - 1)  # output positions available
        rows = n // m
        if rows == 0:
            self._tail = ext
            return
        ch = self.channels
        row_max = np.empty(rows + 1, dtype=np.float32)
        row_max[:rows] = np.abs(ext[: rows * m].reshape(rows, m * ch)).max(axis=1)
        rest = ext[rows * m: (rows + 1) * m]
        row_max[rows] = float(np.abs(rest).max()) if len(rest) else 0.0
        self.sample_peak = max(self.sample_peak, float(row_max.max()))
        # The samples lie on the reconstructed waveform: the true peak is never below the sample peak.
        self.peak = max(self.peak, self.sample_peak)
        with np.errstate(over="ignore"):  # absurd float files: an infinite bound is still a bound
            bound = np.maximum(row_max[:-1], row_max[1:]) * TP_L1
        top = int(np.argmax(bound))
        if bound[top] > self.peak:
            one = np.zeros(rows, dtype=bool)
            one[top] = True
            self.peak = max(self.peak, self._rows(ext, rows, one))
        selected = bound > self.peak
        if selected.any():
            self.peak = max(self.peak, self._rows(ext, rows, selected))
        self._tail = ext[rows * m:].copy()

    def finish(self) -> None:
        """Flush the filter: the interpolated neighbours of the last samples."""
        self.add(np.zeros((TP_TAPS + _ROW, self.channels), dtype=np.float32))
