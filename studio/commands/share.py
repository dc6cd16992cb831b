"""Commands `pack` and `unpack`: move a workshop between laptops as one archive."""

from __future__ import annotations

import click

from studio.i18n import N_, _
from studio.project.archive import pack_workshop, unpack_workshop


@click.command("pack", help=N_("Pack a workshop into one archive (media checksummed)."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("-o", "--output", "out", required=True, type=click.Path(), help=N_("Archive to write."))
@click.option("--with-derived", is_flag=True,
              help=N_("Also pack derived/ (waveform summaries and renders, which can be regenerated)."))
def pack(folder: str, out: str, with_derived: bool) -> None:
    result = pack_workshop(folder, out, include_derived=with_derived)
    click.echo(_("Packed {count} files ({mb:.1f} MB) into {path}").format(
        count=result.files, mb=result.total_bytes / 1024**2, path=result.archive))


@click.command("unpack", help=N_("Unpack a workshop archive into DIR, refusing unsafe archives."))
@click.argument("archive", metavar="FILE", type=click.Path())
@click.argument("folder", metavar="DIR", type=click.Path())
def unpack(archive: str, folder: str) -> None:
    result = unpack_workshop(archive, folder)
    click.echo(_("Unpacked \"{title}\": {count} files checked, into {path}").format(
        title=result.title, count=result.files, path=result.folder))


def register(group: click.Group) -> None:
    group.add_command(pack)
    group.add_command(unpack)
