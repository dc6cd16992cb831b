"""Commands `record`, `recover` and `devices`."""

from __future__ import annotations

import signal
import sys
from typing import TYPE_CHECKING

import click

from studio.audio.devices import list_devices
from studio.i18n import N_, _, ngettext
from studio.i18n.times import clock
from studio.project import load_workshop

if TYPE_CHECKING:
    from studio.audio.record import Levels


@click.command("record", help=N_("Record a take from an input device until Ctrl-C or S seconds."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("--participant", required=True, help=N_("Who speaks (first name or pseudonym)."))
@click.option("--seconds", type=click.FloatRange(min=0.1), default=None, help=N_("Stop after this many seconds."))
@click.option("--device", default=None, help=N_("Input device index or name (see antenne devices)."))
@click.option("--no-live", is_flag=True, default=False,
              help=N_("Do not transcribe while recording (the take is transcribed later)."))
def record(folder: str, participant: str, seconds: float | None, device: str | None, no_live: bool) -> None:
    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.transcribe.live import BEHIND_MESSAGE
    from studio.usecases.recording import RecordingSession, live_wanted

    workshop = load_workshop(folder)
    session = RecordingSession(workshop, participant, device=device, max_seconds=seconds, live=live_wanted(no_live))
    recorder = session.recorder
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        session.start()
        tty = sys.stderr.isatty()
        if not tty:
            click.echo(ngettext("Recording take {id} ({rate} Hz, {channels} channel); Ctrl-C stops.",
                                "Recording take {id} ({rate} Hz, {channels} channels); Ctrl-C stops.",
                                recorder.channels).format(
                id=recorder.take_id, rate=recorder.sample_rate, channels=recorder.channels), err=True)
        said_behind = False
        try:
            while not recorder.wait(timeout=0.1):
                if tty:
                    click.echo("\r" + level_line(recorder.levels()) + "\x1b[K", nl=False, err=True)
                if session.live is not None and session.live.gave_up and not said_behind:
                    said_behind = True
                    click.echo(("\r" if tty else "") + _(BEHIND_MESSAGE) + ("\x1b[K" if tty else ""), err=True)
        except KeyboardInterrupt:
            pass
        finally:
            if tty:
                click.echo("", err=True)
        take = session.stop()
    finally:
        signal.signal(signal.SIGTERM, previous)
    if recorder.message:
        click.echo(recorder.message, err=True)
    if recorder.overflows:
        click.echo(ngettext("Warning: the computer dropped sound {n} time (too busy)",
                            "Warning: the computer dropped sound {n} times (too busy)",
                            recorder.overflows).format(n=recorder.overflows),
                   err=True)
    if take is None:
        click.echo(_("Nothing was recorded"), err=True)
        return
    click.echo(_("{id} ({duration}) kept for {name}").format(
        id=take.id, duration=clock(take.duration_s, 1, fixed=True), name=take.participant), err=True)
    # the take is already kept: a transcript that cannot be made is only a warning (exit code 0)
    status = session.finish_transcript(take)
    if status == "saved":
        click.echo(_("Transcript saved."), err=True)
    elif status == "later":  # live transcription gave up: make it now
        _transcribe_now(workshop, [take.id])
    click.echo(take.id)


def _transcribe_now(workshop: object, take_ids: list[str]) -> None:
    """Transcribe kept takes now, saying so; Ctrl-C or a failure leaves the rest for later with a one-line warning."""
    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.usecases.recording import finish_transcripts

    def starting(take_id: str) -> None:
        click.echo(_("Transcribing {id} (Ctrl-C leaves it for later)...").format(id=take_id), err=True)

    for outcome in finish_transcripts(workshop, take_ids, on_start=starting):  # type: ignore[arg-type]
        if outcome.status == "later":
            click.echo(_("Not transcribed yet: run antenne transcribe or use the Transcribe screen."), err=True)
        elif outcome.status == "failed":
            click.echo(_("The take is kept but could not be transcribed: {error}").format(error=outcome.error),
                       err=True)
        else:
            click.echo(_("Transcript saved."), err=True)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def level_line(levels: Levels, width: int = 24) -> str:
    """One terminal line: state, time, a bar of the peak level over -60..0 dBFS, clips, disk left."""
    peak = levels.peak_max_dbfs
    filled = int(round(width * min(1.0, max(0.0, (peak + 60.0) / 60.0))))
    bar = "#" * filled + "-" * (width - filled)
    state = {"recording": _("REC"), "paused": _("PAUSE")}.get(levels.state, levels.state)
    parts = [f"{state} {clock(levels.recorded_s, 1, fixed=True)}", f"[{bar}]", f"{peak:6.1f} dBFS"]
    if levels.clip_count:
        parts.append(_("clipped {n}").format(n=levels.clip_count))
    if levels.overflows:
        parts.append(_("dropped {n}").format(n=levels.overflows))
    if levels.low_disk and levels.seconds_left is not None:
        parts.append(_("disk: {minutes} min left").format(minutes=int(levels.seconds_left // 60)))
    parts.append(_("Ctrl-C stops"))
    return "  ".join(parts)


@click.command("recover", help=N_("Finalise takes left unfinished by a crash or power loss."))
@click.argument("folder", metavar="DIR", type=click.Path())
@click.option("--no-transcribe", is_flag=True, default=False,
              help=N_("Do not transcribe the recovered takes now (they are transcribed later)."))
def recover(folder: str, no_transcribe: bool) -> None:
    # lazy: pulls in numpy (~0.1 s); --help and the commands that need no audio code load none of it
    from studio.audio.recover import recover as recover_takes
    from studio.usecases.recording import live_wanted

    workshop = load_workshop(folder)
    results = recover_takes(workshop)
    if not results:
        click.echo(_("No unfinished take: nothing to recover."))
        return
    recovered = []
    for r in results:
        if r.status == "recovered":
            recovered.append(r.take_id)
            click.echo(_("{id}: recovered {duration} of {name}").format(
                id=r.take_id, duration=clock(r.duration_s, 1, fixed=True), name=r.participant))
        elif r.status == "already registered":
            click.echo(_("{id}: was already saved; leftover note removed").format(id=r.take_id))
        elif r.status == "empty":
            click.echo(_("{id}: held no sound; removed").format(id=r.take_id))
        else:
            click.echo(_("{id}: the file cannot be read; it was left in the recording folder").format(id=r.take_id))
    if recovered and live_wanted(no_transcribe):
        # what live transcription had made of an interrupted take died with the process: make it again
        workshop = load_workshop(folder)  # with the takes just registered
        _transcribe_now(workshop, recovered)


@click.command("devices", help=N_("List audio input and output devices."))
def devices() -> None:
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
