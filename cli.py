"""Thin launcher: `python cli.py ARGS` does the same as `antenne ARGS`."""

from studio.cli import main

if __name__ == "__main__":
    main()
