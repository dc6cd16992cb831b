"""Bundled exercises are valid and bilingual; broken files give line-numbered errors; sheets and feedback."""

from __future__ import annotations

import html.parser
import json
import shutil
from pathlib import Path

import pytest
import soundfile as sf

from studio.cli import main
from studio.framing.exercises import (
    bundled_exercises,
    check_answer,
    check_folder,
    filter_exercises,
    find_exercise,
    validate_file,
)
from studio.settings import exercises_dir

VALID = '''format = 1
id = "my-exercise"
languages = ["fr"]
level = "beginner"
duration_min = 15
title = { fr = "Qui a fait quoi ?" }
goals = { fr = ["Repérer le passif sans agent"] }
instructions = { fr = "Lisez les deux versions." }

[[versions]]
id = "a"
label = { fr = "Version A" }
text = { fr = "Une vitrine a été brisée rue Pasteur." }

[[questions]]
id = "q1"
kind = "highlight"
version = "a"
prompt = { fr = "Surlignez le verbe au passif." }
answer = { fr = ["a été brisée"] }

[debrief]
notes = { fr = "Par qui ? La phrase ne le dit pas." }
expected = { fr = ["Un passif sans agent"] }
'''


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main([*args, "--lang", "en"])
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def test_at_least_fourteen_bundled_exercises_all_valid_and_bilingual(capsys) -> None:
    items = bundled_exercises()
    assert len(items) >= 14
    assert len({e.id for e in items}) == len(items)
    for ex in items:
        assert ex.languages == ["fr", "en"], ex.id
        assert len(ex.questions) >= 2 and ex.raw["debrief"]["expected"]["fr"]
        kinds = {q["kind"] for e in items for q in e.questions}
    assert kinds == {"choice", "ranking", "highlight", "free", "running-order"}
    code, out, err = run(capsys, "exercises", "check", str(exercises_dir()))
    assert code == 0, err
    assert f"{len(items)} exercises checked" in out


def test_every_version_has_readable_audio_in_both_languages() -> None:
    total = 0
    for ex in bundled_exercises():
        for v in ex.versions:
            for lang in ("fr", "en"):
                path = ex.audio_path(v, lang)
                assert path is not None and path.is_file(), (ex.id, v["id"], lang)
                info = sf.info(str(path))
                assert info.samplerate == 16_000 and info.channels == 1 and info.duration > 2.0
                total += path.stat().st_size
    assert total < 5_000_000  # a few MB at most


def test_list_and_show(capsys) -> None:
    code, out, _ = run(capsys, "exercises", "list")
    assert code == 0 and "who-speaks" in out and "Who speaks?" in out
    code, out, _ = run(capsys, "exercises", "list", "--json")
    assert {e["id"] for e in json.loads(out)} >= {"one-fact-three-headlines", "build-your-own-flash"}
    code, out, _ = run(capsys, "exercises", "show", "who-speaks")
    assert code == 0 and "# Who speaks?" in out and "Version B" in out and "Facilitator debrief" in out
    with pytest.raises(SystemExit):
        main(["exercises", "show", "who-speaks", "--lang", "fr"])
    assert "# Qui parle\u00a0?" in capsys.readouterr().out
    code, _out, err = run(capsys, "exercises", "show", "no-such-exercise")
    assert code == 1 and "No exercise no-such-exercise" in err


def test_filters() -> None:
    items = bundled_exercises()
    assert all(e.level == "beginner" for e in filter_exercises(items, level="beginner"))
    assert filter_exercises(items, max_minutes=20) and all(e.duration_min <= 20
                                                           for e in filter_exercises(items, max_minutes=20))
    assert filter_exercises(items, language="en") == items


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_facilitator_folder_passes(tmp_path: Path, capsys) -> None:
    write(tmp_path / "mine", "mine.toml", VALID)
    code, out, err = run(capsys, "exercises", "check", str(tmp_path / "mine"))
    assert code == 0, err
    assert "1 exercise checked" in out


@pytest.mark.parametrize(("old", "new", "line", "fragment"), [
    ('level = "beginner"', 'level = "expert"', 4, "level must be one of"),
    ('duration_min = 15', 'duration_min = "long"', 5, "duration_min"),
    ('answer = { fr = ["a été brisée"] }', 'answer = { fr = ["a été cassée"] }', 20, "is not in the fr text"),
    ('version = "a"', 'version = "z"', 18, "version must be the id"),
    ('kind = "highlight"', 'kind = "quiz"', 17, "kind must be one of"),
    ('title = { fr = "Qui a fait quoi ?" }', 'title = { en = "Who did what?" }', 6, "title has no fr version"),
    ('expected = { fr = ["Un passif sans agent"] }', '', 22, "missing debrief.expected"),
    ('id = "q1"\n', 'id = "q1"\ncolour = "red"\n', 17, "unknown key colour"),
    ('text = { fr = "Une vitrine a été brisée rue Pasteur." }',
     'text = { fr = "Une vitrine a été brisée rue Pasteur." }\naudio = { fr = "missing.ogg" }', 14,
     "audio file missing.ogg not found"),
    ('level = "beginner"', 'level = "beginner', 4, "TOML syntax error"),
])
def test_broken_files_give_line_numbered_errors(tmp_path: Path, capsys, old: str, new: str, line: int,
                                                fragment: str) -> None:
    assert old in VALID
    folder = tmp_path / "broken"
    path = write(folder, "broken.toml", VALID.replace(old, new, 1))
    before = path.read_bytes()
    code, out, err = run(capsys, "exercises", "check", str(folder))
    assert code == 1
    assert f"broken.toml:{line}: " in err and fragment in err, err
    assert err.strip().splitlines()[-1].startswith("antenne: error: ")
    assert path.read_bytes() == before


def test_check_reports_every_file_and_duplicate_ids(tmp_path: Path) -> None:
    folder = tmp_path / "two"
    write(folder, "a.toml", VALID)
    write(folder, "b.toml", VALID.replace('level = "beginner"', 'level = "hard"'))
    n, problems = check_folder(folder)
    assert n == 2
    assert any(p.startswith("b.toml:4:") for p in problems)
    assert any(p.startswith("b.toml:2:") and "already used" in p for p in problems)


def test_check_refuses_missing_or_empty_folders(tmp_path: Path, capsys) -> None:
    code, _out, err = run(capsys, "exercises", "check", str(tmp_path / "nope"))
    assert code == 1 and "not a folder" in err
    (tmp_path / "empty").mkdir()
    code, _out, err = run(capsys, "exercises", "check", str(tmp_path / "empty"))
    assert code == 1 and "No exercise file" in err


def test_a_copy_of_a_bundled_exercise_with_its_line_broken(tmp_path: Path) -> None:
    src = exercises_dir() / "who-speaks.toml"
    text = src.read_text(encoding="utf-8")
    lines = text.splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("answer = [2]")) + 1
    lines[n - 1] = "answer = [7]"
    dest = tmp_path / "who-speaks.toml"
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copytree(exercises_dir().parent / "assets" / "exercises", tmp_path / "exercises", dirs_exist_ok=True)
    _data, problems = validate_file(dest)
    assert problems and problems[0].startswith(f"who-speaks.toml:{n}: answer must list"), problems


def test_answer_feedback() -> None:
    ex = find_exercise("one-fact-three-headlines")
    by_id = {q["id"]: q for q in ex.questions}
    assert check_answer(ex, by_id["who-acts"], [1], "en").correct is True
    wrong = check_answer(ex, by_id["who-acts"], [0], "en")
    assert wrong.correct is False and "bus driver" in wrong.message
    partial = check_answer(ex, by_id["find-passive"], ["was knocked down"], "en")
    assert partial.correct is False and partial.missing == ["was taken"]
    assert check_answer(ex, by_id["find-passive"], ["was knocked down", "was taken"], "en").correct is True
    assert check_answer(ex, by_id["why"], "", "fr").correct is None
    ranking = find_exercise("who-speaks")
    q = next(q for q in ranking.questions if q["kind"] == "ranking")
    assert check_answer(ranking, q, list(q["order"]), "en").correct is True
    assert check_answer(ranking, q, list(reversed(q["order"])), "en").correct is False


def test_running_order_feedback_counts_air_time_and_what_is_left_out() -> None:
    ex = find_exercise("running-order")
    q = next(q for q in ex.questions if q["kind"] == "running-order")
    fits = check_answer(ex, q, [1, 0, 2, 6], "en")  # 40 + 50 + 50 + 15 s
    assert fits.correct is None and "2 min 35 s" in fits.message and "4 min" in fits.message
    assert "A cat rescued on Lilac Street" in fits.message  # left out
    over = check_answer(ex, q, list(range(8)), "en")
    assert over.correct is False and "4 min 40 s" in over.message


class _Parser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.external.append(value)


def test_printable_sheets_are_self_contained_html(framing_models: None, tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "exercises", "show", "figure-in-the-conditional", "--html", str(tmp_path))
    assert code == 0, err
    handout = tmp_path / "figure-in-the-conditional-handout.en.html"
    debrief = tmp_path / "figure-in-the-conditional-debrief.en.html"
    assert str(handout) in out and str(debrief) in out
    for page in (handout, debrief):
        parser = _Parser()
        parser.feed(page.read_text(encoding="utf-8"))
        assert "style" in parser.tags and parser.external == []
    h = handout.read_text(encoding="utf-8")
    d = debrief.read_text(encoding="utf-8")
    assert "Lake Voices" in h and "Participant handout" in h
    assert "Expected findings" not in h and "reportedly" in h  # versions yes, answers no
    assert "Expected findings" in d and '<mark class="conditionals">reportedly<sup>C</sup></mark>' in d
    assert "Right answer:" in d and "Version A" in d
    with pytest.raises(SystemExit):
        main(["exercises", "show", "who-speaks", "--html", str(tmp_path), "--lang", "fr"])
    fr = (tmp_path / "who-speaks-debrief.fr.html").read_text(encoding="utf-8")
    assert 'lang="fr"' in fr and "Fiche animateur" in fr and "prétend" in fr


def test_answer_keys_running_orders_and_edits_are_validated(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "edit.json").write_text('{"rate": 16000, "sources": {"full": "../../etc/passwd"}, '
                                      '"regions": [{"source_id": "full", "start_frame": 0, "length": 10}]}')
    (folder / "broken.json").write_text('{"rate": 16000, "sources": {"full": "a.ogg"}, '
                                        '"regions": [{"source_id": "full", "start_frame": 0, "length": 1e15}]}')
    text = VALID + '''
[[findings]]
version = "z"
feature = "loaded"
absent = { fr = ["vitrine"] }

[[findings]]
version = "a"
feature = "colours"
absent = { fr = ["pas dans le texte"] }

[[questions]]
id = "q2"
kind = "running-order"
prompt = { fr = "Votre conducteur" }
items = { fr = ["un", "deux"] }
durations_s = [30]
budget_s = 0
'''
    text = text.replace('text = { fr = "Une vitrine a été brisée rue Pasteur." }',
                        'text = { fr = "Une vitrine a été brisée rue Pasteur." }\nedit = { fr = "edit.json" }')
    (folder / "my-exercise.toml").write_text(text, encoding="utf-8")
    (folder / "other.toml").write_text(VALID.replace('id = "my-exercise"', 'id = "other"').replace(
        'text = { fr = "Une vitrine a été brisée rue Pasteur." }',
        'text = { fr = "Une vitrine a été brisée rue Pasteur." }\nedit = { fr = "broken.json" }'), encoding="utf-8")
    code, _out, err = run(capsys, "exercises", "check", str(folder))
    assert code == 1 and "Traceback" not in err
    lines = err.splitlines()
    assert any(line.startswith("my-exercise.toml:") and "outside the exercise's folder" in line for line in lines)
    assert any(line.startswith("other.toml:") and "edit list broken.json cannot be used" in line for line in lines)
    assert any("version must be the id of one of the versions" in line for line in lines)
    assert any("feature must be one of" in line for line in lines)
    assert any("'pas dans le texte' is not in the fr text of version a" in line for line in lines)
    assert any("durations_s must give each item's length" in line for line in lines)
    assert any("budget_s must be the air time" in line for line in lines)
