"""Benchmark: time from the stop to a stored transcript, live transcription vs transcribing after the stop.

    python tests/benchmarks/bench_live.py [--minutes 1 5 15] [--speech both|en|fr|real-en]

Speech (the committed synthetic French and English clips, alternating, with short pauses; or, with
`--speech real-en`, a real voice: the 11 s broadcast recording tests/data/speech/en-real-jfk.flac, repeated) is
played into a private PulseAudio null sink in real time while Antenne's recorder records its monitor with live transcription on.
For each take length it prints: the time from the end of the take to the stored transcript (live), the time
transcribing the finished file takes (what the user waited before), overflows, the process CPU share while
recording, the live path's real-time factor and chunks, and the WER of both transcripts against the script.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


SENTENCES = {
    "fr": [
        "Bonjour et bienvenue dans notre émission du mercredi.",
        "Aujourd'hui nous parlons du nouveau marché de la place centrale.",
        "Les commerçants sont arrivés très tôt ce matin.",
        "Une habitante nous explique pourquoi elle vient chaque semaine.",
        "La mairie promet des travaux sur la route du collège.",
        "Les élèves ont préparé une enquête sur le gaspillage à la cantine.",
        "Selon eux, un repas sur cinq finit à la poubelle.",
        "Le directeur répond qu'une nouvelle organisation est prévue.",
        "Passons maintenant à la météo de la semaine.",
        "Il fera beau jusqu'à jeudi, puis la pluie reviendra.",
        "Le club de football cherche encore des bénévoles.",
        "Vous pouvez les contacter à la maison des associations.",
        "Notre invitée travaille à la bibliothèque depuis dix ans.",
        "Elle raconte comment les lecteurs ont changé leurs habitudes.",
        "Merci à toutes les personnes qui ont répondu à nos questions.",
        "On se retrouve la semaine prochaine à la même heure.",
    ],
    "en": [
        "Hello and welcome to our Wednesday programme.",
        "Today we talk about the new market on the central square.",
        "The stall holders arrived very early this morning.",
        "A neighbour explains why she comes every week.",
        "The council promises road works near the secondary school.",
        "The pupils made a survey about food waste in the canteen.",
        "They say that one meal in five ends up in the bin.",
        "The head teacher answers that a new plan is coming.",
        "Now let us turn to the weather for the week.",
        "It will be sunny until Thursday, then the rain comes back.",
        "The football club is still looking for volunteers.",
        "You can reach them at the community centre.",
        "Our guest has worked at the library for ten years.",
        "She tells us how readers have changed their habits.",
        "Thank you to everyone who answered our questions.",
        "See you next week at the same time.",
    ],
}


def single_language_loop(seconds: float, language: str, rate: int = 48_000) -> tuple[object, str]:
    """Distinct sentences in one language (py-nanotts), 0.6 s apart, `seconds` long, and the text said."""
    import numpy as np
    from scipy.signal import resample_poly

    from tests.fixtures.speech import speak

    voice = {"fr": "fr-FR", "en": "en-GB"}[language]
    audio = [resample_poly(speak(t, voice), rate, 16_000).astype(np.float32) for t in SENTENCES[language]]
    pause = np.zeros(int(0.6 * rate), dtype=np.float32)
    parts, said, total, i = [pause], [], len(pause), 0
    while total + len(audio[i % len(audio)]) <= seconds * rate:
        parts += [audio[i % len(audio)], pause]
        said.append(SENTENCES[language][i % len(audio)])
        total += len(audio[i % len(audio)]) + len(pause)
        i += 1
    return np.concatenate(parts), " ".join(said)


def speech_loop(seconds: float, rate: int = 48_000, speech: str = "both") -> tuple[object, str]:
    """The English and French clips (alternating, or only one) with 0.8 s pauses, `seconds` long, and the
    text said in full."""
    import numpy as np
    import soundfile as sf
    from scipy.signal import resample_poly

    from tests.fixtures.speech import EN_TEXT, FR_TEXT

    data = REPO / "tests" / "data" / "speech"
    clips = []
    for name, text in (("en", EN_TEXT), ("fr", FR_TEXT)):
        if speech not in ("both", name):
            continue
        audio, sr = sf.read(data / f"{name}.ogg", dtype="float32")
        clips.append((resample_poly(audio, rate, sr).astype(np.float32), text))
    pause = np.zeros(int(0.8 * rate), dtype=np.float32)
    parts, texts, total, i = [pause], [], len(pause), 0
    while total < seconds * rate:
        audio, text = clips[i % len(clips)]
        parts += [audio, pause]
        texts.append(text)
        total += len(audio) + len(pause)
        i += 1
    signal = np.concatenate(parts)[: int(seconds * rate)]
    # the script of what is fully inside the take
    said, t = [], len(pause)
    for k, text in enumerate(texts):
        t += len(clips[k % len(clips)][0])
        if t <= len(signal):
            said.append(text)
        t += len(pause)
    return signal, " ".join(said)


def real_voice_loop(seconds: float, rate: int = 48_000) -> tuple[object, str]:
    """The real-voice clip (tests/data/speech/en-real-jfk.flac, an 11 s broadcast recording) again and again with
    0.8 s pauses, `seconds` long, and the text said in full."""
    import numpy as np
    import soundfile as sf
    from scipy.signal import resample_poly

    from tests.test_transcribe import REAL_EN, REAL_EN_TEXT

    audio, sr = sf.read(REAL_EN, dtype="float32")
    clip = resample_poly(audio, rate, sr).astype(np.float32)
    pause = np.zeros(int(0.8 * rate), dtype=np.float32)
    count = max(1, int((seconds * rate - len(pause)) // (len(clip) + len(pause))))
    return np.concatenate([pause] + [clip, pause] * count), " ".join([REAL_EN_TEXT] * count)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, nargs="+", default=[1.0])
    parser.add_argument("--speech", choices=["both", "en", "fr", "real-en"], default="both",
                        help="what is said: both languages alternating (default), one, or a real voice (real-en)")
    args = parser.parse_args()

    import numpy as np
    import psutil

    from tests.fixtures.pulse import (
        _pacat,
        _pactl,
        portaudio_pulse_device,
        refresh_portaudio,
        start_pulse_server,
    )

    reason = start_pulse_server()
    if reason:
        print("cannot run:", reason)
        return 1
    sink = f"antenne_bench_{os.getpid()}"
    module = _pactl("load-module", "module-null-sink", f"sink_name={sink}", "rate=48000").stdout.strip()
    os.environ["PULSE_SINK"], os.environ["PULSE_SOURCE"] = sink, f"{sink}.monitor"
    os.environ.setdefault("ANTENNE_HOME", tempfile.mkdtemp(prefix="antenne-bench-home-"))
    os.environ.setdefault("ANTENNE_MODEL_CACHE", "/tmp/antenne-test-models")
    keeper = None
    try:
        refresh_portaudio()
        device = portaudio_pulse_device()
        if device is None:
            print("cannot run: PortAudio does not see PulseAudio")
            return 1
        with open("/dev/zero", "rb") as zero:
            keeper = _pacat(48_000, 1, latency_ms=30, stdin=zero.fileno(), sink=sink)
        time.sleep(0.5)
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} (shared: timings are noisy)")
        for minutes in args.minutes:
            run(minutes * 60, device, sink, np, psutil, args.speech)
    finally:
        if keeper is not None:
            keeper.kill()
            keeper.wait()
        _pactl("unload-module", module)
    return 0


def run(seconds: float, device: int, sink: str, np, psutil, speech: str) -> None:  # type: ignore[no-untyped-def]
    from studio.audio.record import Recorder
    from studio.project import create_workshop, save_workshop
    from studio.transcribe.engine import load_model, transcribe_all
    from studio.transcribe.live import LiveTranscriber
    from studio.transcribe.models import find_model
    from tests.fixtures.pulse import _pacat
    from tests.fixtures.speech import word_error_rate

    root = Path(tempfile.mkdtemp(prefix="antenne-bench-live-"))
    workshop = create_workshop(root / "ws", title="bench")
    workshop.add_participant("Amina", consent="workshop")
    save_workshop(workshop)
    # speech until 2 s before the stop, as when a facilitator stops the take after the last word
    if speech == "both":
        signal, script = speech_loop(seconds - 2.0)
    elif speech == "real-en":
        signal, script = real_voice_loop(seconds - 2.0)
    else:
        signal, script = single_language_loop(seconds - 2.0, speech)
    signal = np.concatenate([signal, np.zeros(3 * 48_000, dtype=np.float32)])
    made: list[LiveTranscriber] = []

    def live_factory(rate: int, channels: int) -> LiveTranscriber:
        made.append(LiveTranscriber(rate, channels).start())
        return made[-1]

    me = psutil.Process()
    recorder = Recorder(workshop, "Amina", device=device, max_seconds=seconds, live_factory=live_factory).start()
    player = _pacat(48_000, 1, latency_ms=100, sink=sink)

    def play() -> None:
        try:
            player.stdin.write(np.ascontiguousarray(signal).tobytes())  # type: ignore[union-attr]
            player.stdin.close()  # type: ignore[union-attr]
        except (BrokenPipeError, OSError):
            pass

    threading.Thread(target=play, daemon=True).start()
    cpu0, wall0 = me.cpu_times(), time.monotonic()
    lags = []
    while not recorder.wait(timeout=0.5):
        if made:
            lags.append(made[0].lag_s())
    ended = time.monotonic()
    cpu1 = me.cpu_times()
    levels = recorder.levels()
    take = recorder.stop()
    live = made[0]
    lag_at_stop = live.lag_s()
    transcript = live.finish(workshop, take)
    stop_to_transcript = time.monotonic() - ended
    player.kill()
    player.wait()
    cpu = (cpu1.user + cpu1.system) - (cpu0.user + cpu0.system)
    wall = ended - wall0
    print(f"\n== {seconds / 60:.1f}-minute take ({take.duration_s:.1f} s recorded; speech: {speech}) ==")
    print(f"overflows while recording: {levels.overflows}")
    print(f"process CPU while recording: {cpu:.1f} s = {100 * cpu / wall:.0f}% of one core "
          f"(recording + live transcription; {os.cpu_count()} cores)")
    rtf = live.realtime_factor()
    print(f"live: state {live.state} {live.reason}; {live.chunks} chunks; real-time factor "
          f"{rtf if rtf is None else round(rtf, 3)}; lag max {max(lags, default=0):.1f} s, at the stop {lag_at_stop:.1f} s")
    print(f"LIVE: stop -> transcript stored: {stop_to_transcript:.2f} s"
          + ("" if transcript is not None else "  (NO transcript: gave up)"))
    # what the user waited for before: transcribing the finished file (model already loaded, no cache)
    info = find_model(None)
    load_model(info)
    t0 = time.monotonic()
    offline = transcribe_all(workshop.path / take.file, info, "auto", use_cache=False)
    after = time.monotonic() - t0
    print(f"AFTER THE STOP: transcribing the finished file: {after:.2f} s (model already loaded)")
    if transcript is not None:
        print(f"ratio: {after / max(stop_to_transcript, 1e-3):.1f}x sooner with live transcription")
        print(f"WER vs script: live {100 * word_error_rate(script, transcript.text()):.1f}%, "
              f"offline {100 * word_error_rate(script, offline.text()):.1f}%  ({len(script.split())} words)")
    t0 = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "studio", "transcribe", str(workshop.path / take.file)],
                          capture_output=True, text=True, cwd=REPO, env=os.environ.copy())
    print(f"`antenne transcribe` on the take as a new process: {time.monotonic() - t0:.2f} s "
          f"(exit {done.returncode})")


if __name__ == "__main__":
    sys.exit(main())
