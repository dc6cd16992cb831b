"""`antenne episode list|add|move|remove|crossfade` on a real demo workshop, through the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from studio.project import load_workshop
from studio.project.store import WORKSHOP_FILE
from tests.fixtures.cli import assert_one_error_line


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("episode-cli") / "demo"
    proc = subprocess.run([sys.executable, "cli.py", "demo", "--no-ui", "--dir", str(folder), "--lang", "en"],
                          capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "ANTENNE_HOME": str(folder.parent / "home")})
    assert proc.returncode == 0, proc.stderr
    return folder


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_template, tmp_path / "demo"))


def _listed(antenne, folder: Path) -> dict:  # type: ignore[no-untyped-def]
    proc = antenne("episode", "list", str(folder), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_list_shows_the_demo_running_order(antenne, demo: Path) -> None:
    data = _listed(antenne, demo)
    w = load_workshop(demo)
    ep = w.episode()
    assert data["episode"]["id"] == ep.id and data["episode"]["bed"] == (ep.bed or None)
    assert [i["ref"] for i in data["items"]] == [i.ref for i in ep.items]
    assert [i["position"] for i in data["items"]] == list(range(1, len(ep.items) + 1))
    takes = [i for i in data["items"] if i["kind"] == "take"]
    assert takes and all(i["participant"] == w.take(i["ref"]).participant for i in takes)
    assert all(i["duration_s"] > 0 for i in data["items"]) and data["duration_s"] > 0
    text = antenne("episode", "list", str(demo))
    assert text.returncode == 0 and ep.title in text.stdout
    assert antenne("episode", "list", str(demo), lang="fr").stdout.startswith("Épisode")


def test_add_move_crossfade_remove_round_trip(antenne, demo: Path) -> None:
    w = load_workshop(demo)
    refs = [i.ref for i in w.episode().items]
    unconsented = next(t for t in w.takes if w.participant(t.participant).consent != "publish")
    proc = antenne("episode", "add", str(demo), unconsented.id, "stinger", "--at", "2")
    assert proc.returncode == 0, proc.stderr
    assert unconsented.participant in proc.stderr and "warning:" in proc.stderr  # consent shown, not refused
    assert _refs(demo) == refs[:1] + [unconsented.id, "jingles/stinger.ogg"] + refs[1:]
    data = _listed(antenne, demo)
    assert data["items"][1]["consent"] == w.participant(unconsented.participant).consent
    assert any(unconsented.participant in text for text in data["warnings"])
    assert antenne("episode", "move", str(demo), "2", str(len(refs) + 2)).returncode == 0
    assert _refs(demo) == refs[:1] + ["jingles/stinger.ogg"] + refs[1:] + [unconsented.id]
    assert antenne("episode", "crossfade", str(demo), "2", "0.75").returncode == 0
    assert load_workshop(demo).episode().items[1].crossfade_s == 0.75
    assert antenne("episode", "remove", str(demo), "2", str(len(refs) + 2)).returncode == 0
    assert _refs(demo) == refs
    proc = antenne("episode", "add", str(demo), refs[1] if refs[1].startswith("t") else w.takes[0].id)
    assert proc.returncode == 0 and "more than once" in proc.stderr


def test_bed_is_chosen_and_removed(antenne, demo: Path) -> None:
    assert antenne("episode", "add", str(demo), "--bed", "bed-calm").returncode == 0
    assert load_workshop(demo).episode().bed == "beds/bed-calm.ogg"
    assert antenne("episode", "remove", str(demo), "--bed").returncode == 0
    assert load_workshop(demo).episode().bed == ""
    assert _listed(antenne, demo)["episode"]["bed"] is None


def _refs(folder: Path) -> list[str]:
    return [i.ref for i in load_workshop(folder).episode().items]


@pytest.mark.parametrize(("args", "fragment"), [
    (["add", "{dir}", "t999"], "t999"),
    (["add", "{dir}", "intro", "--at", "99"], "99"),
    (["add", "{dir}"], "Nothing to add"),
    (["add", "{dir}", "--bed", "nope"], "nope"),
    (["move", "{dir}", "1", "99"], "99"),
    (["remove", "{dir}", "0"], "item 0"),
    (["remove", "{dir}"], "Nothing to remove"),
    (["crossfade", "{dir}", "1", "1"], "first item"),
    (["crossfade", "{dir}", "2", "12"], "12"),
    (["crossfade", "{dir}", "2", "nan"], "nan"),
    (["crossfade", "{dir}", "2", "-1"], "-1"),
    (["move", "{dir}", "-1", "2"], "item -1"),
    (["list", "{dir}", "--episode", "e42"], "e42"),
])
def test_bad_input_is_one_line_and_changes_nothing(antenne, demo: Path, args: list[str], fragment: str) -> None:
    before = (demo / WORKSHOP_FILE).read_bytes()
    proc = antenne("episode", *[a.format(dir=demo) for a in args])
    assert_one_error_line(proc, fragment)
    assert (demo / WORKSHOP_FILE).read_bytes() == before


def test_french_error_and_not_a_workshop(antenne, demo: Path, tmp_path: Path) -> None:
    proc = antenne("episode", "move", str(demo), "1", "99", lang="fr")
    assert_one_error_line(proc, "Il n'y a pas d'élément 99")
    assert_one_error_line(antenne("episode", "list", str(tmp_path / "nowhere")), "not an Antenne workshop")
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / WORKSHOP_FILE).write_text('{"schema_version": 1, "episodes": [{"id": 3}]}')
    assert_one_error_line(antenne("episode", "list", str(damaged)))
    proc = antenne("episode", "add", "--help")
    assert proc.returncode == 0 and "--at" in proc.stdout and "--bed" in proc.stdout


@pytest.mark.parametrize("items", [
    [{"kind": "take", "ref": 5}],
    [{"kind": "take", "ref": "t001", "crossfade_s": "x"}],
    [{"kind": "take", "ref": "t001", "title": ["a"]}],
    [{"kind": "asset", "ref": "jingles/intro.ogg", "crossfade_s": True}],
])
def test_hand_edited_items_of_the_wrong_type_are_a_damaged_file(antenne, demo: Path, items: list) -> None:
    data = json.loads((demo / WORKSHOP_FILE).read_text(encoding="utf-8"))
    data["episodes"][0]["items"] = items
    (demo / WORKSHOP_FILE).write_text(json.dumps(data), encoding="utf-8")
    before = (demo / WORKSHOP_FILE).read_bytes()
    for args in (["list", str(demo)], ["crossfade", str(demo), "2", "1"]):
        assert_one_error_line(antenne("episode", *args), "damaged", "antenne restore")
    assert (demo / WORKSHOP_FILE).read_bytes() == before


def test_a_path_outside_the_assets_is_refused_on_load_never_read(antenne, demo: Path) -> None:
    data = json.loads((demo / WORKSHOP_FILE).read_text(encoding="utf-8"))
    data["episodes"][0]["items"].append({"kind": "asset", "ref": "../../../../../etc/hostname"})
    (demo / WORKSHOP_FILE).write_text(json.dumps(data), encoding="utf-8")
    before = (demo / WORKSHOP_FILE).read_bytes()
    proc = antenne("episode", "list", str(demo), "--json")
    assert_one_error_line(proc, "items[5].ref", "antenne restore")
    assert (demo / WORKSHOP_FILE).read_bytes() == before


def test_a_new_workshop_gets_its_first_episode_from_add(antenne, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    assert antenne("new", str(folder), "--title", "Empty").returncode == 0
    before = (folder / WORKSHOP_FILE).read_bytes()
    assert_one_error_line(antenne("episode", "list", str(folder)), "no episode yet", "antenne episode add")
    assert_one_error_line(antenne("episode", "remove", str(folder), "1"), "no episode yet")
    assert (folder / WORKSHOP_FILE).read_bytes() == before
    proc = antenne("episode", "add", str(folder), "intro", "outro")
    assert proc.returncode == 0, proc.stderr
    data = _listed(antenne, folder)
    assert data["episode"]["id"] == "e1" and [i["ref"] for i in data["items"]] == [
        "jingles/intro.ogg", "jingles/outro.ogg"]
