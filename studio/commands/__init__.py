"""CLI commands, one module per area; each module has `register(group)` adding its commands."""

from __future__ import annotations

from studio.errors import NotAvailableYet
from studio.i18n import _


def not_yet(what: str) -> NotAvailableYet:
    return NotAvailableYet(
        _("{what} is not available in this version yet").format(what=what),
        _("It is being built; see the README for what works today"),
    )
