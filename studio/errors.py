"""One error base for everything a user can cause, with a translated message and a hint."""

from __future__ import annotations


class StudioError(Exception):
    """A failure the user can act on: `message` says what went wrong, `hint` what to do.

    Both are already translated (built with `studio.i18n._`) when the error is raised.
    The CLI prints them as one line; the TUI shows them in an error dialog.
    """

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        text = self.message.rstrip(".")
        if self.hint:
            text = f"{text}. {self.hint}"
        return " ".join(text.split())


class DecodeError(StudioError):
    """An audio file that cannot be read or decoded."""


class DeviceError(StudioError):
    """No audio device, no PortAudio, or a device that failed."""


class ModelMissing(StudioError):
    """A Whisper (or spaCy) model that cannot be found on disk."""


class ConsentError(StudioError):
    """An action a participant's consent does not allow."""


class WorkshopError(StudioError):
    """A workshop folder that is missing, damaged or from a newer version."""


class WorkshopDamaged(WorkshopError):
    """The workshop file cannot be parsed; a backup may be restored."""


class WorkshopHealthy(WorkshopError):
    """`restore` on a workshop file that is not damaged: nothing to do (not a failure)."""

    exit_code = 0


class WorkshopTooNew(WorkshopError):
    """The workshop was written by a newer version of Antenne."""


class NotFound(StudioError):
    """A participant, take, episode, exercise or file that does not exist."""


class InvalidInput(StudioError):
    """An argument or input file that is not acceptable."""


class ArchiveError(StudioError):
    """A workshop archive that is unsafe or damaged."""
