"""The row of framing highlight toggles ("1 passives  2 sources ...") shared by the exercise and compare screens."""

from __future__ import annotations

from rich.text import Text

from studio.framing.report import STYLES
from studio.i18n import N_, _

GROUP_NAMES = {
    "passives": N_("passives"),
    "sources": N_("sources"),
    "loaded": N_("loaded terms"),
    "conditionals": N_("conditionals"),
    "numbers": N_("figures"),
}
GROUPS = list(GROUP_NAMES)


def toggles_text(active: set[str]) -> Text:
    """The row of highlight toggles: "1 passives  2 sources ..." with the active ones in their colours."""
    text = Text()
    for n, group in enumerate(GROUPS, 1):
        on = group in active
        text.append(f" {n} ", style="reverse" if on else "dim")
        text.append(f"{_(GROUP_NAMES[group])} ", style=STYLES[group][0] if on else "dim")
    return text
