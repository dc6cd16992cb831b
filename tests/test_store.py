"""The workshop store: atomic saves (even when killed mid-write), backups, damaged files, newer schemas."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studio.errors import WorkshopDamaged, WorkshopError, WorkshopTooNew
from studio.project import create_workshop, load_workshop, restore_backup, save_workshop
from studio.project.model import SCHEMA_VERSION
from studio.project.store import BACKUP_DIR, KEEP_BACKUPS, WORKSHOP_FILE


def test_create_and_reload_round_trip(tmp_path: Path) -> None:
    w = create_workshop(tmp_path / "w", "Flash info du mardi", template="flash-info", institution="Médiathèque")
    w.add_participant("Amina", consent="publish", role="presenter")
    w.set_consent("amina", "workshop", by="Sam")
    save_workshop(w)
    again = load_workshop(tmp_path / "w")
    assert again == w
    assert [c.level for c in again.participants[0].consent_log] == ["publish", "workshop"]
    assert again.participants[0].consent_log[1].by == "Sam"
    assert sum(s.minutes for s in again.plan) == 120
    data = json.loads((tmp_path / "w" / WORKSHOP_FILE).read_text(encoding="utf-8"))
    assert next(iter(data)) == "schema_version"


def test_refuses_to_overwrite_a_workshop(tmp_path: Path) -> None:
    create_workshop(tmp_path / "w", "A")
    with pytest.raises(WorkshopError):
        create_workshop(tmp_path / "w", "B")
    assert load_workshop(tmp_path / "w").title == "A"


def test_backups_are_kept_and_rotated(tmp_path: Path) -> None:
    w = create_workshop(tmp_path / "w", "A")
    for i in range(KEEP_BACKUPS + 3):
        w.title = f"v{i}"
        save_workshop(w)
    backups = sorted((tmp_path / "w" / BACKUP_DIR).glob("workshop.*.json"))
    assert len(backups) == KEEP_BACKUPS
    assert json.loads(backups[-1].read_text())["title"] == f"v{KEEP_BACKUPS + 1}"


def test_damaged_file_is_reported_and_restored(tmp_path: Path) -> None:
    w = create_workshop(tmp_path / "w", "Good title")
    w.title = "Second"
    save_workshop(w)
    file = tmp_path / "w" / WORKSHOP_FILE
    file.write_text('{"schema_version": 1, "title": "broken', encoding="utf-8")
    with pytest.raises(WorkshopDamaged) as err:
        load_workshop(tmp_path / "w")
    assert "antenne restore" in err.value.hint
    restore_backup(tmp_path / "w")
    assert load_workshop(tmp_path / "w").title == "Good title"
    assert list((tmp_path / "w" / BACKUP_DIR).glob("damaged.*.json"))


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    w = create_workshop(tmp_path / "w", "A")
    file = tmp_path / "w" / WORKSHOP_FILE
    data = json.loads(file.read_text())
    data["schema_version"] = SCHEMA_VERSION + 1
    data["something_new"] = {"x": 1}
    file.write_text(json.dumps(data), encoding="utf-8")
    before = file.read_bytes()
    with pytest.raises(WorkshopTooNew) as err:
        load_workshop(tmp_path / "w")
    assert "newer version" in err.value.message
    with pytest.raises(WorkshopTooNew):
        save_workshop(w)
    assert file.read_bytes() == before


def test_failure_during_save_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = create_workshop(tmp_path / "w", "Before")
    before = (tmp_path / "w" / WORKSHOP_FILE).read_bytes()

    def crash(*args: object, **kwargs: object) -> None:
        raise OSError("disk unplugged")

    w.title = "After"
    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        save_workshop(w)
    monkeypatch.undo()
    assert (tmp_path / "w" / WORKSHOP_FILE).read_bytes() == before
    assert not list((tmp_path / "w").glob(".workshop*"))


KILL_SCRIPT = """
import sys
from studio.project import load_workshop, save_workshop
w = load_workshop(sys.argv[1])
w.facilitator = "x" * 2_000_000
print("ready", flush=True)
while True:
    save_workshop(w)
"""


def test_killed_mid_save_leaves_a_valid_workshop(tmp_path: Path) -> None:
    w = create_workshop(tmp_path / "w", "Killed")
    for i in range(40):
        w.add_participant(f"P{i}", consent="workshop")
    save_workshop(w)
    for delay in (0.05, 0.2, 0.45):
        proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(tmp_path / "w")], stdout=subprocess.PIPE)
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        again = load_workshop(tmp_path / "w")  # parses: either the old or a complete new version
        assert again.title == "Killed" and len(again.participants) == 40


def test_concurrent_saves_are_merged_not_lost(tmp_path: Path, audio_formats: dict[str, Path]) -> None:
    """The TUI holds a copy while the CLI (or a worker) imports a take: neither change is lost."""
    from studio.project.media import import_files

    create_workshop(tmp_path / "w", "Merge")
    cli = load_workshop(tmp_path / "w")
    cli.add_participant("Amina", consent="publish")
    save_workshop(cli)
    tui = load_workshop(tmp_path / "w")  # the UI's copy
    worker = load_workshop(tmp_path / "w")
    import_files(worker, [audio_formats["wav"]], "Amina")  # another process adds a take
    tui.current_step = 3  # the UI moves on in the plan, from its stale copy
    tui.add_participant("Bastien", consent="workshop")
    save_workshop(tui)
    final = load_workshop(tmp_path / "w")
    assert final.current_step == 3
    assert [p.name for p in final.participants] == ["Amina", "Bastien"]
    assert [t.id for t in final.takes] == ["t001"]
    assert tui.takes and tui.takes[0].id == "t001"  # the saved copy now reflects the merge
    assert final.revision == tui.revision


def test_removal_elsewhere_is_not_undone_by_a_stale_copy(tmp_path: Path, audio_formats: dict[str, Path]) -> None:
    from studio.project.erase import forget_participant
    from studio.project.media import import_files

    w = create_workshop(tmp_path / "w", "Erase")
    w.add_participant("Amina", consent="publish")
    w.add_participant("Chloé", consent="publish")
    save_workshop(w)
    import_files(load_workshop(tmp_path / "w"), [audio_formats["wav"]], "Amina")
    stale = load_workshop(tmp_path / "w")
    forget_participant(load_workshop(tmp_path / "w"), "Amina")
    stale.title = "Renamed"
    save_workshop(stale)
    final = load_workshop(tmp_path / "w")
    assert final.title == "Renamed"
    assert [p.name for p in final.participants] == ["Chloé"] and final.takes == []
    assert any("erasure" in e.event for e in final.log)
