"""Messages of the Record screen: the microphone check, a recorder started, a take saved, files imported."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from studio.audio.record import Recorder
    from studio.project import Take
    from studio.usecases.recording import RecordingSession, TranscriptStatus


@dataclass
class DevicesChecked(Message, namespace="record"):
    """Why recording is unavailable on this machine, or None when it works."""

    reason: str | None


@dataclass
class RecorderStarted(Message, namespace="record"):
    """A recording session that has started, or the error that stopped it."""

    session: RecordingSession | None
    error: BaseException | None = None

    @property
    def recorder(self) -> Recorder | None:
        return self.session.recorder if self.session is not None else None


@dataclass
class TakeSaved(Message, namespace="record"):
    """The take a recording became (None when it failed), the recorder's last word, and its transcript's state."""

    take: Take | None
    message: str = ""
    error: BaseException | None = None
    transcript: TranscriptStatus = "off"  # "saved" (made while recording), "later" (to be made), "off"


@dataclass
class Imported(Message, namespace="record"):
    """The takes made from imported files, or the error that stopped the import."""

    takes: list[Take]
    error: BaseException | None = None


@dataclass
class DevicesListed(Message, namespace="record"):
    """The input devices as (value, label) choices, or the error that stopped listing them."""

    choices: list[tuple[str, str]]
    error: BaseException | None = None
