"""The key bar of every screen: translated descriptions on at most two lines, each key clickable.

Keys come in the order the screen declares them (the most used first); those that do not fit on two lines
are left to the help panel (F1), which lists every key, quitting included. F1 itself is always shown."""

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
        max-height: 2;
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

    def keys_text(self, width: int, max_lines: int = 2) -> Text:
        """The pairs packed on at most `max_lines` lines of `width` cells, never splitting a key from its
        description; the help key always fits (last), the keys that do not are dropped."""
        pairs = self.pairs()
        help_pairs = [p for p in pairs if p[0].lower() in ("f1", "?")][:1]
        others = [p for p in pairs if p not in help_pairs]
        size = lambda p: len(p[0]) + 1 + len(p[1])  # noqa: E731
        lines: list[list[tuple[str, str, Style]]] = [[]]
        used = [0]

        def place(pair: tuple[str, str, Style], reserve: int) -> bool:
            for i in range(len(lines)):
                extra = size(pair) + (2 if lines[i] else 0)
                room = width - (reserve if i == max_lines - 1 else 0)
                if used[i] + extra <= room:
                    lines[i].append(pair)
                    used[i] += extra
                    return True
            if len(lines) < max_lines and size(pair) <= width - (reserve if len(lines) == max_lines - 1 else 0):
                lines.append([pair])
                used.append(size(pair))
                return True
            return False

        reserve = size(help_pairs[0]) + 2 if help_pairs else 0
        for pair in others:
            place(pair, reserve)
        for pair in help_pairs:
            place(pair, 0)
        text = Text()
        key_style = Style(bold=True, color="#ffa62b")
        for n, line in enumerate(lines):
            if n:
                text.append("\n")
            for i, (key, description, click) in enumerate(line):
                if i:
                    text.append("  ")
                text.append(key, key_style + click)
                text.append(" ")
                text.append(description, click)
        return text
