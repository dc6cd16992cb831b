"""Render an edit list from its sources (pure), and the edit operations that need to hear the audio."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import numpy as np

from studio.audio import dsp
from studio.audio.loudness import measure_array
from studio.edit.model import EditList, trim

FADE_SHAPE = "s-curve"


def render(el: EditList, sources: Mapping[str, np.ndarray], channels: int | None = None) -> np.ndarray:
    """The edited audio, float32 (frames, channels); sources are float32 arrays at the list's rate.

    `channels` defaults to the most any given source has (so cutting a region never changes the layout).
    Pure: sources are only read. A region reaching past the end of its source is padded with silence.
    """
    if channels is None:
        channels = max((dsp.as_frames(s).shape[1] for s in sources.values()), default=1)
    out = np.zeros((el.frames, channels), dtype=np.float32)
    pos = 0
    for r in el.regions:
        if r.source_id not in sources:
            raise KeyError(f"source {r.source_id!r} is missing")
        src = dsp.as_frames(sources[r.source_id])
        seg = src[max(0, r.start_frame): max(0, r.end_frame)]
        seg = dsp.match_channels(seg, channels)
        if r.gain_db:
            seg = dsp.gain(seg, r.gain_db)
        if r.fade_in_s > 0:
            seg = dsp.fade_in(seg, el.rate, r.fade_in_s, FADE_SHAPE)
        if r.fade_out_s > 0:
            # the fade ends at the region's end even when the source ran short
            full = np.zeros((r.length, channels), dtype=np.float32)
            full[: len(seg)] = seg
            seg = dsp.fade_out(full, el.rate, r.fade_out_s, FADE_SHAPE)
        out[pos: pos + len(seg)] = seg[: r.length]
        pos += r.length
    return out


def normalize(el: EditList, sources: Mapping[str, np.ndarray], target_lufs: float,
              ceiling_dbtp: float = -1.0) -> tuple[EditList, float]:
    """Add one gain to every region so the edit reaches `target_lufs`, without pushing the true peak over
    the ceiling (the gain is reduced instead; the limiter belongs to export). Returns (list, gain applied).
    Silence or a clip under 0.4 s gets no gain."""
    loud = measure_array(render(el, sources), el.rate)
    if loud.integrated_lufs is None:
        return el, 0.0
    gain_db = target_lufs - loud.integrated_lufs
    if loud.true_peak_dbtp is not None:
        gain_db = min(gain_db, ceiling_dbtp - loud.true_peak_dbtp)
    gain_db = round(gain_db, 3)
    regions = tuple(replace(r, gain_db=round(r.gain_db + gain_db, 6)) for r in el.regions)
    return EditList(regions, el.rate), gain_db


def trim_silence(el: EditList, sources: Mapping[str, np.ndarray], threshold_db: float = -45.0,
                 pad_s: float = 0.1) -> EditList:
    """Remove leading and trailing silence of the edit (keeping `pad_s`)."""
    start, end = dsp.trim_silence_bounds(render(el, sources), el.rate, threshold_db, pad_s)
    if end <= start:
        return el
    return trim(el, start, end)
