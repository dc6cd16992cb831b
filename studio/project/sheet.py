"""The workshop plan as a one-page, self-contained, printable HTML facilitator sheet."""

from __future__ import annotations

import html
from pathlib import Path

from studio.i18n import tr
from studio.project.atomic import atomic_write_text
from studio.project.model import Workshop

ROLE_NAMES = {
    "presenter": "presenter", "columnist": "columnist", "journalist": "journalist",
    "technician": "technician", "guest": "guest",
}

CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5cm; color: #111; }
h1 { font-size: 1.5em; margin: 0 0 .2em; }
.meta { color: #444; margin-bottom: 1em; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #bbb; padding: .35em .5em; text-align: left; vertical-align: top; }
th { background: #eee; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
.box { border: 1px solid #999; width: 1em; height: 1em; display: inline-block; }
@media print { body { margin: 1cm; } }
"""


def render_plan_sheet(workshop: Workshop, language: str) -> str:
    def t(s: str) -> str:
        return html.escape(tr(s, language))

    rows = []
    clock = 0
    for i, step in enumerate(workshop.plan, start=1):
        roles = ", ".join(tr(ROLE_NAMES.get(r, r), language) for r in step.roles)
        rows.append(
            f"<tr><td><span class='box'></span></td><td class='time'>{clock // 60}h{clock % 60:02d}</td>"
            f"<td>{i}. <strong>{html.escape(step.text('title', language))}</strong> ({step.minutes} min)"
            f"<br>{html.escape(step.text('note', language))}</td><td>{html.escape(roles)}</td></tr>"
        )
        clock += step.minutes
    people = "".join(
        f"<li>{html.escape(p.name)} — {t(ROLE_NAMES.get(p.role, p.role) or '—')}</li>" for p in workshop.participants
    )
    details = " · ".join(html.escape(x) for x in (workshop.date, workshop.institution, workshop.relay,
                                                     workshop.facilitator) if x)
    return (
        f"<!doctype html><html lang='{language}'><head><meta charset='utf-8'>"
        f"<title>{html.escape(workshop.title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{html.escape(workshop.title)}</h1><div class='meta'>{details} · {sum(s.minutes for s in workshop.plan)} min</div>"
        f"<table><thead><tr><th></th><th>{t('When')}</th><th>{t('Step')}</th><th>{t('Roles')}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        + (f"<h2>{t('Participants')}</h2><ul>{people}</ul>" if people else "")
        + "</body></html>\n"
    )


def write_plan_sheet(workshop: Workshop, out: Path, language: str) -> Path:
    atomic_write_text(out, render_plan_sheet(workshop, language))
    return out
