"""A hostile or careless workshop.json, run through the real command line: nothing outside the workshop is
touched, every failure is one clear line, and the workshop stays valid. Plus parallel imports, erasure of
every form of a name, and a log that keeps no names or file names.

Each mutation (types, paths, nesting, slugs, hashes: see tests/fixtures/hostile.py) is applied to a copy of a
real workshop that has a "canary" folder beside it (hashed before and after). The default run sends every
mutation through `open` (when it must be refused), `participant forget`, the commands it targets (export
for slugs, edit lists and transcripts) and one more workshop command in rotation;
ANTENNE_FUZZ_SCALE>1 sends every mutation through every command. Counts (tried / held per area) are
printed at the end of the run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.project import load_workshop
from tests.fixtures.hostile import (
    MUTATIONS,
    NAME,
    OTHER,
    Mutation,
    digest_tree,
    make_canary,
    make_template,
    tally,
)
from tests.fixtures.privacy import REPO

SCALE = max(1, int(os.environ.get("ANTENNE_FUZZ_SCALE", "1")))
TIMEOUT = float(os.environ.get("ANTENNE_HOSTILE_TIMEOUT", "60"))


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, ANTENNE_HOME=str(home), ANTENNE_LANG="en")
    return subprocess.run([sys.executable, str(REPO / "cli.py"), *args], capture_output=True, text=True,
                          timeout=TIMEOUT, env=env, cwd=REPO, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-template")
    with pytest.MonkeyPatch.context() as mp:  # module scope: the per-test ANTENNE_HOME is not set yet
        mp.setenv("ANTENNE_HOME", str(root.parent / f"{root.name}-home"))
        return make_template(root)


def _commands(ws: Path, out: Path, src: Path) -> dict[str, list[str]]:
    return {
        "open": ["open", str(ws)],
        "forget": ["participant", "forget", str(ws), NAME],
        "add": ["participant", "add", str(ws), "Yasmine", "--consent", "publish"],
        "consent": ["participant", "consent", str(ws), OTHER, "publish"],
        "import": ["import", str(ws), str(src), "--participant", OTHER],
        "export": ["export", str(ws), "-o", str(out), "--format", "wav"],
        "pack": ["pack", str(ws), "-o", str(out / "w.zip")],
        "plan": ["plan", str(ws)],
        "recover": ["recover", str(ws)],
        "restore": ["restore", str(ws)],
    }


ROTATION = ["export", "import", "pack", "plan", "add", "consent", "recover", "restore"]


def _chosen(index: int, refused: bool, must: tuple[str, ...] = (), area: str = "") -> list[str]:
    if SCALE > 1:
        names = ["forget", *ROTATION]
    elif refused and area in ("types", "nesting"):  # refused on load like every other command: open + one
        names = [ROTATION[index % len(ROTATION)]]
    else:  # forget deletes: every path, hash and slug mutation goes through it
        names = ["forget", ROTATION[index % len(ROTATION)]]
    names += [n for n in must if n not in names]
    if refused:
        names.insert(0, "open")  # on a valid workshop `open` would start the terminal UI
    # restore changes the workshop file: run it last
    return sorted(names, key=lambda n: n == "restore")


def _one_line_error(proc: subprocess.CompletedProcess[str]) -> list[str]:
    problems = []
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    if "Traceback" in proc.stderr:
        problems.append("traceback")
    if proc.returncode == 1:
        if len(lines) != 1 or not lines[0].startswith("antenne: error: "):
            problems.append(f"not one error line: {proc.stderr[-300:]!r}")
        elif "unexpected failure" in lines[0]:
            problems.append(f"unclear error: {lines[0][:200]}")
    return problems


def _around(root: Path, *inside: Path) -> dict[str, str]:
    """Everything under `root` except the given folders (the workshop, the output folder, the user data)."""
    return {k: v for k, v in digest_tree(root).items()
            if not any(k == p.name or k.startswith(p.name + "/") for p in inside)}


def _apply(m: Mutation, ws: Path, canary: Path) -> None:
    file = ws / "workshop.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    result = m.change(data, ws, canary)
    text = result if isinstance(result, str) else json.dumps(data, ensure_ascii=False, allow_nan=True)
    file.write_text(text, encoding="utf-8")


def _run_case(index: int, m: Mutation, template: Path, root: Path) -> list[str]:
    shutil.copytree(template.parent, root, symlinks=True)
    ws = root / template.name
    canary = make_canary(root / "canary")
    out = root / "out"
    home = root / "home"
    src = root / "src-extra.wav"
    sf.write(src, (0.1 * np.sin(np.arange(24_000) / 48_000 * 2 * np.pi * 330)).astype(np.float32), 48_000)
    _apply(m, ws, canary)
    before_canary = digest_tree(canary)
    before_ws = digest_tree(ws)
    before_around = _around(root, ws, out, home)
    commands = _commands(ws, out, src)
    problems: list[str] = []
    for name in _chosen(index, m.refused, m.must, m.area):
        try:
            proc = cli(*commands[name], home=home)
        except subprocess.TimeoutExpired:
            problems.append(f"{name}: timed out (did it start the UI?)")
            tally(m.area, False)
            continue
        found = [f"{name}: {p}" for p in _one_line_error(proc)]
        if m.refused and name != "restore":
            if proc.returncode != 1:
                found.append(f"{name}: exit {proc.returncode}, expected a refusal")
            if NAME in proc.stderr or OTHER in proc.stderr:
                found.append(f"{name}: a participant's name was printed")
            after = digest_tree(ws)
            if after != before_ws:
                found.append(f"{name}: the refused workshop was changed")
        elif proc.returncode not in (0, 1):
            found.append(f"{name}: exit {proc.returncode}")
        if digest_tree(canary) != before_canary:
            found.append(f"{name}: something outside the workshop changed")
        if _around(root, ws, out, home) != before_around:
            found.append(f"{name}: a file was written or removed outside the workshop and the output folder")
        tally(m.area, not found)
        problems += found
    if not m.refused:
        try:
            load_workshop(ws)
        except Exception as e:  # noqa: BLE001 - any failure is a finding
            problems.append(f"workshop no longer valid after the commands: {e}")
    return [f"[{m.area}] {m.label}: {p}" for p in problems]


def test_hostile_workshop_files_through_every_command(template: Path, tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(_run_case, i, m, template, tmp_path / f"case{i}") for i, m in enumerate(MUTATIONS)]
        problems = [p for f in futures for p in f.result()]
    assert not problems, "\n".join(problems)


def test_erasure_with_hash_rules(template: Path, tmp_path: Path) -> None:
    """An empty or foreign checksum never matches: the recording is kept and reported, nothing else goes."""
    root = tmp_path / "c"
    shutil.copytree(template.parent, root, symlinks=True)
    ws = root / template.name
    data = json.loads((ws / "workshop.json").read_text(encoding="utf-8"))
    take = next(t for t in data["takes"] if t["participant"] == NAME)
    take["sha256"] = ""
    (ws / "workshop.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    proc = cli("participant", "forget", str(ws), NAME, home=root / "home")
    assert proc.returncode == 0, proc.stderr
    assert (ws / take["file"]).exists()
    assert "by hand" in proc.stdout and take["file"] in proc.stdout
    tally("hashes", True)


def test_restore_leaves_a_healthy_workshop_alone(template: Path, tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(template.parent, root, symlinks=True)
    ws = root / template.name
    home = root / "home"
    assert cli("participant", "add", str(ws), "Yasmine", home=home).returncode == 0
    before = (ws / "workshop.json").read_bytes()
    proc = cli("restore", str(ws), home=home)
    assert proc.returncode == 0, proc.stderr
    assert "healthy" in proc.stdout
    assert (ws / "workshop.json").read_bytes() == before
    backups_before = sorted((ws / ".backups").iterdir())
    proc = cli("restore", str(ws), "--force", home=home)
    assert proc.returncode == 0, proc.stderr
    assert load_workshop(ws).find_participant("Yasmine") is None  # went back one version
    kept = [p for p in (ws / ".backups").iterdir() if p not in backups_before]
    assert any(p.read_bytes() == before for p in kept)  # the healthy file was kept as a backup first
    tally("restore", True)


def test_parallel_imports_keep_every_take(template: Path, tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(template.parent, root, symlinks=True)
    ws = root / template.name
    home = root / "home"
    start = len(load_workshop(ws).takes)
    rounds = 5 * SCALE
    sources = []
    rng = np.random.default_rng(7)
    for i in range(2 * rounds):  # ~4 MB each: the copy keeps both imports busy at the same time
        src = root / f"voice-{i}.wav"
        sf.write(src, (0.05 * rng.standard_normal((48_000 * 22, 1))).astype(np.float32), 48_000, subtype="FLOAT")
        sources.append(src)
    env = dict(os.environ, ANTENNE_HOME=str(home), ANTENNE_LANG="en")
    printed: list[str] = []
    for r in range(rounds):
        procs = [subprocess.Popen([sys.executable, str(REPO / "cli.py"), "import", str(ws), str(src),
                                   "--participant", OTHER], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env=env, cwd=REPO)
                 for src in sources[2 * r:2 * r + 2]]
        for p in procs:
            out, err = p.communicate(timeout=TIMEOUT)
            assert p.returncode == 0, err
            printed += out.split()
        tally("concurrency", len(set(printed)) == len(printed))
    assert len(set(printed)) == len(printed) == 2 * rounds, printed
    final = load_workshop(ws)
    assert len(final.takes) == start + 2 * rounds
    assert len({t.id for t in final.takes}) == len(final.takes)
    from studio.project.media import sha256_file

    for t in final.takes:
        assert sha256_file(ws / t.file) == t.sha256
    originals = {sha256_file(s) for s in sources}
    assert originals <= {t.sha256 for t in final.takes}  # every recording is there


def _forms(name: str) -> list[bytes]:
    out: set[bytes] = set()
    for form in (unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)):
        for variant in (form, form.lower(), form.upper(), form.casefold()):
            out.add(variant.encode("utf-8"))
            out.add(json.dumps(variant)[1:-1].encode())  # as an ASCII-escaped JSON string
            out.add(variant.encode("utf-16-le"))
    return sorted(out)


def test_forget_erases_nfc_and_nfd_forms_everywhere(template: Path, tmp_path: Path) -> None:
    from studio.project import Episode, EpisodeItem, save_workshop
    from studio.usecases.export import ExportJob, ExportOptions

    root = tmp_path / "e"
    shutil.copytree(template.parent, root, symlinks=True)
    ws = root / template.name
    home = root / "home"
    w = load_workshop(ws)
    mine = [t.id for t in w.takes_of(NAME)]
    w.episodes.append(Episode(id="e2", slug="zoe-raconte", title=f"{NAME} raconte", items=[
        EpisodeItem(kind="take", ref=mine[0])]))
    w.title = f"Atelier avec {unicodedata.normalize('NFD', NAME)}"
    save_workshop(w)
    out = root / "podcast"
    ExportJob(load_workshop(ws), ExportOptions(out, episode_id="e2", format="wav")).run()
    assert any(p.name.startswith("zoe-raconte") for p in out.iterdir())
    assert cli("plan", str(ws), home=home).returncode == 0
    assert NAME.encode() in (ws / "plan.html").read_bytes()

    cached = home / "cache" / "transcripts" / f"{'0' * 64}-base-000000000000.json"  # another take's cached text
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps({"segments": [{"text": f"avec {unicodedata.normalize('NFD', NAME)}"}]}))
    escaped = ws / "transcripts" / "notes-escaped.json"  # a JSON file written with ASCII escapes
    escaped.write_text(json.dumps({"note": f"merci {NAME.lower()}"}, ensure_ascii=True))
    proc = cli("participant", "forget", str(ws), NAME, home=home)
    assert proc.returncode == 0, proc.stderr
    assert not cached.exists()
    assert json.loads(escaped.read_text(encoding="utf-8"))["note"] == "merci […]"
    assert "transcripts/" in proc.stdout  # Bastien's transcript mentions her: listed
    assert "Out of reach" in proc.stdout and str(out) in proc.stdout
    other = next(t.id for t in load_workshop(ws).takes if t.participant == OTHER)
    mention = ws / "transcripts" / f"{other}.json"
    assert unicodedata.normalize("NFD", NAME).upper().encode() in mention.read_bytes()  # kept without the flag
    proc = cli("participant", "forget", str(ws), NAME, "--redact-mentions", home=home)
    assert proc.returncode == 0, proc.stderr

    needles = _forms(NAME) + [b"zoe-raconte"]
    found = []
    for base in (ws, out, home):
        for p in base.rglob("*"):
            if p.is_file() and not p.is_symlink():
                data = p.read_bytes()
                found += [f"{p}: {n!r}" for n in needles if n in data]
            if "zoe" in p.name.lower():
                found.append(f"file name: {p}")
    tally("erasure", not found)
    assert not found, "\n".join(found)
    final = load_workshop(ws)
    assert [p.name for p in final.participants] == [OTHER]
    assert "<html" in (ws / "plan.html").read_text(encoding="utf-8")  # regenerated, not deleted


def test_log_keeps_no_names_or_file_names(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ws = tmp_path / "dossier-secret-kqz"
    src = tmp_path / "enregistrement-prive-kqz.wav"
    sf.write(src, (0.1 * np.sin(np.arange(24_000) / 48_000 * 2 * np.pi * 330)).astype(np.float32), 48_000)
    runs = [
        ["new", str(ws), "--title", "Atelier kqz"],
        ["participant", "add", str(ws), "Philomène", "--consent", "publish"],
        ["import", str(ws), str(src), "--participant", "Philomène"],
        ["import", str(ws), str(tmp_path / "absent-kqz.wav"), "--participant", "Philomène"],
        ["participant", "consent", str(ws), "Philomène", "none"],
        ["plan", str(ws), "-o", str(tmp_path / "no-such-dir-kqz" / "x" / "plan.html")],
        ["plan", str(ws), "-o", str(src / "under-a-file.html")],
        ["loudness", str(tmp_path / "absent-kqz.wav")],
    ]
    for args in runs:
        proc = cli(*args, home=home)
        assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr
    text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in (home / "logs").glob("*.log*"))
    assert "started" in text
    for secret in ("Philomène", "Philomene", "kqz", "dossier-secret", "enregistrement-prive", str(tmp_path)):
        assert secret.lower() not in text.lower(), secret
    tally("log", True)


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux only")
def test_ffmpeg_dies_with_its_parent(tmp_path: Path) -> None:
    """A killed Antenne (kill -9, power button in a terminal) leaves no ffmpeg decoding behind."""
    import signal
    import time

    from tests.conftest import ffmpeg_encode

    wav = tmp_path / "long.wav"
    sf.write(wav, (0.1 * np.sin(np.arange(48_000 * 20) / 48_000 * 2 * np.pi * 220)).astype(np.float32), 48_000)
    m4a = ffmpeg_encode(wav, tmp_path / "long.m4a", "-c:a", "aac", "-b:a", "64k")
    code = ("import sys, time\nfrom pathlib import Path\nfrom studio.audio import io\n"
            "g = io._ffmpeg_blocks(Path(sys.argv[1]), 1024)\nnext(g)\nprint('ready', flush=True)\ntime.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", code, str(m4a)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert parent.stdout is not None and parent.stdout.readline().strip() == "ready"
    kids = _children(parent.pid)
    assert kids, "ffmpeg was not started"
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(Path(f"/proc/{k}").exists() and
                                              "Z" not in Path(f"/proc/{k}/stat").read_text().split()[2]
                                              for k in kids if Path(f"/proc/{k}/stat").exists()):
        time.sleep(0.1)
    alive = [k for k in kids if Path(f"/proc/{k}/stat").exists()
             and Path(f"/proc/{k}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"]
    tally("children", not alive)
    assert not alive, f"ffmpeg {alive} outlived its parent"


def test_stale_part_files_are_cleaned_at_the_next_run(tmp_path: Path) -> None:
    """A killed normalize leaves OUT's .part file; the next run to the same OUT removes it (not a live one)."""
    src = tmp_path / "in.wav"
    sf.write(src, (0.1 * np.sin(np.arange(48_000) / 48_000 * 2 * np.pi * 440)).astype(np.float32), 48_000)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    stale = tmp_path / f".out.{dead}.abcd1234.part.wav"
    live = tmp_path / f".out.{os.getpid()}.efgh5678.part.wav"
    legacy = tmp_path / ".out.x1y2z3.part.wav"
    for p in (stale, live):
        p.write_bytes(b"partial")
    legacy.write_bytes(b"partial")
    proc = cli("normalize", str(src), str(tmp_path / "out.wav"), home=tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    assert not stale.exists() and live.exists()
    tally("leftovers", not stale.exists() and live.exists())


def test_tui_wrong_types_open_a_dialog_that_offers_restore(template: Path, tmp_path: Path) -> None:
    """`antenne open` on a wrong-typed workshop: one line, exit 1, no name; the TUI shows a dialog naming the
    field and restores the last good backup when asked."""
    import asyncio

    from studio.tui.app import make_app
    from studio.tui.dialogs import ConfirmDialog
    from studio.tui.screens.workshop import WorkshopScreen

    root = tmp_path / "t"
    shutil.copytree(template.parent, root, symlinks=True)
    ws = root / template.name
    data = json.loads((ws / "workshop.json").read_text(encoding="utf-8"))
    data["participants"][0]["name"] = 5
    data["takes"][0]["duration_s"] = "abc"
    (ws / "workshop.json").write_text(json.dumps(data), encoding="utf-8")
    proc = cli("open", str(ws), home=root / "home")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "participants[0].name" in proc.stderr and OTHER not in proc.stderr

    async def main() -> None:
        app = make_app(ws, language="fr")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            question = str(app.screen.question)
            assert "participants[0].name" in question and "endommagé" in question
            assert OTHER not in question
            await pilot.click("#yes")
            await pilot.pause()
            assert isinstance(app.screen, WorkshopScreen)

    asyncio.run(main())
    assert load_workshop(ws).find_participant(OTHER) is not None
    tally("types", True)


def test_system_errors_become_clear_messages(tmp_path: Path) -> None:
    """Disk full says where and how much; a file in the way, a read-only disk, a link loop are named."""
    import errno

    from studio.project.oserrors import DiskFull, explain, require_space

    full = explain(OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out" / "x.wav")))
    assert isinstance(full, DiskFull) and str(tmp_path / "out") in full.one_line() and "free" in full.one_line()
    with pytest.raises(DiskFull) as caught:
        require_space(tmp_path, 10**18)
    assert str(tmp_path) in caught.value.one_line() and "needed" in caught.value.one_line()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    in_the_way = explain(FileExistsError(errno.EEXIST, "File exists", str(blocker)))
    assert in_the_way is not None and "not a folder" in in_the_way.one_line()
    for code in (errno.EROFS, errno.EACCES, errno.ELOOP, errno.ENOTDIR, errno.EIO):
        err = explain(OSError(code, os.strerror(code), str(tmp_path / "x")))
        assert err is not None and "\n" not in err.one_line() and "unexpected" not in err.one_line()
    proc = cli("plan", str(tmp_path / "none"), "-o", str(blocker / "plan.html"), home=tmp_path / "home")
    assert proc.returncode == 1 and "unexpected" not in proc.stderr and "Traceback" not in proc.stderr
    loop = tmp_path / "loop"
    (tmp_path / "loop2").symlink_to(loop)
    loop.symlink_to(tmp_path / "loop2")
    for args in (["plan", str(loop)], ["new", str(loop), "--title", "x"], ["participant", "forget", str(loop), "X"],
                 ["restore", str(loop)]):
        proc = cli(*args, home=tmp_path / "home")
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert "unexpected" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    tally("errors", True)


def test_many_small_well_compressed_entries_are_refused(tmp_path: Path) -> None:
    """Entries of 1 MiB of zeros (each under the per-entry ratio threshold, listed in a consistent manifest)
    are refused as a whole, before anything is written (the bound is a ratio: 200 entries stand for 2,000)."""
    import hashlib
    import zipfile

    bomb = tmp_path / "bomb.zip"
    block = bytes(1024**2 - 1)
    digest = hashlib.sha256(block).hexdigest()
    workshop = b"{}"
    files: list[dict[str, object]] = [
        {"path": "workshop.json", "size": len(workshop), "sha256": hashlib.sha256(workshop).hexdigest()}]
    files += [{"path": f"media/x{i:04d}.wav", "size": len(block), "sha256": digest} for i in range(200)]
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("antenne-pack.json", json.dumps({"format": "antenne-pack", "pack_version": 1, "files": files}))
        zf.writestr("workshop.json", workshop)
        for i in range(200):
            zf.writestr(f"media/x{i:04d}.wav", block)
    assert bomb.stat().st_size < 10 * 1024**2
    proc = cli("unpack", str(bomb), str(tmp_path / "dest"), home=tmp_path / "home")
    assert proc.returncode == 1 and "zip bomb" in proc.stderr, proc.stderr
    assert not (tmp_path / "dest").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bomb.zip"] or not any(
        p.name.startswith(".dest") for p in tmp_path.iterdir())
    tally("archives", True)
