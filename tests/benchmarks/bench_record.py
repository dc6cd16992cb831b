"""Benchmark: a long recording through the PulseAudio null sink; overflows, recorder CPU and memory over time.

    python tests/benchmarks/bench_record.py [--minutes 10]

A signal is played into `vsink` (by pacat, not counted) while Antenne's recorder records `vsink.monitor`
through PortAudio, and, at the same time, ffmpeg records the same source with its own PulseAudio input
(what a user would otherwise run: `ffmpeg -f pulse -i vsink.monitor take.wav`). Prints CPU per core, RSS
over time, overflows, and ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--channels", type=int, default=1)
    args = parser.parse_args()
    seconds = args.minutes * 60

    import numpy as np
    import psutil
    import soundfile as sf

    from tests.fixtures.pulse import portaudio_pulse_device, refresh_portaudio, start_pulse_server

    reason = start_pulse_server()
    if reason:
        print("cannot run:", reason)
        return 1
    refresh_portaudio()
    device = portaudio_pulse_device()
    if device is None:
        print("cannot run: PortAudio does not see PulseAudio")
        return 1

    from studio.audio.record import Recorder
    from studio.project import create_workshop, save_workshop

    os.environ.setdefault("ANTENNE_HOME", tempfile.mkdtemp(prefix="antenne-bench-home-"))
    root = Path(tempfile.mkdtemp(prefix="antenne-bench-record-"))
    workshop = create_workshop(root / "ws", title="bench")
    workshop.add_participant("Amina", consent="workshop")
    save_workshop(workshop)

    # a signal generator into the sink for the whole run (a looping 10 s of tones and noise)
    rate = 48_000
    t = np.arange(10 * rate) / rate
    rng = np.random.default_rng(0)
    loop = (0.2 * np.sin(2 * np.pi * 220 * t) + 0.05 * rng.standard_normal(len(t))).astype(np.float32)
    player = subprocess.Popen(
        ["pacat", "--playback", "--raw", "--format=float32le", f"--rate={rate}", "--channels=1",
         "--latency-msec=100", "--device=vsink"], stdin=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def feed() -> None:
        try:
            while player.poll() is None:
                player.stdin.write(loop.tobytes())  # type: ignore[union-attr]
        except (BrokenPipeError, OSError, ValueError):
            pass

    import threading

    threading.Thread(target=feed, daemon=True).start()
    time.sleep(0.5)

    ffmpeg = shutil.which("ffmpeg")
    other = None
    other_out = root / "ffmpeg.wav"
    if ffmpeg:
        other = subprocess.Popen(
            [ffmpeg, "-nostdin", "-loglevel", "error", "-f", "pulse", "-sample_rate", str(rate), "-channels",
             str(args.channels), "-i", "vsink.monitor", "-t", str(seconds), "-c:a", "pcm_s24le", str(other_out)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    me = psutil.Process()
    rss_mb: list[tuple[float, float]] = []
    cpu0 = me.cpu_times()
    other_cpu0 = psutil.Process(other.pid).cpu_times() if other else None
    wall0 = time.monotonic()
    recorder = Recorder(workshop, "Amina", device=device, channels=args.channels, max_seconds=seconds).start()
    cpu_started = me.cpu_times()
    wall_started = time.monotonic()
    levels_polled = 0
    while not recorder.wait(timeout=0.05):  # poll like the UI does (20 Hz)
        recorder.levels()
        levels_polled += 1
        elapsed = time.monotonic() - wall0
        if not rss_mb or elapsed - rss_mb[-1][0] >= max(1.0, seconds / 20):
            rss_mb.append((elapsed, me.memory_info().rss / 1024**2))
    wall = time.monotonic() - wall0
    cpu1 = me.cpu_times()
    rss_mb.append((wall, me.memory_info().rss / 1024**2))
    levels = recorder.levels()
    take = recorder.stop()
    other_cpu = None
    if other is not None:
        try:
            p = psutil.Process(other.pid)
            c = p.cpu_times()
            other_cpu = (c.user + c.system) - (other_cpu0.user + other_cpu0.system)  # type: ignore[union-attr]
        except psutil.NoSuchProcess:
            pass
        other.wait(timeout=120)
    player.kill()
    player.wait()

    cpu = (cpu1.user + cpu1.system) - (cpu0.user + cpu0.system)
    assert take is not None
    frames = sf.info(workshop.path / take.file).frames
    print(f"recorded {take.duration_s:.2f} s ({frames} frames) in {wall:.2f} s wall; overflows {levels.overflows};"
          f" clips {levels.clip_count}; levels polled {levels_polled} times")
    print(f"antenne recorder CPU: {cpu:.2f} s = {100 * cpu / wall:.2f}% of one core (opening the device included)")
    steady_cpu = (cpu1.user + cpu1.system) - (cpu_started.user + cpu_started.system)
    steady_wall = wall - (wall_started - wall0)
    print(f"  once recording: {100 * steady_cpu / steady_wall:.2f}% of one core; opening the device took"
          f" {wall_started - wall0:.2f} s wall, {cpu - steady_cpu:.2f} s CPU")
    steady = [m for s, m in rss_mb if s >= min(30.0, wall / 4)]
    print("RSS MB over time:", ", ".join(f"{s:.0f}s:{m:.1f}" for s, m in rss_mb))
    if steady:
        print(f"RSS after warm-up: min {min(steady):.1f} MB, max {max(steady):.1f} MB, "
              f"growth {steady[-1] - steady[0]:+.1f} MB")
    if other_cpu is not None:
        print(f"ffmpeg -f pulse CPU: {other_cpu:.2f} s = {100 * other_cpu / wall:.2f}% of one core; "
              f"ratio antenne/ffmpeg = {cpu / other_cpu:.2f}")
        if other_out.exists():
            print(f"ffmpeg recorded {sf.info(other_out).duration:.2f} s")
    ok = levels.overflows == 0 and 100 * cpu / wall < 10 and abs(take.duration_s - seconds) < 0.05
    print("PASS" if ok else "FAIL")
    shutil.rmtree(root, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
