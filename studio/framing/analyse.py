"""The framing analysis of one text and the comparison of two versions (the front door of `studio.framing`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from studio.errors import InvalidInput
from studio.framing import agency, explain, sources
from studio.framing import features as F
from studio.framing.language import detect_language
from studio.framing.lexicon import lexicon
from studio.framing.nlp import pipeline
from studio.i18n import N_, _

#: Semetko & Valkenburg's five generic frames, each as a question for the group (not a verdict).
FRAME_QUESTIONS = {
    "responsibility": N_("Does the story say who is responsible for the problem, or who could solve it?"),
    "conflict": N_("Does the story show a disagreement between people, groups or institutions?"),
    "human_interest": N_("Does the story give the issue a human face, a personal story or emotions?"),
    "economic": N_("Does the story speak of money: costs, losses, gains, jobs?"),
    "morality": N_("Does the story carry a moral message, or say how people ought to behave?"),
}
FRAME_NAMES = {
    "responsibility": N_("responsibility"),
    "conflict": N_("conflict"),
    "human_interest": N_("human interest"),
    "economic": N_("economic consequences"),
    "morality": N_("morality"),
}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
MAX_CHARS = 200_000


@dataclass
class TextAnalysis:
    """Everything found in one version of a news item."""

    label: str
    text: str
    language: str
    word_count: int
    sentences: list[str]
    agentless_passives: list[F.Found]
    passives_with_agent: list[F.Found]
    nominalisations: list[F.Found]
    agents: list[F.Found]
    attributions: list[F.Found]
    conditionals: list[F.Found]
    hedges: list[F.Found]
    loaded_terms: list[F.Found]
    numbers: list[F.Found]
    frames: dict[str, list[str]]
    episodic_cues: list[str]
    thematic_cues: list[str]
    lead: dict[str, Any]
    content_lemmas: list[str] = field(default_factory=list)
    display: dict[str, str] = field(default_factory=dict)  # lemma -> the word to show (dictionary form or as written)
    facts: dict[str, str] = field(default_factory=dict)  # normalised fact -> the sentence it is in

    @property
    def framing(self) -> str:
        """'episodic', 'thematic' or 'mixed' from the cues (a hint for the group)."""
        e, t = len(self.episodic_cues), len(self.thematic_cues)
        if e >= 2 and e >= 1.5 * t:
            return "episodic"
        if t >= 2 and t >= 1.5 * e:
            return "thematic"
        return "mixed"

    def sources(self) -> dict[str, Any]:
        names: dict[str, str] = {}
        for a in self.attributions:
            names.setdefault(a.info["source"].casefold(), a.info["source_kind"])
        return {"count": len(names), "kinds": dict(Counter(names.values())),
                "anonymous": sum(1 for k in names.values() if k == "anonymous")}

    @property
    def euphemisms(self) -> list[F.Found]:
        return [f for f in self.loaded_terms if f.info.get("category") == "euphemism"]

    def highlights(self) -> dict[str, list[F.Found]]:
        """Features by highlight group, as the report and the exercise screen toggle them."""
        return {
            "passives": self.agentless_passives + self.nominalisations,
            "sources": self.attributions,
            "loaded": self.loaded_terms,
            "conditionals": self.conditionals + self.hedges,
            "numbers": self.numbers,
        }

    def to_dict(self) -> dict[str, Any]:
        def items(found: list[F.Found]) -> list[dict[str, Any]]:
            return [f.to_dict() for f in found]

        return {
            "label": self.label,
            "word_count": self.word_count,
            "sentence_count": len(self.sentences),
            "agentless_passives": items(self.agentless_passives),
            "passives_with_agent": items(self.passives_with_agent),
            "nominalisations": items(self.nominalisations),
            "hidden_agents": items(self.nominalisations),
            "euphemisms": items(self.euphemisms),
            "agents": items(self.agents),
            "attributions": items(self.attributions),
            "sources": self.sources(),
            "loaded_terms": items(self.loaded_terms),
            "conditionals": items(self.conditionals),
            "hedges": [h.words for h in self.hedges],
            "hedges_detail": items(self.hedges),
            "numbers": items(self.numbers),
            "framing": {"leaning": self.framing, "episodic_cues": self.episodic_cues,
                        "thematic_cues": self.thematic_cues},
            "frames": [
                {"frame": name, "name": _(FRAME_NAMES[name]), "cues": cues, "question": _(FRAME_QUESTIONS[name])}
                for name, cues in self.frames.items()
            ],
            "lead": self.lead,
        }


def resolve_language(texts: list[str], language: str = "auto") -> str:
    if language in ("fr", "en"):
        return language
    if language != "auto":
        raise InvalidInput(_("Unknown language {language}").format(language=language), _("Use fr, en or auto"))
    return detect_language(" ".join(texts))


def analyse(text: str, language: str = "auto", label: str = "text") -> TextAnalysis:
    """Analyse one text (French or English; "auto" guesses) and return what frames it."""
    if len(text) > MAX_CHARS:
        raise InvalidInput(_("The text {label} is too long to analyse ({chars} characters)").format(
            label=label, chars=len(text)), _("Compare news items of at most a few pages"))
    language = resolve_language([text], language)
    lex = lexicon(language)
    doc = pipeline(language)(model_text(text))
    quotes = F.quote_mask(doc)
    parts = F.story(text)  # where the headline and the lead paragraph end
    agentless, with_agent = agency.find_passives(doc, lex, parts.headline_end)
    patients = {f.end for f in agentless + with_agent}
    words = [t for t in doc if not t.is_punct and not t.is_space]
    frames = {}
    for name in lex.frames:
        hits = [term for _s, _e, term, _p in F.match_terms(doc, language, name)]
        frames[name] = sorted(set(hits), key=hits.index)
    episodic = [term for _s, _e, term, _p in F.match_terms(doc, language, "episodic")]
    episodic += [e.text for e in doc.ents if e.label_ in ("PER", "PERSON") and e.root.pos_ == "PROPN"]
    thematic = [term for _s, _e, term, _p in F.match_terms(doc, language, "thematic")]
    numbers = F.find_numbers(doc, language)
    thematic += [n.words for n in numbers if n.info["kind"] == "percent"]
    hedges = F.find_hedges(doc, language)
    conditionals = sorted(agency.with_hearsay(F.find_conditionals(doc, lex, quotes), doc, lex, quotes),
                          key=lambda f: f.start)
    presumed = {(f.start, f.end) for f in conditionals if " " not in f.words and language == "en"}
    agentless = [f for f in agentless if (f.start, f.end) not in presumed]  # "Suspected great white shark bites
    # surfer's board": a participle that presents what follows as unproven, not an act done to someone
    analysis = TextAnalysis(
        label=label,
        text=text,
        language=language,
        word_count=len(words),
        sentences=[s.text.strip() for s in doc.sents if s.text.strip()],
        agentless_passives=agentless,
        passives_with_agent=with_agent,
        nominalisations=[f for f in agency.find_hidden_agents(doc, lex, quotes)  # « l'IGPN saisie »: a participle
                         if not any(p.start <= f.start < p.end for p in agentless + with_agent)  # told as a passive
                         and (f.start < parts.top_end or agency.mutual(f, language)
                              or agency.set_fire(f, language, doc))],
        # an event noun hides its doer where the reader meets the event: further down the article names the doer or
        # says it does not know (but clashes leave out who struck whom wherever they are told: no later sentence gives
        # them to one side; nor does any give an arson its arsonist when none is charged)
        agents=agency.find_agents(doc, lex, patients),
        attributions=sources.find_attributions(doc, lex, quotes),
        conditionals=conditionals,
        hedges=hedges,
        loaded_terms=F.find_loaded(doc, lex, quotes,
                                   agency.no_one_at_fault(doc, agency.word_classes(language, "cues"))),
        numbers=numbers,
        frames=frames,
        episodic_cues=episodic,
        thematic_cues=thematic,
        lead={},
    )
    for f in agentless + with_agent + analysis.hedges:
        f.info["quoted"] = quoted(doc, quotes, f)
    for f in agentless:
        f.info["question"] = explain.passive_question(f.words)
    for f in analysis.nominalisations:
        f.info["question"] = explain.event_question(f.words)
    analysis.lead = _lead(doc, analysis)
    analysis.content_lemmas, analysis.display = _content_lemmas(doc)
    analysis.facts = _facts(doc, analysis)
    return analysis


def quoted(doc: Any, quotes: list[bool], found: F.Found) -> bool:
    """Whether a finding is inside quotation marks: then the words are the source's, not the outlet's choice
    (« "Tout est inondé" », a headline quoted in an article)."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and quotes[span.start]


def _lead(doc: Any, analysis: TextAnalysis) -> dict[str, Any]:
    """What the version says first: its first sentence, who acts in it, and whether it hides the agent."""
    sent = next((s for s in doc.sents if s.text.strip()), None)
    if sent is None:
        return {"text": "", "agent": "", "passive": False, "attributed": False, "numbers": []}
    inside = lambda found: [f for f in found if sent.start_char <= f.start < sent.end_char]  # noqa: E731
    agents = inside(analysis.agents)
    return {
        "text": sent.text.strip(),
        "agent": agents[0].info["agent"] if agents else "",
        "passive": bool(inside(analysis.agentless_passives)),
        "attributed": bool(inside(analysis.attributions)),
        "conditional": bool(inside(analysis.conditionals)),
        "numbers": [n.words for n in inside(analysis.numbers)],
    }


def model_text(text: str) -> str:
    """The text as the small models read it best, same length so offsets hold: its ALL-CAPS lines in lower case
    but their first letter (the models read "TEEN SHOT DEAD" as names), and the typographic apostrophe as a plain
    one (the French model cuts « n’est », « l’OM », « s’affronter » into nouns and names, so the whole sentence is
    misread; French news sites write ’ more often than '). Doubled single quotes (‘‘horrific’’) are read as double
    quotation marks. A doubled hyphen is a dash (« 2.300 selon la préfecture de police--, », AFP's wire style)."""
    text = text.replace("‘‘", " “").replace("’’", "” ").replace("’", "'").replace("--", " —")
    lines = text.split("\n")
    for i, line in enumerate(lines):
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
            low = line[:1] + line[1:].lower()
            if len(low) == len(line):
                lines[i] = low
    return "\n".join(lines)


def display_form(tok: Any) -> str:
    """The word to show for a content word: its dictionary form when the lemmatiser gives a real one, else the
    word as written, never a stem (the small French model gives « redémarr » for « redémarre »); names keep
    their capitals."""
    if tok.pos_ == "PROPN":
        return tok.text
    lemma, low = tok.lemma_.lower(), tok.lower_
    if not lemma or not lemma.replace("-", "").replace("'", "").isalpha() or lemma[:2] != low[:2]:
        return low
    if tok.lang_ == "fr" and lemma != low and low.startswith(lemma):
        # a French lemma shorter than its word is a stem (« redémarr »), except the singular of a plural
        if tok.pos_ == "VERB" or low[len(lemma):] not in ("s", "x") or "Plur" not in tok.morph.get("Number"):
            return low
    if tok.pos_ == "VERB" and tok.lang_ == "fr" and not lemma.endswith(("er", "ir", "re", "oir")):
        return low
    return lemma


def _content_lemmas(doc: Any) -> tuple[list[str], dict[str, str]]:
    seen: dict[str, None] = {}
    display: dict[str, str] = {}
    for tok in doc:
        if tok.pos_ in CONTENT_POS and not tok.is_stop and not tok.is_punct and len(tok.text) > 1 \
                and tok.lemma_.lower() not in ("être", "avoir", "faire", "be", "have", "do"):
            key = tok.lemma_.lower() if tok.pos_ != "NUM" else F.number_value(tok.text, "fr")
            seen.setdefault(key, None)
            display.setdefault(key, display_form(tok) if tok.pos_ != "NUM" else tok.text)
    return list(seen), display


def _facts(doc: Any, analysis: TextAnalysis) -> dict[str, str]:
    """Checkable facts: figures (normalised) and named entities, each with its sentence."""
    facts: dict[str, str] = {}
    for n in analysis.numbers:
        facts.setdefault(n.words, n.text)
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY") or ent.root.pos_ != "PROPN":
            continue
        if ent.label_ in ("PER", "PERSON", "LOC", "GPE", "ORG", "FAC", "EVENT", "MISC", "NORP"):
            facts.setdefault(ent.text.strip(), ent.sent.text.strip())
    return facts


@dataclass
class Comparison:
    language: str
    texts: list[TextAnalysis]
    only_in: dict[str, list[str]]
    facts_only_in: dict[str, list[dict[str, str]]]
    only_in_lemmas: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "texts": [t.to_dict() for t in self.texts],
            "only_in": self.only_in,
            "only_in_lemmas": self.only_in_lemmas,
            "facts_only_in": self.facts_only_in,
            "guide": {g.key: explain.guide(g.key) for g in explain.GUIDES},
            "glossary": explain.glossary(),
        }


def distinct_labels(a: str, b: str) -> tuple[str, str]:
    """Two labels that differ: the same name twice becomes 'name (A)' and 'name (B)'."""
    a, b = a or "A", b or "B"
    if a == b:
        return f"{a} (A)", f"{b} (B)"
    return a, b


def compare(text_a: str, text_b: str, language: str = "auto", labels: tuple[str, str] = ("A", "B")) -> Comparison:
    """Analyse two versions of the same news item and what each says that the other does not."""
    language = resolve_language([text_a, text_b], language)
    label_a, label_b = distinct_labels(*labels)
    a = analyse(text_a, language, label_a)
    b = analyse(text_b, language, label_b)
    set_a, set_b = set(a.content_lemmas), set(b.content_lemmas)
    lemmas = {label_a: [w for w in a.content_lemmas if w not in set_b],
              label_b: [w for w in b.content_lemmas if w not in set_a]}
    only_in = {label_a: list(dict.fromkeys(a.display.get(w, w) for w in lemmas[label_a])),
               label_b: list(dict.fromkeys(b.display.get(w, w) for w in lemmas[label_b]))}
    return Comparison(language, [a, b], only_in, {label_a: _missing(a, b), label_b: _missing(b, a)}, lemmas)


def _missing(a: TextAnalysis, b: TextAnalysis) -> list[dict[str, str]]:
    """Facts of `a` (figures, names, places, dates) that `b` does not mention."""
    b_values = {n.info["value"] for n in b.numbers}
    b_text = b.text.casefold()
    out = []
    for fact, sentence in a.facts.items():
        number = next((n for n in a.numbers if n.words == fact), None)
        if number is not None:
            if number.info["value"] in b_values:
                continue
            kind = "number"
        else:
            if fact.casefold() in b_text:
                continue
            kind = "name"
        out.append({"fact": fact, "kind": kind, "text": sentence})
    return out
