"""The export use case and the one progress-and-cancel protocol: stages in order, fractions that only move
forward, weights in one place, and a stop that leaves the previous pack as it was (no .part file)."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.progress import Cancelled, Progress
from studio.usecases.export import ExportJob, ExportOptions, ExportStage
from tests.fixtures.export import make_export_workshop

SLUG = "news-flash"


# -- the protocol --------------------------------------------------------------------------------------
def test_views_report_their_stage_and_their_part_of_it() -> None:
    seen: list[tuple[object, float]] = []
    progress = Progress(lambda stage, fraction: seen.append((stage, fraction)))
    mix = progress.at("mix")
    mix.advance(0.5)
    second = mix.span(0.5, 1.0)  # the second of two takes
    second.advance(0.0)
    second.advance(0.5)
    second.advance(2.0)  # clamped
    progress.report("feed", -1.0)
    assert seen == [("mix", 0.5), ("mix", 0.5), ("mix", 0.75), ("mix", 1.0), ("feed", 0.0)]


def test_one_event_cancels_every_view() -> None:
    event = threading.Event()
    progress = Progress(event=event)
    view = progress.at("encode").span(0.2, 0.4)
    view.raise_if_cancelled()  # not cancelled: nothing happens
    assert not view.cancelled
    event.set()  # e.g. a Textual worker's cancelled_event
    assert view.cancelled and progress.cancelled
    with pytest.raises(Cancelled):
        view.raise_if_cancelled()
    other = Progress()
    other.at("mix").cancel()
    assert other.cancelled


def test_stage_weights_add_up_to_the_whole_export(tmp_path: Path) -> None:
    job = ExportJob(make_export_workshop(tmp_path, bed=False), ExportOptions(tmp_path / "out"))
    assert job.overall(ExportStage.TRANSCRIBE, 0.0) == 0.0
    assert job.overall(ExportStage.FEED, 1.0) == pytest.approx(1.0)
    points = [job.overall(stage, f) for stage in ExportStage for f in (0.0, 0.5, 1.0)]
    assert points == sorted(points)
    assert all(stage.label and stage.weight > 0 for stage in ExportStage)


# -- the job -------------------------------------------------------------------------------------------
def _recorder() -> tuple[list[tuple[ExportStage, float]], Progress]:
    seen: list[tuple[ExportStage, float]] = []
    return seen, Progress(lambda stage, fraction: seen.append((stage, fraction)))


def _check_order(job: ExportJob, seen: list[tuple[ExportStage, float]]) -> None:
    order = list(ExportStage)
    indexes = [order.index(stage) for stage, _f in seen]
    assert indexes == sorted(indexes), "stages reported out of order"
    for stage in {s for s, _f in seen}:
        fractions = [f for s, f in seen if s is stage]
        assert fractions == sorted(fractions), f"{stage} went back"
        assert all(0.0 <= f <= 1.0 for f in fractions)
    overall = [job.overall(stage, f) for stage, f in seen]
    assert overall == sorted(overall) and overall[-1] == pytest.approx(1.0)


def test_an_export_reports_its_stages_in_order(tmp_path: Path) -> None:
    w = make_export_workshop(tmp_path, consent={"Chloe": "publish"})
    job = ExportJob(w, ExportOptions(tmp_path / "out", format="wav", transcribe=False))
    seen, progress = _recorder()
    result = job.run(progress)
    assert (tmp_path / "out" / f"{SLUG}.wav").is_file() and result.slug == SLUG
    _check_order(job, seen)
    stages = [s for s, _f in seen]
    assert ExportStage.TRANSCRIBE not in stages and ExportStage.TRANSCRIBE not in job.stages
    assert [s for s in ExportStage if s in stages] == [ExportStage.MIX, ExportStage.MASTER, ExportStage.ENCODE,
                                                         ExportStage.SUBTITLES, ExportStage.FEED]
    assert (ExportStage.MIX, 1.0) in seen and seen[-1] == (ExportStage.FEED, 1.0)
    # the mix advanced item by item, the encoding block by block
    assert len({f for s, f in seen if s is ExportStage.MIX}) >= 3
    assert len({f for s, f in seen if s is ExportStage.ENCODE}) >= 2


def test_takes_without_a_transcript_are_a_first_stage(tmp_path: Path) -> None:
    w = make_export_workshop(tmp_path, consent={"Chloe": "publish"}, bed=False)
    job = ExportJob(w, ExportOptions(tmp_path / "out", format="wav", model="tiny.en", update_feed=False))
    seen, progress = _recorder()
    job.run(progress)
    _check_order(job, seen)
    assert seen[0] == (ExportStage.TRANSCRIBE, 0.0) and (ExportStage.TRANSCRIBE, 1.0) in seen
    assert ExportStage.FEED not in job.stages and not (tmp_path / "out" / "feed.xml").exists()
    assert (tmp_path / "out" / f"{SLUG}.vtt").is_file()


def test_a_stop_during_the_mix_leaves_the_previous_pack_and_no_part_file(tmp_path: Path) -> None:
    w = make_export_workshop(tmp_path, consent={"Chloe": "publish"})
    out = tmp_path / "out"
    ExportJob(w, ExportOptions(out, transcribe=False)).run()
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    w.episode().title = "A changed title"

    event = threading.Event()
    seen: list[tuple[ExportStage, float]] = []

    def listener(stage: ExportStage, fraction: float) -> None:
        seen.append((stage, fraction))
        if stage is ExportStage.MIX and fraction > 0.3:  # a few items in: the mix file is being written
            assert any(".part" in p.name for p in out.iterdir())
            event.set()

    with pytest.raises(Cancelled) as stopped:
        ExportJob(w, ExportOptions(out, transcribe=False)).run(Progress(listener, event=event))
    assert "Export stopped" in stopped.value.message
    assert all(s is ExportStage.MIX for s, _f in seen) and max(f for _s, f in seen) < 1.0
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after == before  # nothing renamed, nothing left behind (no .part file)
    assert "A changed title" not in (out / f"{SLUG}.md").read_text(encoding="utf-8")


def test_a_stop_during_transcription_writes_nothing(tmp_path: Path) -> None:
    w = make_export_workshop(tmp_path, consent={"Chloe": "publish"}, bed=False)
    out = tmp_path / "out"
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        ExportJob(w, ExportOptions(out, model="tiny.en")).run(progress)
    assert not out.exists() or not list(out.iterdir())
    assert not list((w.path / "transcripts").glob("*.json")) if (w.path / "transcripts").exists() else True


# -- normalize and assemble take the same protocol ---------------------------------------------------
def _tone(path: Path, seconds: float = 3.0, rate: int = 48000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    sf.write(path, (0.1 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), rate)
    return path


def test_normalize_and_assemble_report_and_stop(tmp_path: Path) -> None:
    from studio.audio.assemble import assemble_files
    from studio.audio.normalize import normalize_file

    src = _tone(tmp_path / "in.wav", seconds=8.0)
    seen: list[float] = []
    normalize_file(src, tmp_path / "out.wav", "podcast", progress=Progress(lambda _s, f: seen.append(f)))
    assert seen and seen == sorted(seen) and seen[-1] == 1.0

    stop = Progress()
    stop.cancel()
    with pytest.raises(Cancelled):
        normalize_file(src, tmp_path / "stopped.wav", "podcast", progress=stop)
    with pytest.raises(Cancelled):
        assemble_files([src, src], tmp_path / "stopped-episode.wav", progress=stop)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.wav", "out.wav"]

    seen.clear()
    assemble_files([src, src], tmp_path / "episode.wav", progress=Progress(lambda _s, f: seen.append(f)))
    assert seen and seen == sorted(seen) and seen[-1] == 1.0


def test_a_stopped_transcription_raises_and_saves_nothing(tmp_path: Path) -> None:
    """Transcription reports a stop as every long job does (it once returned None instead)."""
    from studio.transcribe.workshop import has_transcript, transcribe_take

    w = make_export_workshop(tmp_path, bed=False)
    take = w.takes[0]
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        transcribe_take(w, take.id, "tiny.en", "en", progress=progress)
    assert not has_transcript(w, take.id)
