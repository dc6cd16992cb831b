"""The podcast feed read by an XML parser and by feedparser: every required element, stable guids."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from studio.export.feed import ITUNES, PODCAST, PackManifest, write_feed


def fake_pack(out: Path, slug: str, title: str, date: str, number: int, guid: str = "") -> PackManifest:
    """A pack as `antenne export` leaves it (the audio bytes are arbitrary here: the feed only lists them)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{slug}.mp3").write_bytes(b"\xff\xfb" + bytes(1000 + number))
    files = {"vtt": f"{slug}.vtt", "srt": f"{slug}.srt", "txt": f"{slug}.txt", "chapters": f"{slug}.chapters.json",
             "notes": f"{slug}.md"}
    for name in files.values():
        (out / name).write_text("x", encoding="utf-8")
    m = PackManifest(slug=slug, title=title, guid=guid, date=date, audio=f"{slug}.mp3", mime="audio/mpeg",
                     bytes=1002 + number, duration_s=61.4 + number, number=number, language="fr",
                     summary=f"Résumé {number}", author="Médiathèque", workshop="Atelier", files=files)
    (out / f"{slug}.pack.json").write_text(m.to_json(), encoding="utf-8")
    return m


def test_feed_has_every_required_element(tmp_path: Path) -> None:
    import feedparser

    fake_pack(tmp_path, "flash-1", "Flash 1", "2026-03-01T10:00:00+01:00", 1, guid="urn:uuid:one")
    fake_pack(tmp_path, "flash-2", "Flash 2", "2026-03-08T10:00:00+01:00", 2)
    path, packs = write_feed(tmp_path, "Radio du quartier", "https://radio.example.org/podcast/")
    root = ET.parse(path).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel is not None and channel.findtext("title") == "Radio du quartier"
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Flash 2", "Flash 1"]  # newest first
    for item, number in zip(items, (2, 1), strict=True):
        enc = item.find("enclosure")
        assert enc is not None and enc.get("type") == "audio/mpeg"
        assert enc.get("url") == f"https://radio.example.org/podcast/flash-{number}.mp3"
        assert int(enc.get("length")) == (tmp_path / f"flash-{number}.mp3").stat().st_size
        assert item.findtext("guid") and item.findtext("pubDate")
        assert item.findtext(f"{{{ITUNES}}}duration") == f"00:01:{int(round(61.4 + number)) - 60:02d}"
        transcripts = item.findall(f"{{{PODCAST}}}transcript")
        captions = {t.get("type"): t for t in transcripts if t.get("rel") == "captions"}
        assert set(captions) == {"text/vtt", "application/x-subrip"}
        assert all(t.get("language") == "fr" and t.get("url").startswith("https://") for t in captions.values())
        chapters = item.find(f"{{{PODCAST}}}chapters")
        assert chapters is not None and chapters.get("type") == "application/json+chapters"
    assert items[1].findtext("guid") == "urn:uuid:one"

    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.feed.title == "Radio du quartier"
    assert [e.title for e in parsed.entries] == ["Flash 2", "Flash 1"]
    assert parsed.entries[0].enclosures[0].href.endswith("flash-2.mp3")
    assert parsed.entries[0].itunes_duration == "00:01:03"
    assert parsed.entries[0].published_parsed is not None


def test_guids_are_stable_across_updates_and_new_episodes(tmp_path: Path) -> None:
    fake_pack(tmp_path, "flash-1", "Flash 1", "2026-03-01T10:00:00+01:00", 1)
    path, _ = write_feed(tmp_path, "Radio", "")
    first = {i.findtext("title"): i.findtext("guid") for i in ET.parse(path).getroot().iter("item")}
    fake_pack(tmp_path, "flash-2", "Flash 2", "2026-03-08T10:00:00+01:00", 2)
    path, _ = write_feed(tmp_path, None, "https://example.org/p")  # the title is kept from the feed
    root = ET.parse(path).getroot()
    again = {i.findtext("title"): i.findtext("guid") for i in root.iter("item")}
    assert again["Flash 1"] == first["Flash 1"]
    assert again["Flash 2"] and again["Flash 2"] != again["Flash 1"]
    assert root.find("channel").findtext("title") == "Radio"
    before = path.read_bytes()
    write_feed(tmp_path, None, None)
    assert path.read_bytes() == before  # idempotent


def test_feed_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from studio.cli import main

    fake_pack(tmp_path, "flash-1", "Flash 1", "2026-03-01T10:00:00+01:00", 1)
    with pytest.raises(SystemExit) as exit_info:
        main(["feed", str(tmp_path), "--title", "Radio", "--base-url", "https://example.org/p"])
    assert exit_info.value.code == 0
    assert "1 episode" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        main(["feed", str(tmp_path), "--title", "Radio", "--base-url", "ftp://nope"])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("antenne: error:") and "http" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["feed", str(tmp_path / "empty-nothing"), "--title", "Radio"])
    assert exit_info.value.code == 1


def test_incomplete_packs_are_not_listed(tmp_path: Path) -> None:
    fake_pack(tmp_path, "flash-1", "Flash 1", "2026-03-01T10:00:00+01:00", 1)
    m = fake_pack(tmp_path, "flash-2", "Flash 2", "2026-03-08T10:00:00+01:00", 2)
    (tmp_path / m.audio).unlink()  # audio missing
    (tmp_path / "broken.pack.json").write_text("{not json", encoding="utf-8")
    path, packs = write_feed(tmp_path, "Radio")
    assert [p.slug for p in packs] == ["flash-1"]
    assert json.loads((tmp_path / "flash-1.pack.json").read_text())["slug"] == "flash-1"
