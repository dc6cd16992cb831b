"""Commands `pack` and `unpack`: move a workshop between laptops as one archive."""

from __future__ import annotations

import click

from studio.commands import not_yet
from studio.i18n import N_


@click.command("pack", help=N_("Pack a workshop into one archive (media checksummed)."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("-o", "--output", "out", required=True, type=click.Path(), help=N_("Archive to write."))
def pack(folder: str, out: str) -> None:
    raise not_yet("pack")


@click.command("unpack", help=N_("Unpack a workshop archive into DIR, refusing unsafe archives."))
@click.argument("archive", metavar="FILE", type=click.Path())
@click.argument("folder", metavar="DIR", type=click.Path())
def unpack(archive: str, folder: str) -> None:
    raise not_yet("unpack")


def register(group: click.Group) -> None:
    group.add_command(pack)
    group.add_command(unpack)
