"""The core never imports the UI, and start-up stays light (heavy libraries are imported lazily)."""

from __future__ import annotations

import subprocess
import sys


def test_core_does_not_import_textual() -> None:
    code = (
        "import sys, importlib, pkgutil, studio\n"
        "for name in ('studio.project', 'studio.project.media', 'studio.project.erase', 'studio.audio.io',"
        " 'studio.audio.devices', 'studio.demo', 'studio.cli', 'studio.diagnostics'):\n"
        "    importlib.import_module(name)\n"
        "for pkg in ('studio.audio', 'studio.edit', 'studio.export', 'studio.transcribe', 'studio.framing',"
        " 'studio.usecases'):\n"
        "    try:\n        mod = importlib.import_module(pkg)\n    except ModuleNotFoundError:\n        continue\n"
        "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = [m for m in ('textual', 'rich.live') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_cli_start_up_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys\nfrom studio import cli\n"
        "print(','.join(m for m in ('faster_whisper', 'ctranslate2', 'spacy', 'textual', 'scipy', 'sounddevice')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
