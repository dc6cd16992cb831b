"""Commands `export` and `feed`."""

from __future__ import annotations

import click

from studio.commands import not_yet
from studio.i18n import N_


@click.command("export", help=N_("Render a workshop episode into a publishable podcast pack."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("--episode", default=None, help=N_("Episode id or slug (default: the first)."))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(), help=N_("Folder of episode packs."))
@click.option("--format", "fmt", type=click.Choice(["mp3", "ogg", "flac", "wav"]), default="mp3",
              help=N_("Audio format."))
@click.option("--target", default=None, help=N_("podcast, broadcast or a number in LUFS."))
@click.option("--skip-unconsented", is_flag=True, help=N_("Leave out takes of participants without publish consent."))
def export(folder: str, episode: str | None, outdir: str, fmt: str, target: str | None,
           skip_unconsented: bool) -> None:
    raise not_yet("export")


@click.command("feed", help=N_("Write or update OUTDIR/feed.xml for every episode pack in OUTDIR."))
@click.argument("outdir", metavar="OUTDIR", type=click.Path())
@click.option("--title", required=True, help=N_("Title of the podcast."))
@click.option("--base-url", default="", help=N_("Public address where OUTDIR will be published."))
def feed(outdir: str, title: str, base_url: str) -> None:
    raise not_yet("feed")


def register(group: click.Group) -> None:
    group.add_command(export)
    group.add_command(feed)
