"""Benchmark: `antenne transcribe` vs a bare faster-whisper call (same audio, model and settings, same run).

Prints, for a 60 s French and a 60 s English clip (py-nanotts, generated here): the real-time factor of
both (in-process with the model loaded, best of --reps, runs interleaved), Antenne's overhead in %,
the cache-hit time, and the wall time and peak RSS of each as a fresh process.

    python tests/benchmarks/bench_transcribe.py [--reps 2] [--model base]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FR = [
    "Bonjour à tous et bienvenue dans le flash info de l'atelier radio du quartier.",
    "Ce matin, la mairie a inauguré une nouvelle bibliothèque près de l'école primaire.",
    "Les habitants pourront y emprunter des livres, des journaux et des disques.",
    "Selon l'adjointe à la culture, le projet a coûté deux millions d'euros.",
    "Des associations regrettent pourtant que les horaires d'ouverture restent limités.",
    "Dans le reste de l'actualité, le marché du samedi change de place pendant les travaux.",
    "Les commerçants s'installeront sur la place de la gare à partir du mois prochain.",
    "Enfin, le club de football des jeunes a remporté le tournoi régional dimanche dernier.",
    "C'était le flash info, merci de nous avoir écoutés et à la semaine prochaine.",
]
EN = [
    "Good morning everyone and welcome to the news from our neighbourhood radio workshop.",
    "This morning the town hall opened a new library near the primary school.",
    "People will be able to borrow books, newspapers and records there.",
    "According to the deputy mayor, the project cost two million euros.",
    "Some associations regret that the opening hours are still quite short.",
    "In other news, the Saturday market is moving while the works go on.",
    "The stalls will be set up in the station square from next month.",
    "Finally, the youth football club won the regional tournament last Sunday.",
    "That was the news. Thank you for listening and see you next week.",
]
RATE = 48_000


def make_clip(path: Path, sentences: list[str], voice: str, seconds: float = 60.0) -> Path:
    from py_nanotts import NanoTTS
    from scipy.signal import resample_poly

    tts = NanoTTS()
    parts, total, i = [], 0.0, 0
    while total < seconds:
        pcm = np.frombuffer(tts.speak(sentences[i % len(sentences)], voice=voice, volume=0.7), dtype="<i2")
        speech = pcm.astype(np.float32) / 32768.0
        parts += [speech, np.zeros(int(0.6 * 16_000), np.float32)]
        total += len(speech) / 16_000 + 0.6
        i += 1
    audio = np.concatenate(parts)[: int(seconds * 16_000)]
    sf.write(path, resample_poly(audio, 3, 1).astype(np.float32), RATE, subtype="PCM_16")
    return path


def breakdown(clip: Path) -> dict[str, float]:
    """Antenne's own steps around the model (best of 3 each) and the decode the bare call does instead.

    These are short, so they can be timed precisely even on a busy machine, unlike whole runs.
    """
    from faster_whisper.audio import decode_audio

    from studio.transcribe.cache import file_sha256
    from studio.transcribe.engine import load_audio_16k
    from studio.transcribe.guard import SpeechMap

    def best(fn) -> float:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(3):
            start = time.process_time()
            fn()
            times.append(time.process_time() - start)
        return min(times)

    audio = load_audio_16k(clip)
    return {
        "hash": best(lambda: file_sha256(clip)),
        "decode+resample": best(lambda: load_audio_16k(clip)),
        "silero speech map": best(lambda: SpeechMap.from_audio(audio)),
        "bare decode (PyAV)": best(lambda: decode_audio(str(clip))),
    }


def bare(model_path: str, clip: Path, kwargs: dict) -> tuple[float, float]:  # type: ignore[type-arg]
    from faster_whisper import WhisperModel

    model = _BARE.setdefault(model_path, WhisperModel(model_path, device="cpu", compute_type="int8",
                                                      local_files_only=True))
    start, cpu = time.perf_counter(), time.process_time()
    segments, _info = model.transcribe(str(clip), **kwargs)
    list(segments)
    return time.perf_counter() - start, time.process_time() - cpu


_BARE: dict[str, object] = {}


def antenne(clip: Path, model: str, out: Path) -> tuple[float, float]:
    from studio.cli import main

    start, cpu = time.perf_counter(), time.process_time()
    try:
        main(["transcribe", str(clip), "--model", model, "--format", "json", "-o", str(out)])
    except SystemExit as e:
        if e.code:
            raise RuntimeError(f"antenne transcribe failed: {e.code}") from None
    return time.perf_counter() - start, time.process_time() - cpu


# VmHWM is this process's own peak (ru_maxrss would keep the parent's peak across fork and exec).
PEAK = """
def HWM():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
"""
CHILD_ANTENNE = PEAK + """
import sys, time
t = time.perf_counter()
from studio.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("RESULT", time.perf_counter() - t, HWM(), file=sys.stderr)
"""
CHILD_BARE = PEAK + """
import json, sys, time
t = time.perf_counter()
from faster_whisper import WhisperModel
m = WhisperModel(sys.argv[1], device="cpu", compute_type="int8", local_files_only=True)
segments, info = m.transcribe(sys.argv[2], **json.loads(sys.argv[3]))
text = " ".join(s.text for s in segments)
print("RESULT", time.perf_counter() - t, HWM(), file=sys.stderr)
"""


def child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    line = next(x for x in proc.stderr.splitlines() if x.startswith("RESULT"))
    _, wall, rss_kb = line.split()
    return float(wall), float(rss_kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--model", default="base")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="antenne-bench-transcribe-"))
    os.environ["ANTENNE_HOME"] = str(work / "home")
    os.environ.setdefault("ANTENNE_MODEL_CACHE", "/tmp/antenne-test-models")
    from studio.transcribe.engine import Options, load_model
    from studio.transcribe.models import find_model

    info = find_model(args.model)
    load_model(info)
    print(f"model {info.name} ({info.path}), int8 CPU, {os.cpu_count()} cores; runs interleaved, best of {args.reps}")
    rows = []
    for lang, sentences, voice in (("fr", FR, "fr-FR"), ("en", EN, "en-GB")):
        clip = make_clip(work / f"{lang}.wav", sentences, voice)
        duration = sf.info(clip).duration
        kwargs = Options(language="auto").whisper_kwargs()
        bare(str(info.path), clip, kwargs)  # warm both paths once (the first decode pays one-off costs)
        os.environ["ANTENNE_CACHE"] = str(work / f"cache-{lang}-warm")
        antenne(clip, args.model, work / f"{lang}-warm.json")
        ours, theirs = [], []
        for rep in range(args.reps):
            os.environ["ANTENNE_CACHE"] = str(work / f"cache-{lang}-{rep}")  # a cold cache every time
            ours.append(antenne(clip, args.model, work / f"{lang}-{rep}.json"))
            theirs.append(bare(str(info.path), clip, kwargs))
        hit = antenne(clip, args.model, work / f"{lang}-hit.json")[0]
        env = {**os.environ, "ANTENNE_CACHE": str(work / f"cache-{lang}-child")}
        cli_wall, cli_rss = child(CHILD_ANTENNE, ["transcribe", str(clip), "--model", args.model, "--format", "json",
                                                  "-o", str(work / f"{lang}-child.json")], env)
        hit_wall, _ = child(CHILD_ANTENNE, ["transcribe", str(clip), "--model", args.model, "--format", "json",
                                            "-o", str(work / f"{lang}-child2.json")], env)
        bare_wall, bare_rss = child(CHILD_BARE, [str(info.path), str(clip), json.dumps(kwargs)], env)
        words = sum(len(s["text"].split()) for s in json.loads((work / f"{lang}-0.json").read_text())["segments"])
        best_ours, best_theirs = min(w for w, _ in ours), min(w for w, _ in theirs)
        cpu_ours, cpu_theirs = min(c for _, c in ours), min(c for _, c in theirs)
        rows.append((lang, duration, best_ours, best_theirs, cpu_ours, cpu_theirs, hit, cli_rss, bare_rss))
        print(f"\n[{lang}] {duration:.1f} s of speech, {words} words transcribed")
        print(f"  antenne transcribe (in-process, model loaded): {best_ours:6.2f} s  RTF {best_ours / duration:.3f}"
              f"  ({duration / best_ours:.1f}x real time)   wall: {', '.join(f'{w:.2f}' for w, _ in ours)}"
              f"   cpu: {', '.join(f'{c:.2f}' for _, c in ours)}")
        print(f"  bare faster-whisper (same audio and settings): {best_theirs:6.2f} s  RTF {best_theirs / duration:.3f}"
              f"  ({duration / best_theirs:.1f}x real time)   wall: {', '.join(f'{w:.2f}' for w, _ in theirs)}"
              f"   cpu: {', '.join(f'{c:.2f}' for _, c in theirs)}")
        print(f"  overhead of antenne: wall {100 * (best_ours / best_theirs - 1):+.1f} %,"
              f" CPU time {100 * (cpu_ours / cpu_theirs - 1):+.1f} % (CPU time is steadier on a shared machine)")
        steps = breakdown(clip)
        extra = sum(v for k, v in steps.items() if not k.startswith("bare")) - steps["bare decode (PyAV)"]
        print("  antenne's own steps (CPU s, best of 3): "
              + ", ".join(f"{k} {v:.3f}" for k, v in steps.items())
              + f"; net extra work vs bare {extra:+.3f} s = {100 * extra / cpu_theirs:+.1f} % of the bare run")
        print(f"  cache hit: {hit * 1000:.0f} ms in-process, {hit_wall:.2f} s as a fresh process")
        print(f"  fresh process incl. start-up and model load: antenne {cli_wall:.2f} s, peak RSS {cli_rss:.0f} MB;"
              f" bare {bare_wall:.2f} s, peak RSS {bare_rss:.0f} MB")
    print("\nsummary: lang, duration_s, antenne_s, bare_s, wall_overhead_%, cpu_overhead_%, cache_hit_ms, "
          "antenne_rss_mb, bare_rss_mb")
    for lang, d, o, t, co, ct, h, crss, brss in rows:
        print(f"  {lang}, {d:.1f}, {o:.2f}, {t:.2f}, {100 * (o / t - 1):+.1f}, {100 * (co / ct - 1):+.1f}, "
              f"{h * 1000:.0f}, {crss:.0f}, {brss:.0f}")


if __name__ == "__main__":
    main()
