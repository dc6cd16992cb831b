"""The demo workshop: three participants (one without publish consent), sample takes, a ready episode."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from studio.i18n import N_, tr
from studio.project import Episode, EpisodeItem, Workshop, create_workshop, save_workshop
from studio.project.media import import_files
from studio.project.model import slugify
from studio.settings import assets_dir, workshops_dir

# (participant, role, consent, voice file stem per language)
PEOPLE = [
    ("Amina", "presenter", "publish", {"fr": ["fr-amina-intro", "fr-amina-outro"],
                                       "en": ["en-amina-intro", "en-amina-outro"]}),
    ("Bastien", "journalist", "publish", {"fr": ["fr-bastien-news"], "en": ["en-bastien-news"]}),
    ("Chloé", "columnist", "workshop", {"fr": ["fr-chloe-chronique"], "en": ["en-chloe-column"]}),
]


def _unique_folder(parent: Path, stem: str) -> Path:
    candidate = parent / stem
    n = 2
    while candidate.exists():
        candidate = parent / f"{stem}-{n}"
        n += 1
    return candidate


def create_demo(folder: Path | None = None, language: str = "fr") -> Workshop:
    """Create the demo workshop in `folder` (default: a new folder in the user data dir)."""
    language = language if language in ("fr", "en") else "fr"

    def t(message: str) -> str:
        return tr(message, language)

    title = t(N_("Demo workshop — news flash"))
    if folder is None:
        folder = _unique_folder(workshops_dir(), f"{date.today().isoformat()}-{slugify(title, 'demo')}")
    voices = assets_dir() / "voices"
    w = create_workshop(
        folder, title, template="flash-info", language=language,
        institution=t(N_("Neighbourhood media library (demo)")), correspondent="Nadia",
        relay=t(N_("Neighbourhood social centre (demo)")), facilitator="Sam",
    )
    takes_by_stem = {}
    for name, role, consent, stems in PEOPLE:
        person = w.add_participant(name, consent=consent, role=role, by="Sam")
        files = [voices / f"{stem}.ogg" for stem in stems[language]]
        person.script = " ".join((voices / f"{s}.txt").read_text(encoding="utf-8").strip() for s in stems[language])
        for stem, take in zip(stems[language], import_files(w, files, name, origin="demo"), strict=True):
            takes_by_stem[stem] = take
    items = []
    jingles = assets_dir() / "jingles"
    if (jingles / "intro.ogg").is_file():
        items.append(EpisodeItem(kind="asset", ref="jingles/intro.ogg", title=t(N_("Opening jingle"))))
    for stem, item_title in (
        (f"{language}-amina-intro", t(N_("Headlines"))),
        (f"{language}-bastien-news", t(N_("The library opens on Sundays"))),
        (f"{language}-amina-outro", t(N_("Goodbye"))),
    ):
        items.append(EpisodeItem(kind="take", ref=takes_by_stem[stem].id, title=item_title))
    if (jingles / "outro.ogg").is_file():
        items.append(EpisodeItem(kind="asset", ref="jingles/outro.ogg", title=t(N_("Closing jingle"))))
    bed = "beds/bed.ogg" if (assets_dir() / "beds" / "bed.ogg").is_file() else ""
    episode_title = t(N_("The workshop's news flash"))
    w.episodes.append(Episode(
        id="e1", slug=slugify(episode_title), title=episode_title, items=items, bed=bed,
        summary=t(N_("The news flash written and recorded by the demo workshop: the town library opens on Sundays.")),
        credits=t(N_("Presented by Amina, report by Bastien. Facilitated by Sam.")),
        sources=[t(N_("Town hall press release"))], target="podcast", created=w.date,
    ))
    save_workshop(w)
    return w
