"""Playback through a real PortAudio stream into PulseAudio's null sink, recorded back from its monitor."""

from __future__ import annotations

import time

import numpy as np
import pytest

from studio.audio.play import Player
from studio.errors import DeviceError

pytestmark = pytest.mark.audio_server


def _record(device: int, seconds: float, during) -> np.ndarray:  # type: ignore[no-untyped-def]
    import sounddevice as sd

    frames: list[np.ndarray] = []
    with sd.InputStream(samplerate=48_000, channels=1, dtype="float32", device=device,
                        callback=lambda indata, *a: frames.append(indata.copy())):
        during()
        time.sleep(seconds)
    return np.concatenate(frames)[:, 0] if frames else np.zeros(0, np.float32)


def test_player_plays_into_the_sink_and_reports_position(pulse_server) -> None:  # type: ignore[no-untyped-def]
    rate = 48_000
    t = np.arange(int(1.5 * rate)) / rate
    tone = (0.3 * np.sin(2 * np.pi * 660 * t)).astype(np.float32)[:, None]
    player = Player(device="pulse")
    positions: list[float] = []

    def start() -> None:
        player.play(tone, rate)
        for _ in range(5):
            time.sleep(0.15)
            positions.append(player.position_s)

    recorded = _record(pulse_server.input_device, 1.8, start)
    assert player.wait(5.0)
    player.stop()
    assert positions == sorted(positions) and positions[-1] > positions[0]
    assert player.position_s == pytest.approx(1.5, abs=0.01)
    loud = recorded[np.abs(recorded) > 0.05]
    assert len(loud) > 0.5 * rate  # most of the tone came back
    spectrum = np.abs(np.fft.rfft(recorded))
    peak_hz = np.argmax(spectrum) * rate / len(recorded)
    assert peak_hz == pytest.approx(660, abs=5)


def test_pause_seek_stop(pulse_server) -> None:  # type: ignore[no-untyped-def]
    rate = 48_000
    data = np.zeros((rate * 10, 2), np.float32)
    player = Player(device="pulse")
    player.play(data, rate, start_s=1.0, offset_s=5.0)
    time.sleep(0.3)
    assert player.is_playing and player.position_s > 6.0
    player.pause()
    time.sleep(0.1)
    held = player.position_s
    time.sleep(0.3)
    assert player.is_paused and player.position_s == held
    player.seek(12.0)
    assert player.position_s == pytest.approx(12.0, abs=0.001)
    player.resume()
    time.sleep(0.3)
    assert player.position_s > 12.0
    player.stop()
    assert not player.is_active


def test_missing_device_is_a_device_error() -> None:
    try:
        import sounddevice  # noqa: F401
    except OSError:
        pytest.skip("PortAudio is not installed")
    with pytest.raises(DeviceError):
        Player(device="no such device 1234").play(np.zeros((100, 1), np.float32), 48_000)
