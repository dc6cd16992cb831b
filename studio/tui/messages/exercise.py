"""Messages of the exercise screens (exercise, compare takes, original and edit, running orders)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message


@dataclass
class AnalysesReady(Message, namespace="exercise"):
    """The analyses of the versions (version id -> TextAnalysis), or the error that stopped them."""

    analyses: dict[str, Any]
    error: BaseException | None = None


@dataclass
class ComparisonReady(Message, namespace="exercise"):
    """The framing comparison of two takes' transcripts, or the error that stopped it."""

    comparison: Any
    error: BaseException | None = None


@dataclass
class WaveReady(Message, namespace="exercise"):
    """The full take's samples (mono, float32) and its rate, or the error that stopped reading it."""

    samples: Any
    rate: int
    error: BaseException | None = None
