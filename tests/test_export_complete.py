"""The demo's export is a complete pack (subtitles transcribed on the way), read by independent parsers:
srt, webvtt-py, feedparser, ffprobe (chapters in order, an exact MP3 length); the feed and its base URL."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffprobe is not installed")


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, ANTENNE_HOME=str(home), ANTENNE_LANG="en")
    return subprocess.run([sys.executable, str(REPO / "cli.py"), *args], capture_output=True, text=True, env=env,
                          cwd=REPO, stdin=subprocess.DEVNULL, timeout=600)


@pytest.fixture(scope="module")
def demo_pack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, subprocess.CompletedProcess[str]]]:
    """`antenne demo --no-ui --dir X` then `antenne export X -o out`, exactly as a user would type them."""
    root = tmp_path_factory.mktemp("demo-export")
    home = root / "home"
    made = cli("demo", "--no-ui", "--dir", str(root / "demo"), home=home)
    assert made.returncode == 0, made.stderr
    exported = cli("export", str(root / "demo"), "-o", str(root / "out"), home=home)
    assert exported.returncode == 0, exported.stderr
    yield root, home, exported


def pack_files(out: Path, ext: str) -> list[Path]:
    return sorted(p for p in out.glob(f"*.{ext}") if not p.name.startswith("."))


def test_demo_export_has_non_empty_subtitles_and_transcript(demo_pack) -> None:  # type: ignore[no-untyped-def]
    import srt
    import webvtt

    root, _home, exported = demo_pack
    out = root / "out"
    assert "has no transcript" not in exported.stderr  # every take was transcribed on the way
    assert "Transcri" in exported.stderr  # and the user saw it happen
    (srt_path,) = pack_files(out, "srt")
    cues = list(srt.parse(srt_path.read_text(encoding="utf-8")))
    words = " ".join(c.content for c in cues).lower()
    assert len(cues) >= 3 and len(words.split()) >= 20
    assert "librar" in words or "biblioth" in words  # the demo's news item is about the library
    assert all(c.start < c.end for c in cues)
    assert [c.start for c in cues] == sorted(c.start for c in cues)
    (vtt_path,) = pack_files(out, "vtt")
    vtt = webvtt.read(str(vtt_path))
    assert len(vtt.captions) == len(cues) and all(c.text.strip() for c in vtt.captions)
    (txt_path,) = pack_files(out, "txt")
    assert len(txt_path.read_text(encoding="utf-8").split()) >= 20
    chapters = json.loads(next(out.glob("*.chapters.json")).read_text(encoding="utf-8"))
    assert len(chapters["chapters"]) >= 3


def test_demo_export_transcripts_are_stored_in_the_workshop(demo_pack) -> None:  # type: ignore[no-untyped-def]
    root, _home, _exported = demo_pack
    workshop = json.loads((root / "demo" / "workshop.json").read_text(encoding="utf-8"))
    in_episode = [item["ref"] for item in workshop["episodes"][0]["items"] if item["kind"] == "take"]
    assert in_episode
    for take_id in in_episode:  # saved as the Transcribe screen would, for review later
        assert (root / "demo" / "transcripts" / f"{take_id}.raw.json").is_file()


def test_mp3_chapters_in_order_and_exact_length_by_ffprobe(demo_pack) -> None:  # type: ignore[no-untyped-def]
    root, _home, _exported = demo_pack
    (mp3,) = pack_files(root / "out", "mp3")
    proc = subprocess.run(["ffprobe", "-hide_banner", "-print_format", "json", "-show_chapters", "-show_format",
                           str(mp3)], capture_output=True, text=True, check=True)
    assert "Estimating duration from bitrate" not in proc.stderr  # a Xing/Info tag gives the length
    info = json.loads(proc.stdout)
    starts = [float(c["start_time"]) for c in info["chapters"]]
    assert len(starts) >= 3 and starts == sorted(starts) and starts[0] == 0.0
    titles = [c["tags"]["title"] for c in info["chapters"]]
    expected = json.loads(next((root / "out").glob("*.chapters.json")).read_text(encoding="utf-8"))
    assert titles == [c["title"] for c in expected["chapters"]]
    # the decoded audio has exactly the length the pack announces (encoder delay and padding trimmed)
    manifest = json.loads(next((root / "out").glob("*.pack.json")).read_text(encoding="utf-8"))
    pcm = subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-i", str(mp3), "-f", "s16le", "-ac", "1", "-"],
                         capture_output=True, check=True).stdout
    assert abs(len(pcm) // 2 - manifest["duration_s"] * 48_000) <= 24  # the manifest keeps milliseconds


def test_feed_parses_and_says_it_is_not_publishable_without_base_url(demo_pack) -> None:  # type: ignore[no-untyped-def]
    import feedparser

    root, home, exported = demo_pack
    out = root / "out"
    assert "not publishable" in exported.stderr and "--base-url" in exported.stderr
    feed = feedparser.parse(str(out / "feed.xml"))
    assert not feed.bozo and len(feed.entries) == 1
    r = cli("feed", str(out), "--title", "Radio du quartier", home=home)
    assert r.returncode == 0 and "not publishable" in r.stderr
    french = subprocess.run([sys.executable, str(REPO / "cli.py"), "--lang", "fr", "feed", str(out), "--title",
                             "Radio du quartier"], capture_output=True, text=True, cwd=REPO,
                            env=dict(os.environ, ANTENNE_HOME=str(home)))
    assert french.returncode == 0 and "pas encore publiable" in french.stderr


def test_feed_with_base_url_has_absolute_addresses(demo_pack) -> None:  # type: ignore[no-untyped-def]
    import feedparser

    root, home, _exported = demo_pack
    out = root / "out"
    copy = root / "published"
    shutil.copytree(out, copy)
    base = "https://radio.example.org/atelier"
    r = cli("feed", str(copy), "--title", "Radio du quartier", "--base-url", base, home=home)
    assert r.returncode == 0, r.stderr
    assert "not publishable" not in r.stderr
    feed = feedparser.parse(str(copy / "feed.xml"))
    assert not feed.bozo
    assert feed.feed.link.startswith(base)
    (entry,) = feed.entries
    (enclosure,) = entry.enclosures
    assert enclosure.href.startswith(base + "/") and enclosure.href.endswith(".mp3")
    assert int(enclosure.length) == next(copy.glob("*.mp3")).stat().st_size
    text = (copy / "feed.xml").read_text(encoding="utf-8")
    ns = {"podcast": "https://podcastindex.org/namespace/1.0"}
    item = ET.fromstring(text).find("channel/item")
    assert item is not None
    transcripts = item.findall("podcast:transcript", ns)
    chapters = item.findall("podcast:chapters", ns)
    assert {t.get("type") for t in transcripts} >= {"text/vtt", "application/x-subrip"}
    assert chapters and all(e.get("url", "").startswith(base + "/") for e in transcripts + chapters)


def test_no_transcribe_writes_no_subtitle_files(tmp_path: Path) -> None:
    import feedparser

    home = tmp_path / "home"
    assert cli("demo", "--no-ui", "--dir", str(tmp_path / "demo"), home=home).returncode == 0
    r = cli("export", str(tmp_path / "demo"), "-o", str(tmp_path / "out"), "--no-transcribe", home=home)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "out"
    names = {p.name for p in out.iterdir()}
    assert not [n for n in names if n.endswith((".srt", ".vtt", ".txt"))], names
    assert any(n.endswith(".mp3") for n in names) and any(n.endswith(".chapters.json") for n in names)
    assert not list((tmp_path / "demo" / "transcripts").glob("*.raw.json"))  # nothing was transcribed
    manifest = json.loads(next(out.glob("*.pack.json")).read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {"chapters", "notes"}
    feed = feedparser.parse(str(out / "feed.xml"))
    assert not feed.bozo and "podcast:transcript" not in (out / "feed.xml").read_text(encoding="utf-8")
    notes = next(out.glob("*.md")).read_text(encoding="utf-8")
    assert ".srt" not in notes and ".vtt" not in notes


def test_re_export_without_transcription_removes_the_old_subtitles(demo_pack) -> None:  # type: ignore[no-untyped-def]
    root, home, _exported = demo_pack
    again = root / "again"
    shutil.copytree(root / "out", again)
    assert pack_files(again, "srt")
    r = cli("export", str(root / "demo"), "-o", str(again), "--no-transcribe", home=home)
    assert r.returncode == 0, r.stderr
    assert not pack_files(again, "srt") and not pack_files(again, "vtt") and not pack_files(again, "txt")
    assert pack_files(again, "mp3") and next(again.glob("*.pack.json")).is_file()
