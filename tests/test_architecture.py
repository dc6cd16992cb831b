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


def test_no_import_error_fallback_around_the_projects_own_modules() -> None:
    """A project module that fails to import is a bug to see, never a reason to do less: a fallback once
    rendered takes without their edits (material cut for consent reasons could have been published)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "studio"
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Try):
                continue
            names = [h.type for h in node.handlers if h.type is not None]
            catches = any(isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError")
                          for t in names for n in ([*t.elts] if isinstance(t, ast.Tuple) else [t]))
            own = any(isinstance(s, ast.ImportFrom) and (s.module or "").startswith("studio")
                      for stmt in node.body for s in ast.walk(stmt))
            if catches and own:
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not found, found
