"""Benchmark: `antenne pack`/`unpack` against what a facilitator would otherwise do (zip -r / unzip, tar + sha256sum).

Run: python tests/benchmarks/bench_privacy.py [MEGABYTES]   (default 400 MB of recordings, made at run time)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    root = Path(tempfile.mkdtemp(prefix="bench-privacy-"))
    os.environ["ANTENNE_HOME"] = str(root / "home")
    from studio.project import create_workshop, load_workshop
    from studio.project.archive import pack_workshop, unpack_workshop
    from studio.project.media import import_files

    try:
        w = create_workshop(root / "ws", "Bench")
        w.add_participant("P", consent="workshop")
        rng = np.random.default_rng(0)
        per_file = 40  # MB
        files = []
        for i in range(max(1, megabytes // per_file)):
            frames = per_file * 1024**2 // 4  # 16-bit stereo
            data = (rng.standard_normal((frames, 2)) * 0.1).astype(np.float32)
            path = root / f"take{i}.wav"
            sf.write(path, data, 48_000, subtype="PCM_16")
            files.append(path)
        import_files(w, files, "P")
        ws = load_workshop(root / "ws").path
        total = sum(p.stat().st_size for p in (ws / "media").iterdir()) / 1024**2
        print(f"workshop: {len(files)} recordings, {total:.0f} MB")

        t_pack = _timed(lambda: pack_workshop(ws, root / "a.zip", record=False))
        t_unpack = _timed(lambda: unpack_workshop(root / "a.zip", root / "copy"))
        t_zip = _timed(lambda: subprocess.run(["zip", "-qr", str(root / "b.zip"), "."], cwd=ws, check=True))
        t_unzip = _timed(lambda: subprocess.run(["unzip", "-q", str(root / "b.zip"), "-d", str(root / "copy2")],
                                                check=True))
        t_zip0 = _timed(lambda: subprocess.run(["zip", "-0qr", str(root / "c.zip"), "."], cwd=ws, check=True))

        def tar_and_sums() -> None:
            subprocess.run("find . -type f -print0 | xargs -0 sha256sum > /tmp/bench-sums.txt", shell=True,
                           cwd=ws, check=True)
            subprocess.run(["tar", "-cf", str(root / "d.tar"), "."], cwd=ws, check=True)

        def untar_and_check() -> None:
            (root / "copy3").mkdir()
            subprocess.run(["tar", "-xf", str(root / "d.tar"), "-C", str(root / "copy3")], check=True)
            subprocess.run(["sha256sum", "--quiet", "-c", "/tmp/bench-sums.txt"], cwd=root / "copy3", check=True)

        t_tar = _timed(tar_and_sums)
        t_untar = _timed(untar_and_check)
        print(f"{'':28s}{'pack':>8s}{'unpack':>8s}   (seconds)")
        print(f"{'antenne (checksums, checks)':28s}{t_pack:8.2f}{t_unpack:8.2f}")
        print(f"{'zip -r / unzip (deflate)':28s}{t_zip:8.2f}{t_unzip:8.2f}   ratio antenne/zip: "
              f"{t_pack / t_zip:.2f} / {t_unpack / t_unzip:.2f}")
        print(f"{'zip -0r (stored)':28s}{t_zip0:8.2f}{'':8s}   ratio antenne/zip -0: {t_pack / t_zip0:.2f}")
        print(f"{'tar + sha256sum (verify)':28s}{t_tar:8.2f}{t_untar:8.2f}   ratio antenne/tar+sha: "
              f"{t_pack / t_tar:.2f} / {t_unpack / t_untar:.2f}")
        sizes = {n: (root / n).stat().st_size / 1024**2 for n in ("a.zip", "b.zip", "d.tar")}
        print("sizes (MB): " + ", ".join(f"{n} {s:.0f}" for n, s in sizes.items()))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
