"""Benchmark: export a 30-minute episode (six takes, jingles, a ducked bed) to MP3 with Antenne, against the
equivalent ffmpeg pipeline (concat + sidechaincompress + amix, two-pass loudnorm, libmp3lame) in the same run.

Run: python tests/benchmarks/bench_export.py [--minutes 30] [--keep DIR]
Inputs are generated at run time (py-nanotts speech) in a temporary folder (or DIR, reused by later runs);
nothing is committed. Antenne exports with transcribe=False: the ffmpeg pipeline transcribes nothing either
(transcription is measured by bench_transcribe.py). Wall and CPU seconds (user + system) are both reported:
on a shared, loaded machine the CPU ratio is the fairer one.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

SENTENCES = [
    "Good morning and welcome to the news flash of our radio workshop.",
    "Today the town library opens its doors on Sunday for the first time.",
    "The mayor said that the project cost two hundred thousand euros.",
    "Some residents are happy, others worry about the noise in the street.",
    "Our reporter met the librarians, who explain what will change.",
    "Thank you for listening, and see you next week on the radio.",
]


def make_take(path: Path, seconds: float, seed: int) -> None:
    """A take of `seconds` of speech (16 kHz mono), sentences separated by short pauses."""
    from py_nanotts import NanoTTS

    tts = NanoTTS()
    rng = np.random.default_rng(seed)
    spoken = [np.frombuffer(tts.speak(s, voice="en-GB", volume=0.7), dtype="<i2").astype(np.float32) / 32768
              for s in SENTENCES]
    parts, total = [], 0
    while total < seconds * 16000:
        clip = spoken[int(rng.integers(len(spoken)))] * float(rng.uniform(0.6, 1.0))
        pause = np.zeros(int(rng.uniform(0.2, 0.8) * 16000), np.float32)
        parts += [clip, pause]
        total += len(clip) + len(pause)
    sf.write(path, np.concatenate(parts)[: int(seconds * 16000)], 16000, subtype="PCM_16")


CPU: dict[str, float] = {}


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, stderr) of one child process; its CPU seconds go to CPU["last"]."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        CPU["last"] = usage.ru_utime + usage.ru_stime
        err.seek(0)
        text = err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed:\n{text[-2000:]}")
    return wall, usage.ru_maxrss / 1024, text


def ffmpeg_graph(n_takes: int) -> str:
    """intro + takes + outro concatenated; the bed ducked by the speech with sidechaincompress; amix."""
    norm = "aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo"
    parts = [f"[{i}:a]{norm}[s{i}]" for i in range(n_takes + 2)]
    concat = "".join(f"[s{i}]" for i in range(n_takes + 2)) + f"concat=n={n_takes + 2}:v=0:a=1[prog]"
    bed = f"[{n_takes + 2}:a]{norm},volume=-8dB[bed]"
    duck = ("[prog]asplit=2[p1][p2];[bed][p2]sidechaincompress=threshold=0.02:ratio=8:attack=80:release=600[ducked];"
            "[p1][ducked]amix=inputs=2:duration=first:normalize=0[mix]")
    return ";".join(parts + [concat, bed, duck])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--keep", type=Path, default=None, help="folder for the inputs, reused when present")
    args = parser.parse_args()
    from studio.settings import assets_dir

    work = args.keep or Path(tempfile.mkdtemp(prefix="antenne-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, ANTENNE_HOME=str(work / "home"), ANTENNE_LANG="en")
    assets = assets_dir()
    intro, outro, bed = assets / "jingles/intro.ogg", assets / "jingles/outro.ogg", assets / "beds/bed.ogg"
    jingles_s = sf.info(str(intro)).duration + sf.info(str(outro)).duration
    take_s = (args.minutes * 60 - jingles_s) / 6
    print(f"six takes of {take_s:.0f} s of speech in {work} ...", flush=True)
    t0 = time.perf_counter()
    takes = []
    for i in range(6):
        path = work / f"take{i + 1}.wav"
        if not path.exists():
            make_take(path, take_s, i)
        takes.append(path)
    print(f"  ready in {time.perf_counter() - t0:.1f} s", flush=True)

    setup = f"""
import sys; sys.path.insert(0, {str(REPO)!r})
from pathlib import Path
from studio.project import Episode, EpisodeItem, create_workshop, save_workshop
from studio.project.media import import_files
w = create_workshop({str(work / 'atelier')!r}, "Benchmark", language="en")
items = [EpisodeItem(kind="asset", ref="jingles/intro.ogg")]
for i, f in enumerate({[str(t) for t in takes]!r}):
    name = f"Voice{{i + 1}}"
    w.add_participant(name, consent="publish")
    take = import_files(w, [f], name)[0]
    items.append(EpisodeItem(kind="take", ref=take.id, crossfade_s=0.5 if i == 0 else 0.0))
items.append(EpisodeItem(kind="asset", ref="jingles/outro.ogg", crossfade_s=1.0))
w.episodes.append(Episode(id="e1", slug="bench", title="Benchmark", items=items, bed="beds/bed.ogg"))
save_workshop(w)
"""
    if not (work / "atelier").exists():
        subprocess.run([sys.executable, "-c", setup], check=True, env=env)

    ours = [sys.executable, "-c", f"""
import sys; sys.path.insert(0, {str(REPO)!r})
from studio.project import load_workshop
from studio.usecases.export import ExportJob, ExportOptions
r = ExportJob(load_workshop({str(work / 'atelier')!r}),
              ExportOptions({str(work / 'out')!r}, format="mp3", transcribe=False)).run()
import json; print(json.dumps(r.loudness), file=sys.stderr)
"""]
    print("Antenne export ...", flush=True)
    a_wall, a_rss, a_err = run_measured(ours, env)
    a_cpu = CPU["last"]
    a_loud = json.loads(a_err.strip().splitlines()[-1])

    ffmpeg = "ffmpeg"
    inputs = ["-i", str(intro)]
    for t in takes:
        inputs += ["-i", str(t)]
    inputs += ["-i", str(outro), "-stream_loop", "-1", "-i", str(bed)]
    graph = ffmpeg_graph(6)
    print("ffmpeg pipeline (pass 1: measure) ...", flush=True)
    p1 = [ffmpeg, "-nostdin", "-hide_banner", "-y", *inputs, "-filter_complex",
          graph + ";[mix]loudnorm=I=-16:TP=-1:LRA=11:print_format=json[out]", "-map", "[out]", "-f", "null", "-"]
    f1_wall, f1_rss, f1_err = run_measured(p1)
    f_cpu = CPU["last"]
    measured = json.loads(re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", f1_err).group(0))
    print("ffmpeg pipeline (pass 2: normalise + libmp3lame) ...", flush=True)
    ln = (f"loudnorm=I=-16:TP=-1:LRA=11:measured_I={measured['input_i']}:measured_TP={measured['input_tp']}:"
          f"measured_LRA={measured['input_lra']}:measured_thresh={measured['input_thresh']}:"
          f"offset={measured['target_offset']}:linear=true")
    p2 = [ffmpeg, "-nostdin", "-hide_banner", "-y", *inputs, "-filter_complex", graph + f";[mix]{ln}[out]",
          "-map", "[out]", "-ar", "48000", "-c:a", "libmp3lame", "-b:a", "128k", str(work / "ffmpeg.mp3")]
    f2_wall, f2_rss, _ = run_measured(p2)
    f_cpu += CPU["last"]
    f_wall = f1_wall + f2_wall

    def ebur(path: Path) -> str:
        err = subprocess.run([ffmpeg, "-nostdin", "-hide_banner", "-nostats", "-i", str(path), "-af",
                              "ebur128=peak=true", "-f", "null", "-"], capture_output=True, text=True).stderr
        s = err[err.rindex("Summary:"):]
        lufs = re.search(r"I:\s+(-?[\d.]+)", s).group(1)
        peak = re.search(r"Peak:\s+(-?[\d.]+)", s).group(1)
        return f"I {lufs} LUFS, TP {peak} dBTP"

    print()
    print(f"episode: {args.minutes:.0f} min, six takes, intro/outro jingles, ducked bed, MP3 128 kb/s stereo")
    print(f"Antenne : {a_wall:7.1f} s (CPU {a_cpu:.1f} s)  peak RSS {a_rss:6.0f} MB  ({ebur(work / 'out' / 'bench.mp3')}; "
          f"own meter I {a_loud['integrated_lufs']} TP {a_loud['true_peak_dbtp']})")
    print(f"ffmpeg  : {f_wall:7.1f} s (CPU {f_cpu:.1f} s)  peak RSS {max(f1_rss, f2_rss):6.0f} MB  ({ebur(work / 'ffmpeg.mp3')}; "
          f"pass 1 {f1_wall:.1f} s + pass 2 {f2_wall:.1f} s)")
    print(f"ratio   : Antenne is {f_wall / a_wall:.2f}x the speed of ffmpeg (wall), {f_cpu / a_cpu:.2f}x (CPU); "
          f"goal >= 2x, RSS < 400 MB")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"(files kept in {work})")


if __name__ == "__main__":
    main()
