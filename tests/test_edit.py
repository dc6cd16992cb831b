"""Edit lists: property tests of the pure operations, render, undo/redo persisted per take, the public API."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio import edit
from studio.edit import EditList, Region
from studio.edit.model import whole

RATE = 48_000
N = 4_800  # a short source keeps property tests fast


def _source(n: int = N, channels: int = 2, seed: int = 0) -> np.ndarray:
    data = np.random.default_rng(seed).uniform(-0.5, 0.5, (n, channels)).astype(np.float32)
    data.setflags(write=False)
    return data


SOURCES = {"a": _source(), "b": _source(N // 2, 1, seed=1)}

frames = st.integers(min_value=0, max_value=2 * N)
ops = st.one_of(
    st.tuples(st.just("delete"), frames, frames),
    st.tuples(st.just("trim"), frames, frames),
    st.tuples(st.just("split"), frames, st.just(0)),
    st.tuples(st.just("move"), st.integers(0, 6), st.integers(0, 6)),
    st.tuples(st.just("gain"), frames, frames),
    st.tuples(st.just("fade_in"), frames, frames),
    st.tuples(st.just("fade_out"), frames, frames),
)


def apply(el: EditList, op: tuple[str, int, int]) -> EditList:
    name, x, y = op
    if name == "delete":
        return edit.delete(el, x, y)
    if name == "trim":
        return edit.trim(el, x, y)
    if name == "split":
        return edit.split(el, x)
    if name == "move":
        return edit.move(el, x, y)
    if name == "gain":
        return edit.change_gain(el, x, y, -3.0)
    if name == "fade_in":
        return edit.fade_in(el, x, y)
    return edit.fade_out(el, x, y)


start_list = EditList((Region("a", 0, N), Region("b", 100, N // 2 - 100)), RATE)


@settings(max_examples=60, deadline=None)
@given(st.lists(ops, min_size=1, max_size=6))
def test_undo_restores_the_render_and_sources_are_never_written(sequence: list[tuple[str, int, int]]) -> None:
    before = {k: hashlib.sha256(v.tobytes()).hexdigest() for k, v in SOURCES.items()}
    history = edit.History([start_list], 0)
    renders = {0: edit.render(start_list, SOURCES)}  # render of each state, by history position
    for op in sequence:
        history.push(apply(history.current, op))  # a no-op is not pushed
        renders[history.position] = edit.render(history.current, SOURCES)
    last = history.position
    while history.can_undo:  # render(undo(op(x))) == render(x), all the way back
        history.undo()
        assert np.array_equal(edit.render(history.current, SOURCES), renders[history.position])
    assert history.current == start_list
    while history.can_redo:
        history.redo()
    assert history.position == last
    assert np.array_equal(edit.render(history.current, SOURCES), renders[last])
    assert {k: hashlib.sha256(v.tobytes()).hexdigest() for k, v in SOURCES.items()} == before


@settings(max_examples=60, deadline=None)
@given(frames, frames)
def test_delete_removes_exactly_the_range(a: int, b: int) -> None:
    full = edit.render(start_list, SOURCES)
    lo, hi = sorted((min(a, start_list.frames), min(b, start_list.frames)))
    out = edit.render(edit.delete(start_list, a, b), SOURCES)
    assert np.array_equal(out, np.concatenate([full[:lo], full[hi:]]))
    kept = edit.render(edit.trim(start_list, a, b), SOURCES)
    assert len(kept) == hi - lo and (hi == lo or np.array_equal(kept, full[lo:hi]))


@settings(max_examples=60, deadline=None)
@given(frames)
def test_split_is_inaudible(at: int) -> None:
    assert np.array_equal(edit.render(edit.split(start_list, at), SOURCES), edit.render(start_list, SOURCES))


@settings(max_examples=60, deadline=None)
@given(st.floats(0, 0.2), st.floats(0, 0.2), st.floats(0, 0.3))
def test_source_to_edit_time_follows_cuts(cut_start: float, cut_len: float, t: float) -> None:
    el = whole("a", int(0.3 * RATE), RATE)
    after = edit.cut(el, cut_start, cut_start + cut_len)
    mapped = edit.source_to_edit_time(after, "a", t)
    lo, hi = round(cut_start * RATE) / RATE, round((cut_start + cut_len) * RATE) / RATE
    if t * RATE < lo * RATE:
        assert mapped == pytest.approx(t)
    elif t * RATE >= hi * RATE and t < 0.3:
        assert mapped == pytest.approx(t - (hi - lo))
    elif t == lo and hi > lo:  # the instant a cut starts is the junction itself, when audio precedes it
        assert mapped == (pytest.approx(lo) if lo > 0 else None)
    elif lo < t < hi:
        assert mapped is None


def test_gain_and_fades_render() -> None:
    el = edit.change_gain(start_list, 0, N, -6.0)
    out = edit.render(el, SOURCES)
    assert np.allclose(out[:N], SOURCES["a"][:N] * 10 ** (-6 / 20), atol=1e-6)
    faded = edit.render(edit.fade_in(start_list, 0, 480), SOURCES)
    assert faded[0, 0] == 0.0 and np.array_equal(faded[480:N], SOURCES["a"][480:N])
    faded = edit.render(edit.fade_out(start_list, N - 480, N), SOURCES)
    assert np.abs(faded[N - 1]).max() < 0.01 and np.array_equal(faded[: N - 480], SOURCES["a"][: N - 480])
    # mono source mixed into a stereo timeline
    assert np.array_equal(edit.render(start_list, SOURCES)[N:, 0], SOURCES["b"][100:, 0])


def test_normalize_and_trim_silence_ops() -> None:
    t = np.arange(RATE * 3) / RATE
    src = np.zeros((RATE * 5, 1), np.float32)
    src[RATE: 4 * RATE, 0] = 0.05 * np.sin(2 * np.pi * 1000 * t)
    sources = {"s": src}
    el = whole("s", len(src))
    trimmed = edit.trim_silence(el, sources, pad_s=0.1)
    assert trimmed.duration_s == pytest.approx(3.2, abs=0.02)
    normalized, gain_db = edit.normalize(trimmed, sources, -20.0)
    from studio.audio.loudness import measure_array

    assert measure_array(edit.render(normalized, sources), RATE).integrated_lufs == pytest.approx(-20.0, abs=0.1)
    assert gain_db > 0


# ---- workshop API --------------------------------------------------------------------------------------


@pytest.fixture
def workshop_with_take(tmp_path: Path):  # type: ignore[no-untyped-def]
    import soundfile as sf

    from studio.project import create_workshop
    from studio.project.media import import_files

    w = create_workshop(tmp_path / "w", "Test")
    w.add_participant("Awa", consent="workshop")
    src = tmp_path / "voice.wav"
    t = np.arange(44_100 * 2) / 44_100
    sf.write(str(src), (0.3 * np.sin(2 * np.pi * 300 * t)).astype(np.float32), 44_100)
    take = import_files(w, [src], "Awa")[0]
    return w, take.id


def test_render_take_cut_and_history_persisted(workshop_with_take) -> None:  # type: ignore[no-untyped-def]
    from studio.project import load_workshop

    w, take_id = workshop_with_take
    media = w.take_path(w.take(take_id))
    original = hashlib.sha256(media.read_bytes()).hexdigest()
    el = edit.load_edit_list(w, take_id)
    assert el.frames == 2 * RATE  # 2 s at 44.1 kHz, resampled to the workshop rate
    audio, rate = edit.render_take(w, take_id)
    assert rate == 48_000 and audio.shape == (2 * RATE, 1)
    edit.save_edit_list(w, take_id, edit.cut(el, 0.5, 1.0))
    w2 = load_workshop(w.path)
    audio, _ = edit.render_take(w2, take_id)
    assert len(audio) == int(1.5 * RATE)
    assert edit.source_to_edit_time(edit.load_edit_list(w2, take_id), take_id, 1.5) == pytest.approx(1.0)
    assert edit.source_to_edit_time(edit.load_edit_list(w2, take_id), take_id, 0.7) is None
    data = json.loads((w.path / "edits" / f"{take_id}.json").read_text())
    assert data["take"] == take_id and len(data["history"]) == 2 and data["position"] == 1
    history = edit.load_history(w2, take_id)
    history.undo()
    edit.save_history(w2, take_id, history)
    assert edit.load_edit_list(w2, take_id).frames == 2 * RATE
    assert hashlib.sha256(media.read_bytes()).hexdigest() == original


def test_damaged_edits_file_is_a_clear_error(workshop_with_take) -> None:  # type: ignore[no-untyped-def]
    from studio.errors import NotFound, WorkshopDamaged

    w, take_id = workshop_with_take
    (w.path / "edits" / f"{take_id}.json").write_text("{not json")
    with pytest.raises(WorkshopDamaged):
        edit.load_edit_list(w, take_id)
    with pytest.raises(NotFound):
        edit.load_edit_list(w, "t999")
