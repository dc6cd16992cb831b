"""Episode export, checked by independent tools: ffprobe, ffmpeg ebur128, srt, webvtt-py, Whisper."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.fixtures.export import LINES, make_export_workshop, transcribe_takes, transcribe_tiny

SLUG = "news-flash"
pytestmark = pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffprobe is not installed")


def ffprobe(path: Path) -> dict:
    out = subprocess.run(["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_chapters",
                          "-show_streams", str(path)], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def ebur128(path: Path) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) measured by ffmpeg's own meter."""
    err = subprocess.run(["ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-i", str(path), "-af",
                          "ebur128=peak=true", "-f", "null", "-"], capture_output=True, text=True).stderr
    summary = err[err.rindex("Summary:"):]
    lufs = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))
    peak = float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary).group(1))
    return lufs, peak


def test_pack_holds_every_contract_file(exported_pack) -> None:  # type: ignore[no-untyped-def]
    out, result = exported_pack
    names = {p.name for p in out.iterdir()}
    for suffix in (".mp3", ".vtt", ".srt", ".txt", ".chapters.json", ".md", ".loudness.json"):
        assert f"{SLUG}{suffix}" in names
    assert "feed.xml" in names
    assert not [n for n in names if ".part" in n], "temporary files left behind"
    # Chloe (workshop consent only) was left out, and said so
    assert [s.participant for s in result.skipped] == ["Chloe"]
    assert "Chloe" not in (out / f"{SLUG}.md").read_text()


def test_tags_and_chapters_read_by_ffprobe(exported_pack) -> None:  # type: ignore[no-untyped-def]
    out, _ = exported_pack
    info = ffprobe(out / f"{SLUG}.mp3")
    tags = {k.lower(): v for k, v in info["format"]["tags"].items()}
    assert tags["title"] == "Our news flash"
    assert tags["artist"] == "Media library"
    assert tags["album"] == "Radio workshop"
    assert tags["track"] == "3"
    assert tags["language"] == "eng"
    assert "date" in tags and "comment" in tags and "Sundays" in tags["comment"]
    chapters = sorted(info["chapters"], key=lambda c: float(c["start_time"]))
    titles = [c["tags"]["title"] for c in chapters]
    assert titles == ["Opening", "Amina (presenter)", "Bastien (journalist)", "Closing"]
    starts = [float(c["start_time"]) for c in chapters]
    assert starts[0] == 0 and starts == sorted(starts)
    # the JSON chapters say the same
    data = json.loads((out / f"{SLUG}.chapters.json").read_text())
    assert data["version"] and [c["title"] for c in data["chapters"]] == titles
    assert [round(c["startTime"], 2) for c in data["chapters"]] == [round(s, 2) for s in starts]
    # the CTOC frame is there (ffmpeg writes none, players need it)
    from mutagen.id3 import ID3

    id3 = ID3(out / f"{SLUG}.mp3")
    tocs = id3.getall("CTOC")
    assert len(tocs) == 1 and len(tocs[0].child_element_ids) == 4
    assert id3.version[:2] == (2, 4)


def test_loudness_meets_the_target_measured_by_ffmpeg(exported_pack) -> None:  # type: ignore[no-untyped-def]
    out, result = exported_pack
    lufs, peak = ebur128(out / f"{SLUG}.mp3")
    assert abs(lufs - (-16.0)) <= 0.5, lufs
    assert peak <= -1.0 + 0.05, peak  # ffmpeg prints one decimal
    ours = json.loads((out / f"{SLUG}.loudness.json").read_text())
    assert set(ours) >= {"path", "duration_s", "sample_rate", "channels", "integrated_lufs", "loudness_range_lu",
                         "true_peak_dbtp", "sample_peak_dbfs", "max_momentary_lufs", "max_short_term_lufs"}
    assert abs(ours["integrated_lufs"] - lufs) < 0.3


def _norm(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", word.lower())


def test_subtitles_parse_and_land_on_the_spoken_words(exported_pack) -> None:  # type: ignore[no-untyped-def]
    import srt
    import webvtt

    out, _ = exported_pack
    subs = list(srt.parse((out / f"{SLUG}.srt").read_text(encoding="utf-8")))
    vtt = webvtt.read(str(out / f"{SLUG}.vtt"))
    assert len(subs) == len(vtt.captions) >= 2
    for cue in subs:
        lines = cue.content.splitlines()
        assert len(lines) <= 2 and all(len(x) <= 42 for x in lines), cue.content
    voices = {c.voice for c in vtt.captions}
    assert voices == {"Amina", "Bastien"}
    # the first word of every cue is heard within 0.5 s of the cue's start in the exported audio
    heard = [(w.start, _norm(w.word)) for w in transcribe_tiny(out / f"{SLUG}.mp3", "base").words()]
    for cue in subs:
        text = re.sub(r"^\w+: ", "", cue.content)
        first = _norm(text.split()[0])
        start = cue.start.total_seconds()
        candidates = [t for t, w in heard if w == first]
        assert candidates, (first, heard)
        assert min(abs(t - start) for t in candidates) <= 0.5, (first, start, candidates)
    assert "Amina: Good morning" in (out / f"{SLUG}.txt").read_text()


def test_subtitle_times_follow_cuts_in_takes(tmp_path: Path) -> None:
    """Words cut from a take vanish from the subtitles; the words after the cut keep landing on the audio."""
    import srt

    from studio.edit import cut, load_edit_list, save_edit_list
    from studio.transcribe import take_transcript
    from studio.usecases.export import ExportJob, ExportOptions

    w = make_export_workshop(tmp_path, consent={"Chloe": "publish"}, crossfade_s=0.8, bed=False)
    transcribe_takes(w, "base")  # base's word times are steadier than tiny's
    bastien = next(t for t in w.takes if t.participant == "Bastien")
    words = take_transcript(w, bastien.id).words()
    first_cut = next(i for i, x in enumerate(words) if _norm(x.word) == "now")
    resume = next(i for i, x in enumerate(words) if _norm(x.word) == "from")
    save_edit_list(w, bastien.id, cut(load_edit_list(w, bastien.id), words[first_cut].start, words[resume].start))
    out = tmp_path / "out"
    ExportJob(w, ExportOptions(out)).run()
    subs = list(srt.parse((out / f"{SLUG}.srt").read_text(encoding="utf-8")))
    text = " ".join(c.content for c in subs)
    assert "Sundays" not in text and "now" not in text.split() and "morning" in text
    heard = [(x.start, _norm(x.word)) for x in transcribe_tiny(out / f"{SLUG}.mp3", "base").words()]
    checked = 0
    for cue in subs:
        first = _norm(re.sub(r"^\w+: ", "", cue.content).split()[0])
        candidates = [t for t, h in heard if h == first]
        assert candidates and min(abs(t - cue.start.total_seconds()) for t in candidates) <= 0.5, (cue, heard)
        checked += 1
    assert checked >= 3


def test_show_notes(exported_pack) -> None:  # type: ignore[no-untyped-def]
    out, _ = exported_pack
    notes = (out / f"{SLUG}.md").read_text()
    for part in ("# Our news flash", "The library opens on Sundays.", "## Running order", "Bastien (journalist)",
                 "## Credits", "Voices: Amina, Bastien", "Facilitation: Sam", "Thanks to the town hall.",
                 "## Sources named on air", "Town hall press release"):
        assert part in notes, part


def test_export_records_the_pack_in_the_workshop(exported_pack) -> None:  # type: ignore[no-untyped-def]
    from studio.project import load_workshop

    out, _ = exported_pack
    w = load_workshop(out.parent / "atelier")
    assert len(w.exports) == 1
    record = w.exports[0]
    assert record.episode == "e1" and Path(record.folder) == out
    assert record.participants == ["Amina", "Bastien"]
    assert f"{SLUG}.mp3" in record.files and f"{SLUG}.vtt" in record.files


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    import os
    import sys

    repo = Path(__file__).resolve().parent.parent
    return subprocess.run([sys.executable, str(repo / "cli.py"), *args, "--lang", "en"], capture_output=True,
                          text=True, env=dict(os.environ), cwd=repo)


def test_consent_refusal_names_who_and_which_items(tmp_path: Path) -> None:
    w = make_export_workshop(tmp_path, bed=False)
    r = run_cli("export", str(w.path), "-o", str(tmp_path / "out"))
    assert r.returncode == 1
    line = r.stderr.strip()
    assert line.startswith("antenne: error:") and "\n" not in line
    assert "Chloe" in line and "workshop" in line and "4" in line and "--skip-unconsented" in line
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_skip_unconsented_and_idempotent_reexport_in_other_formats(tmp_path: Path) -> None:
    from mutagen import File

    w = make_export_workshop(tmp_path, bed=False, consent={"Chloe": "none"})
    out = tmp_path / "out"
    r = run_cli("export", str(w.path), "-o", str(out), "--format", "ogg", "--skip-unconsented",
                "--target", "broadcast")
    assert r.returncode == 0, r.stderr
    assert "Chloe" in r.stderr and "Left out" in r.stderr
    audio = out / f"{SLUG}.ogg"
    comments = File(audio).tags
    assert comments["TITLE"] == ["Our news flash"] and comments["CHAPTER001"] == ["00:00:00.000"]
    assert comments["CHAPTER002NAME"] == ["Amina (presenter)"]
    info = ffprobe(audio)
    assert len(info["chapters"]) == 4
    lufs, peak = ebur128(audio)
    assert abs(lufs - (-23.0)) <= 0.5 and peak <= -0.95
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    r = run_cli("export", str(w.path), "-o", str(out), "--format", "ogg", "--skip-unconsented",
                "--target", "broadcast")
    assert r.returncode == 0, r.stderr
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert before.keys() == after.keys()
    changed = [n for n in before if before[n] != after[n] and not n.endswith(".ogg")]
    assert changed == [], changed  # Ogg streams get a random serial number; everything else is identical
    assert File(audio).info.length == pytest.approx(File(audio).info.length)


def test_flac_and_wav_are_tagged(tmp_path: Path) -> None:
    from mutagen import File

    from studio.usecases.export import ExportJob, ExportOptions

    w = make_export_workshop(tmp_path, bed=False, consent={"Chloe": "publish"}, crossfade_s=0.0)
    for fmt in ("flac", "wav"):
        result = ExportJob(w, ExportOptions(tmp_path / fmt, format=fmt, target="-20", transcribe=False)).run()
        audio = tmp_path / fmt / f"{SLUG}.{fmt}"
        info = ffprobe(audio)
        assert {k.lower() for k in info["format"]["tags"]} >= {"title", "artist", "album"}
        assert len(info["chapters"]) == 5
        assert abs(result.loudness["integrated_lufs"] + 20.0) <= 0.3
        assert File(audio) is not None


def test_cover_art_is_embedded(tmp_path: Path) -> None:
    import numpy as np
    import soundfile  # noqa: F401  (only to be sure the audio stack is present)

    from studio.usecases.export import ExportJob, ExportOptions

    w = make_export_workshop(tmp_path, bed=False, consent={"Chloe": "publish"})
    png = _tiny_png(np.uint8(200))
    (w.path / "cover.png").write_bytes(png)
    ExportJob(w, ExportOptions(tmp_path / "out", transcribe=False)).run()
    streams = ffprobe(tmp_path / "out" / f"{SLUG}.mp3")["streams"]
    assert any(s.get("disposition", {}).get("attached_pic") for s in streams)
    assert (tmp_path / "out" / f"{SLUG}.png").read_bytes() == png


def _tiny_png(grey) -> bytes:  # type: ignore[no-untyped-def]
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes([int(grey)] * 3 * 4) for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_a_killed_export_leaves_the_previous_pack_intact(tmp_path: Path) -> None:
    import os
    import signal
    import sys
    import time

    from studio.usecases.export import ExportJob, ExportOptions

    w = make_export_workshop(tmp_path, consent={"Chloe": "publish"})
    out = tmp_path / "out"
    ExportJob(w, ExportOptions(out, transcribe=False)).run()
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    w.episode().title = "A changed title"
    from studio.project import save_workshop

    save_workshop(w)
    repo = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen([sys.executable, str(repo / "cli.py"), "export", str(w.path), "-o", str(out),
                             "--no-transcribe"],
                            cwd=repo, env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(".part" in p.name for p in out.iterdir()):
        time.sleep(0.005)
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert after == before
    # the next export cleans the leftovers and completes
    ExportJob(w, ExportOptions(out, transcribe=False)).run()
    assert not [p for p in out.iterdir() if ".part" in p.name]
    assert "A changed title" in (out / f"{SLUG}.md").read_text()


def test_bad_arguments_are_one_clear_line(tmp_path: Path) -> None:
    w = make_export_workshop(tmp_path, bed=False, consent={"Chloe": "publish"})
    r = run_cli("export", str(w.path), "-o", str(tmp_path / "out"), "--target", "loud")
    assert r.returncode == 1 and "loudness target" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("export", str(w.path), "-o", str(tmp_path / "out"), "--episode", "nope")
    assert r.returncode == 1 and "No episode nope" in r.stderr
    assert len(LINES) == 3


def test_a_multichannel_take_is_downmixed_not_cut_to_its_first_two_channels(tmp_path: Path) -> None:
    """A 4-channel field recorder take with the voice on channels 3 and 4 is heard in the stereo episode
    (export once kept only the first two channels)."""
    import numpy as np
    import soundfile as sf

    from studio.export.render import item_channels, mix
    from studio.project import Episode, EpisodeItem, create_workshop, save_workshop
    from studio.project.media import import_files

    w = create_workshop(tmp_path / "ws", "Four channels")
    w.add_participant("Amina", consent="publish")
    t = np.arange(48_000) / 48_000
    tone = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    four = np.zeros((len(t), 4), dtype=np.float32)
    four[:, 2] = four[:, 3] = tone
    sf.write(tmp_path / "four.wav", four, 48_000, subtype="FLOAT")
    take = import_files(w, [tmp_path / "four.wav"], "Amina")[0]
    episode = Episode(id="e1", slug="e", title="E", items=[EpisodeItem(kind="take", ref=take.id)])
    w.episodes.append(episode)
    save_workshop(w)
    assert item_channels(w, episode) == 2
    blocks: list[np.ndarray] = []
    mix(w, episode, 2, blocks.append)
    out = np.concatenate(blocks)
    assert out.shape[1] == 2
    rms = float(np.sqrt(np.mean(out[: len(t)] ** 2)))
    assert rms > 0.05, rms  # the voice is there (about 0.3 / sqrt(2) / 2 after the downmix)
