"""Printable, self-contained HTML sheets of an exercise: the participant handout and the facilitator debrief."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from studio.framing.exercises import LEVEL_NAMES, Exercise
from studio.i18n import N_, tr

CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 46em; margin: 2em auto; line-height: 1.45;
       color: #111; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; border-bottom: 1px solid #999; }
.meta { color: #444; margin-top: 0; }
.version { border: 1px solid #888; border-radius: 4px; padding: 0.6em 0.9em; margin: 0.8em 0;
           page-break-inside: avoid; }
.version h3 { margin: 0 0 0.3em 0; font-size: 1em; }
.question { margin: 1em 0; page-break-inside: avoid; }
.lines { border-bottom: 1px dotted #666; height: 1.8em; }
.box { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #333; margin-right: 0.4em;
       vertical-align: middle; }
.answer { background: #eef6ee; border-left: 4px solid #3a7d3a; padding: 0.3em 0.7em; }
.found { font-size: 0.92em; } .found dt { font-weight: bold; } .found dd { margin: 0 0 0.3em 1.2em; }
mark.passives { background: #f8c9c9; } mark.sources { background: #c9ecf8; } mark.loaded { background: #efc9f8; }
mark.conditionals { background: #f8efb0; } mark.numbers { background: #c9f8cf; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""

WORDS = {
    "handout": N_("Participant handout"),
    "debrief": N_("Facilitator sheet"),
    "goals": N_("Goals"),
    "instructions": N_("Instructions"),
    "questions": N_("Questions"),
    "answers": N_("Answers and feedback"),
    "notes": N_("Debrief notes"),
    "expected": N_("Expected findings"),
    "found": N_("What the analyser finds"),
    "level": N_("Level"),
    "rank": N_("Number the items in order:"),
    "highlight": N_("Highlight the words in the text above:"),
    "model": N_("Possible answer:"),
    "order": N_("Expected order:"),
    "right": N_("Right answer:"),
    "passives": N_("Agentless passives"),
    "sources": N_("Who speaks"),
    "conditionals": N_("Conditional and hedges"),
    "loaded": N_("Loaded terms"),
    "numbers": N_("Figures"),
    "lead": N_("Lead"),
}


def markdown(text: str) -> str:
    """A small Markdown subset as HTML: paragraphs, - and 1. lists, **bold**, *italic* (input escaped)."""
    out: list[str] = []
    list_tag = ""
    para: list[str] = []

    def inline(s: str) -> str:
        s = html.escape(s)
        s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
        return re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)

    def flush() -> None:
        nonlocal list_tag
        if para:
            out.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()
        if list_tag:
            out.append(f"</{list_tag}>")
            list_tag = ""

    for raw in text.strip().splitlines():
        line = raw.strip()
        bullet = re.match(r"^(-|\*|\d+\.)\s+(.*)$", line)
        if not line:
            flush()
        elif bullet:
            tag = "ol" if bullet.group(1)[0].isdigit() else "ul"
            if para or list_tag != tag:
                flush()
                out.append(f"<{tag}>")
                list_tag = tag
            out.append(f"<li>{inline(bullet.group(2))}</li>")
        else:
            if list_tag:
                flush()
            para.append(line)
    flush()
    return "\n".join(out)


def _page(title: str, body: list[str], language: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def _header(ex: Exercise, language: str, kind: str) -> list[str]:
    t = lambda key: ex.text(key, language)  # noqa: E731
    return [f"<h1>{html.escape(t('title'))}</h1>",
            f'<p class="meta">{html.escape(tr(WORDS[kind], language))} · {html.escape(tr(WORDS["level"], language))}: '
            f"{html.escape(_level(ex.level, language))} · "
            f"{ex.duration_min} min</p>"]


def _level(level: str, language: str) -> str:
    return tr(LEVEL_NAMES.get(level, level), language)


def _versions(ex: Exercise, language: str, marks: dict[str, Any] | None = None) -> list[str]:
    out = []
    for v in ex.versions:
        text = str(ex.text("text", language, v))
        body = html.escape(text) if marks is None else _marked(text, marks.get(v["id"]))
        out.append(f'<div class="version"><h3>{html.escape(ex.text("label", language, v))}</h3>'
                   f"<p>{body}</p></div>")
    return out


def _marked(text: str, analysis: Any) -> str:
    """The text with the analyser's features as <mark> elements (first feature wins on overlaps)."""
    if analysis is None:
        return html.escape(text)
    spans: list[tuple[int, int, str]] = []
    for group, found in analysis.highlights().items():
        spans.extend((f.start, f.end, group) for f in found)
    spans.sort()
    out, pos = [], 0
    for start, end, group in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark class="{group}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def handout_html(ex: Exercise, language: str) -> str:
    """The participant handout: instructions, versions and questions with room to answer; no answers."""
    language = ex.lang(language)
    t = lambda key, within=None: ex.text(key, language, within)  # noqa: E731
    body = _header(ex, language, "handout")
    body += [f"<h2>{tr(WORDS['instructions'], language)}</h2>", markdown(t("instructions"))]
    body += _versions(ex, language)
    body.append(f"<h2>{tr(WORDS['questions'], language)}</h2>")
    for n, q in enumerate(ex.questions, 1):
        body.append(f'<div class="question"><p><strong>{n}.</strong> {html.escape(t("prompt", q))}</p>')
        if q["kind"] == "choice":
            body += [f'<p><span class="box"></span>{html.escape(o)}</p>' for o in t("options", q)]
        elif q["kind"] == "ranking":
            body.append(f"<p><em>{tr(WORDS['rank'], language)}</em></p>")
            body += [f"<p>___ {html.escape(item)}</p>" for item in t("items", q)]
        elif q["kind"] == "highlight":
            version = next(v for v in ex.versions if v["id"] == q["version"])
            body.append(f"<p><em>{tr(WORDS['highlight'], language)}</em> {html.escape(t('label', version))}</p>")
        else:
            body += ['<div class="lines"></div>'] * 3
        body.append("</div>")
    return _page(t("title"), body, language)


def debrief_html(ex: Exercise, language: str, analyse: bool = True) -> str:
    """The facilitator sheet: goals, answers with feedback, debrief notes, expected findings and, when
    `analyse` is true, what the framing analyser finds in each version (highlighted)."""
    language = ex.lang(language)
    t = lambda key, within=None: ex.text(key, language, within)  # noqa: E731
    analyses: dict[str, Any] = {}
    if analyse:
        from studio.framing.analyse import analyse as run

        analyses = {v["id"]: run(str(t("text", v)), language, v["id"]) for v in ex.versions}
    body = _header(ex, language, "debrief")
    if t("summary"):
        body.append(f"<p>{html.escape(t('summary'))}</p>")
    body += [f"<h2>{tr(WORDS['goals'], language)}</h2>", "<ul>"]
    body += [f"<li>{html.escape(g)}</li>" for g in t("goals")] + ["</ul>"]
    body += _versions(ex, language, analyses if analyse else None)
    if analyse:
        body.append(f"<h2>{tr(WORDS['found'], language)}</h2>")
        for v in ex.versions:
            a = analyses[v["id"]]
            rows = [
                ("lead", a.lead.get("text", "")),
                ("passives", "; ".join(f.words for f in a.agentless_passives + a.nominalisations)),
                ("sources", "; ".join(f"{f.info['source']} ({f.info['verb']})" for f in a.attributions)),
                ("conditionals", "; ".join(f.words for f in a.conditionals + a.hedges)),
                ("loaded", "; ".join(f.words for f in a.loaded_terms)),
                ("numbers", "; ".join(f.words for f in a.numbers)),
            ]
            body.append(f'<h3>{html.escape(t("label", v))}</h3><dl class="found">')
            body += [f"<dt>{tr(WORDS[k], language)}</dt><dd>{html.escape(val) or '-'}</dd>" for k, val in rows]
            body.append("</dl>")
    body.append(f"<h2>{tr(WORDS['answers'], language)}</h2>")
    for n, q in enumerate(ex.questions, 1):
        body.append(f'<div class="question"><p><strong>{n}.</strong> {html.escape(t("prompt", q))}</p>')
        answer = ""
        if q["kind"] == "choice":
            opts = t("options", q)
            answer = tr(WORDS["right"], language) + " " + ", ".join(opts[i] for i in q["answer"])
        elif q["kind"] == "ranking":
            items = t("items", q)
            answer = tr(WORDS["order"], language) + " " + " → ".join(items[i] for i in q["order"])
        elif q["kind"] == "highlight":
            answer = tr(WORDS["right"], language) + " " + ", ".join(f"« {w} »" if language == "fr" else f'"{w}"'
                                                                      for w in t("answer", q))
        elif t("model_answer", q):
            answer = tr(WORDS["model"], language) + " " + t("model_answer", q)
        feedback = t("feedback", q)
        text = " ".join(x for x in (answer, feedback) if x)
        if text:
            body.append(f'<p class="answer">{html.escape(text)}</p>')
        body.append("</div>")
    debrief = ex.raw.get("debrief", {})
    body += [f"<h2>{tr(WORDS['notes'], language)}</h2>", markdown(t("notes", debrief))]
    body += [f"<h2>{tr(WORDS['expected'], language)}</h2>", "<ul>"]
    body += [f"<li>{html.escape(e)}</li>" for e in t("expected", debrief)] + ["</ul>"]
    return _page(t("title"), body, language)


def write_sheets(ex: Exercise, folder: Path, language: str, analyse: bool = True) -> list[Path]:
    """Write `<id>-handout.<lang>.html` and `<id>-debrief.<lang>.html` into `folder` (atomically)."""
    from studio.project.store import atomic_write_text

    language = ex.lang(language)
    folder.mkdir(parents=True, exist_ok=True)
    handout = folder / f"{ex.id}-handout.{language}.html"
    debrief = folder / f"{ex.id}-debrief.{language}.html"
    atomic_write_text(handout, handout_html(ex, language))
    atomic_write_text(debrief, debrief_html(ex, language, analyse))
    return [handout, debrief]
