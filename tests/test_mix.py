"""The one mixer (studio/audio/mix.py), used by `antenne assemble` and by the export: the bed sits 12 LU under the
speech whatever either's level, parts are loaded one at a time, and no other module mixes a bed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from studio.audio.loudness import integrated_lufs
from studio.audio.mix import BED_UNDER_SPEECH_LU, Part, mix
from tests.fixtures.audio import RATE, speech_like, tone

ROOT = Path(__file__).resolve().parent.parent


def _voice(level: float) -> np.ndarray:
    """3 s of silence (the bed alone, once faded in), then 5 s of speech-like noise."""
    audio = np.zeros((8 * RATE, 1), np.float32)
    audio[3 * RATE:] = speech_like(5.0, channels=1, level=level, seed=4)[:, :1]
    return audio


@pytest.mark.parametrize("level", [0.03, 0.12])
def test_the_bed_sits_12_lu_under_the_speech_whatever_the_recording_level(level: float) -> None:
    voice = _voice(level)
    bed = tone(2.0, -6.0, freq=200.0)[:, None].astype(np.float32)  # a loud bed, looped
    blocks: list[np.ndarray] = []
    mix([Part(lambda: voice, speech=True)], RATE, 1, blocks.append, bed)
    out = np.concatenate(blocks)
    speech_lufs = integrated_lufs(voice[3 * RATE:], RATE)
    # between the end of the bed's fade-in (1.5 s) and the ducking before the voice (hold 0.3 s)
    bed_alone = integrated_lufs(out[int(1.7 * RATE): int(2.6 * RATE)], RATE)
    assert speech_lufs is not None and bed_alone is not None
    assert bed_alone == pytest.approx(speech_lufs + BED_UNDER_SPEECH_LU, abs=0.5)


def test_parts_are_loaded_one_at_a_time_in_order() -> None:
    loaded: list[int] = []
    played: list[int] = []

    def part(i: int) -> Part:
        def load() -> np.ndarray:
            assert len(loaded) == len(played), "a part was loaded before the one before it was played"
            loaded.append(i)
            return np.full((RATE, 1), 0.1 * (i + 1), np.float32)
        return Part(load, crossfade_s=0.2 if i else 0.0, speech=True)

    def sink(block: np.ndarray) -> None:
        while len(played) < len(loaded):
            played.append(loaded[len(played)])

    placements = mix([part(i) for i in range(3)], RATE, 2, sink)
    assert loaded == [0, 1, 2]
    assert [round(p.start_s, 3) for p in placements] == [0.0, 0.8, 1.6]


def test_no_other_module_mixes_a_bed() -> None:
    """assemble and export once mixed with different rules (-12 LU vs -8 dB): only the mixer ducks a bed."""
    ducking = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "studio").rglob("*.py")
                     if "duck(" in p.read_text(encoding="utf-8"))
    assert ducking == ["studio/audio/dsp.py", "studio/audio/mix.py"]
