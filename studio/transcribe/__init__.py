"""Offline transcription: Whisper models, engine, hallucination guard, cache, writers, review.

Front doors: `transcribe(path)` (lazy segments + info), `transcribe_take`/`take_transcript` for a
workshop's takes, `transcribe_text(path)` for plain text of any audio file.
"""

from studio.transcribe.engine import transcribe, transcribe_all
from studio.transcribe.models import ModelInfo, available_models, find_model
from studio.transcribe.transcript import Segment, Transcript, TranscriptInfo, Word
from studio.transcribe.workshop import save_reviewed, take_transcript, transcribe_take, transcribe_text

__all__ = [
    "ModelInfo", "Segment", "Transcript", "TranscriptInfo", "Word", "available_models", "find_model",
    "save_reviewed", "take_transcript", "transcribe", "transcribe_all", "transcribe_take", "transcribe_text",
]
