"""Shared fixtures: an isolated ANTENNE_HOME per test, French/English switching, audio file makers."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.i18n import set_language

# Each area keeps its fixtures in tests/fixtures/<area>.py; they are all loaded here.
pytest_plugins = sorted(
    f"tests.fixtures.{p.stem}" for p in (Path(__file__).parent / "fixtures").glob("*.py") if p.stem != "__init__"
)


@pytest.fixture(autouse=True)
def antenne_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data dir; the transcription model cache is shared (it is big)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ANTENNE_HOME", str(home))
    shared_models = Path(os.environ.get("ANTENNE_TEST_MODEL_CACHE", "/tmp/antenne-test-models"))
    monkeypatch.setenv("ANTENNE_MODEL_CACHE", str(shared_models))
    monkeypatch.setenv("ANTENNE_LANG", "en")
    monkeypatch.setenv("ANTENNE_TUI_STRICT", "1")  # a TUI bug fails its test instead of opening a dialog
    set_language("en")
    yield home
    set_language("en")


def sine(seconds: float = 1.0, rate: int = 48_000, freq: float = 1000.0, amp: float = 0.25,
         channels: int = 1) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    mono = (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    return np.repeat(mono[:, None], channels, axis=1)


@pytest.fixture
def wav_file(tmp_path: Path) -> Path:
    path = tmp_path / "tone.wav"
    sf.write(path, sine(1.0), 48_000, subtype="PCM_16")
    return path


def ffmpeg_encode(src: Path, dest: Path, *args: str) -> Path:
    """Encode `src` to `dest` with the system ffmpeg (test fixtures only)."""
    exe = shutil.which("ffmpeg")
    if exe is None:
        pytest.skip("ffmpeg is not installed")
    subprocess.run([exe, "-nostdin", "-loglevel", "error", "-y", "-i", str(src), *args, str(dest)], check=True)
    return dest
