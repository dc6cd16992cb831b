"""Check a workshop file's content before it becomes a `Workshop`: types, ranges, ids, paths, nesting.

Every field is checked against what Antenne writes; a value of the wrong type (a participant named 5, a
duration "abc" or NaN), a path leaving the folder, an id that would become an unsafe file name, a duplicate
id or a document nested absurdly deep is a `WorkshopDamaged` error that names the field (never its value,
which may be personal). Slugs are not refused: they are sanitised when the workshop is built.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from studio.errors import WorkshopDamaged
from studio.i18n import _
from studio.project.confine import (
    SHA256_PATTERN,
    confined,
    outside_error,
    plain_name,
    relative_ok,
    safe_id,
)
from studio.settings import CONSENT_LEVELS

MAX_DEPTH = 24
MAX_TEXT = 16 * 1024**2
TAKE_FOLDERS = ("media", "recording")


class _Bad(Exception):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(field)
        self.field = field
        self.problem = problem


def damaged(folder: Path, problem: str) -> WorkshopDamaged:
    return WorkshopDamaged(
        _("The workshop file in {dir} is damaged: {problem}").format(dir=folder, problem=problem),
        _("Nothing was changed; restore the last good backup with: antenne restore {dir}").format(dir=folder),
    )


def _problem(field: str, kind: str) -> str:
    messages = {
        "text": _("{field} should be text"),
        "int": _("{field} should be a whole number"),
        "number": _("{field} should be a finite number"),
        "bool": _("{field} should be true or false"),
        "list": _("{field} should be a list"),
        "object": _("{field} should be an object"),
        "missing": _("{field} is missing"),
        "value": _("{field} has a value Antenne does not know"),
        "range": _("{field} is out of range"),
        "twice": _("{field} appears twice"),
        "id": _("{field} is not a valid identifier (letters, digits, - and _)"),
        "hash": _("{field} is not a SHA-256 checksum"),
        "path": _("{field} is not a relative path inside the workshop"),
        "deep": _("{field} is nested too deeply"),
    }
    return messages[kind].format(field=field)


# -- small checkers: each returns the value or raises _Bad ------------------------------------------------

def _text(value: Any, field: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise _Bad(field, "text")
    if len(value) > limit:
        raise _Bad(field, "range")
    return value


def _int(value: Any, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(field, "int")
    if not low <= value <= high:
        raise _Bad(field, "range")
    return value


def _number(value: Any, field: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _Bad(field, "number")
    if not low <= value <= high:
        raise _Bad(field, "range")
    return float(value)


def _bool(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise _Bad(field, "bool")
    return value


def _list(value: Any, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Bad(field, "list")
    return value


def _object(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(field, "object")
    return value


def _texts(value: Any, field: str) -> None:
    for i, v in enumerate(_list(value, field)):
        _text(v, f"{field}[{i}]")


def _text_map(value: Any, field: str) -> None:
    for k, v in _object(value, field).items():
        _text(v, f"{field}.{k}"[:80])


Check = Callable[[Any, str], object]


def _record(value: Any, field: str, required: dict[str, Check], optional: dict[str, Check]) -> dict[str, Any]:
    data = _object(value, field)
    for key, check in required.items():
        if key not in data:
            raise _Bad(f"{field}.{key}", "missing")
        check(data[key], f"{field}.{key}")
    for key, check in optional.items():
        if key in data:
            check(data[key], f"{field}.{key}")
    return data


def _each(value: Any, field: str, check: Check) -> list[Any]:
    items = _list(value, field)
    for i, item in enumerate(items):
        check(item, f"{field}[{i}]")
    return items


def _id(value: Any, field: str) -> str:
    if not safe_id(value):
        raise _Bad(field, "text" if not isinstance(value, str) else "id")
    return str(value)


def _consent(value: Any, field: str) -> None:
    if _text(value, field) not in CONSENT_LEVELS:
        raise _Bad(field, "value")


def _sha(value: Any, field: str) -> None:
    if _text(value, field) and SHA256_PATTERN.fullmatch(value) is None:
        raise _Bad(field, "hash")


def _asset(value: Any, field: str) -> None:
    if _text(value, field, 400) and not relative_ok(value):
        raise _Bad(field, "path")


def _name(value: Any, field: str) -> None:
    if not _text(value, field, 200).strip():
        raise _Bad(field, "missing")


# -- the records ---------------------------------------------------------------------------------

def _consent_change(v: Any, f: str) -> None:
    _record(v, f, {"date": _text, "level": _text}, {"by": _text, "note": _text})


def _participant(v: Any, f: str) -> None:
    _record(v, f, {"name": _name}, {"role": _text, "consent": _consent, "script": _text,
                                    "consent_log": lambda x, g: _each(x, g, _consent_change)})


def _marker(v: Any, f: str) -> None:
    _record(v, f, {"time_s": lambda x, g: _number(x, g, 0, 1e7)}, {"name": _text})


def _take(v: Any, f: str) -> None:
    _record(v, f, {
        "id": _id, "participant": _name, "file": lambda x, g: _text(x, g, 400), "sha256": _sha,
        "duration_s": lambda x, g: _number(x, g, 0, 1e7),
        "sample_rate": lambda x, g: _int(x, g, 1, 10_000_000),
        "channels": lambda x, g: _int(x, g, 1, 1024),
    }, {"origin": _text, "created": _text, "original_name": _text, "title": _text,
        "markers": lambda x, g: _each(x, g, _marker)})


def _item(v: Any, f: str) -> None:
    data = _record(v, f, {"kind": _text, "ref": lambda x, g: _text(x, g, 400)},
                   {"title": _text, "crossfade_s": lambda x, g: _number(x, g, 0, 600)})
    if data["kind"] == "take":
        _id(data["ref"], f"{f}.ref")
    elif data["kind"] == "asset":
        _asset(data["ref"], f"{f}.ref")
    else:
        raise _Bad(f"{f}.kind", "value")


def _target(v: Any, f: str) -> None:
    if isinstance(v, str):
        _text(v, f, 40)
    else:
        _number(v, f, -70, 0)


def _episode(v: Any, f: str) -> None:
    _record(v, f, {"id": _id, "slug": lambda x, g: _text(x, g, 400), "title": _text}, {
        "items": lambda x, g: _each(x, g, _item), "summary": _text, "bed": _asset, "credits": _text,
        "sources": _texts, "target": _target, "created": _text,
        "number": lambda x, g: _int(x, g, 0, 1_000_000),
    })


def _step(v: Any, f: str) -> None:
    _record(v, f, {"id": _text, "kind": _text, "minutes": lambda x, g: _int(x, g, 0, 10_000)},
            {"title": _text_map, "note": _text_map, "roles": _texts, "done": _bool})


def _export_folder(v: Any, f: str) -> None:
    if not _text(v, f, 4096).startswith("/") or "\x00" in v:
        raise _Bad(f, "path")


def _export_files(v: Any, f: str) -> None:
    for i, name in enumerate(_list(v, f)):
        if not plain_name(name):
            raise _Bad(f"{f}[{i}]", "path")


def _export_hashes(v: Any, f: str) -> None:
    for k, h in _object(v, f).items():
        if not plain_name(k):
            raise _Bad(f, "path")
        _sha(h, f"{f}.{k}"[:80])


def _export(v: Any, f: str) -> None:
    _record(v, f, {"episode": _text, "folder": _export_folder}, {
        "files": _export_files, "participants": _texts, "date": _text, "withdrawn": _bool,
        "hashes": _export_hashes,
    })


def _log_entry(v: Any, f: str) -> None:
    _record(v, f, {"date": _text, "event": _text}, {})


def _depth(data: Any) -> int:
    """The nesting depth of a JSON value, computed without recursion."""
    deepest = 0
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            return deepest
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return deepest


def _unique(values: list[str], field: str) -> None:
    seen: set[str] = set()
    for i, v in enumerate(values):
        key = v.casefold()
        if key in seen:
            raise _Bad(f"{field}[{i}]", "twice")
        seen.add(key)


def validate_workshop_data(data: dict[str, Any], folder: Path) -> None:
    """Raise WorkshopDamaged (naming the field) unless `data` is a workshop file Antenne could have written."""
    try:
        if _depth(data) > MAX_DEPTH:
            raise _Bad("workshop.json", "deep")
        _record(data, "workshop", {"title": _text}, {
            **{k: _text for k in ("date", "language", "template", "institution", "correspondent", "relay",
                                  "facilitator")},
            "participants": lambda x, g: _each(x, g, _participant),
            "takes": lambda x, g: _each(x, g, _take),
            "episodes": lambda x, g: _each(x, g, _episode),
            "plan": lambda x, g: _each(x, g, _step),
            "current_step": lambda x, g: _int(x, g, 0, 10_000),
            "exports": lambda x, g: _each(x, g, _export),
            "log": lambda x, g: _each(x, g, _log_entry),
            "schema_version": lambda x, g: _int(x, g, 0, 1_000),
            "revision": lambda x, g: _int(x, g, 0, 2**53),
        })
        takes = data.get("takes", [])
        _unique([p["name"].strip() for p in data.get("participants", [])], "participants.name")
        _unique([t["id"] for t in takes], "takes.id")
        _unique([e["id"] for e in data.get("episodes", [])], "episodes.id")
    except _Bad as e:
        raise damaged(folder, _problem(e.field, e.problem)) from None
    for i, t in enumerate(takes):
        confined(folder, t["file"], f"takes[{i}].file", TAKE_FOLDERS)
    for i, rec in enumerate(data.get("exports", [])):
        if Path(rec["folder"]).resolve() == Path("/"):
            raise outside_error(f"exports[{i}].folder", folder)
