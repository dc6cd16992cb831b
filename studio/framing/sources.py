"""Who speaks: quoted and reported speech, "selon X" / "according to X", « de source policière », headline
attributions ("Police: …"), each with its source and the kind of source (police, justice, official…)."""

from __future__ import annotations

from typing import Any

from studio.framing.features import Found, phrase, verb_group
from studio.framing.lexicon import Lexicon
from studio.framing.nlp import TITLES

# Reporting verbs that report speech with a plain object ("a reconnu son erreur", "denied the claims").
OBJECT_REPORTING = {"annoncer", "confirmer", "reconnaître", "admettre", "avouer", "démentir", "nier",
                    "contester", "dénoncer", "évoquer", "déplorer", "announce", "confirm", "admit", "acknowledge",
                    "deny", "concede", "confess", "denounce", "dispute", "report"}
QUOTE_CHARS = set("«»“”\"")
#: Words that make a source anonymous wherever they are in its sentence ("speaking on condition of anonymity").
MONTHS_DAYS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
               "january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
               "saturday", "sunday", "matin", "soir", "morning", "evening", "night", "nuit"}
ANONYMITY = ("anonymat", "anonymity", "requested anonymity", "not authorized to", "pas autorisé")


def source_kind(span: Any, lex: Lexicon, extra: Any = None, organisations: bool = True) -> str:
    """anonymous, family, police, justice, union, organisers, media, official, expert, witness (from the lexicon,
    the first kind of its priority order that any word or expression of the source has), named (a person's
    name) or other. `extra` is more text about the source (an apposition: « X, avocate de la famille »)."""
    tokens = list(span) + (list(extra) if extra is not None else [])
    text = " " + " ".join(t.lower_ for t in tokens).replace(" '", "'").replace("’", "'").replace(" - ", "-") + " "
    for elided in ("d' ", "l' ", "qu' "):
        text = text.replace(" " + elided, " " + elided.strip())  # « quai d' orsay » → « quai d'orsay »
    found: set[str] = set()
    weak: set[str] = set()  # kinds told only by a rank word ("chief", "officer"), which many bodies have
    for tok in tokens:
        plural = tok.lower_[:-1] if len(tok.lower_) > 3 and tok.lower_.endswith("s") else tok.lower_
        for key in (tok.lemma_.lower(), tok.lower_, plural):  # "Protesters" left unlemmatised when capitalised
            kind = lex.sources.get(key)
            if kind:
                (weak if key in lex.weak_sources else found).add(kind)
    for expr, kind in lex.sources.items():
        if (" " in expr or "-" in expr or "'" in expr) and f" {expr} " in text:  # « météo-france », « quai d'orsay »
            found.add(kind)
    if not found and weak:
        # "the shopworkers' union regional officer": whose rank it is may be said just before the source's words
        for tok in span.root.subtree:
            kind = lex.sources.get(tok.lemma_.lower()) or lex.sources.get(tok.lower_)
            if kind and tok.lower_ not in lex.weak_sources and tok.lemma_.lower() not in lex.weak_sources:
                found.add(kind)
    if not found:
        found = weak  # "police chief": the rank is a police one only when nothing else says whose rank it is
    if any(len(t.text) >= 3 and t.text.isupper() and t.text.endswith("PD") for t in tokens):
        found.add("police")  # "a TPD news release", "LAPD": a police department's initials
    if span.root.lower_ in ("reports", "rumours", "rumors") and all(
            t.i == span.root.i or t.pos_ == "ADJ" or t.lower_ in ("some", "the") for t in span):
        return "anonymous"  # "according to reports", "Early reports said": no one is named
    for kind in lex.source_priority:
        if kind in found:
            return kind
    if organisations and any(t.ent_type_ == "ORG" for t in span) \
            and not any(t.ent_type_ in ("PER", "PERSON") for t in span):
        return "official"  # a company or a body speaking for itself (Enedis, Morrisons): its management
    if any(t.ent_type_ in ("PER", "PERSON") for t in span) or span.root.pos_ == "PROPN":
        return "named"
    return "other"


def _apposition(head: Any) -> Any:
    """The apposition after a source ("Jacques Billant, préfet du Pas-de-Calais"), or None."""
    app = next((c for c in head.children if c.dep_ == "appos"), None)
    if app is not None:
        return app.subtree
    if head.pos_ != "PROPN" and not (head.pos_ == "ADJ" and head.text[:1].isupper()):
        return None  # only a name needs its title to tell the kind of source
    doc = head.doc
    end = max(t.i for t in head.subtree if not t.is_punct or t.i == head.i) + 1
    if end < head.sent.end and doc[end].text == ",":
        k = end + 1
        stop = k
        while stop < head.sent.end and doc[stop].text not in (",", ".", ";", ":", "»", "«") and stop - k < 8:
            stop += 1
        if stop > k and doc[k].pos_ in ("NOUN", "DET"):
            return doc[k:stop]
    return None


def _found(sent: Any, words: Any, src: Any, verb: str, nuance: str, lex: Lexicon, extra: Any = None) -> Found:
    kind = source_kind(src, lex, extra)
    if any(a in sent.text.lower() for a in ANONYMITY) and kind not in ("family",):
        kind = "anonymous"
    return Found("attribution", sent.text.strip(), words.text, words.start_char, words.end_char, {
        "source": src.text.strip(), "verb": verb, "connotation": "neutral" if nuance in ("neutral", "according")
        else "loaded", "nuance": nuance, "source_kind": kind})


def _noun_after(doc: Any, i: int, end: int) -> Any:
    """The head noun of the noun phrase starting at token i (determiners and adjectives skipped)."""
    k = i
    while k < end and (doc[k].pos_ in ("DET", "ADJ", "NUM") or doc[k].lower_ in ("des", "du")) \
            and not (doc[k].pos_ == "ADJ" and (k + 1 >= end or doc[k + 1].is_punct)) \
            and not (doc[k].pos_ == "ADJ" and doc[k].text[:1].isupper() and k > doc[k].sent.start) and not (doc[k].pos_ == "ADJ" and doc[k].lower_ in (
            "policière", "policières", "policier", "policiers", "judiciaire", "judiciaires")):
        k += 1
    if k < end and doc[k].lower_ in MONTHS_DAYS:
        return None
    return doc[k] if k < end and doc[k].pos_ in ("NOUN", "PROPN", "PRON", "ADJ") else None


def _span_from(doc: Any, noun: Any, end: int) -> Any:
    """A source's words from its first determiner to the end of its complements (« sources judiciaire et
    proche du dossier »), stopping at punctuation or a verb."""
    left = noun.i
    while left > noun.sent.start and (doc[left - 1].pos_ in ("DET", "ADJ", "NUM") and doc[left - 1].lower_ not in (
            "de", "d'", "selon") and doc[left - 1].lower_ not in MONTHS_DAYS or doc[left - 1].tag_ == "POS" and left - 2 >= noun.sent.start
            or doc[left - 1].pos_ in ("NOUN", "PROPN") and doc[left].tag_ == "POS"):
        left -= 1  # "the union's general secretary": the possessor tells whose secretary
    right = noun.i
    while right + 2 < end and doc[right + 1].text == "." and doc[right].lower_ in TITLES \
            and doc[right + 2].pos_ == "PROPN" or right + 1 < end and doc[right + 1].text not in (
            ",", ".", ";", ":", "«", "»", '"', "(", ")") \
            and doc[right + 1].pos_ not in ("VERB", "AUX", "SCONJ", "NUM", "PRON") \
            and (right - noun.i < 7 or doc[right + 1].pos_ == "PROPN" and right - noun.i < 12) \
            and doc[right + 1].lower_ not in ("selon", "according", "said", "says") \
            and not (doc[right + 1].lower_ in ("d'", "d’") and right + 2 < end and doc[right + 2].lower_ == "après") \
            and not (doc[right + 1].pos_ == "DET" and doc[right].pos_ in ("NOUN", "PROPN")) \
            and not (doc[right + 1].pos_ == "ADP" and doc[right + 1].lower_ not in ("de", "du", "des", "d'", "of", "for")) \
            and not (doc[right + 1].pos_ == "CCONJ" and right + 2 < end and doc[right + 2].pos_ in ("NUM", "PRON", "DET")):
        right += 1
    return doc[left:right + 1]


def reporting_lemma(tok: Any, lex: Lexicon) -> str | None:
    """The reporting verb a token is a form of, also where the small French model lemmatises a verb as a noun
    (« estime » → « estime »): the present forms are tried against the lexicon's infinitives."""
    lemma = tok.lemma_.lower()
    k = tok.i - 1
    while k > 0 and tok.doc[k].pos_ == "AUX" and tok.i - k <= 2:
        k -= 1  # « s'est félicité »: the pronoun before the auxiliary
    if lex.language == "fr" and k >= 0 and tok.doc[k].lower_ in ("s'", "se", "s’"):
        # a pronominal verb is another verb: « s'inquiéter » reports, « s'annoncer délicate » does not
        low = tok.lower_
        for verb in (lemma, low[:-1] + "er" if low.endswith("é") else "", low[:-2] + "er" if low.endswith("ée") else ""):
            for pronominal in ("s'" + verb, "se " + verb):  # « s'est félicité » (tagged as a noun) → se féliciter
                if verb and pronominal in lex.reporting:
                    return pronominal
        return None
    if lemma in lex.reporting and tok.pos_ in ("VERB", "AUX"):
        return lemma
    if lex.language != "fr" or tok.pos_ not in ("VERB", "NOUN", "ADJ", "ADV"):  # « évoquent » tagged ADV
        return None
    if tok.pos_ != "VERB" and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "DET":
        return None  # « une note », « l'estime »: a noun
    low = tok.lower_
    for cand in (lemma + "r", lemma + "er", low + "r", low[:-1] + "er" if low.endswith("e") else "",
                 low[:-3] + "er" if low.endswith("ent") else "", low[:-2] + "er" if low.endswith("es") else "",
                 low + "ir" if low.endswith("ent") else ""):  # « dément » → démentir
        if cand in lex.reporting:
            return cand
    return None


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
        if rep is not None and not quotes[tok.i]:
            _reported_speech(tok, lex, sent_has_quote, out, used, rep)
        elif low in ("selon", "après", "according") or (low == "auprès" and tok.i + 1 < len(doc)):
            _according(tok, lex, out, used)
        elif low == "pour" and lex.language == "fr" and tok.i == tok.sent.start:
            _for_someone(tok, lex, out, used)
        elif low in ("source", "sources") and tok.i > 0 and doc[tok.i - 1].lower_ in ("de", "d'") \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("ADJ", "NOUN", "ADP"):
            span = _span_from(doc, tok, tok.sent.end)
            span = doc[tok.i:span.end]
            words = doc[tok.i - 1:span.end]
            out.append(_found(tok.sent, words, span, "de source", "according", lex))
            used.update(range(words.start, words.end))
    _roles_told_elsewhere(doc, lex, out)
    out.sort(key=lambda f: f.start)
    return out


def _roles_told_elsewhere(doc: Any, lex: Lexicon, out: list[Found]) -> None:
    """A person's role told once holds for every mention: « le ministre de l'Intérieur Gérald Darmanin … a
    déclaré Gérald Darmanin », "M. Pepy" after « le patron de la SNCF Guillaume Pepy ». A source of kind named
    takes the kind of the words just before another mention of the same surname in the text."""
    for f in out:
        if f.info["source_kind"] != "named":
            continue
        words = [w for w in f.info["source"].replace(",", " ").split() if w[:1].isupper()]
        if not words:
            continue
        surname = words[-1]
        kinds = [g.info["source_kind"] for g in out if g is not f and surname in g.info["source"].split()
                 and g.info["source_kind"] not in ("named", "other", "anonymous")]
        for tok in doc:
            if tok.text != surname:
                continue
            k = tok.i - 1
            while k >= tok.sent.start and (doc[k].pos_ in ("PROPN", "NOUN", "DET", "ADJ") or doc[k].lower_ in (
                    "de", "d'", "du", "des", "of", "the") or doc[k].text == "-") and tok.i - k <= 8:
                if doc[k].pos_ == "DET" and (k == tok.sent.start or doc[k - 1].lower_ not in ("de", "d'", "of")):
                    k -= 1
                    break  # the noun phrase of the name starts at its determiner
                k -= 1
            if k + 1 < tok.i:
                kind = source_kind(doc[k + 1:tok.i], lex, organisations=False)
                if kind not in ("named", "other", "anonymous"):
                    kinds.append(kind)
        if kinds:
            f.info["source_kind"] = kinds[0]


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
    if k < last and doc[k].text in (":", "-", "—", "–") or doc[last].text.startswith("-") and len(doc[last].text) > 2:
        src = doc[k + 1:last + 1] if doc[k].text in (":", "-", "—", "–") else doc[last:last + 1]
        kind = source_kind(src, lex, organisations=False) if src.text.strip("-") else "other"
        if kind not in ("named", "other"):
            out.append(_found(sent, doc[k if doc[k].text in (":", "-", "—", "–") else last:last + 1], src,
                              ":", "neutral", lex))
            used.update(range(k, last + 1))
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i - sent.start > 4 or colon.i == sent.start:
        return
    src = doc[sent.start:colon.i]
    if src.root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in src):
        return  # « Le bilan est lourd : … » is a clause, not a speaker
    if src.root.pos_ == "NOUN" and not (lex.sources.get(src.root.lemma_.lower()) or lex.sources.get(src.root.lower_)):
        return  # « Colère des agriculteurs : … »: an abstract noun heads it; a speaker is a person, a role, a body
    kind = source_kind(src, lex, organisations=False)
    if kind in ("named", "other"):
        return  # « Nanterre : un mineur tué » names a place, « Ligue 1 : … » a competition, not a source
    out.append(_found(sent, doc[sent.start:colon.i + 1], src, ":", "neutral", lex))
    used.update(range(sent.start, colon.i + 1))


#: Reporting verbs that also tell how long something goes on ("will continue to hit", « poursuivre sa route »).
ASPECTUAL = {"continue", "poursuivre", "reprendre", "go"}
#: Verbs of gathering news: « X a appris auprès du parquet » names the source after « auprès de ».
GATHERING = {"apprendre", "obtenir", "recueillir", "confirmer", "vérifier", "savoir"}


def start_quote_subject(verb: Any) -> Any:
    """The subject of a verb that is a quoted noun phrase with its determiner before the quotation marks
    (« La « version officielle » évoque »), which the small models do not attach: the quoted noun."""
    doc = verb.doc
    j = verb.i - 1
    if j <= verb.sent.start or doc[j].text not in ("»", '"', "”", "’", "'"):
        return None
    k = j - 1
    while k > verb.sent.start and doc[k].text not in ("«", '"', "“", "‘", "'") and j - k < 6:
        k -= 1
    if doc[k].text not in ("«", '"', "“", "‘", "'") or k == verb.sent.start or doc[k - 1].pos_ != "DET":
        return None
    return next((t for t in doc[k + 1:j] if t.pos_ in ("NOUN", "PROPN")), None)


def _reported_speech(tok: Any, lex: Lexicon, sent_has_quote: dict[int, bool], out: list[Found],
                     used: set[int], lemma: str) -> None:
    doc = tok.doc
    sent = tok.sent
    # a passive reporting verb's subject is the hearer ("Residents were told to stay indoors"), not the speaker
    past_participle = ("Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense")) \
        or tok.tag_ == "VBN"
    if any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children) or _passive_form(tok) \
            or past_participle and not any(c.dep_.startswith("aux") for c in tok.children) \
            and _passive_agent(tok) is not None and _words_noun(tok):  # « une information confirmée par X »
        agent = _passive_agent(tok)
        if agent is not None and (_words_noun(tok) or any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children)
                                  or _passive_form(tok)):  # « une information confirmée par Enedis », "was confirmed by the ministry"
            src = _span_from(doc, agent, sent.end)
            src = doc[max(src.start, agent.i - 2 if doc[agent.i - 1].pos_ == "DET" else agent.i):src.end]
            group = verb_group(tok)
            out.append(_found(sent, group, src, lemma, lex.reporting[lemma], lex, _apposition(agent)))
            used.update(range(group.start, group.end))
            used.update(range(src.start, src.end))
        return
    if tok.i + 1 < len(doc) and (doc[tok.i + 1].lower_ in ("-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles")
                                 or doc[tok.i + 1].lower_ == "-t" and tok.i + 2 < len(doc)
                                 and doc[tok.i + 2].lower_ in ("-il", "-elle", "-ils", "-elles")):
        return  # « indique-t-elle »: the speaker is a pronoun, named elsewhere
    if _participle_of_another_speaker(tok):
        return  # "…, adding the situation…", « a-t-il déclaré en annonçant »: the main verb's speaker speaks
    if lemma in ("find", "determine") and not any(t.lower_ == "that" for t in doc[tok.i + 1:min(tok.i + 7, sent.end)]) \
            and not any(c.dep_ == "ccomp" for c in tok.children):
        return  # "residents found the body" finds a thing; "the examiner determined that…" reports a finding
    if lemma == "call" and (tok.tag_ == "VBN" or not any(c.dep_ in ("oprd", "ccomp") for c in tok.children)):
        return  # "called the beating heinous" describes; "called police", "called for" do not report words
    if lemma in COUNTING and not _counted_by_a_source(tok, lex):
        return  # « le marché compte 24 étals » tells a size; « le ministère compte 12 % de grévistes » a claim
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:  # the small French model reads some active subjects as passive ones (« La société Carris,
        # qui exploite…, a assuré »): with no passive auxiliary, the subject is the speaker
        subj = next((c for c in reversed(list(tok.children)) if c.dep_ in ("nsubj:pass", "nsubjpass")
                     and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    after = _speaker_after_incise(tok)
    if subj is None and after is not None and tok.dep_ == "conj":
        subj = after  # « …, rappelait dimanche Daniel Levy-Bruhl »: an incise names its speaker after the verb
    if subj is None and tok.dep_ == "conj" and not any(t.text in QUOTE_CHARS for t in doc[tok.head.i:tok.i]):
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                     and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is not None and subj.lower_ in MONTHS_DAYS:
        subj = None  # « a indiqué lundi la préfecture »: a day the model took for the subject
    if subj is not None and subj.i < tok.i and _inside_quotes(subj, tok):
        subj = None  # « « L'épidémie progresse », a affirmé la ministre »: words of the quotation do not speak
    group_start = verb_group(tok).start
    if subj is not None and subj.i < group_start - 1 and doc[group_start - 1].text == "," \
            and not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children) \
            and subj.pos_ in ("NOUN", "PROPN") and tok.i + 1 < sent.end and (doc[tok.i + 1].pos_ in (
            "ADP", "DET", "PROPN", "ADV") or doc[tok.i + 1].lower_ in MONTHS_DAYS) \
            and doc[tok.i + 1].lower_ not in ("que", "qu'", "that") \
            and _clause_before_comma_has_a_verb(doc, sent.start, group_start - 1):
        subj = None  # « 40 000 foyers sont privés…, déclare à Libération le gestionnaire »: the incise's speaker
        # comes after its verb; the noun before the comma is the subject of the reported clause
    left_fallback = False
    if subj is None and (tok.pos_ != "VERB" or not any(c.dep_.startswith("nsubj") for c in tok.children)):
        # the small French model sometimes reads the verb as an adjective of its subject (« un habitant
        # raconte », « des riverains affirment »): the noun phrase just before the verb is the speaker
        j = tok.i - 1
        while j > sent.start and (doc[j].pos_ == "ADV" or doc[j].lower_ in ("en", "y", "ne", "n'")):
            j -= 1  # « la police en compte 12 000 »: clitics between the speaker and the verb
        while j - 2 > sent.start and doc[j].pos_ in ("NOUN", "PROPN"):
            if doc[j - 1].lower_ in ("du", "des") and doc[j - 2].pos_ in ("NOUN", "PROPN"):
                j -= 2  # « les organisateurs du rassemblement évoquent »: the head of the noun phrase
            elif j - 3 > sent.start and doc[j - 1].pos_ == "DET" and doc[j - 2].lower_ in ("de", "d'") \
                    and doc[j - 3].pos_ in ("NOUN", "PROPN"):
                j -= 3  # « l'entourage de la ministre dément »
            else:
                break
        det = j - 1 if j > sent.start and doc[j - 1].pos_ == "DET" else j
        if j >= sent.start and j < tok.i and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].text not in (",",) \
                and (j > sent.start and doc[j - 1].pos_ == "DET" or doc[j].pos_ == "PROPN"
                     or doc[j].text[:1].isupper() and doc[j].pos_ == "NOUN") and lex.language == "fr" \
                and not (det > sent.start and doc[det - 1].pos_ == "ADP"):  # « dans un état critique »
            subj = doc[j]
            left_fallback = True
            k = det
            while k - 2 > sent.start and doc[k - 1].lower_ in ("de", "du", "des", "d'") \
                    and doc[k - 2].pos_ in ("NOUN", "PROPN"):
                k -= 2  # « la préfecture de l'Hérault déplorant »: the head of the noun phrase speaks
                subj = doc[k]
                if k > sent.start and doc[k - 1].pos_ == "DET":
                    k -= 1
    inverted = False
    start = verb_group(tok).start
    if start - 1 > sent.start and doc[start - 1].lower_ in ("s'", "se", "s’"):
        start -= 1  # « », s'est félicitée Léa Martin »: the pronoun belongs to the verb
    incise = start > sent.start and (doc[start - 1].text in (",", "»", '"', "”", "'", "’", "-t-il", "-t-elle")
                                     or doc[start - 1].lower_ in ("le", "l'", "l’") and start - 1 > sent.start
                                     and doc[start - 2].lower_ == "comme")  # « comme le dit une source »
    if tok.i > 0 and doc[tok.i - 1].lower_ == "to":
        return  # "assigned to detail the game": an infinitive, not someone speaking
    if lemma in ASPECTUAL and (any(c.dep_ == "xcomp" for c in tok.children) or tok.i + 1 < sent.end
                               and doc[tok.i + 1].lower_ in ("to", "de", "d'", "à")):
        return  # "problems will continue to hit", « poursuivre sa route »: the verb tells how long, not who says
    if subj is None and start_quote_subject(tok) is not None:
        subj = start_quote_subject(tok)  # « La « version officielle » évoque… »: the quoted noun is the subject
    if (subj is None and incise) or subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("il", "elle", "ils", "elles", "it") \
            and subj.i < tok.i and any(t.text == "," for t in doc[sent.start:tok.i]) and incise:
        # the inverted subject of an incise (« », a déclaré le maire », "said police") is often parsed as an
        # object or left unattached: the noun phrase right after the verb (or after « à l'AFP »)
        k = tok.i + 1
        while k < sent.end and (doc[k].pos_ in ("ADV", "PART") or doc[k].text == "-t-il"
                                or doc[k].lower_ in MONTHS_DAYS and doc[k].pos_ != "PROPN"):
            k += 1  # « a précisé jeudi le maire »: a day between the verb and its speaker
        if k < sent.end and doc[k].lower_ in ("à", "au", "aux", "to") and k + 1 < sent.end:
            # « a expliqué à l'AFP le procureur »: the speaker comes after the medium
            k2 = k + 1
            seen_noun = False
            while k2 < sent.end and k2 - k < 6 and doc[k2].text not in (",", "."):
                if doc[k2].pos_ == "DET" and seen_noun or seen_noun and doc[k2].ent_type_ in ("PER", "PERSON") \
                        and doc[k2 - 1].ent_type_ not in ("PER", "PERSON"):
                    k = k2  # « a précisé à l'AFP Patrick Leleu »: a person's name after the medium
                    break
                seen_noun = seen_noun or doc[k2].pos_ in ("PROPN", "NOUN")
                k2 += 1
        if k < sent.end and doc[k].lower_ in ("que", "qu'", "that"):
            return
        noun = _noun_after(doc, k, sent.end)
        # « rapporte franceinfo », « estime Cécile de Oliveira »: names the small French model tags as adjectives
        speaker_adj = noun is not None and noun.pos_ == "ADJ" and (noun.text[:1].isupper() or noun.lower_ in lex.sources)
        if noun is not None and (noun.pos_ in ("NOUN", "PROPN") or speaker_adj):
            subj = noun
            inverted = True
    if subj is None or subj.pos_ == "PRON" and subj.lower_ in ("que", "qui", "which", "that"):
        return
    deps = {c.dep_ for c in tok.children}
    speech = (
        sent_has_quote[sent.start]
        or inverted
        or deps & {"ccomp", "parataxis"}
        or tok.dep_ in ("parataxis",)
        or "oprd" in deps and lemma == "call"  # "called the beating heinous"
        or lemma in ("warn", "alerter", "avertir") and any(c.lower_ in ("of", "about", "sur", "de") for c in tok.children)
        or any(c.text == ":" for c in tok.children)
        or (lemma in OBJECT_REPORTING and deps & {"obj", "dobj"})
        or any(c.dep_ == "xcomp" and any(g.lower_ in ("de", "d'") for g in c.children) for c in tok.children)
        or any(t.lower_ in ("que", "qu'", "that") for t in doc[tok.i + 1:min(tok.i + 3, sent.end)])
        or _that_after_phrase(tok)
        or any(c.dep_ == "xcomp" and ("Inf" in c.morph.get("VerbForm") or any(
            g.lower_ in ("avoir", "être") for g in c.children)) for c in tok.children)
        or any(any(ch.isdigit() for ch in t.text) for t in doc[tok.i + 1:min(tok.i + 8, sent.end)])
        or lemma in COUNTING  # a source and a figure, checked above
        or any(t.lower_ in ("statement", "communiqué") and doc[t.i - 1].lower_ in ("a", "un") and t.i >= 2
               and doc[t.i - 2].lower_ in ("in", "dans") for t in sent)  # "In a statement, Network Rail apologised"
        or tok.i + 1 < sent.end and ("Inf" in doc[tok.i + 1].morph.get("VerbForm") or doc[tok.i + 1].lower_ in (
            "avoir", "être") or doc[tok.i + 1].tag_ == "VBG")  # « raconte avoir entendu », "described hearing"
        or subj.i > sent.start and doc[subj.left_edge.i - 1].text == "," and subj.i < tok.i
        or incise and subj.i > tok.i and subj.pos_ in ("NOUN", "PROPN")  # «…, déclare à Libération le gestionnaire»
        or lemma in ("say", "tell", "dire") and all(t.is_punct or t.is_space or t.pos_ in ("PROPN", "NOUN") for t in
                                                    doc[tok.i + 1:sent.end])
    )
    if lemma in POSTING and not (sent_has_quote[sent.start] or deps & {"ccomp"} or _that_after_phrase(tok)
                                 or any(t.lower_ in ("que", "qu'", "that") for t in doc[tok.i + 1:min(tok.i + 3, sent.end)])):
        return  # "the company posted a loss", « a publié ses comptes »: no words reported
    if not speech:
        return
    if subj.pos_ == "PRON" and subj.lower_ not in ("on",):
        return  # "he said", « elle a dit »: the speaker is named elsewhere
    if left_fallback:
        src = _span_from(doc, subj, tok.i)
    elif inverted or subj.i > tok.i:
        src = _span_from(doc, subj, sent.end)
        src = doc[max(src.start, tok.i + 1):src.end]
        src = _with_apposed_name(src)
    else:
        src = _with_appos_name(subj, phrase(subj))
    if src.root.lower_ in ("vidéo", "vidéos", "images", "video", "videos", "image", "photo", "photos", "footage"):
        return  # things do not speak: « des vidéos témoignent »
    if lemma in FINDING and source_kind(src, lex, _apposition(subj)) == "other" \
            and not any(t.ent_type_ in ("PER", "PERSON", "ORG") or t.pos_ == "PROPN" for t in src):
        return  # "Evidence suggests that…", "the data reveal": a thing shows, no one is cited
    group = verb_group(tok)
    nuance = lex.reporting[lemma]
    out.append(_found(sent, group, src, lemma, nuance, lex, _apposition(subj)))
    used.update(range(group.start, group.end))
    used.update(range(src.start, src.end))


#: Verbs of posting: they report words only with what was posted (« a tweeté que », "posted that…").
POSTING = {"post", "publish", "tweet", "poster", "publier", "tweeter", "twitter"}
#: Verbs of showing or finding: a thing as their subject (evidence, data) cites no one.
FINDING = {"suggest", "reveal", "find", "determine", "suggérer", "révéler", "constater", "show", "montrer"}
#: Verbs that report a count only when a source gives it (« le ministère compte 12 % de grévistes », « le
#: Snuipp en revendique un tiers »); elsewhere they tell a size or a demand.
COUNTING = {"compter", "revendiquer"}
#: Kinds of sources that can give a count.
SPEAKING_KINDS = {"police", "justice", "union", "organisers", "media", "official", "expert", "anonymous"}


def _counted_by_a_source(verb: Any, lex: Lexicon) -> bool:
    """Whether a counting verb has a source as its subject (or just before it) and a figure after it."""
    doc = verb.doc
    after = doc[verb.i + 1:min(verb.i + 5, verb.sent.end)]
    if not any(any(ch.isdigit() for ch in t.text) or t.pos_ == "NUM" or t.lower_ in ("tiers", "moitié", "quart",
                                                                                   "third", "half") for t in after):
        return False
    subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subj is None:
        j = verb.i - 1
        while j > verb.sent.start and doc[j].lower_ in ("en", "y", "ne", "n'"):
            j -= 1
        subj = doc[j] if doc[j].pos_ in ("NOUN", "PROPN") else None
    if subj is None and verb.head.i != verb.i and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        subj = verb.head  # « Le Snuipp en revendique » read as a noun phrase headed by the union
    return subj is not None and source_kind(phrase(subj), lex) in SPEAKING_KINDS


def _passive_form(verb: Any) -> bool:
    """« dont les identités n'ont pas été précisées », "had been reported": a participle after a form of être /
    "been" (which the models do not always attach) is a passive; its subject is no speaker."""
    doc = verb.doc
    if "Part" not in verb.morph.get("VerbForm") and verb.tag_ != "VBN":
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "ccomp", "dobj", "obj") for c in verb.children) \
            and verb.dep_ in ("ROOT", "acl") and not _that_after_phrase(verb):
        return True  # "Red warning explained amid…": a headline's bare participle with nothing said is a passive
    k = verb.i - 1
    while k >= verb.sent.start and (doc[k].pos_ == "ADV" or doc[k].lower_ in ("toutes", "tous", "pas", "encore")):
        k -= 1
    return k >= verb.sent.start and doc[k].lower_ in ("été", "been", "being", "be")


#: Nouns of words and information: a participle of saying after them (« une information confirmée par la
#: préfecture ») reports who said it; after other nouns (« une grenade lancée par un CRS ») it tells an act.
WORDS_NOUNS = {"information", "informations", "annonce", "propos", "déclaration", "déclarations", "nouvelle",
               "version", "hypothèse", "thèse", "message", "news", "claim", "claims", "account", "announcement",
               "warning", "alerte"}


def _words_noun(participle: Any) -> bool:
    """Whether a reduced passive participle qualifies a noun of words or information."""
    head = participle.head
    words = WORDS_NOUNS | DOCUMENTS
    doc = participle.doc
    near = [head] if head.i != participle.i else []
    k = participle.i - 1
    while k >= participle.sent.start and participle.i - k <= 4 and (doc[k].pos_ in ("ADJ", "PUNCT", "ADV")):
        k -= 1  # « Le bilan provisoire, communiqué jeudi par les secours »: the noun just before
    if k >= participle.sent.start:
        near.append(doc[k])
    return any(t.lemma_.lower() in words or t.lower_ in words for t in near)


def _clause_before_comma_has_a_verb(doc: Any, start: int, comma: int) -> bool:
    """Whether the words between the previous comma (or the sentence start) and this comma have a verb: then they
    are a clause of their own (« …, plusieurs milliers seraient en grève, a indiqué le ministère »), not an
    apposition of the speaker (« Le maire de Lisbonne, Carlos Moedas, a déclaré »)."""
    k = comma - 1
    while k >= start and doc[k].text != ",":
        if doc[k].pos_ in ("VERB", "AUX"):
            return True
        k -= 1
    return False


def _passive_agent(verb: Any) -> Any:
    """The agent of a passive reporting verb (« confirmée par Enedis », "announced by the ministry"): a person, a
    body or a name after « par » / "by", or None."""
    doc = verb.doc
    k = verb.i + 1
    while k < verb.sent.end and (doc[k].pos_ == "ADV" or doc[k].lower_ in MONTHS_DAYS) and k - verb.i < 4:
        k += 1
    if k >= verb.sent.end or doc[k].lower_ not in ("par", "by"):
        return None
    noun = _noun_after(doc, k + 1, verb.sent.end)
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None


def _participle_of_another_speaker(verb: Any) -> bool:
    """"…, adding the situation will…", « a-t-il déclaré en annonçant… »: a present participle or a gérondif
    that continues a reported speech; its speaker is the main verb's, already counted."""
    doc = verb.doc
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj", "acl"):
        return True
    return verb.i > 0 and doc[verb.i - 1].lower_ == "en" and verb.lower_.endswith("ant")


def _that_after_phrase(verb: Any) -> bool:
    """"said in a statement that…", « a indiqué dans un communiqué que… »: a clause after a short prepositional
    phrase the model attached to its noun."""
    doc = verb.doc
    k = verb.i + 1
    if k >= verb.sent.end or doc[k].pos_ != "ADP":
        return False
    k += 1
    while k < verb.sent.end and k - verb.i <= 6 and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
        k += 1
    return k < verb.sent.end and doc[k].lower_ in ("that", "que", "qu'")


def _with_appos_name(subj: Any, src: Any) -> Any:
    """"The general secretary of Aslef, Mick Whelan, said": the name apposed to the title is part of the source."""
    app = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subj.i), None)
    if app is None:
        # the model may attach the name to the last noun of the title ("of Aslef, Mick Whelan")
        app = next((c for t in src for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                    and c.i > src.end - 1 and c.i - src.end <= 4), None)
    if app is None:
        return src
    end = max(t.i for t in app.subtree) + 1
    return src.doc[src.start:end]


def _inside_quotes(subj: Any, verb: Any) -> bool:
    """Whether a subject before its verb is a word of a quotation that closes before the verb (the quotation may
    open in what the model took for an earlier sentence)."""
    doc = subj.doc
    before = [t.text for t in doc[max(0, subj.i - 80):subj.i] if t.text in ("«", "»", "“", "”", '"')]
    opened = bool(before) and (before[-1] in ("«", "“") or before[-1] == '"' and before.count('"') % 2 == 1)
    closed = any(t.text in ("»", "”", '"') for t in doc[subj.i + 1:verb.i])
    return opened and closed


def _speaker_after_incise(verb: Any) -> Any:
    """The speaker named after a verb of saying that follows a comma (« …, rappelait dimanche Daniel Levy-Bruhl »,
    « …, précise le maire »): a name, or a noun with its determiner, after adverbs and days; else None."""
    doc = verb.doc
    start = verb_group(verb).start
    if start <= verb.sent.start or doc[start - 1].text != ",":
        return None
    k = verb.i + 1
    while k < verb.sent.end and (doc[k].pos_ in ("ADV", "PART") or doc[k].lower_ in MONTHS_DAYS):
        k += 1
    if k < verb.sent.end and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        return doc[k]
    if k + 1 < verb.sent.end and doc[k].pos_ == "DET" and doc[k + 1].pos_ == "NOUN":
        return doc[k + 1]
    return None


def _with_apposed_name(src: Any) -> Any:
    """« a affirmé la ministre de la Santé, Marisol Touraine »: the name apposed after the speaker's title is part
    of the speaker (a comma, then one to three capitalised names ending the clause)."""
    doc = src.doc
    end = src.end
    if end + 1 >= src.sent.end or doc[end].text != "," or src.root.pos_ == "PROPN":
        return src
    k = end + 1
    while k < src.sent.end and doc[k].pos_ in ("PROPN", "NOUN") and doc[k].text[:1].isupper() and k - end <= 3:
        k += 1
    if k == end + 1 or k < src.sent.end and doc[k].text not in (",", ".", ";", ":", "»", '"', "”"):
        return src
    return doc[src.start:k]


#: Documents that carry figures or statements: who gave them is the source (« selon un bilan communiqué par la
#: préfète », "according to figures released by the ministry").
DOCUMENTS = {"bilan", "communiqué", "chiffre", "chiffres", "donnée", "données", "rapport", "document", "note",
             "figures", "figure", "data", "report", "statement", "toll", "estimate", "estimates"}
#: Participles that say who gave a document.
GIVEN = {"communiqué", "communiqués", "communiquée", "communiquées", "publié", "publiés", "publiée", "publiées",
         "diffusé", "diffusés", "diffusée", "diffusées", "établi", "établis", "établie", "fourni", "fournis",
         "fournie", "fournies", "transmis", "transmise", "released", "issued", "published", "given", "provided",
         "compiled"}


def _author_of_document(noun: Any, lex: Lexicon) -> Any:
    """The author named after a document noun and its participle (« un bilan communiqué par la préfète »), or
    None: the noun after « par » / "by" (a person or a body, not a thing)."""
    doc = noun.doc
    if noun.lemma_.lower() not in DOCUMENTS and noun.lower_ not in DOCUMENTS:
        return _author_after_participle(noun)
    k = noun.i + 1
    while k < noun.sent.end and k - noun.i <= 4 and doc[k].lower_ not in GIVEN:
        if doc[k].text in (",", ".", ";", ":") and doc[k].i != noun.i + 1:
            return None
        k += 1
    if k >= noun.sent.end or doc[k].lower_ not in GIVEN:
        return None
    k += 1
    while k < noun.sent.end and (doc[k].pos_ == "ADV" or doc[k].lower_ in MONTHS_DAYS
                                 or doc[k].lower_ in ("on", "ce", "this", "late", "early")):
        k += 1  # « communiqué jeudi matin par les secours », "released on Monday by"
    if k >= noun.sent.end or doc[k].lower_ not in ("par", "by"):
        return None
    author = _noun_after(doc, k + 1, noun.sent.end)
    return author if author is not None and author.pos_ in ("NOUN", "PROPN") else None


def _for_someone(tok: Any, lex: Lexicon, out: list[Found], used: set[int]) -> None:
    """« Pour le groupe Michelin, la fermeture est devenue « inéluctable » »: a sentence that opens on « Pour » and a
    speaker (a person, a role, a body), then a comma, gives that speaker's view."""
    doc = tok.doc
    noun = _noun_after(doc, tok.i + 1, tok.sent.end)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return
    src = _span_from(doc, noun, tok.sent.end)
    src = doc[max(src.start, tok.i + 1):src.end]
    if src.end >= tok.sent.end or doc[src.end].text != ",":
        return
    kind = source_kind(src, lex)
    if kind not in SPEAKING_KINDS and not any(t.ent_type_ in ("PER", "PERSON") for t in src):
        return  # « Pour la deuxième fois, … », « Pour Noël, … »: a time or a purpose, not a speaker
    words = doc[tok.i:src.end]
    out.append(_found(tok.sent, words, src, "pour", "according", lex, _apposition(noun)))
    used.update(range(words.start, words.end))


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
    if k >= end or doc[k].lower_ not in ("and", "et"):
        return None
    noun = _noun_after(doc, k + 1, end)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    second = _span_from(doc, noun, end)
    return doc[max(second.start, k + 1):second.end]


def _author_after_participle(noun: Any) -> Any:
    """« selon l'expression utilisée par le ministre », "according to a study led by the institute": the agent
    of the participle right after the noun is who said it."""
    doc = noun.doc
    k = noun.i + 1
    if k >= noun.sent.end or not ("Part" in doc[k].morph.get("VerbForm") or doc[k].tag_ == "VBN"):
        return None
    k += 1
    while k < noun.sent.end and (doc[k].pos_ == "ADV" or doc[k].lower_ in MONTHS_DAYS or doc[k].dep_ in (
            "prt", "compound:prt")) and k - noun.i < 5:
        k += 1  # "a list drawn up by the airport"
    if k >= noun.sent.end or doc[k].lower_ not in ("par", "by"):
        return None
    author = _noun_after(doc, k + 1, noun.sent.end)
    return author if author is not None and (author.pos_ == "PROPN" or author.ent_type_) or author is not None \
        and author.pos_ == "NOUN" and author.lemma_.lower() not in ("balle", "bullet", "coup", "jet") else None


def _data_author(noun: Any) -> Any:
    """« selon les données actualisées dimanche du système européen », "figures from the ministry": the body
    after « de » / "from" / "of" that a document noun comes from."""
    doc = noun.doc
    if noun.lemma_.lower() not in DOCUMENTS and noun.lower_ not in DOCUMENTS:
        return None
    k = noun.i + 1
    while k < noun.sent.end and k - noun.i <= 4 and (doc[k].pos_ in ("ADV", "ADJ", "VERB")
                                                      or doc[k].lower_ in MONTHS_DAYS):
        k += 1
    if k >= noun.sent.end or doc[k].lower_ not in ("du", "de", "des", "d'", "from", "of"):
        return None
    author = _noun_after(doc, k + 1, noun.sent.end)
    return author if author is not None and author.pos_ in ("NOUN", "PROPN") else None


def _according(tok: Any, lex: Lexicon, out: list[Found], used: set[int]) -> None:
    doc = tok.doc
    low = tok.lower_
    start = tok.i
    if low == "après":
        if tok.i == 0 or doc[tok.i - 1].lower_ not in ("d'", "d’"):
            return  # « après un refus d'obtempérer » is a time, not a source
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
        j = tok.i - 1
        while j > tok.sent.start and doc[j].pos_ == "ADV":
            j -= 1
        said = reporting_lemma(doc[j], lex) if j >= tok.sent.start else None
        if said is not None and said not in GATHERING:
            return  # « une source ajoute auprès de Mediapart »: who heard it, not who said it
    else:
        verb = "selon"
    k = tok.i + 1
    if low == "according":
        k += 1
    if low == "auprès" and doc[k].lower_ in ("de", "d'"):
        k += 1
    noun = _noun_after(doc, k, tok.sent.end)
    if noun is None:
        return
    if noun.lower_ in ("nos", "notre") or (noun.i + 1 < len(doc) and noun.lower_ == "informations"):
        src = doc[k:noun.i + 1]
    else:
        src = _span_from(doc, noun, tok.sent.end)
        src = doc[max(src.start, k):src.end]
    if not len(src):
        return
    author = _author_of_document(noun, lex) or _data_author(noun)
    if author is not None:
        noun, src = author, _span_from(doc, author, tok.sent.end)  # « selon un bilan communiqué par la préfète »
    words = doc[start:src.end]
    out.append(_found(tok.sent, words, src, verb, "according", lex, _apposition(noun)))
    used.update(range(words.start, words.end))
    second = _coordinated(doc, src)
    if second is not None and len(second) and lex.sources.get(second.root.lemma_.lower(), "") != "anonymous" \
            and source_kind(second, lex) != "other":
        out.append(_found(tok.sent, second, second, verb, "according", lex))
        used.update(range(second.start, second.end))
