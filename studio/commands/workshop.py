"""Commands `new`, `participant add|consent|forget`, `import`, `demo`, `restore`, and opening the UI."""

from __future__ import annotations

from pathlib import Path

import click

from studio.errors import WorkshopHealthy
from studio.i18n import N_, _, get_language, set_language
from studio.i18n.labels import consent_name
from studio.project import create_workshop, load_workshop, restore_backup, save_workshop
from studio.project.consent import withdraw_exports
from studio.project.sheet import write_plan_sheet
from studio.usecases.erasure import erase


def open_ui(folder: Path | None, demo: bool = False) -> None:
    # lazy: pulls in Textual (~0.4 s); only opening the UI needs it
    from studio.tui.app import make_app

    make_app(folder, language=get_language()).run()


@click.command("new", help=N_("Create a workshop folder."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("--title", required=True, help=N_("Title of the workshop."))
@click.option("--template", default="flash-info", help=N_("Workshop template: flash-info, micro-trottoir, chronique, debat."))
@click.option("--lang", "ws_lang", type=click.Choice(["fr", "en"]), default=None, expose_value=True,
              help=N_("Language of the workshop and of messages."))
@click.option("--institution", default="", help=N_("Hosting institution."))
@click.option("--correspondent", default="", help=N_("Correspondent at the institution."))
@click.option("--relay", default="", help=N_("Relay organisation (association, school...)."))
@click.option("--facilitator", default="", help=N_("Facilitator's name."))
@click.option("--date", default="", help=N_("Date of the workshop (YYYY-MM-DD, default: today)."))
def new(folder: str, title: str, template: str, ws_lang: str | None, institution: str, correspondent: str,
        relay: str, facilitator: str, date: str) -> None:
    if ws_lang:
        set_language(ws_lang)
    w = create_workshop(folder, title, template=template, language=ws_lang or get_language(),
                        institution=institution, correspondent=correspondent, relay=relay,
                        facilitator=facilitator, date=date)
    click.echo(_("Workshop created: {path}").format(path=w.path))


@click.group("participant", help=N_("Add participants, record their consent, erase them."))
def participant() -> None:
    pass


@participant.command("add", help=N_("Add a participant (a first name or a pseudonym)."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.argument("name", metavar="NAME")
@click.option("--consent", type=click.Choice(["none", "workshop", "publish"]), default="none",
              help=N_("Consent level: none (not recorded), workshop (kept for the workshop), publish."))
@click.option("--role", type=click.Choice(["presenter", "columnist", "journalist", "technician", "guest", ""]),
              default="", help=N_("Role in the workshop."))
def participant_add(folder: str, name: str, consent: str, role: str) -> None:
    w = load_workshop(folder)
    p = w.add_participant(name, consent=consent, role=role, by=w.facilitator)
    save_workshop(w)
    click.echo(_("{name} added (consent: {consent})").format(name=p.name, consent=consent_name(p.consent)))


@participant.command("consent", help=N_("Change a participant's consent; the change is logged with its date."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.argument("name", metavar="NAME")
@click.argument("level", type=click.Choice(["none", "workshop", "publish"]))
def participant_consent(folder: str, name: str, level: str) -> None:
    w = load_workshop(folder)
    p, previous = w.set_consent(name, level, by=w.facilitator)
    notes = withdraw_exports(w, p.name) if previous == "publish" and level != "publish" else []
    save_workshop(w)
    click.echo(_("Consent of {name}: {old} -> {new}").format(name=p.name, old=previous, new=level))
    for line in notes:
        click.echo(line)


@participant.command("forget", help=N_("Erase everything of a participant: takes, transcripts, exports, caches."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.argument("name", metavar="NAME")
@click.option("--redact-mentions", is_flag=True,
              help=N_("Also remove the name from other participants' transcripts that mention it."))
def participant_forget(folder: str, name: str, redact_mentions: bool) -> None:
    report = erase(load_workshop(folder), name, redact_mentions=redact_mentions)
    display = report.name
    if report.erased:
        click.echo(_("{name} was erased from the workshop. Removed:").format(name=display))
        for item in report.removed:
            click.echo(f"  {item}")
        if not report.removed:
            click.echo("  " + _("(no recording or derived file)"))
        if report.changed:
            click.echo(_("Rewritten without the name:"))
        for item in report.changed:
            click.echo(f"  {item}")
    if report.kept:
        click.echo(_("Not deleted (check these by hand):"))
        for item in report.kept:
            click.echo(f"  {item}")
    if report.mentions:
        click.echo(_("Other participants' transcripts mention {name}:").format(name=display)
                   if not report.redacted else
                   _("The name was removed from other participants' transcripts:"))
        for item in report.mentions:
            click.echo(f"  {item}")
        if not report.redacted:
            click.echo(_("To remove the name from them too: antenne participant forget DIR NAME --redact-mentions"))
    elif not report.erased:
        click.echo(_("No transcript mentions {name}.").format(name=display))
    if report.unreachable:
        click.echo(_("Out of reach (delete these copies where they are):"))
        for item in report.unreachable:
            click.echo(f"  {item}")


@click.command("import", help=N_("Copy recordings (any format ffmpeg decodes) into the workshop as takes."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.argument("files", metavar="FILE...", nargs=-1, required=True, type=click.Path())
@click.option("--participant", required=True, help=N_("Who speaks in these recordings."))
def import_(folder: str, files: tuple[str, ...], participant: str) -> None:
    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.project.media import import_files

    w = load_workshop(folder)
    for take in import_files(w, files, participant):
        click.echo(take.id)


@click.command("demo", help=N_("Create a demo workshop and open it."))
@click.option("--dir", "folder", type=click.Path(), default=None, help=N_("Where to create it (default: a new folder in the user data dir)."))
@click.option("--no-ui", is_flag=True, help=N_("Only create it and print its path."))
def demo(folder: str | None, no_ui: bool) -> None:
    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.demo import create_demo

    w = create_demo(Path(folder) if folder else None, language=get_language())
    if no_ui:
        click.echo(str(w.path))
        return
    open_ui(w.path)


@click.command("restore", help=N_("Restore the last good backup of a damaged workshop file."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("--force", is_flag=True,
              help=N_("Go back to the previous version even if the workshop file is healthy (it is kept as a backup first)."))
def restore(folder: str, force: bool) -> None:
    try:
        backup = restore_backup(folder, force=force)
    except WorkshopHealthy as e:
        click.echo(e.one_line())
        return
    click.echo(_("Restored the workshop file from {backup}").format(backup=backup.name))


@click.command("open", help=N_("Open a workshop in the terminal UI."))
@click.argument("folder", metavar="DIR", type=click.Path())
def open_(folder: str) -> None:
    w = load_workshop(folder)  # fail early, with a clear line, before the UI starts
    open_ui(w.path)


@click.command("plan", help=N_("Write the workshop plan as a one-page HTML facilitator sheet."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("-o", "--output", "out", type=click.Path(), default=None, help=N_("HTML file to write (default: DIR/plan.html)."))
def plan(folder: str, out: str | None) -> None:
    w = load_workshop(folder)
    path = write_plan_sheet(w, Path(out) if out else w.path / "plan.html", get_language())
    click.echo(str(path))


def register(group: click.Group) -> None:
    for command in (new, participant, import_, demo, open_, plan, restore):
        group.add_command(command)
