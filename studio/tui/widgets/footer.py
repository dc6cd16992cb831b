"""The key bar of every screen: translated descriptions, wrapped on as many lines as needed (never cut
off at 80 columns), each key clickable with the mouse."""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.text import Text
from textual.app import App
from textual.screen import Screen
from textual.widgets import Static

from studio.i18n import _


class TranslatedFooter(Static):
    DEFAULT_CSS = """
    TranslatedFooter {
        dock: bottom;
        height: auto;
        max-height: 6;
        padding: 0 1;
        background: $footer-background;
        color: $footer-foreground;
        link-style: none;
        link-style-hover: reverse;
    }
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("compact", None)
        super().__init__("", *args, **kwargs)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: object = None) -> None:
        if self.is_attached:
            self.update(self.keys_text(self.size.width - 2 if self.size.width > 2 else 78))

    def on_resize(self) -> None:
        self._bindings_changed()

    def pairs(self) -> list[tuple[str, str, Style]]:
        """(key, description, click style) for the shown bindings, one per action, in declaration order."""
        out = []
        seen: set[str] = set()
        for node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if not binding.show or not binding.description or binding.action in seen or not enabled:
                continue
            seen.add(binding.action)
            namespace = "app" if isinstance(node, App) else "screen" if isinstance(node, Screen) else ""
            click = Style(meta={"@click": f"{namespace}.{binding.action}"}) if namespace else Style()
            out.append((self.app.get_key_display(binding), _(binding.description), click))
        return out

    def keys_text(self, width: int) -> Text:
        """The pairs packed on lines of `width` cells, never splitting a key from its description."""
        text = Text()
        column = 0
        key_style = Style(bold=True, color="#ffa62b")
        for key, description, click in self.pairs():
            size = len(key) + 1 + len(description)
            if column and column + 2 + size > width:
                text.append("\n")
                column = 0
            elif column:
                text.append("  ")
                column += 2
            text.append(key, key_style + click)
            text.append(" ")
            text.append(description, click)
            column += size
        return text
