"""Commands `record`, `recover` and `devices`."""

from __future__ import annotations

import click

from studio.commands import not_yet
from studio.i18n import N_, _


@click.command("record", help=N_("Record a take from an input device until Ctrl-C or S seconds."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("--participant", required=True, help=N_("Who speaks (first name or pseudonym)."))
@click.option("--seconds", type=float, default=None, help=N_("Stop after this many seconds."))
@click.option("--device", default=None, help=N_("Input device index or name (see antenne devices)."))
def record(folder: str, participant: str, seconds: float | None, device: str | None) -> None:
    from studio.project import load_workshop

    workshop = load_workshop(folder)
    workshop.require_recording_consent(participant)
    raise not_yet("record")


@click.command("recover", help=N_("Finalise takes left unfinished by a crash or power loss."))
@click.argument("folder", metavar="DIR", type=click.Path())
def recover(folder: str) -> None:
    raise not_yet("recover")


@click.command("devices", help=N_("List audio input and output devices."))
def devices() -> None:
    from studio.audio.devices import list_devices

    found = list_devices()
    if not found:
        click.echo(_("No audio device found."))
        return
    for d in found:
        kinds = []
        if d.max_input_channels:
            kinds.append(_("input") + f" {d.max_input_channels}ch" + (" *" if d.is_default_input else ""))
        if d.max_output_channels:
            kinds.append(_("output") + f" {d.max_output_channels}ch" + (" *" if d.is_default_output else ""))
        click.echo(f"{d.index:>3}  {d.name}  [{d.host_api}]  {', '.join(kinds)}  {d.default_samplerate:.0f} Hz")
    click.echo(_("* = default device"))


def register(group: click.Group) -> None:
    for command in (record, recover, devices):
        group.add_command(command)
