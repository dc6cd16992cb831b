"""Commands `compare` and `exercises list|show|check`."""

from __future__ import annotations

import click

from studio.commands import not_yet
from studio.i18n import N_


@click.command("compare", help=N_("Compare how two versions of a news item are framed."))
@click.argument("a", type=click.Path())
@click.argument("b", type=click.Path())
@click.option("--language", type=click.Choice(["fr", "en", "auto"]), default="auto", help=N_("Language of the texts."))
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON."))
def compare(a: str, b: str, language: str, as_json: bool) -> None:
    raise not_yet("compare")


@click.group("exercises", help=N_("Framing exercises: list, show, check."))
def exercises() -> None:
    pass


@exercises.command("list", help=N_("List the bundled exercises."))
def exercises_list() -> None:
    raise not_yet("exercises")


@exercises.command("show", help=N_("Show one exercise."))
@click.argument("exercise_id", metavar="ID")
def exercises_show(exercise_id: str) -> None:
    raise not_yet("exercises")


@exercises.command("check", help=N_("Validate a folder of exercises written by a facilitator."))
@click.argument("folder", metavar="DIR", type=click.Path())
def exercises_check(folder: str) -> None:
    raise not_yet("exercises")


def register(group: click.Group) -> None:
    group.add_command(compare)
    group.add_command(exercises)
