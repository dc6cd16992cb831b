"""Live transcription: transcribe a take while it is being recorded, so its transcript is ready at the stop.

The recorder's writer thread (never the audio callback) hands every block it wrote to `LiveTranscriber.feed`,
which only does a non-blocking put into a bounded queue. A low-priority worker thread resamples the blocks to
16 kHz mono, runs the bundled Silero VAD on them, cuts the audio at pauses (not at fixed windows, so no word
is cut in two) and transcribes each finished speech chunk with the same model, language setting, decoding
options and hallucination guard as offline transcription, with the chunk's times shifted to the take's
timeline.

After the recorder stopped and registered the take, `finish(workshop, take)` transcribes the last chunk,
stitches the chunks and stores the result where offline transcription stores a take's raw transcript, and in
the transcript cache under the key offline transcription computes for the finished file, so that
`antenne transcribe` on the take answers from the cache.

Whatever goes wrong here (queue full, CPU too slow, model missing, any error) the live path gives up
silently: it logs why (no names, no paths) and the take simply has no transcript yet. The recording never
waits for it and never loses a frame because of it.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from studio.i18n import N_
from studio.project.atomic import atomic_write_json
from studio.transcribe import cache
from studio.transcribe.engine import Options, _check_language, _resample_stream, _segment, load_model
from studio.transcribe.guard import HallucinationGuard, SpeechMap
from studio.transcribe.models import find_model, model_fingerprint
from studio.transcribe.transcript import Segment, Transcript, TranscriptInfo
from studio.transcribe.workshop import has_transcript, raw_path

log = logging.getLogger("antenne.live")

RATE = 16_000
WINDOW = 512  # Silero VAD window (32 ms at 16 kHz)
WINDOW_S = WINDOW / RATE
SPEECH_THRESHOLD = 0.5  # a window at or over this is speech (as SpeechMap.has_speech)
PAUSE_THRESHOLD = 0.35  # a window under this is a pause
MIN_CHUNK_S = 4.0  # a chunk is cut at the first pause once it holds this much audio
MIN_PAUSE_S = 0.4  # a pause this long ends a chunk
LONG_PAUSE_S = 0.8  # a pause this long ends a chunk even shorter than MIN_CHUNK_S (the end of what was said)
MAX_CHUNK_S = 25.0  # a chunk without a pause is cut at its quietest point (Whisper reads 30 s at most)
KEEP_AFTER_SPEECH_S = 0.2  # silence kept at the end of a chunk after its last word
VAD_STEP_S = 0.5  # run the VAD on the new audio this often
QUEUE_SECONDS = 90.0  # bounded input queue: this much audio; when full the live path gives up
MAX_BACKLOG_S = 60.0  # audio recorded but not transcribed yet beyond this: give up
MAX_RTF = 0.7  # measured time / audio time over the first chunks above this: the CPU is too slow
RTF_MIN_AUDIO_S = 10.0  # judge the speed once this much speech was transcribed (and two chunks)
NICE = 10  # the worker runs at a lower priority than the recording

#: Shown when live transcription stops during a take (the CPU cannot keep up, or it failed).
BEHIND_MESSAGE = N_("Live transcription stopped (this computer is too busy): "
                    "the transcript will be made after the take.")


def enabled_by_setting() -> bool:
    """The setting: ANTENNE_LIVE_TRANSCRIPTION=0 (or off/no/false) turns live transcription off."""
    value = os.environ.get("ANTENNE_LIVE_TRANSCRIPTION", "").strip().lower()
    return value not in ("0", "off", "no", "false")


def _worker_threads() -> int:
    """Whisper's compute threads: all cores (at most 4); they run at a lower priority than the recording,
    which therefore never waits for them. ANTENNE_LIVE_THREADS overrides it."""
    try:
        wanted = int(os.environ.get("ANTENNE_LIVE_THREADS", "0"))
    except ValueError:
        wanted = 0
    return wanted if 0 < wanted <= 64 else max(1, min(4, os.cpu_count() or 2))


class LiveTranscriber:
    """Transcribes a take as it is recorded. `start()`, `feed(block)` (any thread), then `finish()` or `cancel()`.

    `state` is one of: "starting", "listening", "behind" (gave up: too slow or queue full; the transcript
    will be computed after the stop), "failed" (an error; same), "done", "cancelled".
    """

    def __init__(self, sample_rate: int, channels: int = 1, *, model: str | os.PathLike[str] | None = None,
                 language: str = "auto", max_rtf: float = MAX_RTF, max_backlog_s: float = MAX_BACKLOG_S,
                 queue_seconds: float = QUEUE_SECONDS) -> None:
        self.sample_rate = int(sample_rate)
        self.channels = int(channels)
        self.model = model
        self.language_setting = language
        self.max_rtf = max_rtf
        self.max_backlog_s = max_backlog_s
        self._queue_frames = int(queue_seconds * self.sample_rate)
        self._queue: queue.SimpleQueue[np.ndarray | None] = queue.SimpleQueue()
        self._queued_frames = 0  # frames put and not yet taken (approximate across threads; only a bound)
        self._count_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.state = "starting"
        self.reason = ""  # why it gave up (for logs and the benchmark; not shown to users)
        self.fed_frames = 0
        self.closed = False
        # worker state
        self._segments: list[Segment] = []
        self._probs: list[np.ndarray] = []
        self._n_windows = 0
        self._buf = np.zeros(0, dtype=np.float32)  # audio from sample `_buf_start` on, not yet cut off
        self._buf_start = 0
        self._vad_done = 0  # absolute 16 kHz samples whose VAD windows are computed
        self._samples = 0  # absolute 16 kHz samples received
        self._language: str | None = None
        self._spoken: dict[str, list[float]] = {}  # language -> [seconds of kept speech, best probability]
        self._language_probability = 0.0
        self._model_info: Any = None
        self._whisper: Any = None
        self._guard: Any = None
        self.chunks = 0
        self.busy_s = 0.0  # wall time spent in Whisper
        self.transcribed_s = 0.0  # audio time given to Whisper
        self.processed_s = 0.0  # take time up to which everything is transcribed (or silence)
        self._complete = False

    # -- the recorder's side ---------------------------------------------------------------------
    def start(self) -> LiveTranscriber:
        self._thread = threading.Thread(target=self._run, name="live-transcription", daemon=True)
        self._thread.start()
        return self

    def feed(self, block: np.ndarray) -> None:
        """Hand over a block the recorder wrote (frames x channels float32, not modified afterwards).

        Never blocks: when the bounded queue is full, the live path gives up for this take.
        """
        if self.closed or self.state not in ("starting", "listening"):
            return
        n = len(block)
        with self._count_lock:
            if self._queued_frames + n > self._queue_frames:
                full = True
            else:
                full = False
                self._queued_frames += n
        if full:
            self._give_up("queue full")
            return
        self.fed_frames += n
        self._queue.put(block)

    def close_input(self) -> None:
        """No more blocks (the take ended)."""
        if not self.closed:
            self.closed = True
            self._queue.put(None)

    @property
    def active(self) -> bool:
        return self.state in ("starting", "listening")

    @property
    def gave_up(self) -> bool:
        return self.state in ("behind", "failed")

    def caption(self, max_chars: int = 160) -> str:
        """The latest words heard, at most `max_chars` characters, cut at a word boundary."""
        with self._lock:
            text = " ".join(s.text.strip() for s in self._segments[-6:] if s.text.strip())
        if len(text) <= max_chars:
            return text
        cut = text[-max_chars:]
        space = cut.find(" ")
        return "…" + (cut[space + 1:] if 0 <= space < 30 else cut)

    def lag_s(self) -> float:
        """How far behind the recording the transcript is (seconds of audio not transcribed yet)."""
        return max(0.0, self.fed_frames / self.sample_rate - self.processed_s) if self.sample_rate else 0.0

    def realtime_factor(self) -> float | None:
        return self.busy_s / self.transcribed_s if self.transcribed_s > 0 else None

    # -- end of the take -------------------------------------------------------------------------
    def cancel(self) -> None:
        if self.state in ("starting", "listening"):
            self.state = "cancelled"
        self.close_input()

    def finish(self, workshop: Any, take: Any, timeout: float | None = None) -> Transcript | None:
        """Finish the transcript of `take` (just registered by the recorder) and store it.

        Returns the stored transcript, or None when the live path gave up (the take then has no
        transcript yet and is transcribed the usual way). Never raises.
        """
        self.close_input()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                self._give_up("not finished in time")
                return None
        if not self._complete or self.state not in ("starting", "listening"):
            return None
        try:
            return self._store(workshop, take)
        except Exception as e:  # never lose the take for a transcript
            log.warning("live transcription could not be stored: %s", type(e).__name__)
            self.state = "failed"
            return None

    def _store(self, workshop: Any, take: Any) -> Transcript | None:
        info_model = self._model_info
        rate = int(getattr(take, "sample_rate", 0) or self.sample_rate)
        frames_file = round(float(take.duration_s) * rate)
        if rate != self.sample_rate or abs(frames_file - self.fed_frames) > max(2, rate // 100):
            self._give_up("the live audio does not match the file")
            return None
        path = workshop.take_path(take)
        sha = str(take.sha256)
        if not sha or not Path(path).is_file():
            self._give_up("no file")
            return None
        speech = SpeechMap(self._all_probs())
        duration_s = self._samples / RATE
        setting = self._checked_language()
        if not speech.has_speech():
            language = setting if setting != "auto" else "und"
            info = TranscriptInfo(language, duration_s, info_model.name, 0.0, sha)
            segments: list[Segment] = []
        else:
            language = self._language or (setting if setting != "auto" else "und")
            info = TranscriptInfo(language, duration_s, info_model.name, self._language_probability, sha)
            segments = list(self._segments)
        key_path = cache.cache_path(sha, f"{info_model.name}-{model_fingerprint(info_model)}",
                                    Options(language=setting).key())
        cache.store(key_path, Transcript(info, [Segment.from_dict(s.to_dict()) for s in segments]))
        if has_transcript(workshop, take.id):
            self.state = "done"
            return None  # someone was faster (never overwrite)
        for s in segments:
            s.speaker = take.participant
        transcript = Transcript(info, segments)
        atomic_write_json(raw_path(workshop, take.id), transcript.to_dict())
        self.state = "done"
        return transcript

    # -- the worker ------------------------------------------------------------------------------
    def _give_up(self, reason: str) -> None:
        if self.state in ("starting", "listening"):
            self.state = "failed" if reason.startswith("error") else "behind"
            self.reason = reason
            log.info("live transcription stopped (%s); the take will be transcribed after the stop", reason)

    def _blocks(self) -> Iterator[tuple[np.ndarray, int]]:
        while True:
            block = self._queue.get()
            if block is None:
                return
            with self._count_lock:
                self._queued_frames -= len(block)
            if not self.active:
                continue  # gave up: drain without work
            yield block, self.sample_rate

    def _checked_language(self) -> str:
        return _check_language(self.language_setting, self._model_info)

    def _run(self) -> None:
        try:
            try:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)
            except (OSError, AttributeError):
                pass

            self._model_info = find_model(self.model)
            self._checked_language()
            # its own instance, loaded in this low-priority thread: its compute threads inherit the priority
            self._whisper = load_model(self._model_info, cpu_threads=_worker_threads())
            self._guard = HallucinationGuard(None)
            if self.state == "starting":
                self.state = "listening"
            pending: list[np.ndarray] = []
            pending_n = 0
            step = int(VAD_STEP_S * RATE)
            for audio in _resample_stream(self._blocks()):
                if not self.active:
                    continue
                pending.append(audio)
                pending_n += len(audio)
                if pending_n >= step:
                    self._take_in(pending)
                    pending, pending_n = [], 0
                    self._cut_chunks(final=False)
                    self._check_speed()
            if not self.active:
                return
            if pending:
                self._take_in(pending)
            self._cut_chunks(final=True)
            self._complete = self.active
        except Exception as e:
            log.warning("live transcription failed: %s", type(e).__name__)
            self._give_up("error " + type(e).__name__)
        finally:
            if not self._complete:
                while True:  # free what is still queued
                    try:
                        if self._queue.get_nowait() is None:
                            break
                    except queue.Empty:
                        break

    def _take_in(self, parts: list[np.ndarray]) -> None:
        audio = np.clip(np.concatenate(parts), -1.0, 1.0).astype(np.float32, copy=False)
        self._buf = np.concatenate([self._buf, audio])
        self._samples += len(audio)
        self._run_vad(final=False)

    def _run_vad(self, final: bool) -> None:
        from faster_whisper.vad import get_vad_model

        end = self._samples if final else self._samples - (self._samples % WINDOW)
        if end <= self._vad_done:
            return
        a = self._vad_done - self._buf_start
        piece = self._buf[a: end - self._buf_start]
        if len(piece) % WINDOW:
            piece = np.pad(piece, (0, (-len(piece)) % WINDOW))
        # one window of real context before (as when the whole file is analysed at once); its output is dropped
        context = self._buf[max(0, a - WINDOW): a] if a >= WINDOW else np.zeros(0, dtype=np.float32)
        probs = np.asarray(get_vad_model()(np.concatenate([context, piece])), dtype=np.float32).reshape(-1)
        probs = probs[len(context) // WINDOW:]
        self._probs.append(probs)
        self._n_windows += len(probs)
        self._vad_done = self._n_windows * WINDOW

    def _all_probs(self) -> np.ndarray:
        if len(self._probs) > 1:
            self._probs = [np.concatenate(self._probs)]
        return self._probs[0] if self._probs else np.zeros(0, dtype=np.float32)

    def _cut_chunks(self, final: bool) -> None:
        if final:
            self._run_vad(final=True)
        while True:
            probs = self._all_probs()
            w0 = self._buf_start // WINDOW
            chunk = probs[w0:]
            if len(chunk) == 0:
                return
            n = len(chunk)
            speech = np.flatnonzero(chunk >= SPEECH_THRESHOLD)
            if final:
                self._transcribe_until(self._samples if len(speech) else None, chunk)
                return
            if len(speech) == 0:
                keep = int(1.0 / WINDOW_S)  # only silence so far: keep a second of lead-in
                if n > 2 * keep:
                    self._drop_until((w0 + n - keep) * WINDOW)
                return
            cut = _first_pause(chunk, int(speech[0]))
            if cut is None and n * WINDOW_S >= MAX_CHUNK_S:
                half = n // 2
                smooth = np.convolve(chunk, np.ones(5) / 5, mode="same")
                cut = half + int(np.argmin(smooth[half:]))
            if cut is None:
                return
            self._transcribe_until((w0 + cut) * WINDOW, chunk[:cut])

    def _drop_until(self, sample: int) -> None:
        sample = min(sample, self._samples)
        self._buf = self._buf[sample - self._buf_start:]
        self._buf_start = sample
        self.processed_s = sample / RATE

    def _transcribe_until(self, end_sample: int | None, chunk_probs: np.ndarray) -> None:
        """Transcribe the buffer up to `end_sample` (None: nothing to transcribe) and cut it off."""
        if end_sample is None:
            self._drop_until(self._samples)
            return
        end_sample = min(end_sample, self._samples)
        audio = self._buf[: end_sample - self._buf_start]
        offset_s = self._buf_start / RATE
        if len(audio) and SpeechMap(chunk_probs).has_speech():
            self._transcribe_chunk(audio, offset_s)
        self._drop_until(end_sample)

    def _transcribe_chunk(self, audio: np.ndarray, offset_s: float) -> None:
        setting = self._checked_language()
        t0 = time.perf_counter()
        # "auto" detects each chunk's language (a bilingual take gets both); the take's language is the one
        # spoken longest
        raw_segments, raw_info = self._whisper.transcribe(audio, **Options(language=setting).whisper_kwargs())
        language = str(raw_info.language) if setting == "auto" else setting
        probability = float(raw_info.language_probability or 0.0) if setting == "auto" else 1.0
        self._guard.speech = SpeechMap(self._all_probs())
        for raw in raw_segments:
            if not self.active:
                break
            segment = _segment(raw)
            _shift(segment, offset_s)
            kept = self._guard.check(segment)
            if kept is not None:
                with self._lock:
                    self._segments.append(kept)
                spoken = self._spoken.setdefault(language, [0.0, 0.0])
                spoken[0] += kept.end - kept.start
                spoken[1] = max(spoken[1], probability)
        if self._spoken:
            self._language, (_, self._language_probability) = max(self._spoken.items(), key=lambda kv: kv[1][0])
        self.busy_s += time.perf_counter() - t0
        self.transcribed_s += len(audio) / RATE
        self.chunks += 1

    def _check_speed(self) -> None:
        """Give up when the CPU is measured too slow, or the transcript falls too far behind."""
        rtf = self.realtime_factor()
        if self.chunks >= 2 and self.transcribed_s >= RTF_MIN_AUDIO_S and rtf is not None and rtf > self.max_rtf:
            self._give_up(f"too slow: real-time factor {rtf:.2f}")
        elif self.lag_s() > self.max_backlog_s:
            self._give_up(f"{self.lag_s():.0f} s behind")


def _first_pause(chunk: np.ndarray, first_speech: int) -> int | None:
    """Where to cut a chunk: in the first pause (MIN_PAUSE_S of windows under PAUSE_THRESHOLD) that comes
    after speech and at least MIN_CHUNK_S into the chunk, or the first LONG_PAUSE_S pause after speech;
    KEEP_AFTER_SPEECH_S after the last word. None: no pause yet."""
    below = np.concatenate([[False], chunk < PAUSE_THRESHOLD, [False]])
    edges = np.flatnonzero(np.diff(below.astype(np.int8)))
    starts, ends = edges[::2], edges[1::2]  # runs [start, end) of pause windows
    min_start = max(first_speech + 1, int(MIN_CHUNK_S / WINDOW_S))
    need = int(np.ceil(MIN_PAUSE_S / WINDOW_S))
    long_need = int(np.ceil(LONG_PAUSE_S / WINDOW_S))
    for a, b in zip(starts, ends, strict=True):
        if (a >= min_start and b - a >= need) or (a > first_speech and b - a >= long_need):
            return int(min(b, a + int(KEEP_AFTER_SPEECH_S / WINDOW_S)))
    return None


def _shift(segment: Segment, offset_s: float) -> None:
    if not offset_s:
        return
    segment.start += offset_s
    segment.end += offset_s
    for w in segment.words:
        w.start += offset_s
        w.end += offset_s
