"""The erasure use case (`studio.usecases.erasure`) that `participant forget` and the Workshop screen share:
it chooses a full erasure or the redaction of mentions left by an earlier one, and returns what was done."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.errors import NotFound
from studio.project import create_workshop, load_workshop, save_workshop
from studio.project.media import import_files
from studio.usecases.erasure import erase, redact


def _workshop(tmp_path: Path) -> tuple[Path, Path, str]:
    """Léa has a take; Bastien's transcript says her name. Returns the folder, Léa's take file, Bastien's take id."""
    w = create_workshop(tmp_path / "ws", "Flash", language="fr")
    w.add_participant("Léa", consent="publish")
    w.add_participant("Bastien", consent="publish")
    save_workshop(w)
    tone = (0.1 * np.sin(2 * np.pi * 440 * np.arange(8000) / 16000)).astype(np.float32)
    for who in ("Léa", "Bastien"):
        sf.write(tmp_path / f"{who}.wav", tone, 16000)
    (lea,) = import_files(w, [tmp_path / "Léa.wav"], "Léa")
    (bastien,) = import_files(w, [tmp_path / "Bastien.wav"], "Bastien")
    transcripts = w.path / "transcripts"
    transcripts.mkdir(exist_ok=True)
    (transcripts / f"{bastien.id}.txt").write_text("Merci Léa pour ce reportage.\n", encoding="utf-8")
    return w.path, w.path / lea.file, bastien.id


def test_erase_reports_the_files_and_the_mentions_left(tmp_path: Path) -> None:
    folder, take_file, other = _workshop(tmp_path)
    assert take_file.is_file()
    result = erase(load_workshop(folder), "léa")
    assert result.erased and result.name == "Léa" and not result.redacted
    assert not take_file.exists()
    assert any(take_file.name in item for item in result.removed)
    assert result.files[: len(result.removed)] == result.removed
    assert len(result.mentions_left) == 1 and other in result.mentions_left[0]
    assert load_workshop(folder).find_participant("Léa") is None
    transcript = folder / "transcripts" / f"{other}.txt"
    assert "Léa" in transcript.read_text(encoding="utf-8")  # only listed, not redacted

    # Later, the mentions left are redacted: `erase` of a name already gone with redact_mentions does that.
    again = erase(load_workshop(folder), "Léa", redact_mentions=True)
    assert not again.erased and again.redacted and again.mentions_left == () and len(again.mentions) == 1
    assert "Léa" not in transcript.read_text(encoding="utf-8")
    assert redact(load_workshop(folder), "Léa").mentions == ()


def test_erase_with_redaction_in_one_go(tmp_path: Path) -> None:
    folder, _take, other = _workshop(tmp_path)
    result = erase(load_workshop(folder), "Léa", redact_mentions=True)
    assert result.erased and result.redacted and result.mentions_left == ()
    assert "Léa" not in (folder / "transcripts" / f"{other}.txt").read_text(encoding="utf-8")


def test_an_unknown_name_touches_nothing(tmp_path: Path) -> None:
    folder, take_file, _other = _workshop(tmp_path)
    before = (folder / "workshop.json").read_bytes()
    with pytest.raises(NotFound):
        erase(load_workshop(folder), "Nobody")
    assert (folder / "workshop.json").read_bytes() == before and take_file.is_file()
