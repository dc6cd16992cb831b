"""The running-order use case: validated changes saved atomically, consent and duplicate warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.errors import InvalidInput, NotFound, StudioError
from studio.project import EpisodeItem, Take, create_workshop, load_workshop
from studio.project.store import WORKSHOP_FILE
from studio.usecases.running_order import RunningOrder, ensure_episode, find_sound


def _workshop(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Three takes (records only: the logic under test reads no audio), Chloe without publish consent."""
    w = create_workshop(tmp_path / "w", "Radio", language="en")
    for n, (name, level) in enumerate((("Amina", "publish"), ("Bastien", "publish"), ("Chloe", "workshop")), 1):
        w.add_participant(name, consent=level)
        w.takes.append(Take(id=f"t00{n}", participant=name, file=f"media/t00{n}.wav", sha256="0" * 64,
                            duration_s=5.0 * n, sample_rate=16000, channels=1))
    return w


def _refs(folder: Path) -> list[str]:
    return [i.ref for i in load_workshop(folder).episode().items]


def test_add_move_remove_crossfade_are_saved(tmp_path: Path) -> None:
    w = _workshop(tmp_path)
    order = RunningOrder(w)  # a workshop without episode gets its first one
    assert w.episodes[0].id == "e1" and len(order) == 0
    change = order.add([order.resolve("t001"), order.resolve("t002")])
    assert change.position == 2 and not change.warnings
    order.add_jingle("intro", at=1)
    order.add([order.resolve("jingles/outro.ogg")])
    assert _refs(w.path) == ["jingles/intro.ogg", "t001", "t002", "jingles/outro.ogg"]
    order.move(4, 2)
    assert _refs(w.path) == ["jingles/intro.ogg", "jingles/outro.ogg", "t001", "t002"]
    order.move(1, 4)
    assert _refs(w.path) == ["jingles/outro.ogg", "t001", "t002", "jingles/intro.ogg"]
    order.set_crossfade(3, 1.5)
    assert load_workshop(w.path).episode().items[2].crossfade_s == 1.5
    order.remove_many([1, 4])
    assert _refs(w.path) == ["t001", "t002"]
    order.remove(1)
    assert _refs(w.path) == ["t002"]
    order.set_bed("bed-calm")
    assert load_workshop(w.path).episode().bed == "beds/bed-calm.ogg"
    order.set_bed("none")
    assert load_workshop(w.path).episode().bed == ""


def test_consent_and_duplicates_are_warnings_not_errors(tmp_path: Path) -> None:
    w = _workshop(tmp_path)
    order = RunningOrder(w)
    change = order.add_take("t003")
    assert len(change.warnings) == 1 and "Chloe" in change.warnings[0] and "workshop" in change.warnings[0]
    order.add_take("t001")
    change = order.add_take("t001", at=1)
    assert any("t001" in text for text in change.warnings)
    lines = order.lines()
    assert [(x.ref, x.duplicate, x.unconsented) for x in lines] == [
        ("t001", False, False), ("t003", False, True), ("t001", True, False)]
    assert lines[1].consent == "workshop" and lines[1].participant == "Chloe" and lines[1].duration_s == 15.0
    assert _refs(w.path) == ["t001", "t003", "t001"]
    # the participant's later consent is what the list shows
    w.set_consent("Chloe", "publish")
    assert not any(x.unconsented for x in order.lines())


@pytest.mark.parametrize("change", [
    lambda o: o.add_take("t009"),
    lambda o: o.resolve("nothing-like-this"),
    lambda o: o.add_jingle("no-such-jingle"),
    lambda o: o.add([EpisodeItem(kind="asset", ref="../../etc/passwd")]),
    lambda o: o.add([EpisodeItem(kind="asset", ref="beds/bed.ogg")]),  # a bed is not a running-order item
    lambda o: o.add([EpisodeItem(kind="video", ref="t001")]),
    lambda o: o.add([]),
    lambda o: o.add_take("t001", at=0),
    lambda o: o.add_take("t001", at=4),  # 2 items: positions 1..3
    lambda o: o.move(0, 1),
    lambda o: o.move(1, 3),
    lambda o: o.remove(3),
    lambda o: o.remove_many([1, 5]),
    lambda o: o.set_crossfade(1, 1.0),  # nothing before the first item
    lambda o: o.set_crossfade(2, -0.5),
    lambda o: o.set_crossfade(2, 10.5),
    lambda o: o.set_crossfade(2, float("nan")),
    lambda o: o.set_bed("no-such-bed"),
])
def test_a_refused_change_leaves_the_workshop_untouched(tmp_path: Path, change) -> None:  # type: ignore[no-untyped-def]
    w = _workshop(tmp_path)
    order = RunningOrder(w)
    order.add([order.resolve("t001"), order.resolve("t002")])
    before = (w.path / WORKSHOP_FILE).read_bytes()
    in_memory = json.dumps(w.to_dict())
    with pytest.raises((InvalidInput, NotFound)) as info:
        change(order)
    assert isinstance(info.value, StudioError) and info.value.message
    assert (w.path / WORKSHOP_FILE).read_bytes() == before
    assert json.dumps(w.to_dict()) == in_memory


def test_empty_running_order_and_unknown_episode(tmp_path: Path) -> None:
    w = _workshop(tmp_path)
    order = RunningOrder(w)
    with pytest.raises(InvalidInput, match="empty"):
        order.remove(1)
    with pytest.raises(NotFound):
        RunningOrder(w, "e7")
    with pytest.raises(NotFound):
        RunningOrder(_workshop(tmp_path / "other"), create=False)
    assert ensure_episode(w, "e1") is order.episode


def test_crossfade_cycles_through_the_usual_steps(tmp_path: Path) -> None:
    w = _workshop(tmp_path)
    order = RunningOrder(w)
    order.add([order.resolve("t001"), order.resolve("t002")])
    seen = [order.cycle_crossfade(2) and order.episode.items[1].crossfade_s for _ in range(5)]
    assert seen == [0.5, 1.0, 2.0, 0.0, 0.5]
    order.set_crossfade(2, 3.0)  # not a step: the cycle starts again from none
    order.cycle_crossfade(2)
    assert order.episode.items[1].crossfade_s == 0.0


def test_find_sound_accepts_the_names_a_facilitator_types() -> None:
    assert find_sound("intro", "jingles") == find_sound("intro.ogg", "jingles") == "jingles/intro.ogg"
    assert find_sound("jingles/intro.ogg", "jingles") == "jingles/intro.ogg"
    assert find_sound("bed-calm", "beds") == "beds/bed-calm.ogg"
    assert find_sound("intro", "beds") is None and find_sound("../jingles/intro", "jingles") is None


def test_save_failure_propagates_and_a_custom_saver_is_used(tmp_path: Path) -> None:
    w = _workshop(tmp_path)
    saved: list[int] = []
    order = RunningOrder(w, save=lambda ws: saved.append(len(ws.episode().items)))
    order.add_take("t001")
    order.add_take("t002")
    assert saved == [1, 2]
    assert not (w.path / WORKSHOP_FILE).read_text().count("t002")


def test_estimated_loudness_averages_energy_over_duration(tmp_path: Path) -> None:
    """Two bundled jingles measured on their own, then together: the average lies between, weighted by time."""
    from studio.audio.loudness import measure_file
    from studio.export.render import asset_path

    w = _workshop(tmp_path)
    order = RunningOrder(w)
    assert order.estimated_loudness_lufs() is None  # nothing to measure
    order.add([order.resolve("intro"), order.resolve("stinger")])
    order.episode.items.append(EpisodeItem(kind="asset", ref="/etc/hostname"))  # hand-edited: skipped
    a, b = (measure_file(asset_path(r), true_peak=False) for r in ("jingles/intro.ogg", "jingles/stinger.ogg"))
    expected = 10 * __import__("math").log10(
        (a.duration_s * 10 ** (a.integrated_lufs / 10) + b.duration_s * 10 ** (b.integrated_lufs / 10))
        / (a.duration_s + b.duration_s))
    got = order.estimated_loudness_lufs()
    assert got is not None and abs(got - expected) < 1e-6
    assert min(a.integrated_lufs, b.integrated_lufs) <= got <= max(a.integrated_lufs, b.integrated_lufs)
