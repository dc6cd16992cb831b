"""Workshop packs: a good pack round-trips bit-exact; unsafe or damaged archives are refused, nothing written."""

from __future__ import annotations

import io
import json
import stat
import tarfile
import uuid
import warnings
import zipfile
from pathlib import Path

import pytest

from studio.errors import ArchiveError, StudioError, WorkshopError, WorkshopTooNew
from studio.project import archive, load_workshop
from studio.project.archive import MANIFEST, pack_workshop, unpack_workshop
from tests.fixtures.privacy import SmallWorkshop, assert_clean_error, run_cli, tree


def _snapshot_for_pack(folder: Path, with_derived: bool = False) -> dict[str, str]:
    return {k: v for k, v in tree(folder).items()
            if not k.startswith(".") and (with_derived or not k.startswith("derived"))
            and v != "dir"}


def _add_readable_files(ws: Path) -> None:
    (ws / "transcripts" / "t001.json").write_text(json.dumps({"segments": [{"text": "Bonjour"}]}), "utf-8")
    (ws / "edits" / "t001-edit.json").write_text('{"regions": []}', "utf-8")
    (ws / "derived" / "t001.peaks").write_bytes(bytes(range(256)) * 40)


def test_pack_round_trips_bit_exact(pv_workshop: SmallWorkshop, tmp_path: Path) -> None:
    ws = pv_workshop.path
    _add_readable_files(ws)
    before = _snapshot_for_pack(ws)
    result = pack_workshop(ws, tmp_path / "out" / "atelier.zip")
    assert result.archive.is_file() and result.files == len(before)
    with zipfile.ZipFile(result.archive) as zf:
        names = zf.namelist()
        assert names[0] == MANIFEST
        assert not any(n.startswith((".backups", "derived")) for n in names)
        manifest = json.loads(zf.read(MANIFEST))
        assert manifest["format"] == "antenne-pack"
        for entry in manifest["files"]:
            assert before[entry["path"]] == entry["sha256"]
        # audio is stored as is, readable files are deflated
        assert zf.getinfo("media/t001.wav").compress_type == zipfile.ZIP_STORED
        assert zf.getinfo("workshop.json").compress_type == zipfile.ZIP_DEFLATED
    target = tmp_path / "other-laptop" / "atelier"
    done = unpack_workshop(result.archive, target)
    assert done.folder == target
    after = _snapshot_for_pack(target)
    assert after == before
    assert not any(p.name.startswith(".") for p in target.parent.iterdir())  # no temp folder left
    w = load_workshop(target)
    assert [t.id for t in w.takes] == ["t001", "t002", "t003", "t004"]
    assert not (target / w.takes[0].file).stat().st_mode & stat.S_IWUSR  # originals stay read-only
    for sub in ("media", "derived", "transcripts", "edits"):
        assert (target / sub).is_dir()
    from studio.project.store import recent_workshops

    assert recent_workshops()[0] == target


def test_pack_with_derived_and_pack_is_recorded_for_erasure(pv_workshop: SmallWorkshop, tmp_path: Path) -> None:
    ws = pv_workshop.path
    _add_readable_files(ws)
    before = _snapshot_for_pack(ws, with_derived=True)
    out = tmp_path / "p.zip"
    pack_workshop(ws, out, include_derived=True)
    unpack_workshop(out, tmp_path / "copy")
    assert _snapshot_for_pack(tmp_path / "copy", with_derived=True) == before
    # The original now remembers the pack, so erasing a participant deletes it with the rest.
    w = load_workshop(ws)
    record = [r for r in w.exports if r.episode == "pack"]
    assert record and record[0].files == ["p.zip"] and set(record[0].participants) == {"Léa", "Bastien"}
    # ...but the unpacked copy does not act on folders of the other computer.
    assert load_workshop(tmp_path / "copy").exports == []
    from studio.project.erase import forget_participant

    removed = forget_participant(w, "Bastien")
    assert not out.exists(), removed


def test_pack_refuses_a_modified_recording(pv_workshop: SmallWorkshop, tmp_path: Path) -> None:
    media = pv_workshop.path / "media" / "t002.flac"
    media.chmod(0o644)
    data = bytearray(media.read_bytes())
    data[-10] ^= 0xFF
    media.write_bytes(bytes(data))
    with pytest.raises(ArchiveError, match="t002"):
        pack_workshop(pv_workshop.path, tmp_path / "p.zip")
    assert list(tmp_path.glob("*p.zip*")) == []


def test_pack_refuses_a_symlink_inside_the_workshop(pv_workshop: SmallWorkshop, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not for sharing")
    (pv_workshop.path / "transcripts" / "link.txt").symlink_to(secret)
    with pytest.raises(ArchiveError, match="link"):
        pack_workshop(pv_workshop.path, tmp_path / "p.zip")
    assert not (tmp_path / "p.zip").exists()


def test_pack_inside_the_workshop_does_not_pack_itself(pv_workshop: SmallWorkshop) -> None:
    out = pv_workshop.path / "atelier.zip"
    pack_workshop(pv_workshop.path, out)
    pack_workshop(pv_workshop.path, out)  # second time: the first pack must not be inside
    with zipfile.ZipFile(out) as zf:
        assert "atelier.zip" not in zf.namelist()


# -- hostile archives ------------------------------------------------------------------------------


@pytest.fixture
def good_pack(pv_workshop: SmallWorkshop, tmp_path: Path) -> Path:
    return pack_workshop(pv_workshop.path, tmp_path / "good.zip", record=False).archive


def _entries(pack: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(pack) as zf:
        return [(i, zf.read(i)) for i in zf.infolist()]


def _rebuild(pack: Path, out: Path, extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),  # type: ignore[assignment]
             list_extra: bool = True, change: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> Path:
    """Copy `pack` to `out` adding `extra` entries (listed in the manifest unless told), changing some
    contents (without updating the manifest) or dropping entries."""
    entries = _entries(pack)
    manifest = json.loads(dict((i.filename, d) for i, d in entries)[MANIFEST])
    if list_extra:
        import hashlib

        for info, data in extra:
            name = info.filename if isinstance(info, zipfile.ZipInfo) else info
            manifest["files"].append({"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for info, data in entries:
                if info.filename in drop:
                    continue
                if info.filename == MANIFEST:
                    data = json.dumps(manifest).encode()
                data = (change or {}).get(info.filename, data)
                zf.writestr(info, data)
            for info, data in extra:
                zf.writestr(info, data)
    return out


def _link(name: str, target: str, kind: int = stat.S_IFLNK) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (kind | 0o777) << 16
    return info, target.encode()


def _assert_refused(pack: Path, tmp_path: Path, match: str, error: type[Exception] = ArchiveError) -> None:
    parent = tmp_path / "laptop"
    parent.mkdir(exist_ok=True)
    before = tree(tmp_path)
    with pytest.raises(error, match=match):
        unpack_workshop(pack, parent / "atelier")
    assert tree(tmp_path) == before, "something was written"
    assert not (parent / "atelier").exists()


ESCAPE = f"evil-{uuid.uuid4().hex[:8]}.txt"


@pytest.mark.parametrize("name", [
    f"../{ESCAPE}", f"media/../../{ESCAPE}", f"media/../../../../../../tmp/{ESCAPE}", f"./{ESCAPE}",
])
def test_zip_slip_is_refused(good_pack: Path, tmp_path: Path, name: str) -> None:
    bad = _rebuild(good_pack, tmp_path / "bad.zip", [(name, b"owned")])
    _assert_refused(bad, tmp_path, "leaves its folder")
    assert not (tmp_path / ESCAPE).exists() and not Path("/tmp", ESCAPE).exists()


@pytest.mark.parametrize("name", [f"/tmp/{ESCAPE}", f"C:/{ESCAPE}", f"media\\..\\..\\{ESCAPE}", f"\\\\server\\{ESCAPE}"])
def test_absolute_and_windows_paths_are_refused(good_pack: Path, tmp_path: Path, name: str) -> None:
    bad = _rebuild(good_pack, tmp_path / "bad.zip", [(name, b"owned")])
    _assert_refused(bad, tmp_path, "absolute or non-portable")
    assert not Path("/tmp", ESCAPE).exists()


@pytest.mark.parametrize(("kind", "what"), [(stat.S_IFLNK, "link"), (stat.S_IFCHR, "char device"),
                                            (stat.S_IFIFO, "fifo"), (stat.S_IFBLK, "block device")])
def test_links_and_devices_are_refused(good_pack: Path, tmp_path: Path, kind: int, what: str) -> None:
    bad = _rebuild(good_pack, tmp_path / "bad.zip", [_link("media/t009.wav", "/etc/passwd", kind)])
    _assert_refused(bad, tmp_path, "link or a special file")


def test_symlink_directory_then_file_through_it_is_refused(good_pack: Path, tmp_path: Path) -> None:
    bad = _rebuild(good_pack, tmp_path / "bad.zip", [_link("media/up", str(tmp_path)), ("media/up/" + ESCAPE, b"x")])
    _assert_refused(bad, tmp_path, "link or a special file")
    assert not (tmp_path / ESCAPE).exists()


def test_zip_bomb_is_refused(good_pack: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    entries = _entries(good_pack)
    with zipfile.ZipFile(bomb, "w") as zf:
        for info, data in entries:
            zf.writestr(info, data)
        info = zipfile.ZipInfo("transcripts/t001.json")
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w") as f:  # 64 MB of zeros, about 64 KB compressed
            for _ in range(64):
                f.write(bytes(1024**2))
    assert bomb.stat().st_size < 2 * 1024**2
    _assert_refused(bomb, tmp_path, "zip bomb")


def test_absurd_declared_size_is_refused(good_pack: Path, tmp_path: Path) -> None:
    """A central directory that declares a 100 GB file (the data is not there)."""
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w", allowZip64=True) as zf:
        for info, data in _entries(good_pack):
            zf.writestr(info, data)
        zf.writestr("media/t009.wav", b"RIFF")
        zf.getinfo("media/t009.wav").file_size = 100 * 1024**3  # what the central directory will say
        zf.getinfo("media/t009.wav").compress_size = 4
    _assert_refused(forged, tmp_path, "far too large|zip bomb|more than")


def test_total_size_limit(good_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 50_000)
    _assert_refused(good_pack, tmp_path, "more than")


def test_too_many_entries(good_pack: Path, tmp_path: Path) -> None:
    many = [(f"transcripts/n{i:05d}.txt", b"") for i in range(archive.MAX_ENTRIES + 1)]
    bad = _rebuild(good_pack, tmp_path / "many.zip", many)
    _assert_refused(bad, tmp_path, "too many entries")


def test_entry_count_is_checked_before_the_directory_is_loaded(good_pack: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A directory of millions of entries would fill memory before any check: the end record is read first."""
    monkeypatch.setattr(archive, "MAX_ENTRIES", 3)

    def no_zipfile(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the whole directory was loaded")

    monkeypatch.setattr(archive.zipfile, "ZipFile", no_zipfile)
    _assert_refused(good_pack, tmp_path, "too many entries")


def test_oversized_workshop_file_is_refused(good_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_WORKSHOP_FILE_BYTES", 100)
    _assert_refused(good_pack, tmp_path, "too large")


def test_duplicate_names_are_refused(good_pack: Path, tmp_path: Path) -> None:
    bad = _rebuild(good_pack, tmp_path / "dup.zip", [("media/t001.wav", b"RIFF-other")], list_extra=False)
    _assert_refused(bad, tmp_path, "same name twice")
    bad2 = _rebuild(good_pack, tmp_path / "dup2.zip", [("MEDIA/T001.WAV", b"x")])
    _assert_refused(bad2, tmp_path, "same name twice")


def test_wrong_checksum_is_refused_and_nothing_is_left(good_pack: Path, tmp_path: Path) -> None:
    entries = dict((i.filename, d) for i, d in _entries(good_pack))
    last = sorted(n for n in entries if n.startswith("media/"))[-1]
    data = bytearray(entries[last])
    data[len(data) // 2] ^= 0x01
    bad = _rebuild(good_pack, tmp_path / "flip.zip", change={last: bytes(data)})
    _assert_refused(bad, tmp_path, "checksum .* does not match")


def test_workshop_file_pointing_outside_is_refused(good_pack: Path, tmp_path: Path) -> None:
    entries = dict((i.filename, d) for i, d in _entries(good_pack))
    data = json.loads(entries["workshop.json"])
    data["takes"][0]["file"] = "../../outside.wav"
    raw = json.dumps(data).encode()
    import hashlib

    manifest = json.loads(entries[MANIFEST])
    for e in manifest["files"]:
        if e["path"] == "workshop.json":
            e["size"], e["sha256"] = len(raw), hashlib.sha256(raw).hexdigest()
    bad = _rebuild(good_pack, tmp_path / "out.zip", change={"workshop.json": raw, MANIFEST: json.dumps(manifest).encode()})
    _assert_refused(bad, tmp_path, "outside the workshop folder")


def test_newer_schema_is_refused_before_media_are_copied(good_pack: Path, tmp_path: Path) -> None:
    entries = dict((i.filename, d) for i, d in _entries(good_pack))
    data = json.loads(entries["workshop.json"])
    data["schema_version"] = 99
    raw = json.dumps(data).encode()
    import hashlib

    manifest = json.loads(entries[MANIFEST])
    for e in manifest["files"]:
        if e["path"] == "workshop.json":
            e["size"], e["sha256"] = len(raw), hashlib.sha256(raw).hexdigest()
    bad = _rebuild(good_pack, tmp_path / "new.zip", change={"workshop.json": raw, MANIFEST: json.dumps(manifest).encode()})
    _assert_refused(bad, tmp_path, "newer version", WorkshopTooNew)


def test_hidden_and_unlisted_entries_are_refused(good_pack: Path, tmp_path: Path) -> None:
    _assert_refused(_rebuild(good_pack, tmp_path / "h.zip", [(".backups/workshop.x.json", b"{}")]), tmp_path,
                    "unexpected entry")
    _assert_refused(_rebuild(good_pack, tmp_path / "u.zip", [("media/extra.wav", b"RIFF")], list_extra=False),
                    tmp_path, "does not match its manifest")
    _assert_refused(_rebuild(good_pack, tmp_path / "m.zip", drop=("media/t001.wav",)), tmp_path,
                    "does not match its manifest")


@pytest.mark.parametrize("kind", ["text", "truncated", "plain-zip", "tar", "empty", "bad-manifest"])
def test_not_a_pack(good_pack: Path, tmp_path: Path, kind: str) -> None:
    bad = tmp_path / f"{kind}.zip"
    if kind == "text":
        bad.write_text("this is not an archive\n")
    elif kind == "truncated":
        bad.write_bytes(good_pack.read_bytes()[: good_pack.stat().st_size * 2 // 3])
    elif kind == "plain-zip":
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("notes.txt", "hello")
    elif kind == "tar":
        with tarfile.open(bad, "w") as tf:
            data = b"{}"
            info = tarfile.TarInfo("workshop.json")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    elif kind == "empty":
        bad.write_bytes(b"")
    else:
        _rebuild(good_pack, bad, change={MANIFEST: b"{not json"})
    _assert_refused(bad, tmp_path, "not an Antenne pack|damaged")


def test_target_that_holds_a_workshop_or_files_is_refused(good_pack: Path, pv_workshop: SmallWorkshop,
                                                         tmp_path: Path) -> None:
    before = tree(pv_workshop.path)
    with pytest.raises(WorkshopError, match="already holds a workshop"):
        unpack_workshop(good_pack, pv_workshop.path)
    assert tree(pv_workshop.path) == before
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(WorkshopError, match="not empty"):
        unpack_workshop(good_pack, busy)
    empty = tmp_path / "empty"
    empty.mkdir()
    unpack_workshop(good_pack, empty)  # an empty folder made for the purpose is fine
    assert load_workshop(empty).title


def test_foreign_export_records_are_not_kept(pv_workshop: SmallWorkshop, tmp_path: Path) -> None:
    """A pack could list "exports" anywhere on this disk; erasing a participant would delete them."""
    from studio.project import save_workshop
    from studio.project.model import ExportRecord

    victim = tmp_path / "important.txt"
    victim.write_text("keep me")
    w = load_workshop(pv_workshop.path)
    w.exports.append(ExportRecord(episode="e1", folder=str(tmp_path), files=["important.txt"],
                                  participants=["Léa"]))
    save_workshop(w)
    pack = pack_workshop(pv_workshop.path, tmp_path / "p.zip", record=False).archive
    copy = unpack_workshop(pack, tmp_path / "copy").folder
    w2 = load_workshop(copy)
    assert w2.exports == []
    from studio.project.erase import forget_participant

    forget_participant(w2, "Léa")
    assert victim.read_text() == "keep me"


# -- through the command line ----------------------------------------------------------------------


def test_cli_pack_unpack_and_refusal(pv_workshop: SmallWorkshop, tmp_path: Path) -> None:
    before = _snapshot_for_pack(pv_workshop.path)
    out = tmp_path / "share" / "atelier.zip"
    proc = run_cli("pack", str(pv_workshop.path), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert str(out) in proc.stdout
    proc = run_cli("unpack", str(out), str(tmp_path / "copy"))
    assert proc.returncode == 0, proc.stderr
    assert _snapshot_for_pack(tmp_path / "copy") == before
    again = run_cli("unpack", str(out), str(tmp_path / "copy"))
    assert "already holds a workshop" in assert_clean_error(again)
    bad = _rebuild(out, tmp_path / "bad.zip", [(f"../{ESCAPE}", b"x")])
    line = assert_clean_error(run_cli("unpack", str(bad), str(tmp_path / "copy2")))
    assert "leaves its folder" in line and not (tmp_path / "copy2").exists()
    fr = run_cli("unpack", str(bad), str(tmp_path / "copy2"), "--lang", "fr")
    assert "sort de son dossier" in assert_clean_error(fr)
    assert_clean_error(run_cli("pack", str(tmp_path / "nowhere"), "-o", str(tmp_path / "x.zip")))


def test_errors_are_studio_errors() -> None:
    assert issubclass(ArchiveError, StudioError)
