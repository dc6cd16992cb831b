"""Audio: reading and writing files, loudness, DSP, waveform summaries, recording and playback."""
