"""The curated word lists (data files in `framing/lexicons/<language>/*.toml`), loaded once per language."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


@dataclass(frozen=True)
class Lexicon:
    language: str
    reporting: dict[str, str]  # lemma -> "neutral" or the loaded nuance (doubt, concession, ...)
    according: tuple[str, ...]
    sources: dict[str, str]  # lemma or expression -> anonymous | family | police | justice | union | ... | witness
    loaded: dict[str, str]  # term -> category
    loaded_notes: dict[str, str]
    hedges: tuple[str, ...]
    approximators: tuple[str, ...]
    reported: tuple[str, ...]
    nominalisations: frozenset[str]
    involving: frozenset[str]
    agentive: frozenset[str]
    episodic: tuple[str, ...]
    thematic: tuple[str, ...]
    frames: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source_priority: tuple[str, ...] = ()
    loaded_context: dict[str, frozenset[str]] = field(default_factory=dict)  # term -> words one of which it needs
    alternatives: dict[str, str] = field(default_factory=dict)  # loaded term -> a neutral way to say it
    etre_verbs: frozenset[str] = frozenset()  # French verbs conjugated with être (« il est mort »)
    etre_participles: frozenset[str] = frozenset()  # their participles not in -é (« venu », « né »)
    not_passive: frozenset[str] = frozenset()  # participles used as adjectives or to name ("named", « âgé »)
    headline_passives: frozenset[str] = frozenset()  # English verbs whose bare past form is a headline passive
    things: frozenset[str] = frozenset()  # nouns of things after "par"/"by" (« par balle ») that hide the agent
    intransitive: frozenset[str] = frozenset()  # English verbs without object ("capsized"): never a reduced passive
    weak_sources: frozenset[str] = frozenset()  # rank words ("chief", "officer") that tell a kind only alone
    vague: tuple[str, ...] = ()  # vague quantities (« plusieurs », "dozens"): hedges without a number


def _read(language: str, name: str) -> dict:
    return tomllib.loads((LEXICON_DIR / language / f"{name}.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def lexicon(language: str) -> Lexicon:
    rep = _read(language, "reporting")
    reporting = {v: "neutral" for v in rep["neutral"]}
    for nuance, verbs in rep["loaded"].items():
        reporting.update({v: nuance for v in verbs})
    src = _read(language, "sources")
    priority = tuple(src.get("priority", ["anonymous", "witness", "expert", "official"]))
    sources: dict[str, str] = {}
    for kind in reversed(priority):  # the first kind of the priority list wins on overlaps
        sources.update({w: kind for w in src.get(kind, [])})
    lo = _read(language, "loaded")
    loaded = {t: cat for cat, body in lo.items() for t in body["terms"]}
    notes = {cat: body.get("note", "") for cat, body in lo.items()}
    context = {t: frozenset(w) for body in lo.values() for t, w in body.get("context", {}).items()}
    alternatives = {t: alt for body in lo.values() for t, alt in body.get("alternatives", {}).items()}
    he = _read(language, "hedges")
    cues = _read(language, "cues")
    grammar = _read(language, "grammar")
    return Lexicon(
        language=language,
        reporting=reporting,
        according=tuple(rep.get("according", [])),
        sources=sources,
        source_priority=priority,
        weak_sources=frozenset(src.get("weak", [])),
        loaded_context=context,
        alternatives=alternatives,
        loaded=loaded,
        loaded_notes=notes,
        hedges=tuple(he.get("hedges", [])),
        approximators=tuple(he.get("approximators", [])),
        reported=tuple(he.get("reported", [])),
        vague=tuple(he.get("vague", [])),
        nominalisations=frozenset(cues.get("nominalisations", [])),
        involving=frozenset(cues.get("involving", [])),
        agentive=frozenset(cues.get("agentive", [])),
        episodic=tuple(cues["episodic"]["cues"]),
        thematic=tuple(cues["thematic"]["cues"]),
        frames={name: tuple(body["cues"]) for name, body in cues["frames"].items()},
        etre_verbs=frozenset(grammar.get("etre_verbs", [])),
        etre_participles=frozenset(grammar.get("etre_participles", [])),
        not_passive=frozenset(grammar.get("not_passive", [])),
        things=frozenset(grammar.get("things", [])),
        intransitive=frozenset(grammar.get("intransitive", [])),
        headline_passives=frozenset(grammar.get("headline_passives", [])),
    )
