"""One time formatter for the screens and commands: minutes and seconds, hours from one hour on, decimals
written as the interface's language writes them (a comma in French)."""

from __future__ import annotations

import pytest

from studio.i18n import set_language
from studio.i18n.times import clock, in_words


@pytest.mark.parametrize(("seconds", "decimals", "fixed", "en", "fr"), [
    (0, 0, False, "0:00", "0:00"),
    (125.3, 0, False, "2:05", "2:05"),
    (3725.4, 0, False, "1:02:05", "1:02:05"),
    (5.25, 2, False, "0:05.25", "0:05,25"),
    (59.96, 1, False, "1:00.0", "1:00,0"),  # rounded before splitting: never "0:60,0"
    (65.3, 1, True, "01:05.3", "01:05,3"),  # a counter: two-digit minutes
    (4500, 0, True, "75:00", "75:00"),  # a counter never shows hours
    (-65, 0, True, "-01:05", "-01:05"),  # a countdown that ran over
    (-3, 1, False, "0:00.0", "0:00,0"),  # a position is never negative
])
def test_clock(seconds: float, decimals: int, fixed: bool, en: str, fr: str) -> None:
    try:
        for language, expected in (("en", en), ("fr", fr)):
            set_language(language)
            assert clock(seconds, decimals, fixed=fixed) == expected
    finally:
        set_language("en")


def test_in_words() -> None:
    assert [in_words(s) for s in (220, 45, 240, 0)] == ["3 min 40 s", "45 s", "4 min", "0 s"]


def test_the_screens_and_commands_have_no_formatter_of_their_own() -> None:
    """Times people read come from studio.i18n.times; file formats (SRT/WebVTT cues, chapters, the feed's
    itunes:duration) keep their own timestamps."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "studio"
    pattern = re.compile(r"//\s*60\b|%\s*60\b|divmod\([^)]*,\s*60\)")
    allowed = {"i18n/times.py", "subtitles.py", "export/chapters.py", "export/feed.py",
               "project/sheet.py", "tui/screens/record.py", "commands/record.py"}  # the last three: "0h05", "3 h 10 min left"
    found = [f"{p.relative_to(root)}:{i}" for p in sorted(root.rglob("*.py")) if str(p.relative_to(root)) not in allowed
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1) if pattern.search(line)]
    assert not found, found
