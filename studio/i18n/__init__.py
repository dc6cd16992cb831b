"""French and English messages: gettext PO catalogues in `i18n/fr/*.po`, English as the source language.

Every user-facing string goes through `_()` (or `N_()` where it must be translated later, e.g. at
import time). Each area of the code keeps its own catalogue file (`fr/core.po`, `fr/audio.po`, ...),
so they can grow independently; all of them are merged into one French catalogue at first use.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

LANGUAGES = ("fr", "en")
_CATALOGUE_DIR = Path(__file__).resolve().parent

_language: str | None = None
_catalogues: dict[str, dict[str, str]] = {}


def parse_po(text: str) -> dict[str, str]:
    """Parse a gettext PO file into {msgid: msgstr}; untranslated and fuzzy entries are skipped."""
    entries: dict[str, str] = {}
    msgid: list[str] | None = None
    msgstr: list[str] | None = None
    current: list[str] | None = None
    fuzzy = False

    def flush() -> None:
        nonlocal msgid, msgstr, fuzzy
        if msgid is not None and msgstr is not None:
            key, value = "".join(msgid), "".join(msgstr)
            if key and value and not fuzzy:
                entries[key] = value
        msgid = msgstr = None
        fuzzy = False

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
            current = None
            continue
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
            continue
        if line.startswith("#"):
            continue
        if line.startswith("msgid "):
            flush() if msgstr is not None else None
            msgid = [ast.literal_eval(line[6:].strip())]
            current = msgid
        elif line.startswith("msgstr "):
            msgstr = [ast.literal_eval(line[7:].strip())]
            current = msgstr
        elif line.startswith('"') and current is not None:
            current.append(ast.literal_eval(line))
    flush()
    return entries


def catalogue(language: str) -> dict[str, str]:
    """All messages of `language` merged from its PO files ({} for English, the source language)."""
    if language not in _catalogues:
        merged: dict[str, str] = {}
        folder = _CATALOGUE_DIR / language
        if folder.is_dir():
            for po in sorted(folder.glob("*.po")):
                merged.update(parse_po(po.read_text(encoding="utf-8")))
        _catalogues[language] = merged
    return _catalogues[language]


def detect_language() -> str:
    """The language from the environment's locale: English when it says English, French otherwise."""
    for var in ("ANTENNE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(":")[0][:2].lower()
            if code in LANGUAGES:
                return code
            if value not in ("C", "POSIX", "C.UTF-8"):
                return "fr"
    # No usable locale (unset, C or POSIX): Python maps C.UTF-8 to en_US, but nothing says the user
    # reads English, so French, the language of the workshops, is the default.
    return "fr"


def set_language(language: str | None) -> str:
    """Select the language of every later message; None means the locale's (French when unknown)."""
    global _language
    _language = language if language in LANGUAGES else detect_language()
    return _language


def get_language() -> str:
    if _language is None:
        return set_language(None)
    return _language


def _(message: str) -> str:
    """Translate `message` (an English msgid) into the current language."""
    language = get_language()
    if language == "en":
        return message
    return catalogue(language).get(message, message)


def N_(message: str) -> str:
    """Mark `message` for translation without translating it now (translate later with `_`)."""
    return message


def tr(message: str, language: str) -> str:
    """Translate `message` into an explicit language, whatever the current one is."""
    if language == "en":
        return message
    return catalogue(language).get(message, message)
