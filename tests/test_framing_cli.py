"""`antenne compare`: text files, transcript JSON, audio, JSON keys per the contract, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import main
from tests.fixtures.cli import assert_one_error_line

FR_A = ("Un homme a été blessé mardi soir dans le quartier des Tilleuls, à Valbourg. Selon la préfecture, "
        "l'incendie aurait fait trois blessés. « Nous allons reconstruire », a déclaré la maire. "
        "Des casseurs ont été interpellés.")
FR_B = ("Un policier a tiré sur un homme mardi soir dans le quartier des Tilleuls, à Valbourg. "
        "La préfecture reconnaît une erreur. Les manifestants ont été arrêtés par les gendarmes.")
EN_A = ("A man was injured on Tuesday night in Linden Street. According to the police, the fire reportedly "
        "injured three people. \"We will rebuild,\" the mayor said. Rioters were arrested.")
EN_B = ("A police officer shot a man on Tuesday night in Linden Street. The police admitted a mistake. "
        "The protesters were arrested by officers.")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main([*args, "--lang", "en"])
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_compare_json_has_the_contract_keys(framing_models: None, tmp_path: Path, capsys) -> None:
    a, b = write(tmp_path / "version-a.txt", FR_A), write(tmp_path / "version-b.txt", FR_B)
    code, out, err = run(capsys, "compare", str(a), str(b), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["language"] == "fr"
    assert [t["label"] for t in data["texts"]] == ["version-a", "version-b"]
    for t in data["texts"]:
        assert isinstance(t["word_count"], int) and t["word_count"] > 10
        for key in ("agentless_passives", "attributions", "loaded_terms", "conditionals"):
            assert isinstance(t[key], list)
        assert all(isinstance(h, str) for h in t["hedges"])
        assert all({"source", "verb", "text"} <= set(x) for x in t["attributions"])
        assert all({"term", "category"} <= set(x) for x in t["loaded_terms"])
    ta, tb = data["texts"]
    assert any("blessé" in p["text"] for p in ta["agentless_passives"])
    assert not any("arrêtés" in p["text"] for p in tb["agentless_passives"])  # "par les gendarmes" is an agent
    assert {x["verb"] for x in ta["attributions"]} >= {"selon", "déclarer"}
    assert any(x["verb"] == "reconnaître" and x["connotation"] == "loaded" for x in tb["attributions"])
    assert [c["words"] for c in ta["conditionals"]] == ["aurait fait"]
    assert {x["term"] for x in ta["loaded_terms"]} == {"casseur"}
    assert set(data["only_in"]) == {"version-a", "version-b"}
    assert "casseur" in data["only_in"]["version-a"] and "policier" in data["only_in"]["version-b"]
    assert "casseur" not in data["only_in"]["version-b"]
    assert ta["lead"]["passive"] is True and tb["lead"]["passive"] is False
    assert any(f["fact"] == "trois blessés" for f in data["facts_only_in"]["version-a"])


def test_compare_english_auto_detected_and_same_names_made_distinct(framing_models: None, tmp_path: Path,
                                                                  capsys) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    a, b = write(tmp_path / "x" / "news.txt", EN_A), write(tmp_path / "y" / "news.txt", EN_B)
    code, out, err = run(capsys, "compare", str(a), str(b), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["language"] == "en"
    labels = [t["label"] for t in data["texts"]]
    assert len(set(labels)) == 2 and all(label.startswith("news") for label in labels)
    ta, tb = data["texts"]
    assert any(x["verb"] == "according to" and x["source"] == "the police" for x in ta["attributions"])
    assert any(c["words"] == "reportedly" for c in ta["conditionals"])
    assert any(x["verb"] == "admit" and x["connotation"] == "loaded" for x in tb["attributions"])
    assert any(t["category"] == "protest" for t in ta["loaded_terms"])
    assert set(data["only_in"]) == set(labels)


def test_compare_reads_transcript_json(framing_models: None, tmp_path: Path, capsys) -> None:
    transcript = {"language": "fr", "duration_s": 9.0, "model": "base", "segments": [
        {"start": 0.0, "end": 4.0, "text": " Un homme a été blessé mardi soir.", "words": []},
        {"start": 4.0, "end": 9.0, "text": " Selon la police, le suspect aurait pris la fuite.", "words": []},
    ]}
    t = tmp_path / "take.json"
    t.write_text(json.dumps(transcript), encoding="utf-8")
    b = write(tmp_path / "b.txt", FR_B)
    code, out, err = run(capsys, "compare", str(t), str(b), "--json")
    assert code == 0, err
    data = json.loads(out)
    ta = data["texts"][0]
    assert ta["label"] == "take"
    assert ta["word_count"] == 16
    assert ta["conditionals"] and ta["agentless_passives"] and ta["attributions"][0]["source"] == "la police"


def test_compare_terminal_report_side_by_side_and_narrow(framing_models: None, tmp_path: Path, capsys,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = write(tmp_path / "a.txt", EN_A), write(tmp_path / "b.txt", EN_B)
    monkeypatch.setenv("COLUMNS", "120")
    code, out, err = run(capsys, "compare", str(a), str(b))
    assert code == 0, err
    assert "Agentless passives" in out and "Only in a" in out and "Who speaks" in out
    assert max(len(line) for line in out.splitlines()) <= 120
    # both versions in one row of a table: side by side
    assert any(line.startswith("┃ a ") and "┃ b " in line for line in out.splitlines()), out
    monkeypatch.setenv("COLUMNS", "60")
    code, out, err = run(capsys, "compare", str(a), str(b))
    assert code == 0, err
    assert max(len(line) for line in out.splitlines()) <= 60
    assert out.count("Agentless passives") == 2  # stacked: one block per version


def test_compare_in_french_messages(framing_models: None, tmp_path: Path, capsys) -> None:
    a, b = write(tmp_path / "a.txt", FR_A), write(tmp_path / "b.txt", FR_B)
    with pytest.raises(SystemExit):
        main(["compare", str(a), str(b), "--lang", "fr"])
    out = capsys.readouterr().out
    assert "Passifs sans agent" in out and "Qui parle" in out


@pytest.mark.parametrize(("content", "fragment"), [
    (b"", "is empty"),
    (b"\x00\x01\x02binary\x00", "not a text file"),
    (b"caf\xe9 cr\xe8me", "not UTF-8"),
    (b"   \n\n  ", "has no text"),
])
def test_compare_refuses_unusable_files(tmp_path: Path, capsys, content: bytes, fragment: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = write(tmp_path / "good.txt", EN_A)
    before = bad.read_bytes()
    code, out, err = run(capsys, "compare", str(bad), str(good))
    assert code == 1 and fragment in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("antenne: error: ")
    assert bad.read_bytes() == before


def test_compare_refuses_missing_huge_and_non_transcript_json(tmp_path: Path, capsys) -> None:
    good = write(tmp_path / "good.txt", EN_A)
    code, _out, err = run(capsys, "compare", str(tmp_path / "nope.txt"), str(good))
    assert code == 1 and "does not exist" in err
    huge = tmp_path / "huge.txt"
    huge.write_text("word " * 600_000, encoding="utf-8")
    code, _out, err = run(capsys, "compare", str(huge), str(good))
    assert code == 1 and "too big" in err
    other = tmp_path / "data.json"
    other.write_text('{"a": 1}', encoding="utf-8")
    code, _out, err = run(capsys, "compare", str(other), str(good))
    assert code == 1 and "not a transcript" in err


def test_compare_cli_subprocess_contract(antenne, tmp_path: Path) -> None:
    """The real command in a subprocess: exit codes and one error line."""
    a, b = write(tmp_path / "a.txt", EN_A), write(tmp_path / "b.txt", EN_B)
    proc = antenne("compare", str(a), str(b), "--json", "--language", "en")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["language"] == "en"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    assert_one_error_line(antenne("compare", str(bad), str(b)), "not a text file")
    assert antenne("compare", str(a)).returncode == 2


@pytest.mark.slow
def test_compare_audio_is_transcribed_first(framing_models: None, en_clip: Path, tmp_path: Path, capsys) -> None:
    """A spoken version (py-nanotts, transcribed by the bundled Whisper) against a written one."""
    b = write(tmp_path / "written.txt", "The town hall closed the old library near the school.")
    code, out, err = run(capsys, "compare", str(en_clip), str(b), "--json")
    if code == 1 and "not available" in err:
        pytest.skip("transcription is not available in this build")
    assert code == 0, err
    data = json.loads(out)
    assert data["language"] == "en"
    spoken = data["texts"][0]
    assert spoken["label"] == "en" and spoken["word_count"] > 15
    # words are shown as written, and Whisper may write "Radio Workshop" with capitals
    assert "workshop" in [w.lower() for w in data["only_in"]["en"]]
    assert "close" in [w.lower() for w in data["only_in"]["written"]]
