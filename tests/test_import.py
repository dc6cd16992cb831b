"""Importing recordings in every format ffmpeg decodes, and refusing broken ones without touching anything."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from studio.audio import io
from studio.errors import ConsentError, DecodeError, InvalidInput
from studio.project import create_workshop, load_workshop
from studio.project.media import import_files


@pytest.fixture
def workshop(tmp_path: Path):
    w = create_workshop(tmp_path / "ws", "Test")
    w.add_participant("Amina", consent="publish")
    w.add_participant("Zoé", consent="none")
    return w


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("name", "channels", "rate"),
    [("wav", 1, 48000), ("m4a", 1, 48000), ("opus", 1, 48000), ("mp3", 1, 48000), ("flac", 1, 48000),
     ("webm", 1, 48000), ("8k", 1, 8000), ("96k", 1, 96000), ("5.1", 6, 44100), ("amr", 1, 8000),
     ("unicode", 1, 48000)],
)
def test_import_every_format(workshop, audio_formats: dict[str, Path], name: str, channels: int, rate: int) -> None:
    src = audio_formats[name]
    before = digest(src)
    (take,) = import_files(workshop, [src], "amina")
    assert take.participant == "Amina"
    assert take.channels == channels and take.sample_rate == rate
    assert take.duration_s == pytest.approx(2.0, abs=0.08)
    copied = workshop.path / take.file
    assert digest(copied) == take.sha256 == before  # copied verbatim
    assert not os.access(copied, os.W_OK) or os.geteuid() == 0
    assert not (copied.stat().st_mode & 0o222)  # read-only
    assert digest(src) == before  # source untouched
    assert load_workshop(workshop.path).take(take.id).sha256 == before
    data, sr = io.read(copied)
    assert sr == rate and data.shape[1] == channels and data.dtype.name == "float32"


@pytest.mark.parametrize("name", ["truncated", "text_as_wav", "empty", "random"])
def test_broken_files_are_refused_and_nothing_is_imported(workshop, audio_formats: dict[str, Path], name: str) -> None:
    good, bad = audio_formats["wav"], audio_formats[name]
    before = digest(bad) if bad.stat().st_size else ""
    with pytest.raises(DecodeError) as err:
        import_files(workshop, [good, bad], "Amina")
    assert bad.name in err.value.message
    assert "Nothing was imported" in err.value.hint
    reloaded = load_workshop(workshop.path)
    assert reloaded.takes == []
    assert list((workshop.path / "media").iterdir()) == []
    if before:
        assert digest(bad) == before


def test_missing_file_and_folder(workshop, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        import_files(workshop, [tmp_path / "nope.wav"], "Amina")
    with pytest.raises(InvalidInput):
        import_files(workshop, [tmp_path], "Amina")


def test_import_refuses_participant_without_consent(workshop, audio_formats: dict[str, Path]) -> None:
    with pytest.raises(ConsentError) as err:
        import_files(workshop, [audio_formats["wav"]], "Zoé")
    assert "participant consent" in err.value.hint


def test_truncated_wav_imports_what_is_there(workshop, audio_formats: dict[str, Path], tmp_path: Path) -> None:
    whole = audio_formats["wav"].read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole[: len(whole) // 2])
    (take,) = import_files(workshop, [cut], "Amina")
    assert 0.9 < take.duration_s < 1.1
