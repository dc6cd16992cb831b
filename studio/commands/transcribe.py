"""Command `transcribe`."""

from __future__ import annotations

import click

from studio.commands import not_yet
from studio.i18n import N_


@click.command("transcribe", help=N_("Transcribe a recording with Whisper, offline."))
@click.argument("file", type=click.Path())
@click.option("--model", default=None, help=N_("Model name (base, tiny.en, small) or a CTranslate2 model folder."))
@click.option("--language", type=click.Choice(["fr", "en", "auto"]), default="auto", help=N_("Spoken language."))
@click.option("--format", "fmt", type=click.Choice(["txt", "srt", "vtt", "json"]), default="txt",
              help=N_("Output format."))
@click.option("-o", "--output", "out", type=click.Path(), default=None, help=N_("Write to this file instead of stdout."))
def transcribe(file: str, model: str | None, language: str, fmt: str, out: str | None) -> None:
    raise not_yet("transcribe")


def register(group: click.Group) -> None:
    group.add_command(transcribe)
