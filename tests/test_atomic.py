"""The one atomic-write context manager: an error mid-write leaves the old file intact and no temporary file;
the writers that use it (workshop store, audio files, archives, export packs, the model) inherit that."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from studio.project.atomic import AtomicFile, atomic_open, atomic_path, atomic_write_text, umask


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("error", [OSError("disk unplugged"), KeyboardInterrupt()])
def test_an_error_mid_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path,
                                                                       error: BaseException) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(type(error)), atomic_open(target, "w") as f:
        f.write("new, half written")
        f.flush()
        raise error
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_an_error_in_a_writer_that_wants_a_name_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")
    with pytest.raises(ValueError), atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".a.") and ".part" in tmp.name
        tmp.write_bytes(b"partial")
        raise ValueError("the encoder failed")
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []


def test_a_failing_rename_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "w.json"
    target.write_text("{}", encoding="utf-8")

    def crash(*args: object) -> None:
        raise OSError("disk unplugged")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        atomic_write_text(target, '{"a": 1}')
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "{}" and _leftovers(tmp_path) == []


def test_success_replaces_the_file_with_the_users_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.txt"
    with atomic_open(target, "w") as f:
        f.write("« bonjour »")
    assert target.read_text(encoding="utf-8") == "« bonjour »"
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask()
    with atomic_path(tmp_path / "ro.bin", mode=0o444) as tmp:
        tmp.write_bytes(b"x")
    assert (tmp_path / "ro.bin").stat().st_mode & 0o777 == 0o444
    assert _leftovers(target.parent) == [] and _leftovers(tmp_path) == []


def test_a_killed_writers_leftover_is_removed_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "take.wav"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    stale = tmp_path / f".take.{dead}.abc123.part.wav"
    stale.write_bytes(b"half")
    alive = AtomicFile(tmp_path / "take.wav")  # a writer of this process, still writing
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"RIFF")
    assert not stale.exists() and alive.tmp.exists()
    alive.abort()
    assert _leftovers(tmp_path) == []


def test_audio_write_failing_mid_file_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import soundfile as sf

    from studio.audio import io

    target = tmp_path / "clip.wav"
    io.write(target, np.zeros((800, 1), np.float32), 8000)
    before = target.read_bytes()
    real_write = sf.write

    def half_then_fail(file, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        real_write(file, data[: len(data) // 2], *args, **kwargs)
        raise RuntimeError("encoder crashed")

    monkeypatch.setattr(sf, "write", half_then_fail)
    with pytest.raises(RuntimeError):
        io.write(target, np.ones((1600, 1), np.float32) * 0.1, 8000)
    assert target.read_bytes() == before and _leftovers(tmp_path) == []


def test_streamed_audio_writer_aborts_cleanly_and_commits_atomically(tmp_path: Path) -> None:
    import soundfile as sf

    from studio.audio.normalize import AudioWriter

    target = tmp_path / "out.flac"
    writer = AudioWriter(target, 8000, 1)
    writer.write(np.zeros((800, 1), np.float32))
    writer.abort()
    assert not target.exists() and _leftovers(tmp_path) == []
    writer = AudioWriter(target, 8000, 1)
    writer.write(np.zeros((800, 1), np.float32))
    assert not target.exists()  # nothing under the final name before commit
    writer.commit()
    assert sf.info(str(target)).frames == 800 and _leftovers(tmp_path) == []
