"""Edit an episode's running order: list, add a take or a jingle, choose a bed, move, remove, crossfade.

Positions are 1-based, as shown to users ("item 3"). Every change is validated before the model is touched,
then saved with `save` (the atomic store by default), so a refused change leaves the workshop as it was.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from studio.audio import io
from studio.audio.loudness import measure_file
from studio.errors import InvalidInput, NotFound, StudioError
from studio.export.pack import estimated_duration_s, item_title
from studio.export.render import asset_path
from studio.i18n import _
from studio.project.model import Episode, EpisodeItem, Workshop, now_iso, slugify
from studio.project.store import save_workshop
from studio.settings import assets_dir

#: Longest crossfade accepted between two items (the renderer also limits it to half of each item).
MAX_CROSSFADE_S = 10.0
#: The steps the Episode screen cycles through with one key.
CROSSFADE_STEPS = (0.0, 0.5, 1.0, 2.0)


def available_sounds(folder: str) -> list[str]:
    """Asset references ('jingles/intro.ogg') available in an assets sub-folder."""
    base = assets_dir() / folder
    return sorted(f"{folder}/{p.name}" for p in base.glob("*.ogg")) if base.is_dir() else []


def find_sound(name: str, folder: str) -> str | None:
    """The asset reference of a bundled sound given as 'jingles/intro.ogg', 'intro.ogg' or 'intro'."""
    wanted = name.strip()
    for ref in available_sounds(folder):
        if wanted in (ref, Path(ref).name, Path(ref).stem, str(Path(ref).with_suffix(""))):
            return ref
    return None


def ensure_episode(workshop: Workshop, episode_id: str | None = None) -> Episode:
    """The episode to edit; a workshop without any episode gets its first one (as the Episode screen does)."""
    if not workshop.episodes and episode_id is None:
        title = _("Episode {n}").format(n=1)
        workshop.episodes.append(Episode(id=workshop.next_episode_id(), slug=slugify(title), title=title,
                                         created=now_iso()))
    return workshop.episode(episode_id)


@dataclass(frozen=True)
class OrderLine:
    """One item of the running order, as a front end shows it."""

    position: int
    kind: str  # "take" or "asset"
    ref: str
    title: str
    participant: str = ""  # "" for a jingle
    consent: str = ""  # the participant's consent for a take ("none" when unknown), "" for a jingle
    duration_s: float | None = None  # None when the take or sound is missing
    crossfade_s: float = 0.0
    duplicate: bool = False  # the same take is in the running order more than once

    @property
    def missing(self) -> bool:
        return self.duration_s is None

    @property
    def unconsented(self) -> bool:
        return self.kind == "take" and self.consent != "publish"

    def to_json(self) -> dict[str, object]:
        return {"position": self.position, "kind": self.kind, "ref": self.ref, "title": self.title,
                "participant": self.participant or None, "consent": self.consent or None,
                "duration_s": None if self.duration_s is None else round(self.duration_s, 3),
                "crossfade_s": self.crossfade_s, "missing": self.missing, "duplicate": self.duplicate}


@dataclass
class Change:
    """What a change did: a one-line description and warnings the user should see (never errors)."""

    text: str
    position: int | None = None  # the item to select afterwards
    warnings: list[str] = field(default_factory=list)


def consent_warning(line: OrderLine) -> str:
    return _("{name} has not agreed to publication (consent: {level}): item {pos}, {title}; the export refuses "
             "it unless takes without publish consent are left out").format(
        name=line.participant, level=line.consent, pos=line.position, title=line.title)


def duplicate_warning(line: OrderLine) -> str:
    return _("take {id} is in the running order more than once (item {pos})").format(id=line.ref, pos=line.position)


class RunningOrder:
    """The running order of one episode of a workshop, with validated changes that are saved at once."""

    def __init__(self, workshop: Workshop, episode_id: str | None = None, *,
                 save: Callable[[Workshop], None] = save_workshop, create: bool = True) -> None:
        self.workshop = workshop
        if not create and not workshop.episodes:
            raise NotFound(_("This workshop has no episode yet"),
                           _("Adding a take or a jingle creates it: antenne episode add DIR TAKE"))
        self.episode = ensure_episode(workshop, episode_id) if create else workshop.episode(episode_id)
        self._save = save

    # -- reading ---------------------------------------------------------------------------------
    @property
    def items(self) -> list[EpisodeItem]:
        return self.episode.items

    def __len__(self) -> int:
        return len(self.episode.items)

    def lines(self) -> list[OrderLine]:
        w = self.workshop
        seen: set[str] = set()
        bundled = set(available_sounds("jingles")) | set(available_sounds("beds"))
        out = []
        for pos, item in enumerate(self.episode.items, start=1):
            participant = consent = ""
            duration: float | None = None
            duplicate = False
            if item.kind == "take":
                duplicate = item.ref in seen
                seen.add(item.ref)
                try:
                    take = w.take(item.ref)
                    participant, duration = take.participant, take.duration_s
                    person = w.find_participant(take.participant)
                    consent = person.consent if person else "none"
                except NotFound:
                    consent = "none"
            elif item.ref in bundled:  # a hand-edited file may name any path: only bundled sounds are read
                try:
                    duration = io.info(asset_path(item.ref)).duration_s
                except StudioError:
                    duration = None
            out.append(OrderLine(position=pos, kind=item.kind, ref=item.ref, title=item_title(w, item),
                                 participant=participant, consent=consent, duration_s=duration,
                                 crossfade_s=item.crossfade_s, duplicate=duplicate))
        return out

    def warnings(self, lines: list[OrderLine] | None = None) -> list[str]:
        """Consent, duplicate and missing-file warnings for the whole running order."""
        out = []
        for line in self.lines() if lines is None else lines:
            if line.missing:
                out.append(_("item {pos} ({ref}) cannot be found: remove it or restore the file").format(
                    pos=line.position, ref=line.ref))
            elif line.unconsented:
                out.append(consent_warning(line))
            if line.duplicate:
                out.append(duplicate_warning(line))
        return out

    def duration_s(self) -> float:
        """Estimated length (edited takes and sounds, minus crossfades), without rendering."""
        return estimated_duration_s(self.workshop, self.episode)

    def estimated_loudness_lufs(self) -> float | None:
        """Duration-weighted energy of the items' loudness: what the mix measures before normalisation."""
        w = self.workshop
        bundled = set(available_sounds("jingles")) | set(available_sounds("beds"))
        energy = total = 0.0
        for item in list(self.episode.items):
            if item.kind != "take" and item.ref not in bundled:
                continue  # a hand-edited file may name any path: only bundled sounds are read
            try:
                path = w.take_path(w.take(item.ref)) if item.kind == "take" else asset_path(item.ref)
                m = measure_file(path, true_peak=False)
            except StudioError:
                continue
            if m.integrated_lufs is not None:
                energy += m.duration_s * 10 ** (m.integrated_lufs / 10)
                total += m.duration_s
        return 10 * math.log10(energy / total) if total > 0 and energy > 0 else None

    # -- validation ------------------------------------------------------------------------------
    def _check_position(self, position: int, *, allow_end: bool = False) -> int:
        """A 1-based position as a 0-based index, or a clear error."""
        count = len(self.episode.items)
        last = count + 1 if allow_end else count
        if isinstance(position, bool) or not isinstance(position, int) or not 1 <= position <= last:
            if count == 0 and not allow_end:
                raise InvalidInput(_("The running order is empty"),
                                   _("Add a take first: antenne episode add DIR TAKE"))
            raise InvalidInput(_("There is no item {pos} in the running order").format(pos=position),
                               _("Use a position from 1 to {last}").format(last=last))
        return position - 1

    def _insert_warnings(self, refs: set[str], first: int, last: int) -> list[str]:
        """Consent and duplicate warnings about takes just inserted at positions first..last."""
        out = []
        for line in self.lines():
            if first <= line.position <= last and line.unconsented:
                out.append(consent_warning(line))
            if line.duplicate and line.ref in refs:
                out.append(duplicate_warning(line))
        return out

    def resolve(self, name: str) -> EpisodeItem:
        """A take id or a jingle name ('intro', 'jingles/intro.ogg') as a running-order item."""
        name = name.strip()
        if any(t.id == name for t in self.workshop.takes):
            return EpisodeItem(kind="take", ref=name)
        ref = find_sound(name, "jingles")
        if ref is not None:
            return EpisodeItem(kind="asset", ref=ref)
        takes = ", ".join(t.id for t in self.workshop.takes) or "-"
        jingles = ", ".join(Path(r).stem for r in available_sounds("jingles")) or "-"
        raise NotFound(_("No take or jingle named {name} in this workshop").format(name=name),
                       _("Takes: {takes}; jingles: {jingles}").format(takes=takes, jingles=jingles))

    # -- changes ---------------------------------------------------------------------------------
    def add(self, items: list[EpisodeItem], at: int | None = None) -> Change:
        """Insert items at position `at` (1-based; default: at the end), in the order given."""
        if not items:
            raise InvalidInput(_("Nothing to add"), _("Name a take id or a jingle"))
        for item in items:
            if item.kind == "take":
                self.workshop.take(item.ref)  # NotFound: unknown take
            elif item.kind == "asset":
                if item.ref not in available_sounds("jingles"):  # only bundled jingles go in the order
                    raise NotFound(_("The sound {ref} was not found").format(ref=item.ref),
                                   _("Jingles: {names}").format(
                                       names=", ".join(Path(r).stem for r in available_sounds("jingles")) or "-"))
            else:
                raise InvalidInput(_("Unknown kind of item {kind}").format(kind=item.kind))
        index = len(self.episode.items) if at is None else self._check_position(at, allow_end=True)
        for offset, item in enumerate(items):
            self.episode.items.insert(index + offset, item)
        warnings = self._insert_warnings({i.ref for i in items if i.kind == "take"}, index + 1, index + len(items))
        self._save(self.workshop)
        first = index + 1
        text = _("Added at position {pos}: {items}").format(pos=first, items=", ".join(i.ref for i in items))
        return Change(text, position=index + len(items), warnings=warnings)

    def add_take(self, take_id: str, at: int | None = None) -> Change:
        return self.add([EpisodeItem(kind="take", ref=take_id)], at)

    def add_jingle(self, name: str, at: int | None = None) -> Change:
        ref = find_sound(name, "jingles")
        if ref is None:
            raise NotFound(_("The sound {ref} was not found").format(ref=name),
                           _("Jingles: {names}").format(
                               names=", ".join(Path(r).stem for r in available_sounds("jingles")) or "-"))
        return self.add([EpisodeItem(kind="asset", ref=ref)], at)

    def set_bed(self, name: str) -> Change:
        """Choose the music bed ducked under the voices ('' or 'none' for no bed)."""
        if name.strip() in ("", "none"):
            ref = ""
        else:
            found = find_sound(name, "beds")
            if found is None:
                raise NotFound(_("The sound {ref} was not found").format(ref=name),
                               _("Beds: {names}").format(
                                   names=", ".join(Path(r).stem for r in available_sounds("beds")) or "-"))
            ref = found
        self.episode.bed = ref
        self._save(self.workshop)
        return Change(_("Music bed: {bed}").format(bed=Path(ref).name if ref else _("no bed")))

    def remove(self, position: int) -> Change:
        index = self._check_position(position)
        item = self.episode.items.pop(index)
        self._save(self.workshop)
        return Change(_("Removed item {pos}: {ref}").format(pos=position, ref=item.ref),
                      position=min(position, len(self.episode.items)) or None)

    def remove_many(self, positions: list[int]) -> Change:
        """Remove several items at once (positions as they are before the change)."""
        indexes = sorted({self._check_position(p) for p in positions}, reverse=True)
        refs = [self.episode.items[i].ref for i in sorted(indexes)]
        for i in indexes:
            del self.episode.items[i]
        self._save(self.workshop)
        return Change(_("Removed: {items}").format(items=", ".join(refs)),
                      position=min(min(indexes) + 1, len(self.episode.items)) or None)

    def move(self, source: int, target: int) -> Change:
        """Move the item at `source` so that it ends at `target` (both 1-based)."""
        i = self._check_position(source)
        j = self._check_position(target)
        item = self.episode.items.pop(i)
        self.episode.items.insert(j, item)
        self._save(self.workshop)
        return Change(_("Moved {ref} from position {src} to {dst}").format(ref=item.ref, src=source, dst=target),
                      position=target)

    def set_crossfade(self, position: int, seconds: float) -> Change:
        """The crossfade between item `position` and the one before it, in seconds (0: none)."""
        index = self._check_position(position)
        if index == 0:
            raise InvalidInput(_("The first item has no item before it to crossfade with"),
                               _("Choose an item from position 2"))
        if not isinstance(seconds, (int, float)) or not math.isfinite(seconds) or \
                not 0 <= seconds <= MAX_CROSSFADE_S:
            raise InvalidInput(_("A crossfade of {value} seconds is not possible").format(value=seconds),
                               _("Use a duration from 0 to {max:g} seconds").format(max=MAX_CROSSFADE_S))
        self.episode.items[index].crossfade_s = float(seconds)
        self._save(self.workshop)
        return Change(_("Crossfade before item {pos}: {seconds:g} s").format(pos=position, seconds=float(seconds)),
                      position=position)

    def cycle_crossfade(self, position: int) -> Change:
        """The next of the usual crossfade steps (0, 0.5, 1, 2 s) for the item at `position`."""
        current = self.episode.items[self._check_position(position)].crossfade_s
        steps = list(CROSSFADE_STEPS)
        following = steps[(steps.index(current) + 1) % len(steps)] if current in steps else 0.0
        return self.set_crossfade(position, following)
