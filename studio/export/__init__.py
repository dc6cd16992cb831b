"""Episode export: render, encode, tag, chapters, subtitles, show notes and the podcast feed."""
