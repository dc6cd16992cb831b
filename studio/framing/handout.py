"""Printable, self-contained HTML sheets of an exercise: the participant handout and the facilitator debrief."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from studio.framing.analyse import analyse as analyse_text
from studio.framing.answerkey import keyed_highlights
from studio.framing.exercise_audio import edit_summary
from studio.framing.exercises import HIGHLIGHT_GROUPS, LEVEL_NAMES, Exercise
from studio.framing.report import STYLES
from studio.i18n import N_, tr
from studio.i18n.times import in_words
from studio.project.atomic import atomic_write_text

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
.who { display: flex; gap: 2em; margin: 0.6em 0 1em 0; }
.who span { flex: 1; border-bottom: 1px solid #333; padding-bottom: 0.2em; }
table.grid { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
table.grid td, table.grid th { border: 1px solid #555; padding: 0.25em 0.5em; text-align: left; }
table.grid td.blank { width: 5em; }
.legend { font-size: 0.92em; border: 1px solid #999; padding: 0.3em 0.7em; }
.legend span { margin-right: 1.2em; white-space: nowrap; }
/* Highlights survive black-and-white printing: each group has its own line style and a letter. */
mark { background: none; color: inherit; padding: 0 1px; }
mark sup { font-size: 0.65em; font-weight: bold; margin-left: 1px; }
.passives { text-decoration: underline wavy; text-decoration-thickness: 1px; background: #f8dada; }
.sources { text-decoration: underline double; background: #daf0f8; }
.loaded { font-weight: bold; text-decoration: underline dotted; text-decoration-thickness: 2px; background: #f2dcf8; }
.conditionals { font-style: italic; text-decoration: underline dashed; background: #f8f2c8; }
.numbers { outline: 1px solid #333; background: #dcf8e0; }
mark, .legend span { text-underline-offset: 3px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
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
    "level_is": N_("Level: {level}"),
    "rank": N_("Number the items in order:"),
    "highlight": N_("Highlight the words in the text above:"),
    "model": N_("Possible answer:"),
    "order": N_("Expected order:"),
    "right": N_("Right answer:"),
    "passives": N_("Agent hidden (passive, event noun)"),
    "sources": N_("Who speaks"),
    "conditionals": N_("Conditional and hedges"),
    "loaded": N_("Loaded terms"),
    "numbers": N_("Figures"),
    "lead": N_("Lead"),
    "name": N_("Name:"),
    "date": N_("Date:"),
    "group": N_("Group:"),
    "legend": N_("Marks:"),
    "pen": N_("To mark a text with a pen:"),
    "pen_item": N_("{group}: {mark}"),
    "item": N_("News item"),
    "length": N_("Length"),
    "position": N_("Position"),
    "airtime": N_("Air time: {budget}. Number the items you keep (1 = first on air); the total must fit."),
    "total": N_("Total:"),
    "open": N_("No single right answer: compare the groups' choices and ask why."),
}
#: Letters printed after each highlight (they survive photocopies), per language.
MARK_CODES = {
    "en": {"passives": "P", "sources": "S", "loaded": "L", "conditionals": "C", "numbers": "N"},
    "fr": {"passives": "P", "sources": "S", "loaded": "M", "conditionals": "C", "numbers": "N"},
}
PEN_MARKS = {
    "passives": N_("wavy underline"), "sources": N_("double underline"), "loaded": N_("circle the word"),
    "conditionals": N_("dashed underline"), "numbers": N_("box the figure"),
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
    who = "name" if kind == "handout" else "group"
    return [f"<h1>{html.escape(t('title'))}</h1>",
            f'<p class="meta">{html.escape(tr(WORDS[kind], language))} · '
            f'{html.escape(tr(WORDS["level_is"], language).format(level=_level(ex.level, language)))} · '
            f"{ex.duration_min} min</p>",
            f'<p class="who"><span>{tr(WORDS[who], language)}</span><span>{tr(WORDS["date"], language)}</span></p>']


def _legend(language: str, groups: list[str], pen: bool = False) -> str:
    """The key to the marks: each group's line style (and letter), or how to mark it with a pen."""

    codes = MARK_CODES.get(language, MARK_CODES["en"])
    if pen:
        pen_item = tr(WORDS["pen_item"], language)
        items = [f"<span>{html.escape(pen_item.format(group=tr(STYLES[g][1], language), mark=tr(PEN_MARKS[g], language)))}"
                 "</span>" for g in groups]
        return f'<p class="legend"><strong>{tr(WORDS["pen"], language)}</strong> ' + " ".join(items) + "</p>"
    items = [f'<span class="{g}">{html.escape(tr(STYLES[g][1], language))}<sup>{codes[g]}</sup></span>'
             for g in groups]
    return f'<p class="legend"><strong>{tr(WORDS["legend"], language)}</strong> ' + " ".join(items) + "</p>"


def _level(level: str, language: str) -> str:
    return tr(LEVEL_NAMES.get(level, level), language)


def _versions(ex: Exercise, language: str, marks: dict[str, Any] | None = None) -> list[str]:
    out = []
    for v in ex.versions:
        text = str(ex.text("text", language, v))
        body = html.escape(text) if marks is None else _marked(text, marks.get(v["id"]), language)
        extra = ""
        if ex.text("edit", language, v):

            extra = f'<p class="meta">{html.escape(edit_summary(ex, v, language))}</p>'
        body = body.replace("\n", "<br>\n")  # one news item per line stays one per line on paper
        out.append(f'<div class="version"><h3>{html.escape(ex.text("label", language, v))}</h3>'
                   f"<p>{body}</p>{extra}</div>")
    return out


def _marked(text: str, highlights: dict[str, list[Any]] | None, language: str) -> str:
    """The text with the (answer-keyed) findings as <mark> elements with their letter; first wins on overlaps."""
    if highlights is None:
        return html.escape(text)
    codes = MARK_CODES.get(language, MARK_CODES["en"])
    spans: list[tuple[int, int, str]] = []
    for group, found in highlights.items():
        spans.extend((f.start, f.end, group) for f in found)
    spans.sort()
    out, pos = [], 0
    for start, end, group in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark class="{group}">{html.escape(text[start:end])}<sup>{codes.get(group, "")}</sup></mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def keyed_analyses(ex: Exercise, language: str) -> dict[str, tuple[Any, dict[str, list[Any]]]]:
    """For each version: (the analysis, its highlights filtered by the exercise's answer key)."""

    out = {}
    for v in ex.versions:
        a = analyse_text(str(ex.text("text", language, v)), language, v["id"])
        out[v["id"]] = (a, keyed_highlights(ex, v["id"], language, a))
    return out


def found_rows(analysis: Any, highlights: dict[str, list[Any]]) -> list[tuple[str, str]]:
    """(row key, what is listed) for the "What the analyser finds" table of one version."""
    def source(f: Any) -> str:
        info = getattr(f, "info", {}) or {}
        return f"{info['source']} ({info.get('verb', f.words)})" if info.get("source") else str(f.words)

    return [
        ("lead", str((analysis.lead or {}).get("text", ""))),
        ("passives", "; ".join(f.words for f in highlights.get("passives", []))),
        ("sources", "; ".join(source(f) for f in highlights.get("sources", []))),
        ("conditionals", "; ".join(f.words for f in highlights.get("conditionals", []))),
        ("loaded", "; ".join(f.words for f in highlights.get("loaded", []))),
        ("numbers", "; ".join(f.words for f in highlights.get("numbers", []))),
    ]


def handout_html(ex: Exercise, language: str) -> str:
    """The participant handout: instructions, versions and questions with room to answer; no answers."""
    language = ex.lang(language)
    t = lambda key, within=None: ex.text(key, language, within)  # noqa: E731
    body = _header(ex, language, "handout")
    body += [f"<h2>{tr(WORDS['instructions'], language)}</h2>", markdown(t("instructions"))]
    body += _versions(ex, language)
    body.append(f"<h2>{tr(WORDS['questions'], language)}</h2>")
    marked = [q.get("feature") for q in ex.questions if q["kind"] == "highlight" and q.get("feature")]
    groups = [g for g in HIGHLIGHT_GROUPS if g in marked or g in ex.features]
    if any(q["kind"] == "highlight" for q in ex.questions) and groups:
        body.append(_legend(language, groups, pen=True))
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
        elif q["kind"] == "running-order":
            body += _running_order_grid(ex, q, language)
        else:
            body += ['<div class="lines"></div>'] * 3
        body.append("</div>")
    return _page(t("title"), body, language)


def _running_order_grid(ex: Exercise, q: dict[str, Any], language: str) -> list[str]:
    """A table to fill in: each item with its length and a blank position box, then the total."""

    items = ex.text("items", language, q)
    budget = in_words(int(q.get("budget_s", 0)))
    rows = [f"<p><em>{html.escape(tr(WORDS['airtime'], language).format(budget=budget))}</em></p>",
            '<table class="grid">',
            f"<tr><th>{tr(WORDS['position'], language)}</th><th>{tr(WORDS['item'], language)}</th>"
            f"<th>{tr(WORDS['length'], language)}</th></tr>"]
    for i, item in enumerate(items):
        rows.append(f'<tr><td class="blank"></td><td>{chr(65 + i)}. {html.escape(item)}</td>'
                    f"<td>{in_words(q['durations_s'][i])}</td></tr>")
    rows.append(f'<tr><td></td><td><strong>{tr(WORDS["total"], language)}</strong></td><td class="blank"></td>'
                "</tr></table>")
    return rows


def debrief_html(ex: Exercise, language: str, analyse: bool = True) -> str:
    """The facilitator sheet: goals, answers with feedback, debrief notes, expected findings and, when
    `analyse` is true, what the framing analyser finds in each version (highlighted)."""
    language = ex.lang(language)
    t = lambda key, within=None: ex.text(key, language, within)  # noqa: E731
    analyses = keyed_analyses(ex, language) if analyse else {}
    body = _header(ex, language, "debrief")
    if t("summary"):
        body.append(f"<p>{html.escape(t('summary'))}</p>")
    body += [f"<h2>{tr(WORDS['goals'], language)}</h2>", "<ul>"]
    body += [f"<li>{html.escape(g)}</li>" for g in t("goals")] + ["</ul>"]
    if analyse:
        body.append(_legend(language, list(HIGHLIGHT_GROUPS)))
    body += _versions(ex, language, {k: h for k, (_a, h) in analyses.items()} if analyse else None)
    if analyse:
        body.append(f"<h2>{tr(WORDS['found'], language)}</h2>")
        for v in ex.versions:
            a, highlights = analyses[v["id"]]
            rows = found_rows(a, highlights)
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
        elif q["kind"] == "running-order":
            answer = tr(WORDS["open"], language)
            if t("model_answer", q):
                answer += " " + tr(WORDS["model"], language) + " " + t("model_answer", q)
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

    language = ex.lang(language)
    folder.mkdir(parents=True, exist_ok=True)
    handout = folder / f"{ex.id}-handout.{language}.html"
    debrief = folder / f"{ex.id}-debrief.{language}.html"
    atomic_write_text(handout, handout_html(ex, language))
    atomic_write_text(debrief, debrief_html(ex, language, analyse))
    return [handout, debrief]
