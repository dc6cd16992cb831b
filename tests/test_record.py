"""Recorder: real recording through the PulseAudio null sink, crash-safe file layout, RF64, disk full."""

from __future__ import annotations

import errno
import shutil
import subprocess
import time
import wave
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.audio import recover as rec
from studio.audio.record import Recorder
from studio.errors import ConsentError, StudioError
from studio.project import create_workshop, load_workshop


def make_workshop(root: Path, consent: str = "workshop"):  # type: ignore[no-untyped-def]
    from studio.project.store import save_workshop

    w = create_workshop(root / "ws", title="Test")
    w.add_participant("Amina", consent=consent, role="presenter")
    w.add_participant("Nobody", consent="none")
    save_workshop(w)
    return w


def test_signal(seconds: float, rate: int = 48_000) -> np.ndarray:
    """A band-limited noise burst with a few tones: easy to align, nothing a null sink would alter."""
    rng = np.random.default_rng(7)
    n = int(seconds * rate)
    noise = rng.standard_normal(n).astype(np.float32)
    kernel = np.hanning(9).astype(np.float32)
    noise = np.convolve(noise, kernel / kernel.sum(), mode="same")
    t = np.arange(n) / rate
    tones = 0.1 * np.sin(2 * np.pi * 440 * t) + 0.05 * np.sin(2 * np.pi * 1234 * t)
    return (0.25 * noise / np.abs(noise).max() + tones).astype(np.float32)


test_signal.__test__ = False  # type: ignore[attr-defined]


def align(recorded: np.ndarray, signal: np.ndarray) -> tuple[int, float]:
    from scipy.signal import correlate

    c = correlate(recorded, signal, mode="valid", method="fft")
    lag = int(np.argmax(np.abs(c)))
    seg = recorded[lag: lag + len(signal)]
    return lag, float(np.corrcoef(seg, signal)[0, 1])


# -- the file layer -------------------------------------------------------------------------------


def test_growing_wav_header_is_valid_after_every_write(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    w = rec.GrowingWav(path, 48_000, 2, "PCM_24")
    rng = np.random.default_rng(0)
    data = (0.5 * rng.uniform(-1, 1, (48_000, 2))).astype(np.float32)
    for i in range(0, 48_000, 4_800):
        w.write(data[i: i + 4_800])
        # another process reads the file while it is being written
        with sf.SoundFile(path) as f:
            assert f.frames == i + 4_800
        with wave.open(str(path)) as f:
            assert f.getnframes() == i + 4_800
    w.close()
    back, rate = sf.read(path, dtype="float32")
    assert rate == 48_000 and back.shape == (48_000, 2)
    assert np.max(np.abs(back - data)) < 2 / 8_388_608


def test_rf64_switch_with_lowered_threshold(tmp_path: Path) -> None:
    path = tmp_path / "big.wav"
    threshold = 200_000
    w = rec.GrowingWav(path, 48_000, 1, "PCM_16", rf64_threshold_bytes=threshold)
    sig = test_signal(3.0)
    for i in range(0, len(sig), 9_600):
        w.write(sig[i: i + 9_600, None])
        if 80 + 2 * (i + 9_600) > threshold:
            assert w.is_rf64
            assert path.read_bytes()[:4] == b"RF64"
            with sf.SoundFile(path) as f:  # readable while still growing
                assert f.format == "RF64" and f.frames == i + 9_600
        else:
            assert path.read_bytes()[:4] == b"RIFF"
    w.close()
    info = sf.info(path)
    assert info.format == "RF64" and info.frames == len(sig)
    probe = ffprobe_frames(path)
    if probe is not None:
        assert probe == len(sig)
    back, _ = sf.read(path, dtype="float32")
    assert np.max(np.abs(back - sig)) < 2 / 32_768


def ffprobe_frames(path: Path) -> int | None:
    exe = shutil.which("ffprobe")
    if exe is None:
        return None
    out = subprocess.run(
        [exe, "-v", "error", "-count_packets", "-select_streams", "a:0", "-show_entries",
         "stream=duration_ts,sample_rate", "-of", "default=nw=1", str(path)],
        capture_output=True, text=True, check=True).stdout
    values = dict(line.split("=", 1) for line in out.split())
    return int(values["duration_ts"])


def test_fix_header_uses_the_file_size(tmp_path: Path) -> None:
    path = tmp_path / "c.wav"
    w = rec.GrowingWav(path, 16_000, 1, "PCM_16")
    w.write(test_signal(1.0, 16_000)[:, None])
    # simulate a crash after data reached the disk but before the header was updated
    with open(path, "ab") as f:
        f.write(np.zeros(8_001, dtype="<i2").tobytes() + b"\x01")  # and half a frame
    with wave.open(str(path)) as f:
        assert f.getnframes() == 16_000
    assert rec.fix_header(path) == 24_001
    for frames in (sf.info(path).frames, wave.open(str(path)).getnframes()):
        assert frames == 24_001


def test_disk_full_keeps_everything_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "d.wav"
    w = rec.GrowingWav(path, 48_000, 1, "PCM_24")
    budget = {"bytes": 100_000}

    def pwrite(data: bytes, offset: int) -> int:
        if budget["bytes"] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = min(len(data), budget["bytes"])
        budget["bytes"] -= n
        import os
        return os.pwrite(w._fd, data[:n], offset)

    monkeypatch.setattr(w, "_pwrite", pwrite)
    sig = test_signal(2.0)
    written = 0
    with pytest.raises(OSError):
        for i in range(0, len(sig), 4_800):
            w.write(sig[i: i + 4_800, None])
            written += 4_800
    w.close()
    frames = 100_000 // 3
    assert sf.info(path).frames == frames == wave.open(str(path)).getnframes()
    back, _ = sf.read(path, dtype="float32")
    assert np.max(np.abs(back - sig[:frames])) < 2 / 8_388_608


# -- the recorder through a real sound server ------------------------------------------------------


@pytest.mark.audio_server
def test_records_what_is_played_into_the_sink(tmp_path: Path, pulse_server) -> None:  # type: ignore[no-untyped-def]
    workshop = make_workshop(tmp_path)
    signal = test_signal(2.0)
    recorder = Recorder(workshop, "amina", device=pulse_server.input_device, max_seconds=3.5).start()
    time.sleep(0.2)
    recorder.mark("question")
    pulse_server.play(signal)
    assert recorder.wait(timeout=10), "the take did not end at --seconds"
    levels = recorder.levels()
    take = recorder.stop()
    assert take.origin == "record" and take.participant == "Amina"
    assert abs(take.duration_s - 3.5) <= 0.05
    path = workshop.path / take.file
    assert path.parent.name == "media" and not (path.stat().st_mode & 0o222)
    assert not any((workshop.path / "recording").iterdir())
    audio, rate = sf.read(path, dtype="float32")
    assert rate == 48_000 and abs(len(audio) / rate - 3.5) <= 0.05
    lag, corr = align(audio if audio.ndim == 1 else audio[:, 0], signal)
    assert corr > 0.99, (lag, corr)
    assert levels.overflows == 0
    assert [m.name for m in take.markers] == ["question"] and 0.1 < take.markers[0].time_s < 1.0
    reloaded = load_workshop(workshop.path)
    assert reloaded.take(take.id).sha256 == take.sha256
    from studio.project.media import sha256_file
    assert sha256_file(path) == take.sha256


@pytest.mark.audio_server
def test_levels_follow_the_signal(tmp_path: Path, pulse_server) -> None:  # type: ignore[no-untyped-def]
    workshop = make_workshop(tmp_path)
    rate = 48_000
    t = np.arange(int(1.5 * rate)) / rate
    tone = (0.5 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)  # peak -6 dBFS, RMS -9 dBFS
    recorder = Recorder(workshop, "Amina", device=pulse_server.input_device).start()
    seen = []
    player = pulse_server.play(tone, wait=False)
    start = time.monotonic()
    count0 = recorder.latest.count
    while time.monotonic() - start < 1.6:
        seen.append(recorder.levels())
        time.sleep(0.02)
    player.wait(timeout=10)
    rate_hz = (recorder.latest.count - count0) / (time.monotonic() - start)
    take = recorder.stop()
    assert rate_hz >= 20, rate_hz
    peaks = [lv.peak_max_dbfs for lv in seen if lv.peak_dbfs]
    rmss = [lv.rms_max_dbfs for lv in seen if lv.rms_dbfs]
    assert max(peaks) == pytest.approx(-6.0, abs=0.3), peaks
    assert max(rmss) == pytest.approx(-9.0, abs=0.5), rmss
    assert min(peaks) < -60, peaks  # before the tone: silence
    assert take.duration_s > 1.5


def test_refuses_a_participant_without_consent(tmp_path: Path) -> None:
    workshop = make_workshop(tmp_path)
    with pytest.raises(ConsentError) as e:
        Recorder(workshop, "Nobody")
    assert "consent" in e.value.one_line()


class FakeStream:
    """A stand-in for sounddevice.InputStream driven by a thread (for failure modes a server can't show)."""

    def __init__(self, *, callback, finished_callback, samplerate, channels, blocksize, seconds_before_gone=None,
                 speed: float = 1.0, **_: object) -> None:
        self.callback, self.finished = callback, finished_callback
        self.rate, self.channels, self.block = samplerate, channels, blocksize
        self.gone_after = seconds_before_gone
        self.speed = speed
        self.running = False

    def start(self) -> None:
        import threading

        self.running = True
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        sent = 0
        t0 = time.monotonic()
        while self.running:
            if self.gone_after is not None and sent >= self.gone_after * self.rate:
                self.running = False
                self.finished()
                return
            block = np.full((self.block, self.channels), 0.1, dtype=np.float32)
            self.callback(block, self.block, None, None)
            sent += self.block
            time.sleep(max(0.0, t0 + sent / self.rate / self.speed - time.monotonic()))

    def stop(self) -> None:
        self.running = False

    abort = stop

    def close(self) -> None:
        self.running = False


def test_device_gone_ends_the_take_cleanly(tmp_path: Path) -> None:
    workshop = make_workshop(tmp_path)

    def factory(**kw):  # type: ignore[no-untyped-def]
        return FakeStream(seconds_before_gone=0.5, **kw)

    recorder = Recorder(workshop, "Amina", stream_factory=factory).start()
    assert recorder.wait(timeout=5)
    assert "unplugged" in recorder.levels().message
    take = recorder.stop()
    assert take.duration_s == pytest.approx(0.5, abs=0.03)


def test_disk_filling_up_stops_cleanly_and_keeps_the_take(tmp_path: Path) -> None:
    workshop = make_workshop(tmp_path)
    free = {"bytes": 200 * 1024**2}

    def free_bytes(path: Path) -> int:
        free["bytes"] -= 1024**2
        return free["bytes"]

    recorder = Recorder(workshop, "Amina", stream_factory=FakeStream, free_bytes=free_bytes,
                        disk_reserve_bytes=197 * 1024**2, low_disk_warning_s=3600).start()
    time.sleep(1.3)
    assert recorder.levels().low_disk
    assert recorder.wait(timeout=10)
    assert "disk is full" in recorder.levels().message
    take = recorder.stop()
    assert take.duration_s > 1.0
    assert sf.info(workshop.path / take.file).frames == round(take.duration_s * 48_000)


def test_refuses_to_start_on_a_full_disk(tmp_path: Path) -> None:
    workshop = make_workshop(tmp_path)
    with pytest.raises(StudioError, match="disk is full"):
        Recorder(workshop, "Amina", stream_factory=FakeStream, free_bytes=lambda p: 1024).start()
    assert not list((workshop.path / "recording").iterdir())


def _our_source_outputs() -> list[str]:
    """Indexes of the PulseAudio record streams opened by this process."""
    import os

    out = subprocess.run(["pactl", "list", "source-outputs"], capture_output=True, text=True, check=True).stdout
    found, current = [], None
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("Source Output #"):
            current = line.split("#", 1)[1]
        elif line.startswith("application.process.id") and current and f'"{os.getpid()}"' in line:
            found.append(current)
    return found


@pytest.mark.audio_server
def test_a_stream_killed_by_the_sound_server_ends_the_take_cleanly(tmp_path: Path, pulse_server) -> None:  # type: ignore[no-untyped-def]
    workshop = make_workshop(tmp_path)
    recorder = Recorder(workshop, "Amina", device=pulse_server.input_device).start()
    time.sleep(1.0)
    streams = _our_source_outputs()
    assert streams, "our record stream is not visible in PulseAudio"
    if shutil.which("pacmd") is None:
        pytest.skip("pacmd is not installed")
    for index in streams:
        subprocess.run(["pacmd", "kill-source-output", index], check=True, capture_output=True)
    killed_at = recorder.recorded_s
    assert recorder.wait(timeout=10), "the take did not end when its stream vanished"
    assert "unplugged" in recorder.levels().message
    take = recorder.stop()
    assert take is not None and take.duration_s >= killed_at - 0.2
    assert sf.info(workshop.path / take.file).frames == round(take.duration_s * 48_000)


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 3 MB tmpfs (needs root and a kernel that lets us mount); skipped elsewhere."""
    import os

    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_really_full_disk_keeps_every_frame(small_disk: Path) -> None:
    """No reserve: the write itself fails with ENOSPC; everything before it stays readable and recoverable."""
    workshop = make_workshop(small_disk)
    other_files = small_disk / "someone-else.bin"
    other_files.write_bytes(b"x" * 256 * 1024)

    def fast(**kw):  # type: ignore[no-untyped-def]
        return FakeStream(speed=20.0, **kw)

    recorder = Recorder(workshop, "Amina", stream_factory=fast, disk_reserve_bytes=0).start()
    assert recorder.wait(timeout=30)
    assert "disk is full" in recorder.levels().message
    written = recorder.recorded_s
    assert written > 5.0  # most of the 3 MB
    path = recorder.path
    assert path is not None
    frames = sf.info(path).frames
    assert frames == wave.open(str(path)).getnframes() == round(written * 48_000)
    try:
        take = recorder.stop()
    except StudioError as e:
        assert "antenne recover" in e.one_line()
        take = None  # no room left even for workshop.json: recover registers it once space is freed
    if take is None:
        other_files.unlink()
        results = rec.recover(load_workshop(workshop.path))
        assert [r.status for r in results] == ["recovered"]
    saved = load_workshop(workshop.path).takes[-1]
    assert sf.info(workshop.path / saved.file).frames == frames
