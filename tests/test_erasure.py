"""Erasure reaches every copy: a take with a marker tone and a spoken name goes through edit, transcription,
export and pack; after `participant forget`, a byte search finds neither the marker's samples nor the name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

from studio.edit import cut, load_edit_list, save_edit_list
from studio.project import Episode, EpisodeItem, create_workshop, load_workshop, save_workshop
from studio.project.archive import pack_workshop
from studio.project.media import import_files
from studio.settings import antenne_home
from studio.transcribe.workshop import transcribe_take
from studio.usecases.export import ExportJob, ExportOptions
from tests.fixtures.speech import SPEECH_RATE, speak

NAME = "Xanthippe"


def marker_tone(seconds: float = 0.6) -> np.ndarray:
    """A distinctive two-tone chirp (1234 Hz + 3210 Hz), quantised to 16 bits so its bytes are exact."""
    t = np.arange(int(seconds * SPEECH_RATE)) / SPEECH_RATE
    x = 0.2 * np.sin(2 * np.pi * 1234 * t) + 0.15 * np.sin(2 * np.pi * 3210 * t)
    return (np.round(x * 32767) / 32767).astype(np.float32)


def files_under(*roots: Path) -> list[Path]:
    out = []
    for root in roots:
        if root.is_file():
            out.append(root)
        elif root.is_dir():
            out += [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    return out


def test_forget_erases_every_copy(tmp_path: Path) -> None:
    w = create_workshop(tmp_path / "ws", "Flash", language="fr")
    w.add_participant(NAME, consent="publish", role="journalist")
    w.add_participant("Bastien", consent="publish", role="presenter")
    save_workshop(w)
    speech = speak(f"Bonjour, je m'appelle {NAME}. Voici les nouvelles du quartier.", "fr-FR")
    marker = marker_tone()
    take_audio = np.concatenate([np.zeros(4000, np.float32), speech, np.zeros(4000, np.float32), marker,
                                 np.zeros(4000, np.float32)])
    src = tmp_path / "secret.wav"
    sf.write(src, take_audio, SPEECH_RATE, subtype="PCM_16")
    other = tmp_path / "other.wav"
    sf.write(other, speak("Et maintenant, la météo du week-end.", "fr-FR"), SPEECH_RATE, subtype="PCM_16")
    (secret_take,) = import_files(w, [src], NAME)
    (other_take,) = import_files(w, [other], "Bastien")
    # Edit: cut the silence before the marker (an edit list and its history now name the take).
    w = load_workshop(w.path)
    edit = load_edit_list(w, secret_take.id)
    pre_marker_s = (4000 + len(speech)) / SPEECH_RATE
    save_edit_list(w, secret_take.id, cut(edit, pre_marker_s, pre_marker_s + 0.1))
    # Transcribe both takes (the transcripts carry the speaker's name).
    transcribe_take(w, secret_take.id, language="fr")
    transcribe_take(w, other_take.id, language="fr")
    w.episodes.append(Episode(id="e1", slug="flash", title="Flash", items=[
        EpisodeItem(kind="take", ref=secret_take.id, title=NAME),
        EpisodeItem(kind="take", ref=other_take.id, title="Bastien"),
    ], credits=f"{NAME} et Bastien"))
    save_workshop(w)
    outdir = tmp_path / "podcast"
    ExportJob(load_workshop(w.path), ExportOptions(outdir, format="wav")).run()
    pack_file = outdir / "atelier.antenne.zip"
    pack_workshop(w.path, pack_file)
    assert any(NAME.encode() in p.read_bytes() for p in files_under(outdir))  # it really was everywhere

    proc = subprocess.run([sys.executable, "-m", "studio", "participant", "forget", str(w.path), NAME,
                           "--lang", "en"], capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "media/" in proc.stdout

    marker_bytes = (np.round(marker * 32767).astype("<i2")).tobytes()
    probes = [marker_bytes[i:i + 64] for i in range(2000, len(marker_bytes) - 64, 3000)]
    needles = [NAME.encode(), NAME.lower().encode(), NAME.upper().encode(), NAME.encode("utf-16-le")]
    for path in files_under(w.path, antenne_home(), outdir, pack_file):
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} still in {path}"
        for probe in probes:
            assert probe not in data, f"marker samples still in {path}"
    final = load_workshop(w.path)
    assert [p.name for p in final.participants] == ["Bastien"]
    assert [t.id for t in final.takes] == [other_take.id]
    assert final.episodes[0].take_ids() == [other_take.id]
    assert not pack_file.exists()
    assert "erasure" in final.log[-1].event
