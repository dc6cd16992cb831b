"""Messages of the Episode screen: export progress and result, the estimated length."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from studio.usecases.export import ExportStage


@dataclass
class Progress(Message, namespace="episode"):
    """Export progress from the worker (coalesced: a newer one replaces a queued one)."""

    stage: ExportStage
    fraction: float  # of the whole export

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, Progress)


@dataclass
class Done(Message, namespace="episode"):
    """The export's result, or the error that stopped it."""

    result: Any = None
    error: BaseException | None = None


@dataclass
class Estimated(Message, namespace="episode"):
    """The estimated loudness before export, as a sentence for the summary line."""

    text: str
