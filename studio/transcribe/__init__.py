"""Offline transcription: Whisper models, engine, hallucination guard, cache, writers, review."""
