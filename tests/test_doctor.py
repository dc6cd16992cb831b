"""`antenne doctor --report FILE`: versions, devices, settings, checks and log lines; no audio, no names."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from studio import logs
from tests.fixtures.privacy import assert_clean_error, make_small_workshop, run_cli

NAMES = ("Zébulon", "Anne-Sophie Martin")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _workshop_with_leaky_log(tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = make_small_workshop(tmp_path, names=NAMES)
    # Lines an older version (or a careless module) wrote with names in them.
    logs.log_dir().mkdir(parents=True, exist_ok=True)
    with open(logs.log_file(), "a", encoding="utf-8") as f:
        f.write("2026-01-01 10:00:00 INFO antenne.old: imported t001 for Zébulon (marker-line-42)\n")
        f.write("2026-01-01 10:00:01 ERROR antenne.old: No participant named anne-sophie martin\n")
        f.write("2026-01-01 10:00:02 INFO antenne.old: ZEBULON consent -> publish; Martin too\n")
    return ws


def test_report_has_what_helps_and_nothing_private(tmp_path: Path) -> None:
    ws = _workshop_with_leaky_log(tmp_path)
    out = tmp_path / "report.txt"
    proc = run_cli("doctor", "--report", str(out))
    assert proc.returncode == 0, proc.stderr
    assert str(out) in proc.stdout
    raw = out.read_bytes()
    text = raw.decode("utf-8")  # text only
    for needed in ("## Versions", "python: 3.", "antenne: ", "numpy: ", "soundfile: ", "libsndfile: ",
                   "faster-whisper: ", "ffmpeg", "## Audio devices", "## Settings", "antenne_home: ",
                   "## Checks", "Disk space", "## Last 200 log lines", "marker-line-42", "started"):
        assert needed in text, needed
    folded = _fold(text)
    for name in (*NAMES, "Zebulon", "Anne-Sophie", "Martin", "Nadia Facilitatrice"):
        assert _fold(name) not in folded, name
    assert "[participant]" in text
    # no audio: no container magic, no window of any recording's bytes
    for magic in (b"RIFF", b"fLaC", b"OggS", b"ID3"):
        assert magic not in raw
    for media in (ws.path / "media").iterdir():
        data = media.read_bytes()
        for start in range(1000, len(data) - 64, len(data) // 8):
            assert data[start:start + 32] not in raw
    assert len(raw) < 200_000


def test_report_as_json(tmp_path: Path) -> None:
    _workshop_with_leaky_log(tmp_path)
    out = tmp_path / "report.json"
    proc = run_cli("doctor", "--report", str(out), "--lang", "fr")
    assert proc.returncode == 0, proc.stderr
    assert "Rapport de diagnostic" in proc.stdout
    data = json.loads(out.read_text("utf-8"))
    assert "Versions" in data and "Checks" in data
    assert any("marker-line-42" in line for line in data["Last 200 log lines"])
    assert "zebulon" not in _fold(out.read_text("utf-8"))


def test_report_refuses_a_folder(tmp_path: Path) -> None:
    line = assert_clean_error(run_cli("doctor", "--report", str(tmp_path)))
    assert "is a folder" in line


def test_build_report_in_process(tmp_path: Path) -> None:
    from studio.diagnostics import Check, build_report

    make_small_workshop(tmp_path, names=("Philibert",))
    text = build_report([Check("Test check for Philibert", True, "fine")])
    assert "Test check for [participant]: fine" in text and "Philibert" not in text
