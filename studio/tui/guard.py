"""The UI's safety net: an unexpected error in a screen is logged and shown, and the app goes on.

Textual stops the whole app on any exception raised by a message handler or an action. For a workshop
that would lose the group's typed answers and edits, so the app, every screen and every dialog dispatch
their messages through `GuardedDispatch`: an exception other than a `StudioError` (those are expected and
handled where they happen) is written to the log as its type and stack (file, line, function: never the
message, which may hold a name or a path) and shown in an error dialog; the screen stays as it was.

Tests set `ANTENNE_TUI_STRICT=1` (tests/conftest.py) so that a bug still fails the test that hits it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import traceback
from typing import Any

from textual.app import App

from studio.i18n import _
from studio.logs import log_file

log = logging.getLogger("antenne.tui")


def strict() -> bool:
    return os.environ.get("ANTENNE_TUI_STRICT", "") == "1"


def describe(error: BaseException) -> str:
    """The error's type and stack, without its message (which may contain a participant's name or a path)."""
    frames = traceback.extract_tb(error.__traceback__)
    stack = " < ".join(f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(frames[-8:]))
    return f"{type(error).__module__}.{type(error).__qualname__} at {stack or '?'}"


def report_unexpected(app: Any, error: BaseException, where: str = "") -> None:
    """Log the error (no names), remember it on the app and open an error dialog; never raises.

    The same error repeated (a timer failing at every tick) is logged and shown once."""
    signature = describe(error)
    seen: set[str] = app.__dict__.setdefault("_unexpected_seen", set())
    errors = getattr(app, "unexpected_errors", None)
    if isinstance(errors, list):
        errors.append(error)
    if signature in seen:
        return
    seen.add(signature)
    try:
        screen = type(getattr(app, "screen", None)).__name__
        log.error("unexpected error in %s (screen %s): %s", where or "the UI", screen, signature,
                  extra={"no_names": True})
    except Exception:
        pass
    try:
        message = _("An unexpected error happened ({kind}). Nothing was lost: your answers and edits are "
                    "still here. The details were written to the log:\n{path}").format(
            kind=type(error).__name__, path=log_file())
        if where == "ErrorDialog":  # the dialog itself failed: do not open another one
            return
        # the app opens its error dialog (the dialogs use this guard: it cannot import them)
        show = getattr(app, "show_error", None)
        if show is not None:
            show(message, title=_("Sorry, something went wrong"))
    except Exception:
        pass


def handle_exception(app: Any, error: Exception) -> bool:
    """For `App._handle_exception` (timers, callbacks, compose): True when reported and survived,
    False when the app must stop as Textual would (strict mode, or the app is not running yet)."""
    if strict() or not getattr(app, "is_running", False) or getattr(app, "_exit", False):
        return False
    report_unexpected(app, error, "a timer or callback")
    return True


class GuardedDispatch:
    """Mixin for App, Screen and ModalScreen classes: exceptions in handlers are reported, not fatal."""

    async def _dispatch_message(self, message: Any) -> None:
        try:
            await super()._dispatch_message(message)  # type: ignore[misc]
        except asyncio.CancelledError:
            raise
        except Exception as error:
            app = self if isinstance(self, App) else getattr(self, "app", None)
            if strict() or app is None or not getattr(app, "is_running", False):
                raise
            report_unexpected(app, error, type(self).__name__)
