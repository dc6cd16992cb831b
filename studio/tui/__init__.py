"""The Textual terminal UI: `make_app()` builds it; screens and widgets call the core, never the reverse."""
