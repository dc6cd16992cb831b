"""Show notes in Markdown: summary, running order with times, credits, sources named on air, files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from studio.export.chapters import Chapter
from studio.i18n import N_, tr
from studio.i18n.times import clock


@dataclass
class ShowNotes:
    title: str
    summary: str = ""
    chapters: Sequence[Chapter] = ()
    credits: Sequence[str] = ()  # lines: "Voices: Amina, Léo", "Facilitator: ..."
    sources: Sequence[str] = ()
    duration_s: float = 0.0
    date: str = ""
    workshop: str = ""
    files: dict[str, str] = field(default_factory=dict)  # label -> file name
    language: str = "fr"

    def render(self) -> str:
        """The notes in the workshop's language (not the interface's): they are published with the episode."""
        lang = self.language if self.language in ("fr", "en") else "fr"
        t = lambda s: tr(s, lang)  # noqa: E731
        out = [f"# {self.title}", ""]
        meta = [x for x in (self.workshop, self.date, clock(self.duration_s) if self.duration_s else "") if x]
        if meta:
            out += [" · ".join(meta), ""]
        if self.summary.strip():
            out += [self.summary.strip(), ""]
        if self.chapters:
            out += [f"## {t(N_('Running order'))}", ""]
            out += [f"- {clock(c.start_s)} {c.title}" for c in self.chapters]
            out.append("")
        if self.credits:
            out += [f"## {t(N_('Credits'))}", ""]
            out += [f"- {line}" for line in self.credits if line.strip()]
            out.append("")
        if self.sources:
            out += [f"## {t(N_('Sources named on air'))}", ""]
            out += [f"- {s}" for s in self.sources if s.strip()]
            out.append("")
        if self.files:
            out += [f"## {t(N_('Files'))}", ""]
            out += [f"- {label}: [{name}]({name})" for label, name in self.files.items()]
            out.append("")
        return "\n".join(out)
