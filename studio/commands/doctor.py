"""Command `doctor`: what works on this machine (audio, PortAudio, ffmpeg, models, disk)."""

from __future__ import annotations

import click

from studio.i18n import N_, _


@click.command("doctor", help=N_("Say what works on this machine: audio devices, PortAudio, ffmpeg, models, disk space."))
@click.option("--report", "report", type=click.Path(), default=None,
              help=N_("Also write a diagnostic report to FILE (no audio, no participant names) to send for help."))
def doctor(report: str | None) -> None:
    # lazy: the checks pull in numpy and the Whisper model lookup (~0.2 s); only doctor needs them
    from studio.diagnostics import run_checks, write_report

    checks = run_checks()
    for check in checks:
        mark = "ok " if check.ok else "!! "
        click.echo(f"{mark} {check.title}: {check.detail}")
    if report:
        path = write_report(report, checks)
        click.echo(_("Diagnostic report written to {path}: read it before sending it; it holds no audio "
                     "and no participant names.").format(path=path))


def register(group: click.Group) -> None:
    group.add_command(doctor)
