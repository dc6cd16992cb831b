"""The podcast feed: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, built from the packs in a folder."""

from __future__ import annotations

import json
import os
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from studio.errors import InvalidInput, NotFound
from studio.i18n import _
from studio.project.atomic import atomic_write_bytes

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
FEED_FILE = "feed.xml"
MANIFEST_SUFFIX = ".pack.json"
PACK_FORMAT = 1

ET.register_namespace("itunes", ITUNES)
ET.register_namespace("podcast", PODCAST)
ET.register_namespace("atom", ATOM)

SUBTITLE_TYPES = {"vtt": "text/vtt", "srt": "application/x-subrip"}


@dataclass
class PackManifest:
    """What the feed needs to know about one exported episode (`S.pack.json`, written beside the pack)."""

    slug: str
    title: str
    guid: str
    date: str  # ISO 8601 date-time of the first export (kept on re-export: stable pubDate)
    audio: str
    mime: str
    bytes: int
    duration_s: float
    number: int = 1
    language: str = "fr"
    summary: str = ""
    author: str = ""
    workshop: str = ""
    files: dict[str, str] = field(default_factory=dict)  # kind -> file name (vtt, srt, txt, chapters, notes)
    cover: str = ""
    format: int = PACK_FORMAT

    def to_json(self) -> str:
        from dataclasses import asdict

        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PackManifest:
        from dataclasses import fields

        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def read_manifest(path: Path) -> PackManifest | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        m = PackManifest.from_dict(data)
        str(m.slug), str(m.audio), float(m.duration_s)
        return m
    except (OSError, ValueError, TypeError):
        return None


def scan_packs(outdir: Path) -> list[PackManifest]:
    """Every complete pack in `outdir` (its manifest parses and its audio file exists), newest first."""
    packs = []
    for path in sorted(outdir.glob(f"*{MANIFEST_SUFFIX}")):
        if path.name.startswith("."):
            continue
        m = read_manifest(path)
        if m is not None and (outdir / m.audio).is_file():
            packs.append(m)
    packs.sort(key=lambda m: (m.date, m.number), reverse=True)
    return packs


def new_guid() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def _existing(outdir: Path) -> tuple[dict[str, str], dict[str, str]]:
    """From an existing feed.xml: {enclosure file name: guid} and the channel's title/link/description."""
    guids: dict[str, str] = {}
    channel: dict[str, str] = {}
    path = outdir / FEED_FILE
    if not path.is_file():
        return guids, channel
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return guids, channel
    ch = root.find("channel")
    if ch is None:
        return guids, channel
    for key in ("title", "link", "description"):
        el = ch.find(key)
        if el is not None and el.text:
            channel[key] = el.text
    for item in ch.findall("item"):
        enc, guid = item.find("enclosure"), item.find("guid")
        if enc is not None and guid is not None and guid.text:
            name = enc.get("url", "").rsplit("/", 1)[-1]
            guids[name] = guid.text
    return guids, channel


def _url(base_url: str, name: str) -> str:
    quoted = quote(name)
    return f"{base_url.rstrip('/')}/{quoted}" if base_url else quoted


def _rfc822(iso: str) -> str:
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        when = datetime.now().astimezone()
    if when.tzinfo is None:
        when = when.astimezone()
    return format_datetime(when)


def _duration(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k.replace("_", ":") if k.startswith("xml_") else k: v
                                      for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def build_feed(packs: list[PackManifest], title: str, base_url: str = "", description: str = "",
               language: str = "", author: str = "") -> bytes:
    rss = ET.Element("rss", {"version": "2.0"})
    ch = _sub(rss, "channel")
    _sub(ch, "title", title)
    _sub(ch, "link", base_url or "")
    _sub(ch, "description", description or title)
    lang = language or (packs[0].language if packs else "fr")
    _sub(ch, "language", lang)
    _sub(ch, "generator", "Antenne")
    if base_url:
        ET.SubElement(ch, f"{{{ATOM}}}link", {"href": _url(base_url, FEED_FILE), "rel": "self",
                                               "type": "application/rss+xml"})
    if packs:
        _sub(ch, "lastBuildDate", _rfc822(max(p.date for p in packs)))
    who = author or next((p.author for p in packs if p.author), "")
    if who:
        _sub(ch, f"{{{ITUNES}}}author", who)
    _sub(ch, f"{{{ITUNES}}}explicit", "false")
    ET.SubElement(ch, f"{{{ITUNES}}}category", {"text": "Education"})
    cover = next((p.cover for p in packs if p.cover), "")
    if cover:
        ET.SubElement(ch, f"{{{ITUNES}}}image", {"href": _url(base_url, cover)})
    for p in packs:
        item = _sub(ch, "item")
        _sub(item, "title", p.title)
        _sub(item, "description", p.summary or p.title)
        _sub(item, "guid", p.guid, isPermaLink="false")
        _sub(item, "pubDate", _rfc822(p.date))
        _sub(item, "enclosure", url=_url(base_url, p.audio), length=str(p.bytes), type=p.mime)
        _sub(item, f"{{{ITUNES}}}title", p.title)
        _sub(item, f"{{{ITUNES}}}duration", _duration(p.duration_s))
        _sub(item, f"{{{ITUNES}}}episode", str(p.number))
        _sub(item, f"{{{ITUNES}}}explicit", "false")
        if p.summary:
            _sub(item, f"{{{ITUNES}}}summary", p.summary)
        if p.cover:
            ET.SubElement(item, f"{{{ITUNES}}}image", {"href": _url(base_url, p.cover)})
        for kind, mime in SUBTITLE_TYPES.items():
            if kind in p.files:
                ET.SubElement(item, f"{{{PODCAST}}}transcript", {
                    "url": _url(base_url, p.files[kind]), "type": mime, "language": p.language, "rel": "captions"})
        if "txt" in p.files:
            ET.SubElement(item, f"{{{PODCAST}}}transcript", {
                "url": _url(base_url, p.files["txt"]), "type": "text/plain", "language": p.language})
        if "chapters" in p.files:
            ET.SubElement(item, f"{{{PODCAST}}}chapters", {
                "url": _url(base_url, p.files["chapters"]), "type": "application/json+chapters"})
    ET.indent(rss, space="  ")
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"


def published_base_url(outdir: str | Path) -> str:
    """The base URL the feed in `outdir` was written with ("" when it has none, or no feed)."""
    return _existing(Path(outdir).expanduser().resolve())[1].get("link", "")


def not_publishable(outdir: str | Path) -> str:
    """Why a feed written without a base URL cannot be published yet, and the command that fixes it."""
    return _("The feed is not publishable yet: without --base-url its audio, subtitle and chapter addresses "
             "are relative and podcast apps need full addresses. When you know where {dir} will be online, "
             "run: antenne feed {dir} --title TITLE --base-url https://...").format(dir=outdir)


def write_feed(outdir: str | Path, title: str | None = None, base_url: str | None = None,
               description: str = "") -> tuple[Path, list[PackManifest]]:
    """Create or update `outdir/feed.xml` for every pack in `outdir`; guids stay stable across updates.

    A title or base URL not given is kept from the existing feed."""
    folder = Path(outdir).expanduser().resolve()
    if not folder.is_dir():
        raise NotFound(_("The folder {dir} does not exist").format(dir=folder),
                       _("Export an episode into it first: antenne export DIR -o OUTDIR"))
    packs = scan_packs(folder)
    if not packs:
        raise NotFound(_("No episode pack in {dir}").format(dir=folder),
                       _("Export an episode into it first: antenne export DIR -o OUTDIR"))
    guids, channel = _existing(folder)
    for p in packs:
        if not p.guid:
            p.guid = guids.get(p.audio) or new_guid()
    title = (title or "").strip() or channel.get("title") or packs[0].workshop or packs[0].title
    if base_url is None:
        base_url = channel.get("link", "")
    if base_url and not base_url.startswith(("http://", "https://")):
        raise InvalidInput(_("The base URL must start with http:// or https://"),
                           _("For example: --base-url https://radio.example.org/podcast"))
    data = build_feed(packs, title, base_url, description or channel.get("description", ""))
    path = folder / FEED_FILE
    atomic_write_bytes(path, data)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)  # published: readable by the web server
    return path, packs
