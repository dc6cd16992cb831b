"""Plain-words explanations of the framing findings, for a 15-year-old and an adult learning French: one line
per kind of finding and a question for the group, the few words of jargon explained once."""

from __future__ import annotations

from dataclasses import dataclass

from studio.i18n import N_, _


@dataclass(frozen=True)
class Guide:
    key: str
    name: str
    explanation: str
    question: str


#: One entry per kind of finding, in the order of the report.
GUIDES = (
    Guide("passives", N_("Hidden agent (passive)"),
          N_("The sentence says what happened to someone, not who did it: \"was killed\", \"arrested\"."),
          N_("Who did it? Does the other version say?")),
    Guide("passives_with_agent", N_("Passive with its agent"),
          N_("The sentence starts with the person it happened to, then says who did it: \"killed by a police officer\"."),
          N_("Why put the victim first? What changes if the one who acts comes first?")),
    Guide("event_nouns", N_("Event word instead of a person"),
          N_("In the headline or the first paragraph, a noun tells the event and leaves out who acted: \"the "
             "shooting\", \"a brawl\", \"the death of\"."),
          N_("Who acted in this event? Is it said elsewhere in the text?")),
    Guide("agents", N_("Who acts"),
          N_("The person or group that is the subject of an action verb."),
          N_("Who is shown acting, and who only undergoes?")),
    Guide("sources", N_("Sources"),
          N_("Who the information comes from: police, justice, officials, witnesses, family, unions, media."),
          N_("How many sources, of which kinds? Whose voice is missing?")),
    Guide("anonymous", N_("Anonymous sources"),
          N_("The source is not named: \"a source close to the case\", \"police sources\"."),
          N_("Why might the source stay anonymous? Can we check what it says?")),
    Guide("reporting_verbs", N_("Reporting verbs"),
          N_("\"said\" reports; \"claims\", \"admits\", \"denies\" already judge what was said."),
          N_("Does the verb make us trust or doubt the speaker?")),
    Guide("conditional", N_("Unconfirmed facts"),
          N_("The journalist signals a fact is not confirmed: in French the conditional (\"aurait\"), in English "
             "\"reportedly\", \"allegedly\"."),
          N_("Who has not confirmed it yet? What would confirm it?")),
    Guide("hedges", N_("Softeners and approximations"),
          N_("Words that make a statement less sure or a figure less exact: \"about\", \"at least\", \"appeared to\"; "
             "or that leave the number unsaid: \"several\", \"dozens\"."),
          N_("Is the writer careful, or vague on purpose?")),
    Guide("loaded", N_("Loaded words"),
          N_("Words that carry a judgement or an emotion, not only a fact: \"rioters\", \"chaos\", \"looting\"."),
          N_("Which neutral word could replace it? What does the choice make us feel?")),
    Guide("euphemisms", N_("Softened words (euphemisms)"),
          N_("Words that make something violent or unpleasant sound milder: \"incident\", \"domestic drama\"."),
          N_("What really happened? Say it plainly.")),
    Guide("figures", N_("Figures"),
          N_("Numbers: victims, demonstrators, money. Two versions often give different figures."),
          N_("Who counted? Do both versions give the same numbers?")),
    Guide("framing", N_("One story or the whole picture"),
          N_("\"Episodic\" tells one person's story; \"thematic\" gives the context: figures, causes, policies."),
          N_("Does the text help us understand why it happens, or only what happened to one person?")),
)
GUIDE_BY_KEY = {g.key: g for g in GUIDES}

#: The few words of jargon used in the report, each explained once.
GLOSSARY = (
    (N_("passive"), N_("a sentence turned around: the one who undergoes comes first, the one who acts can disappear")),
    (N_("event noun (nominalisation)"), N_("a verb turned into a noun (\"to shoot\" → \"the shooting\"), which needs no subject")),
    (N_("hedge"), N_("a word that softens a statement or leaves a number vague (\"perhaps\", \"about\", \"several\")")),
    (N_("episodic / thematic"), N_("one person's story / the general context")),
    (N_("quoted"), N_("in quotation marks: the words of the person quoted, not the journalist's own choice")),
)


def guide(key: str) -> dict[str, str]:
    """The translated name, explanation and question of one kind of finding."""
    g = GUIDE_BY_KEY[key]
    return {"name": _(g.name), "explanation": _(g.explanation), "question": _(g.question)}


def glossary() -> list[dict[str, str]]:
    return [{"term": _(t), "meaning": _(m)} for t, m in GLOSSARY]


def passive_question(words: str) -> str:
    """The question a hidden agent raises, about the words as written: "Killed by whom? The text does not say."."""
    return _("{words} by whom? The text does not say.").format(words=words[:1].upper() + words[1:])


def event_question(words: str) -> str:
    return _("\"{words}\": who did what? The text names an event, not who acted.").format(words=words)
