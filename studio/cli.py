"""The command line: parse, call the core, print; errors become one line and an exit code.

Every command accepts `--lang fr|en` and `--debug`. Exit codes: 0 success, 1 failure (one line
`antenne: error: ...` on stderr, no traceback unless --debug), 2 usage error, 130 interrupted.
Commands live in `studio.commands.*`, one module per area; heavy libraries are imported inside them.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any

import click

from studio.commands import audio, doctor, episode, export, framing, record, share, transcribe, workshop
from studio.commands.workshop import open_ui
from studio.errors import StudioError
from studio.i18n import N_, _, colon, get_language, ngettext, set_language
from studio.logs import setup_logging
from studio.project.oserrors import explain

STATE: dict[str, Any] = {"debug": False, "lang": None}


def _set_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value:
        STATE["lang"] = value
        set_language(value)


def _set_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        STATE["debug"] = True


def _common_params() -> list[click.Parameter]:
    return [
        click.Option(
            ["--lang"], type=click.Choice(["fr", "en"]), expose_value=False, is_eager=True,
            callback=_set_lang, help=N_("Language of messages (default: from the locale, French when unknown)."),
        ),
        click.Option(
            ["--debug"], is_flag=True, expose_value=False, is_eager=True, callback=_set_debug,
            help=N_("Show the full traceback when something fails."),
        ),
    ]


class _Translated:
    """Mixin: help texts are English msgids, translated when help is shown."""
    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        cmd: Any = self
        saved = (cmd.help, [(p, getattr(p, "help", None)) for p in cmd.params])
        if cmd.help:
            cmd.help = _(cmd.help)
        for p, h in saved[1]:
            if h:
                p.help = _(h)
        try:
            super().format_help(ctx, formatter)  # type: ignore[misc]
        finally:
            cmd.help = saved[0]
            for p, h in saved[1]:
                p.help = h

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click writes "Options:" itself; French wants « Options : » (no-break space before the colon)."""
        heading = formatter.write_heading

        def french_heading(text: str) -> None:
            formatter.write(f"{'':>{formatter.current_indent}}{text}{colon().rstrip()}\n")

        if get_language() == "fr":
            formatter.write_heading = french_heading  # type: ignore[method-assign,assignment]
        try:
            super().format_options(ctx, formatter)  # type: ignore[misc]
        finally:
            formatter.write_heading = heading  # type: ignore[method-assign]

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = _("Show this message and exit.")
        return option  # type: ignore[no-any-return]

    def get_short_help_str(self, limit: int = 45) -> str:
        cmd: Any = self
        original = cmd.short_help
        cmd.short_help = _(original) if original else (_(cmd.help).split("\n")[0] if cmd.help else "")
        try:
            return super().get_short_help_str(limit)  # type: ignore[misc]
        finally:
            cmd.short_help = original


def _translate_click() -> None:
    """click's own messages ("Usage:", "Error: …", "Missing argument") through Antenne's catalogues: click
    calls the module-level `gettext` functions it imported, so they are pointed at ours (same English msgids)."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.termui
    import click.types

    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.termui,
                   click.types):
        if hasattr(module, "_"):
            module._ = _  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


_translate_click()


def _add_common(params: list[click.Parameter]) -> None:
    taken = {opt for p in params for opt in getattr(p, "opts", [])}
    params.extend(p for p in _common_params() if not set(p.opts) & taken)


class Command(_Translated, click.Command):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _add_common(self.params)


class Group(_Translated, click.Group):
    command_class = Command

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _add_common(self.params)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)  # keep the order they were added in


Group.group_class = Group


def fail(message: str, hint: str = "") -> None:
    """Raise a StudioError from a command (used for plain argument checks)."""
    raise StudioError(message, hint)


@click.group(cls=Group, invoke_without_command=True, context_settings={"help_option_names": ["--help", "-h"]},
             help=N_("Antenne: offline toolkit for radio workshops. Without a command, opens the terminal UI."))
@click.version_option(package_name="antenne", message="antenne %(version)s", help=N_("Show the version and exit."))
@click.pass_context
def cli(ctx: click.Context) -> None:
    if ctx.invoked_subcommand is None:
        open_ui(None)


def _register() -> None:
    for module in (workshop, record, audio, transcribe, framing, episode, export, share, doctor):
        module.register(cli)
    for command in cli.commands.values():
        _upgrade(command)


def _upgrade(command: click.Command) -> None:
    """Give every command (declared with plain click decorators) --lang, --debug and translated help."""
    if isinstance(command, click.Group):
        if not isinstance(command, Group):
            command.__class__ = type("Group", (Group,), {})
        for sub in command.commands.values():
            _upgrade(sub)
    elif not isinstance(command, Command):
        command.__class__ = type("Command", (Command,), {})
    _add_common(command.params)


_register()


def _prescan_lang(argv: list[str]) -> None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            set_language(argv[i + 1])
            return
        if arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])
            return
    set_language(None)


def _log():  # type: ignore[no-untyped-def]
    import logging

    return logging.getLogger("antenne.cli")


def _where(error: BaseException) -> str:
    """Where an exception was raised (module:line of each frame), without its message or any value."""
    frames = traceback.extract_tb(error.__traceback__)[-6:]
    return " < ".join(f"{Path(f.filename).stem}:{f.lineno}" for f in reversed(frames))


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `antenne` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    _prescan_lang(args)
    setup_logging(argv=args, commands=cli)
    STATE["debug"] = "--debug" in args
    try:
        cli.main(args=args, prog_name="antenne", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.UsageError as e:
        e.show()
        sys.exit(2)
    except click.ClickException as e:
        click.echo(f"antenne: error: {e.format_message()}", err=True)
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        click.echo("", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo(_("antenne: interrupted"), err=True)
        sys.exit(130)
    except StudioError as e:
        if STATE["debug"]:
            traceback.print_exc()
        _log().warning("error: %s", type(e).__name__)  # never the message: it holds names and paths
        click.echo(f"antenne: error: {e.one_line()}", err=True)
        sys.exit(e.exit_code)
    except BrokenPipeError:
        sys.exit(1)
    except Exception as e:  # an unexpected failure is still one line unless --debug
        if STATE["debug"]:
            traceback.print_exc()

        known = explain(e)
        _log().warning("failure: %s at %s", type(e).__name__, _where(e))
        if known is not None:
            click.echo(f"antenne: error: {known.one_line()}", err=True)
            sys.exit(known.exit_code)
        click.echo(
            "antenne: error: "
            + _("unexpected failure: {error}. Run again with --debug and report it").format(
                error=f"{type(e).__name__}: {e}"
            ),
            err=True,
        )
        sys.exit(1)
    sys.exit(0)
