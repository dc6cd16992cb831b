"""The recording use case's result logic: what becomes of a take's transcript (fakes stand in for the
recorder and the live transcriber; the real ones are exercised by test_record, test_live and test_tui_record)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from studio.errors import NotFound
from studio.usecases import recording
from studio.usecases.recording import RecordingSession, finish_transcripts, transcript_status


@dataclass
class FakeLive:
    stored: Any = None  # what finish() returns: the stored transcript, or None when it gave up
    calls: list[str] = field(default_factory=list)

    def finish(self, workshop: Any, take: Any) -> Any:
        self.calls.append(f"finish {take}")
        return self.stored

    def cancel(self) -> None:
        self.calls.append("cancel")


@dataclass
class FakeRecorder:
    take: Any
    live: FakeLive | None
    message: str = ""
    overflows: int = 0
    fails: bool = False

    def stop(self) -> Any:
        if self.fails:
            raise OSError("disk gone")
        return self.take


def _session(recorder: FakeRecorder) -> RecordingSession:
    session = RecordingSession.__new__(RecordingSession)
    session.workshop = "W"  # type: ignore[assignment]
    session.recorder = recorder  # type: ignore[assignment]
    return session


def test_transcript_status() -> None:
    assert transcript_status(None, "W", "T1") == "off"
    assert transcript_status(FakeLive(stored="transcript"), "W", "T1") == "saved"
    assert transcript_status(FakeLive(stored=None), "W", "T1") == "later"


@pytest.mark.parametrize(("live", "take", "expected", "calls"), [
    (None, "T1", "off", None),
    (FakeLive(stored="transcript"), "T1", "saved", ["finish T1"]),
    (FakeLive(stored=None), "T1", "later", ["finish T1"]),
    (FakeLive(stored="transcript"), None, "off", ["cancel"]),  # nothing recorded: live is cancelled
])
def test_finish_result(live: FakeLive | None, take: Any, expected: str, calls: list[str] | None) -> None:
    result = _session(FakeRecorder(take, live, message="disk full", overflows=2)).finish()
    assert (result.take, result.transcript, result.message, result.overflows) == (take, expected, "disk full", 2)
    if live is not None:
        assert live.calls == calls


def test_a_failed_stop_cancels_live_and_raises() -> None:
    live = FakeLive()
    with pytest.raises(OSError):
        _session(FakeRecorder("T1", live, fails=True)).finish()
    assert live.calls == ["cancel"]


def test_finish_transcripts_stops_at_the_first_failure_or_interrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(workshop: Any, take_id: str) -> None:
        if take_id == "T2":
            raise NotFound("no such take")
        if take_id == "T4":
            raise KeyboardInterrupt

    monkeypatch.setattr(recording, "transcribe_take", fake)
    started: list[str] = []
    outcomes = finish_transcripts("W", ["T1", "T2", "T3"], on_start=started.append)  # type: ignore[arg-type]
    assert started == ["T1", "T2"]
    assert [(o.take_id, o.status) for o in outcomes] == [("T1", "saved"), ("T2", "failed")]
    assert "no such take" in outcomes[1].error
    outcomes = finish_transcripts("W", ["T4", "T5"])  # type: ignore[arg-type]
    assert [(o.take_id, o.status) for o in outcomes] == [("T4", "later")]


def test_live_wanted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recording, "enabled_by_setting", lambda: True)
    assert recording.live_wanted() and not recording.live_wanted(no_live=True)
    monkeypatch.setattr(recording, "enabled_by_setting", lambda: False)
    assert not recording.live_wanted()
