"""Commands `loudness`, `normalize` and `assemble`."""

from __future__ import annotations

import click

from studio.i18n import N_, _


@click.command("loudness", help=N_("Measure loudness (EBU R128 / ITU-R BS.1770-4) of audio files."))
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help=N_("Print a JSON array, one object per file."))
def loudness(files: tuple[str, ...], as_json: bool) -> None:
    import json

    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.audio.loudness import measure_file

    results = [measure_file(f) for f in files]  # a bad file stops here with one line naming it
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in results], indent=2))
        return
    click.echo(_format_table(results))


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _format_table(results: list) -> str:  # type: ignore[type-arg]
    headers = [_("file"), _("duration"), _("integrated LUFS"), _("range LU"), _("true peak dBTP"),
               _("sample peak dBFS"), _("max momentary"), _("max short-term")]
    rows = [[r.path, f"{r.duration_s:.2f} s", _num(r.integrated_lufs), _num(r.loudness_range_lu),
             _num(r.true_peak_dbtp), _num(r.sample_peak_dbfs), _num(r.max_momentary_lufs),
             _num(r.max_short_term_lufs)] for r in results]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
    lines = []
    for row in [headers, *rows]:
        cells = zip(row, widths, strict=True)
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(cells)))
    return "\n".join(lines)


@click.command("normalize", help=N_("Write OUT normalised to a loudness target with a true-peak ceiling."))
@click.argument("src", metavar="IN", type=click.Path())
@click.argument("out", metavar="OUT", type=click.Path())
@click.option("--target", default="podcast", help=N_("podcast (-16 LUFS), broadcast (-23 LUFS) or a number in LUFS."))
@click.option("--true-peak", "true_peak", type=float, default=-1.0, help=N_("True-peak ceiling in dBTP."))
def normalize(src: str, out: str, target: str, true_peak: float) -> None:
    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.audio.normalize import normalize_file

    report = normalize_file(src, out, target=target, ceiling_dbtp=true_peak)
    click.echo(report.describe())
    click.echo(_("Written: {path}").format(path=out))


@click.command("assemble", help=N_("Build an episode from audio files: intro, clips, outro, ducked music bed."))
@click.argument("clips", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "out", required=True, type=click.Path(), help=N_("Output audio file."))
@click.option("--intro", type=click.Path(), help=N_("Intro jingle."))
@click.option("--outro", type=click.Path(), help=N_("Outro jingle."))
@click.option("--bed", type=click.Path(), help=N_("Music bed ducked under speech."))
@click.option("--target", default="podcast", help=N_("podcast, broadcast or a number in LUFS."))
@click.option("--title", default="", help=N_("Title tag of the episode."))
def assemble(clips: tuple[str, ...], out: str, intro: str | None, outro: str | None, bed: str | None,
             target: str, title: str) -> None:
    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.audio.assemble import assemble_files

    result = assemble_files(list(clips), out, intro=intro, outro=outro, bed=bed, target=target, title=title)
    if result.report is not None:
        click.echo(result.report.describe())
    click.echo(_("Episode of {duration:.1f} s written: {path}").format(duration=result.duration_s, path=out))


def register(group: click.Group) -> None:
    for command in (loudness, normalize, assemble):
        group.add_command(command)
