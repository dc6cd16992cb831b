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


def plural_messages() -> dict[tuple[str, str], str]:
    """{(singular, plural): where} for every ngettext("...", "...", n) call in the package."""
    found: dict[tuple[str, str], str] = {}
    for path in STUDIO.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "ngettext"
                    and len(node.args) >= 2 and all(isinstance(a, ast.Constant) for a in node.args[:2])):
                key = (node.args[0].value, node.args[1].value)  # type: ignore[attr-defined]
                found.setdefault(key, f"{path.relative_to(STUDIO)}:{node.lineno}")
    return found


def test_every_plural_message_has_two_french_forms() -> None:
    import string

    from studio.i18n import PLURAL_SEPARATOR

    fr = catalogue("fr")
    assert plural_messages(), "no ngettext call found: the scan is broken"
    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    for (singular, plural), where in plural_messages().items():
        forms = fr.get(singular + PLURAL_SEPARATOR + plural)
        assert forms, f"{where}: no French plural forms for {singular!r}"
        values = forms.split(PLURAL_SEPARATOR)
        assert len(values) == 2 and all(values), f"{where}: French needs 2 forms: {values}"
        assert fields(values[1]) == fields(plural), f"{where}: placeholders differ in {values[1]!r}"


def test_plural_forms_follow_french_rules() -> None:
    from studio.i18n import ngettext

    set_language("fr")
    try:
        assert ngettext("{n} marker", "{n} markers", 0).format(n=0) == "0 repère"  # French: 0 is singular
        assert ngettext("{n} marker", "{n} markers", 1).format(n=1) == "1 repère"
        assert ngettext("{n} marker", "{n} markers", 2).format(n=2) == "2 repères"
    finally:
        set_language("en")
    assert ngettext("{n} marker", "{n} markers", 0).format(n=0) == "0 markers"
    assert ngettext("{n} marker", "{n} markers", 1).format(n=1) == "1 marker"


def test_parse_po_reads_plural_entries() -> None:
    po = ('msgid "{n} take"\nmsgid_plural "{n} takes"\nmsgstr[0] "{n} prise"\nmsgstr[1] "{n} prises"\n\n'
          'msgid "a"\nmsgstr "b"\n')
    assert parse_po(po) == {"{n} take\x00{n} takes": "{n} prise\x00{n} prises", "a": "b"}


def test_no_guessed_plurals_in_either_language() -> None:
    """"1 enregistrement(s)": counts go through ngettext, never "(s)"."""
    import re

    guessed = re.compile(r"\w\((s|es|x|e)\)")
    fr = catalogue("fr")
    wrong = [m for m in marked_messages() if guessed.search(m)]
    wrong += [fr[m] for m in marked_messages() if m in fr and guessed.search(fr[m])]
    assert not wrong, wrong


def test_french_typography() -> None:
    """A no-break space before : ; ? ! and inside « », never a bare "Mots:"; numbers written the French way."""
    import re

    from studio.i18n import NBSP, number

    fr = catalogue("fr")
    wrong = []
    for msgid, text in fr.items():
        if text == msgid:  # the same in both languages ("Language: English" is shown in English)
            continue
        for line in text.split("\x00"):
            for m in re.finditer(r"(.)([:;?!])(?=\s|$|\*)", line):
                before = m.group(1)
                if before in (NBSP, "\u202f") or before.isdigit():
                    continue
                if m.group(2) == ":" and re.search(r"https?$|[a-z]+://", line[:m.start(2)]):
                    continue
                wrong.append(f"{msgid!r}: …{line[max(0, m.start() - 20):m.end() + 5]}…")
            if re.search(r"« [^\s]| »", line.replace(NBSP, "~")):
                wrong.append(f"{msgid!r}: guillemets without a no-break space")
    assert not wrong, "\n".join(wrong)
    set_language("fr")
    try:
        assert number(1.5, 2) == "1,50" and number(12345.25, 1) == "12\u202f345,2"
        assert _("Consent of {name}").format(name="Inès") == "Consentement d'Inès"
        assert _("Consent of {name}").format(name="Bastien") == "Consentement de Bastien"
    finally:
        set_language("en")
    assert number(1.5, 2) == "1.50"


def test_one_name_per_consent_level() -> None:
    """The three consent levels have one name each per language, used by every screen and warning."""
    from studio.i18n.labels import CONSENT_NAMES, consent_name

    set_language("fr")
    try:
        names = {level: consent_name(level) for level in CONSENT_NAMES}
        assert names == {"none": "pas d'enregistrement", "workshop": "atelier seulement", "publish": "diffusion"}
    finally:
        set_language("en")
    fr = catalogue("fr")
    used = [fr[m] for m in marked_messages() if m in fr]
    # no other French name for the publish level ("peut être publié"), nor the level's code shown as a name
    assert not [t for t in used if "peut être publié" in t or "consentement\u00a0: none" in t]


def test_click_messages_are_translated() -> None:
    """click's own strings ("Show this message and exit.", "Usage:", "Missing argument") speak French too."""
    from click.testing import CliRunner

    from studio.cli import cli

    runner = CliRunner()
    try:
        shown = runner.invoke(cli, ["--lang", "fr", "participant", "add", "--help"]).output
        assert "Afficher cette aide et quitter." in shown and "Show this message" not in shown
        assert "Utilisation\u00a0:" in shown
        failed = runner.invoke(cli, ["--lang", "fr", "participant", "add"])
        assert failed.exit_code == 2
        assert "Argument manquant" in failed.output and "Missing argument" not in failed.output
    finally:
        set_language("en")
    assert "Show this message and exit." in runner.invoke(cli, ["--lang", "en", "devices", "--help"]).output
    set_language("en")


def test_ffmpeg_errors_are_explained_not_passed_through(tmp_path: Path) -> None:
    from studio.audio import io
    from studio.errors import DecodeError

    bad = tmp_path / "mémo vocal.m4a"
    bad.write_bytes(b"this is not audio at all" * 10)
    set_language("fr")
    try:
        with pytest.raises(DecodeError) as caught:
            io.read(bad)
    finally:
        set_language("en")
    message = caught.value.message
    assert "format inconnu ou abîmé" in message
    assert "Invalid data" not in message and "ffmpeg" not in message.lower()
