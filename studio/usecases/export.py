"""Export an episode as a publishable pack: `ExportJob(workshop, ExportOptions(...)).run(progress)`.

The job owns the order of the work and its stages (`ExportStage`, each with its weight and its label, in
one place); the engines it calls only advance the view of the shared `studio.progress.Progress` they are
given and check it for a cancel. The command line and the Episode screen both run this job: they parse their
options into an `ExportOptions`, pass a `Progress` (the screen's is backed by its worker's cancel event), and
show `stage.label` and `job.overall(stage, fraction)`.

Every file is first written under a hidden temporary name in OUTDIR, then all are renamed into place at the
end: a stopped or killed export leaves the previous pack as it was, and never a partial file under a final name.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

import soundfile as sf

from studio.audio.loudness import LoudnessMeter, measure_file
from studio.errors import InvalidInput, StudioError
from studio.export import render
from studio.export.chapters import Chapter, chapters_json
from studio.export.encode import FORMATS, level_change_db, open_encoder
from studio.export.feed import MANIFEST_SUFFIX, PackManifest, new_guid, read_manifest, write_feed
from studio.export.notes import ShowNotes
from studio.export.pack import (
    ExportResult,
    Staging,
    check_consent,
    clean_stale,
    credit_lines,
    describe_unconsented,
    episode_words,
    guid_from_feed,
    item_title,
    parse_target,
    record_export,
    untranscribed_takes,
)
from studio.export.tags import Tags, find_cover, write_tags
from studio.i18n import N_, _, tr
from studio.progress import Cancelled, Progress
from studio.project.confine import safe_slug
from studio.project.model import Workshop, now_iso
from studio.settings import DEFAULT_TRUE_PEAK_DBTP
from studio.subtitles import SrtWriter, TxtWriter, VttWriter, cues_from_words
from studio.transcribe.workshop import transcribe_take

__all__ = ["ExportJob", "ExportOptions", "ExportResult", "ExportStage", "describe_unconsented"]

#: Accepted distance of the encoded file from the target before a corrective second encoding.
LOUDNESS_TOLERANCE_LU = 0.3
LOSSY_HEADROOM_DB = 0.5
#: The limiter acts from 0.1 dB under its ceiling: a mix whose true peak stays lower leaves it idle.
PROBE_MARGIN_DB = 0.2
#: An encoding that misses the target is corrected and done again, at most this many times in all.
ENCODE_ATTEMPTS = 3


class ExportStage(Enum):
    """The stages of an export, in order, with their share of the work (measured roughly on a 2-core laptop:
    Whisper base runs at 6-8x real time, the mix and the encoding at 50-100x) and what the user reads."""

    TRANSCRIBE = ("transcribe", 8.0, N_("Transcribing the takes that have no transcript yet…"))
    MIX = ("mix", 3.0, N_("Mixing the running order…"))
    MASTER = ("master", 1.0, N_("Measuring the loudness and the true peak…"))
    ENCODE = ("encode", 3.0, N_("Encoding the audio…"))
    SUBTITLES = ("subtitles", 0.5, N_("Writing the tags, chapters, subtitles and notes…"))
    FEED = ("feed", 0.5, N_("Updating the feed…"))

    def __init__(self, key: str, weight: float, message: str) -> None:
        self.key = key
        self.weight = weight
        self.message = message

    @property
    def label(self) -> str:
        """What the user reads while this stage runs, in the current language."""
        return _(self.message)


@dataclass(frozen=True)
class ExportOptions:
    """What `antenne export` and the Episode screen's export dialog ask for."""

    outdir: str | os.PathLike[str]
    episode_id: str | None = None  # id or slug; None: the workshop's first episode
    format: str = "mp3"  # mp3, ogg, flac or wav
    target: str | None = None  # podcast, broadcast or LUFS; None: the episode's own target
    true_peak_dbtp: float = DEFAULT_TRUE_PEAK_DBTP
    skip_unconsented: bool = False
    transcribe: bool = True  # transcribe the takes without a transcript; False: no subtitle files
    model: str | os.PathLike[str] | None = None  # Whisper model for those takes (default: bundled base)
    update_feed: bool = True


def _stopped() -> Cancelled:
    return Cancelled(_("Export stopped"), _("The previous pack, if any, was left as it was"))


class ExportJob:
    """One export of one episode. `run(progress)` does the work and returns an `ExportResult`."""

    def __init__(self, workshop: Workshop, options: ExportOptions) -> None:
        self.workshop = workshop
        self.options = options
        self.stages: tuple[ExportStage, ...] = tuple(ExportStage)
        self._outer: Progress | None = None
        self._last: tuple[int, float] = (-1, 0.0)

    # -- progress -------------------------------------------------------------------------------
    def overall(self, stage: ExportStage, fraction: float) -> float:
        """How much of the whole export is done when `stage` is `fraction` done (the stages' weights)."""
        total = sum(s.weight for s in self.stages) or 1.0
        before = sum(s.weight for s in self.stages[: self.stages.index(stage)]) if stage in self.stages else 0.0
        return min(1.0, (before + stage.weight * min(1.0, max(0.0, fraction))) / total)

    def _forward(self, stage: ExportStage, fraction: float) -> None:
        """Pass a report on when it moves forward: stages in order, fractions never going back (a second
        encoding after a correction is reported as the first one's end)."""
        index = self.stages.index(stage)
        last_index, last_fraction = self._last
        if index < last_index or (index == last_index and fraction < last_fraction):
            return
        self._last = (index, fraction)
        if self._outer is not None:
            self._outer.report(stage, fraction)

    # -- the work -------------------------------------------------------------------------------
    def run(self, progress: Progress | None = None) -> ExportResult:
        """Render the episode into OUTDIR as a pack (see CONTRACT.md) and update OUTDIR/feed.xml.

        Takes without a transcript are transcribed first (`options.transcribe`), so the pack has its
        subtitles; without, no subtitle or transcript file is written. An empty subtitle file is never written.
        Raises `studio.progress.Cancelled` when `progress` is cancelled (nothing of the pack changed then).
        """
        self._outer = progress
        self._last = (-1, 0.0)
        inner = Progress(self._forward, event=progress.event if progress is not None else None)
        try:
            return self._run(inner)
        except Cancelled as e:
            raise _stopped() from e

    def _run(self, progress: Progress) -> ExportResult:
        opts, workshop = self.options, self.workshop
        fmt = opts.format
        if fmt not in FORMATS:
            raise InvalidInput(_("Unknown format {fmt}").format(fmt=fmt), _("Use mp3, ogg, flac or wav"))
        source = workshop.episode(opts.episode_id)
        if not source.items:
            raise InvalidInput(_("The episode {title} has no item").format(title=source.title),
                               _("Add takes to its running order first"))
        episode, skipped = check_consent(workshop, source, opts.skip_unconsented)
        channels = render.item_channels(workshop, episode)
        target_lufs = parse_target(opts.target or episode.target, channels)
        out = Path(opts.outdir).expanduser().resolve()
        media = workshop.path / "media"
        if out == workshop.path or out == media or media in out.parents:
            raise InvalidInput(_("Choose an output folder outside the workshop folder's media"))
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise InvalidInput(_("Cannot create the folder {dir}: {reason}").format(dir=out, reason=e.strerror or e)) \
                from e
        slug = safe_slug(episode.slug, episode.id)  # a hostile slug must not lead outside OUTDIR
        language = workshop.language if workshop.language in ("fr", "en") else "fr"
        missing = untranscribed_takes(workshop, episode) if opts.transcribe else []
        self.stages = tuple(s for s in ExportStage if (s is not ExportStage.TRANSCRIBE or missing)
                            and (s is not ExportStage.FEED or opts.update_feed))

        warnings: list[str] = []
        if missing:
            self._transcribe(missing, progress.at(ExportStage.TRANSCRIBE))
        progress.raise_if_cancelled()
        clean_stale(out, slug)
        stage = Staging(out, slug)
        mix_tmp = Path(tempfile.mkstemp(prefix=f".{slug}.", suffix=".part.mix.wav", dir=out)[1])
        try:
            # pass 1: mix, measured as it goes, into a temporary float file
            # the mix's true peak says whether the limiter will have anything to do (cheap: most rows are skipped)
            meter = LoudnessMeter(render.RATE, channels, true_peak=True, maxima=False)
            with sf.SoundFile(str(mix_tmp), "w", samplerate=render.RATE, channels=channels, format="RF64",
                              subtype="FLOAT") as mix_file:
                def sink(block):  # type: ignore[no-untyped-def]
                    meter.add(block)
                    mix_file.write(block)

                placed = render.mix(workshop, episode, channels, sink, progress.at(ExportStage.MIX))
            mixed = meter.result()
            input_lufs = mixed.integrated_lufs
            if input_lufs is None:
                raise InvalidInput(_("The episode is silent: there is nothing to normalise"),
                                   _("Check the takes of its running order"))
            # pass 2: gain, limiter, encoder
            audio_name = f"{slug}.{fmt}"
            audio_tmp = stage.temp(audio_name)
            # lossy encoders ring a little over the limiter's ceiling: leave them some headroom from the start
            ceiling = opts.true_peak_dbtp - (LOSSY_HEADROOM_DB if fmt in ("mp3", "ogg") else 0.0)
            # LAME plays a little quieter than its input (-0.45 dB at 128 kb/s): the master aims that much higher
            aim_lufs = target_lufs - level_change_db(fmt, render.RATE, channels)
            gain_lufs = input_lufs - (aim_lufs - target_lufs)  # master() applies target_lufs - gain_lufs
            peak = mixed.true_peak_dbtp
            mastering = progress.at(ExportStage.MASTER)
            if peak is not None and peak + aim_lufs - input_lufs > ceiling - PROBE_MARGIN_DB:
                # The limiter may engage and take a little loudness off: a quick pass through it (nothing
                # encoded) measures how much, so the one encoding lands on the target instead of being redone.
                probe = LoudnessMeter(render.RATE, channels, true_peak=False, maxima=False)
                render.master(mix_tmp, probe.add, target_lufs, ceiling, gain_lufs, mastering)
                limited = probe.result().integrated_lufs
                if limited is not None:
                    gain_lufs += limited - aim_lufs
            mastering.advance(1.0)
            encoding = progress.at(ExportStage.ENCODE)
            for _attempt in range(ENCODE_ATTEMPTS):
                with open_encoder(fmt, audio_tmp, render.RATE, channels) as enc:
                    render.master(mix_tmp, enc.write, target_lufs, ceiling, gain_lufs, encoding)
                final = measure_file(audio_tmp)
                # a lossy encoder's low-pass takes a little loudness off, and its ringing can add a little true
                # peak: correct what the final file shows, at most twice
                off_lu = (final.integrated_lufs - target_lufs) if final.integrated_lufs is not None else 0.0
                over_db = (final.true_peak_dbtp - opts.true_peak_dbtp) if final.true_peak_dbtp is not None else 0.0
                if abs(off_lu) <= LOUDNESS_TOLERANCE_LU and over_db <= 0.0:
                    break
                gain_lufs += off_lu
                if over_db > 0.0:
                    ceiling -= over_db + 0.05
            mix_tmp.unlink(missing_ok=True)
            duration_s = enc.frames / render.RATE

            files_progress = progress.at(ExportStage.SUBTITLES)
            files_progress.advance(0.0)
            chapters = [Chapter(p.start_s, min(p.end_s, placed[i + 1].start_s) if i + 1 < len(placed)
                                else duration_s, item_title(workshop, p.item, language))
                        for i, p in enumerate(placed)]
            cover = find_cover(workshop.path)
            tags = Tags(title=episode.title, artist=workshop.institution or workshop.title, album=workshop.title,
                        date=workshop.date or datetime.now().date().isoformat(), track=episode.number,
                        language=language, comment=episode.summary, cover=cover)
            write_tags(audio_tmp, fmt, tags, chapters)
            progress.raise_if_cancelled()

            # measured on the final file, as published
            measured = final.to_dict()  # the encoded audio as published (tags do not change it)
            measured["path"] = audio_name
            stage.text(f"{slug}.loudness.json", json.dumps(measured, ensure_ascii=False, indent=2) + "\n")

            files = {"chapters": f"{slug}.chapters.json", "notes": f"{slug}.md"}
            stage.text(files["chapters"], chapters_json(chapters, episode.title))
            if opts.transcribe:
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
                manifest.guid = guid_from_feed(out, audio_name) or new_guid()
            stage.text(f"{slug}{MANIFEST_SUFFIX}", manifest.to_json())
            files_progress.advance(1.0)
            # the last moment a stop leaves the previous pack untouched: after it, the pack is renamed in
            progress.raise_if_cancelled()
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
        if opts.update_feed:
            try:
                feed_path, _packs = write_feed(out, title=workshop.title if not (out / "feed.xml").exists() else None,
                                               base_url=None)
            except StudioError as e:
                warnings.append(e.one_line())
            progress.at(ExportStage.FEED).advance(1.0)
        record_export(workshop, episode, out, [p.name for p in written] + (["feed.xml"] if feed_path else []),
                      placed)
        return ExportResult(out, slug, written, duration_s, measured, skipped, warnings, feed_path)

    def _transcribe(self, take_ids: list[str], progress: Progress) -> None:
        """Transcribe the takes (the bundled base model by default, through the transcript cache), each saved
        as its raw transcript as the Transcribe screen does."""
        progress.advance(0.0)
        for i, take_id in enumerate(take_ids):
            try:
                transcribe_take(self.workshop, take_id, self.options.model, "auto",
                                progress=progress.span(i / len(take_ids), (i + 1) / len(take_ids)))
            except Cancelled:
                raise
            except StudioError as e:
                raise type(e)(e.message, e.hint or _("Or export without subtitles: antenne export --no-transcribe")) \
                    from e
        progress.advance(1.0)
