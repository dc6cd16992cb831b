"""Commands `episode list|add|move|remove|crossfade`: edit an episode's running order, as the Episode screen does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from studio.errors import StudioError
from studio.i18n import N_, _, number
from studio.i18n.times import clock
from studio.project import load_workshop

if TYPE_CHECKING:
    from studio.usecases.running_order import Change, RunningOrder

#: Let "-1" reach the command as a number (then refused with a clear line) instead of an unknown option.
NUMBERS = {"ignore_unknown_options": True}
EPISODE_HELP = N_("Episode id or slug (default: the first).")


def _clock(seconds: float | None) -> str:
    return "?" if seconds is None else clock(seconds)


def _open(folder: str, episode: str | None, create: bool = True) -> RunningOrder:
    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.usecases.running_order import RunningOrder

    return RunningOrder(load_workshop(folder), episode, create=create)


def _print_order(order: RunningOrder, loudness: bool = False, warned: tuple[str, ...] = ()) -> None:
    ep = order.episode
    lines = order.lines()
    click.echo(_("Episode {id} · {title}").format(id=ep.id, title=ep.title))
    if not lines:
        click.echo("  " + _("(the running order is empty)"))
    for line in lines:
        mark = "⚠ " if line.unconsented or line.missing else ""
        who = f" · {line.participant}" if line.participant else ""
        fade = f" ⤫{line.crossfade_s:g}s" if line.crossfade_s else ""
        ref = line.ref if line.kind == "take" else Path(line.ref).stem
        click.echo(f"{line.position:3d}. {mark}{ref}{who} · {line.title} · {_clock(line.duration_s)}{fade}")
    bed = Path(ep.bed).stem if ep.bed else _("no bed")
    click.echo(_("{count} items · {duration} · bed: {bed} · target: {target}").format(
        count=len(lines), duration=_clock(order.duration_s()), bed=bed, target=ep.target))
    if loudness:
        lufs = order.estimated_loudness_lufs()
        if lufs is not None:
            click.echo(_("estimated loudness before export: {raw} LUFS (export normalises to the target)")
                       .format(raw=number(lufs, 1)))
    for warning in order.warnings(lines):
        if warning not in warned:
            click.echo(_("warning: {text}").format(text=warning), err=True)


def _report(order: RunningOrder, change: Change) -> None:
    click.echo(change.text)
    for warning in change.warnings:
        click.echo(_("warning: {text}").format(text=warning), err=True)
    _print_order(order, warned=tuple(change.warnings))


@click.group("episode", help=N_("Edit an episode's running order: takes, jingles, music bed, crossfades."))
def episode() -> None:
    pass


@episode.command("list", help=N_("Show an episode's running order, with consent warnings."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("--episode", "episode_id", default=None, help=EPISODE_HELP)
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON."))
@click.option("--loudness", is_flag=True, help=N_("Also estimate the loudness before export (reads every item)."))
def list_(folder: str, episode_id: str | None, as_json: bool, loudness: bool) -> None:
    order = _open(folder, episode_id, create=False)
    if not as_json:
        _print_order(order, loudness)
        return
    ep = order.episode
    lines = order.lines()
    data = {"episode": {"id": ep.id, "slug": ep.slug, "title": ep.title, "bed": ep.bed or None,
                        "target": ep.target},
            "duration_s": round(order.duration_s(), 3),
            "items": [line.to_json() for line in lines],
            "warnings": order.warnings(lines)}
    if loudness:
        data["estimated_lufs"] = order.estimated_loudness_lufs()
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@episode.command("add", help=N_("Add takes or jingles to the running order (in the order given), or choose the "
                                "music bed."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.argument("names", metavar="[TAKE|JINGLE]...", nargs=-1)
@click.option("--at", "at", type=int, default=None, help=N_("Position of the first new item (default: at the end)."))
@click.option("--bed", default=None, help=N_("Music bed under the voices (a name such as bed-calm, or none)."))
@click.option("--episode", "episode_id", default=None, help=EPISODE_HELP)
def add(folder: str, names: tuple[str, ...], at: int | None, bed: str | None, episode_id: str | None) -> None:
    if not names and bed is None:
        raise StudioError(_("Nothing to add"), _("Name a take id or a jingle, or choose a bed with --bed"))
    order = _open(folder, episode_id)
    if names:
        items = [order.resolve(name) for name in names]
        change = order.add(items, at)
        if bed is not None:
            change.text += "\n" + order.set_bed(bed).text
    else:
        change = order.set_bed(bed or "")
    _report(order, change)


@episode.command("move", context_settings=NUMBERS, help=N_("Move the item at position FROM to position TO."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.argument("source", metavar="FROM", type=int)
@click.argument("target", metavar="TO", type=int)
@click.option("--episode", "episode_id", default=None, help=EPISODE_HELP)
def move(folder: str, source: int, target: int, episode_id: str | None) -> None:
    order = _open(folder, episode_id, create=False)
    _report(order, order.move(source, target))


@episode.command("remove", context_settings=NUMBERS, help=N_("Remove items by position, or the music bed with --bed."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.argument("positions", metavar="[N]...", nargs=-1, type=int)
@click.option("--bed", is_flag=True, help=N_("Remove the music bed."))
@click.option("--episode", "episode_id", default=None, help=EPISODE_HELP)
def remove(folder: str, positions: tuple[int, ...], bed: bool, episode_id: str | None) -> None:
    if not positions and not bed:
        raise StudioError(_("Nothing to remove"), _("Give the positions shown by: antenne episode list DIR"))
    order = _open(folder, episode_id, create=False)
    if positions:
        change = order.remove_many(list(positions))
        if bed:
            change.text += "\n" + order.set_bed("").text
    else:
        change = order.set_bed("")
    _report(order, change)


@episode.command("crossfade", context_settings=NUMBERS, help=N_("Set the crossfade between item N and the item before it, in seconds "
                                      "(0: none)."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.argument("position", metavar="N", type=int)
@click.argument("seconds", metavar="SECONDS", type=float)
@click.option("--episode", "episode_id", default=None, help=EPISODE_HELP)
def crossfade(folder: str, position: int, seconds: float, episode_id: str | None) -> None:
    order = _open(folder, episode_id, create=False)
    _report(order, order.set_crossfade(position, seconds))


def register(group: click.Group) -> None:
    group.add_command(episode)
