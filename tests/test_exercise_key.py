"""Every bundled exercise agrees with the analyser: the answer key's expected findings are found, and no
sheet or screen shows a finding the key denies. Written against `TextAnalysis.highlights()` only, so it
holds whatever the analyser's internals become. Plus tolerant highlight answers and questions that do not
give their answer away."""

from __future__ import annotations

import html.parser
import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from studio.framing.answerkey import (
    KeyedAnalysis,
    disagreements,
    phrase_spans,
    selection_matches,
    version_key,
)
from studio.framing.exercises import bundled_exercises, check_answer, find_exercise
from studio.framing.handout import WORDS, debrief_html, handout_html
from studio.i18n import tr

EXERCISES = bundled_exercises()
CASES = [(ex.id, lang) for ex in EXERCISES for lang in ex.languages]


@pytest.fixture(scope="module")
def analysed(framing_models: None) -> dict[tuple[str, str], dict[str, Any]]:
    from studio.framing.analyse import analyse

    return {(ex.id, lang): {v["id"]: analyse(str(ex.text("text", lang, v)), lang, v["id"]) for v in ex.versions}
            for ex in EXERCISES for lang in ex.languages}


@pytest.mark.parametrize(("exercise_id", "language"), CASES)
def test_the_analyser_finds_what_the_answer_key_expects(analysed, exercise_id: str, language: str) -> None:
    ex = find_exercise(exercise_id)
    assert disagreements(ex, language, analysed[(exercise_id, language)]) == []


class _Sheet(html.parser.HTMLParser):
    """Collects, per version box of a facilitator sheet, the marked words by group, and the "found" rows."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[list[tuple[str, str]]] = []  # per version box: (group, words)
        self.rows: list[dict[str, str]] = []  # per version: row name -> listed text
        self._mark: str | None = None
        self._in_sup = False
        self._words = ""
        self._dt = self._dd = False
        self._key = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        cls = dict(attrs).get("class") or ""
        if tag == "div" and cls == "version":
            self.marks.append([])
        elif tag == "mark":
            self._mark, self._words = cls, ""
        elif tag == "sup":
            self._in_sup = True
        elif tag == "dl":
            self.rows.append({})
        elif tag == "dt":
            self._dt, self._key = True, ""
        elif tag == "dd":
            self._dd = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark:
            self.marks[-1].append((self._mark, self._words))
            self._mark = None
        elif tag == "sup":
            self._in_sup = False
        elif tag == "dt":
            self._dt = False
        elif tag == "dd":
            self._dd = False

    def handle_data(self, data: str) -> None:
        if self._mark and not self._in_sup:
            self._words += data
        if self._dt:
            self._key += data
        elif self._dd and self.rows:
            self.rows[-1][self._key] = self.rows[-1].get(self._key, "") + data


def _overlap(text: str, words: str, phrase: str) -> bool:
    a, b = phrase_spans(text, words), phrase_spans(text, phrase)
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


@pytest.mark.parametrize(("exercise_id", "language"), CASES)
def test_the_facilitator_sheet_never_shows_what_the_key_denies(framing_models: None, exercise_id: str,
                                                                language: str) -> None:
    ex = find_exercise(exercise_id)
    sheet = _Sheet()
    sheet.feed(debrief_html(ex, language))
    assert len(sheet.marks) == len(ex.versions) and len(sheet.rows) == len(ex.versions)
    for v, marks, rows in zip(ex.versions, sheet.marks, sheet.rows, strict=True):
        text = str(ex.text("text", language, v))
        for group, gk in version_key(ex, v["id"], language).items():
            in_group = [words for g, words in marks if g == group]
            for phrase in gk.absent:
                assert not any(_overlap(text, words, phrase) for words in in_group), (v["id"], group, phrase)
            if gk.only:
                for words in in_group:
                    assert any(_overlap(text, words, p) for p in gk.present), (v["id"], group, words)
            for phrase in gk.present:  # what the key expects is marked on the sheet and listed under it
                assert any(_overlap(text, words, phrase) for g, words in marks), (v["id"], group, phrase)
        for group, gk in version_key(ex, v["id"], language).items():
            row = rows.get(tr(WORDS[group], language), "")
            for phrase in gk.absent:
                # the group's "found" row never lists the denied phrase itself
                for item in re.split(r";\s*", row):
                    word = item.split(" (")[0].strip()
                    if word and phrase_spans(word, phrase) and phrase_spans(phrase, word):
                        pytest.fail(f"{v['id']}: the sheet lists {word!r}, which the key denies")


@dataclass
class _Found:
    start: int
    end: int
    words: str
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Analysis:
    text: str
    found: dict[str, list[_Found]]

    def highlights(self) -> dict[str, list[_Found]]:
        return self.found


def test_the_screen_sees_the_analysis_through_the_key() -> None:
    ex = find_exercise("who-speaks")
    text = str(ex.text("text", "fr", ex.versions[1]))
    start = text.index("a déclaré")
    fake = _Analysis(text, {"sources": [_Found(start, start + 9, "a déclaré", {"source": "trois enfants"}),
                                        _Found(text.index("prétend"), text.index("prétend") + 7, "prétend",
                                               {"source": "La mairie"})]})
    keyed = KeyedAnalysis(fake, ex, "b", "fr")
    assert [f.words for f in keyed.highlights()["sources"]] == ["prétend"]
    assert keyed.text == text  # everything else passes through


@pytest.mark.parametrize(("expected", "selection", "language", "ok"), [
    ("a été renversé", "renversé", "fr", True),
    ("a été renversé", "Un cycliste a été renversé", "fr", True),
    ("was knocked down", "knocked down", "en", True),
    ("vont perdre leur emploi", "Ses 85 salariés vont perdre leur emploi", "fr", True),
    ("Mon cousin qui travaille à la mairie", "mon cousin qui travaille à la mairie m'a dit", "fr", True),
    ("Certains disent", "certains", "fr", False),
    ("Il paraît que la mairie le savait depuis des semaines", "la mairie le savait depuis des semaines", "fr", True),
    ("s'y serait installée", "se serait installée", "fr", True),
    ("1 200 demandes", "1200 demandes", "fr", True),
    ("1,200 applications", "1 200 applications", "en", True),
    ("prétend", "affirme", "fr", False),
    ("horde", "Une horde d'une trentaine de clandestins s'y serait installée dans la nuit de samedi", "fr", False),
])
def test_highlight_answers_are_matched_tolerantly(expected: str, selection: str, language: str, ok: bool) -> None:
    assert selection_matches(expected, selection, language) is ok


def test_selecting_the_whole_text_does_not_find_everything() -> None:
    ex = find_exercise("words-to-say-it")
    q = next(q for q in ex.questions if q["id"] == "loaded-a")
    whole = str(ex.text("text", "fr", ex.versions[0]))
    assert check_answer(ex, q, [whole], "fr").correct is False
    assert check_answer(ex, q, ["Des squatteurs", "ont envahi", "une horde", "clandestins", "un véritable cauchemar"],
                        "fr").correct is True


def test_questions_do_not_give_their_answer_away() -> None:
    for ex in EXERCISES:
        for q in ex.questions:
            if q["kind"] == "ranking":  # items listed in the expected order would give it away
                assert q["order"] != sorted(q["order"]), (ex.id, q["id"])
            for lang in ex.languages:
                prompt = str(ex.text("prompt", lang, q)).casefold()
                assert "copy" not in prompt and "recopiez" not in prompt, (ex.id, q["id"])
                if q["kind"] == "highlight":  # the prompt must not quote the words to find
                    for answer in ex.text("answer", lang, q):
                        assert answer.casefold() not in prompt, (ex.id, q["id"], answer)


def test_every_exercise_has_audio_and_names_its_practice() -> None:
    practices = ("CLEMI", "Checkology", "Radio France", "InterClass", "Iyengar", "Entman", "Semetko")
    assert len(EXERCISES) >= 14
    for ex in EXERCISES:
        assert ex.languages == ["fr", "en"]
        assert all(ex.has_audio(v, lang) for v in ex.versions for lang in ex.languages), ex.id
        for lang in ex.languages:
            notes = str(ex.text("notes", lang, ex.raw["debrief"]))
            assert any(p in notes for p in practices), (ex.id, lang)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_handouts_have_a_name_and_date_line_and_no_answers(language: str) -> None:
    for ex in EXERCISES:
        page = handout_html(ex, language)
        assert 'class="who"' in page, ex.id
        debrief = ex.raw["debrief"]
        for finding in ex.text("expected", language, debrief):
            assert finding not in page, (ex.id, finding)
        for q in ex.questions:
            for text in (ex.text("feedback", language, q), ex.text("model_answer", language, q)):
                if text:
                    assert str(text) not in page, (ex.id, q["id"])


def test_the_bundled_cut_is_an_edit_list_that_reverses_the_answer(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The edited version is rendered from the full take by Antenne's edit list; Whisper hears the reversal."""
    import soundfile as sf

    from studio.cli import main
    from studio.framing.exercise_audio import kept_ranges, load_edit
    from tests.fixtures.export import transcribe_tiny

    with pytest.raises(SystemExit) as exc:
        main(["exercises", "show", "the-cut", "--audio", str(tmp_path), "--lang", "en"])
    assert exc.value.code in (0, None), capsys.readouterr().err
    full, edited = tmp_path / "the-cut-full.en.ogg", tmp_path / "the-cut-edited.en.wav"
    assert full.is_file() and edited.is_file()
    ex = find_exercise("the-cut")
    edit = load_edit(ex.path, ex.text("edit", "en", ex.versions[0]))
    expected_s = sum(b - a for a, b in kept_ranges(edit, "full"))
    assert abs(sf.info(edited).duration - expected_s) < 0.01 < sf.info(full).duration - expected_s
    heard_full = " ".join(s.text for s in transcribe_tiny(full).segments).casefold()
    heard_edit = " ".join(s.text for s in transcribe_tiny(edited).segments).casefold()
    assert "agree" in heard_full and "close it" in heard_edit
    assert "agree" not in heard_edit and "some people" not in heard_edit


def test_check_with_the_analyser_reports_what_it_does_not_find(framing_models: None, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from studio.cli import main
    from studio.settings import exercises_dir

    source = (exercises_dir() / "one-fact-three-headlines.toml").read_text(encoding="utf-8")
    assert 'present = { fr = ["Collision"]' in source
    (tmp_path / "mine.toml").write_text(source.replace('present = { fr = ["Collision"]', 'present = { fr = ["Un blessé"]'),
                                        encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["exercises", "check", str(tmp_path), "--analyse", "--lang", "en"])
    err = capsys.readouterr().err
    assert exc.value.code == 1 and "mine.toml: c/passives: Un blessé (fr): the analyser does not find it" in err


@pytest.mark.parametrize(("exercise_id", "language"), CASES)
def test_no_answer_key_contradicts_itself(exercise_id: str, language: str) -> None:
    """A phrase the key expects (a highlight answer, a `present` finding) is never one it denies."""
    ex = find_exercise(exercise_id)
    for v in ex.versions:
        text = str(ex.text("text", language, v))
        for group, gk in version_key(ex, v["id"], language).items():
            for good in gk.present:
                assert not any(_overlap(text, good, bad) for bad in gk.absent), (v["id"], group, good)
