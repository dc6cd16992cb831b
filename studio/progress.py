"""One progress-and-cancel protocol for long work (transcription, export, normalisation, assembly).

A `Progress` carries a listener called as `listener(stage, fraction)` and a `threading.Event` that says the
user stopped the work. The caller that knows the stages (an application use case) hands each engine a view
bound to one stage (`progress.at(stage)`), and, for a part of that stage, a sub-range (`view.span(lo, hi)`);
the engine only calls `advance(fraction)` and `raise_if_cancelled()`. Every view shares the same event, so one
`cancel()` (or the Textual worker's own `cancelled_event`) stops whichever engine is running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from studio.errors import StudioError
from studio.i18n import _

Listener = Callable[[Any, float], None]


class Cancelled(StudioError):
    """The work was stopped by the user."""


def _clamp(fraction: float) -> float:
    return min(1.0, max(0.0, float(fraction)))


class Progress:
    """`report(stage, fraction)`, `advance(fraction)` for the bound stage, `cancelled`, `raise_if_cancelled()`."""

    def __init__(self, listener: Listener | None = None, *, event: threading.Event | None = None,
                 stage: Any = None, lo: float = 0.0, hi: float = 1.0) -> None:
        self.listener = listener
        self.event = event if event is not None else threading.Event()
        self.stage = stage
        self._lo, self._hi = lo, hi

    # -- progress ---------------------------------------------------------------------------------
    def report(self, stage: Any, fraction: float) -> None:
        """Tell the listener that `stage` is `fraction` (0..1) done."""
        if self.listener is not None:
            self.listener(stage, _clamp(fraction))

    def advance(self, fraction: float) -> None:
        """Report `fraction` of this view's work (mapped into its sub-range of its stage)."""
        self.report(self.stage, self._lo + (self._hi - self._lo) * _clamp(fraction))

    def at(self, stage: Any) -> Progress:
        """A view reporting as `stage` (its whole range), sharing this one's listener and cancel event."""
        return Progress(self.listener, event=self.event, stage=stage)

    def span(self, lo: float, hi: float) -> Progress:
        """A view whose 0..1 is `lo`..`hi` of this one's range (one take of several, one pass of two)."""
        width = self._hi - self._lo
        return Progress(self.listener, event=self.event, stage=self.stage,
                        lo=self._lo + width * _clamp(lo), hi=self._lo + width * _clamp(hi))

    # -- cancel -----------------------------------------------------------------------------------
    @property
    def cancelled(self) -> bool:
        return self.event.is_set()

    def cancel(self) -> None:
        self.event.set()

    def raise_if_cancelled(self) -> None:
        if self.event.is_set():
            raise Cancelled(_("Stopped"), _("Nothing was written; start again when you are ready"))


def silent() -> Progress:
    """A progress nobody listens to and nobody cancels (the default of engines called without one)."""
    return Progress()
