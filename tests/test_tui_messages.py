"""The screens' messages: dataclasses, one module per screen family, and a handler that fires for each.

A Textual handler is found by name (`on_<namespace>_<message>`); a handler whose name matches no message is
never called and nothing says so, so these tests check the names both ways.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re

from textual.message import Message

import studio.tui.messages as messages_package
import studio.tui.screens as screens_package
from studio.tui.screens.edit import EditScreen
from studio.tui.widgets.waveform import Waveform


def _modules(package):  # type: ignore[no-untyped-def]
    return [importlib.import_module(f"{package.__name__}.{m.name}") for m in pkgutil.iter_modules(package.__path__)]


def _messages() -> list[type[Message]]:
    return [cls for module in _modules(messages_package) for cls in vars(module).values()
            if inspect.isclass(cls) and issubclass(cls, Message) and cls.__module__ == module.__name__]


def _handlers() -> dict[str, list[str]]:
    """Handler name -> the screen classes (in studio.tui.screens) that define it."""
    found: dict[str, list[str]] = {}
    for module in _modules(screens_package):
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__:
                for name in vars(cls):
                    if name.startswith("on_"):
                        found.setdefault(name, []).append(cls.__name__)
    return found


def test_every_screen_message_is_a_dataclass_of_its_family_with_a_handler() -> None:
    found = _messages()
    assert len(found) >= 13
    handlers = _handlers()
    for cls in found:
        family = cls.__module__.rsplit(".", 1)[-1]
        assert dataclasses.is_dataclass(cls), cls
        assert cls.namespace == family, cls
        assert cls.handler_name.startswith(f"on_{family}_"), cls
        assert cls.handler_name in handlers, f"no screen handles {cls.__name__} ({cls.handler_name})"


def test_every_family_handler_matches_a_message() -> None:
    """A handler named for a family (on_record_..., on_edit_...) that no message matches would never fire."""
    names = {cls.handler_name for cls in _messages()}
    families = {m.__name__.rsplit(".", 1)[-1] for m in _modules(messages_package)}
    pattern = re.compile(rf"on_({'|'.join(families)})_")
    stray = [h for h in _handlers() if pattern.match(h) and h not in names]
    assert stray == []


def test_no_screen_defines_its_own_messages() -> None:
    for module in _modules(screens_package):
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__:
                nested = [v for v in vars(cls).values() if inspect.isclass(v) and issubclass(v, Message)]
                assert not nested and not issubclass(cls, Message), (module.__name__, cls)


def test_waveform_messages_are_dataclasses_handled_by_the_edit_screen() -> None:
    for cls in (Waveform.CursorPlaced, Waveform.Selected, Waveform.Resized):
        assert dataclasses.is_dataclass(cls)
        assert hasattr(EditScreen, cls.handler_name), cls.handler_name
    message = Waveform.Selected(10, 20)
    assert (message.start_frame, message.end_frame) == (10, 20) and message.bubble
