"""Record a take: start a recorder for a participant, stop it, and finish the take's transcript.

The command line (`antenne record`, `antenne recover`) and the Record screen are thin adapters over this:
they show levels and messages, this decides what happens to the take and its transcript. The audio engine
(`studio.audio.record.Recorder`) keeps its crash-safety design: the take is on disk and registered by
`Recorder.stop`; a transcript that cannot be made is never a reason to lose it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from studio.audio.record import Recorder
from studio.errors import StudioError
from studio.transcribe.live import LiveTranscriber, enabled_by_setting
from studio.transcribe.workshop import transcribe_take

if TYPE_CHECKING:
    from studio.project.model import Take, Workshop

#: What became of a take's transcript: "saved" (made while recording and stored), "later" (live
#: transcription gave up or failed: it is to be made after the stop), "off" (no live transcription).
TranscriptStatus = Literal["saved", "later", "off"]


def live_wanted(no_live: bool = False) -> bool:
    """Whether takes are transcribed while they are recorded: the setting, unless the flag turns it off."""
    return not no_live and enabled_by_setting()


@dataclass(frozen=True)
class RecordingResult:
    """A finished recording: the take kept (None: nothing was recorded) and what became of its transcript."""

    take: Take | None
    transcript: TranscriptStatus
    message: str = ""  # why the recorder stopped by itself (disk full, device gone), or ""
    overflows: int = 0  # how many times the computer dropped sound


def transcript_status(live: Any, workshop: Any, take: Any) -> TranscriptStatus:
    """Store what live transcription made of `take`; "later" when it gave up (or there is none to store).

    `live` is the take's live transcriber (None: live transcription was off)."""
    if live is None:
        return "off"
    return "saved" if live.finish(workshop, take) is not None else "later"


class RecordingSession:
    """One take being recorded for a participant, with live transcription on or off."""

    def __init__(self, workshop: Workshop, participant: str, *, device: int | str | None = None,
                 max_seconds: float | None = None, start_paused: bool = False, live: bool = True,
                 live_factory: Callable[[int, int], LiveTranscriber] | None = None) -> None:
        workshop.require_recording_consent(participant)
        self.workshop = workshop
        factory = live_factory or _start_live
        self.recorder: Recorder = Recorder(workshop, participant, device=device, max_seconds=max_seconds,
                                           start_paused=start_paused, live_factory=factory if live else None)

    def start(self) -> RecordingSession:
        """Open the input device and start writing the take (raises StudioError when it cannot)."""
        self.recorder.start()
        return self

    @property
    def live(self) -> LiveTranscriber | None:
        return self.recorder.live

    def stop(self) -> Take | None:
        """Stop and keep the take (None: nothing was recorded); its live transcript is not stored yet."""
        try:
            take = self.recorder.stop()
        except BaseException:
            self.cancel_live()
            raise
        if take is None:
            self.cancel_live()
        return take

    def cancel_live(self) -> None:
        if self.recorder.live is not None:
            self.recorder.live.cancel()

    def finish_transcript(self, take: Take) -> TranscriptStatus:
        """The last words are transcribed and the transcript stored; "later" if live transcription gave up."""
        return transcript_status(self.recorder.live, self.workshop, take)

    def result(self, take: Take | None, transcript: TranscriptStatus) -> RecordingResult:
        return RecordingResult(take, transcript, self.recorder.message or "", self.recorder.overflows)

    def finish(self) -> RecordingResult:
        """Stop, keep the take, and store its transcript (or say it is to be made later)."""
        take = self.stop()
        return self.result(take, self.finish_transcript(take) if take is not None else "off")


def _start_live(rate: int, channels: int) -> LiveTranscriber:
    return LiveTranscriber(rate, channels).start()


@dataclass(frozen=True)
class TranscriptOutcome:
    """What transcribing one kept take gave: "saved", "later" (interrupted) or "failed" (with the error)."""

    take_id: str
    status: Literal["saved", "later", "failed"]
    error: str = ""


def finish_transcripts(workshop: Workshop, take_ids: Iterable[str],
                       on_start: Callable[[str], None] | None = None) -> list[TranscriptOutcome]:
    """Transcribe kept takes now, in order; Ctrl-C or a failure stops there and leaves the rest for later.

    A take is never at risk here: a transcript that cannot be made is only reported."""
    outcomes: list[TranscriptOutcome] = []
    for take_id in take_ids:
        if on_start is not None:
            on_start(take_id)
        try:
            transcribe_take(workshop, take_id)
        except KeyboardInterrupt:
            outcomes.append(TranscriptOutcome(take_id, "later"))
            break
        except (StudioError, OSError) as e:
            message = e.one_line() if isinstance(e, StudioError) else str(e.strerror or e)
            outcomes.append(TranscriptOutcome(take_id, "failed", message))
            break
        outcomes.append(TranscriptOutcome(take_id, "saved"))
    return outcomes
