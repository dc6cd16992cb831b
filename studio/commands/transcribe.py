"""Command `transcribe`: Whisper offline, printed to stdout (txt as segments come) or written atomically to -o."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from studio.errors import InvalidInput
from studio.i18n import N_, _
from studio.project.atomic import atomic_write_text


@click.command("transcribe", help=N_("Transcribe a recording with Whisper, offline."))
@click.argument("file", type=click.Path())
@click.option("--model", default=None, help=N_("Model name (base, tiny.en, small) or a CTranslate2 model folder."))
@click.option("--language", type=click.Choice(["fr", "en", "auto"]), default="auto", help=N_("Spoken language."))
@click.option("--format", "fmt", type=click.Choice(["txt", "srt", "vtt", "json"]), default="txt",
              help=N_("Output format."))
@click.option("-o", "--output", "out", type=click.Path(), default=None, help=N_("Write to this file instead of stdout."))
def transcribe(file: str, model: str | None, language: str, fmt: str, out: str | None) -> None:
    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.transcribe.engine import transcribe as run
    from studio.transcribe.transcript import Transcript
    from studio.transcribe.writers import WRITERS, TxtWriter

    src = Path(file)
    if out is not None:
        target = Path(out)
        if src.exists() and target.exists() and target.resolve() == src.resolve():
            raise InvalidInput(_("The output file is the input file"), _("Choose another name for -o"))
        if target.is_dir():
            raise InvalidInput(_("{path} is a folder").format(path=target), _("Give a file name to -o"))
    segments, info = run(src, model, language)
    if fmt == "txt" and out is None:
        writer = TxtWriter()
        for segment in segments:  # print as they come: a long file shows progress by itself
            line = writer.line(segment)
            if line:
                click.echo(line)
                sys.stdout.flush()
        return
    text = WRITERS[fmt]().render(Transcript(info, list(segments)))
    if out is None:
        click.echo(text, nl=False)
        return
    atomic_write_text(Path(out), text)


def register(group: click.Group) -> None:
    group.add_command(transcribe)
