"""Export an episode as a publishable pack: audio, subtitles, transcript, chapters, notes, loudness, feed.

Every file is first written under a hidden temporary name in OUTDIR, then all are renamed into place at the
end: a killed export leaves the previous pack as it was, and never a partial file under a final name.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from studio.errors import ConsentError, InvalidInput, NotFound, StudioError
from studio.export import render
from studio.export.chapters import Chapter, chapters_json
from studio.export.encode import FORMATS, level_change_db, open_encoder
from studio.export.feed import MANIFEST_SUFFIX, PackManifest, new_guid, read_manifest, write_feed
from studio.export.notes import ShowNotes
from studio.export.subtitles import SrtWriter, TxtWriter, VttWriter, Word, cues_from_words, words_from_segment
from studio.export.tags import Tags, find_cover, write_tags
from studio.i18n import N_, _, tr
from studio.i18n.labels import consent_name
from studio.project.confine import hash_files, safe_slug
from studio.project.model import Episode, EpisodeItem, ExportRecord, Workshop, now_iso
from studio.project.store import atomic_write_text, save_workshop
from studio.settings import DEFAULT_TRUE_PEAK_DBTP

Progress = Callable[[str, float], None]
#: Accepted distance of the encoded file from the target before a corrective second encoding.
LOUDNESS_TOLERANCE_LU = 0.3
LOSSY_HEADROOM_DB = 0.5
#: The limiter acts from 0.1 dB under its ceiling: a mix whose true peak stays lower leaves it idle.
PROBE_MARGIN_DB = 0.2

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
    from studio.transcribe import take_transcript

    return take_transcript(workshop, take_id)


def _time_mapper(workshop: Workshop, take_id: str) -> Callable[[float], float | None]:
    """Source time of a take -> time in the edited take (None when that moment was cut)."""
    from studio.edit import load_edit_list, source_to_edit_time

    edit_list = load_edit_list(workshop, take_id)
    return lambda t: source_to_edit_time(edit_list, take_id, t)


def episode_words(workshop: Workshop, placed: list[render.Placed], warnings: list[str]) -> list[Word]:
    """Every spoken word of the episode's takes, on the episode timeline."""
    words: list[Word] = []
    for p in placed:
        if p.item.kind != "take":
            continue
        transcript = _transcript(workshop, p.item.ref)
        if transcript is None or not transcript.segments:
            warnings.append(_("Take {id} has no transcript: its words are missing from the subtitles").format(
                id=p.item.ref))
            continue
        to_edit = _time_mapper(workshop, p.item.ref)
        speaker_default = p.participant
        for seg in transcript.segments:
            speaker = getattr(seg, "speaker", "") or speaker_default
            raw = [(w.start, w.end, w.text) for w in seg.words if not getattr(w, "deleted", False)] if seg.words \
                else [(w.start_s, w.end_s, w.text) for w in words_from_segment(seg.start, seg.end, seg.text)]
            for start, end, text in raw:
                if not text:
                    continue
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
                words.append(Word(p.start_s + s, p.start_s + min(e, p.duration_s), text, speaker))
    return words


def untranscribed_takes(workshop: Workshop, episode: Episode) -> list[str]:
    """Ids of the episode's takes that have no transcript yet (raw or reviewed), in running order."""
    from studio.transcribe.workshop import has_transcript

    missing: list[str] = []
    for item in episode.items:
        if item.kind == "take" and item.ref not in missing and not has_transcript(workshop, item.ref):
            missing.append(item.ref)
    return missing


class _CancelFlag(threading.Event):
    """The engine's cancel event, also set when the export's `cancelled()` says so."""

    def __init__(self, cancelled: Callable[[], bool] | None) -> None:
        super().__init__()
        self._cancelled = cancelled

    def is_set(self) -> bool:
        return super().is_set() or bool(self._cancelled and self._cancelled())


def transcribe_missing(workshop: Workshop, take_ids: list[str], progress: Progress | None = None,
                       cancelled: Callable[[], bool] | None = None,
                       model: str | os.PathLike[str] | None = None) -> None:
    """Transcribe the takes (the bundled base model by default, through the transcript cache), each saved
    as its raw transcript as the Transcribe screen does; progress is reported as the stage "transcribe"."""
    from studio.transcribe.workshop import transcribe_take

    flag = _CancelFlag(cancelled)
    for i, take_id in enumerate(take_ids):
        if progress:
            progress("transcribe", i / len(take_ids))

        def step(fraction: float, i: int = i) -> None:
            if progress:
                progress("transcribe", (i + min(1.0, max(0.0, fraction))) / len(take_ids))

        try:
            result = transcribe_take(workshop, take_id, model, "auto", progress=step, cancel=flag)
        except StudioError as e:
            raise type(e)(e.message, e.hint or _("Or export without subtitles: antenne export --no-transcribe")) \
                from e
        if result is None:
            raise render.Cancelled(_("Export stopped"), _("The previous pack, if any, was left as it was"))
    if progress and take_ids:
        progress("transcribe", 1.0)


# ----------------------------------------------------------------------------------- targets

def parse_target(target: str | None, channels: int) -> float:
    """podcast (-16 LUFS, -19 in mono), broadcast (-23) or a number in LUFS (the audio engine's rules)."""
    from studio.audio.normalize import parse_target as engine_parse_target

    return engine_parse_target(target or "podcast", channels)


# ------------------------------------------------------------------------------------ export

class _Staging:
    """Temporary files beside their final names; `commit()` renames them all, `abort()` removes them."""

    def __init__(self, outdir: Path, slug: str) -> None:
        self.outdir = outdir
        self.slug = slug
        self.pending: dict[Path, Path] = {}

    def temp(self, final_name: str) -> Path:
        suffix = Path(final_name).suffix
        fd, tmp = tempfile.mkstemp(prefix=f".{self.slug}.", suffix=f".part{suffix}", dir=self.outdir)
        os.close(fd)
        path = Path(tmp)
        self.pending[self.outdir / final_name] = path
        return path

    def text(self, final_name: str, text: str) -> None:
        path = self.temp(final_name)
        path.write_text(text, encoding="utf-8")

    def commit(self) -> list[Path]:
        umask = os.umask(0)
        os.umask(umask)
        for tmp in self.pending.values():
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            os.chmod(tmp, 0o666 & ~umask)  # published files are readable, unlike mkstemp's 0600
        # the manifest goes last: a pack without it is not listed in the feed
        order = sorted(self.pending.items(), key=lambda kv: kv[0].name.endswith(MANIFEST_SUFFIX))
        for final, tmp in order:
            os.replace(tmp, final)
        try:
            fd = os.open(self.outdir, os.O_RDONLY)
            os.fsync(fd)
            os.close(fd)
        except OSError:
            pass
        return [final for final, _ in order]

    def abort(self) -> None:
        for tmp in self.pending.values():
            tmp.unlink(missing_ok=True)


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


def export_episode(workshop: Workshop, outdir: str | os.PathLike[str], episode_id: str | None = None,
                   fmt: str = "mp3", target: str | None = None, skip_unconsented: bool = False,
                   true_peak_dbtp: float = DEFAULT_TRUE_PEAK_DBTP, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, update_feed: bool = True,
                   transcribe: bool = True, model: str | os.PathLike[str] | None = None) -> ExportResult:
    """Render `episode_id` of `workshop` into OUTDIR as a pack (see CONTRACT.md) and update OUTDIR/feed.xml.

    Takes without a transcript are transcribed first (`transcribe`), so the pack has its subtitles; with
    `transcribe=False` no subtitle or transcript file is written. An empty subtitle file is never written.
    """
    if fmt not in FORMATS:
        raise InvalidInput(_("Unknown format {fmt}").format(fmt=fmt), _("Use mp3, ogg, flac or wav"))
    source = workshop.episode(episode_id)
    if not source.items:
        raise InvalidInput(_("The episode {title} has no item").format(title=source.title),
                           _("Add takes to its running order first"))
    episode, skipped = check_consent(workshop, source, skip_unconsented)
    channels = render.item_channels(workshop, episode)
    target_lufs = parse_target(target or episode.target, channels)
    out = Path(outdir).expanduser().resolve()
    media = workshop.path / "media"
    if out == workshop.path or out == media or media in out.parents:
        raise InvalidInput(_("Choose an output folder outside the workshop folder's media"))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise InvalidInput(_("Cannot create the folder {dir}: {reason}").format(dir=out, reason=e.strerror or e)) from e
    slug = safe_slug(episode.slug, episode.id)  # a hostile slug must not lead outside OUTDIR
    language = workshop.language if workshop.language in ("fr", "en") else "fr"
    from studio.audio.loudness import LoudnessMeter, measure_file

    warnings: list[str] = []
    if transcribe:
        transcribe_missing(workshop, untranscribed_takes(workshop, episode), progress, cancelled, model)
    clean_stale(out, slug)
    stage = _Staging(out, slug)
    mix_tmp = Path(tempfile.mkstemp(prefix=f".{slug}.", suffix=".part.mix.wav", dir=out)[1])
    try:
        # pass 1: mix, measured as it goes, into a temporary float file
        import soundfile as sf

        # the mix's true peak says whether the limiter will have anything to do (cheap: most rows are skipped)
        meter = LoudnessMeter(render.RATE, channels, true_peak=True, maxima=False)
        with sf.SoundFile(str(mix_tmp), "w", samplerate=render.RATE, channels=channels, format="RF64",
                          subtype="FLOAT") as mix_file:
            def sink(block):  # type: ignore[no-untyped-def]
                meter.add(block)
                mix_file.write(block)

            placed = render.mix(workshop, episode, channels, sink, progress, cancelled)
        mixed = meter.result()
        input_lufs = mixed.integrated_lufs
        if input_lufs is None:
            raise InvalidInput(_("The episode is silent: there is nothing to normalise"),
                               _("Check the takes of its running order"))
        # pass 2: gain, limiter, encoder
        audio_name = f"{slug}.{fmt}"
        audio_tmp = stage.temp(audio_name)
        # lossy encoders ring a little over the limiter's ceiling: leave them some headroom from the start
        ceiling = true_peak_dbtp - (LOSSY_HEADROOM_DB if fmt in ("mp3", "ogg") else 0.0)
        # LAME plays a little quieter than its input (-0.45 dB at 128 kb/s): the master aims that much higher
        aim_lufs = target_lufs - level_change_db(fmt, render.RATE, channels)
        gain_lufs = input_lufs - (aim_lufs - target_lufs)  # master() applies target_lufs - gain_lufs
        peak = mixed.true_peak_dbtp
        if peak is not None and peak + aim_lufs - input_lufs > ceiling - PROBE_MARGIN_DB:
            # The limiter may engage and take a little loudness off: a quick pass through it (nothing encoded)
            # measures how much, so the one encoding lands on the target instead of being redone.
            probe = LoudnessMeter(render.RATE, channels, true_peak=False, maxima=False)
            render.master(mix_tmp, probe.add, target_lufs, ceiling, gain_lufs, None, cancelled)
            limited = probe.result().integrated_lufs
            if limited is not None:
                gain_lufs += limited - aim_lufs
        for _attempt in range(3):
            with open_encoder(fmt, audio_tmp, render.RATE, channels) as enc:
                render.master(mix_tmp, enc.write, target_lufs, ceiling, gain_lufs, progress, cancelled)
            final = measure_file(audio_tmp)
            # a lossy encoder's low-pass takes a little loudness off, and its ringing can add a little true
            # peak: correct what the final file shows, at most twice
            off_lu = (final.integrated_lufs - target_lufs) if final.integrated_lufs is not None else 0.0
            over_db = (final.true_peak_dbtp - true_peak_dbtp) if final.true_peak_dbtp is not None else 0.0
            if abs(off_lu) <= LOUDNESS_TOLERANCE_LU and over_db <= 0.0:
                break
            gain_lufs += off_lu
            if over_db > 0.0:
                ceiling -= over_db + 0.05
        mix_tmp.unlink(missing_ok=True)
        duration_s = enc.frames / render.RATE

        chapters = [Chapter(p.start_s, min(p.end_s, placed[i + 1].start_s) if i + 1 < len(placed) else duration_s,
                            item_title(workshop, p.item, language)) for i, p in enumerate(placed)]
        cover = find_cover(workshop.path)
        tags = Tags(title=episode.title, artist=workshop.institution or workshop.title, album=workshop.title,
                    date=workshop.date or datetime.now().date().isoformat(), track=episode.number,
                    language=language, comment=episode.summary, cover=cover)
        if progress:
            progress("tags", 0.0)
        write_tags(audio_tmp, fmt, tags, chapters)

        # measured on the final file, as published
        measured = final.to_dict()  # the encoded audio as published (tags do not change it)
        measured["path"] = audio_name
        stage.text(f"{slug}.loudness.json", json.dumps(measured, ensure_ascii=False, indent=2) + "\n")

        files = {"chapters": f"{slug}.chapters.json", "notes": f"{slug}.md"}
        stage.text(files["chapters"], chapters_json(chapters, episode.title))
        if transcribe:
            cues = cues_from_words(episode_words(workshop, placed, warnings))
            if cues:
                files.update({"vtt": f"{slug}.vtt", "srt": f"{slug}.srt", "txt": f"{slug}.txt"})
                stage.text(files["vtt"], VttWriter().render(cues))
                stage.text(files["srt"], SrtWriter().render(cues))
                stage.text(files["txt"], TxtWriter([(c.start_s, c.title) for c in chapters]).render(cues))
            else:
                warnings.append(_("No words were recognised in the episode: the pack has no subtitles"))
        else:
            warnings.append(_("Exported without transcription (--no-transcribe): the pack has no subtitles"))
        files["audio"] = audio_name
        cover_name = ""
        if cover is not None:
            cover_name = f"{slug}{cover.suffix.lower()}"
            shutil.copyfile(cover, stage.temp(cover_name))
        t = lambda s: tr(s, language)  # noqa: E731
        notes = ShowNotes(
            title=episode.title, summary=episode.summary, chapters=chapters,
            credits=credit_lines(workshop, episode, placed, language), sources=episode.sources,
            duration_s=duration_s, date=tags.date, workshop=workshop.title, language=language,
            files={t(label): files[kind] for kind, label in (
                ("audio", N_("Audio")), ("vtt", N_("Subtitles (WebVTT)")), ("srt", N_("Subtitles (SRT)")),
                ("txt", N_("Transcript")), ("chapters", N_("Chapters"))) if kind in files},
        )
        stage.text(f"{slug}.md", notes.render())

        previous = read_manifest(out / f"{slug}{MANIFEST_SUFFIX}")
        manifest = PackManifest(
            slug=slug, title=episode.title, guid=previous.guid if previous else "",
            date=previous.date if previous else now_iso(), audio=audio_name, mime=FORMATS[fmt],
            bytes=audio_tmp.stat().st_size, duration_s=round(duration_s, 3), number=episode.number,
            language=language, summary=episode.summary, author=workshop.institution or workshop.title,
            workshop=workshop.title, files={k: v for k, v in files.items() if k != "audio"}, cover=cover_name,
        )
        if not manifest.guid:
            manifest.guid = _guid_from_feed(out, audio_name) or new_guid()
        stage.text(f"{slug}{MANIFEST_SUFFIX}", manifest.to_json())
        if progress:
            progress("files", 1.0)
        written = stage.commit()
        if previous is not None and isinstance(previous.files, dict):
            # files of the previous pack this one no longer has (subtitles after --no-transcribe, a cover)
            for name in set(map(str, previous.files.values())) - {p.name for p in written} - {cover_name}:
                stale = out / name
                if Path(name).name == name and name.startswith(f"{slug}.") and stale.is_file():
                    try:
                        stale.unlink()
                    except OSError:
                        pass
    except BaseException:
        stage.abort()
        mix_tmp.unlink(missing_ok=True)
        raise
    feed_path = None
    if update_feed:
        try:
            feed_path, _packs = write_feed(out, title=workshop.title if not (out / "feed.xml").exists() else None,
                                           base_url=None)
        except StudioError as e:
            warnings.append(e.one_line())
    record_export(workshop, episode, out, [p.name for p in written] + (["feed.xml"] if feed_path else []), placed)
    return ExportResult(out, slug, written, duration_s, measured, skipped, warnings, feed_path)


def _guid_from_feed(out: Path, audio_name: str) -> str:
    from studio.export.feed import _existing

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
    from studio.audio import io

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
    from studio.edit import load_edit_list

    return float(load_edit_list(workshop, take_id).duration_s)


def atomic_json(path: Path, data: object) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
