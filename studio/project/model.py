"""The workshop model as plain dataclasses: no I/O here (see `store.py`), no UI."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from studio.errors import ConsentError, InvalidInput, NotFound
from studio.i18n import _
from studio.project.confine import confined
from studio.project.confine import safe_slug as safe_slug  # re-exported: slugs are the model's too
from studio.project.confine import slugify as slugify
from studio.settings import CONSENT_LEVELS

SCHEMA_VERSION = 1
ROLES = ("presenter", "columnist", "journalist", "technician", "guest", "")


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _from_dict(cls, data: dict[str, Any]):  # type: ignore[no-untyped-def]
    """Build a dataclass from a dict, ignoring unknown keys (forward compatible within a schema)."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class ConsentChange:
    date: str
    level: str
    by: str = ""
    note: str = ""


@dataclass
class Participant:
    name: str
    role: str = ""
    consent: str = "none"
    consent_log: list[ConsentChange] = field(default_factory=list)
    script: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        p = _from_dict(cls, data)
        p.consent_log = [_from_dict(ConsentChange, c) for c in data.get("consent_log", [])]
        return p


@dataclass
class Marker:
    time_s: float
    name: str = ""


@dataclass
class Take:
    id: str
    participant: str
    file: str  # relative to the workshop folder, e.g. "media/t001.m4a"
    sha256: str
    duration_s: float
    sample_rate: int
    channels: int
    origin: str = "import"  # import | record | demo
    created: str = ""
    original_name: str = ""
    title: str = ""
    markers: list[Marker] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Take:
        t = _from_dict(cls, data)
        t.markers = [_from_dict(Marker, m) for m in data.get("markers", [])]
        return t


@dataclass
class EpisodeItem:
    kind: str  # "take" or "asset"
    ref: str  # take id, or an asset path relative to the assets folder ("jingles/intro.ogg")
    title: str = ""
    crossfade_s: float = 0.0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EpisodeItem:
        """An item read from a workshop file; wrong types raise TypeError (the store reports a damaged file)."""
        item = _from_dict(cls, data)
        if not (isinstance(item.kind, str) and isinstance(item.ref, str) and isinstance(item.title, str)) \
                or isinstance(item.crossfade_s, bool) or not isinstance(item.crossfade_s, (int, float)):
            raise TypeError("episode item with wrong field types")
        item.crossfade_s = float(item.crossfade_s)
        return item


@dataclass
class Episode:
    id: str
    slug: str
    title: str
    items: list[EpisodeItem] = field(default_factory=list)
    summary: str = ""
    bed: str = ""  # asset path of a music bed ducked under speech, or ""
    credits: str = ""
    sources: list[str] = field(default_factory=list)
    target: str = "podcast"
    created: str = ""
    number: int = 1

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Episode:
        e = _from_dict(cls, data)
        e.items = [EpisodeItem.from_dict(i) for i in data.get("items", [])]
        return e

    def take_ids(self) -> list[str]:
        return [i.ref for i in self.items if i.kind == "take"]


@dataclass
class PlanStep:
    id: str
    kind: str  # welcome, listening, exercise, writing, record, edit, transcribe, listen, export, debate...
    minutes: int
    title: dict[str, str] = field(default_factory=dict)  # {"fr": ..., "en": ...}
    note: dict[str, str] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    done: bool = False
    exercise: str = ""  # for an exercise step: the id of the exercise it runs (empty: choose from the list)

    def text(self, attr: str, language: str) -> str:
        values: dict[str, str] = getattr(self, attr)
        return values.get(language) or values.get("fr") or values.get("en") or ""


@dataclass
class ExportRecord:
    """Where an episode pack was written, and whose voices it holds (for withdrawal and erasure)."""

    episode: str
    folder: str  # absolute path of OUTDIR
    files: list[str] = field(default_factory=list)  # file names inside folder
    participants: list[str] = field(default_factory=list)
    date: str = ""
    withdrawn: bool = False
    #: SHA-256 of each file when it was written: erasure deletes only a file that still matches.
    hashes: dict[str, str] = field(default_factory=dict)


@dataclass
class LogEntry:
    date: str
    event: str


@dataclass
class Workshop:
    """One workshop: who, what was planned, what was recorded, what is published."""

    title: str
    date: str = ""
    language: str = "fr"
    template: str = ""
    institution: str = ""
    correspondent: str = ""
    relay: str = ""
    facilitator: str = ""
    participants: list[Participant] = field(default_factory=list)
    takes: list[Take] = field(default_factory=list)
    episodes: list[Episode] = field(default_factory=list)
    plan: list[PlanStep] = field(default_factory=list)
    current_step: int = 0
    exports: list[ExportRecord] = field(default_factory=list)
    log: list[LogEntry] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    revision: int = 0
    path: Path = field(default=Path("."), compare=False)
    #: The file's content when it was loaded (for merging concurrent saves); never serialised.
    base: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    # -- serialisation -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        base, self.base = self.base, None
        try:
            data = asdict(self)
        finally:
            self.base = base
        data.pop("path")
        data.pop("base")
        return {"schema_version": data.pop("schema_version"), **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: Path) -> Workshop:
        w = _from_dict(cls, {k: v for k, v in data.items() if k not in ("path", "base")})
        w.participants = [Participant.from_dict(p) for p in data.get("participants", [])]
        w.takes = [Take.from_dict(t) for t in data.get("takes", [])]
        w.episodes = [Episode.from_dict(e) for e in data.get("episodes", [])]
        w.plan = [_from_dict(PlanStep, s) for s in data.get("plan", [])]
        w.log = [_from_dict(LogEntry, e) for e in data.get("log", [])]
        w.exports = [_from_dict(ExportRecord, e) for e in data.get("exports", [])]
        w.path = path
        for e in w.episodes:  # a slug becomes file names: sanitised whatever the file says
            e.slug = safe_slug(e.slug, e.id)
        if not 0 <= w.current_step < max(1, len(w.plan)):
            w.current_step = 0
        return w

    # -- participants --------------------------------------------------------------------------
    def find_participant(self, name: str) -> Participant | None:
        key = name.strip().casefold()
        return next((p for p in self.participants if p.name.casefold() == key), None)

    def participant(self, name: str) -> Participant:
        found = self.find_participant(name)
        if found is None:
            known = ", ".join(p.name for p in self.participants) or "-"
            raise NotFound(
                _("No participant named {name} in this workshop").format(name=name),
                _("Participants: {names}").format(names=known),
            )
        return found

    def add_participant(self, name: str, consent: str = "none", role: str = "", by: str = "") -> Participant:
        name = " ".join(name.split())
        if not name or len(name) > 60 or any(c in name for c in "/\\\n\t"):
            raise InvalidInput(
                _("{name!r} is not a usable name").format(name=name),
                _("Use a first name or a pseudonym (at most 60 characters)"),
            )
        if self.find_participant(name):
            raise InvalidInput(
                _("{name} is already a participant").format(name=name),
                _("Choose another first name or pseudonym"),
            )
        check_consent_level(consent)
        if role not in ROLES:
            raise InvalidInput(_("Unknown role {role}").format(role=role), ", ".join(r for r in ROLES if r))
        p = Participant(name=name, role=role, consent=consent)
        p.consent_log.append(ConsentChange(date=now_iso(), level=consent, by=by, note="added"))
        self.participants.append(p)
        return p

    def set_consent(self, name: str, level: str, by: str = "", note: str = "") -> tuple[Participant, str]:
        """Change a participant's consent; returns (participant, previous level). The change is logged."""
        check_consent_level(level)
        p = self.participant(name)
        previous = p.consent
        p.consent = level
        p.consent_log.append(ConsentChange(date=now_iso(), level=level, by=by, note=note))
        return p, previous

    # -- takes ---------------------------------------------------------------------------------
    def take(self, take_id: str) -> Take:
        found = next((t for t in self.takes if t.id == take_id), None)
        if found is None:
            raise NotFound(_("No take {id} in this workshop").format(id=take_id))
        return found

    def takes_of(self, name: str) -> list[Take]:
        key = name.casefold()
        return [t for t in self.takes if t.participant.casefold() == key]

    def next_take_id(self) -> str:
        used = {t.id for t in self.takes}
        n = len(self.takes) + 1
        while f"t{n:03d}" in used:
            n += 1
        return f"t{n:03d}"

    def take_path(self, take: Take) -> Path:
        """The take's recording, confined to the workshop folder (a PathOutside error otherwise)."""
        return confined(self.path, take.file, f"takes[{take.id}].file", ("media", "recording"))

    def require_recording_consent(self, name: str) -> Participant:
        p = self.participant(name)
        if p.consent == "none":
            raise ConsentError(
                _("{name} has not agreed to be recorded (consent: none)").format(name=p.name),
                _("Record their agreement first: antenne participant consent DIR {name} workshop").format(
                    name=p.name
                ),
            )
        return p

    # -- episodes ------------------------------------------------------------------------------
    def episode(self, episode_id: str | None = None) -> Episode:
        if not self.episodes:
            raise NotFound(_("This workshop has no episode yet"), _("Create one in the Episode screen"))
        if episode_id is None:
            return self.episodes[0]
        for e in self.episodes:
            if episode_id in (e.id, e.slug):
                return e
        raise NotFound(
            _("No episode {id} in this workshop").format(id=episode_id),
            _("Episodes: {ids}").format(ids=", ".join(e.id for e in self.episodes)),
        )

    def next_episode_id(self) -> str:
        used = {e.id for e in self.episodes}
        n = len(self.episodes) + 1
        while f"e{n}" in used:
            n += 1
        return f"e{n}"

    def add_log(self, event: str) -> None:
        self.log.append(LogEntry(date=now_iso(), event=event))


def check_consent_level(level: str) -> None:
    if level not in CONSENT_LEVELS:
        raise InvalidInput(
            _("Unknown consent level {level}").format(level=level),
            _("Use one of: none, workshop, publish"),
        )
