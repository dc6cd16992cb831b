"""Command `doctor`: what works on this machine (audio, PortAudio, ffmpeg, models, disk)."""

from __future__ import annotations

import click

from studio.i18n import N_


@click.command("doctor", help=N_("Say what works on this machine: audio devices, PortAudio, ffmpeg, models, disk space."))
def doctor() -> None:
    from studio.diagnostics import run_checks

    for check in run_checks():
        mark = "ok " if check.ok else "!! "
        click.echo(f"{mark} {check.title}: {check.detail}")


def register(group: click.Group) -> None:
    group.add_command(doctor)
