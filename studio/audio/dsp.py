"""Pure DSP on float32 (frames, channels): gain, fades, crossfades, silence, channels, resampling, ducking.

Every function returns a new array and never modifies its input.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

FADE_SHAPES = ("linear", "log", "s-curve")


def as_frames(x: np.ndarray) -> np.ndarray:
    """View any audio array as float32 (frames, channels)."""
    x = np.asarray(x, dtype=np.float32)
    return x[:, None] if x.ndim == 1 else x


def db_to_gain(db: float) -> float:
    return float(10 ** (db / 20))


def gain(x: np.ndarray, gain_db: float) -> np.ndarray:
    return as_frames(x) * np.float32(db_to_gain(gain_db))


def fade_at(t: np.ndarray, shape: str = "linear") -> np.ndarray:
    """A rising fade's gain at positions `t` (0 = start, 1 = end; clipped): linear, log (dB-linear, -60 dB
    start), s-curve (raised cosine: a rising and a falling one sum to 1)."""
    t = np.clip(np.asarray(t, dtype=np.float64), 0.0, 1.0)
    if shape == "linear":
        curve = t
    elif shape == "log":
        curve = np.where(t > 0, 10 ** ((t - 1) * 3), 0.0)  # -60 dB -> 0 dB, linear in dB
    elif shape == "s-curve":
        curve = 0.5 - 0.5 * np.cos(np.pi * t)
    else:
        raise ValueError(f"unknown fade shape {shape!r}; use one of {FADE_SHAPES}")
    return curve.astype(np.float32)


def fade_curve(n: int, shape: str = "linear") -> np.ndarray:
    """Rising curve of `n` points from 0 to 1 (exclusive of 1), in one of FADE_SHAPES."""
    if n <= 0:
        return np.zeros(0, dtype=np.float32)
    return fade_at(np.arange(n, dtype=np.float64) / n, shape)


def fade_in(x: np.ndarray, rate: int, duration_s: float, shape: str = "linear") -> np.ndarray:
    out = as_frames(x).copy()
    n = min(len(out), max(0, int(round(duration_s * rate))))
    out[:n] *= fade_curve(n, shape)[:, None]
    return out


def fade_out(x: np.ndarray, rate: int, duration_s: float, shape: str = "linear") -> np.ndarray:
    out = as_frames(x).copy()
    n = min(len(out), max(0, int(round(duration_s * rate))))
    if n:
        out[len(out) - n:] *= fade_curve(n, shape)[::-1, None]
    return out


def crossfade(a: np.ndarray, b: np.ndarray, rate: int, duration_s: float, shape: str = "s-curve") -> np.ndarray:
    """`a` then `b`, overlapping by `duration_s` (limited to the shorter one); equal-gain curves that sum to 1."""
    a, b = as_frames(a), as_frames(b)
    a, b = match_channels(a, b.shape[1]), match_channels(b, a.shape[1])
    n = min(len(a), len(b), max(0, int(round(duration_s * rate))))
    if n == 0:
        return np.concatenate([a, b])
    up = fade_curve(n, shape)[:, None]
    if shape == "log":
        down = fade_curve(n, "log")[::-1, None]
    else:
        down = 1.0 - up
    middle = a[len(a) - n:] * down + b[:n] * up
    return np.concatenate([a[: len(a) - n], middle, b[n:]]).astype(np.float32)


def concat(parts: list[np.ndarray], rate: int, crossfade_s: float = 0.0, shape: str = "s-curve") -> np.ndarray:
    """Join clips in order, with an optional crossfade between neighbours."""
    parts = [as_frames(p) for p in parts if len(p)]
    if not parts:
        return np.zeros((0, 1), dtype=np.float32)
    channels = max(p.shape[1] for p in parts)
    out = match_channels(parts[0], channels)
    for p in parts[1:]:
        out = crossfade(out, match_channels(p, channels), rate, crossfade_s, shape)
    return out


# ---- levels and silence ------------------------------------------------------------------------------


def frame_levels_db(x: np.ndarray, rate: int, window_s: float = 0.01) -> tuple[np.ndarray, int]:
    """RMS level (dBFS, all channels together) of consecutive windows; returns (levels, window frames)."""
    x = as_frames(x)
    hop = max(1, int(round(window_s * rate)))
    n = len(x) // hop
    if n == 0:
        return np.zeros(0), hop
    energy = np.square(x[: n * hop], dtype=np.float32).reshape(n, hop * x.shape[1]).mean(axis=1)
    with np.errstate(divide="ignore"):
        return 10 * np.log10(np.maximum(energy, 1e-20)), hop


@dataclass(frozen=True)
class Silence:
    start_s: float
    end_s: float

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s


def detect_silence(x: np.ndarray, rate: int, threshold_db: float = -45.0, min_duration_s: float = 0.3) -> list[Silence]:
    """Stretches quieter than `threshold_db` (RMS over 10 ms) lasting at least `min_duration_s`."""
    levels, hop = frame_levels_db(x, rate)
    quiet = levels < threshold_db
    found: list[Silence] = []
    if not len(quiet):
        return found
    edges = np.diff(np.concatenate([[0], quiet.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    total_s = len(as_frames(x)) / rate
    for s, e in zip(starts, ends, strict=True):
        start_s, end_s = float(s * hop / rate), float(e * hop / rate)
        if e == len(quiet):
            end_s = total_s  # the tail shorter than one window belongs to the last stretch
        if end_s - start_s >= min_duration_s:
            found.append(Silence(start_s, end_s))
    return found


def trim_silence_bounds(x: np.ndarray, rate: int, threshold_db: float = -45.0, pad_s: float = 0.05) -> tuple[int, int]:
    """(start_frame, end_frame) of the audio without leading/trailing silence, keeping `pad_s` of margin."""
    x = as_frames(x)
    levels, hop = frame_levels_db(x, rate)
    loud = np.flatnonzero(levels >= threshold_db)
    if not len(loud):
        return 0, 0
    pad = int(round(pad_s * rate))
    start = max(0, int(loud[0]) * hop - pad)
    end = min(len(x), (int(loud[-1]) + 1) * hop + pad)
    return start, end


def trim_silence(x: np.ndarray, rate: int, threshold_db: float = -45.0, pad_s: float = 0.05) -> np.ndarray:
    start, end = trim_silence_bounds(x, rate, threshold_db, pad_s)
    return as_frames(x)[start:end].copy()


# ---- channels and rate ---------------------------------------------------------------------------------


def to_mono(x: np.ndarray) -> np.ndarray:
    x = as_frames(x)
    return x.mean(axis=1, keepdims=True, dtype=np.float32) if x.shape[1] > 1 else x.copy()


def to_stereo(x: np.ndarray) -> np.ndarray:
    x = as_frames(x)
    if x.shape[1] == 2:
        return x.copy()
    if x.shape[1] == 1:
        return np.repeat(x, 2, axis=1)
    return np.stack([x[:, 0::2].mean(axis=1), x[:, 1::2].mean(axis=1)], axis=1).astype(np.float32)


def match_channels(x: np.ndarray, channels: int) -> np.ndarray:
    x = as_frames(x)
    if x.shape[1] == channels:
        return x
    if channels == 1:
        return to_mono(x)
    if channels == 2:
        return to_stereo(x)
    return np.repeat(to_mono(x), channels, axis=1)


def resample(x: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Polyphase resampling (scipy.signal.resample_poly) to `rate_out`."""
    x = as_frames(x)
    if rate_in == rate_out or len(x) == 0:
        return x.copy()
    from scipy.signal import resample_poly

    g = math.gcd(int(rate_in), int(rate_out))
    return resample_poly(x, rate_out // g, rate_in // g, axis=0).astype(np.float32)


# ---- ducking ---------------------------------------------------------------------------------------------


def envelope_follower(levels_db: np.ndarray, hop_s: float, attack_s: float, release_s: float) -> np.ndarray:
    """Smooth a level/gain curve: rises with the attack time constant, falls with the release one."""
    a_up = math.exp(-hop_s / max(attack_s, 1e-6))
    a_down = math.exp(-hop_s / max(release_s, 1e-6))
    out = np.empty(len(levels_db), dtype=np.float64)
    state = float(levels_db[0]) if len(levels_db) else 0.0
    for i, v in enumerate(levels_db.tolist()):
        a = a_up if v > state else a_down
        state = a * state + (1 - a) * v
        out[i] = state
    return out


def duck(bed: np.ndarray, voice: np.ndarray, rate: int, depth_db: float = -15.0, threshold_db: float = -40.0,
         attack_s: float = 0.08, release_s: float = 0.6, hold_s: float = 0.3) -> np.ndarray:
    """The music `bed` turned down by `depth_db` wherever `voice` speaks (pure; same length as `bed`).

    Speech is detected on 10 ms RMS levels above `threshold_db`, held for `hold_s` so short pauses between
    words do not pump; the gain follows with `attack_s` going down and `release_s` coming back up.
    """
    bed = as_frames(bed)
    levels, hop = frame_levels_db(voice, rate)
    n_ctrl = -(-len(bed) // hop) if len(bed) else 0
    active = np.zeros(n_ctrl, dtype=bool)
    m = min(n_ctrl, len(levels))
    active[:m] = levels[:m] > threshold_db
    hold = max(1, int(round(hold_s * rate / hop)))
    if active.any():
        from scipy.ndimage import maximum_filter1d

        active = maximum_filter1d(active.astype(np.uint8), size=2 * hold + 1, mode="constant").astype(bool)
    target = np.where(active, depth_db, 0.0)
    # "attack" is how fast the bed goes down: for a gain curve that is the falling direction.
    smoothed = -envelope_follower(-target, hop / rate, attack_s, release_s) if n_ctrl else target
    centres = (np.arange(n_ctrl) + 0.5) * hop
    gains_db = np.interp(np.arange(len(bed)), centres, smoothed) if n_ctrl else np.zeros(0)
    return (bed * np.power(10.0, gains_db / 20).astype(np.float32)[:, None]).astype(np.float32)


def mix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Sum two signals (the shorter one padded with silence)."""
    a, b = as_frames(a), as_frames(b)
    channels = max(a.shape[1], b.shape[1])
    a, b = match_channels(a, channels), match_channels(b, channels)
    out = np.zeros((max(len(a), len(b)), channels), dtype=np.float32)
    out[: len(a)] += a
    out[: len(b)] += b
    return out
