"""Loudness normalisation to a target with a true-peak ceiling, a look-ahead true-peak limiter, streamed writers.

`normalize_file(IN, OUT)` measures IN (pass 1), then streams it through gain (and the limiter when the gain
would push true peaks over the ceiling) into OUT, measuring the output as it goes; when limiting cost some
loudness, the gain is corrected and the pass repeated (at most twice more). Silence and clips too short to
have an integrated loudness are copied unchanged: an undefined loudness never becomes a gain.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from studio.audio import io
from studio.audio.loudness import Loudness, LoudnessMeter, measure_array, measure_file, prefetch
from studio.audio.mp3 import Mp3Stream, encoder_gain_db
from studio.audio.truepeak import (
    _ROW,
    _TP_A,
    _TP_B,
    _TP_NPH,
    TP_DELAY,
    TP_L1,
    TP_TAPS,
)
from studio.errors import InvalidInput
from studio.i18n import _
from studio.progress import Progress
from studio.project.atomic import AtomicFile
from studio.project.oserrors import disk_full, explain, free_bytes
from studio.settings import DEFAULT_TRUE_PEAK_DBTP, LOUDNESS_TARGETS, PODCAST_MONO_LUFS

BLOCK_FRAMES = 1 << 16
MAX_PASSES = 3
TOLERANCE_LU = 0.1


def parse_target(target: str | float | None, channels: int = 2) -> float:
    """`podcast` (-16 LUFS, -19 for mono), `broadcast` (-23) or a number of LUFS ('-18', '-18 LUFS')."""
    if target is None or target == "":
        target = "podcast"
    if isinstance(target, int | float):
        value = float(target)
    else:
        name = target.strip().lower()
        if name == "podcast" and channels == 1:
            return PODCAST_MONO_LUFS
        if name in LOUDNESS_TARGETS:
            return LOUDNESS_TARGETS[name]
        try:
            value = float(name.removesuffix("lufs").strip())
        except ValueError:
            raise InvalidInput(
                _("Unknown loudness target {target}").format(target=target),
                _("Use podcast, broadcast or a number of LUFS such as -18"),
            ) from None
    if not -70.0 <= value <= 0.0 or math.isnan(value):
        raise InvalidInput(
            _("The loudness target {target} is out of range").format(target=target),
            _("Choose a level between -70 and 0 LUFS (podcast -16, broadcast -23)"),
        )
    return value


def check_ceiling(ceiling_dbtp: float) -> float:
    if math.isnan(ceiling_dbtp) or not -20.0 <= ceiling_dbtp <= 0.0:
        raise InvalidInput(
            _("The true-peak ceiling {value} dBTP is out of range").format(value=ceiling_dbtp),
            _("Choose a ceiling between -20 and 0 dBTP (usually -1)"),
        )
    return float(ceiling_dbtp)


@dataclass
class NormalizeReport:
    """What normalisation did, for the user to read."""

    target_lufs: float
    ceiling_dbtp: float
    input: Loudness
    output: Loudness | None = None
    gain_db: float = 0.0
    limited: bool = False
    max_reduction_db: float = 0.0
    passes: int = 0
    unchanged_reason: str = ""  # set when no gain was applied (silence, too short)
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """A few translated lines saying what was done."""
        i = self.input
        lines = []
        if self.unchanged_reason:
            lines.append(self.unchanged_reason)
        else:
            lines.append(
                _("Loudness {before} LUFS -> {after} LUFS (target {target} LUFS), gain {gain:+.2f} dB").format(
                    before=_fmt(i.integrated_lufs), after=_fmt(self.output.integrated_lufs if self.output else None),
                    target=_fmt(self.target_lufs), gain=self.gain_db,
                )
            )
            if self.limited:
                lines.append(
                    _("True-peak limiter engaged: peaks reduced by up to {db:.1f} dB to stay under {ceiling} dBTP")
                    .format(db=self.max_reduction_db, ceiling=_fmt(self.ceiling_dbtp))
                )
        if self.output is not None:
            lines.append(
                _("True peak {before} dBTP -> {after} dBTP").format(
                    before=_fmt(i.true_peak_dbtp), after=_fmt(self.output.true_peak_dbtp)
                )
            )
        return "\n".join(lines + self.notes)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


# ---- look-ahead true-peak limiter ----------------------------------------------------------------------

_DB_TO_LN = np.float32(-math.log(10) / 20)  # gain = exp(reduction_db * this)


def _channel_absmax(x: np.ndarray) -> np.ndarray:
    """max |x| over channels, per frame (element-wise maxima: much faster than a reduction over 2 values)."""
    out = np.abs(x[:, 0])
    for c in range(1, x.shape[1]):
        np.maximum(out, np.abs(x[:, c]), out=out)
    return out


def _oversampled_envelope(ctx: np.ndarray, threshold: float) -> np.ndarray:
    """Per output position q of `ctx` (the first TP_TAPS-1 frames are history), the largest |interpolated|
    value over phases and channels; rows that cannot exceed `threshold` are left at 0."""
    m = _ROW
    n = len(ctx) - (TP_TAPS - 1)
    rows = -(-n // m)
    padded = np.zeros(((rows + 1) * m, ctx.shape[1]), dtype=np.float32)
    padded[: len(ctx)] = ctx
    absmax = np.abs(padded.reshape(rows + 1, m * ctx.shape[1])).max(axis=1)
    selected = np.maximum(absmax[:-1], absmax[1:]) * TP_L1 > threshold
    env = np.zeros(rows * m, dtype=np.float32)
    if selected.any():
        idx = np.flatnonzero(selected)
        best = np.zeros((len(idx), m), dtype=np.float32)
        for c in range(ctx.shape[1]):
            col = np.ascontiguousarray(padded[:, c]).reshape(rows + 1, m)
            y = col[:-1][idx] @ _TP_A
            y += col[1:][idx] @ _TP_B
            best = np.maximum(best, np.abs(y).reshape(len(idx), m, _TP_NPH).max(axis=2))
        env.reshape(rows, m)[idx] = best
    out = np.zeros(len(ctx), dtype=np.float32)
    out[TP_TAPS - 1:] = env[:n]
    return out


class TruePeakLimiter:
    """Streaming look-ahead limiter keeping 4x-oversampled peaks under `ceiling_dbtp`.

    Attenuation (dB) needed per sample is held over the look-ahead window, released exponentially and then
    averaged over the look-ahead, so the gain is already down when a peak arrives and recovers smoothly.
    `process` returns frames in order (same timing as the input), `flush` the rest. The internal ceiling
    sits `margin_db` under the requested one: the limiter sees the same 4x-interpolated points as the
    meter (and ffmpeg), but the gain it applies moves the points between samples a little.
    """

    HISTORY = TP_TAPS - 1 - TP_DELAY  # frames before a chunk for the interpolation filter
    AHEAD = TP_DELAY + 2  # extra frames after the look-ahead for the interpolation filter's delay

    def __init__(self, sample_rate: int, channels: int, ceiling_dbtp: float = DEFAULT_TRUE_PEAK_DBTP,
                 gain_db: float = 0.0, lookahead_s: float = 0.005, release_s: float = 0.1,
                 margin_db: float = 0.1, chunk_frames: int = BLOCK_FRAMES) -> None:
        self.rate = sample_rate
        self.channels = channels
        self.ceiling = 10 ** ((ceiling_dbtp - margin_db) / 20)
        self.gain = np.float32(10 ** (gain_db / 20))
        self.look = max(1, int(round(lookahead_s * sample_rate)))
        self.beta = math.exp(-1.0 / max(1.0, release_s * sample_rate))
        self.chunk = chunk_frames
        self._buf = np.zeros((self.HISTORY, channels), dtype=np.float32)  # gained input; [HISTORY] = next out
        self._release = 0.0
        self._prev = np.zeros(self.look, dtype=np.float64)  # last `look` released attenuations
        self._started = False
        self._decay_cache: np.ndarray | None = None
        self.max_reduction_db = 0.0
        self.limited_frames = 0

    def _process(self, n_out: int) -> np.ndarray:
        from scipy.ndimage import maximum_filter1d

        h, look = self.HISTORY, self.look
        ctx = self._buf[: h + n_out + look + self.AHEAD]
        if len(ctx) < h + n_out + look + self.AHEAD:
            ctx = np.concatenate([ctx, np.zeros((h + n_out + look + self.AHEAD - len(ctx), self.channels),
                                                dtype=np.float32)])
        # Envelope for frames [0, n_out + look) of the chunk: the sample and the interpolated points beside it.
        v = _oversampled_envelope(ctx, self.ceiling)
        env = _channel_absmax(ctx[h: h + n_out + look])
        d = TP_DELAY  # v[f + d] lies between frames f - 1 and f, v[f + d + 1] between f and f + 1
        np.maximum(env, v[h + d: h + d + n_out + look], out=env)
        np.maximum(env, v[h + d + 1: h + d + 1 + n_out + look], out=env)
        over = env > self.ceiling
        need = np.zeros(len(env), dtype=np.float64)
        if over.any():
            need[over] = 20 * np.log10(env[over] / self.ceiling)
        if not self._started:
            # Nothing precedes the start: act as if the first attenuation had been reached beforehand.
            self._started = True
            self._prev[:] = need[: look + 1].max()
        if self._release < 1e-4 and not over.any() and float(self._prev.max()) < 1e-4:
            # Fully recovered (less than 0.0001 dB left) and nothing to limit: pass the chunk through.
            self._prev[:] = 0.0
            self._release = 0.0
            return ctx[h: h + n_out].copy()
        size = look + 1
        hold = maximum_filter1d(need, size=size, mode="constant", cval=0.0, origin=-(size // 2))[:n_out]
        # Exponential release: rel[i] = max(hold[i], rel[i-1] * beta), solved with a running maximum.
        decay = self._decay(n_out)
        w = hold / decay
        w[0] = max(w[0], self._release * self.beta)
        rel = np.maximum.accumulate(w) * decay
        self._release = float(rel[-1])
        # Average over the look-ahead (causal box of look+1 values, previous chunk's tail included).
        joined = np.concatenate([self._prev, rel])
        csum = np.concatenate([[0.0], np.cumsum(joined)])
        smooth = (csum[look + 1:] - csum[: len(joined) - look]) / (look + 1)
        smooth = smooth[-n_out:]
        self._prev = joined[-look:].copy()
        self.max_reduction_db = max(self.max_reduction_db, float(smooth.max()))
        self.limited_frames += int(np.count_nonzero(smooth > 0.01))
        # one dense multiply (a gain of exactly 1 where nothing is reduced) beats masked indexing
        gain = np.exp(smooth.astype(np.float32) * _DB_TO_LN)
        return ctx[h: h + n_out] * gain[:, None]

    def _decay(self, n: int) -> np.ndarray:
        if self._decay_cache is None or len(self._decay_cache) != n:
            self._decay_cache = self.beta ** np.arange(n, dtype=np.float64)
        return self._decay_cache

    def process(self, block: np.ndarray) -> np.ndarray:
        """Feed input frames; returns the output frames that are ready (possibly none)."""
        self._buf = np.concatenate([self._buf, np.asarray(block, dtype=np.float32) * self.gain], axis=0)
        outs = []
        while len(self._buf) >= self.HISTORY + self.chunk + self.look + self.AHEAD:
            outs.append(self._process(self.chunk))
            self._buf = self._buf[self.chunk:]
        return np.concatenate(outs) if outs else np.zeros((0, self.channels), dtype=np.float32)

    def flush(self) -> np.ndarray:
        remaining = len(self._buf) - self.HISTORY
        if remaining <= 0:
            return np.zeros((0, self.channels), dtype=np.float32)
        out = self._process(remaining)
        self._buf = self._buf[:self.HISTORY]
        return out


def limit(data: np.ndarray, sample_rate: int, ceiling_dbtp: float = DEFAULT_TRUE_PEAK_DBTP,
          gain_db: float = 0.0) -> np.ndarray:
    """Apply `gain_db` then the true-peak limiter to a whole array (same length out)."""
    lim = TruePeakLimiter(sample_rate, data.shape[1], ceiling_dbtp, gain_db)
    parts = [lim.process(data[s: s + BLOCK_FRAMES]) for s in range(0, len(data), BLOCK_FRAMES)]
    parts.append(lim.flush())
    return np.concatenate(parts, axis=0)


# ---- writers -----------------------------------------------------------------------------------------


class AudioWriter:
    """Write blocks to a temporary file beside `path`, renamed into place by `commit()` (wav/flac/ogg/mp3)."""

    FORMATS = {".wav": "WAV", ".flac": "FLAC", ".ogg": "OGG", ".mp3": "MP3"}
    MP3_KBPS = 192

    def __init__(self, path: str | os.PathLike[str], sample_rate: int, channels: int,
                 frames_hint: int = 0, mp3_bitrate_kbps: int = 0,
                 before_commit: Callable[[Path], None] | None = None) -> None:
        self.path = Path(path)
        self.before_commit = before_commit  # e.g. tags written into the finished temporary file
        fmt = self.FORMATS.get(self.path.suffix.lower())
        if fmt is None:
            raise InvalidInput(
                _("Cannot write {ext} files").format(ext=self.path.suffix or "?"), _("Use .wav, .flac, .ogg or .mp3")
            )
        self.format = fmt
        self.rate = sample_rate
        self.channels = channels
        kbps = mp3_bitrate_kbps or self.MP3_KBPS
        #: What the output will take on disk, to say how much space a full disk lacks.
        self.expected_bytes = (frames_hint * kbps * 125 // max(sample_rate, 1) if fmt == "MP3"
                               else frames_hint * channels * 3)
        self._atomic = AtomicFile(self.path)
        self.tmp = self._atomic.tmp
        self._file = None
        self._lame = None
        self._fh = None
        self._finished = False
        if fmt == "MP3":
            if channels > 2:
                raise InvalidInput(_("MP3 files hold at most 2 channels"), _("Write .wav or .flac instead"))
            self._fh = open(self.tmp, "w+b")
            self._lame = Mp3Stream(self._fh, sample_rate, channels, mp3_bitrate_kbps or self.MP3_KBPS, quality=2)
        else:
            import soundfile as sf

            subtype = {"WAV": "PCM_24", "FLAC": "PCM_24", "OGG": "VORBIS"}[fmt]
            if fmt == "WAV" and frames_hint * channels * 3 > 3.9 * 1024**3:
                fmt = "RF64"
            self._file = sf.SoundFile(str(self.tmp), "w", samplerate=sample_rate, channels=channels,
                                      format=fmt, subtype=subtype)

    def write(self, block: np.ndarray) -> None:
        if len(block) == 0:
            return
        block = np.asarray(block, dtype=np.float32)
        try:
            if self._lame is not None:
                self._lame.write(block)
            else:
                self._file.write(block)  # type: ignore[union-attr]
        except Exception as e:
            raise self._explained(e) from e

    def _explained(self, error: Exception) -> Exception:
        """A full disk says where and how much is needed (libsndfile only says "System error")."""
        free = free_bytes(self.path.parent)
        written = self.tmp.stat().st_size if self.tmp.exists() else 0
        if free is not None and free < max(self.expected_bytes - written, 0) + 1024**2:
            return disk_full(self.path.parent, self.expected_bytes or None)
        return explain(error) or error

    def finish(self) -> None:
        """Complete and close the temporary file (it can then be tagged) without moving it into place."""
        if self._finished:
            return
        self._finished = True
        try:
            self._close()
        except Exception as e:
            raise self._explained(e) from e

    def _close(self) -> None:
        if self._lame is not None:
            self._lame.close()
            self._fh.flush()  # type: ignore[union-attr]
            os.fsync(self._fh.fileno())  # type: ignore[union-attr]
            self._fh.close()  # type: ignore[union-attr]
        else:
            self._file.close()  # type: ignore[union-attr]
            with open(self.tmp, "rb+") as f:
                os.fsync(f.fileno())

    def commit(self) -> Path:
        """Finish if needed, then rename the temporary file to `path`."""
        self.finish()
        if self.before_commit is not None:
            try:
                self.before_commit(self.tmp)
            except BaseException:
                self.abort()
                raise
        return self._atomic.commit()

    def abort(self) -> None:
        for handle in (self._file, self._fh):
            try:
                if handle is not None:
                    handle.close()
            except Exception:
                pass
        self._atomic.abort()


# ---- normalisation -------------------------------------------------------------------------------------


def _shifted(source: Loudness, gain_db: float) -> Loudness:
    """The loudness of `source` after a plain gain: every level moves by the gain, LRA does not change."""
    from dataclasses import replace

    def move(value: float | None) -> float | None:
        return None if value is None else value + gain_db

    return replace(source, integrated_lufs=move(source.integrated_lufs), true_peak_dbtp=move(source.true_peak_dbtp),
                   sample_peak_dbfs=move(source.sample_peak_dbfs), max_momentary_lufs=move(source.max_momentary_lufs),
                   max_short_term_lufs=move(source.max_short_term_lufs))


def _run(blocks: Iterable[np.ndarray], rate: int, channels: int, gain_db: float, use_limiter: bool,
         ceiling_dbtp: float, sink: AudioWriter | None, keep: bool,
         source: Loudness, true_peak: bool = True, progress: Progress | None = None,
         frames: int = 0) -> tuple[Loudness, TruePeakLimiter | None, np.ndarray | None]:
    """One pass: gain (and limiter) into the sink. Without the limiter the output's loudness is the input's
    shifted by the gain (exact for a linear gain), so it is not measured again. `progress` advances over the
    `frames` of the input and is checked for a cancel before every block."""
    meter = LoudnessMeter(rate, channels, true_peak=true_peak, maxima=true_peak) if use_limiter else None
    lim = TruePeakLimiter(rate, channels, ceiling_dbtp, gain_db) if use_limiter else None
    gain = np.float32(10 ** (gain_db / 20))
    kept: list[np.ndarray] = []

    def emit(out: np.ndarray) -> None:
        if len(out):
            if meter is not None:
                meter.add(out)
            if sink is not None:
                sink.write(out)
            if keep:
                kept.append(out)

    done = 0
    for block in blocks:
        if progress is not None:
            progress.raise_if_cancelled()
        emit(lim.process(block) if lim is not None else (block * gain if gain_db else block))
        done += len(block)
        if progress is not None and frames:
            progress.advance(done / frames)
    if lim is not None:
        emit(lim.flush())
    data = np.concatenate(kept) if keep and kept else (np.zeros((0, channels), np.float32) if keep else None)
    result = meter.result() if meter is not None else _shifted(source, gain_db)
    return result, lim, data


def _normalize(source: Loudness, block_source, rate: int, channels: int, target_lufs: float,  # type: ignore[no-untyped-def]
               ceiling_dbtp: float, make_sink, keep: bool, progress: Progress | None = None,
               frames: int = 0) -> tuple[NormalizeReport, np.ndarray | None]:
    report = NormalizeReport(target_lufs=target_lufs, ceiling_dbtp=ceiling_dbtp, input=source)
    # the pass that writes is the last half of the work when a probe pass comes first, all of it otherwise
    probing = progress.span(0.0, 0.5) if progress is not None else None
    writing = progress.span(0.5, 1.0) if progress is not None else None
    if source.integrated_lufs is None:
        report.unchanged_reason = _(
            "Loudness is undefined (silence, or shorter than 0.4 s): the audio was copied without any gain"
        )
        sink = make_sink()
        try:
            out, _lim, data = _run(block_source(), rate, channels, 0.0, False, ceiling_dbtp, sink, keep, source,
                                   progress=progress, frames=frames)
        except BaseException:
            if sink is not None:
                sink.abort()
            raise
        if sink is not None:
            sink.commit()
        report.output, report.passes = out, 1
        return report, data
    gain_db = target_lufs - source.integrated_lufs
    tp = source.true_peak_dbtp if source.true_peak_dbtp is not None else -120.0
    use_limiter = tp + gain_db > ceiling_dbtp
    data = None
    probes = 0
    if use_limiter:
        # Limiting lowers the loudness a little: a quick pass (nothing written, no true peak) measures by how
        # much, so the pass that writes usually lands on the target at once.
        probe, _lim, _data = _run(block_source(), rate, channels, gain_db, True, ceiling_dbtp, None, False, source,
                                  true_peak=False, progress=probing, frames=frames)
        if probe.integrated_lufs is not None:
            gain_db += target_lufs - probe.integrated_lufs
        probes = 1
    for attempt in range(MAX_PASSES - probes):
        sink = make_sink()
        try:
            out, lim, data = _run(block_source(), rate, channels, gain_db, use_limiter, ceiling_dbtp, sink, keep,
                                  source, progress=writing if use_limiter else progress, frames=frames)
        except BaseException:
            if sink is not None:
                sink.abort()
            raise
        error = target_lufs - out.integrated_lufs if out.integrated_lufs is not None else 0.0
        done = abs(error) <= TOLERANCE_LU or attempt == MAX_PASSES - probes - 1 or not use_limiter
        if done:
            if sink is not None:
                sink.commit()
            report.output = out
            report.gain_db = gain_db
            report.passes = probes + attempt + 1
            if lim is not None:
                report.limited = lim.max_reduction_db > 0.01
                report.max_reduction_db = lim.max_reduction_db
            if abs(error) > TOLERANCE_LU + 0.1:
                report.notes.append(
                    _("The target could not be reached exactly without exceeding the ceiling ({error:+.1f} LU)")
                    .format(error=-error)
                )
            break
        if sink is not None:
            sink.abort()
        gain_db += error
    return report, data


def normalize_array(data: np.ndarray, sample_rate: int, target_lufs: float,
                    ceiling_dbtp: float = DEFAULT_TRUE_PEAK_DBTP,
                    progress: Progress | None = None) -> tuple[np.ndarray, NormalizeReport]:
    """Normalise an in-memory float32 (frames, channels) signal; returns (new array, report)."""
    data = np.asarray(data, dtype=np.float32)
    if data.ndim == 1:
        data = data[:, None]
    ceiling_dbtp = check_ceiling(ceiling_dbtp)
    source = measure_array(data, sample_rate)

    def block_source() -> Iterator[np.ndarray]:
        for s in range(0, len(data), BLOCK_FRAMES):
            yield data[s: s + BLOCK_FRAMES]

    report, out = _normalize(source, block_source, sample_rate, data.shape[1], target_lufs, ceiling_dbtp,
                             lambda: None, keep=True, progress=progress, frames=len(data))
    assert out is not None
    return out, report


def normalize_file(src: str | os.PathLike[str], out: str | os.PathLike[str], target: str | float = "podcast",
                   ceiling_dbtp: float = DEFAULT_TRUE_PEAK_DBTP, progress: Progress | None = None,
                   before_commit: Callable[[Path], None] | None = None) -> NormalizeReport:
    """Write OUT normalised (format from its extension), streaming; IN is only read. A cancelled `progress`
    stops it with `studio.progress.Cancelled`, OUT untouched."""
    src_p, out_p = Path(src), Path(out)
    if out_p.suffix.lower() not in AudioWriter.FORMATS:
        raise InvalidInput(
            _("Cannot write {ext} files").format(ext=out_p.suffix or "?"), _("Use .wav, .flac, .ogg or .mp3")
        )
    if out_p.exists() and src_p.exists() and out_p.resolve() == src_p.resolve():
        raise InvalidInput(_("The output must be a different file from the input"),
                           _("Choose another name for OUT: the input is never modified"))
    ceiling_dbtp = check_ceiling(ceiling_dbtp)
    source = measure_file(src_p)
    target_lufs = parse_target(target, source.channels)
    rate, channels = source.sample_rate, source.channels

    def block_source() -> Iterator[np.ndarray]:
        for block, _rate in prefetch(io.blocks(src_p, BLOCK_FRAMES)):
            yield block

    frames = int(round(source.duration_s * rate))
    change = 0.0
    if out_p.suffix.lower() == ".mp3" and channels <= 2:
        change = encoder_gain_db(rate, channels, AudioWriter.MP3_KBPS)  # LAME plays quieter than its input
    report, _data = _normalize(
        source, block_source, rate, channels, target_lufs - change, ceiling_dbtp,
        lambda: AudioWriter(out_p, rate, channels, frames_hint=frames, before_commit=before_commit), keep=False,
        progress=progress, frames=frames,
    )
    if change:
        report.target_lufs = target_lufs
        if report.output is not None and not report.unchanged_reason:
            report.output = _shifted(report.output, change)
    return report
