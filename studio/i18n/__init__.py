"""French and English messages: gettext PO catalogues in `i18n/fr/*.po`, English as the source language.

Every user-facing string goes through `_()` (or `N_()` where it must be translated later, e.g. at
import time). Each area of the code keeps its own catalogue file (`fr/core.po`, `fr/audio.po`, ...),
so they can grow independently; all of them are merged into one French catalogue at first use.
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path
from typing import Any

LANGUAGES = ("fr", "en")
_CATALOGUE_DIR = Path(__file__).resolve().parent

_language: str | None = None
_catalogues: dict[str, dict[str, str]] = {}


PLURAL_SEPARATOR = "\x00"  # as in .mo files: "singular\0plural" -> "form0\0form1"


def parse_po(text: str) -> dict[str, str]:
    """Parse a gettext PO file into {msgid: msgstr}; untranslated and fuzzy entries are skipped.

    A plural entry (msgid_plural, msgstr[0], msgstr[1]...) is stored as {"singular\0plural":
    "form0\0form1..."}, the layout of compiled .mo catalogues; `ngettext` reads it."""
    entries: dict[str, str] = {}
    msgid: list[str] | None = None
    plural: list[str] | None = None
    msgstr: list[str] | None = None
    forms: list[list[str]] = []
    current: list[str] | None = None
    fuzzy = False

    def flush() -> None:
        nonlocal msgid, msgstr, plural, forms, fuzzy
        if msgid is not None and plural is not None and forms:
            key = "".join(msgid) + PLURAL_SEPARATOR + "".join(plural)
            values = ["".join(f) for f in forms]
            if all(values) and not fuzzy:
                entries[key] = PLURAL_SEPARATOR.join(values)
        elif msgid is not None and msgstr is not None:
            key, value = "".join(msgid), "".join(msgstr)
            if key and value and not fuzzy:
                entries[key] = value
        msgid = msgstr = plural = None
        forms = []
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
        if line.startswith("msgid_plural "):
            plural = [ast.literal_eval(line[13:].strip())]
            current = plural
        elif line.startswith("msgid "):
            flush() if (msgstr is not None or forms) else None
            msgid = [ast.literal_eval(line[6:].strip())]
            current = msgid
        elif line.startswith("msgstr["):
            forms.append([ast.literal_eval(line[line.index("]") + 1:].strip())])
            current = forms[-1]
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
        if language == "fr":
            merged = {k: french_typography(v) for k, v in merged.items()}
        _catalogues[language] = merged
    return _catalogues[language]


NBSP = "\u00a0"


def french_typography(text: str) -> str:
    """French spacing: a no-break space before « : ; ? ! » and inside guillemets, so that a colon never
    starts a line on its own (translators type an ordinary space; this makes it unbreakable)."""
    text = re.sub(r" +([:;?!])", NBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


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


_VOWELS = "aeiouyàâäéèêëîïôöùûüœæ"
_ELIDABLE = re.compile(r"\b([Dd]e|[Qq]ue) \{(\w+)\}")


class French(str):
    """A French message whose `format()` elides before a vowel: "de {name}" gives "d'Inès", "de Bastien";
    "que {name}" gives "qu'Amina". (Names starting with h are left alone: "de Hugo".)"""

    def format(self, *args: Any, **kwargs: Any) -> str:
        template = str(self)
        if kwargs and "{" in template:
            def elide(m: re.Match[str]) -> str:
                value = str(kwargs.get(m.group(2), ""))
                if value[:1].lower() in _VOWELS and value[:1]:
                    return f"{m.group(1)[:-1]}'{{{m.group(2)}}}"
                return m.group(0)

            template = _ELIDABLE.sub(elide, template)
        return template.format(*args, **kwargs)


def _(message: str) -> str:
    """Translate `message` (an English msgid) into the current language."""
    language = get_language()
    if language == "en":
        return message
    return French(catalogue(language).get(message, message))


def N_(message: str) -> str:
    """Mark `message` for translation without translating it now (translate later with `_`)."""
    return message


def tr(message: str, language: str) -> str:
    """Translate `message` into an explicit language, whatever the current one is."""
    if language == "en":
        return message
    return French(catalogue(language).get(message, message))


def plural_index(language: str, n: int) -> int:
    """Which plural form `n` takes: French uses the singular for 0 and 1, English only for 1."""
    if language == "fr":
        return 0 if abs(n) <= 1 else 1
    return 0 if abs(n) == 1 else 1


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message that depends on a count (`n`), with the plural forms of the catalogue."""
    language = get_language()
    index = plural_index(language, n)
    if language != "en":
        forms = catalogue(language).get(singular + PLURAL_SEPARATOR + plural)
        if forms:
            values = forms.split(PLURAL_SEPARATOR)
            return French(values[min(index, len(values) - 1)])
    return singular if index == 0 else plural


def number(value: float, digits: int = 1) -> str:
    """A decimal number as the current language writes it: "1,50" in French, "1.50" in English
    (thousands grouped by a narrow no-break space in French, a comma in English)."""
    text = f"{value:,.{digits}f}"
    if get_language() == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def colon() -> str:
    """": " as the current language writes it after a label: "Words: 12", « Mots : 12 »."""
    return NBSP + ": " if get_language() == "fr" else ": "


def date_text(iso: str, with_time: bool = True) -> str:
    """An ISO date (and time) as the current language writes it: "06/02/2026 14:30" in French,
    "2026-02-06 14:30" in English; anything unreadable is returned as it is."""
    from datetime import datetime

    try:
        when = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    has_time = with_time and "T" in iso
    if get_language() == "fr":
        return when.strftime("%d/%m/%Y %H:%M" if has_time else "%d/%m/%Y")
    return when.strftime("%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d")
