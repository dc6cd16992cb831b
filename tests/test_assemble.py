"""Episode assembly: order, crossfades, ducked bed, loudness target, title tag, CLI."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from studio.audio import dsp
from studio.audio.assemble import assemble_arrays
from studio.audio.loudness import measure_array, measure_file
from studio.cli import cli
from tests.conftest import ffmpeg_encode
from tests.fixtures.audio import RATE, ffmpeg_ebur128, speech_like, tone, write_wav


def _tone(seconds: float, freq: float, db: float = -20.0, channels: int = 1) -> np.ndarray:
    return np.repeat(tone(seconds, db, freq=freq)[:, None], channels, axis=1).astype(np.float32)


def _dominant_hz(x: np.ndarray) -> float:
    mono = x.mean(axis=1)
    spectrum = np.abs(np.fft.rfft(mono * np.hanning(len(mono))))
    return float(np.argmax(spectrum) * RATE / len(mono))


def test_order_crossfades_and_target() -> None:
    a, b, c = _tone(2, 300), _tone(2, 500), _tone(2, 700)
    intro, outro = _tone(1, 1500, channels=2), _tone(1, 2500, channels=2)
    result = assemble_arrays([a, b, c], RATE, intro=intro, outro=outro, target_lufs=-16.0)
    assert result.audio.shape[1] == 2
    # intro 1 s + 3 x 2 s + outro 1 s, minus two clip crossfades (0.3 s) and two jingle crossfades (0.5 s)
    assert result.duration_s == pytest.approx(8 - 0.6 - 1.0, abs=0.01)
    assert result.starts_s == pytest.approx([0.5, 2.2, 3.9], abs=0.01)
    audio = result.audio
    for start, hz in zip(result.starts_s, (300, 500, 700), strict=True):
        middle = audio[int((start + 0.8) * RATE): int((start + 1.4) * RATE)]
        assert _dominant_hz(middle) == pytest.approx(hz, abs=5)
    assert _dominant_hz(audio[: int(0.3 * RATE)]) == pytest.approx(1500, abs=10)
    assert _dominant_hz(audio[-int(0.3 * RATE):]) == pytest.approx(2500, abs=10)
    loud = measure_array(audio, RATE)
    assert loud.integrated_lufs == pytest.approx(-16.0, abs=0.2) and loud.true_peak_dbtp <= -1.0


def test_bed_is_ducked_under_speech() -> None:
    speech = np.zeros((10 * RATE, 1), np.float32)
    speech[3 * RATE: 7 * RATE] = speech_like(4.0, channels=1, level=0.2, seed=3)[:, :1]
    bed = _tone(4, 200, db=-10)  # looped to the programme's length
    result = assemble_arrays([speech], RATE, bed=bed, target_lufs=None)
    out = result.audio
    bed_only = dsp.match_channels(out, 1)[:, 0]
    # the bed alone plays in the first seconds; under speech it is much lower (compare the 200 Hz band)
    def band_level(x: np.ndarray) -> float:
        spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
        hz = np.fft.rfftfreq(len(x), 1 / RATE)
        return float(20 * np.log10(spectrum[(hz > 190) & (hz < 210)].max()))

    before = band_level(bed_only[int(1.8 * RATE): int(2.6 * RATE)])
    during = band_level(bed_only[int(4.5 * RATE): int(5.3 * RATE)])
    assert before - during > 10


def test_cli_assemble_with_files(tmp_path: Path) -> None:
    import mutagen

    clip1 = write_wav(tmp_path / "c1.wav", speech_like(4.0, seed=1))
    clip2 = write_wav(tmp_path / "c2.wav", speech_like(3.0, seed=2, channels=1))
    src_intro = write_wav(tmp_path / "intro.wav", _tone(1.5, 880, channels=2))
    intro = ffmpeg_encode(src_intro, tmp_path / "intro.ogg", "-c:a", "libvorbis")
    bed = write_wav(tmp_path / "bed.flac", _tone(5, 220, db=-12, channels=2), subtype="PCM_16")
    hashes = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (clip1, clip2, intro, bed)}
    out = tmp_path / "episode.mp3"
    result = CliRunner().invoke(cli, ["assemble", str(clip1), str(clip2), "-o", str(out), "--intro", str(intro),
                                      "--bed", str(bed), "--target", "-18", "--title", "Flash du jeudi"])
    assert result.exit_code == 0, result.output
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in hashes} == hashes
    assert mutagen.File(str(out), easy=True)["title"] == ["Flash du jeudi"]
    ref = ffmpeg_ebur128(out)
    assert ref["I"] == pytest.approx(-18.0, abs=0.25)  # re-measured after MP3 encoding (LAME plays quieter)
    assert measure_file(out).duration_s == pytest.approx(1.5 + 4.0 + 3.0 - 0.5 - 0.3, abs=0.1)


def test_cli_assemble_errors(tmp_path: Path) -> None:
    from studio.cli import main

    clip = write_wav(tmp_path / "c.wav", speech_like(2.0))
    for args in (["assemble", str(clip), "-o", str(tmp_path / "x.aiff")],
                 ["assemble", str(tmp_path / "missing.wav"), "-o", str(tmp_path / "o.wav")],
                 ["assemble", str(clip), "-o", str(clip)]):
        with pytest.raises(SystemExit) as stop:
            main(args)
        assert stop.value.code == 1
    assert not (tmp_path / "o.wav").exists()
