"""Consent register helpers: what lowering consent means for exports already made."""

from __future__ import annotations

from studio.i18n import _
from studio.project.model import Workshop


def withdraw_exports(workshop: Workshop, name: str) -> list[str]:
    """Mark exports holding `name` as withdrawn; returns lines telling the facilitator what to do."""
    lines = []
    for rec in workshop.exports:
        if name in rec.participants and not rec.withdrawn:
            rec.withdrawn = True
            lines.append(
                _("The export of episode {episode} in {folder} contains {name}: it is now marked as withdrawn. "
                  "Unpublish it and export the episode again without them (--skip-unconsented).").format(
                    episode=rec.episode, folder=rec.folder, name=name)
            )
    return lines
