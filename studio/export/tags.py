"""Tags with mutagen: ID3v2.4 (MP3, WAV) with chapters and cover art; Vorbis comments (OGG, FLAC)."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from studio.export.chapters import Chapter, id3_frames, vorbis_fields

#: ISO 639-2 codes for ID3's TLAN and COMM frames.
ISO639_2 = {"fr": "fra", "en": "eng"}


@dataclass
class Tags:
    title: str
    artist: str = ""
    album: str = ""
    date: str = ""  # ISO date, e.g. 2026-11-26
    track: int = 1
    language: str = "fr"  # ISO 639-1
    comment: str = ""
    cover: Path | None = None


def _cover_mime(path: Path) -> str:
    return "image/png" if path.suffix.lower() == ".png" else "image/jpeg"


def _chapter_ordered_id3():  # type: ignore[no-untyped-def]
    """An ID3 tag whose CTOC and CHAP frames are written last, chapters in time order.

    mutagen sorts frames by their size before saving, which scrambles the CHAP frames: ffprobe and players
    that do not read the CTOC then list the chapters out of order.
    """
    from mutagen.id3 import ID3
    from mutagen.id3._tags import save_frame  # mutagen's own frame serialiser (no public equivalent)

    class ChapterOrderedID3(ID3):  # type: ignore[misc]
        def _write(self, config):  # type: ignore[no-untyped-def]
            keys = [k for k in self.keys() if k.startswith(("CHAP:", "CTOC:"))]
            held = [self[k] for k in keys]
            for k in keys:
                del self[k]
            try:
                data = super()._write(config)
            finally:
                for frame in held:
                    self.add(frame)
            tocs = [f for f in held if f.FrameID == "CTOC"]
            chaps = sorted((f for f in held if f.FrameID == "CHAP"), key=lambda f: (f.start_time, f.end_time))
            return data + b"".join(save_frame(f, config=config) for f in tocs + chaps)

    return ChapterOrderedID3()


def _id3(tags: Tags, chapters: Sequence[Chapter]):  # type: ignore[no-untyped-def]
    from mutagen.id3 import APIC, COMM, TALB, TDRC, TIT2, TLAN, TPE1, TRCK, TSSE

    lang3 = ISO639_2.get(tags.language, "und")
    id3 = _chapter_ordered_id3()
    id3.add(TIT2(encoding=3, text=[tags.title]))
    if tags.artist:
        id3.add(TPE1(encoding=3, text=[tags.artist]))
    if tags.album:
        id3.add(TALB(encoding=3, text=[tags.album]))
    if tags.date:
        id3.add(TDRC(encoding=3, text=[tags.date]))
    id3.add(TRCK(encoding=3, text=[str(tags.track)]))
    id3.add(TLAN(encoding=3, text=[lang3]))
    if tags.comment:
        id3.add(COMM(encoding=3, lang=lang3, desc="", text=[tags.comment]))
    id3.add(TSSE(encoding=3, text=["Antenne"]))
    if tags.cover is not None:
        id3.add(APIC(encoding=3, mime=_cover_mime(tags.cover), type=3, desc="Cover",
                     data=tags.cover.read_bytes()))
    for frame in id3_frames(chapters, toc_title=tags.title):
        id3.add(frame)
    return id3


def _vorbis_comments(tags: Tags, chapters: Sequence[Chapter]) -> dict[str, str]:
    fields = {"TITLE": tags.title, "ARTIST": tags.artist, "ALBUM": tags.album, "DATE": tags.date,
              "TRACKNUMBER": str(tags.track), "LANGUAGE": tags.language, "COMMENT": tags.comment,
              "DESCRIPTION": tags.comment, "ENCODER": "Antenne"}
    fields.update(vorbis_fields(chapters))
    return {k: v for k, v in fields.items() if v}


def _picture(tags: Tags):  # type: ignore[no-untyped-def]
    from mutagen.flac import Picture

    assert tags.cover is not None
    pic = Picture()
    pic.type = 3
    pic.mime = _cover_mime(tags.cover)
    pic.desc = "Cover"
    pic.data = tags.cover.read_bytes()
    return pic


def write_tags(path: Path, fmt: str, tags: Tags, chapters: Sequence[Chapter]) -> None:
    """Tag the (temporary) file `path` of format `fmt` in place."""
    if fmt == "mp3":
        _id3(tags, chapters).save(str(path), v2_version=4)
    elif fmt == "wav":
        from mutagen.wave import WAVE

        wav = WAVE(str(path))
        wav.add_tags()
        assert wav.tags is not None
        for frame in _id3(tags, chapters).values():
            wav.tags.add(frame)
        wav.save(v2_version=4)
    elif fmt == "flac":
        from mutagen.flac import FLAC

        flac = FLAC(str(path))
        flac.delete()
        for key, value in _vorbis_comments(tags, chapters).items():
            flac[key] = value
        flac.clear_pictures()
        if tags.cover is not None:
            flac.add_picture(_picture(tags))
        flac.save()
    elif fmt == "ogg":
        from mutagen import File

        ogg = File(str(path))
        if ogg is None or ogg.tags is None:
            raise ValueError(f"not an Ogg file: {path}")
        ogg.tags.clear()
        for key, value in _vorbis_comments(tags, chapters).items():
            ogg.tags[key] = [value]
        if tags.cover is not None:
            ogg.tags["METADATA_BLOCK_PICTURE"] = [base64.b64encode(_picture(tags).write()).decode("ascii")]
        ogg.save()
    else:
        raise ValueError(f"unknown format {fmt}")


def find_cover(folder: Path) -> Path | None:
    """The workshop's cover image (`cover.jpg`, `cover.jpeg` or `cover.png` in its folder), if any."""
    for name in ("cover.jpg", "cover.jpeg", "cover.png", "cover.JPG", "cover.PNG"):
        p = folder / name
        if p.is_file() and p.stat().st_size < 5 * 1024 * 1024:
            return p
    return None
