"""Where things live: the user data dir (ANTENNE_HOME overrides it), the cache, assets and exercises."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent

#: Sample rate used for workshop renders and edits.
WORKSHOP_RATE = 48_000
#: Consent levels, from least to most permissive.
CONSENT_LEVELS = ("none", "workshop", "publish")
#: Targets for `--target` names, in LUFS.
LOUDNESS_TARGETS = {"podcast": -16.0, "broadcast": -23.0}
PODCAST_MONO_LUFS = -19.0
DEFAULT_TRUE_PEAK_DBTP = -1.0


def antenne_home() -> Path:
    """The user data dir: `$ANTENNE_HOME`, else the platform's user data dir for "antenne"."""
    env = os.environ.get("ANTENNE_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("antenne", appauthor=False))


def cache_dir() -> Path:
    """Regenerable data (reassembled models, transcript cache): `$ANTENNE_CACHE` or `<home>/cache`."""
    env = os.environ.get("ANTENNE_CACHE")
    return Path(env).expanduser() if env else antenne_home() / "cache"


def workshops_dir() -> Path:
    """Default parent folder of new workshops (demo included)."""
    return antenne_home() / "workshops"


def recent_file() -> Path:
    return antenne_home() / "recent.json"


def log_dir() -> Path:
    return antenne_home() / "logs"


def _data_dir(name: str) -> Path:
    """A data folder shipped inside the wheel (`studio/_data/NAME`) or beside the package in a clone."""
    bundled = PACKAGE_DIR / "_data" / name
    if bundled.is_dir():
        return bundled
    return REPO_DIR / name


def assets_dir() -> Path:
    return _data_dir("assets")


def exercises_dir() -> Path:
    return _data_dir("exercises")


def templates_dir() -> Path:
    return PACKAGE_DIR / "templates"
