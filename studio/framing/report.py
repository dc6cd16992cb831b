"""The terminal report of `antenne compare`: the two versions side by side, highlighted, then feature by feature."""

from __future__ import annotations

from typing import Any

from studio.framing import explain
from studio.framing.analyse import FRAME_NAMES, FRAME_QUESTIONS, Comparison, TextAnalysis
from studio.i18n import N_, _, colon

#: Highlight group -> (rich style, legend label).
STYLES = {
    "passives": ("bold red", N_("agent hidden (passive, event noun)")),
    "sources": ("bold cyan", N_("sources and reporting verbs")),
    "loaded": ("bold magenta", N_("loaded terms")),
    "conditionals": ("bold yellow", N_("conditional and hedges")),
    "numbers": ("bold green", N_("figures")),
}
SIDE_BY_SIDE_MIN_WIDTH = 90
#: Names shown for data values (source kinds, term categories, leanings), translated when shown.
LABELS = {
    "official": N_("official"), "expert": N_("expert"), "witness": N_("witness"), "anonymous": N_("anonymous"),
    "named": N_("named person"), "other": N_("other"), "police": N_("police"), "justice": N_("justice"),
    "union": N_("union"), "organisers": N_("organisers"), "family": N_("family"), "media": N_("media"),
    "migration": N_("migration"), "protest": N_("protest"), "dramatising": N_("dramatising"),
    "euphemism": N_("euphemism"), "evaluative": N_("judgement"), "crime": N_("crime"),
    "promotion": N_("advertising"), "episodic": N_("episodic"), "thematic": N_("thematic"),
    "mixed": N_("mixed"),
}


def label(value: str) -> str:
    """The translated name of a data value (a source kind, a category...); the value itself if unknown."""
    return _(LABELS[value]) if value in LABELS else value


def highlighted(analysis: TextAnalysis, groups: set[str] | None = None) -> Any:
    """The text as a rich Text with each feature group's words styled (later groups win on overlaps)."""
    from rich.text import Text

    text = Text(analysis.text.strip())
    offset = len(analysis.text) - len(analysis.text.lstrip())
    for group, found in analysis.highlights().items():
        if groups is not None and group not in groups:
            continue
        style = STYLES[group][0]
        for f in found:
            text.stylize(style, max(0, f.start - offset), max(0, f.end - offset))
    return text


def _verb_label(a: Any) -> str:
    verb = a.info["verb"]
    return f"{verb} ({_('loaded')})" if a.info["connotation"] == "loaded" else verb


def _quoted(f: Any) -> str:
    """The words of a finding, marked when they are a source's words in quotation marks."""
    return f"{f.words} ({_('quoted')})" if f.info.get("quoted") else f.words


def _loaded_label(f: Any) -> str:
    out = f"{f.words} ({label(f.info['category'])}"
    if f.info.get("quoted"):
        out += ", " + _("quoted")
    out += ")"
    if f.info.get("alternative"):
        out += " → " + f.info["alternative"]
    return out


def feature_rows(t: TextAnalysis) -> list[tuple[str, str]]:
    """(feature name, what was found) for one version, in the order of the report."""
    src = t.sources()
    kinds = ", ".join(f"{label(k)} {n}" for k, n in src["kinds"].items())
    rows = [
        (_("Words"), str(t.word_count)),
        (_("Lead"), t.lead.get("text", "")),
        (_("Agentless passives"), "; ".join(_quoted(f) for f in t.agentless_passives) or "-"),
        (_("Passives with agent"), "; ".join(f"{f.words} ← {f.info.get('agent', '')}" for f in t.passives_with_agent)
         or "-"),
        (_("Event nouns"), "; ".join(
            f.words + (f" ({_('involving')} {f.info['involving']})" if f.info.get("involving") else "")
            for f in t.nominalisations) or "-"),
        (_("Who acts"), "; ".join(f"{f.info['agent']} → {f.words}" for f in t.agents) or "-"),
        (_("Sources"), f"{src['count']}" + (f" ({kinds})" if kinds else "")),
        (_("Who speaks"), "; ".join(f"{a.info['source']}: {_verb_label(a)}" for a in t.attributions) or "-"),
        (_("Conditional"), "; ".join(f.words for f in t.conditionals) or "-"),
        (_("Hedges"), "; ".join(_quoted(f) for f in t.hedges) or "-"),
        (_("Loaded terms"), "; ".join(_loaded_label(f) for f in t.loaded_terms
                                      if f.info["category"] != "euphemism") or "-"),
        (_("Euphemisms"), "; ".join(_loaded_label(f) for f in t.euphemisms) or "-"),
        (_("Figures"), "; ".join(f.words for f in t.numbers) or "-"),
        (_("Story or context"), f"{label(t.framing)} ({_('episodic')} {len(t.episodic_cues)}, "
                                f"{_('thematic')} {len(t.thematic_cues)})"),
    ]
    return rows


def render(comparison: Comparison, console: Any) -> None:
    """Print the report on a rich Console; side by side when the terminal is wide enough, stacked otherwise."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    a, b = comparison.texts
    wide = console.width >= SIDE_BY_SIDE_MIN_WIDTH
    legend = Text()
    for style, label in STYLES.values():
        legend.append(f" {_(label)} ", style=style)
        legend.append(" ")
    console.print(Text(_("Comparing {a} and {b} (language: {language})").format(
        a=a.label, b=b.label, language=comparison.language), style="bold"))
    console.print(legend)
    if wide:
        table = Table(show_header=True, expand=True, show_lines=True)
        table.add_column(a.label, ratio=1)
        table.add_column(b.label, ratio=1)
        table.add_row(highlighted(a), highlighted(b))
        console.print(table)
        rows = Table(show_header=True, expand=True, show_lines=True)
        rows.add_column(_("Feature"), style="bold", no_wrap=True)
        rows.add_column(a.label, ratio=3)
        rows.add_column(b.label, ratio=3)
        for (name, va), (_n, vb) in zip(feature_rows(a), feature_rows(b), strict=True):
            rows.add_row(name, va, vb)
        console.print(rows)
    else:
        for t in (a, b):
            console.print(Panel(highlighted(t), title=t.label))
            for name, value in feature_rows(t):
                console.print(Text.assemble((f"{name}{colon()}", "bold"), value))
            console.print()
    _guide(comparison, console)
    shown = [n for n in a.frames if len(a.frames[n]) + len(b.frames[n]) >= 2]
    if shown:
        console.print(Text(_("Questions for the group (cues, not verdicts)"), style="bold underline"))
    for name in shown:
        cues_a, cues_b = a.frames[name], b.frames[name]
        if len(cues_a) + len(cues_b) < 2:
            continue  # one isolated word is not a frame

        console.print(Text.assemble((f"{_(FRAME_NAMES[name])}{colon()}", "bold"), _(FRAME_QUESTIONS[name])))
        console.print(f"  {a.label}{colon()}{', '.join(cues_a) or '-'}   |   {b.label}{colon()}{', '.join(cues_b) or '-'}")
    console.print(Text(_("Differences"), style="bold underline"))
    for t in (a, b):
        words = comparison.only_in[t.label]
        console.print(Text.assemble((_("Only in {label}: ").format(label=t.label), "bold"),
                                    ", ".join(words[:40]) + (" …" if len(words) > 40 else "") or "-"))
        facts = comparison.facts_only_in[t.label]
        if facts:
            other = b.label if t is a else a.label
            console.print(Text.assemble((_("Facts of {label} missing in {other}: ").format(
                label=t.label, other=other), "bold"), "; ".join(f["fact"] for f in facts)))


def _present(t: TextAnalysis) -> set[str]:
    keys = set()
    if t.agentless_passives:
        keys.add("passives")
    if t.passives_with_agent:
        keys.add("passives_with_agent")
    if t.nominalisations:
        keys.add("event_nouns")
    if t.attributions:
        keys |= {"sources", "reporting_verbs"}
    if any(a.info["source_kind"] == "anonymous" for a in t.attributions):
        keys.add("anonymous")
    if t.conditionals:
        keys.add("conditional")
    if t.hedges:
        keys.add("hedges")
    if any(f.info["category"] != "euphemism" for f in t.loaded_terms):
        keys.add("loaded")
    if t.euphemisms:
        keys.add("euphemisms")
    if t.numbers:
        keys.add("figures")
    return keys


def guide_text(comparison: Comparison) -> Any:
    """The guide as one rich Text (for the UI): each kind of finding present, in plain words, with its question
    for the group, the questions the hidden agents raise, the jargon explained once."""
    from rich.text import Text

    present = set().union(*(_present(t) for t in comparison.texts))
    out = Text()
    if not present:
        return out
    out.append(_("What to look at") + "\n", style="bold underline")
    for g in explain.GUIDES:
        if g.key in present:
            out.append(_(g.name) + colon(), style="bold")
            out.append(_(g.explanation) + "\n")
            out.append("  " + _("Question: ") + _(g.question) + "\n", style="italic")
    for t in comparison.texts:
        questions = [f.info["question"] for f in t.agentless_passives + t.nominalisations if f.info.get("question")]
        if questions:
            out.append(t.label + colon(), style="bold")
            out.append(" ".join(dict.fromkeys(questions)) + "\n")
    out.append(_("Words used here: ") + " ; ".join(f"{g['term']} = {g['meaning']}" for g in explain.glossary()),
               style="dim")
    return out


def _guide(comparison: Comparison, console: Any) -> None:
    """For each kind of finding present: one line that says what it is, a question for the group; the
    questions each hidden agent raises; the jargon explained once."""
    text = guide_text(comparison)
    if text.plain:
        console.print(text)
