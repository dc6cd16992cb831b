"""Times and durations as the screens and commands show them, one formatter for all (decimals localised).

`clock(125.3)` -> "2:05"; `clock(3725)` -> "1:02:05"; `clock(5.25, 2)` -> "0:05,25" in French, "0:05.25" in
English; `clock(65.3, 1, fixed=True)` -> "01:05,3" (a ticking counter: two-digit minutes, no hours, a
minus sign when a countdown has run over); `in_words(220)` -> "3 min 40 s".

File formats keep their own timestamps (SRT/WebVTT cues in `studio.subtitles`, chapters, the feed's
`itunes:duration`): they are not for people to read in the interface's language.
"""

from __future__ import annotations

from studio.i18n import number


def clock(seconds: float, decimals: int = 0, *, fixed: bool = False) -> str:
    """A position or duration as minutes and seconds (hours from one hour on), rounded to `decimals`
    written with the current language's decimal separator; `fixed` for counters (see the module)."""
    scale = 10**decimals
    value = abs(seconds) if fixed else max(0.0, seconds)
    sign = "-" if fixed and seconds < 0 and round(value * scale) else ""
    minutes, rest = divmod(int(round(value * scale)), 60 * scale)
    secs = number(rest / scale, decimals).zfill(3 + decimals) if decimals else f"{rest:02d}"
    if fixed:
        return f"{sign}{minutes:02d}:{secs}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs}" if hours else f"{minutes}:{secs}"


def in_words(seconds: float) -> str:
    """"3 min 40 s", "45 s", "4 min" (the same in French and English)."""
    minutes, secs = divmod(int(seconds), 60)
    if minutes and secs:
        return f"{minutes} min {secs:02d} s"
    return f"{minutes} min" if minutes else f"{secs} s"
