"""Synthesise Antenne's original jingles, stingers and music beds (numpy only; CC0, see assets/music/CREDITS.md).

Run `python assets/scripts/make_music.py` from the repository to regenerate every file in `assets/jingles/`
and `assets/beds/`. The output is deterministic (fixed seeds), small (OGG Vorbis), 48 kHz stereo.
Instruments: an additive "electric piano", a detuned pad through a one-pole low-pass, a sine bass,
and synthetic drums (pitch-swept kick, noise snare, high-passed hi-hat).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

RATE = 48_000
ASSETS = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------------------- notes

NOTE_INDEX = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}


def hz(note: str) -> float:
    """'A4' -> 440.0; 'C#3' -> 138.59."""
    name, octave = note[:-1], int(note[-1])
    midi = 12 * (octave + 1) + NOTE_INDEX[name]
    return 440.0 * 2 ** ((midi - 69) / 12)


CHORDS = {
    "C": ["C4", "E4", "G4"], "Am": ["A3", "C4", "E4"], "F": ["F3", "A3", "C4"], "G": ["G3", "B3", "D4"],
    "Dm": ["D4", "F4", "A4"], "Em": ["E4", "G4", "B4"], "Fmaj7": ["F3", "A3", "C4", "E4"],
    "Cadd9": ["C4", "E4", "G4", "D5"],
}
ROOTS = {"C": "C2", "Am": "A1", "F": "F2", "G": "G2", "Dm": "D2", "Em": "E2", "Fmaj7": "F2", "Cadd9": "C2"}


# ----------------------------------------------------------------------------------- instruments

def envelope(n: int, attack_s: float, decay_s: float, sustain: float, release_s: float) -> np.ndarray:
    """ADSR envelope over n samples (release at the end)."""
    a, d, r = (max(1, int(x * RATE)) for x in (attack_s, decay_s, release_s))
    env = np.full(n, sustain, dtype=np.float64)
    a_n = min(a, n)
    env[:a_n] = np.linspace(0, 1, a, endpoint=False)[:a_n]
    d_end = min(a + d, n)
    if d_end > a_n:
        env[a_n:d_end] = np.linspace(1, sustain, d)[: d_end - a_n]
    r_n = min(r, n)
    env[n - r_n:] *= np.linspace(1, 0, r_n)
    return env


def epiano(freq: float, dur_s: float) -> np.ndarray:
    """A soft electric-piano-like tone: harmonics decaying faster the higher they are."""
    n = int(dur_s * RATE)
    t = np.arange(n) / RATE
    out = np.zeros(n)
    for k, amp in ((1, 1.0), (2, 0.45), (3, 0.18), (4, 0.08), (7, 0.02)):
        out += amp * np.exp(-t * (1.6 + 1.8 * k)) * np.sin(2 * np.pi * freq * k * t + 0.3 * k)
    out += 0.15 * np.exp(-t * 40) * np.sin(2 * np.pi * freq * 14 * t)  # a little hammer "tine"
    return out * envelope(n, 0.004, 0.05, 1.0, min(0.08, dur_s / 3))


def lowpass(x: np.ndarray, cutoff_hz: float) -> np.ndarray:
    """Two cascaded one-pole low-pass filters."""
    from scipy.signal import lfilter

    a = np.exp(-2 * np.pi * cutoff_hz / RATE)
    y = lfilter([1 - a], [1, -a], x)
    return lfilter([1 - a], [1, -a], y)


def highpass(x: np.ndarray, cutoff_hz: float) -> np.ndarray:
    return x - lowpass(x, cutoff_hz)


def pad(freqs: list[float], dur_s: float, cutoff_hz: float = 1800.0) -> np.ndarray:
    """A warm pad: three slightly detuned saw waves per note, low-passed, slow attack and release."""
    n = int(dur_s * RATE)
    t = np.arange(n) / RATE
    out = np.zeros(n)
    for f in freqs:
        for detune in (-0.006, 0.0, 0.0065):
            phase = (f * (1 + detune) * t + np.random.default_rng(int(f)).random()) % 1.0
            out += 2 * phase - 1
    out = lowpass(out / (3 * len(freqs)), cutoff_hz)
    return out * envelope(n, min(0.6, dur_s / 3), 0.2, 0.85, min(0.8, dur_s / 3))


def bass(freq: float, dur_s: float) -> np.ndarray:
    n = int(dur_s * RATE)
    t = np.arange(n) / RATE
    out = np.sin(2 * np.pi * freq * t) + 0.25 * np.sin(2 * np.pi * 2 * freq * t)
    return out * envelope(n, 0.008, 0.15, 0.7, min(0.06, dur_s / 3))


def kick(rng: np.random.Generator) -> np.ndarray:
    n = int(0.35 * RATE)
    t = np.arange(n) / RATE
    freq = 45 + 110 * np.exp(-t * 28)
    phase = 2 * np.pi * np.cumsum(freq) / RATE
    return np.sin(phase) * np.exp(-t * 9) + 0.05 * rng.standard_normal(n) * np.exp(-t * 120)


def snare(rng: np.random.Generator) -> np.ndarray:
    n = int(0.22 * RATE)
    t = np.arange(n) / RATE
    noise = highpass(rng.standard_normal(n), 1200) * np.exp(-t * 22)
    tone = np.sin(2 * np.pi * 190 * t) * np.exp(-t * 30)
    return 0.7 * noise + 0.5 * tone


def hihat(rng: np.random.Generator, open_: bool = False) -> np.ndarray:
    n = int((0.25 if open_ else 0.06) * RATE)
    t = np.arange(n) / RATE
    return 0.35 * highpass(rng.standard_normal(n), 7000) * np.exp(-t * (12 if open_ else 70))


def cymbal(rng: np.random.Generator, dur_s: float = 1.8) -> np.ndarray:
    n = int(dur_s * RATE)
    t = np.arange(n) / RATE
    return 0.3 * highpass(rng.standard_normal(n), 5000) * np.exp(-t * 2.2)


# -------------------------------------------------------------------------------------- mixing

class Track:
    """A stereo buffer where sounds are added at a time with a gain and a pan (-1 left, +1 right)."""

    def __init__(self, dur_s: float) -> None:
        self.buf = np.zeros((int(dur_s * RATE), 2))

    def add(self, sound: np.ndarray, at_s: float, gain: float = 1.0, pan: float = 0.0) -> None:
        start = int(at_s * RATE)
        if start >= len(self.buf):
            return
        sound = sound[: len(self.buf) - start]
        left, right = np.cos((pan + 1) * np.pi / 4), np.sin((pan + 1) * np.pi / 4)
        self.buf[start:start + len(sound), 0] += gain * left * sound
        self.buf[start:start + len(sound), 1] += gain * right * sound

    def add_wrapped(self, sound: np.ndarray, at_s: float, gain: float = 1.0, pan: float = 0.0) -> None:
        """Add a sound that wraps around the end of the buffer (for seamless loops)."""
        n = len(self.buf)
        start = int(at_s * RATE) % n
        idx = (start + np.arange(len(sound))) % n
        left, right = np.cos((pan + 1) * np.pi / 4), np.sin((pan + 1) * np.pi / 4)
        np.add.at(self.buf[:, 0], idx, gain * left * sound)
        np.add.at(self.buf[:, 1], idx, gain * right * sound)

    def finish(self, peak_dbfs: float, fade_in_s: float = 0.0, fade_out_s: float = 0.0) -> np.ndarray:
        out = self.buf.copy()
        if fade_in_s > 0:
            k = int(fade_in_s * RATE)
            out[:k] *= np.linspace(0, 1, k)[:, None]
        if fade_out_s > 0:
            k = int(fade_out_s * RATE)
            out[-k:] *= np.linspace(1, 0, k)[:, None] ** 2
        peak = float(np.max(np.abs(out))) or 1.0
        return (out * (10 ** (peak_dbfs / 20) / peak)).astype(np.float32)


def drums(track: Track, start_s: float, bars: int, beat_s: float, rng: np.random.Generator,
          gain: float = 1.0) -> None:
    """A simple pop pattern: kick on 1 and 3 (and the 'and' of 3), snare on 2 and 4, eighth hi-hats."""
    for bar in range(bars):
        t0 = start_s + bar * 4 * beat_s
        for beat in (0, 2, 2.5):
            track.add(kick(rng), t0 + beat * beat_s, 0.9 * gain)
        for beat in (1, 3):
            track.add(snare(rng), t0 + beat * beat_s, 0.55 * gain, pan=0.1)
        for eighth in range(8):
            track.add(hihat(rng, open_=eighth == 7), t0 + eighth * beat_s / 2, 0.5 * gain, pan=-0.3)


# -------------------------------------------------------------------------------------- pieces

def intro() -> np.ndarray:
    """About 7 s: a bright four-chord motif with drums, ending on a held C chord."""
    rng = np.random.default_rng(1)
    beat = 60 / 116
    track = Track(8 * beat * 2 + 3.0)
    progression = ["C", "Am", "F", "G"]
    melody = [("E5", 0, 0.5), ("G5", 0.5, 0.5), ("C6", 1, 1), ("B5", 2, 0.5), ("G5", 2.5, 1.5),
              ("A5", 4, 0.5), ("C6", 4.5, 0.5), ("E6", 5, 1), ("D6", 6, 1), ("C6", 7, 1),
              ("F5", 8, 0.5), ("A5", 8.5, 0.5), ("C6", 9, 1), ("D6", 10, 1), ("B5", 11, 1),
              ("G5", 12, 0.5), ("B5", 12.5, 0.5), ("D6", 13, 1), ("E6", 14, 2)]
    for i, chord in enumerate(progression):
        t = i * 4 * beat
        track.add(pad([hz(n) for n in CHORDS[chord]], 4 * beat + 0.3), t, 0.5)
        for b in range(4):
            track.add(bass(hz(ROOTS[chord]), beat * 0.9), t + b * beat, 0.55)
    for note, at, length in melody:
        track.add(epiano(hz(note), length * beat + 0.4), at * beat, 0.5, pan=0.25)
    drums(track, 0.0, 4, beat, rng, gain=0.8)
    end = 16 * beat
    track.add(kick(rng), end, 1.0)
    track.add(cymbal(rng, 2.5), end, 0.8, pan=-0.2)
    track.add(pad([hz(n) for n in CHORDS["Cadd9"]], 2.8), end, 0.6)
    for k, note in enumerate(("C5", "E5", "G5", "C6")):
        track.add(epiano(hz(note), 2.5), end + 0.03 * k, 0.4, pan=0.25)
    track.add(bass(hz("C2"), 2.2), end, 0.6)
    return track.finish(-3.0, fade_out_s=1.2)


def outro() -> np.ndarray:
    """About 8 s: the motif slowed down and resolving, drums thinning out, long fade."""
    rng = np.random.default_rng(2)
    beat = 60 / 100
    track = Track(12 * beat + 4.0)
    progression = ["F", "G", "Em", "Am", "Dm", "G"]
    for i, chord in enumerate(progression):
        t = i * 2 * beat
        track.add(pad([hz(n) for n in CHORDS[chord]], 2 * beat + 0.4), t, 0.55)
        track.add(bass(hz(ROOTS[chord]), 2 * beat * 0.95), t, 0.5)
        for k, note in enumerate(CHORDS[chord]):
            up = note[:-1] + str(int(note[-1]) + 1)
            track.add(epiano(hz(up), beat), t + k * beat / 2, 0.35, pan=0.3 - 0.2 * k)
    drums(track, 0.0, 2, beat, rng, gain=0.5)
    end = 12 * beat
    track.add(pad([hz(n) for n in CHORDS["Cadd9"]], 4.0), end, 0.7)
    track.add(bass(hz("C2"), 3.5), end, 0.5)
    for k, note in enumerate(("G5", "E5", "C5")):
        track.add(epiano(hz(note), 3.0), end + 0.12 * k, 0.4, pan=-0.2 + 0.2 * k)
    track.add(cymbal(rng, 3.0), end, 0.5)
    return track.finish(-3.0, fade_out_s=2.5)


def stinger(rising: bool = True) -> np.ndarray:
    """About 2.5 s: a quick arpeggio and a cymbal, to separate two items."""
    rng = np.random.default_rng(3 if rising else 4)
    track = Track(2.6)
    notes = ["C5", "E5", "G5", "C6", "E6"] if rising else ["G5", "E5", "D5", "C5", "G4"]
    for k, note in enumerate(notes):
        track.add(epiano(hz(note), 1.6), 0.07 * k, 0.45, pan=-0.4 + 0.2 * k)
    chord = "C" if rising else "G"
    track.add(pad([hz(n) for n in CHORDS[chord]], 2.2), 0.0, 0.4)
    track.add(kick(rng), 0.35, 0.7)
    track.add(cymbal(rng, 2.0), 0.35, 0.6)
    return track.finish(-3.0, fade_out_s=0.8)


def bed(progression: list[str], beat_s: float, seed: int, arpeggio: bool = True) -> np.ndarray:
    """A soft seamless loop (no drums): pad chords, a gentle sine bass and an optional quiet arpeggio."""
    rng = np.random.default_rng(seed)
    bar = 4 * beat_s
    track = Track(len(progression) * bar)
    for i, chord in enumerate(progression):
        t = i * bar
        track.add_wrapped(pad([hz(n) for n in CHORDS[chord]], bar + 0.8, cutoff_hz=1200), t - 0.2, 0.6)
        track.add_wrapped(bass(hz(ROOTS[chord]), bar * 0.95), t, 0.35)
        if arpeggio:
            for step in range(8):
                note = CHORDS[chord][step % len(CHORDS[chord])]
                up = note[:-1] + str(int(note[-1]) + 1)
                track.add_wrapped(epiano(hz(up), beat_s), t + step * beat_s / 2, 0.18 + 0.04 * rng.random(),
                                  pan=0.5 * np.sin(step))
    return track.finish(-9.0)


PIECES = {
    "jingles/intro.ogg": intro,
    "jingles/outro.ogg": outro,
    "jingles/stinger.ogg": lambda: stinger(True),
    "jingles/stinger-down.ogg": lambda: stinger(False),
    "beds/bed.ogg": lambda: bed(["C", "Am", "F", "G", "C", "Am", "Dm", "G"], 60 / 96, 5),
    "beds/bed-calm.ogg": lambda: bed(["Fmaj7", "Em", "Dm", "Cadd9"], 60 / 72, 6, arpeggio=False),
}


def write_ogg(path: Path, audio: np.ndarray, quality: float = 0.62) -> None:
    """OGG Vorbis, written to a temporary name then renamed; `quality` is libsndfile's compression level."""
    import soundfile as sf

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part.ogg")
    sf.write(str(tmp), audio, RATE, format="OGG", subtype="VORBIS", compression_level=quality)
    tmp.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ASSETS, help="assets folder (default: the repository's)")
    args = parser.parse_args()
    total = 0
    for rel, make in PIECES.items():
        audio = make()
        target = args.out / rel
        write_ogg(target, audio)
        size = target.stat().st_size
        total += size
        print(f"{rel}: {len(audio) / RATE:.1f} s, {size / 1024:.0f} KiB")
    print(f"total: {total / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
