"""One name per consent level and per role, in each language, for every screen and command that shows one."""

from __future__ import annotations

from studio.i18n import N_, _

#: consent level -> its name (the same word everywhere: tables, dialogs, warnings, the register)
CONSENT_NAMES = {
    "none": N_("not recorded"),
    "workshop": N_("workshop only"),
    "publish": N_("publication"),
}
#: consent level -> what it means, shown beside its name when choosing one
CONSENT_MEANINGS = {
    "none": N_("nothing is recorded or imported"),
    "workshop": N_("recorded, kept for the workshop, never exported"),
    "publish": N_("may be published in an episode"),
}


def consent_name(level: str) -> str:
    """The translated name of a consent level (an unknown level is shown as it is)."""
    return _(CONSENT_NAMES[level]) if level in CONSENT_NAMES else level


def consent_choices() -> list[tuple[str, str]]:
    """(level, "name — meaning") for a choice dialog, from the most to the least protective."""
    return [(level, f"{_(CONSENT_NAMES[level])} — {_(CONSENT_MEANINGS[level])}") for level in CONSENT_NAMES]
