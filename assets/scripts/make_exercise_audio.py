"""Speak every version of every bundled exercise with py-nanotts and store it as small OGG Vorbis files.

Usage: python assets/scripts/make_exercise_audio.py [--force]
Writes assets/exercises/<exercise id>/<version id>.<language>.ogg (16 kHz mono), the paths the exercise
files name in their `audio` fields. Voices: fr-FR and en-GB (SVOX Pico, Apache-2.0), volume 0.7 (the
engine clips at its default). Re-run it after changing a version's text (--force rewrites every file).

Versions heard as an edit (`edit` instead of `audio`) are not spoken: for each exercise in CUTS, the full
take is spoken phrase by phrase, so that the script knows where each phrase starts and ends, and the edit
list (Antenne's format, `studio.edit`) keeping some of the phrases is written beside it.
"""

from __future__ import annotations

import argparse
import json
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
#: Per-exercise voice settings (speed, pitch), so that a voice note does not sound like the newsreader.
STYLE = {"forwarded-voice-message": (1.12, 1.15), "the-cut": (1.0, 1.2)}
#: Exercises with a version heard as an edit: (full version id, edit version id,
#: {language: phrases of the full take}, indices of the phrases the edit keeps).
CUTS = {
    "the-cut": ("full", "edited", {
        "fr": ["La piscine des Tilleuls coûte cher, c'est vrai.", "Certains disent :", "il faut la fermer.",
               "Je ne suis pas d'accord.", "Elle doit rester ouverte : les écoles en ont besoin."],
        "en": ["The Linden swimming pool is expensive, that's true.", "Some people say:", "we should close it.",
               "I don't agree.", "It must stay open: the schools need it."],
    }, [0, 2]),
}
GAP_S = 0.35


def synth(text: str, language: str, style: tuple[float, float] = (1.0, 1.0)) -> np.ndarray:
    from py_nanotts import NanoTTS

    speed, pitch = style
    pcm = NanoTTS().speak(text, voice=VOICES[language], speed=speed, pitch=pitch, volume=0.7)
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


def speak(text: str, language: str, style: tuple[float, float] = (1.0, 1.0)) -> np.ndarray:
    pad = np.zeros(int(0.3 * RATE), np.float32)
    return np.concatenate([pad, synth(text, language, style), pad])


def speak_phrases(phrases: list[str], language: str, style: tuple[float, float]) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The phrases spoken one after the other with short gaps; (audio, (start, end) frame of each phrase)."""
    parts, bounds, pos = [np.zeros(int(0.3 * RATE), np.float32)], [], int(0.3 * RATE)
    for phrase in phrases:
        audio = synth(phrase, language, style)
        bounds.append((pos, pos + len(audio)))
        parts += [audio, np.zeros(int(GAP_S * RATE), np.float32)]
        pos += len(audio) + int(GAP_S * RATE)
    parts.append(np.zeros(int(0.3 * RATE), np.float32))
    return np.concatenate(parts), bounds


def edit_list(bounds: list[tuple[int, int]], keep: list[int], frames: int, source: str) -> dict:
    """Antenne's edit-list format: regions of the full take (a little air around each phrase, short fades)."""
    regions = []
    for i in keep:
        start = max(0, bounds[i][0] - int(0.05 * RATE))
        end = min(frames, bounds[i][1] + int(0.2 * RATE))
        regions.append({"source_id": "full", "start_frame": start, "length": end - start, "gain_db": 0.0,
                        "fade_in_s": 0.01, "fade_out_s": 0.03})
    return {"format": 1, "rate": RATE, "sources": {"full": source}, "regions": regions}


def make_cut(data: dict, force: bool) -> int:
    full_id, edit_id, phrases, keep = CUTS[data["id"]]
    versions = {v["id"]: v for v in data["versions"]}
    written = 0
    for language, parts in phrases.items():
        if _norm(" ".join(parts)) != _norm(versions[full_id]["text"][language]):
            raise SystemExit(f"{data['id']}: the phrases do not match the {language} text of version {full_id}")
        if _norm(" ".join(parts[i] for i in keep)) != _norm(versions[edit_id]["text"][language]):
            raise SystemExit(f"{data['id']}: the kept phrases do not match the {language} text of version {edit_id}")
        out = ROOT / "assets" / versions[full_id]["audio"][language]
        edit_out = ROOT / "assets" / versions[edit_id]["edit"][language]
        if out.exists() and edit_out.exists() and not force:
            continue
        audio, bounds = speak_phrases(parts, language, STYLE.get(data["id"], (1.0, 1.0)))
        write_ogg(out, audio)
        edit = edit_list(bounds, keep, len(audio), versions[full_id]["audio"][language])
        edit_out.write_text(json.dumps(edit, indent=1) + "\n", encoding="utf-8")
        written += 2
        print(f"{out.relative_to(ROOT)}  {out.stat().st_size // 1024} KiB, {edit_out.relative_to(ROOT)}")
    return written


def _norm(text: str) -> str:
    """Compare phrase lists and texts without case, punctuation or spacing."""
    return " ".join("".join(c for c in text.casefold() if c.isalnum() or c.isspace()).split())


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
        if data["id"] in CUTS:
            total += make_cut(data, args.force)
            continue
        for version in data.get("versions", []):
            for language, rel in (version.get("audio") or {}).items():
                out = ROOT / "assets" / rel
                if out.exists() and not args.force:
                    continue
                write_ogg(out, speak(version["text"][language], language, STYLE.get(data["id"], (1.0, 1.0))))
                total += 1
                print(f"{out.relative_to(ROOT)}  {out.stat().st_size // 1024} KiB")
    print(f"{total} file(s) written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
