"""Who speaks: quoted and reported speech, "selon X" / "according to X", « de source policière », headline
attributions ("Police: …"), each with its source and the kind of source (police, justice, official…)."""

from __future__ import annotations

import re
from typing import Any

from studio.framing.agency import FIRE_NOUNS, MISHAPS, TIME_WORDS
from studio.framing.features import STREETS, Found, is_a_match_story
from studio.framing.lexicon import Lexicon
from studio.framing.nlp import TITLES
from studio.framing.source_words import (
    ABBREVIATED_TITLES,
    ASKED,
    DOCUMENTS,
    DWELLINGS,
    GATHERED_WHERE,
    GIVEN,
    GIVEN_NEWS,
    MONTHS_DAYS,
    QUOTE_CHARS,
    QUOTED,
    SEEN_THINGS,
    SMALL_WORDS,
    SPEAKING_KINDS,
    SPOKESPEOPLE,
    TEAMS,
    UNNAMED_REPORTS,
    apposition,
    attribution,
    for_ones_part,
    initials,
    noun_after,
    reporting_lemma,
    source_kind,
    span_from,
    with_apposed_name,
)
from studio.framing.speech import WHEN_GONE, reported_speech, speaker_after_incise

#: How a body speaks for itself: a source of no known kind that issues one is an organisation's.
STATEMENTS = ("in a statement", "in a press release", "dans un communiqué", "par communiqué")


#: French pronouns that take up a speaker (« d'après lui », « selon eux »).
PRONOUN_SOURCES = {"lui", "elle", "eux", "elles"}


def find_attributions(doc: Any, lex: Lexicon, quotes: list[bool]) -> list[Found]:
    """Quoted and reported speech with its speaker and verb (verb first or inverted too: « a déclaré le
    procureur », "said police"), "selon X" / « d'après X » / "according to X" (each once), « de source
    policière » / « auprès d'une source », and headline attributions ("Police: …")."""
    out: list[Found] = []
    used: set[int] = set()  # tokens already part of an attribution
    sent_has_quote = {s.start: any(quotes[s.start:s.end]) or any(t.text in QUOTE_CHARS for t in s) for s in doc.sents}
    for sent in doc.sents:
        _headline_attribution(sent, lex, out, used)
    for tok in doc:
        if tok.i in used:
            continue
        low = tok.lower_
        rep = reporting_lemma(tok, lex) if tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "ADV") else None
        hearing = _a_hearing(tok) if lex.language == "en" and not quotes[tok.i] else None
        if hearing is not None:
            src = doc[hearing.left_edge.i:min(hearing.right_edge.i, tok.i - 1) + 1]  # "the Court of Appeal heard"
            out.append(attribution(tok.sent, doc[src.start:tok.i + 1], src, "hear", "neutral", lex))
            if out[-1].info["source_kind"] == "other":
                out[-1].info["source_kind"] = "justice"  # "the trial heard", "the inquest heard": the court sitting
            used.update(range(src.start, tok.i + 1))
        elif lex.language == "en" and low == "reported" and tok.i >= 2 and doc[tok.i - 1].lower_ in ("was", "been", "is") \
                and doc[tok.i - 2 if doc[tok.i - 1].lower_ != "been" else tok.i - 3].lower_ == "it" \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("that", "shortly", "earlier", "at", "on"):
            words = doc[tok.i:tok.i + 1]  # "It was reported that a dog had been present": what someone unnamed told
            found = attribution(tok.sent, words, words, "report", "according", lex)
            found.info.update(source_kind="anonymous", speaker=True)  # (the tune gold, 3 of the 4 found)
            out.append(found)
            used.add(tok.i)
        elif rep is not None and (not quotes[tok.i] or lex.language == "fr" and speaker_after_incise(tok) is not None) \
                and not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
            # (« « …, décision est prise d'évacuer l'équipage, explique le Cross. … » »: French typography keeps an
            # incise inside the guillemets, but its verb and speaker are the outlet's words)
            # ("If farmers believe their livestock may be endangered, they are asked to contact the USDA": a case
            # supposed, no one cited; but « Si certains élus dénoncent une intervention violente, … » concedes what
            # they said)
            reported_speech(tok, lex, sent_has_quote, out, used, rep)
        elif low in ("selon", "après", "according") or (low == "auprès" and tok.i + 1 < len(doc)):
            _according(tok, lex, out, used)
        elif lex.language == "en" and low == "information" and (src := _information_from(tok)) is not None:
            # "Information in this story is from Wenatchee Valley Firefighters"
            out.append(attribution(tok.sent, doc[tok.i:src.end], src, "from", "according", lex))
            used.update(range(tok.i, src.end))
        elif lex.language == "en" and low in ("report", "reports", "call", "calls") and _an_unnamed_report(tok, lex):
            words = doc[min([tok.i] + [c.i for c in tok.children if c.dep_ == "amod" and c.i < tok.i]):tok.i + 1]
            found = attribution(tok.sent, words, words, "report", "according", lex)
            found.info["source"] = words.text  # (not "emergency services" in "reports of emergency services
            # struggling": what the reports tell, not who made them)
            found.info["source_kind"] = "anonymous"  # "police responded to reports of shots fired", "after receiving
            # phone calls saying people were inside": what the text tells comes from callers no one names
            out.append(found)
            used.update(range(words.start, words.end))
        elif low == "amid" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in UNNAMED_REPORTS:
            words = doc[tok.i:tok.i + 2]  # "amid claims that…", "amid reports of…": no one named
            out.append(attribution(tok.sent, words, doc[tok.i + 1:tok.i + 2], "amid", "according", lex))
            used.update(range(words.start, words.end))
        elif low == "pour" and lex.language == "fr" and tok.i == tok.sent.start:
            _for_someone(tok, lex, out, used)
        elif low in ("part", "côté") and lex.language == "fr" and for_ones_part(tok) is not None:
            _speaker_for_ones_part(tok, lex, out, used)
        elif low in ("source", "sources") and tok.i > 1 and doc[tok.i - 1].lower_ in ("même", "mêmes") \
                and doc[tok.i - 2].lower_ == "de" and lex.language == "fr":
            words = doc[tok.i - 2:tok.i + 1]  # « a-t-on précisé de même source »: the source just cited, again
            out.append(attribution(tok.sent, words, doc[tok.i - 1:tok.i + 1], "de source", "according", lex))
            used.update(range(words.start, words.end))
        elif low in ("source", "sources") and tok.i > 0 and doc[tok.i - 1].lower_ in ("de", "d'") \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("ADJ", "NOUN", "ADP") \
                and not (tok.i > 1 and (doc[tok.i - 2].lower_ in ("réseau", "réseaux", "liste", "nombre")
                                        or doc[tok.i - 2].lower_ in STREETS)):
            # (« dispose d'un réseau de sources en Syrie »: how it works, no one cited; « un Ehpad situé rue de
            # source »: a street's name)
            span = span_from(doc, tok, tok.sent.end)
            span = doc[tok.i:span.end]
            words = doc[tok.i - 1:span.end]
            out.append(attribution(tok.sent, words, span, "de source", "according", lex))
            used.update(range(words.start, words.end))
    _quoted_by(doc, lex, out, used)
    out = [f for f in out if f.info.pop("speaker", True)  # « sa démission », "the announcement": no one speaks
           and not DATELINE.match(f.info["source"])  # "NEW YORK (AP) — A fund executive admitted": the byline
           and not _a_bare_dateline(f)
           and not _a_kicker(f)
           and f.info["source"].strip().lower() != "on"  # « On dénombre 33 blessés »: the outlet's own count
           and f.info["source"].split()[0].lower() not in ("no", "none", "aucun", "aucune", "nul", "nulle", "neither",
                                                           "ni")]
    # ("No states reported an uptick", « aucun témoin n'a vu », "neither the airline nor the FAA explained": no one
    # who said it)
    seen: set[tuple[str, str]] = set()
    unique = []
    for f in sorted(out, key=lambda f: f.start):  # "Capt. Urban confirmed the strike and said…": one citation
        key = (f.text, f.info["source"])
        if key not in seen:
            unique.append(f)
        seen.add(key)
    out = unique
    _the_rank_told_before(doc, lex, out)
    _roles_told_elsewhere(doc, lex, out)
    _the_department(doc, out)
    _the_familys_lawyer(doc, out)
    _the_same_unnamed_source(out)
    _the_same_source(out)
    for f in out:  # what the words do not say, the kind of person does: « une jeune maman », "the woman" (ordinary
        # people cited are witnesses), "Agents" (of the Border Patrol), "both sides" (of a war)
        words = {re.sub(r"['’]s$", "", w.strip(".,\"«»")).strip("'").lower() for w in f.info["source"].split()}
        # ("the park's press release": the park's)
        if f.info["source_kind"] == "other" and words & {"maman", "papa", "mom", "dad", "mum"} \
                and f.info["source"].lower().startswith(DEFINITE + ("sa ", "son ", "his ", "her ", "their ")):
            f.info["source_kind"] = "family"  # « la maman », « le papa », "her dad" of the child the story is
            # about, as « la mère » (but « une jeune maman » is a witness)
        elif f.info["source_kind"] == "other" and words & ORDINARY_PEOPLE:
            f.info["source_kind"] = "witness"
        elif f.info["source_kind"] == "other" and words & {"agent", "agents"}:
            f.info["source_kind"] = "police"
        elif f.info["source_kind"] == "other" and words & {"side", "sides", "camp", "camps", "belligérants"}:
            f.info["source_kind"] = "official"
        elif f.info["source_kind"] == "other" and words & BODIES and not words & ORDINARY_PEOPLE \
                and f.info["source"].lower().startswith(DEFINITE):
            f.info["source_kind"] = "official"  # « la marque », « le manufacturier japonais », "the unit": a body the
            # text has named, speaking for itself
        elif f.info["source_kind"] == "other" and any(p in f.text.lower() for p in STATEMENTS) \
                and not words & ORDINARY_PEOPLE and f.info["source"].lower().startswith(DEFINITE):
            f.info["source_kind"] = "official"  # "The group said in a statement": a body speaking for itself (a
            # name, "Dion said in a statement", is a person's)
    for f in out:  # "The Lamberts say" after "Pat Lambert says": the family of a person cited, of the same kind
        family = re.fullmatch(r"[Tt]he ([A-Z][a-z]+)s", f.info["source"].strip())
        if family is not None:
            kinds = [g.info["source_kind"] for g in out if g is not f and family.group(1) in g.info["source"].split()
                     and g.info["source_kind"] not in ("named", "other", "anonymous")]
            if kinds:
                f.info["source_kind"] = kinds[0]
    for f in out:  # "Dion said", "Dion, 55, said in a statement": a name the tagger missed is a person cited
        src = f.info["source"].strip()
        if f.info["source_kind"] == "other" and src[:1].isupper() and " " not in src and src.isalpha() \
                and not src.isupper() and not (f.text.strip().startswith(src) and src.endswith("s")):
            f.info["source_kind"] = "named"
    for f in out:  # "…shot by two Sacramento police officers, the department said": the police department
        if f.info["source"].lower() in ("the department", "the force") and f.info["source_kind"] == "official" \
                and (any(w in f.text.lower().split() for w in ("police", "officers", "officer", "police's"))
                     or _a_police_story(doc)):  # "Garden Grove police fatally shot a man … according to the department"
            f.info["source_kind"] = "police"
    if lex.language == "fr":  # « d'après lui », « selon elle », « pour eux »: a speaker cited before, taken up by a
        # pronoun, is cited once (the French gold, 1 of 12); « Des habitants ont vu la fumée. Selon eux, … »: people
        # first cited by the pronoun are a source
        pronoun = [f.info["source"].strip().lower() in PRONOUN_SOURCES for f in out]
        out = [f for f, p in zip(out, pronoun) if not p or not any(
            g.start < f.start and not q for g, q in zip(out, pronoun))]
    return out


def _information_from(tok: Any) -> Any:
    """Who the story's information comes from, in a credit line ("Information in this story is from the Sheriff's
    Office", "Information for this story came from Local 453"), or None."""
    doc = tok.doc
    window = doc[tok.i:min(tok.i + 6, tok.sent.end)]
    if not re.match(r"information (in|for) (this|the) (story|article|report) (is|was|came|comes) from ",
                    window.text.lower() + " "):
        return None
    noun = noun_after(doc, tok.i + 6, tok.sent.end)
    return span_from(doc, noun, tok.sent.end) if noun is not None else None


def _a_police_story(doc: Any) -> bool:
    """Whether the text is about the police and names no other department ("the Fire Department")."""
    return any(t.lower_ == "police" for t in doc) and not any(
        t.lower_ == "department" and t.i > 0 and doc[t.i - 1].lower_ != "police" and doc[t.i - 1].text[:1].isupper()
        for t in doc)


#: Where a British court report cites the hearing: "Wolverhampton Crown Court heard", "the trial heard", "Caernarfon
#: Crown Court was told" tell what was said there (the corpus gold cites the court 8 times in 9; "the jury heard",
#: "jurors were told by prosecutors" cite no court).
HEARINGS = {"court", "trial", "inquest", "tribunal", "hearing"}


def _a_hearing(tok: Any) -> Any:
    """The court that "heard" or "was told" what follows (a clause after it), or None."""
    if tok.lower_ == "heard" and tok.tag_ in ("VBD", "VBN"):
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        told = any(c.dep_ == "ccomp" for c in tok.children) or tok.i + 1 < len(tok.doc) and tok.doc[
            tok.i + 1].lower_ in ("that", "how")
    elif tok.lower_ == "told" and any(c.dep_ == "auxpass" for c in tok.children):
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        told = any(c.dep_ == "ccomp" for c in tok.children) or tok.i > tok.sent.start and any(
            t.text == "," for t in tok.doc[tok.sent.start:tok.i])  # "…, Caernarfon Crown Court was told."
    else:
        return None
    if not told or not subjects or subjects[0].lemma_.lower() not in HEARINGS:
        return None
    return subjects[0]


def _a_kicker(f: Found) -> bool:
    """A headline's topic before a colon taken for the speaker of the verb after it ("Coronavirus Crisis: WHO
    Declares …", "CDC: More Flu Hospitalizations Reported")."""
    source, sentence = f.info["source"], f.text
    at = sentence.find(source)
    rest = sentence[at + len(source):] if at >= 0 else ""
    return f.info["source_kind"] in ("named", "other") and rest.lstrip().startswith(":") \
        and f.words in rest and f.info["verb"] not in (":", "selon", "d'après", "according to")


#: A dateline: a place in capitals and the agency that wrote the story ("NEW YORK (AP)", « PARIS (AFP) »).
DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .,'’-]+\s*\((AP|AFP|Reuters|UPI|CNN|Belga|ATS|Xinhua|dpa|DPA|PA|[KW][A-Z]{2,3})\)$")
# ("SAN DIEGO (KGTV)": an American station's call letters)


def _a_bare_dateline(f: Found) -> bool:
    """A place in capitals that opens the text before a dash ("OGDEN -- The health department confirmed…")."""
    src = f.info["source"].strip()
    dashes = ("--", "—", "–", "- ")
    if f.text.startswith(f"({src})") and f.text[len(src) + 2:].lstrip().startswith(dashes):
        return True  # "(AP) — A federal prosecutor has argued…": the wire's credit line, whose text it is
    return src.isupper() and len(src) > 2 and f.text.startswith(src) and f.text[len(src):].lstrip().startswith(dashes)


#: What a body posts online: "according to a Facebook post by the Rosenberg Police Department" cites the police.
POSTS = {"post", "posts", "tweet", "tweets"}


#: Documents that take up the source just cited ("the tweet said", « le bulletin explique »).
TAKEN_DOCUMENTS = {"tweet", "post", "statement", "release", "bulletin", "communiqué", "message", "note", "letter",
                   "lettre", "courrier", "email", "e-mail", "report", "rapport"}


#: Nouns that take up an unnamed source just cited ("a ministry source told AFP… the official said").
TAKEN_UP = {"official", "source", "spokesperson", "person", "insider", "responsable", "interlocuteur",
            "interlocutrice"}


#: Words of ordinary people: cited with no other kind, they are witnesses of what they tell.
ORDINARY_PEOPLE = {"woman", "women", "man", "men", "mother", "father", "child", "children", "girl", "boy", "teen",
                   "teenager", "singer", "artist", "actor", "actress", "accused", "defendant", "protester", "protestor",
                   "protesters", "protestors", "femme", "femmes", "homme", "hommes", "mère", "maman", "père",
                   "papa", "mom", "mum", "dad",
                   "enfant", "enfants", "fille", "garçon", "jeune", "jeunes", "artiste", "chanteur", "chanteuse",
                   "accusé", "accusée", "prévenu", "prévenue", "opposant", "opposants", "opposante", "militant",
                   "militants", "militante", "enseignant", "enseignants", "enseignante", "enseignantes", "gréviste",
                   "grévistes", "salarié", "salariés", "salariée", "salariées", "élève", "élèves",
                   "teacher", "teachers", "striker", "strikers", "worker", "workers", "employee", "employees",
                   "pupil", "pupils", "parents", "runner", "runners", "competitors", "athletes", "collégien",
                   "collégiens", "collégienne", "collégiennes", "lycéen", "lycéens", "lycéenne", "lycéennes",
                   "étudiant", "étudiants", "étudiante", "étudiantes", "fisherman", "fishermen", "pêcheur", "pêcheurs"}
#: How a source that refers back to a body named before begins (« la marque », "the group").
DEFINITE = ("the ", "le ", "la ", "les ", "l'", "l’")
#: Nouns that stand for a company or a body already named (« la marque », « le groupe », "the group", "the unit").
BODIES = {"groupe", "marque", "enseigne", "firme", "compagnie", "manufacturier", "constructeur", "fabricant", "group",
          "brand", "unit", "unité", "firm", "carmaker", "manufacturer", "parc", "park"}
#: Kinds of sources that issue documents (releases, bulletins, reports).
ISSUERS = ("official", "police", "justice", "union", "organisers", "media", "expert")


def _issuer_kind(out: list[Found], i: int) -> str:
    """The kind of the last body cited before out[i] that issues documents (else of the source just before)."""
    return next((g for g in reversed(out[:i]) if g.info["source_kind"] in ISSUERS), out[i - 1]).info["source_kind"]


def _the_same_source(out: list[Found]) -> None:
    """« selon la même source », "the same source said": the source cited just before, with its kind."""
    for i, f in enumerate(out):
        words = " ".join(f.info["source"].lower().replace("’", "'").split())
        if i > 0 and (words in ("cette source", "this source", "the report", "this report", "le rapport", "ce rapport")
                      or re.fullmatch(r"((la|les|cette|ces|de|the|this|that|these|those) )?(même|mêmes|same) sources?",
                                      words)):  # « cette même source », "that same source"
            said = "source" if "source" in words else "report" if "report" in words else "rapport"
            taken = next((g for g in reversed(out[:i]) if said in g.info["source"].lower()), out[i - 1])
            if said == "source" and words.split()[0] in ("la", "cette", "the", "this", "that"):
                taken = next((g for g in reversed(out[:i]) if g.info["source_kind"] not in ("media", "other")), taken)
                # « de sources concordantes … a indiqué la préfecture maritime … selon la même source »: the
                # prefecture, the last voice before it (but AFP's « a-t-on ajouté de même source » takes up the « de
                # source policière » of its « a-t-on appris »)
            f.info["source_kind"] = taken.info["source_kind"]  # « selon la même source » after « une source
            continue  # policière », even when the outlet it confirmed was cited in between
        parts = words.split()
        if len(parts) == 1 and f.info["source_kind"] in ("named", "other"):
            head = next((g for g in reversed(out[:i]) if len(g.info["source"].split()) > 1
                         and g.info["source"].lower().split()[-1] == parts[0]
                         and g.info["source_kind"] not in ("named", "other")), None)
            if head is not None:
                f.info["source_kind"] = head.info["source_kind"]  # "according to court records … Records say": the
                continue  # same documents, told again by their head noun
        if parts[1:2] in (["news"], ["press"]) and len(parts) == 3:
            parts = [parts[0], parts[2]]  # "the news release", "the press release"
        if i > 0 and len(words.split()) == 1 and words in ("eux", "elles", "lui", "elle", "them", "they", "him", "her") \
                and f.info["source_kind"] == "other" and out[i - 1].info["source_kind"] != "other":
            f.info["source_kind"] = out[i - 1].info["source_kind"]  # « Selon eux » after the researchers: them
            continue
        if i > 0 and len(parts) == 2 and parts[0] in ("sworn", "written", "signed") \
                and parts[1].rstrip("s") in TAKEN_DOCUMENTS:
            f.info["source_kind"] = _issuer_kind(out, i)  # "according to sworn statements" after the police: theirs
            continue
        if i > 0 and len(parts) == 2 and parts[0] in ("the", "le", "la", "l'", "ce", "cet", "cette", "this", "its",
                                                      "son", "sa", "a", "an", "un", "une") and parts[1] in TAKEN_DOCUMENTS \
                and f.info["source_kind"] in ("other", "anonymous", "media") and out[i - 1].info["source_kind"] != "other":
            f.info["source_kind"] = _issuer_kind(out, i)  # "…, the tweet said", « explique le bulletin »: the
            continue  # document of the body just cited (a witness publishes no press release)
        if i > 0 and len(parts) == 2 and parts[0] in ("a", "un", "une") and parts[1] in SPOKESPEOPLE \
                and out[i - 1].info["source_kind"] in ISSUERS:
            f.info["source_kind"] = out[i - 1].info["source_kind"]  # "Lancashire Police said … A spokeswoman
            continue  # added": a spokeswoman of no other body speaks for the one just cited
        if len(parts) == 2 and (parts[0] in ("ce", "cet", "cette", "this", "that")
                                or parts[0] in ("the", "le", "la", "l'") and parts[1] in SPOKESPEOPLE):
            # « a ajouté ce porte-parole »: the spokesman of the préfecture de police cited before; "A Dorset Police
            # spokesperson said … The spokesperson said": the one just cited, again
            earlier = next((g for g in reversed(out[:i]) if parts[1] in g.info["source"].lower().split()), None)
            if earlier is not None and earlier.info["source_kind"] not in ("named", "other"):
                f.info["source_kind"] = earlier.info["source_kind"]


def _the_same_unnamed_source(out: list[Found]) -> None:
    """"A Greek migration ministry source told AFP… "We fear…," the official said": a definite noun with no name
    just after an anonymous source (one of the two sources before it) takes it up, and is anonymous too."""
    for i, f in enumerate(out):
        words = f.info["source"].lower().replace("’", "'").split()
        before = out[max(0, i - 2):i]  # "a ministry source told AFP that, according to the coastguard, …"
        if not any(b.info["source_kind"] == "anonymous" for b in before) or len(words) != 2 or words[0] not in (
                "the", "this", "that", "cette", "ce", "le", "la", "l'") or words[1] not in TAKEN_UP:
            continue
        f.info["source_kind"] = "anonymous"


#: Who speaks for a department the text names elsewhere.
DEPARTMENT_VOICES = {"spokesperson", "spokesman", "spokeswoman", "official", "officials", "statement"}


def _the_department(doc: Any, out: list[Found]) -> None:
    """"a department spokesperson" in a story whose department is a police one ("A New York Police Department
    officer … a department spokesperson has confirmed", "the NYPD"): the police, not an office of government."""
    text = doc.text
    police = re.search(r"\b(Police|Sheriff's|Sheriff’s) Department\b|\b[A-Z]{1,3}PD\b", text)
    if police is None or re.search(r"\b(Fire|Health|Transportation|State|Justice|Education) Department\b", text):
        return
    for f in out:
        words = _without_determiner(f.info["source"]).split()
        if words and words[0] == "department" and all(w in DEPARTMENT_VOICES for w in words[1:]) \
                and f.info["source_kind"] == "official":
            f.info["source_kind"] = "police"


#: Lawyers, and the family they may speak for.
LAWYERS = {"avocat", "avocate", "avocats", "avocates"}
FAMILY_WORDS = {"famille", "familles", "proches"}


def _the_familys_lawyer(doc: Any, out: list[Found]) -> None:
    """« La famille va porter plainte. C'est ce qu'a annoncé leur avocat »: a lawyer who speaks just after the family
    is told (in the sentence or the one before) speaks for the family, not for the justice system (an accused's
    lawyer stays justice). French only: the English gold types "Attorney Lee Merritt, who represents the family"
    justice."""
    sents = list(doc.sents)
    for f in out:
        if f.info["source_kind"] != "justice":
            continue
        words = set(_without_determiner(f.info["source"]).replace(",", " ").split())
        if not words & LAWYERS or words & {"défense", "defence", "defense"}:
            continue
        k = next((i for i, s in enumerate(sents) if s.start_char <= f.start < s.end_char), None)
        if k is None:
            continue
        near = [t for s in sents[max(0, k - 1):k + 1] for t in s]
        if any(t.lower_ in FAMILY_WORDS for t in near):
            f.info["source_kind"] = "family"


#: Verbs that make a person a resident of the place of the story, or a visitor or camper there ("Pat and Andy Lambert
#: were visiting from Branson").
RESIDING = {"live", "reside", "habiter", "résider", "vivre", "visit", "camp", "séjourner", "camper"}
#: Verbs of perceiving, whose subject tells what they saw or heard ("he said he heard a loud boom").
PERCEIVING = {"see", "hear", "watch", "notice", "witness", "spot", "smell", "feel"}
#: Pronouns of the person who speaks or is reported ("I saw", "she said she heard").
SEERS = {"i", "we", "he", "she", "they"}


def _tells_what_one_perceived(sent: Any) -> bool:
    """Whether the sentence has "I saw", "he heard", "she noticed": a person telling what they perceived."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in PERCEIVING and t.tag_ in ("VBD", "VBP", "VBZ")
               and any(c.dep_ == "nsubj" and c.lower_ in SEERS for c in t.children) for t in sent)


#: Verbs of heading a body (« qui commande la compagnie de gendarmerie », "who heads the county's health service").
HEADING = {"commander", "diriger", "présider", "command", "head", "lead", "run", "chair"}
#: Verbs that make a person named a witness of what the story tells (« qui a assisté à la scène », "who watched",
#: « Nahim observe le travail des ouvriers »).
WITNESSING = {"watch", "witness", "see", "film", "attend", "assister", "voir", "filmer", "observer", "regarder",
              "contempler", "observe"}  # ("Fiamma Villaverde, who attended the screening")


def _owns_a_home(verb: Any) -> bool:
    """Whether a relative clause says its person owns a dwelling ("who owns the home", « qui possède la maison »)."""
    return verb.lemma_.lower() in ("own", "posséder") and any(
        c.dep_ in ("obj", "dobj") and c.lemma_.lower() in DWELLINGS for c in verb.children)


def _kinds_ending_on(f: Found, out: list[Found], short: str, folded: bool = False) -> list[str]:
    """The kinds of the sources before `f` whose name ends on `short` (case-folded with `folded`), the nearest first,
    leaving out the kinds that tell nothing (named, other, anonymous)."""
    def name(g: Found) -> str:
        words = _without_determiner(g.info["source"])
        return words.lower() if folded else words

    return [g.info["source_kind"] for g in reversed(out) if g is not f and g.start < f.start
            and name(g).endswith(" " + short) and g.info["source_kind"] not in ("named", "other", "anonymous")]


def _the_rank_told_before(doc: Any, lex: Lexicon, out: list[Found]) -> None:
    """A rank and a name alone ("Captain Tammy Marris said") take the kind of the body the same rank was told with
    before ("according to a Volusia County Beach Safety Ocean Rescue captain"): the rank alone tells less."""
    for f in out:
        words = f.info["source"].split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        first = words[0].rstrip(".").lower()
        if not lex.sources.get(first) or not any(_a_rank(t, lex) for t in doc if t.lower_.rstrip(".") == first):
            continue
        told = [g.info["source_kind"] for g in out if g.start < f.start and g is not f
                and g.info["source"].lower().split()[-1] == first and len(g.info["source"].split()) > 2
                and g.info["source_kind"] not in ("named", "other", "anonymous")]
        if told:
            f.info["source_kind"] = told[-1]


def _roles_told_elsewhere(doc: Any, lex: Lexicon, out: list[Found]) -> None:
    """A person's role told once holds for every mention: « le ministre de l'Intérieur Gérald Darmanin … a
    déclaré Gérald Darmanin », "M. Pepy" after « le patron de la SNCF Guillaume Pepy ». A source of kind named
    takes the kind of the words just before another mention of the same surname in the text."""
    for f in out:  # « la Préfecture de police (PP) … selon la préfecture »: a shortened mention keeps the kind
        short = _without_determiner(f.info["source"])
        longer = [g.info["source_kind"] for g in out if g is not f and g.start < f.start and short
                  and (_without_determiner(g.info["source"]).startswith(short + " ")
                       or f.info["source"].replace("’", "'").split("'")[-1].isupper()
                       and _without_determiner(g.info["source"]).endswith(" " + short))  # « l'AGI » after
                  # « l'agence de presse italienne AGI »
                  and g.info["source_kind"] not in ("named", "other", "anonymous")]
        determined = f.info["source"].lower().startswith(("the ", "la ", "le ", "l'"))
        if not longer and len(short.split()) == 1 and determined:
            longer = _kinds_ending_on(f, out, short)  # "the National Crime Agency … the agency", « l'Office français de
            # l'immigration … l'office »: the same body taken up
        if longer and len(short.split()) == 1 and determined and f.info["source_kind"] == "anonymous":
            for g in out[:out.index(f)]:
                if _without_determiner(g.info["source"]).endswith(" " + short) \
                        and g.info["source_kind"] not in ("named", "family"):
                    g.info["source_kind"] = "anonymous"  # "A building employee said … said the employee, who spoke
                    # on the condition of anonymity": the same unnamed person, who asked not to be named
        elif longer and len(short.split()) == 1:
            f.info["source_kind"] = longer[0]
        elif 1 < len(short.split()) <= 3 and short.islower() and f.info["source_kind"] in ("other", "named") \
                and determined:
            longer = _kinds_ending_on(f, out, short, folded=True)
            if longer:
                f.info["source_kind"] = longer[0]  # "the Gallatin National Forest Avalanche Center … the avalanche
                # center": the body taken up by its last words
        last = f.info["source"].replace("’", "'").split("'")[-1].split()
        acronym = last[-1] if last else ""  # « L'OSDH », "The SOHR" (a source may end on its apostrophe)
        if acronym.isalpha() and len(acronym) >= 3 and (acronym.isupper() or acronym.istitle()):
            # (« Defra » for the Department for Environment, Food and Rural Affairs: initials in title case)
            spelled = [g.info["source_kind"] for g in out if g is not f
                       and initials(g.info["source"]) == acronym.upper()
                       and g.info["source_kind"] not in ("named", "other", "anonymous")]
            if spelled:
                f.info["source_kind"] = spelled[0]  # « l'Observatoire syrien des droits de l'homme … L'OSDH »
            elif f.info["source_kind"] in ("named", "other", "official"):
                kind = _kind_of_a_spelled_acronym(doc, lex, acronym)
                if kind:
                    f.info["source_kind"] = kind  # « Human Rights Watch (HRW) … selon HRW »: a body spelled out
    for f in out:
        alone = " " not in f.info["source"].strip() and f.info["source"][:1].isupper()
        if f.info["source_kind"] != "named" and not alone:
            continue  # "Starmer added…" (a surname the model did not tag as a name), "Horn said" after "police
            # spokesman Lt. Mike Horn" (a surname the model took for an organisation) take the role told elsewhere
        named = re.split(r",\s*(?:who|whose|qui|dont)\b", f.info["source"])[0]  # "Anthony DeSalvo, who lives near
        # the intersection of St. Paul and Covington Rd.": the name before its relative clause
        words = [w for w in named.replace(",", " ").split() if w[:1].isupper()]
        if not words:
            continue
        surname = re.sub(r"^(M|Mme|Mlle|Mr|Mrs|Ms|Dr)\.(?=[A-Z])", "", words[-1])  # « M.Egimard »: the title glued
        cited = [g.info["source_kind"] for g in out if g is not f and any(
                 w == surname or _misspelt(w, surname) for w in g.info["source"].replace(",", " ").split())
                 and g.info["source_kind"] not in ("named", "other", "anonymous")]
        ranks: list[str] = []  # the kinds told by a rank alone ("Cpt."), after the others
        kinds: list[str] = []  # for a person, the roles told with the name come first ("said union president Shawn
        # Fain"), then the kinds other citations of it were given
        first = words[-2] if len(words) > 1 else None
        common = alone and surname.lower() in lex.sources
        hyphens = surname.count("-")
        for tok in doc:
            start = tok.i - 2 * hyphens  # "Premier Nomusa Dube-Ncube": a double-barrelled surname is three tokens
            hyphened = hyphens and start >= 0 and tok.text == surname.split("-")[-1] \
                and doc[start:tok.i + 1].text == surname
            if tok.text != surname and not hyphened and not (first and tok.i > 0 and doc[tok.i - 1].text == first
                                                             and _misspelt(tok.text, surname)):
                continue  # (« le chef de la police de Java, Ahmad Lutfi … a déclaré Ahmad Lufti »: the same man, his
                # name misspelt once, keeps his role)
            start = start if hyphened else tok.i
            k = start - 1
            while k >= tok.sent.start and (doc[k].pos_ in ("PROPN", "NOUN", "DET", "ADJ") or doc[k].lower_ in (
                    "de", "d'", "du", "des", "of", "the") or doc[k].text == "-" or doc[k].tag_ == "POS"
                    or doc[k].text == "." and k > 0 and doc[k - 1].lower_ in TITLES) and start - k <= 10:
                # "Los Angeles County Sheriff's Sgt. Harry Drucker": the title and whose it is, before the name
                if doc[k].pos_ == "ADJ" and k == start - 1 and doc[k].text.islower() and k > tok.sent.start \
                        and doc[k - 1].text == ",":
                    break  # « …, rapporte Ouest-France »: the verb after the comma, tagged an adjective (lemma
                    # « rapport »), is no title
                if doc[k].pos_ == "DET" and k > tok.sent.start and doc[k - 1].lower_ in ("à", "au", "aux", "to"):
                    k = start - 1
                    break  # « a assuré à l'AFP Nicolas Limon »: the outlet told, not the speaker's title
                if doc[k].pos_ == "PROPN" and k > tok.sent.start and doc[k - 1].lower_ in ("à", "au", "aux", "to") \
                        and source_kind(doc[k:k + 1], lex) == "media":
                    break  # « a confirmé à Europe1 Marie Paule de Miguel »: the outlet told, no title
                if doc[k].pos_ == "DET" and (k == tok.sent.start or doc[k - 1].lower_ not in ("de", "d'", "of")):
                    k -= 1
                    break  # the noun phrase of the name starts at its determiner
                k -= 1
            if k + 1 < start:
                whole = common and not all(t.pos_ == "PROPN" and t.ent_type_ in ("PER", "PERSON")
                                           for t in doc[k + 1:start])  # ("Town told CNN" after "Christopher Town": a
                # first name before it makes the word a surname)
                kind = source_kind(doc[k + 1:tok.i + 1] if whole else doc[k + 1:start], lex, organisations=False)
                # ("Police said" after "Vermont State Police": a body's own noun, the words before it its name)
                title = [t for t in doc[k + 1:start] if not t.is_punct]
                rank_only = any(_a_rank(t, lex) for t in title) and all(
                    _a_rank(t, lex) or t.pos_ == "PROPN" and not lex.sources.get(t.lower_) for t in title)
                if kind not in ("named", "other", "anonymous") and not (
                        kind == "official" and any(t.lower_ in TEAMS for t in doc[k + 1:start])):
                    (ranks if rank_only else kinds).append(kind)  # but "Spain's World Cup-winning team Jenni
                    # Hermoso": a player, a person; "Cpt. Brian Garn, Draper City Fire Department": a rank alone
                    # tells less than the body in apposition
            head = tok
            while head.dep_ in ("flat:name", "flat", "compound") and head.head.pos_ == "PROPN" and head.head.i != head.i:
                head = head.head
            told = apposition(head)  # « Nicolas Hulot, qui occupait le poste de ministre », "Howell, a professor"
            if told is not None:
                kind = source_kind(doc[tok.i:tok.i + 1], lex, told, organisations=False)
                if kind not in ("named", "other", "anonymous"):
                    kinds.append(kind)
            name = tok  # (unlike `head` above, past a first name tagged as a noun: « Carole Etienne »)
            while name.dep_ in ("flat:name", "flat", "compound") and name.head.i < name.i:
                name = name.head
            title = name.head if name.dep_ == "appos" and name.head.i < name.i and name.head.pos_ == "NOUN" else None
            if title is not None and doc[name.left_edge.i - 1].text == "," \
                    and all(w in doc[name.left_edge.i:tok.i + 1].text.split() for w in words):  # (not « Gisèle
                # Pelicot » after « Son mari, Dominique Pelicot »: the same surname, another person)
                # « Le procureur de la République, Dominique Alzeari, s'est rendu sur place »: the name set in
                # apposition to its title
                kind = source_kind(doc[title.left_edge.i:name.left_edge.i - 1], lex, organisations=False)
                if kind not in ("named", "other", "anonymous"):
                    kinds.append(kind)
            for c in name.children:
                objects = [g for g in c.children if g.dep_ in ("obj", "dobj")] if c.dep_ in (
                    "acl:relcl", "relcl") and (c.lemma_.lower() in HEADING or c.lemma_.lower() + "r" in HEADING) else []
                # (the French tagger may leave « commande » as its own lemma)
                if objects:
                    kind = source_kind(doc[objects[0].left_edge.i:objects[0].right_edge.i + 1], lex,
                                       organisations=False)
                    if kind not in ("named", "other", "anonymous"):
                        kinds.append(kind)  # « Helmut Schmitz, qui commande la compagnie de gendarmerie »: whose
                        # head he is
            subject = name if name.dep_ == "nsubj" else name.head if name.dep_ == "conj" \
                and name.head.dep_ == "nsubj" else None  # ("Pat and Andy Lambert were visiting": both of them)
            if subject is not None and (subject.head.lemma_.lower() in RESIDING and any(
                    c.dep_ in ("prep", "obl", "obl:mod", "advmod") for c in subject.head.children)
                    or subject.head.lemma_.lower() in WITNESSING and subject.head.i > subject.i) or any(
                    c.dep_ in ("acl:relcl", "relcl") and (c.lemma_.lower() in RESIDING | WITNESSING or _owns_a_home(c))
                    for c in name.children):
                kinds.append("witness")  # "Matt Warren lives in the flats and said…", « Paul, qui habite le
                # quartier », "Chris Matcham, who watched the events unfold", « Nahim observe le travail des
                # ouvriers », "Mike McNair, who owns the home": a resident, an onlooker
            elif f.info["source_kind"] == "named" and _tells_what_one_perceived(tok.sent):
                kinds.append("witness")  # "Conrad Muir … said he heard a loud boom", "'I saw this red flash,' Muir
                # explained": a person telling what they saw or heard there (the gold, 7 of 7 such names; not "one
                # witness told KABC", a station)
        kinds += ranks
        kinds = kinds + cited if f.info["source_kind"] == "named" else cited + kinds  # (but "Xinhua", "Police" alone
        # keep the kind their other citations have: the words before them elsewhere may be another body's)
        if kinds:
            f.info["source_kind"] = kinds[0]
        elif alone and f.info["source_kind"] == "official" and any(
                t.text == surname and t.i > 0 and doc[t.i - 1].ent_type_ in ("PER", "PERSON")
                and doc[t.i - 1].text[:1].isupper() for t in doc) and not any(
                t.text == surname and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS" for t in doc):
            f.info["source_kind"] = "named"  # "captain Billy Sharp … Sharp said": a person's surname, not the company
            # the entity tagger took it for (but "Nicolas Maduro's government", "Chevron's Pembroke plant": a head
            # of state, a company, something of theirs told)


def _a_rank(tok: Any, lex: Lexicon) -> bool:
    """Whether a word is a rank many bodies have ("captain", "Cpt.", "chief"), which tells a kind only alone."""
    word = tok.lower_.rstrip(".")
    return word in lex.weak_sources or ABBREVIATED_TITLES.get(word) in lex.weak_sources


def _kind_of_a_spelled_acronym(doc: Any, lex: Lexicon, acronym: str) -> str:
    """The kind of the body an acronym stands for where the text spells it out before it in brackets (« Human Rights
    Watch (HRW) », "the Independent Office for Police Conduct (IOPC)"): its words' kind, or official (a body speaking
    for itself, as a named organisation), or "" when the text does not spell it out. Without brackets ("Vermont State
    Police … VSP said"), only a kind its words tell."""
    for tok in doc:
        if tok.text != acronym or tok.i < 2 or doc[tok.i - 1].text != "(":
            continue
        k = tok.i - 2
        while k > max(tok.sent.start, tok.i - 12) and (doc[k - 1].is_alpha or "'" in doc[k - 1].text
                                                        or doc[k - 1].text == "," and k - 2 > tok.sent.start
                                                        and doc[k - 2].text[:1].isupper()):
            # ("the Department for Environment, Food and Rural Affairs (Defra)": a comma inside the name)
            k -= 1
        for start in range(k, tok.i - 1):  # (the longest words first whose initials are the acronym)
            words = doc[start:tok.i - 1]
            if initials(words.text) == acronym.upper():
                kind = source_kind(words, lex)
                return kind if kind not in ("named", "other") else "official"
    for tok in doc:  # "Vermont State Police … VSP said": spelled out elsewhere, without brackets
        if tok.text[:1] != acronym[0] or not tok.is_title:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 2 * len(acronym) and (
                doc[end].is_title or doc[end].lower_ in SMALL_WORDS):
            end += 1
            if doc[end - 1].is_title and initials(doc[tok.i:end].text) == acronym.upper():
                kind = source_kind(doc[tok.i:end], lex)
                if kind not in ("named", "other", "anonymous"):
                    return kind
    return ""


def _misspelt(one: str, other: str) -> bool:
    """Whether two names differ only by two letters swapped side by side (« Lutfi », « Lufti »)."""
    if len(one) != len(other) or len(one) < 4 or one[0] != other[0]:
        return False
    diff = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and one[diff[0]] == other[diff[1]] \
        and one[diff[1]] == other[diff[0]]


def _without_determiner(words: str) -> str:
    """A source's words in lower case without their first determiner (« la préfecture » → « préfecture »)."""
    low = words.lower().replace("’", "'").strip()
    for det in ("le ", "la ", "les ", "l'", "the ", "un ", "une ", "a ", "an "):
        if low.startswith(det):
            return low[len(det):].strip()
    return low


def _headline_attribution(sent: Any, lex: Lexicon, out: list[Found], used: set[int]) -> None:
    """"Police: officer meant to draw Taser", « Environment Agency: 'We will…' »: a source before a colon;
    "…in fatal shooting: chief", "…in Minnesota -police": a source after a final colon or dash."""
    doc = sent.doc
    last = sent.end - 1
    while last > sent.start and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in ("-", ":"):
        last -= 1
    k = last
    while k > sent.start and last - k < 3 and doc[k].pos_ in ("NOUN", "PROPN"):
        k -= 1
    if k < last and doc[k].text in ("-", "—", "–") and k > sent.start and not doc[k - 1].whitespace_:
        k = last  # "Ukrainian POWs Held by Russian-Backed Forces": a hyphen inside a word, not a dash before a source
    credit = k < last and doc[k].text in ("-", "—", "–") and all(t.is_punct or t.is_space for t in doc[sent.start:k])
    # ("- Daily Telegraph UK" on a line of its own at the end: the credit of the paper the story is taken from)
    if not credit and (k < last and doc[k].text in (":", "-", "—", "–")
                       or doc[last].text.startswith("-") and len(doc[last].text) > 2):
        src = doc[k + 1:last + 1] if doc[k].text in (":", "-", "—", "–") else doc[last:last + 1]
        kind = source_kind(src, lex, organisations=False) if src.text.strip("-") else "other"
        if kind not in ("named", "other"):
            out.append(attribution(sent, doc[k if doc[k].text in (":", "-", "—", "–") else last:last + 1], src,
                              ":", "neutral", lex))
            used.update(range(k, last + 1))
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i - sent.start > 4 or colon.i == sent.start:
        return
    src = doc[sent.start:colon.i]
    if src.root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in src):
        return  # « Le bilan est lourd : … » is a clause, not a speaker
    if src.root.lower_ in ("news", "live", "latest", "update", "updates", "infos", "direct"):
        return  # "China Evergrande news: What's next", « Direct : … »: a rubric, not a speaker
    if src.root.lower_ in ("source", "sources", "credit", "crédit", "via") and all(
            t.pos_ == "DET" for t in src if t.i != src.root.i):
        return  # "Source: ABC News", "The Source: Information in this story is from…": a credit line; the source
        # is the name after the colon
    if src.root.lemma_.lower() in DOCUMENTS:
        return  # « Bilan provisoire : treize morts »: a toll announced, no one cited
    if src.root.lower_ in EVENT_HEADS or src.root.lemma_.lower() in EVENT_HEADS:
        return  # "Holy Fire: Suspect arrested", « Incendie de Mulhouse : … »: the story's event, not a speaker
    if src.root.pos_ == "NOUN" and not (lex.sources.get(src.root.lemma_.lower()) or lex.sources.get(src.root.lower_)):
        return  # « Colère des agriculteurs : … »: an abstract noun heads it; a speaker is a person, a role, a body
    kind = source_kind(src, lex, organisations=False)
    if kind in ("named", "other"):
        return  # « Nanterre : un mineur tué » names a place, « Ligue 1 : … » a competition, not a source
    if kind == "witness" and colon.i + 1 < sent.end and doc[colon.i + 1].text not in QUOTE_CHARS | {"'", "‘"}:
        return  # "Channel migrants: Border Force intercept boats": the people the story is about, not a speaker
        # (but "Residents: 'We were never warned'")
    out.append(attribution(sent, doc[sent.start:colon.i + 1], src, ":", "neutral", lex))
    used.update(range(sent.start, colon.i + 1))


#: Nouns of an event that a headline names before a colon (« Incendie de la rue Myrha : … », "Holy Fire: …").
EVENT_HEADS = {"fire", "wildfire", "blaze", "storm", "flood", "floods", "crash", "strike", "strikes", "shooting",
               "incendie", "feu", "tempête", "inondations", "crue", "accident", "grève", "fusillade", "naufrage"}


#: Verbs of gathering news: « X a appris auprès du parquet » names the source after « auprès de ».
GATHERING = {"apprendre", "obtenir", "recueillir", "confirmer", "vérifier", "savoir"}


#: Verbs of naming: « d'après » after them says whom a thing is named after.
NAMING = {"surnommer", "baptiser", "nommer", "renommer", "appeler", "prénommer"}


#: Rules and measures: « selon les normes du BIT » cites no one.
STANDARDS = {"norme", "normes", "critère", "critères", "définition", "règle", "règles", "règlement", "méthode",
             "standard", "standards", "criteria", "criterion", "definition", "rule", "rules", "regulations",
             "barème", "calcul", "calculs", "probabilité", "vraisemblance", "apparence", "évidence", "rythme", "rhythm",
             "pace"}


#: Words of a time between a participle and its « par » / "by" (« en fin d'après-midi », "late in the evening").
TIMES_OF_DAY = TIME_WORDS | {"matinée", "soirée", "journée", "fin", "début", "heure", "heures"}


def _past_the_recipient(doc: Any, k: int, end: int) -> int:
    """The « par » / "by" after who was given the news (« les informations transmises à LCI-TF1 par la préfecture »,
    "figures given to the BBC by the Home Office"), else k."""
    if k >= end or doc[k].lower_ not in ("à", "au", "aux", "to"):
        return k
    by = next((j for j in range(k + 1, min(k + 6, end)) if doc[j].lower_ in ("par", "by")), None)
    if by is not None and all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ") or t.text[:1].isupper() or t.text == "-"
                              for t in doc[k + 1:by]):  # (« France Bleu », whatever the tagger reads « Bleu » as)
        return by  # who gave them, not to whom
    return k


def _author_of_document(noun: Any, lex: Lexicon) -> Any:
    """The author named after a document noun and its participle (« un bilan communiqué par la préfète »), or
    None: the noun after « par » / "by" (a person or a body, not a thing)."""
    doc = noun.doc
    if noun.lemma_.lower() not in DOCUMENTS and noun.lower_ not in DOCUMENTS:
        author = _author_after_participle(noun)
        if author is not None or noun.lemma_.lower() not in GIVEN_NEWS and noun.lower_ not in GIVEN_NEWS:
            return author  # (« les premiers éléments de l'enquête communiqués par le procureur »: further on)
    k = noun.i + 1
    while k < noun.sent.end and k - noun.i <= 5 and doc[k].lower_ not in GIVEN:
        if doc[k].text in (",", ".", ";", ":") and doc[k].i != noun.i + 1 and not (
                doc[k].text == "," and k + 1 < noun.sent.end and doc[k + 1].lower_ in GIVEN):
            return None  # (but « les premiers éléments de l'enquête, communiqués par la police »: the participle
            # set off by its comma)
        k += 1
    if k >= noun.sent.end or doc[k].lower_ not in GIVEN:
        return None
    k += 1
    while k < noun.sent.end and (doc[k].pos_ == "ADV" or doc[k].lower_ in MONTHS_DAYS
                                 or doc[k].lower_ in ("on", "ce", "this", "late", "early")):
        k += 1  # « communiqué jeudi matin par les secours », "released on Monday by"
    for where in GATHERED_WHERE:
        words = where.split()
        if [t.lower_ for t in doc[k:k + len(words)]] == words:
            k += len(words)  # « les premiers éléments recueillis sur place par les policiers »
    if k < noun.sent.end and doc[k].lower_ in ("en", "dans", "in", "at", "au", "à", "vers", "cette", "ce", "this"):
        by = next((j for j in range(k + 1, min(k + 6, noun.sent.end)) if doc[j].lower_ in ("par", "by")
                   or doc[j].is_punct), None)
        if by is not None and doc[by].lower_ in ("par", "by") and any(
                t.lower_ in TIMES_OF_DAY for t in doc[k:by]):
            k = by  # « un nouveau bilan communiqué en fin d'après-midi par la préfecture », "released late in the
            # evening by the ministry": when, then who
    k = _past_the_recipient(doc, k, noun.sent.end)
    if k < noun.sent.end and (doc[k].lower_ in ("lors", "during", "pendant", "durant") or doc[k - 1].lower_ == "lors"):
        k = next((j for j in range(k + 1, min(k + 8, noun.sent.end)) if doc[j].lower_ in ("par", "by")
                  or doc[j].is_punct), k)  # « les mots utilisés lors de la conférence de presse par le procureur »
    if k >= noun.sent.end or doc[k].lower_ not in ("par", "by"):
        return None
    author = noun_after(doc, k + 1, noun.sent.end)
    return author if author is not None and author.pos_ in ("NOUN", "PROPN") else None


#: Verbs and nouns of what « selon » means "depending on" with (« varie selon l'âge », « selon les régions »).
VARYING = {"varier", "dépendre", "différer", "changer", "fluctuer", "osciller", "moduler", "adapter"}
VARYING_BY = {"départements", "régions", "pays", "âge", "âges", "cas", "secteurs", "territoires", "zones", "saisons",
              "périodes", "profils", "catégories", "tranches", "villes", "communes", "modèles", "sexe", "revenus"}
#: Nouns of a time or an occasion after an opening « Pour » (« Pour la septième journée, … »).
OCCASIONS = {"journée", "jour", "semaine", "saison", "édition", "fois", "occasion", "match", "rencontre", "étape",
             "manche", "soirée", "année", "mois", "week-end", "rentrée", "session", "tour", "finale"}
#: Nouns of a purpose after an opening « Pour » (« Pour les besoins de l'enquête, … », « Pour des raisons de sécurité »).
PURPOSE_NOUNS = {"besoin", "besoins", "raison", "raisons", "nécessité", "nécessités"}


def _for_someone(tok: Any, lex: Lexicon, out: list[Found], used: set[int]) -> None:
    """« Pour le groupe Michelin, la fermeture est devenue « inéluctable » »: a sentence that opens on « Pour » and a
    speaker (a person, a role, a body), then a comma, gives that speaker's view."""
    doc = tok.doc
    noun = noun_after(doc, tok.i + 1, tok.sent.end)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return
    src = span_from(doc, noun, tok.sent.end)
    src = doc[max(src.start, tok.i + 1):src.end]
    if src.end >= tok.sent.end or doc[src.end].text != ",":
        return
    if noun.lower_ in OCCASIONS or noun.lemma_.lower() in OCCASIONS:
        return  # « Pour la septième journée de Ligue 1, … »: when, not who
    if noun.lower_ in PURPOSE_NOUNS:
        return  # « Pour les besoins de l'enquête, le parc est resté fermé »: why, not who
    kind = source_kind(src, lex)
    if kind not in SPEAKING_KINDS and not any(t.ent_type_ in ("PER", "PERSON") for t in src):
        return  # « Pour la deuxième fois, … », « Pour Noël, … »: a time or a purpose, not a speaker
    if src.root.pos_ == "PROPN" and is_a_match_story(doc):
        return  # « Pour Valenciennes, les choses se compliquent »: a team in a match report
    words = doc[tok.i:src.end]
    out.append(attribution(tok.sent, words, src, "pour", "according", lex, apposition(noun)))
    used.update(range(words.start, words.end))




def _quoted_by(doc: Any, lex: Lexicon, out: list[Found], used: set[int]) -> None:
    """The medium that quotes a source the text cites: "Witnesses cited by AP said…", « des témoins, cités par La
    Provence »."""
    for tok in doc:
        if tok.lower_ not in QUOTED or tok.i + 2 >= tok.sent.end or doc[tok.i + 1].lower_ not in ("by", "par") \
                or tok.i + 1 in used:
            continue
        before = doc[tok.i - 2] if tok.i > 1 and doc[tok.i - 1].text == "," else doc[tok.i - 1] if tok.i else None
        if before is None or before.pos_ not in ("NOUN", "PROPN", "ADJ") or not any(
                f.text == tok.sent.text.strip() and re.search(rf"\b{re.escape(before.text)}$", f.info["source"])
                for f in out):
            continue  # (a source the text cites, not "a passage cited by the judge")
        src = span_from(doc, doc[tok.i + 2], tok.sent.end) if doc[tok.i + 2].pos_ != "DET" or tok.i + 3 >= tok.sent.end \
            else span_from(doc, doc[tok.i + 3], tok.sent.end)
        if not any(t.pos_ in ("NOUN", "PROPN") for t in src):
            continue
        found = attribution(tok.sent, doc[tok.i:tok.i + 2], src, "quote", "neutral", lex)
        if found.info["source_kind"] in ("other", "named"):
            found.info["source_kind"] = "media"  # a name that quotes someone the story cites is a medium's
            found.info["speaker"] = True
        out.append(found)
        used.update(range(tok.i, src.end))


#: The auxiliary before « pour sa part » / « de son côté » (« La CGT a pour sa part dénombré… »).
HAVE_FORMS = {"a", "ont", "avait", "avaient", "aurait", "auraient"}


def _speaker_for_ones_part(tok: Any, lex: Lexicon, out: list[Found], used: set[int]) -> None:
    """« La CGT a pour sa part dénombré 300 000 manifestants », « Le ministère a, de son côté, démenti avoir… »:
    the small French model loses the clause around the phrase (it reads « part » as an object and the participle as
    its adjective); the noun phrase before the auxiliary speaks, when the participle reports (a count, a denial…)
    and what it reports follows (« que », an infinitive, a figure, a quotation)."""
    doc = tok.doc
    sent = tok.sent
    j = tok.i + 1
    if j < sent.end and doc[j].text == ",":
        j += 1
    k = tok.i - 3  # (the word before « pour sa part »)
    if k > sent.start and doc[k].text == ",":
        k -= 1
    if j >= sent.end or k <= sent.start or doc[k].lower_ not in HAVE_FORMS:
        return
    verb = doc[j]
    low = verb.lower_
    lemma = reporting_lemma(verb, lex) or next((c for c in (verb.lemma_.lower(), low.rstrip("s").rstrip("e")[:-1] + "er",
                                                              low.rstrip("s").rstrip("e") + "r")
                                                if c in lex.reporting), None)  # (« démenti » read as a pronoun)
    if lemma is None or verb.i in used or not verb.lower_.endswith(("é", "ée", "és", "ées", "i", "is", "u", "ue")):
        return
    after = doc[j + 1:min(j + 9, sent.end)]
    if not (any(t.lower_ in ("que", "qu'", "qu’", ":") or t.text in QUOTE_CHARS for t in after[:3])
            or len(after) and ("Inf" in after[0].morph.get("VerbForm") or after[0].lower_ in ("avoir", "être"))
            or any(any(ch.isdigit() for ch in t.text) for t in after)):
        return  # « Un canot a pour sa part récupéré 18 naufragés » reports nothing: récupérer is no reporting verb
    start = k - 1
    while start > sent.start and doc[start - 1].text not in (",", ";", ":", "«", "»", '"') \
            and doc[start - 1].pos_ not in ("VERB", "AUX", "SCONJ", "CCONJ") and k - start < 8:
        start -= 1
    src = doc[start:k]
    if not src or src[0].pos_ not in ("DET", "PROPN") or not any(t.pos_ in ("NOUN", "PROPN") for t in src) \
            or any(t.i in used for t in src):
        return
    group = doc[k:j + 1]
    out.append(attribution(sent, group, src, lemma, lex.reporting[lemma], lex))
    used.update(range(src.start, group.end))


def _a_bare_complement_after(cc: Any) -> bool:
    """Whether « et » opens a second complement with no determiner (« le Service départemental d'incendie et de
    secours », « le centre de recherche et de sauvetage »): one body's name, not a second source (« auprès des
    pompiers et de la préfecture » is two)."""
    doc = cc.doc
    return cc.lower_ == "et" and cc.i + 2 < len(doc) and doc[cc.i + 1].lower_ in ("de", "d'", "d’") \
        and doc[cc.i + 2].pos_ in ("NOUN", "ADJ") and doc[cc.i + 2].text[:1].islower()


def _coordinated(doc: Any, src: Any) -> Any:
    """A second source joined to the first by « et » / "and" (« selon la police et les pompiers », "according to his
    mother, Nakala Murry, and the state bureau"), or None."""
    k = src.end
    end = src.sent.end
    if k < end and doc[k].text == ",":  # an apposed name: ", Nakala Murry,"
        j = k + 1
        while j < end and doc[j].pos_ == "PROPN":
            j += 1
        if j > k + 1 and j < end and doc[j].text == ",":
            k = j + 1
        elif j < end and doc[j].lower_ in ("and", "et"):
            return None
    if k >= end or doc[k].lower_ not in ("and", "et") or _a_bare_complement_after(doc[k]):
        return None
    noun = noun_after(doc, k + 1, end)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        noun = next((t for t in doc[k + 1:min(k + 6, end)] if t.dep_ == "conj" and t.pos_ == "NOUN"
                     and t.text[:1].islower()), None)
        if noun is None:  # ("and Irish government officials", "and elected officials", « auprès des pompiers et de
            return None  # la préfecture »: the conjunct's head after its modifiers; not a name's « et de la Mer du
            # Nord »)
    second = span_from(doc, noun, end)
    return doc[max(second.start, k + 1):second.end]


def _author_after_participle(noun: Any) -> Any:
    """« selon l'expression utilisée par le ministre », "according to a study led by the institute": the agent
    of the participle right after the noun is who said it; « selon les informations recueillies auprès de la
    direction »: whom they were gathered from."""
    doc = noun.doc
    k = noun.i + 1
    if k + 1 >= noun.sent.end:
        return None
    gathered = doc[k].lemma_.lower() in GATHERING and doc[k + 1].lower_ == "auprès"  # (« obtenues », read as an
    # adjective)
    if not ("Part" in doc[k].morph.get("VerbForm") or doc[k].tag_ == "VBN" or gathered) \
            or doc[k].lemma_.lower() in ASKED or doc[k].lower_ in ASKED:
        return None  # (« selon les pompiers interrogés par Ouest France »: the firemen told it, the outlet asked them;
        # the gold, 4 times in 4)
    k += 1
    while k < noun.sent.end and (doc[k].pos_ == "ADV" and doc[k].lower_ != "auprès" or doc[k].lower_ in MONTHS_DAYS
                                 or doc[k].dep_ in ("prt", "compound:prt")) and k - noun.i < 5:
        k += 1  # "a list drawn up by the airport"
    k = _past_the_recipient(doc, k, noun.sent.end)
    if gathered and k + 1 < noun.sent.end and doc[k + 1].lower_ in ("de", "d'", "du", "des"):
        k += doc[k + 1].lower_ in ("de", "d'")  # (« auprès du rectorat »: « du » is a determiner to skip)
    elif k >= noun.sent.end or doc[k].lower_ not in ("par", "by"):
        return None
    author = noun_after(doc, k + 1, noun.sent.end)
    return author if author is not None and (author.pos_ == "PROPN" or author.ent_type_) or author is not None \
        and author.pos_ == "NOUN" and author.lemma_.lower() not in ("balle", "bullet", "coup", "jet") else None


#: Posts on a network, whose author follows (« selon un message de la préfecture », "according to a tweet from
#: CalFire").
POSTS = {"tweet", "tweets", "post", "posts", "message", "messages", "publication"}


def _data_author(noun: Any) -> Any:
    """« selon les données actualisées dimanche du système européen », "figures from the ministry": the body
    after « de » / "from" / "of" that a document noun comes from."""
    doc = noun.doc
    if noun.lemma_.lower() not in DOCUMENTS | POSTS and noun.lower_ not in DOCUMENTS | POSTS:
        return None
    k = noun.i + 1
    while k < noun.sent.end and k - noun.i <= 4 and (doc[k].pos_ in ("ADV", "ADJ", "VERB")
                                                      or doc[k].lower_ in MONTHS_DAYS
                                                      or doc[k].like_num and len(doc[k].text) == 4):
        k += 1  # « les données 2024 de la Miprof »: the year they cover
    if k >= noun.sent.end or doc[k].lower_ not in ("du", "de", "des", "d'", "from", "of", "by"):
        return None  # ("according to a statement by Virginia Mason": the hospital's own statement)
    author = noun_after(doc, k + 1, noun.sent.end)
    return author if author is not None and author.pos_ in ("NOUN", "PROPN") else None


#: Verbs whose subject made or published the reports ("outlets carried similar reports of the bombing"): then the
#: subject is the source, not someone left unnamed.
PUBLISHING_REPORTS = {"carry", "publish", "air", "broadcast", "run", "write", "file", "issue", "release", "compile",
                      "produce", "prepare", "commission", "submit", "present", "deliver"}
#: What follows a call whose content the text tells ("calls saying people were inside").
CALL_CONTENT = {"saying", "that", "reporting", "claiming"}
#: The lines a call comes in on ("phone calls saying…", "a 999 call reporting…"): no one named still.
CALL_LINES = {"phone", "telephone", "emergency", "999", "911", "9-1-1", "112"}


def _an_unnamed_report(tok: Any, lex: Lexicon) -> bool:
    """Whether "reports" / "a report" / "calls" is a source no one is named for, told with what it said: "responded to
    reports of shots fired", "there have been reports that…", "confirm reports the father set the car alight",
    "after receiving phone calls saying…", "Initial reports had five dead". Not a report someone named wrote or
    carried ("the USADA report", "a BBC report", "reports from the ground", "outlets carried reports of"), nor one
    that did not come ("no reports of injuries"), nor a call with no words told ("a mayday call", "calls for
    justice"); "CNN reports that" is a verb."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    call = tok.lower_ in ("call", "calls")
    plural = tok.lower_.endswith("s")
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    answered = tok.head.lower_ == "to" and tok.head.head.lemma_.lower() == "respond"  # ("responded to the report of
    # an explosion": the report is new to the reader, its author unnamed)
    if any(c.dep_ in ("poss", "compound", "nmod") and not (call and c.lower_ in CALL_LINES)
           or c.lower_ in ("from", "by") and c.i > tok.i
           or c.dep_ == "det" and (c.lower_ in ("no", "any") or c.lower_ in ("the", "this", "that") and not plural
                                   and not (answered and c.lower_ == "the"))
           for c in tok.children):
        return False  # a report someone named wrote, "the report" already told, "no reports of injuries"
    if tok.i > 0 and doc[tok.i - 1].lower_ in ("no", "any", "without") or tok.i > 1 and doc[tok.i - 2].lower_ in (
            "no", "any", "without") and doc[tok.i - 1].pos_ == "ADJ":
        return False
    if not call and (any(c.dep_ == "nummod" for c in tok.children) or tok.head.lower_ == "of" and tok.head.head.lower_
                     in ("hundreds", "dozens", "thousands", "scores", "tens", "millions")):
        return False  # "hundreds of reports of concerns", "130 reports to police": reports counted in the story, none
        # cited
    verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head if tok.head.dep_ == "prep" else None
    if verb is not None and (verb.lemma_.lower() in PUBLISHING_REPORTS or any(c.dep_ == "neg" for c in verb.children)):
        return False  # "outlets carried similar reports of the bombing": theirs; "police did not receive reports"
    if nxt is None:
        return False
    k = nxt.i
    while k < min(tok.i + 10, tok.sent.end - 1) and (doc[k].lower_ in WHEN_OR_WHERE or doc[k].like_num
                                                      or doc[k].pos_ in ("NUM", "PROPN")
                                                      or doc[k].lower_ == "about" and doc[k + 1].text[:1].isdigit()):
        k += 1  # "responded to a call around 11:50 a.m. about a climber", "a report in May Township just before 8
        # p.m. that a man…": when or where it came, then what it told
    after_when = k > nxt.i and doc[k].lower_ in ("about", "that", "of") and doc[k + 1].pos_ in (
        "DET", "NOUN", "PRON", "NUM", "PROPN", "ADJ")  # ("a report at about 7:18 of a small car going into the canal")
    if after_when and doc[k].lower_ == "that":
        return True
    if after_when:
        nxt = doc[k]
    if call:
        counted = any(c.dep_ == "nummod" and c.lower_ not in CALL_LINES
                      or c.lower_ in ("multiple", "several", "many", "numerous") for c in tok.children)
        the_event = nxt.lower_ == "about" and doc[nxt.i + 1].lower_ in ("the", "this") and nxt.i + 2 < len(doc) \
            and doc[nxt.i + 2].lower_ in MISHAPS | FIRE_NOUNS | {"explosion", "blast"}  # "began receiving calls about
        # the crash": the event the text tells, nothing the callers added (but "a call about the man who was trapped")
        return nxt.lower_ in CALL_CONTENT and not (nxt.lower_ == "that" and doc[nxt.i + 1].pos_ in ("VERB", "AUX")) \
            or (nxt.lower_ == "about" and nxt.head.i == tok.i or after_when) and not counted and not the_event
        # ("received 12 calls about the fire": calls counted, the fire told, but "several more calls reporting seeing
        # the Civic" tell what they saw; "the call that came in": a relative clause, no content)
    if nxt.lower_ in ("of", "about") and (nxt.head.i == tok.i or after_when):
        obj = next((c for c in nxt.subtree if c.pos_ in ("NOUN", "PROPN", "PRON") or c.tag_ in ("WRB", "IN")
                    and c.i == nxt.i + 1), None)  # ("reports of as many as 60 people missing", "reports about whether")
        return obj is not None and obj.pos_ != "PROPN" and obj.ent_type_ not in ("ORG", "GPE", "PERSON", "NORP") \
            and obj.lower_ not in lex.sources  # (but "a report of the commission": its author)
    if nxt.lower_ == "that":
        return nxt.dep_ in ("mark", "det") and nxt.head.i != tok.i or nxt.dep_ == "mark"
    told = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i
                 and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if told is not None and doc[tok.i + 1].pos_ in ("DET", "PROPN", "NOUN", "PRON"):
        return True  # "confirm reports the father … set the car alight"
    head = tok.head
    return plural and tok.dep_ == "nsubj" and head.lemma_.lower() in REPORTS_ARRIVE and (
        any(c.dep_ == "amod" for c in tok.children)  # "Initial reports had five dead", "Early reports put…"
        or any(t.lower_ == "that" and t.dep_ == "mark" for t in doc[head.i + 1:min(head.i + 6, tok.sent.end)]))
    # ("reports began to emerge that…", "reports were coming in that…")


#: Words of when or where a call or a report came ("a call around 11:50 a.m.", "a report in May Township just before
#: 8 p.m."), between it and what it told.
WHEN_OR_WHERE = (WHEN_GONE - {"about"}) | TIME_WORDS | {"in", "near", "on", "just", "shortly", "before", "after"}


#: Verbs whose subject "reports" arrive or tell a count.
REPORTS_ARRIVE = {"have", "put", "emerge", "come", "begin", "surface", "circulate", "spread", "start", "place"}


def _speaker_of_what_was_said(doc: Any, k: int, end: int, lex: Lexicon) -> int | None:
    """Where the speaker starts in « selon ce qu'ont expliqué les autorités », « d'après ce que le maire a raconté »
    (`k` after « que »): the subject of the verb of saying, after it or before it; None without one."""
    verb = next((t for t in doc[k:min(k + 6, end)] if t.pos_ == "VERB" and t.lemma_ not in ("pouvoir", "vouloir",
                                                                                         "devoir")), None)
    # (« ce qu'ont pu rapporter des auditeurs »: the modal, then the verb of saying)
    if verb is None or reporting_lemma(verb, lex) is None:
        return None
    if verb.i + 1 < end and doc[verb.i + 1].pos_ in ("DET", "NOUN", "PROPN"):
        return verb.i + 1  # « ce qu'ont expliqué les autorités »
    if doc[k].pos_ in ("DET", "NOUN", "PROPN"):
        return k  # « ce que les autorités ont expliqué »
    return None


def _according(tok: Any, lex: Lexicon, out: list[Found], used: set[int]) -> None:
    doc = tok.doc
    low = tok.lower_
    start = tok.i
    if low == "après":
        if tok.i == 0 or doc[tok.i - 1].lower_ not in ("d'", "d’"):
            return  # « après un refus d'obtempérer » is a time, not a source
        if any(t.lemma_.lower() in NAMING for t in doc[max(tok.sent.start, tok.i - 8):tok.i]):
            return  # « surnommée "Sue", d'après la mère de son découvreur »: named after her, no one cited
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("midi", "midis"):
            return  # « en début d'après midi »: the afternoon written without its hyphen, no one cited
        start = tok.i - 1
        verb = "d'après"
    elif low == "according":
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            return
        verb = "according to"
    elif low == "auprès":
        verb = "auprès de"
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("de", "d'", "du", "des"):
            return
        if tok.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "case" and c.lower_ == "par" for c in tok.head.children) \
                or any(c.dep_ in ("obl:agent", "agent") and c.i < tok.i for c in tok.head.children):
            return  # « confirmée par plusieurs sources concordantes auprès de l'AFP »: the agent told it, the AFP heard
        j = tok.i - 1
        while j > tok.sent.start and (doc[j].pos_ == "ADV" or doc[j].text == ","):
            j -= 1  # (« Les secouristes ont confirmé, auprès de la télévision d'Etat CCTV, que … »)
        said = reporting_lemma(doc[j], lex) if j >= tok.sent.start else None
        gov = tok.head if tok.head.pos_ == "VERB" else tok.head.head if tok.head.dep_.startswith("obl") else tok
        if said is None and gov.pos_ == "VERB" and gov.i < tok.i and reporting_lemma(gov, lex) is not None:
            j = gov.i  # « a confirmé le décès de l'automobiliste auprès de l'AFP »: the verb before its object, which
            said = reporting_lemma(doc[j], lex)  # « auprès de » follows
        if said is not None and (said not in GATHERING or said == "confirmer" and any(
                c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and source_kind(doc[c.left_edge.i:c.i + 1], lex)
                != "media" or c.dep_ in ("nsubj", "obj") and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
                and doc[min([a.i for a in doc[j].children if a.dep_.startswith("aux") and a.i < j] + [j]) - 1].text
                in (",", "»", '"', "”") for c in doc[j].children)):
            return  # « une source ajoute auprès de Mediapart »: who heard it, not who said it; « Les secouristes ont
            # confirmé, auprès de la télévision d'Etat CCTV », « a confirmé auprès de Libération le parquet »: a
            # speaker confirmed to the outlet (but « Le Parisien a confirmé auprès de la police » checked with it)
        if said is None and not any(t.lemma_.lower() in GATHERING - {"savoir"}
                                    or t.lower_ in ("appris", "apprend", "apprenait") for t in doc[tok.sent.start:tok.i]):
            return  # « se faire rembourser auprès de leurs points de vente »: where, not from whom; « a annoncé le
            # parquet auprès de l'AFP, confirmant une information du Parisien »: the outlet told (a verb of gathering
            # comes before the one it gathered from)
    else:
        verb = "selon"
    k = tok.i + 1
    if low == "according":
        k += 1
    if low == "auprès" and doc[k].lower_ in ("de", "d'"):
        k += 1
    if k + 1 < tok.sent.end and doc[k].lower_ == "ce" and doc[k + 1].lower_ in ("que", "qu'", "qu’"):
        k = _speaker_of_what_was_said(doc, k + 2, tok.sent.end, lex)
        if k is None:
            return  # « selon ce que prévoit la loi »: no one cited
    noun = noun_after(doc, k, tok.sent.end)
    if noun is None:
        return
    if noun.lower_ in ("moi", "me", "nous", "us"):
        return  # « D'après moi, ce n'est pas une attaque de chien », "according to me": a speaker's own view, the
        # quote's, no one else cited
    if noun.lemma_.lower() in STANDARDS or noun.lower_ in STANDARDS:
        return  # « selon les normes du BIT », « selon toute probabilité »: a rule or a likelihood, no one cited
    head = noun
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "body camera footage"
    if noun.lower_ in SEEN_THINGS or head.lower_ in SEEN_THINGS:
        return  # « selon des vidéos postées sur TikTok », "according to body camera footage": things one sees, no one
        # cited
    if low == "selon" and (noun.lower_ in VARYING_BY or any(
            t.lemma_.lower() in VARYING or t.lower_ in ("même", "mêmes", "différent", "différente", "différents",
                                                          "différentes", "variable", "variables")
            for t in doc[max(tok.sent.start, tok.i - 6):tok.i])):
        return  # « la prévalence n'est pas la même selon les départements », « varie selon l'âge »: depending on
    if head.lower_ in DOCUMENTS | POSTS and head.i > noun.i and any(
            t.lower_ in ("from", "of", "by") for t in doc[head.i + 1:min(head.i + 3, tok.sent.end)]):
        noun = head  # "according to a press release from the sheriff's office": the release, not the press
    if (noun.lower_ in DOCUMENTS or noun.lower_ in POSTS and doc[noun.i + 1].lower_ in ("by", "from")) and any(
            t.pos_ == "PROPN" for t in doc[noun.i + 1:min(noun.i + 6, tok.sent.end)]) \
            and doc[noun.i + 1].lower_ in ("de", "du", "des", "d'", "of", "from", "by"):
        author = noun_after(doc, noun.i + 2, tok.sent.end)
        if author is not None and author.pos_ in ("PROPN", "NOUN"):
            noun = author  # « selon ce dernier bulletin de Santé publique France »: its author speaks
            k = author.i
    if noun.lower_ in ("nos", "notre") or (noun.i + 1 < len(doc) and noun.lower_ == "informations"):
        src = doc[k:noun.i + 1]
    else:
        src = span_from(doc, noun, tok.sent.end)
        src = doc[max(src.start, k):src.end]
        whole = noun
        while whole.dep_ in ("compound", "nmod") and noun.i < whole.head.i < src.end:
            whole = whole.head  # "Maryland Transportation Authority Police"
        joined = next((c for c in whole.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                       and c.i > whole.i and c.text[:1].islower()), None)  # (not a name's own « et », "and", "&":
        # "U.S. Customs and Border Protection", "Castle Rock Fire and Rescue")
        cc = next((t for t in doc[whole.i + 1:joined.i] if t.dep_ == "cc"), None) if joined is not None else None
        if cc is not None and cc.i < src.end and not _a_bare_complement_after(cc):
            src = doc[src.start:cc.i]  # "according to Maryland Transportation Authority Police and local hospital
            # officials": two sources, each of its kind (not "police and fire officials", one body's officials)
    if not len(src):
        return
    author = _author_of_document(noun, lex) or _data_author(noun)
    if author is not None:
        noun, src = author, span_from(doc, author, tok.sent.end)  # « selon un bilan communiqué par la préfète »
    role = src
    if source_kind(src, lex, organisations=False) not in ("named", "other"):
        src = with_apposed_name(src)  # « selon le procureur de Pontoise, Yves Jannier, »
    words = doc[start:src.end]
    out.append(attribution(tok.sent, words, src, verb, "according", lex, apposition(noun)))
    used.update(range(words.start, words.end))
    second = _coordinated(doc, role)
    if second is not None and len(second) and lex.sources.get(second.root.lemma_.lower(), "") != "anonymous" \
            and source_kind(second, lex) != "other":
        out.append(attribution(tok.sent, second, second, verb, "according", lex))
        used.update(range(second.start, second.end))
