"""Antenne: an offline toolkit for media-literacy radio workshops (the domain core, CLI and TUI)."""

__version__ = "0.1.0"
