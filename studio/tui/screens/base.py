"""The base of every screen: header, translated footer, a help panel (F1) and a language refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from studio.i18n import _
from studio.tui.guard import GuardedDispatch

if TYPE_CHECKING:
    from studio.tui.app import AntenneApp


class AntenneScreen(GuardedDispatch, Screen[Any]):
    """Subclasses set HELP (an English Markdown msgid) and compose their body."""

    HELP = ""
    rebuilding = False  # True while a language switch recomposes the screen (its widgets are being replaced)

    def set_interval(self, interval: float, callback: Any = None, *args: Any, **kwargs: Any) -> Any:
        """Timers of screens skip their ticks while the screen is rebuilt (a tick would find no widgets)."""
        if callback is None:
            return super().set_interval(interval, callback, *args, **kwargs)

        def tick() -> Any:
            if self.rebuilding or not self.is_attached:
                return None
            return callback()

        return super().set_interval(interval, tick, *args, **kwargs)

    @property
    def antenne(self) -> AntenneApp:
        return self.app  # type: ignore[return-value]

    def help_markdown(self) -> str:
        """The screen's help, then every key it answers to (also those not in the key bar), quit included."""
        lines = [_(self.HELP)] if self.HELP else []
        keys = []
        seen: set[str] = set()
        for binding in self.active_bindings.values():
            b = binding.binding
            if b.description and b.action not in seen:
                seen.add(b.action)
                keys.append(f"- `{self.app.get_key_display(b)}` {_(b.description)}")
        if keys:
            lines += ["", "### " + _("Keys"), *keys]
        return "\n".join(lines)

    def language_changed(self) -> None:
        """Called after the language was switched: rebuild the screen with the new texts."""

        async def rebuild() -> None:
            self.rebuilding = True
            try:
                await self.recompose()
                self.after_recompose()
            finally:
                self.rebuilding = False

        self.call_later(rebuild)

    def after_recompose(self) -> None:
        """Fill widgets again after a language switch rebuilt them (on_mount is not called again)."""
