"""Exercise versions heard as an edit of a bundled take: load the edit list, render it, describe the cuts.

An exercise version may give `edit = { fr = "exercises/x/edit.fr.json" }` instead of `audio`: a file in
Antenne's edit-list format (`studio.edit`: `rate` and `regions` of `source_id`, `start_frame`, `length`...)
plus `sources`, which maps each source id to an audio file (relative to the exercise's folder or to the
assets folder). The group hears the full take and the edit, and can see where the cuts are.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.audio import dsp, io
from studio.edit.model import EditList
from studio.edit.render import render
from studio.errors import InvalidInput
from studio.i18n import N_, _, tr
from studio.project.atomic import atomic_write_bytes
from studio.settings import assets_dir, cache_dir

MAX_EDIT_BYTES = 256 * 1024
MAX_REGIONS = 200
MAX_EDIT_S = 30 * 60


@dataclass
class ExerciseEdit:
    """An edit list over bundled audio files: `sources` maps source ids to files."""

    edit_list: EditList
    sources: dict[str, Path]
    path: Path


def resolve_audio(exercise_file: Path, rel: str) -> Path:
    """An audio path of an exercise: relative to the exercise's folder, else to the assets folder."""
    local = exercise_file.parent / rel
    if local.exists():
        return local
    return assets_dir() / rel


def _resolve(exercise_file: Path, rel: str) -> Path:
    path = resolve_audio(exercise_file, rel).resolve()
    roots = [exercise_file.parent.resolve(), assets_dir().resolve()]
    if not any(path == r or r in path.parents for r in roots):
        raise InvalidInput(_("{file} is outside the exercise's folder and the assets folder").format(file=rel),
                           _("Put the file next to the exercise"))
    return path


def load_edit(exercise_file: Path, rel: str) -> ExerciseEdit:
    """Read and check an exercise's edit-list file (hostile input: size, types, paths confined)."""
    path = _resolve(exercise_file, rel)
    problem = _("edit list {file} cannot be used").format(file=rel)
    try:
        if path.stat().st_size > MAX_EDIT_BYTES:
            raise InvalidInput(problem, _("An edit list is a small JSON file"))
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("regions"), list) or not data["regions"]:
            raise ValueError("no regions")
        if len(data["regions"]) > MAX_REGIONS or not isinstance(data.get("sources"), dict):
            raise ValueError("bad regions or sources")
        edit_list = EditList.from_dict(data)
        if not 8000 <= edit_list.rate <= 192000 or any(r.start_frame < 0 for r in edit_list.regions):
            raise ValueError("bad rate or frames")
        if edit_list.frames > MAX_EDIT_S * edit_list.rate:  # never allocate hours of silence for a hostile file
            raise ValueError("too long")
    except FileNotFoundError as e:
        raise InvalidInput(_("edit list {file} not found (next to the exercise or in the assets folder)").format(
            file=rel), _("Check the path in the exercise file")) from e
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as e:
        raise InvalidInput(problem, _("Check that it is an Antenne edit list (JSON with rate, regions and "
                                      "sources)")) from e
    sources: dict[str, Path] = {}
    for sid in {r.source_id for r in edit_list.regions}:
        file = data["sources"].get(sid)
        if not isinstance(file, str) or not _resolve(exercise_file, file).is_file():
            raise InvalidInput(_("edit list {file}: the audio of source {id} is missing").format(file=rel, id=sid),
                               _("List each source's audio file under sources"))
        sources[sid] = _resolve(exercise_file, file)
    return ExerciseEdit(edit_list, sources, path)


def _read_at(path: Path, rate: int) -> Any:

    data, file_rate = io.read(path)
    return dsp.resample(data, file_rate, rate)


def render_edit_audio(exercise: Any, version: dict[str, Any], language: str) -> Path:
    """The version's edit rendered to a WAV file in the cache (reused while the edit and sources are unchanged)."""

    edit = load_edit(exercise.path, str(exercise.text("edit", language, version)))
    digest = hashlib.sha256(edit.path.read_bytes())
    for sid in sorted(edit.sources):
        digest.update(sid.encode() + edit.sources[sid].read_bytes())
    out = cache_dir() / "exercise-edits" / f"{exercise.id}-{version['id']}-{digest.hexdigest()[:16]}.wav"
    if out.is_file():
        return out
    sources = {sid: _read_at(p, edit.edit_list.rate) for sid, p in edit.sources.items()}
    out.parent.mkdir(parents=True, exist_ok=True)
    io.write(out, render(edit.edit_list, sources), edit.edit_list.rate)
    return out


def kept_ranges(edit: ExerciseEdit, source_id: str) -> list[tuple[float, float]]:
    """The (start_s, end_s) ranges of a source that the edit keeps, in the order they are played."""
    rate = edit.edit_list.rate
    return [(r.start_frame / rate, r.end_frame / rate) for r in edit.edit_list.regions if r.source_id == source_id]


def edit_summary(exercise: Any, version: dict[str, Any], language: str) -> str:
    """One line for the terminal and the sheets: which parts of which take the edit keeps."""
    try:
        edit = load_edit(exercise.path, str(exercise.text("edit", language, version)))
    except InvalidInput as e:
        return e.message
    def num(x: float) -> str:
        return f"{x:.1f}".replace(".", ",") if exercise.lang(language) == "fr" else f"{x:.1f}"

    lang = exercise.lang(language)  # the sheet's language, which may differ from the interface's
    parts = tr(N_("; "), lang).join(f"{num(a)}–{num(b)} s" for sid in sorted(edit.sources)
                                    for a, b in kept_ranges(edit, sid))
    return tr(N_("Heard as an edit of the full take: keeps {parts} (the rest is cut)."), lang).format(parts=parts)


def write_version_audio(exercise: Any, folder: Path, language: str) -> list[Path]:
    """Copy (or render, for an edit) each version's audio into `folder` as `<id>-<version>.<lang>.<ext>`."""

    language = exercise.lang(language)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for version in exercise.versions:
        source = exercise.audio_path(version, language)
        if source is None or not source.is_file():
            continue
        out = folder / f"{exercise.id}-{version['id']}.{language}{source.suffix}"
        atomic_write_bytes(out, source.read_bytes())
        written.append(out)
    return written
