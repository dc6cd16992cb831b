"""List widgets that stop at their ends instead of wrapping round (a plan read from step 9 to step 1 confuses)."""

from __future__ import annotations

from textual.widgets import OptionList


class StopOptionList(OptionList):
    """An OptionList whose cursor stops at the first and the last option."""

    def action_cursor_up(self) -> None:
        if self.highlighted is None or self.highlighted > 0:
            super().action_cursor_up()

    def action_cursor_down(self) -> None:
        if self.highlighted is None or self.highlighted < self.option_count - 1:
            super().action_cursor_down()
