"""The application layer: use cases shared by the command line and the terminal UI (no Textual, no click).

Each use case validates its input, changes the workshop model and saves it through the atomic store, so a
command and a screen do exactly the same thing. Front ends only parse, call, and show the result.
"""
