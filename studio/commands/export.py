"""Commands `export` and `feed`."""

from __future__ import annotations

import click

from studio.export.feed import not_publishable, published_base_url, write_feed
from studio.i18n import N_, _, ngettext, number
from studio.i18n.times import clock
from studio.progress import Progress
from studio.project import load_workshop


@click.command("export", help=N_("Render a workshop episode into a publishable podcast pack."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("--episode", default=None, help=N_("Episode id or slug (default: the first)."))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(), help=N_("Folder of episode packs."))
@click.option("--format", "fmt", type=click.Choice(["mp3", "ogg", "flac", "wav"]), default="mp3",
              help=N_("Audio format."))
@click.option("--target", default=None, help=N_("podcast, broadcast or a number in LUFS."))
@click.option("--skip-unconsented", is_flag=True, help=N_("Leave out takes of participants without publish consent."))
@click.option("--no-transcribe", is_flag=True,
              help=N_("Do not transcribe takes that have no transcript yet; the pack then has no subtitles."))
def export(folder: str, episode: str | None, outdir: str, fmt: str, target: str | None,
           skip_unconsented: bool, no_transcribe: bool) -> None:
    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.usecases.export import ExportJob, ExportOptions, ExportStage, describe_unconsented

    workshop = load_workshop(folder)
    job = ExportJob(workshop, ExportOptions(outdir, episode_id=episode, format=fmt, target=target,
                                            skip_unconsented=skip_unconsented, transcribe=not no_transcribe))
    shown = {"transcribe": -1}

    def report(stage: ExportStage, fraction: float) -> None:
        # only transcription is long enough to need a word on the terminal (the rest takes seconds)
        if stage is not ExportStage.TRANSCRIBE:
            return
        if shown["transcribe"] < 0:
            click.echo(_("Transcribing the takes that have no transcript yet (this takes a while)…"), err=True)
        percent = int(fraction * 100) // 10 * 10
        if percent > shown["transcribe"]:
            shown["transcribe"] = percent
            click.echo(_("Transcription: {percent} %").format(percent=percent), err=True)

    result = job.run(Progress(report))
    if result.skipped:
        click.echo(_("Left out (no publish consent): {who}").format(who=describe_unconsented(result.skipped)),
                   err=True)
    for warning in result.warnings:
        click.echo(_("warning: {text}").format(text=warning), err=True)
    lufs, peak = (result.loudness.get(key) for key in ("integrated_lufs", "true_peak_dbtp"))
    click.echo(_("Exported {slug} ({duration}, {lufs} LUFS, true peak {peak} dBTP) to {dir}").format(
        slug=result.slug, duration=clock(result.duration_s), dir=result.outdir,
        lufs=number(lufs, 1) if isinstance(lufs, (int, float)) else "-",
        peak=number(peak, 1) if isinstance(peak, (int, float)) else "-"))
    for path in result.files:
        click.echo(str(path))
    if result.feed is not None:
        click.echo(str(result.feed))
        if not published_base_url(result.outdir):
            click.echo(_("warning: {text}").format(text=not_publishable(result.outdir)), err=True)


@click.command("feed", help=N_("Write or update OUTDIR/feed.xml for every episode pack in OUTDIR."))
@click.argument("outdir", metavar="OUTDIR", type=click.Path())
@click.option("--title", required=True, help=N_("Title of the podcast."))
@click.option("--base-url", default="", help=N_("Public address where OUTDIR will be published."))
def feed(outdir: str, title: str, base_url: str) -> None:
    path, packs = write_feed(outdir, title=title, base_url=base_url or None)
    click.echo(ngettext("{path}: {count} episode", "{path}: {count} episodes", len(packs)).format(path=path, count=len(packs)))
    if not published_base_url(outdir):
        click.echo(_("warning: {text}").format(text=not_publishable(outdir)), err=True)


def register(group: click.Group) -> None:
    group.add_command(export)
    group.add_command(feed)
