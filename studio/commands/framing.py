"""Commands `compare` and `exercises list|show|check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click

from studio.errors import InvalidInput
from studio.framing import compare as compare_texts
from studio.framing.analyse import analyse
from studio.framing.answerkey import disagreements
from studio.framing.inputs import read_version
from studio.framing.report import render
from studio.i18n import N_, _, get_language, ngettext


@click.command("compare", help=N_("Compare how two versions of a news item are framed."))
@click.argument("a", type=click.Path())
@click.argument("b", type=click.Path())
@click.option("--language", type=click.Choice(["fr", "en", "auto"]), default="auto", help=N_("Language of the texts."))
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON."))
def compare(a: str, b: str, language: str, as_json: bool) -> None:
    text_a, lang_a = read_version(a, language)
    text_b, lang_b = read_version(b, language)
    if language == "auto" and lang_a and lang_a == lang_b:
        language = lang_a
    result = compare_texts(text_a, text_b, language, labels=(Path(a).stem, Path(b).stem))
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    # lazy: rich's console (~40 ms), only for the text report (not --json, not --help)
    from rich.console import Console

    render(result, Console(highlight=False, soft_wrap=False))


@click.group("exercises", help=N_("Framing exercises: list, show, check."))
def exercises() -> None:
    pass


@exercises.command("list", help=N_("List the bundled exercises."))
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON."))
def exercises_list(as_json: bool) -> None:
    # lazy: the exercises load their audio edits, so numpy (~0.1 s), which --help and compare do not need
    from studio.framing.exercises import bundled_exercises, level_name

    lang = get_language()
    items = bundled_exercises()
    if as_json:
        click.echo(json.dumps([e.summary_dict() for e in items], ensure_ascii=False, indent=2))
        return
    width = max((len(e.id) for e in items), default=0)
    for e in items:
        click.echo(f"{e.id:<{width}}  {level_name(e.level):<13} {e.duration_min:>3} min  {e.text('title', lang)}")


@exercises.command("show", help=N_("Show one exercise."))
@click.argument("exercise_id", metavar="ID")
@click.option("--html", "html_dir", type=click.Path(), default=None,
              help=N_("Write the participant handout and the facilitator sheet as printable HTML into this folder."))
@click.option("--audio", "audio_dir", type=click.Path(), default=None,
              help=N_("Write each version's audio into this folder (an edited version is rendered from its edit list)."))
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON."))
def exercises_show(exercise_id: str, html_dir: str | None, audio_dir: str | None, as_json: bool) -> None:
    # lazy: the exercises load their audio edits, so numpy (~0.1 s), which --help and compare do not need
    from studio.framing.exercises import find_exercise, render_markdown

    exercise = find_exercise(exercise_id)
    if audio_dir:
        # lazy: renders audio with numpy (~0.1 s), which --help and compare do not need
        from studio.framing.exercise_audio import write_version_audio

        for path in write_version_audio(exercise, Path(audio_dir), get_language()):
            click.echo(str(path))
        if not html_dir:
            return
    if html_dir:
        # lazy: the sheets read the exercises, so numpy (~0.1 s), which --help and compare do not need
        from studio.framing.handout import write_sheets

        for path in write_sheets(exercise, Path(html_dir), get_language()):
            click.echo(str(path))
        return
    if as_json:
        click.echo(json.dumps(exercise.raw, ensure_ascii=False, indent=2))
        return
    click.echo(render_markdown(exercise, get_language()))


@exercises.command("orders", help=N_("Compare the groups' running orders of a running-order exercise side by side."))
@click.argument("exercise_id", metavar="ID")
@click.argument("groups", metavar="GROUP=LETTERS...", nargs=-1, required=True)
def exercises_orders(exercise_id: str, groups: tuple[str, ...]) -> None:
    # lazy: the exercises load their audio edits, so numpy (~0.1 s), which --help and compare do not need
    from studio.framing.exercises import find_exercise
    from studio.framing.running_order import (
        MAX_GROUPS,
        compare,
        parse_group,
        render_text,
        running_order_question,
    )

    exercise = find_exercise(exercise_id)
    question = running_order_question(exercise)
    if question is None:
        raise InvalidInput(_("Exercise {id} has no running order to compare").format(id=exercise_id),
                           _("Try: antenne exercises orders running-order \"Red=B A C\" \"Blue=A C\""))
    if len(groups) > MAX_GROUPS:
        raise InvalidInput(_("Too many groups (at most {count})").format(count=MAX_GROUPS), _("Compare fewer groups"))
    count = len(exercise.text("items", get_language(), question))
    parsed = [parse_group(spec, count, n) for n, spec in enumerate(groups, 1)]
    columns = shutil.get_terminal_size((80, 24)).columns
    click.echo(render_text(compare(exercise, question, parsed, get_language()), int(question["budget_s"]), columns))


@exercises.command("check", help=N_("Validate a folder of exercises written by a facilitator."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("--analyse", "with_analyser", is_flag=True,
              help=N_("Also run the framing analyser and check that it finds what each answer key expects."))
def exercises_check(folder: str, with_analyser: bool) -> None:
    # lazy: the exercises load their audio edits, so numpy (~0.1 s), which --help and compare do not need
    from studio.framing.exercises import check_folder, exercise_files, load_exercise

    checked, problems = check_folder(Path(folder))
    if with_analyser and not problems:
        for file in exercise_files(Path(folder)):
            ex = load_exercise(file)
            for lang in ex.languages:
                found = {v["id"]: analyse(str(ex.text("text", lang, v)), lang, v["id"]) for v in ex.versions}
                problems += [f"{file.name}: " + _("{where} ({lang}): the analyser does not find it").format(
                    where=d, lang=lang) for d in disagreements(ex, lang, found)]
    for p in problems:
        click.echo(p, err=True)
    if problems:
        raise InvalidInput(ngettext("{count} problem in {dir}", "{count} problems in {dir}", len(problems)).format(
            count=len(problems), dir=folder),
                           _("Fix the lines above and run the check again"))
    click.echo(ngettext("{count} exercise checked in {dir}: valid", "{count} exercises checked in {dir}: all valid",
                        checked).format(count=checked, dir=folder))


def register(group: click.Group) -> None:
    group.add_command(compare)
    group.add_command(exercises)
