"""Erase a participant: what `antenne participant forget` and the Workshop screen's Erase both do.

The erasure rules themselves (what is deleted, what is only reported, what a hostile folder cannot make
Antenne touch) live in the domain, `studio.project.erase`; this use case chooses between a full erasure and
the redaction of mentions left by an earlier one, and returns an `ErasureResult` that front ends only show.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.project.erase import Erasure, erase_participant, redact_mentions
from studio.project.model import Workshop

__all__ = ["ErasureResult", "erase", "redact"]


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure did, for the user to read (paths relative to the workshop when inside it)."""

    name: str  # the person's name as the workshop spelled it (or as typed, when erased earlier)
    erased: bool  # False: the person was already erased, only the mentions of the name were handled
    removed: tuple[str, ...] = ()  # files deleted
    changed: tuple[str, ...] = ()  # files rewritten without the name
    kept: tuple[str, ...] = ()  # files not deleted, and why (checksum, outside the folder...)
    unreachable: tuple[str, ...] = ()  # copies elsewhere, from the export log: to delete by hand
    mentions: tuple[str, ...] = ()  # other participants' transcripts that name the person
    redacted: bool = False  # whether those mentions were redacted

    @property
    def files(self) -> tuple[str, ...]:
        """Every file the erasure dealt with: deleted, rewritten, or left for the user to check."""
        return self.removed + self.changed + self.kept

    @property
    def mentions_left(self) -> tuple[str, ...]:
        """Transcripts that still say the name (to offer their redaction)."""
        return () if self.redacted else self.mentions


def _result(report: Erasure, name: str, erased: bool) -> ErasureResult:
    return ErasureResult(name=name, erased=erased, removed=tuple(report.removed), changed=tuple(report.changed),
                         kept=tuple(report.kept), unreachable=tuple(report.unreachable),
                         mentions=tuple(report.mentions), redacted=report.redacted)


def erase(workshop: Workshop, name: str, redact_mentions: bool = False) -> ErasureResult:
    """Erase participant `name` everywhere (and the name from others' transcripts with `redact_mentions`).

    A name no longer in the workshop, with `redact_mentions`, only redacts the mentions an earlier erasure
    left; otherwise an unknown name raises `NotFound` (nothing touched). The workshop is saved by the domain.
    """
    if workshop.find_participant(name) is None and redact_mentions:
        return redact(workshop, name)
    display = workshop.participant(name).name
    return _result(erase_participant(workshop, name, redact_mentions=redact_mentions), display, True)


def redact(workshop: Workshop, name: str) -> ErasureResult:
    """For a person already erased: replace the name in the other participants' transcripts."""
    return _result(redact_mentions(workshop, name), " ".join(name.split()), False)
