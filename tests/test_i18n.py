"""Every message marked for translation has a French translation; PO parsing and language detection."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import studio
from studio.i18n import _, catalogue, detect_language, parse_po, set_language

STUDIO = Path(studio.__file__).parent


def marked_messages() -> dict[str, str]:
    """{msgid: where} for every literal passed to _() or N_() in the package."""
    found: dict[str, str] = {}
    for path in STUDIO.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, f"{path.relative_to(STUDIO)}:{node.lineno}")
    return found


def test_every_marked_message_has_a_french_translation() -> None:
    fr = catalogue("fr")
    missing = [f"{where}: {msg!r}" for msg, where in marked_messages().items() if msg not in fr]
    assert not missing, "untranslated messages:\n" + "\n".join(sorted(missing))


def test_translations_keep_their_placeholders() -> None:
    import string

    fr = catalogue("fr")
    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    wrong = [m for m, t in fr.items() if fields(m) != fields(t)]
    assert not wrong, wrong


def test_parse_po_handles_multiline_and_fuzzy() -> None:
    po = 'msgid "a"\nmsgstr "b"\n\n#, fuzzy\nmsgid "c"\nmsgstr "d"\n\nmsgid ""\n"long "\n"text"\nmsgstr ""\n"texte "\n"long"\n'
    assert parse_po(po) == {"a": "b", "long text": "texte long"}


def test_language_switch() -> None:
    set_language("fr")
    assert _("No file to import") != "No file to import"
    set_language("en")
    assert _("No file to import") == "No file to import"


@pytest.mark.parametrize(("env", "expected"), [("fr_FR.UTF-8", "fr"), ("en_GB.UTF-8", "en"), ("de_DE.UTF-8", "fr"), ("C.UTF-8", "fr"), ("", "fr")])
def test_language_from_locale(monkeypatch: pytest.MonkeyPatch, env: str, expected: str) -> None:
    for var in ("ANTENNE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", env)
    assert detect_language() == expected
