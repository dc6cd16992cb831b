"""Messages of the Edit screen: a take loaded for editing, an edit measured."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message


@dataclass
class Loaded(Message, namespace="edit"):
    """A take's edit history, its sources' samples and their waveform summaries, read off the UI thread."""

    take_id: str
    history: Any
    sources: dict[str, Any]
    peaks: dict[str, Any]


@dataclass
class Measured(Message, namespace="edit"):
    """The loudness of the edit numbered `serial` (an older serial is stale and ignored)."""

    serial: int
    integrated: float | None
    peak: float | None
    duration_s: float
