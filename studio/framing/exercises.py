"""Framing exercises (TOML + Markdown data files): loading, line-numbered validation, answer feedback."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.errors import InvalidInput, NotFound
from studio.framing.answerkey import match_selections, phrase_spans
from studio.framing.exercise_audio import edit_summary, load_edit, render_edit_audio, resolve_audio
from studio.i18n import N_, _, colon
from studio.i18n.times import in_words
from studio.settings import exercises_dir

FORMAT_VERSION = 1
LEVELS = ("beginner", "intermediate", "advanced")
LEVEL_NAMES = {"beginner": N_("beginner"), "intermediate": N_("intermediate"), "advanced": N_("advanced")}
QUESTION_KINDS = ("choice", "ranking", "highlight", "free", "running-order")
HIGHLIGHT_GROUPS = ("passives", "sources", "loaded", "conditionals", "numbers")
LANGS = ("fr", "en")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,60}$")
TOP_KEYS = {"format", "id", "languages", "level", "duration_min", "features", "title", "summary", "goals",
            "instructions", "versions", "questions", "debrief", "tags", "findings"}
VERSION_KEYS = {"id", "label", "text", "audio", "source", "edit"}
QUESTION_KEYS = {"id", "kind", "prompt", "options", "answer", "items", "order", "version", "feedback",
                 "model_answer", "feature", "durations_s", "budget_s"}
FINDING_KEYS = {"version", "feature", "present", "absent", "only"}
DEBRIEF_KEYS = {"notes", "expected"}


@dataclass
class Exercise:
    """One exercise as loaded from its file; `raw` is the parsed TOML."""

    id: str
    path: Path
    raw: dict[str, Any]
    languages: list[str] = field(default_factory=list)

    @property
    def level(self) -> str:
        return str(self.raw.get("level", ""))

    @property
    def duration_min(self) -> int:
        return int(self.raw.get("duration_min", 0))

    @property
    def versions(self) -> list[dict[str, Any]]:
        return list(self.raw.get("versions", []))

    @property
    def questions(self) -> list[dict[str, Any]]:
        return list(self.raw.get("questions", []))

    @property
    def features(self) -> list[str]:
        return list(self.raw.get("features", []))

    def lang(self, language: str) -> str:
        """`language` if the exercise has it, else its first language."""
        return language if language in self.languages else (self.languages[0] if self.languages else "fr")

    def text(self, key: str, language: str, within: dict[str, Any] | None = None) -> Any:
        """A per-language field ({fr: ..., en: ...}) of the exercise (or of `within`) in `language`."""
        values = (within if within is not None else self.raw).get(key)
        if not isinstance(values, dict):
            return values if values is not None else ""
        return values.get(self.lang(language), next(iter(values.values()), ""))

    def audio_path(self, version: dict[str, Any], language: str) -> Path | None:
        """The version's audio file; a version given as an edit list is rendered (once, into the cache)."""
        rel = self.text("audio", language, version)
        if rel:
            return resolve_audio(self.path, rel)
        if self.text("edit", language, version):

            return render_edit_audio(self, version, language)
        return None

    def has_audio(self, version: dict[str, Any], language: str) -> bool:
        return bool(self.text("audio", language, version) or self.text("edit", language, version))

    def summary_dict(self) -> dict[str, Any]:
        return {"id": self.id, "level": self.level, "duration_min": self.duration_min,
                "languages": self.languages, "title": self.raw.get("title", {}),
                "features": self.features, "path": str(self.path)}


def level_name(level: str) -> str:
    return _(LEVEL_NAMES[level]) if level in LEVEL_NAMES else level


# -- loading ------------------------------------------------------------------------------------------
def load_exercise(path: Path) -> Exercise:
    """Load and validate one exercise file; an invalid file raises InvalidInput with its first problem."""
    data, problems = validate_file(path)
    if problems or data is None:
        raise InvalidInput(problems[0] if problems else _("{file} cannot be read").format(file=path),
                           _("Check it with: antenne exercises check {dir}").format(dir=path.parent))
    return Exercise(id=data["id"], path=path, raw=data, languages=list(data["languages"]))


def exercise_files(folder: Path) -> list[Path]:
    """The exercise files of a folder: `*.toml` in it and `*/exercise.toml` one level down."""
    return sorted(list(folder.glob("*.toml")) + list(folder.glob("*/exercise.toml")))


def bundled_exercises() -> list[Exercise]:
    return [load_exercise(p) for p in exercise_files(exercises_dir())]


def find_exercise(exercise_id: str) -> Exercise:
    for ex in bundled_exercises():
        if ex.id == exercise_id:
            return ex
    path = Path(exercise_id)
    if path.suffix == ".toml" and path.is_file():  # a facilitator's own file
        return load_exercise(path)
    raise NotFound(_("No exercise {id}").format(id=exercise_id),
                   _("See the list with: antenne exercises list"))


def filter_exercises(items: list[Exercise], language: str | None = None, level: str | None = None,
                     max_minutes: int | None = None) -> list[Exercise]:
    out = []
    for ex in items:
        if language and language not in ex.languages:
            continue
        if level and ex.level != level:
            continue
        if max_minutes and ex.duration_min > max_minutes:
            continue
        out.append(ex)
    return out


# -- validation ---------------------------------------------------------------------------------------
def key_lines(source: str) -> dict[tuple[Any, ...], int]:
    """Line numbers of keys and tables in a TOML source: ("versions", 1, "text") -> 23 (1-based)."""
    lines: dict[tuple[Any, ...], int] = {}
    counts: dict[str, int] = {}
    prefix: tuple[Any, ...] = ()
    in_string: str | None = None
    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if in_string:
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        if line.startswith("[["):
            name = line.strip("[] ").strip()
            counts[name] = counts.get(name, -1) + 1
            prefix = (*name.split("."), counts[name])
            lines.setdefault(prefix, number)
            continue
        if line.startswith("["):
            prefix = tuple(line.strip("[] ").strip().split("."))
            lines.setdefault(prefix, number)
            continue
        match = re.match(r"^([A-Za-z0-9_\-]+)\s*=", line)
        if match:
            lines.setdefault((*prefix, match.group(1)), number)
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1:
                    in_string = quote
    return lines


class _Checker:
    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.lines = key_lines(source)
        self.problems: list[str] = []

    def line(self, *keys: Any) -> int:
        while keys:
            if keys in self.lines:
                return self.lines[keys]
            keys = keys[:-1]
        return 1

    def fail(self, keys: tuple[Any, ...], message: str) -> None:
        self.problems.append(f"{self.path.name}:{self.line(*keys)}: {message}")

    def text(self, keys: tuple[Any, ...], value: Any, langs: list[str], required: bool = True,
             kind: type = str) -> None:
        """A per-language field: a table with a non-empty `kind` value for each language."""
        name = ".".join(str(k) for k in keys)
        if value is None:
            if required:
                self.fail(keys, _("missing {key} (one value per language: {langs})").format(
                    key=name, langs=", ".join(langs)))
            return
        if not isinstance(value, dict):
            self.fail(keys, _("{key} must give one value per language, e.g. {{ fr = \"...\", en = \"...\" }}").format(
                key=name))
            return
        for lang in langs:
            v = value.get(lang)
            if v is None:
                self.fail(keys, _("{key} has no {lang} version").format(key=name, lang=lang))
            elif not isinstance(v, kind) or not v:
                self.fail(keys, _("{key}.{lang} must be {what} and not empty").format(
                    key=name, lang=lang, what=_("a text") if kind is str else _("a list")))
            elif isinstance(v, list) and not all(isinstance(x, str) and x.strip() for x in v):
                self.fail(keys, _("{key}.{lang} must be a list of texts").format(key=name, lang=lang))
        for lang in value:
            if lang not in langs:
                self.fail(keys, _("{key} has a {lang} version but {lang} is not in languages").format(
                    key=name, lang=lang))

    def unknown(self, keys: tuple[Any, ...], table: dict[str, Any], allowed: set[str]) -> None:
        for key in table:
            if key not in allowed:
                self.fail((*keys, key), _("unknown key {key} (allowed: {allowed})").format(
                    key=key, allowed=", ".join(sorted(allowed))))


def validate_file(path: Path) -> tuple[dict[str, Any] | None, list[str]]:
    """(parsed data or None, problems as "file.toml:LINE: message"); no problems means valid."""
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [f"{path.name}:1: " + _("not UTF-8 text")]
    except OSError as e:
        return None, [f"{path.name}:1: " + _("cannot be read: {reason}").format(reason=e.strerror or e)]
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as e:
        found = re.search(r"line (\d+)", str(e))
        detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(e))
        return None, [f"{path.name}:{found.group(1) if found else 1}: " + _("TOML syntax error: {detail}").format(
            detail=detail)]
    c = _Checker(path, source)
    _validate(c, data, path)
    return data, c.problems


def _validate(c: _Checker, data: dict[str, Any], path: Path) -> None:
    c.unknown((), data, TOP_KEYS)
    if data.get("format") != FORMAT_VERSION:
        c.fail(("format",), _("format must be {version}").format(version=FORMAT_VERSION))
    ex_id = data.get("id")
    if not isinstance(ex_id, str) or not ID_RE.match(ex_id):
        c.fail(("id",), _("id must be lower-case letters, digits and dashes (e.g. who-speaks)"))
    langs = data.get("languages")
    if not isinstance(langs, list) or not langs or any(lang not in LANGS for lang in langs):
        c.fail(("languages",), _("languages must list fr and/or en"))
        langs = [lang for lang in LANGS if lang in (langs or [])] or ["fr"]
    if data.get("level") not in LEVELS:
        c.fail(("level",), _("level must be one of: {levels}").format(levels=", ".join(LEVELS)))
    duration = data.get("duration_min")
    if not isinstance(duration, int) or isinstance(duration, bool) or not 5 <= duration <= 240:
        c.fail(("duration_min",), _("duration_min must be a whole number of minutes between 5 and 240"))
    features = data.get("features", [])
    if not isinstance(features, list) or any(f not in HIGHLIGHT_GROUPS for f in features):
        c.fail(("features",), _("features must list some of: {groups}").format(groups=", ".join(HIGHLIGHT_GROUPS)))
    c.text(("title",), data.get("title"), langs)
    c.text(("summary",), data.get("summary"), langs, required=False)
    c.text(("goals",), data.get("goals"), langs, kind=list)
    c.text(("instructions",), data.get("instructions"), langs)
    versions = data.get("versions")
    version_texts: dict[str, dict[str, str]] = {}
    if not isinstance(versions, list) or not versions:
        c.fail(("versions",), _("an exercise needs at least one [[versions]] table"))
        versions = []
    for i, v in enumerate(versions):
        keys = ("versions", i)
        if not isinstance(v, dict):
            c.fail(keys, _("each version must be a table"))
            continue
        c.unknown(keys, v, VERSION_KEYS)
        vid = v.get("id")
        if not isinstance(vid, str) or not vid:
            c.fail((*keys, "id"), _("each version needs an id (e.g. a, b)"))
        elif vid in version_texts:
            c.fail((*keys, "id"), _("version id {id} is used twice").format(id=vid))
        c.text((*keys, "label"), v.get("label"), langs)
        c.text((*keys, "text"), v.get("text"), langs)
        if isinstance(vid, str) and isinstance(v.get("text"), dict):
            version_texts[vid] = v["text"]
        if v.get("edit") is not None:
            _validate_edit(c, keys, v.get("edit"), langs, path)
        audio = v.get("audio")
        if audio is not None:
            c.text((*keys, "audio"), audio, langs, required=False)
            if isinstance(audio, dict):
                for rel in audio.values():
                    if isinstance(rel, str) and rel and not resolve_audio(path, rel).is_file():
                        c.fail((*keys, "audio"), _("audio file {file} not found (next to the exercise or in "
                                                   "the assets folder)").format(file=rel))
    questions = data.get("questions")
    if not isinstance(questions, list) or not questions:
        c.fail(("questions",), _("an exercise needs at least one [[questions]] table"))
        questions = []
    for i, q in enumerate(questions):
        if isinstance(q, dict):
            _validate_question(c, ("questions", i), q, langs, version_texts)
        else:
            c.fail(("questions", i), _("each question must be a table"))
    findings = data.get("findings", [])
    if not isinstance(findings, list):
        c.fail(("findings",), _("findings must be [[findings]] tables"))
        findings = []
    for i, f in enumerate(findings):
        _validate_finding(c, ("findings", i), f, langs, version_texts)
    debrief = data.get("debrief")
    if not isinstance(debrief, dict):
        c.fail(("debrief",), _("an exercise needs a [debrief] table with notes and expected findings"))
    else:
        c.unknown(("debrief",), debrief, DEBRIEF_KEYS)
        c.text(("debrief", "notes"), debrief.get("notes"), langs)
        c.text(("debrief", "expected"), debrief.get("expected"), langs, kind=list)


def _validate_question(c: _Checker, keys: tuple[Any, ...], q: dict[str, Any], langs: list[str],
                       version_texts: dict[str, dict[str, str]]) -> None:
    c.unknown(keys, q, QUESTION_KEYS)
    kind = q.get("kind")
    if kind not in QUESTION_KINDS:
        c.fail((*keys, "kind"), _("kind must be one of: {kinds}").format(kinds=", ".join(QUESTION_KINDS)))
        return
    c.text((*keys, "prompt"), q.get("prompt"), langs)
    c.text((*keys, "feedback"), q.get("feedback"), langs, required=False)
    if kind == "choice":
        c.text((*keys, "options"), q.get("options"), langs, kind=list)
        sizes = {len(v) for v in (q.get("options") or {}).values() if isinstance(v, list)}
        if len(sizes) > 1:
            c.fail((*keys, "options"), _("options must have the same number of choices in every language"))
        answer = q.get("answer")
        n = min(sizes) if sizes else 0
        if not isinstance(answer, list) or not answer or not all(isinstance(a, int) and 0 <= a < n for a in answer):
            c.fail((*keys, "answer"), _("answer must list the numbers of the right options, from 0 to {last}").format(
                last=max(0, n - 1)))
        elif n < 2:
            c.fail((*keys, "options"), _("a choice question needs at least two options"))
    elif kind == "ranking":
        c.text((*keys, "items"), q.get("items"), langs, kind=list)
        sizes = {len(v) for v in (q.get("items") or {}).values() if isinstance(v, list)}
        order = q.get("order")
        n = min(sizes) if sizes else 0
        if len(sizes) > 1:
            c.fail((*keys, "items"), _("items must have the same number of entries in every language"))
        if not isinstance(order, list) or sorted(order) != list(range(n)):
            c.fail((*keys, "order"), _("order must list each item number once, from 0 to {last}, in the expected "
                                       "order").format(last=max(0, n - 1)))
    elif kind == "highlight":
        vid = q.get("version")
        if vid not in version_texts:
            c.fail((*keys, "version"), _("version must be the id of one of the versions ({ids})").format(
                ids=", ".join(version_texts) or "-"))
            return
        feature = q.get("feature")
        if feature is not None and feature not in HIGHLIGHT_GROUPS:
            c.fail((*keys, "feature"), _("feature must be one of: {groups}").format(groups=", ".join(HIGHLIGHT_GROUPS)))
        c.text((*keys, "answer"), q.get("answer"), langs, kind=list)
        _phrases_in_text(c, (*keys, "answer"), q.get("answer"), version_texts, vid)
    elif kind == "running-order":
        c.text((*keys, "items"), q.get("items"), langs, kind=list)
        sizes = {len(v) for v in (q.get("items") or {}).values() if isinstance(v, list)}
        if len(sizes) > 1:
            c.fail((*keys, "items"), _("items must have the same number of entries in every language"))
        durations = q.get("durations_s")
        n = min(sizes) if sizes else 0
        if (not isinstance(durations, list) or len(durations) != n
                or not all(isinstance(d, int) and not isinstance(d, bool) and 0 < d <= 3600 for d in durations)):
            c.fail((*keys, "durations_s"), _("durations_s must give each item's length in seconds ({count} whole "
                                             "numbers)").format(count=n))
        c.text((*keys, "model_answer"), q.get("model_answer"), langs, required=False)
        budget = q.get("budget_s")
        if not isinstance(budget, int) or isinstance(budget, bool) or not 0 < budget <= 7200:
            c.fail((*keys, "budget_s"), _("budget_s must be the air time in seconds (a whole number)"))
    elif kind == "free":
        c.text((*keys, "model_answer"), q.get("model_answer"), langs, required=False)


def _phrases_in_text(c: _Checker, keys: tuple[Any, ...], value: Any, version_texts: dict[str, dict[str, str]],
                     vid: str) -> None:
    """Each phrase of a per-language list must appear in that language's text of version `vid`."""
    if not isinstance(value, dict):
        return

    for lang, words in value.items():
        text = str(version_texts[vid].get(lang, ""))
        for w in words if isinstance(words, list) else []:
            if isinstance(w, str) and not phrase_spans(text, w):
                c.fail(keys, _("{words!r} is not in the {lang} text of version {id}").format(words=w, lang=lang, id=vid))


def _validate_finding(c: _Checker, keys: tuple[Any, ...], f: Any, langs: list[str],
                      version_texts: dict[str, dict[str, str]]) -> None:
    """A [[findings]] table: what the answer key affirms (present) or denies (absent) in one version."""
    if not isinstance(f, dict):
        c.fail(keys, _("each finding must be a table"))
        return
    c.unknown(keys, f, FINDING_KEYS)
    if f.get("feature") not in HIGHLIGHT_GROUPS:
        c.fail((*keys, "feature"), _("feature must be one of: {groups}").format(groups=", ".join(HIGHLIGHT_GROUPS)))
    if not isinstance(f.get("only", False), bool):
        c.fail((*keys, "only"), _("only must be true or false"))
    vid = f.get("version")
    if vid not in version_texts:
        c.fail((*keys, "version"), _("version must be the id of one of the versions ({ids})").format(
            ids=", ".join(version_texts) or "-"))
        return
    if f.get("present") is None and f.get("absent") is None and not f.get("only"):
        c.fail(keys, _("a finding needs present, absent or only = true"))
    for name in ("present", "absent"):
        value = f.get(name)
        if value is None:
            continue
        if not isinstance(value, dict) or any(not isinstance(v, list) or not all(isinstance(x, str) for x in v)
                                              for v in value.values()):
            c.fail((*keys, name), _("{key} must give a list of phrases per language").format(key=name))
            continue
        _phrases_in_text(c, (*keys, name), value, version_texts, vid)


def _validate_edit(c: _Checker, keys: tuple[Any, ...], edit: Any, langs: list[str], path: Path) -> None:
    """A version heard as an edit of a bundled take: an edit list file per language that must load."""

    c.text((*keys, "edit"), edit, langs)
    if not isinstance(edit, dict):
        return
    for rel in edit.values():
        if isinstance(rel, str) and rel:
            try:
                load_edit(path, rel)
            except InvalidInput as e:
                c.fail((*keys, "edit"), e.message)


def check_folder(folder: Path) -> tuple[int, list[str]]:
    """(number of exercise files, problems) for a facilitator's folder; ids must be unique."""
    if not folder.is_dir():
        raise NotFound(_("{dir} is not a folder").format(dir=folder),
                       _("Give the folder that holds the exercise files (*.toml)"))
    files = exercise_files(folder)
    if not files:
        raise InvalidInput(_("No exercise file (*.toml) in {dir}").format(dir=folder),
                           _("See exercises/README.md for the format"))
    problems: list[str] = []
    ids: dict[str, Path] = {}
    for f in files:
        data, found = validate_file(f)
        problems.extend(found)
        if data and isinstance(data.get("id"), str):
            if data["id"] in ids:
                problems.append(f"{f.name}:{key_lines(f.read_text(encoding='utf-8')).get(('id',), 1)}: "
                                + _("id {id} is already used by {other}").format(id=data["id"],
                                                                                  other=ids[data["id"]].name))
            ids.setdefault(data["id"], f)
    return len(files), problems


# -- answers ------------------------------------------------------------------------------------------
@dataclass
class Feedback:
    correct: bool | None  # None for free answers (no single right answer)
    message: str
    missing: list[str] = field(default_factory=list)


def check_answer(exercise: Exercise, question: dict[str, Any], answer: Any, language: str) -> Feedback:
    """Feedback on a participant's answer: choice = option numbers, ranking = item order, highlight = words."""
    kind = question.get("kind")
    note = exercise.text("feedback", language, question) or ""
    if kind == "choice":
        right = sorted(question.get("answer", []))
        ok = sorted(set(answer or [])) == right
        return Feedback(ok, (_("Right.") if ok else _("Not quite.")) + (" " + note if note else ""))
    if kind == "ranking":
        ok = list(answer or []) == list(question.get("order", []))
        return Feedback(ok, (_("Right order.") if ok else _("Not the expected order.")) + (" " + note if note else ""))
    if kind == "highlight":

        expected = exercise.text("answer", language, question) or []
        chosen = [str(a) for a in answer] if isinstance(answer, list) else [str(answer or "")]
        missing, _extra = match_selections(expected, [c for c in chosen if c.strip()], exercise.lang(language))
        ok = not missing
        msg = _("You found them all.") if ok else _("Still to find: {count}").format(count=len(missing))
        return Feedback(ok, msg + (" " + note if note else ""), missing)
    if kind == "running-order":
        if isinstance(answer, str):  # letters typed in air order: "B A C"
            answer = [ord(c) - 97 for c in answer.lower() if c.isalpha()]
        return running_order_feedback(exercise, question, list(answer or []), language, note)
    model = exercise.text("model_answer", language, question) or note
    return Feedback(None, _("Discuss your answer with the group.") + (" " + model if model else ""))


def running_order_total(question: dict[str, Any], order: list[int]) -> int:
    durations = list(question.get("durations_s", []))
    return sum(durations[i] for i in order if 0 <= i < len(durations))


def running_order_feedback(exercise: Exercise, question: dict[str, Any], order: list[int], language: str,
                           note: str = "") -> Feedback:
    """No single right running order: the feedback says whether it fits the air time and what it leaves out."""
    items = exercise.text("items", language, question) or []
    budget = int(question.get("budget_s", 0))
    valid = [i for i in dict.fromkeys(order) if 0 <= i < len(items)]
    total = running_order_total(question, valid)
    fits = total <= budget
    msg = (_("Your running order lasts {total} for {budget} of air time.") if fits else
           _("Your running order lasts {total}: that is more than the {budget} of air time."))
    msg = msg.format(total=in_words(total), budget=in_words(budget))
    left = [items[i] for i in range(len(items)) if i not in valid]
    if left:
        msg += " " + _("Left out: {items}.").format(items=_("; ").join(left))
    return Feedback(None if fits else False, msg + (" " + note if note else ""))


def render_markdown(exercise: Exercise, language: str) -> str:
    """The exercise as Markdown text (for `antenne exercises show`)."""
    t = lambda key, within=None: exercise.text(key, language, within)  # noqa: E731
    out = [f"# {t('title')}", "",
           f"{_('Level')}{colon()}{level_name(exercise.level)} · {exercise.duration_min} min · {exercise.id}", ""]
    if t("summary"):
        out += [t("summary"), ""]
    out += [f"## {_('Goals')}", ""] + [f"- {g}" for g in t("goals")] + [""]
    out += [f"## {_('Instructions')}", "", t("instructions").strip(), ""]
    for v in exercise.versions:
        out += [f"## {t('label', v)}", "", t("text", v).strip(), ""]
        if t("edit", v):

            out += [edit_summary(exercise, v, language), ""]
    out += [f"## {_('Questions')}", ""]
    for n, q in enumerate(exercise.questions, 1):
        out.append(f"{n}. {t('prompt', q)}")
        durations = q.get("durations_s") if q.get("kind") == "running-order" else None
        for i, opt in enumerate(t("options", q) or t("items", q) or []):
            length = f" ({in_words(durations[i])})" if durations and i < len(durations) else ""
            out.append(f"   {chr(97 + i)}) {opt}{length}")
        if q.get("kind") == "running-order":
            out.append("   " + _("Air time: {budget}").format(budget=in_words(int(q.get("budget_s", 0)))))
    out += ["", f"## {_('Facilitator debrief')}", "", t("notes", exercise.raw.get("debrief", {})).strip(), ""]
    out += [f"- {e}" for e in t("expected", exercise.raw.get("debrief", {}))]
    return "\n".join(out) + "\n"
