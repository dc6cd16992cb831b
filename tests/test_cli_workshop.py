"""The command line of the foundation: new, participant, import, demo, restore, plan, devices, doctor."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from studio.project import load_workshop
from studio.project.store import WORKSHOP_FILE
from tests.fixtures.cli import assert_one_error_line


@pytest.fixture
def ws(antenne, tmp_path: Path) -> Path:
    folder = tmp_path / "ateliers" / "2026-02-06-radio"
    proc = antenne("new", str(folder), "--title", "Flash info du mardi", "--template", "flash-info")
    assert proc.returncode == 0, proc.stderr
    return folder


def test_new_participant_import_end_to_end(antenne, ws: Path, audio_formats: dict[str, Path]) -> None:
    assert antenne("participant", "add", str(ws), "Amina", "--consent", "publish", "--role", "presenter").returncode == 0
    proc = antenne("import", str(ws), str(audio_formats["m4a"]), str(audio_formats["opus"]), "--participant", "Amina")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["t001", "t002"]
    w = load_workshop(ws)
    assert [t.original_name for t in w.takes] == ["voice note.m4a", "note.opus"]
    assert w.participants[0].role == "presenter"


def test_new_in_french_and_plan_sheet(antenne, tmp_path: Path) -> None:
    proc = antenne("new", str(tmp_path / "w"), "--title", "Débat", "--template", "debat", lang="fr")
    assert proc.returncode == 0 and "Atelier créé" in proc.stdout
    proc = antenne("plan", str(tmp_path / "w"), "-o", str(tmp_path / "plan.html"), lang="fr")
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "plan.html").read_text(encoding="utf-8")
    assert "Débat" in html and "Préparer les arguments" in html and "<table>" in html


@pytest.mark.parametrize("template", ["flash-info", "micro-trottoir", "chronique", "debat"])
def test_every_template_creates_a_workshop(antenne, tmp_path: Path, template: str) -> None:
    proc = antenne("new", str(tmp_path / template), "--title", "T", "--template", template)
    assert proc.returncode == 0, proc.stderr
    w = load_workshop(tmp_path / template)
    assert w.plan and all(s.title.get("fr") and s.title.get("en") and s.note.get("fr") for s in w.plan)


def test_unknown_template(antenne, tmp_path: Path) -> None:
    assert_one_error_line(antenne("new", str(tmp_path / "x"), "--title", "T", "--template", "opera"), "opera")
    assert not (tmp_path / "x").exists()


def test_consent_change_is_logged(antenne, ws: Path) -> None:
    antenne("participant", "add", str(ws), "Bastien")
    proc = antenne("participant", "consent", str(ws), "bastien", "publish")
    assert proc.returncode == 0 and "none -> publish" in proc.stdout
    log = load_workshop(ws).participant("Bastien").consent_log
    assert [c.level for c in log] == ["none", "publish"] and all(c.date for c in log)


def test_errors_are_one_line_with_exit_1(antenne, ws: Path, tmp_path: Path, audio_formats: dict[str, Path]) -> None:
    antenne("participant", "add", str(ws), "Amina", "--consent", "publish")
    assert_one_error_line(antenne("participant", "add", str(ws), "amina"), "already")
    assert_one_error_line(antenne("participant", "consent", str(ws), "Nobody", "publish"), "Nobody")
    assert_one_error_line(antenne("import", str(ws), str(tmp_path / "missing.wav"), "--participant", "Amina"),
                          "missing.wav")
    assert_one_error_line(antenne("import", str(ws), str(audio_formats["text_as_wav"]), "--participant", "Amina"),
                          "notes.wav")
    assert_one_error_line(antenne("participant", "add", str(tmp_path / "nowhere"), "X"), "not an Antenne workshop")
    antenne("participant", "add", str(ws), "Zoé")
    assert_one_error_line(antenne("import", str(ws), str(audio_formats["wav"]), "--participant", "Zoé"),
                          "consent")
    assert load_workshop(ws).takes == []


def test_error_lines_in_french(antenne, tmp_path: Path) -> None:
    proc = antenne("participant", "add", str(tmp_path / "nowhere"), "X", lang="fr")
    assert_one_error_line(proc, "n'est pas un atelier Antenne")


def test_usage_errors_exit_2(antenne, ws: Path) -> None:
    assert antenne("participant", "consent", str(ws), "Amina", "maybe").returncode == 2
    assert antenne("frobnicate").returncode == 2
    assert antenne("import", str(ws)).returncode == 2


def test_debug_shows_the_traceback(antenne, tmp_path: Path) -> None:
    proc = antenne("participant", "add", str(tmp_path / "nowhere"), "X", "--debug")
    assert proc.returncode == 1 and "Traceback" in proc.stderr


def test_help_everywhere_in_both_languages(antenne) -> None:
    for args in (["--help"], ["import", "--help"], ["participant", "add", "--help"], ["loudness", "--help"]):
        en, fr = antenne(*args), antenne(*args, lang="fr")
        assert en.returncode == 0 and fr.returncode == 0
        assert "--lang" in en.stdout and en.stdout != fr.stdout
    assert "Copier des enregistrements" in antenne("import", "--help", lang="fr").stdout
    # click's own options too (--version's help was fixed in French whatever --lang said)
    en, fr = antenne("--help"), antenne("--help", lang="fr")
    assert "Show the version and exit." in en.stdout and "Afficher" not in en.stdout, en.stdout
    assert "Afficher la version et quitter." in fr.stdout and "Show the" not in fr.stdout, fr.stdout


def test_forget_removes_takes_and_derived_files(antenne, ws: Path, audio_formats: dict[str, Path]) -> None:
    antenne("participant", "add", str(ws), "Amina", "--consent", "publish")
    antenne("participant", "add", str(ws), "Bastien", "--consent", "publish")
    antenne("import", str(ws), str(audio_formats["wav"]), "--participant", "Amina")
    antenne("import", str(ws), str(audio_formats["flac"]), "--participant", "Bastien")
    (ws / "transcripts" / "t001.json").write_text('{"speaker": "Amina"}', encoding="utf-8")
    (ws / "derived" / "t001-peaks-256.npy").write_bytes(b"x")
    (ws / "recording").mkdir(exist_ok=True)
    (ws / "recording" / "t009.journal.json").write_text('{"take_id": "t009", "participant": "Amina"}')
    (ws / "recording" / "t009.wav").write_bytes(b"RIFF")
    proc = antenne("participant", "forget", str(ws), "amina")
    assert proc.returncode == 0, proc.stderr
    assert "media/t001.wav" in proc.stdout and "transcripts/t001.json" in proc.stdout
    assert "recording/t009.wav" in proc.stdout and not (ws / "recording" / "t009.journal.json").exists()
    w = load_workshop(ws)
    assert [p.name for p in w.participants] == ["Bastien"] and [t.id for t in w.takes] == ["t002"]
    for root, _dirs, files in os.walk(ws):
        for f in files:
            assert b"Amina" not in (Path(root) / f).read_bytes(), f
    assert "erasure" in w.log[-1].event and "Amina" not in w.log[-1].event


def test_restore_command(antenne, ws: Path) -> None:
    antenne("participant", "add", str(ws), "Amina")
    (ws / WORKSHOP_FILE).write_text("{not json", encoding="utf-8")
    assert_one_error_line(antenne("participant", "add", str(ws), "B"), "damaged", "antenne restore")
    proc = antenne("restore", str(ws))
    assert proc.returncode == 0, proc.stderr
    assert load_workshop(ws).title == "Flash info du mardi"


def test_demo_no_ui(antenne, tmp_path: Path) -> None:
    proc = antenne("demo", "--dir", str(tmp_path / "demo"), "--no-ui")
    assert proc.returncode == 0, proc.stderr
    w = load_workshop(Path(proc.stdout.strip()))
    assert len(w.participants) == 3 and len(w.takes) >= 4
    assert any(p.consent != "publish" for p in w.participants)
    episode = w.episodes[0]
    for take_id in episode.take_ids():
        assert w.participant(w.take(take_id).participant).consent == "publish"
    default = antenne("demo", "--no-ui", lang="fr")
    assert default.returncode == 0
    assert Path(os.environ["ANTENNE_HOME"]) in Path(default.stdout.strip()).parents
    assert load_workshop(Path(default.stdout.strip())).title.startswith("Atelier")


def test_devices_and_doctor_do_not_crash(antenne) -> None:
    devices = antenne("devices")
    assert devices.returncode in (0, 1) and "Traceback" not in devices.stderr
    doctor = antenne("doctor")
    assert doctor.returncode == 0, doctor.stderr
    assert "ffmpeg" in doctor.stdout and "PortAudio" in doctor.stdout


def test_json_of_workshop_is_readable(ws: Path) -> None:
    data = json.loads((ws / WORKSHOP_FILE).read_text(encoding="utf-8"))
    assert data["title"] == "Flash info du mardi" and data["template"] == "flash-info"
