"""Audio devices through PortAudio (sounddevice): what exists, and why recording may be unavailable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from studio.errors import DeviceError
from studio.i18n import _


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    host_api: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    is_default_input: bool = False
    is_default_output: bool = False


def sounddevice_module() -> Any:
    """Import sounddevice, turning a missing PortAudio into a DeviceError that says what to install."""
    try:
        import sounddevice
    except OSError as e:
        raise DeviceError(
            _("PortAudio is not installed, so recording and playback are unavailable"),
            _("Install it (Debian/Ubuntu: sudo apt-get install libportaudio2) and restart Antenne"),
        ) from e
    return sounddevice


def list_devices() -> list[Device]:
    sd = sounddevice_module()
    try:
        raw = sd.query_devices()
        apis = sd.query_hostapis()
        default_in, default_out = sd.default.device
    except Exception as e:
        raise DeviceError(_("The audio system could not be queried: {error}").format(error=e)) from e
    devices = []
    for d in raw:
        devices.append(
            Device(
                index=int(d["index"]),
                name=str(d["name"]),
                host_api=str(apis[d["hostapi"]]["name"]),
                max_input_channels=int(d["max_input_channels"]),
                max_output_channels=int(d["max_output_channels"]),
                default_samplerate=float(d["default_samplerate"]),
                is_default_input=int(d["index"]) == default_in,
                is_default_output=int(d["index"]) == default_out,
            )
        )
    return devices


def input_devices() -> list[Device]:
    return [d for d in list_devices() if d.max_input_channels > 0]


def recording_unavailable_reason() -> str | None:
    """None when a microphone can be used; otherwise a translated sentence saying why and what to do."""
    try:
        inputs = input_devices()
    except DeviceError as e:
        return e.one_line()
    if not inputs:
        return " ".join(
            [
                _("No microphone (audio input device) was found."),
                _("Plug one in, or start the sound server (PulseAudio or PipeWire); you can still import voice notes."),
            ]
        )
    return None
