"""Edit by text: deleting words cuts their audio from the take's edit list (source time -> timeline), undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
import soundfile as sf

from studio.transcribe import review
from studio.transcribe.review import WordRef
from studio.transcribe.transcript import Transcript
from studio.transcribe.workshop import raw_path, save_reviewed, take_transcript
from tests.fixtures.speech import make_speech_workshop


def test_source_ranges_are_cut_where_they_play_after_earlier_edits() -> None:
    from studio.edit import cut, source_to_edit_time, whole

    el = whole("t001", 48_000 * 10)
    el = cut(el, 1.0, 2.0)  # an earlier edit: the timeline no longer matches source time
    el = review.cut_source_range(el, "t001", 5.0, 6.0)
    assert el.duration_s == pytest.approx(8.0)
    assert source_to_edit_time(el, "t001", 5.5) is None
    assert source_to_edit_time(el, "t001", 4.5) == pytest.approx(3.5)
    assert source_to_edit_time(el, "t001", 6.5) == pytest.approx(4.5)
    # a range that is already partly cut only removes what is still there
    el = review.cut_source_range(el, "t001", 1.5, 3.0)
    assert el.duration_s == pytest.approx(7.0)
    assert review.cut_source_range(el, "t002", 0.0, 9.0).duration_s == pytest.approx(7.0)


def _find(transcript: Transcript, needle: str) -> WordRef:
    return next(r for r in review.refs(transcript) if needle in review.word_at(transcript, r).text.lower())


def test_deleting_a_word_removes_its_audio(tmp_path: Path, fr_clip: Path, fr_transcript, base_model) -> None:  # type: ignore[no-untyped-def]
    from studio.edit import load_edit_list, render_take
    from studio.project.media import sha256_file
    from studio.transcribe.engine import transcribe_all

    w, take_id = make_speech_workshop(tmp_path, fr_clip)
    take_file = w.take_path(w.take(take_id))
    original_sha = sha256_file(take_file)
    transcript = Transcript.from_dict(fr_transcript.to_dict())  # the session's real transcript of this clip
    save_reviewed(w, take_id, transcript)
    target = _find(transcript, "biblioth")
    ranges = review.delete_words(w, take_id, transcript, [target])
    assert len(ranges) == 1
    cut_s = ranges[0][1] - ranges[0][0]
    reviewed = take_transcript(w, take_id)
    assert "biblioth" not in reviewed.text().lower() and "biblioth" in reviewed.text(include_deleted=True).lower()
    el = load_edit_list(w, take_id)
    assert el.duration_s == pytest.approx(w.take(take_id).duration_s - cut_s, abs=0.01)
    # Render the edit and listen to it again with Whisper: the word is gone, its neighbours are not.
    audio, rate = render_take(w, take_id)
    rendered = tmp_path / "rendered.wav"
    sf.write(rendered, audio, rate)
    heard = transcribe_all(rendered, base_model, "fr", use_cache=False).text().lower()
    assert "biblioth" not in heard, heard
    assert "mairie" in heard and "école" in heard, heard
    # The recording is untouched; undo brings the word back in the transcript too.
    assert sha256_file(take_file) == original_sha
    assert not raw_path(w, take_id).exists() or "biblioth" in raw_path(w, take_id).read_text()
    assert review.undo_cut(w, take_id, reviewed)
    assert "biblioth" in take_transcript(w, take_id).text().lower()
    assert load_edit_list(w, take_id).duration_s == pytest.approx(w.take(take_id).duration_s, abs=0.01)
    assert not review.undo_cut(w, take_id, reviewed)


def test_filler_suggestion_cut_only_after_confirmation(tmp_path: Path, en_clip: Path) -> None:
    from studio.edit import load_edit_list
    from studio.transcribe.transcript import Segment, TranscriptInfo, Word

    w, take_id = make_speech_workshop(tmp_path, en_clip, "Tom")
    words = [Word(0.2, 0.5, " So", 0.9), Word(0.7, 1.0, " um", 0.9), Word(1.2, 1.6, " hello", 0.9)]
    t = Transcript(TranscriptInfo("en", 2.0, "base"), [Segment(0.2, 1.6, "So um hello", words, speaker="Tom")])
    suggestions = review.filler_suggestions(t)
    assert [review.word_at(t, r).text for r in suggestions] == ["um"]
    before = load_edit_list(w, take_id).duration_s
    assert load_edit_list(w, take_id).duration_s == before  # suggesting cut nothing
    review.delete_words(w, take_id, t, suggestions)  # the user said yes
    assert t.text() == "So hello"
    assert load_edit_list(w, take_id).duration_s == pytest.approx(before - (1.1 - 0.6), abs=0.01)
