"""Offline guarantee: the whole workflow runs in-process with every network connection refused.

`socket.socket.connect`, `connect_ex`, `socket.create_connection` and `socket.getaddrinfo` raise, and every
attempt is recorded: a test fails if any was made, even one the code caught and recovered from.
(ffmpeg runs as a subprocess on local files only; the Python side is what could reach for the network:
model downloads, telemetry, update checks.)
"""

from __future__ import annotations

import importlib.util
import json
import socket
from pathlib import Path

import pytest

from tests.conftest import ffmpeg_encode
from tests.fixtures.privacy import make_small_workshop, speech_like

BLOCKED = "network access is blocked in this test"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    attempts: list[str] = []

    def refuse(what: str):  # type: ignore[no-untyped-def]
        def blocked(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(BLOCKED)
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setenv("http_proxy", "http://192.0.2.1:9")  # a stray HTTP client would try this, and fail
    yield attempts
    assert not attempts, f"network was attempted: {attempts}"


def antenne(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run `antenne ARGS` in this process; returns stdout; fails with the error line on a failure."""
    from studio.cli import main

    with pytest.raises(SystemExit) as done:
        main(list(args))
    out, err = capsys.readouterr()
    assert done.value.code == 0, f"antenne {' '.join(args)} failed: {err}"
    return out


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def test_socket_block_works(no_network: list[str]) -> None:
    with pytest.raises(OSError, match="blocked"):
        socket.create_connection(("example.org", 80), timeout=1)
    no_network.clear()


def test_offline_workshop_flow(no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import soundfile as sf

    ws = tmp_path / "atelier"
    antenne(capsys, "new", str(ws), "--title", "Atelier hors ligne", "--lang", "en")
    antenne(capsys, "participant", "add", str(ws), "Léa", "--consent", "publish")
    wav = tmp_path / "voice.wav"
    sf.write(wav, speech_like(3.0, seed=1), 48_000, subtype="PCM_16")
    m4a = ffmpeg_encode(wav, tmp_path / "voice-note.m4a", "-c:a", "aac", "-b:a", "64k")
    out = antenne(capsys, "import", str(ws), str(wav), str(m4a), "--participant", "Léa")
    assert out.split() == ["t001", "t002"]
    if _available("studio.audio.loudness"):
        data = json.loads(antenne(capsys, "loudness", str(wav), "--json"))
        assert data[0]["integrated_lufs"] is not None
    if _available("studio.audio.normalize"):
        antenne(capsys, "normalize", str(wav), str(tmp_path / "norm.flac"))
        assert (tmp_path / "norm.flac").is_file()
    antenne(capsys, "pack", str(ws), "-o", str(tmp_path / "atelier.zip"))
    antenne(capsys, "unpack", str(tmp_path / "atelier.zip"), str(tmp_path / "copy"))
    antenne(capsys, "doctor", "--report", str(tmp_path / "report.txt"))
    assert "Léa" not in (tmp_path / "report.txt").read_text("utf-8")
    antenne(capsys, "participant", "consent", str(ws), "Léa", "workshop")


@pytest.mark.skipif(not _available("studio.edit.store"), reason="editing is not available yet")
def test_offline_edit(no_network: list[str], tmp_path: Path) -> None:
    from studio.edit.model import cut
    from studio.edit.store import load_edit_list, render_take, save_edit_list
    from studio.project import load_workshop

    w = load_workshop(make_small_workshop(tmp_path, seconds=2.0).path)
    el = load_edit_list(w, "t001")
    save_edit_list(w, "t001", cut(el, 0.5, 1.0))
    audio, rate = render_take(w, "t001")
    assert abs(len(audio) / rate - 1.5) < 0.05


@pytest.mark.skipif(not _available("studio.transcribe.engine"), reason="transcription is not available yet")
def test_offline_transcribe(no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.fixtures.speech import EN_TEXT, word_error_rate, write_speech

    clip = write_speech(tmp_path / "news.wav", EN_TEXT, voice="en-US")
    out = antenne(capsys, "transcribe", str(clip), "--model", "tiny.en", "--language", "en", "--format", "json")
    data = json.loads(out)
    text = " ".join(s["text"] for s in data["segments"])
    assert word_error_rate(EN_TEXT, text) < 0.3, text


@pytest.mark.skipif(not _available("studio.framing"), reason="framing comparison is not available yet")
def test_offline_compare(no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Un policier a tiré sur un jeune homme mardi soir, selon le parquet.", "utf-8")
    b.write_text("Un jeune homme a été blessé mardi soir lors d'une intervention de police.", "utf-8")
    data = json.loads(antenne(capsys, "compare", str(a), str(b), "--language", "fr", "--json"))
    assert data["language"] == "fr" and len(data["texts"]) == 2


@pytest.mark.skipif(not _available("studio.export.pack"), reason="export is not available yet")
def test_offline_export(no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from studio.project import load_workshop, save_workshop
    from studio.project.model import Episode, EpisodeItem

    ws = make_small_workshop(tmp_path, names=("Léa",), seconds=3.0).path
    w = load_workshop(ws)
    w.episodes.append(Episode(id="e1", slug="hors-ligne", title="Hors ligne",
                              items=[EpisodeItem("take", t.id) for t in w.takes]))
    save_workshop(w)
    out = tmp_path / "podcast"
    antenne(capsys, "export", str(ws), "-o", str(out), "--format", "mp3")
    assert (out / "hors-ligne.mp3").is_file()
    antenne(capsys, "feed", str(out), "--title", "Radio atelier")
    assert (out / "feed.xml").is_file()
