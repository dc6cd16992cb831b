"""The log file: in the user data dir, rotating, command names only, participant names scrubbed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from studio import logs
from studio.settings import log_dir
from tests.fixtures.privacy import make_small_workshop, run_cli


@pytest.fixture(autouse=True)
def _fresh_logging():
    logs.shutdown_logging()
    yield
    logs.shutdown_logging()


def test_setup_writes_the_command_name_only(antenne_home: Path) -> None:
    from studio.cli import cli

    path = logs.setup_logging(argv=["participant", "add", "/home/x/atelier-zoe", "Zoé", "--consent", "publish"],
                              commands=cli)
    assert path == log_dir() / "antenne.log" and path.parent.parent == antenne_home
    text = path.read_text("utf-8")
    assert "started" in text and "participant add" in text
    assert "Zoé" not in text and "atelier-zoe" not in text and "publish" not in text


def test_names_of_recent_workshops_are_scrubbed(tmp_path: Path) -> None:
    make_small_workshop(tmp_path, names=("Zébulon", "Anne-Sophie Martin"))
    path = logs.setup_logging(argv=[])
    log = logging.getLogger("antenne.test")
    log.info("imported t001 for Zébulon")
    log.warning("ZEBULON and zebulon and anne-sophie martin, Martin, Anne-Sophie")
    try:
        raise ValueError("failed for Zébulon")
    except ValueError:
        log.exception("boom")
    log.info("the word Zébulonesque is not a name")
    text = path.read_text("utf-8")
    assert "imported t001 for [participant]" in text
    for leaked in ("Zébulon ", "ZEBULON", "zebulon ", "Martin", "Anne-Sophie", "failed for Zébulon"):
        assert leaked not in text, leaked
    assert "Zébulonesque" in text  # whole words only
    assert "Nadia" not in text  # the facilitator is a person too


def test_names_added_during_the_run_are_scrubbed(tmp_path: Path) -> None:
    path = logs.setup_logging(argv=[])
    logs.add_private_names(["Yasmina"])
    logging.getLogger("antenne.test").info("Yasmina recorded t003")
    assert "Yasmina" not in path.read_text("utf-8")


def test_rotation_keeps_a_bounded_number_of_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    logs.setup_logging(argv=[])
    log = logging.getLogger("antenne.test")
    for i in range(400):
        log.info("line %d %s", i, "x" * 40)
    files = logs.log_files()
    assert len(files) == logs.BACKUP_COUNT + 1
    assert all(f.stat().st_size <= 2200 for f in files)
    assert logs.recent_lines(3)[-1].endswith("line 399 " + "x" * 40)


def test_scrub_log_files_after_an_erasure() -> None:
    logs.setup_logging(argv=[])
    logging.getLogger("antenne.test").info("consent changed for Gaspard")  # not known yet: written
    logs.shutdown_logging()
    assert "Gaspard" in logs.log_file().read_text("utf-8")
    assert logs.scrub_log_files(["Gaspard"]) == 1
    assert "Gaspard" not in logs.log_file().read_text("utf-8")


def test_unwritable_log_dir_does_not_stop_anything(antenne_home: Path) -> None:
    (antenne_home / "logs").write_text("a file where the folder should be")
    assert logs.setup_logging(argv=[]) is None
    logging.getLogger("antenne.test").info("nothing happens")


def test_cli_commands_log_without_names(tmp_path: Path) -> None:
    ws = tmp_path / "atelier"
    assert run_cli("new", str(ws), "--title", "T").returncode == 0
    assert run_cli("participant", "add", str(ws), "Philomène", "--consent", "workshop").returncode == 0
    assert run_cli("participant", "consent", str(ws), "Philomène", "publish").returncode == 0
    bad = run_cli("participant", "consent", str(ws), "Philomène", "everything")
    assert bad.returncode == 2
    text = logs.log_file().read_text("utf-8")
    assert text.count("started") == 4 and "participant consent" in text
    assert "Philom" not in text
