"""Speak every version of every bundled exercise with py-nanotts and store it as small OGG Vorbis files.

Usage: python assets/scripts/make_exercise_audio.py [--force]
Writes assets/exercises/<exercise id>/<version id>.<language>.ogg (16 kHz mono), the paths the exercise
files name in their `audio` fields. Voices: fr-FR and en-GB (SVOX Pico, Apache-2.0). Re-run it after
changing a version's text (--force rewrites every file).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import tomllib
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[2]
VOICES = {"fr": "fr-FR", "en": "en-GB"}
RATE = 16_000


def speak(text: str, language: str) -> np.ndarray:
    from py_nanotts import NanoTTS

    pcm = NanoTTS().speak(text, voice=VOICES[language], volume=0.7)
    audio = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
    pad = np.zeros(int(0.3 * RATE), np.float32)
    return np.concatenate([pad, audio, pad])


def write_ogg(path: Path, audio: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".ogg", dir=path.parent)
    os.close(fd)
    try:
        # compression_level 1.0 = the smallest Vorbis files; speech at 16 kHz stays clear.
        sf.write(tmp, audio, RATE, format="OGG", subtype="VORBIS", compression_level=1.0)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rewrite files that already exist")
    args = parser.parse_args()
    total = 0
    for file in sorted((ROOT / "exercises").glob("*.toml")):
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        for version in data.get("versions", []):
            for language, rel in (version.get("audio") or {}).items():
                out = ROOT / "assets" / rel
                if out.exists() and not args.force:
                    continue
                write_ogg(out, speak(version["text"][language], language))
                total += 1
                print(f"{out.relative_to(ROOT)}  {out.stat().st_size // 1024} KiB")
    print(f"{total} file(s) written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
