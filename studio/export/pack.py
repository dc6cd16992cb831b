"""The parts of an episode pack the export use case (`studio.usecases.export.ExportJob`) puts together:
consent check, the staging of the pack's files beside their final names, words on the episode timeline,
credits, and the record of the export in the workshop.

Every file is first written under a hidden temporary name in OUTDIR (`Staging`), then all are renamed into
place at the end: a killed export leaves the previous pack as it was, and never a partial file under a final name.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from studio.audio import io
from studio.audio.normalize import parse_target as engine_parse_target
from studio.edit import load_edit_list, source_to_edit_time
from studio.errors import ConsentError, NotFound, StudioError
from studio.export import render
from studio.export.feed import MANIFEST_SUFFIX, _existing
from studio.i18n import N_, _, tr
from studio.i18n.labels import consent_name
from studio.project.atomic import AtomicFile, atomic_write_text
from studio.project.confine import hash_files
from studio.project.model import Episode, EpisodeItem, ExportRecord, Workshop, now_iso
from studio.project.store import save_workshop
from studio.subtitles import TimedWord
from studio.transcribe import take_transcript
from studio.transcribe.workshop import has_transcript
from studio.transcribe.writers import transcript_words

ROLE_NAMES = {"presenter": N_("presenter"), "columnist": N_("columnist"), "journalist": N_("journalist"),
              "technician": N_("technician"), "guest": N_("guest")}


@dataclass
class Unconsented:
    """A participant without publish consent and the items of the episode holding their voice."""

    participant: str
    consent: str
    items: list[tuple[int, str]]  # (1-based position, title)


@dataclass
class ExportResult:
    outdir: Path
    slug: str
    files: list[Path]
    duration_s: float
    loudness: dict[str, object]
    skipped: list[Unconsented] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    feed: Path | None = None


# ------------------------------------------------------------------------------------ consent

def item_title(workshop: Workshop, item: EpisodeItem, language: str | None = None) -> str:
    """The chapter title of an item: its typed title, else the participant (and role), else the sound's name."""
    if item.title.strip():
        return item.title.strip()
    t = (lambda s: tr(s, language)) if language else _
    if item.kind == "take":
        try:
            take = workshop.take(item.ref)
        except NotFound:
            return item.ref
        person = workshop.find_participant(take.participant)
        role = person.role if person else ""
        if role in ROLE_NAMES:
            return f"{take.participant} ({t(ROLE_NAMES[role])})"
        return take.participant
    stem = Path(item.ref).stem.replace("-", " ").replace("_", " ")
    return stem[:1].upper() + stem[1:]


def unconsented(workshop: Workshop, episode: Episode) -> list[Unconsented]:
    """Who, in the episode, has not agreed to publication, and in which items."""
    found: dict[str, Unconsented] = {}
    for pos, item in enumerate(episode.items, start=1):
        if item.kind != "take":
            continue
        take = workshop.take(item.ref)
        person = workshop.find_participant(take.participant)
        level = person.consent if person else "none"
        if level != "publish":
            entry = found.setdefault(take.participant, Unconsented(take.participant, level, []))
            entry.items.append((pos, item_title(workshop, item)))
    return list(found.values())


def describe_unconsented(entries: list[Unconsented]) -> str:
    parts = []
    for e in entries:
        items = ", ".join(f"{pos} ({title})" for pos, title in e.items)
        parts.append(_("{name} (consent: {level}) in item {items}").format(name=e.participant, level=consent_name(e.consent),
                                                                          items=items))
    return "; ".join(parts)


def check_consent(workshop: Workshop, episode: Episode, skip_unconsented: bool) -> tuple[Episode, list[Unconsented]]:
    """Refuse an episode holding voices without publish consent, or (skip) return it without those items."""
    missing = unconsented(workshop, episode)
    if not missing:
        return episode, []
    if not skip_unconsented:
        raise ConsentError(
            _("Not everyone in this episode agreed to publication: {who}").format(who=describe_unconsented(missing)),
            _("Record their publish consent, remove those items, or export with --skip-unconsented"),
        )
    names = {e.participant.casefold() for e in missing}
    kept = [it for it in episode.items
            if it.kind != "take" or workshop.take(it.ref).participant.casefold() not in names]
    if not any(it.kind == "take" for it in kept):
        raise ConsentError(_("No take is left once the unconsented ones are removed"),
                           _("Nothing was exported; record the participants' publish consent first"))
    from dataclasses import replace

    return replace(episode, items=kept), missing


# --------------------------------------------------------------------------------- subtitles

def _transcript(workshop: Workshop, take_id: str):  # type: ignore[no-untyped-def]
    return take_transcript(workshop, take_id)


def _time_mapper(workshop: Workshop, take_id: str) -> Callable[[float], float | None]:
    """Source time of a take -> time in the edited take (None when that moment was cut)."""
    edit_list = load_edit_list(workshop, take_id)
    return lambda t: source_to_edit_time(edit_list, take_id, t)


def episode_words(workshop: Workshop, placed: list[render.Placed], warnings: list[str]) -> list[TimedWord]:
    """Every spoken word of the episode's takes, on the episode timeline (the take's participant speaks
    the words of a segment that names no speaker)."""
    words: list[TimedWord] = []
    for p in placed:
        if p.item.kind != "take":
            continue
        transcript = _transcript(workshop, p.item.ref)
        if transcript is None or not transcript.segments:
            warnings.append(_("Take {id} has no transcript: its words are missing from the subtitles").format(
                id=p.item.ref))
            continue
        to_edit = _time_mapper(workshop, p.item.ref)
        for w in transcript_words(transcript, p.participant):
            start, end = w.start_s, w.end_s
            # a word is kept when its middle is: a word touching a cut's edge is not "heard"
            mid = to_edit((start + end) / 2)
            if mid is None:
                continue
            s = to_edit(start)
            if s is None or s > mid:
                s = max(0.0, mid - (end - start) / 2)
            e = to_edit(end)
            if e is None or e < s:
                e = s + max(0.05, end - start)
            if s >= p.duration_s:
                continue
            words.append(TimedWord(p.start_s + s, p.start_s + min(e, p.duration_s), w.text, w.speaker))
    return words


def untranscribed_takes(workshop: Workshop, episode: Episode) -> list[str]:
    """Ids of the episode's takes that have no transcript yet (raw or reviewed), in running order."""
    missing: list[str] = []
    for item in episode.items:
        if item.kind == "take" and item.ref not in missing and not has_transcript(workshop, item.ref):
            missing.append(item.ref)
    return missing


# ----------------------------------------------------------------------------------- targets

def parse_target(target: str | None, channels: int) -> float:
    """podcast (-16 LUFS, -19 in mono), broadcast (-23) or a number in LUFS (the audio engine's rules)."""
    return engine_parse_target(target or "podcast", channels)


# ------------------------------------------------------------------------------------ export

class Staging:
    """The pack's files, each an `AtomicFile` beside its final name, all written before any is renamed:
    `commit()` renames them all (the manifest last), `abort()` removes them."""

    def __init__(self, outdir: Path, slug: str) -> None:
        self.outdir = outdir
        self.slug = slug
        self.pending: dict[Path, AtomicFile] = {}

    def temp(self, final_name: str) -> Path:
        staged = AtomicFile(self.outdir / final_name)
        self.pending[staged.path] = staged
        return staged.tmp

    def text(self, final_name: str, text: str) -> None:
        self.temp(final_name).write_text(text, encoding="utf-8")

    def commit(self) -> list[Path]:
        for staged in self.pending.values():
            staged.sync()
        # the manifest goes last: a pack without it is not listed in the feed
        order = sorted(self.pending.values(), key=lambda staged: staged.path.name.endswith(MANIFEST_SUFFIX))
        return [staged.commit() for staged in order]

    def abort(self) -> None:
        for staged in self.pending.values():
            staged.abort()


def clean_stale(outdir: Path, slug: str) -> None:
    """Remove temporary files an earlier, killed export of this episode left behind."""
    for stale in outdir.glob(f".{slug}.*.part*"):
        stale.unlink(missing_ok=True)


def credit_lines(workshop: Workshop, episode: Episode, placed: list[render.Placed], language: str) -> list[str]:
    t = lambda s: tr(s, language)  # noqa: E731
    voices: list[str] = []
    for p in placed:
        if p.participant and p.participant not in voices:
            voices.append(p.participant)
    lines = []
    if voices:
        lines.append(t(N_("Voices: {names}")).format(names=", ".join(voices)))
    if workshop.facilitator:
        lines.append(t(N_("Facilitation: {name}")).format(name=workshop.facilitator))
    if workshop.institution:
        lines.append(t(N_("Made at: {place}")).format(place=workshop.institution))
    if workshop.relay:
        lines.append(t(N_("With: {place}")).format(place=workshop.relay))
    if any(p.item.kind == "asset" for p in placed) or episode.bed:
        lines.append(t(N_("Music: Antenne jingles and beds (CC0)")))
    lines += [line.strip() for line in episode.credits.splitlines() if line.strip()]
    return lines


def guid_from_feed(out: Path, audio_name: str) -> str:
    """The guid the feed already gives this audio file (a re-export keeps its place in podcast apps)."""
    guids, _channel = _existing(out)
    return guids.get(audio_name, "")


def record_export(workshop: Workshop, episode: Episode, out: Path, files: list[str],
                  placed: list[render.Placed]) -> None:
    """Remember the pack in the workshop (consent withdrawal and erasure find it there) and save."""
    participants = sorted({p.participant for p in placed if p.participant})
    workshop.exports = [r for r in workshop.exports if not (r.episode == episode.id and r.folder == str(out))]
    kept = [f for f in files if f != "feed.xml"]
    workshop.exports.append(ExportRecord(episode=episode.id, folder=str(out), files=kept,
                                         participants=participants, date=now_iso(), hashes=hash_files(out, kept)))
    workshop.add_log(f"exported {episode.id} to {out}")
    save_workshop(workshop)


def estimated_duration_s(workshop: Workshop, episode: Episode) -> float:
    """The episode's length from the takes' and sounds' lengths, minus crossfades (no rendering)."""
    total = 0.0
    for i, item in enumerate(episode.items):
        try:
            if item.kind == "take":
                total += _edited_duration(workshop, item.ref)
            else:
                total += io.info(render.asset_path(item.ref)).duration_s
        except StudioError:
            continue
        if i:
            total -= max(0.0, item.crossfade_s)
    return max(0.0, total)


def _edited_duration(workshop: Workshop, take_id: str) -> float:
    """The take's length once its edits are applied (from its edit list: nothing is rendered)."""
    return float(load_edit_list(workshop, take_id).duration_s)


def atomic_json(path: Path, data: object) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
