"""Reported speech: the speaker of a reporting verb (its subject, the noun after an incise, the agent of a
passive), and when a verb of saying reports no one (a thing that shows, a count without a source, a pronoun)."""

from __future__ import annotations

import re
from typing import Any

from studio.framing.features import WEB_ADDRESS, Found, is_a_match_story, phrase, verb_group
from studio.framing.lexicon import Lexicon
from studio.framing.source_words import (
    APPEALING,
    DOCUMENTS,
    FAIRE_FORMS,
    ISSUED_WORDS,
    ISSUING,
    MONTHS_DAYS,
    OBJECT_REPORTING,
    QUOTE_CHARS,
    SEEN_THINGS,
    SPEAKING_KINDS,
    TOLD_NEWS,
    apposition,
    attribution,
    for_ones_part,
    noun_after,
    reporting_lemma,
    source_kind,
    span_from,
    with_apposed_name,
)

#: Reporting verbs that also tell how long something goes on ("will continue to hit", « poursuivre sa route »).
ASPECTUAL = {"continue", "poursuivre", "reprendre", "go"}
#: What one defends in words ("defended the actions of its agents", "defended the decision").
#: Those one alerts for help (« a alerté les secours », "alerted police").
CALLED_FOR_HELP = {"secours", "pompier", "pompiers", "sapeurs-pompiers", "police", "gendarmerie", "gendarme", "gendarmes",
                   "samu", "15", "17", "18", "112", "911", "999", "emergency", "services", "firefighters", "authorities"}
#: Colours and words that grade an alert ("a red alert", "an amber warning", "a Level 1 alert").
ALERT_LEVELS = {"red", "orange", "amber", "yellow", "green", "level", "maximum", "highest"}
DEFENDED = {"action", "decision", "policy", "record", "plan", "choice", "law", "reform", "response", "conduct",
            "handling", "use", "measure", "move", "approach", "strategy", "officer", "officers", "agent", "agents",
            "police", "force", "operation", "statement", "comment", "remark", "remarks", "position", "stance"}


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


#: Reporting verbs that also give or refuse a thing to someone ("denied bail", "granted asylum").
GIVEN_TO = {"deny", "grant", "refuse", "promise", "offer"}


def _a_clause(verb: Any) -> bool:
    """A verb that heads a reported clause ("found the driver was speeding"), not a bare gerund that tells what was
    seen ("found him holding a knife")."""
    return verb.pos_ in ("VERB", "AUX") and (verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass")
                                                                     for c in verb.children))


#: Pronouns of who heard the words, between an incise's quotation and its verb (« », nous a confié le maire »).
HEARERS = {"nous", "lui", "leur", "me", "m'", "m’", "vous"}


def _after_a_clock_time(doc: Any, k: int, end: int) -> int:
    """The index after a clock time at `k` (« vers 22 h 45 », « à 20 heures », « vers 20h30 »), or `k`."""
    if k + 1 >= end or doc[k].lower_ not in ("vers", "à", "dès") or not doc[k + 1].text[:1].isdigit():
        return k
    j = k + 2
    while j < end and j - k <= 4 and (doc[j].lower_ in ("h", "heures", "heure", "min") or doc[j].text.isdigit()):
        j += 1
    return j if j > k + 2 or re.fullmatch(r"\d{1,2}h\d{0,2}", doc[k + 1].lower_) else k


def _clause_goes_on(doc: Any, i: int, end: int) -> bool:
    """Whether, after an incise's speaker (from `i`), a comma gives the clause its own finite verb back (« Le
    conducteur, précise la gendarmerie, roulait trop vite »), not a relative clause or another clause joined on."""
    comma = next((t.i for t in doc[i:min(i + 10, end)] if t.text == ","), None)
    if comma is None or comma + 1 >= end or doc[comma + 1].lower_ in ("qui", "que", "qu'", "dont", "où", "et", "mais"):
        return False
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
               for t in doc[comma + 1:min(comma + 5, end)])


#: Modals of what is yet to be done (« devront être confirmées », "must be confirmed").
OBLIGED = {"must", "doit", "doivent", "devra", "devront", "devrait", "devraient"}


def _still_to_come(tok: Any) -> bool:
    """Whether a passive is under a modal of obligation (« devra être confirmé par », "must be confirmed by", "will
    have to be determined by"): what someone is yet to do, not what they said."""
    before = tok.doc[max(tok.sent.start, tok.i - 5):tok.i]
    return any(t.lower_ in OBLIGED or t.lower_ in ("have", "has", "need", "needs") and t.i + 1 < tok.i
               and t.doc[t.i + 1].lower_ == "to" for t in before)


def reported_speech(tok: Any, lex: Lexicon, sent_has_quote: dict[int, bool], out: list[Found],
                     used: set[int], lemma: str) -> None:
    doc = tok.doc
    sent = tok.sent
    if lemma in ("believe", "identify") and tok.tag_ == "VBN" or lex.language == "en" and (
            tok.tag_ == "VBN" or tok.tag_ == "VBD" and tok.i > 0 and doc[tok.i - 1].text == ",") \
            and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].lower_ in ("be", "have"):
        return  # "46 people believed to be migrants", "the toddler identified as Aylan Kurdi", "The stricken vessel,
        # understood to be the Nancy Glen, capsized": hearsay and a name given, no one cited
    if "Inf" in tok.morph.get("VerbForm") and tok.i >= 2 and doc[tok.i - 1].lower_ == "à" and any(
            t.lemma_.lower() in ("être", "rester") for t in doc[max(sent.start, tok.i - 4):tok.i - 1]):
        return  # « des blessés légers sont à déplorer », « reste à confirmer »: what there is, or is still to be
        # done, nobody's words
    if lemma in ("tell", "ask", "urge", "advise", "warn", "order") and tok.tag_ in ("VBD", "VBN") \
            and tok.i + 1 < len(doc) and (doc[tok.i + 1].lower_ == "to" or doc[tok.i + 1].lower_ == "not"
                                          and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "to"):
        return  # "People told not to travel by rail", "Residents urged to stay indoors": a headline's reduced passive,
        # its subject the hearers (who tells someone names them: "told him to leave")
    if lemma == "rappeler" and any(t.lower_ in ("nous", "vous", "me", "m'", "te", "t'", "l'", "les", "lui", "leur")
                                   and t.pos_ == "PRON" for t in doc[max(sent.start, tok.i - 4):tok.i]) \
            and not any(t.lower_ in ("que", "qu'", "qu’", ":") or t.text in QUOTE_CHARS for t in doc[tok.i + 1:sent.end]):
        return  # « la direction ne nous a pas rappelé »: called back, or did not, no words told (« il nous a rappelé
        # que… » is speech)
    if lemma == "blast" and not sent_has_quote[sent.start] and not any(
            c.dep_ in ("dobj", "ccomp") for c in tok.children):
        return  # "the battery, kept there to play the DJ, which blasted": an explosion; who is blasted is named
        # ("Unions blasted the plan")
    if lemma == "glisser" and not sent_has_quote[sent.start] and not any(
            t.lower_ in ("que", "qu'", "qu’", ":") for t in doc[tok.i + 1:sent.end]):
        return  # « la flèche a glissé le long de la boîte crânienne »: a slide; words slipped in are quoted or told
        # with « que » (« "…", glisse au quotidien un voisin »)
    # a passive reporting verb's subject is the hearer ("Residents were told to stay indoors"), not the speaker
    past_participle = ("Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense")) \
        or tok.tag_ == "VBN"
    if lemma in GIVEN_TO and tok.tag_ in ("VBD", "VBN") and not any(c.dep_.startswith("aux") for c in tok.children) \
            and not sent.text.strip().endswith((".", "!", "?", '"', "”")) and len(sent) <= 16 \
            and any(c.dep_ in ("dobj", "xcomp") and c.left_edge.i == tok.i + 1 for c in tok.children) \
            and not any(c.dep_ == "ccomp" for c in tok.children):
        return  # "Woman denied restraining order before murder": a headline's reduced passive (she was denied it),
        # a headline telling words says "denies"
    if any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children) or _passive_form(tok) \
            or past_participle and not any(c.dep_.startswith("aux") for c in tok.children) \
            and _passive_agent(tok) is not None and _words_noun(tok):  # « une information confirmée par X »
        agent = _passive_agent(tok)
        if lemma in ("lancer", "launch") and not _words_noun(tok):
            agent = None  # « une bouteille a été lancée par un supporter »: a throw, not words
        if agent is not None and agent.lemma_.lower() in SENSED:
            agent = None  # « alertés par le risque d'effondrement », "alerted by the smell of gas": what was sensed,
            # no one's words
        if lemma in ("assurer", "ensure") and not _words_noun(tok):
            agent = None  # « les urgences restent assurées par le SMUR »: a service provided, no words reported
        if lemma == "poursuivre":
            agent = None  # « il était poursuivi par des policiers », « poursuivi par le tribunal correctionnel »: a
            # chase or a prosecution, no words reported
        if lemma in FINDING and not _words_noun(tok) and not any(c.dep_ == "ccomp" for c in tok.children):
            agent = None  # "was found by members of the public": a body found, no words reported
        if lemma in ("call", "appeler") and not any(c.dep_ in ("oprd", "ccomp", "xcomp") and not _a_time(c)
                                                    for c in tok.children):
            agent = None  # "Police were called by the ambulance service": a phone call, no words reported
        if _a_vote(tok, lemma):
            agent = None  # "the offer had been rejected by Unite members": a vote, no words reported
        if _still_to_come(tok):
            agent = None  # « les circonstances devront être confirmées par l'enquête », "must be confirmed by
            # investigators": a check still to come, no words reported (the gold, 3 of 3)
        if lemma in TOLD_NEWS and not any(c.dep_ in ("ccomp", "obl:arg", "prep", "xcomp") for c in tok.children) \
                and not any(t.lower_ in ("que", "qu'", "that", ":") for t in doc[tok.i + 1:sent.end]):
            agent = None  # « son père a été prévenu par son fils aîné »: he was told, nothing told is cited
        if agent is not None and (_words_noun(tok) or any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children)
                                  or _passive_form(tok)):  # « une information confirmée par Enedis », "was confirmed by the ministry"
            src = span_from(doc, agent, sent.end)
            src = doc[max(src.start, agent.i - 2 if doc[agent.i - 1].pos_ == "DET" else agent.i):src.end]
            group = verb_group(tok)
            out.append(attribution(sent, group, src, lemma, lex.reporting[lemma], lex, apposition(agent)))
            used.update(range(group.start, group.end))
            used.update(range(src.start, src.end))
        return
    if tok.i + 1 < len(doc) and (doc[tok.i + 1].lower_ in ("-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles")
                                 or doc[tok.i + 1].lower_ == "-t" and tok.i + 2 < len(doc)
                                 and doc[tok.i + 2].lower_ in ("-il", "-elle", "-ils", "-elles")):
        return  # « indique-t-elle »: the speaker is a pronoun, named elsewhere
    if any(t.lower_ in ("-il", "-elle", "-ils", "-elles") for t in doc[max(0, tok.i - 2):tok.i]) \
            and any(t.pos_ == "AUX" for t in doc[max(0, tok.i - 3):tok.i]):
        return  # « avait-il déclaré », « a-t-elle expliqué »: the same, after the auxiliary
    continuing = _participle_of_another_speaker(tok)
    speaker = _speaker_of_a_participle(tok, lex, out) if continuing or _a_bare_french_participle(tok, lex) else None
    if speaker is not None:  # "The nurses went on strike, saying…", « a ouvert une enquête, précisant que… »
        group = verb_group(tok)
        out.append(attribution(sent, group, speaker, lemma, lex.reporting[lemma], lex))
        used.update(range(group.start, group.end))
        used.update(range(speaker.start, speaker.end))
        return
    if continuing:
        return  # "…, adding the situation…", « a-t-il déclaré en annonçant »: the main verb's speaker speaks
    if _a_vote(tok, lemma):
        return  # « les salariés ont rejeté le projet »: a vote, no words reported
    if _answered_with_force(tok, lemma):
        return  # « les CRS ont répliqué avec une bombe lacrymogène », "police responded with tear gas": an act
    group_start = verb_group(tok).start
    apposed = _person_before_apposition(doc[group_start - 2]) \
        if group_start - 2 > sent.start and doc[group_start - 1].text == "," else None
    # "…, Konstantinos Agorastos, the governor of the Thessaly region, told local media": the name before the title
    if lemma == "tell" and any(
            t.lower_ in AUDIENCES for t in doc[tok.i + 1:min(tok.i + 3, sent.end)]) and not any(
            c.dep_.startswith("nsubj") for c in tok.children) and apposed is None:
        return  # "…, who was treating her, had told reporters on Tuesday": the audience, not the speaker
    if lemma in ("declare", "déclarer") and any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in STATES_DECLARED
                                                for c in tok.children):
        return  # "the council has declared a major incident", « a déclaré l'état d'urgence »: a decision, no words
    if lemma in ("répondre", "réagir", "commenter", "respond", "comment", "react", "reply") and any(
            c.dep_ in ("advmod", "neg") and c.lower_ in ("pas", "not", "n't", "jamais", "never") for c in tok.children):
        return  # « la préfecture n'a pas répondu à nos sollicitations », "did not respond": nothing said
    if lemma in ("réagir", "react") and not sent_has_quote[sent.start] and any(
            c.dep_ == "advcl" and "Inf" in c.morph.get("VerbForm") and c.lemma_.lower() not in lex.reporting
            for c in tok.children):
        return  # « ces deux amis ont parfaitement réagi pour sauver sa conductrice », "reacted quickly to save the
        # driver": a reaction in deeds, told with what it was for; no words (« a réagi pour dénoncer » speaks)
    if lemma == "requérir" and any(c.dep_ == "obj" and c.lemma_.lower() in REQUISITIONED for c in tok.children):
        return  # « le préfet a requis les forces de l'ordre »: a requisition, no words in court
    if lemma == "constater" and any(c.dep_ == "obj" and c.lemma_.lower() in ("mort", "décès") for c in tok.children):
        return  # « les pompiers constataient la mort de deux mineurs »: a death pronounced (an act), no words
    if lemma == "believe" and (tok.dep_ in ("xcomp", "ccomp") and tok.head.pos_ in ("VERB", "AUX")
                               or not any(c.dep_ == "ccomp" for c in tok.children)
                               or tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to"  # "believed to be"
                               or not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)):
        return  # "police believe he was driving erratically" tells what they told; "believe in", "I believe" do not
    if lemma == "identify" and not any(c.lower_ == "as" for c in tok.children):
        return  # "State police identified the suspect as Hadi Matar" names him (what they told); "identified the
        # problem" does not report
    if lemma in ISSUING and not any(c.dep_ == "dobj" and c.lemma_.lower() in ISSUED_WORDS for c in tok.children):
        return  # "Police issued a statement, accusing…", "His chief released a statement Sunday calling…"; not
        # "issued a fine", "issued a permit", "released the driver"
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in tok.children) \
            or lex.language == "fr" and "Fut" in tok.morph.get("Tense"):
        return  # "The fire marshal will determine what caused the blaze", "the judge will decide", « le parquet
        # précisera »: words still to come, no one cited yet (the gold, 2 of 2)
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives", "victim")
                                for c in tok.children):
        return  # "Harlem apartment fire claims 6 lives", "a war that has claimed the lives of…": a toll, no words
    if lemma == "argue" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in ("with", "over") \
            and not sent_has_quote[sent.start] and not any(c.dep_ == "ccomp" for c in tok.children):
        return  # "a man argued with police": a quarrel, no words cited
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children) \
            and not sent_has_quote[sent.start] and not any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
        return  # "two people were arguing": a quarrel going on, no words cited
    if lemma in ("lancer", "launch") and any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() not in WORDS_LAUNCHED
                                             for c in tok.children):
        return  # « la Russie a lancé une frappe », "police launched an inquiry": an act; « il a lancé un appel »
    if lemma in ("alerter", "prévenir", "alert") and not sent_has_quote[sent.start] and any(
            c.dep_ in ("obj", "dobj") and (c.lemma_.lower() in CALLED_FOR_HELP or c.lower_ in CALLED_FOR_HELP)
            for c in tok.children) and not any(t.lower_ in ("de", "d'", "sur", "of", "about", "que", "that", "pour", "to")
                                               for t in doc[tok.i + 1:sent.end]):
        return  # « les deux témoins du drame ont alerté les secours », "a neighbour alerted police": a call for
        # help, no words told (the gold, 0 of 7; but « a alerté les autorités sur le danger », « ont alerté les secours
        # pour signaler un panache de fumée » report what they told)
    if lemma in ISSUING and any(c.dep_ == "dobj" and c.lemma_.lower() in ("alert", "alarm", "warning") and any(
            g.like_num or g.pos_ == "PROPN" or g.lower_ in ALERT_LEVELS for g in c.subtree if g.i < c.i)
            for c in tok.children):
        return  # "Both regional governments issued a Level 1 alert", "State police issued an Amber Alert": a step of
        # a plan set in motion, no words told (but "Police issued warnings that marchers may…" reports them)
    if lemma == "defend" and not any(c.dep_ == "dobj" and c.lemma_.lower() in DEFENDED for c in tok.children):
        return  # "soldiers defended the city", "she defended her title"; but "defended the actions of its agents"
    if lemma in ("find", "determine") and not any(t.lower_ == "that" and t.tag_ != "WDT"  # (not "found a trailer
                                                  for t in doc[tok.i + 1:min(tok.i + 7, sent.end)]) \
            and not any(c.dep_ == "ccomp" and c.i > tok.i and _a_clause(c) for c in tok.children) \
            and (any(c.dep_ == "dobj" for c in tok.children)
                 or not any(c.dep_ == "ccomp" and _a_clause(c) for c in tok.children)):
        # that was loaded with plastics": the relative pronoun of the thing found)
        return  # "residents found the body" finds a thing ("found him holding a knife": what they saw); "the examiner determined that…" reports a finding; "they
        # find it harder" is no finding, nor "the animals are so hard to observe, scientists are still finding new
        # ones" (a clause before the verb is reported only when nothing is found: "…, investigators found.")
    if lemma in ("find", "trouver", "determine") and any(
            t.lower_ in ("according", "selon", "d'après") and t.head.i in (tok.i, tok.head.i)
            for t in doc[tok.i + 1:sent.end]) and not any(t.lower_ in ("that", "que", "qu'") for t in doc[tok.i + 1:tok.i + 3]):
        return  # "Firefighters … found a man and a woman …, according to Fire Commissioner Daniel Nigro": what
        # the source after it tells; the finders are the story, not the ones cited
    if lemma in ("find", "show", "montrer", "trouver") and tok.dep_ == "ccomp" and tok.head.i > tok.i \
            and tok.head.lemma_.lower() in lex.reporting:
        return  # "Crew members found the survivors clinging to the hull, said Petty Officer Laberdesque",
        # "Thursday's results showed 74 percent …, the government said": what the speaker after them tells
    if lemma == "call" and (tok.tag_ == "VBN" or not any(c.dep_ in ("oprd", "ccomp") and c.lemma_.lower() not in LINES_CALLED
                                                          for c in tok.children)) \
            and not (sent_has_quote[sent.start] and any(c.lower_ == "for" for c in tok.children)):
        return  # "called the beating heinous" describes; "called police", "called for" do not report words
    if lemma in VERDICT and not any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in tok.children) and (
            any(c.lower_ in VERDICT_WORDS or c.lemma_.lower() in VERDICT_WORDS for c in tok.children)
            or lemma in VERDICT and any(t.lower_ in VERDICT_WORDS for t in doc[tok.i + 1:min(tok.i + 3, sent.end)]
                                        if not any(u.lower_ in ("que", "qu'", "that") or u.is_punct
                                                   for u in doc[tok.i + 1:t.i]))):
        return  # "found guilty", « a reconnu coupables les 51 hommes »: a verdict, not someone's words
    if lex.language == "fr" and "Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense") \
            and tok.lower_.endswith(("é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "u", "ue", "us")) \
            and not any(c.dep_.startswith("aux") for c in tok.children) \
            and not any(t.pos_ == "AUX" for t in doc[max(sent.start, tok.i - 3):tok.i]):
        return  # « L'inflation confirmée à 6,2 % », « son estimation publiée »: a participle with no auxiliary
        # qualifies its noun (a passive); the noun says nothing
    if lemma in COUNTING and not _counted_by_a_source(tok, lex):
        return  # « le marché compte 24 étals » tells a size; « le ministère compte 12 % de grévistes » a claim
    # "5 people … killed by airstrike in Gaza, officials say": of two subjects the parser gives, the speaker is the
    # one next to the verb
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if lemma == "faire état" and not subjects:
        subjects = _subject_of_faire_etat(tok)
    subj = subjects[0] if subjects else None
    if len(subjects) > 1 and any(t.text == "," for t in doc[subjects[0].i:subjects[-1].i]):
        subj = min(subjects, key=lambda c: abs(tok.i - c.i))  # a name cut in two (« Croix-Rouge ») is one subject
        if _state_of_a_town(subj):
            subj = subjects[0]  # "Police in St. Anthony, Minnesota confirmed": the town's state, the police speak
        before = [c for c in subjects if c.i < tok.i]
        if tok.lang_ == "en" and before and subj.i > tok.i and subj.pos_ == "NOUN":
            subj = before[-1]  # "A statement from the family, released Wednesday, said the loss of the boy … "has
            # taken…"": the subject before "said" speaks, the one after is the reported clause's
    joined = None
    if len(subjects) == 2 and subjects[1].pos_ == "PROPN" and (
            0 < subjects[1].i - subjects[0].i <= 3 or subjects[1].left_edge.i == subjects[0].right_edge.i + 1
            and subjects[0].pos_ == "NOUN") and not any(
            t.is_punct or t.pos_ == "CCONJ" for t in doc[subjects[0].i:subjects[1].i]):
        end = max([subjects[1].i] + [c.i for c in subjects[1].children if c.dep_ in ("flat:name", "flat")])
        joined = doc[phrase(subjects[0]).start:end + 1]  # « Santé publique France »: one name the model read as two
        # subjects; "director of operations Mike Shepherd told Newshub", « la directrice de l'école Florence Letron »:
        # a title and its name
    if not subjects:  # "The World Health Organization, sounding its highest alarm, says": the model gave the
        # subject to the participle between commas
        subj = next((g for c in tok.children if c.i < tok.i and c.dep_ in ("ccomp", "advcl") and c.tag_ == "VBG"
                     and reporting_lemma(c, lex) is None for g in c.children
                     if g.dep_ == "nsubj" and g.i < c.i and g.pos_ in ("NOUN", "PROPN")), None)
    if subj is None:  # the small French model reads some active subjects as passive ones (« La société Carris,
        # qui exploite…, a assuré »): with no passive auxiliary, the subject is the speaker
        subj = next((c for c in reversed(list(tok.children)) if c.dep_ in ("nsubj:pass", "nsubjpass")
                     and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    read_as_adjective = False
    if subj is None and lex.language == "fr" and tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.i < tok.i \
            and tok.head.pos_ in ("NOUN", "PROPN") and "Fin" not in tok.morph.get("VerbForm") \
            and tok.lower_.endswith(("e", "ent")) and not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:tok.i]) \
            and tok.i + 1 < sent.end and (doc[tok.i + 1].pos_ == "DET" or doc[tok.i + 1].lower_ in ("que", "qu'", "qu’")):
        # « La maire de Lille, Martine Aubry, évoque un acte volontaire »: the small model read the verb as an
        # adjective of the name before it, which speaks (not the object after it)
        named = tok.head
        while named.dep_ in ("nmod", "amod") and named.head.i < named.i and named.head.pos_ in ("NOUN", "PROPN"):
            named = named.head  # « La maire de Lille évoque »: the mayor, not the town; « La presse transalpine
            # rapporte »: the press, not its adjective
        if not any(c.dep_ == "case" for c in named.children):  # (« dans un état critique »: a place, no speaker)
            subj, read_as_adjective = named, True
    after = speaker_after_incise(tok)
    if subj is None and after is not None and tok.dep_ == "conj":
        subj = after  # « …, rappelait dimanche Daniel Levy-Bruhl »: an incise names its speaker after the verb
    if subj is None and not any(c.dep_.startswith("nsubj") for c in tok.children):
        subj = apposed  # the parser hung the verb elsewhere: the name before the title speaks
    if subj is None and tok.dep_ == "conj" and tok.i - 3 > tok.head.i and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") \
            and (doc[tok.i - 2].pos_ == "CCONJ" or doc[tok.i - 2].pos_ == "DET" and doc[tok.i - 3].pos_ == "CCONJ"):
        subj = doc[tok.i - 1]  # "… as battle … escalates and PM criticises withdrawal": the noun the parser joined
        # to the clause before is the subject of its own verb
    if subj is None and tok.dep_ == "conj" and tok.i > 0 and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") \
            and doc[tok.i - 1].dep_ == "pobj" and doc[tok.i - 1].head.lower_ in SUBORDINATORS:
        subj = doc[tok.i - 1]  # "… could face termination after body camera video showed him kicking …": the
        # parser read "after" as a preposition and joined the verb to the main one; the video shows, not the officer
    if subj is None and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and reporting_lemma(tok.head.head, lex) \
            and not any(c.dep_.startswith("nsubj") for c in tok.children) and any(
                c.dep_.startswith("nsubj") and any(g.dep_ == "nummod" for g in c.children) for c in tok.head.children):
        return  # "Police initially said four people had died but later confirmed that there was a fifth fatality":
        # the parser joins "confirmed" to the reported verb, whose subject is a count of victims; the speaker is the
        # one who said, cited once (but "Hamilton said a rescue team had reached the rooms and reported…": the team)
    if subj is None and tok.dep_ == "conj" and not any(t.text in QUOTE_CHARS for t in doc[tok.head.i:tok.i]):
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                     and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is not None and any(c.dep_ == "case" and c.i < subj.i for c in subj.children):
        # « Sur sa page Facebook, Yannick Morez assure »: a place (a noun with its preposition) the model took for the
        # subject; the name it joined to it speaks
        subj = next((c for c in subj.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and c.i < tok.i),
                    subj)
    if subj is not None and subj.lower_ in MONTHS_DAYS:
        # « a indiqué lundi la préfecture »: a day the model took for the subject; « Mercredi soir, Francesca
        # Basile, porte-parole…, a déclaré »: the name the model joined to the day is the speaker
        subj = next((c for c in subj.children if c.dep_ in ("conj", "appos") and c.pos_ in ("PROPN", "NOUN")
                     and c.lower_ not in MONTHS_DAYS and c.i < tok.i), None)
    if subj is not None and subj.lower_ in ("qui", "who", "which", "that") and tok.dep_ in ("acl:relcl", "relcl") \
            and tok.head.pos_ in ("NOUN", "PROPN"):
        subj = _cleft_focus(tok.head)  # « Var-Matin, qui rapporte l'information », "the mayor, who said…": the
        # antecedent speaks
        issuer = next((c for c in subj.head.children if c.dep_ == "nsubj"), None) \
            if subj.dep_ == "dobj" and subj.lemma_.lower() in ISSUED_WORDS else None  # (a statement, a warning…)
        if issuer is not None:
            if issuer.i in used:
                return  # "The ICO issued a statement which said: …": the ICO, cited once by its issuing
            subj = issuer  # "The council released a statement that said…": who issued the statement speaks
        if subj.i in used or subj.dep_ == "appos" and subj.i > 0 and doc[subj.i - 1].text == "(" \
                and subj.head.i in used:
            return  # "condemned by the Department for Education (DfE) who say…": the source just cited, once
        if _in_the_title_of_a_cited_speaker(subj, used):
            return  # « a précisé Alice Béral, juriste de France Nature Environnement (FNE) Normandie, qui juge que »:
            # the jurist just cited, once (the parser hangs the clause on the last word of her title)
        if subj.pos_ != "PROPN" and source_kind(phrase(subj), lex) == "other":
            return  # "a camera which indicated…": a thing that shows, no one cited
    if subj is None and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.dep_ in ("acl:relcl", "relcl") \
            and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.i < tok.head.i < tok.i \
            and (doc[verb_group(tok).start - 1].text == "," or "Fin" in tok.morph.get("VerbForm")
                 or any(c.dep_ in ("aux", "aux:tense") for c in tok.children)):
        subj = tok.head.head  # « Un enquêteur, qui souhaite rester anonyme, explique que… »: the model hung the
        # main verb on the relative clause; the noun the clause qualifies speaks
    if subj is not None and lemma in ("souffler", "blow", "whisper") and subj.lemma_.lower() in WINDS:
        return  # « le vent a soufflé jusqu'à 117 km/h »: a wind blowing, no one whispering
    if subj is not None and subj.lower_ == "on" and lemma in COUNTING:
        return  # « on compte 2 morts »: a count in the outlet's voice, no one cited
    if subj is not None and subj.lower_ == "on" and subj.i > 0 and doc[subj.i - 1].lower_ in ("si", "s'", "quand",
                                                                                               "lorsqu'", "lorsque"):
        return  # « si on considère que… »: the outlet's own reasoning, no one cited
    if subj is not None and subj.i < tok.i:
        # "Regarding the study published in The Annals, The New York Times reported": the name right before the
        # verb, after a comma, is its subject, not the noun of the opening phrase the model attached
        g = verb_group(tok).start - 1
        if g > subj.i and doc[g].pos_ == "PROPN" and (doc[g] not in list(subj.subtree) or doc[g].dep_ == "appos"):
            k = g
            while k > sent.start and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].lower_ in ("the", "le", "la", "les")
                                      and k - 1 > sent.start and doc[k - 2].text == ","):
                k -= 1
            if k > sent.start and doc[k - 1].text == "," and k > subj.i and not _state_of_a_town(doc[g]):
                subj = doc[g]
    dash = _dateline_dash(sent)
    if subj is not None and dash is not None and subj.i < dash < tok.i:
        subj = next((t for t in doc[dash + 1:tok.i] if t.pos_ in ("NOUN", "PROPN")
                     and not dash < t.head.i < tok.i), None)  # "AMATRICE, Italy — The mayor of this town … said":
        # the dateline is where the story was filed; the head of the noun phrase after the dash speaks
    if subj is not None and subj.i < tok.i and (_inside_quotes(subj, tok) or subj.text in QUOTE_CHARS):
        # (the small French model sometimes makes the opening « the subject)
        subj = None  # « « L'épidémie progresse », a affirmé la ministre »: words of the quotation do not speak
    if subj is not None and subj.i < group_start - 1 and doc[group_start - 1].text == "," \
            and not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children) \
            and subj.pos_ in ("NOUN", "PROPN") and tok.i + 1 < sent.end and (doc[tok.i + 1].pos_ in (
            "ADP", "DET", "PROPN", "ADV") or doc[tok.i + 1].lower_ in MONTHS_DAYS) \
            and doc[tok.i + 1].lower_ not in ("que", "qu'", "that") \
            and not any(t.dep_ in ("relcl", "acl:relcl") and t.head.i == subj.i for t in doc[subj.i:group_start]) \
            and (_clause_before_comma_has_a_verb(doc, sent.start, group_start - 1)
                 or subj.head.i != tok.i and subj.head.pos_ in ("VERB", "AUX") and subj.head.i < group_start
                 and subj.dep_.startswith("nsubj")):  # « L'enquête … privilégie la thèse …, après …, a annoncé
            # mardi le procureur »: the noun before is the subject of the reported clause's own verb (but "The Unite
            # union, which represents a third of the staff, called the notice …": the clause is the subject's own)
        subj = None  # « 40 000 foyers sont privés…, déclare à Libération le gestionnaire »: the incise's speaker
        # comes after its verb; the noun before the comma is the subject of the reported clause
    if subj is not None and subj.i < group_start - 1 and doc[group_start - 1].text == "," \
            and _speaker_ends_the_sentence(tok, lex):
        subj = None  # « L'enquête … privilégie la thèse …, a annoncé mardi le procureur d'Albi. »: the model may
        # read the first noun as the verb's subject; an incise that ends the sentence on a source names the speaker
    left_fallback = read_as_adjective  # (the speaker's words end before the verb)
    if subj is None and (tok.pos_ != "VERB" or not any(c.dep_.startswith("nsubj") for c in tok.children)):
        # the small French model sometimes reads the verb as an adjective of its subject (« un habitant
        # raconte », « des riverains affirment »): the noun phrase just before the verb is the speaker
        j = tok.i - 1
        while j > sent.start and (doc[j].pos_ == "ADV" or doc[j].lower_ in ("en", "y", "ne", "n'")):
            j -= 1  # « la police en compte 12 000 »: clitics between the speaker and the verb
        while j - 1 > sent.start and doc[j].dep_ == "amod" and doc[j].head.i == j - 1 and doc[j - 1].pos_ == "NOUN":
            j -= 1  # « plusieurs sources policières évoquent »: the noun the adjective qualifies
        while j - 2 > sent.start and doc[j].pos_ in ("NOUN", "PROPN"):
            if doc[j - 1].lower_ in ("du", "des") and doc[j - 2].pos_ in ("NOUN", "PROPN"):
                j -= 2  # « les organisateurs du rassemblement évoquent »: the head of the noun phrase
            elif j - 3 > sent.start and doc[j - 1].pos_ == "DET" and doc[j - 2].lower_ in ("de", "d'") \
                    and doc[j - 3].pos_ in ("NOUN", "PROPN"):
                j -= 3  # « l'entourage de la ministre dément »
            else:
                break
        det = j - 1 if j > sent.start and doc[j - 1].pos_ == "DET" else j
        # (punctuation is no speaker: the small model may tag a closing » as a name, « … nous sanctionne » explique)
        if j >= sent.start and j < tok.i and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[j].is_punct \
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
    if subj is not None and subj.lemma_.lower() in DEVICES:
        return  # « L'éthylomètre a indiqué un taux de 2,48 g »: a reading, no one cited
    if subj is not None and (subj.lemma_.lower() in SLOGANS or subj.lower_ in SLOGANS):
        return  # « un autre slogan résumait l'état d'esprit », "signs that said 'On strike'": the crowd's words,
        # carried, no one cited (the gold leaves them out)
    if lemma == "annoncer" and any(c.lower_ in ("s'", "se", "s’") and c.i < tok.i for c in tok.children):
        return  # « la rentrée s'y annonce difficile »: it looks set to be, no one speaks
    inverted = False
    after_verb = tok.i + 1  # where an incise's inverted subject may start
    start = verb_group(tok).start
    if start - 1 > sent.start and doc[start - 1].lower_ in ("s'", "se", "s’"):
        start -= 1  # « », s'est félicitée Léa Martin »: the pronoun belongs to the verb
    elif start - 1 > sent.start and doc[start - 1].lower_ in HEARERS and doc[start - 1].pos_ == "PRON":
        start -= 1  # « "…", nous a décrit Alixe », « "…", lui a répondu le maire »: who heard it belongs to the
        # verb
    incise = start > sent.start and (doc[start - 1].text in (",", "»", '"', "”", "'", "’", "-t-il", "-t-elle")
                                     or doc[start - 1].lower_ in ("le", "l'", "l’") and start - 1 > sent.start
                                     and doc[start - 2].lower_ == "comme")  # « comme le dit une source »
    if tok.i > 0 and doc[tok.i - 1].lower_ == "to":
        return  # "assigned to detail the game": an infinitive, not someone speaking
    if tok.i > 1 and doc[tok.i - 1].lower_ == "à" and (doc[tok.i - 2].lemma_.lower() in ("être", "rester")
                                                      or doc[tok.i - 2].lower_ in ("sont", "est", "reste", "restent")):
        return  # « Douze blessés graves sont à déplorer », « il reste à préciser »: what there is, no one speaks
    if lemma in ("respond", "répondre", "riposter", "retaliate") and tok.i + 1 < sent.end \
            and doc[tok.i + 1].lower_ in ("with", "par", "en"):
        return  # "security forces responded with an airstrike", « a riposté par des tirs »: an act, no words
    if lemma == "s'interroger" and not sent_has_quote[sent.start] and all(
            t.is_punct and t.text != ":" for t in doc[tok.i + 1:sent.end]):
        return  # « les habitants s'interrogent. »: they wonder, no words are told (but « s'interroge : "…" »,
        # « s'interrogent sur la cible visée »)
    if lemma in ("say", "dire") and any(c.dep_ in ("auxpass", "aux:pass") for c in tok.children):
        return  # "the singer is said to be stabilised": hearsay about her, she does not speak
    to = tok.i + 1
    while to < min(tok.i + 7, sent.end) and (doc[to].pos_ in ("ADV", "NUM") or doc[to].lower_ in WHEN_GONE
                                            or doc[to].like_num):
        to += 1  # ("responded around 10:30 a.m. to the park to reports of…": when, between the verb and where)
    if lemma in ("respond", "répondre") and to + 1 < sent.end and doc[to].lower_ in ("to", "à", "au", "aux") \
            and any(t.lemma_.lower() in CALL_OUTS for t in doc[to + 1:min(to + 7, sent.end)]):
        return  # "Atlanta police responded to the complaint", « les pompiers ont répondu à l'appel »: they went
    if lemma == "respond" and (not sent_has_quote[sent.start] or _a_quoted_term_only(sent)) \
            and not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children) \
            and not any(t.lower_ in ("that", "saying", ":") for t in doc[tok.i + 1:sent.end]):
        return  # "Officers responded at 2:25 a.m.", "Police responded to the Irving at 2499 Robie Street": they went
        # there; with no words given, no one is cited ("EMS said …, paramedics responded to and treated 11 people":
        # the model hangs "said" under "responded", before it; what was said is not an answer's words; "crews
        # responded to the chairlift for a “deropement”": a term in quotation marks is no one's answer)
    if lemma in ("admit", "deny", "reconnaître", "nier", "plead", "avouer", "confess") and any(
            c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in OFFENCES or any(g.lemma_.lower() in OFFENCES
                                                                               for g in c.subtree))
            or c.dep_ == "xcomp" and c.lemma_.lower() in CONFESSED_ACTS
            for c in tok.children):
        return  # "Jackson admitted grievous bodily harm", « il a reconnu les faits de viol », « avoue avoir tué sa
        # femme »: a plea or a confession, no words cited
    if lemma in ("urge", "tell", "ask", "order", "advise", "warn", "call") and tok.i + 2 < sent.end \
            and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].pos_ in ("VERB", "AUX") \
            and not any(c.dep_.startswith("aux") for c in tok.children):
        return  # "residents urged to stay home": a headline passive, the residents are told, they do not speak
    if lemma == "poursuivre" and ("Pres" in tok.morph.get("Tense") and "Part" in tok.morph.get("VerbForm") or any(
            c.dep_ in ("obj", "dobj") for c in tok.children) and not sent_has_quote[sent.start]):
        return  # « l'homme, poursuivant la jeune femme »: chasing someone, not going on speaking
    if lemma in ASPECTUAL and (any(c.dep_ == "xcomp" for c in tok.children) or tok.i + 1 < sent.end
                               and doc[tok.i + 1].lower_ in ("to", "de", "d'", "à")):
        return  # "problems will continue to hit", « poursuivre sa route »: the verb tells how long, not who says
    if lex.language == "fr" and after is not None and subj is not None and subj.i < start - 1 and tok.pos_ == "VERB" \
            and _clause_goes_on(doc, after.i + 1, sent.end):
        subj = None  # « Le bateau, explique la préfecture maritime, se trouve à 200 km »: an incise inside the
        # clause, its speaker after it (the model gives it the clause's subject)
    if lex.language == "fr" and incise and subj is not None and subj.i < tok.i \
            and doc[subj.left_edge.i].lower_ == "dont":
        subj = None  # « Sept personnes ont été blessées, dont trois étrangers, a indiqué dans la soirée le ministère »:
        # those counted among the hurt, not who speaks (the model makes them the subject)
    if incise and subj is not None and subj.i == start and subj.lower_ in HEARERS:
        subj = None  # « "…", nous a confié le maire »: « nous » heard it (the model makes it the subject)
    if subj is None and start_quote_subject(tok) is not None:
        subj = start_quote_subject(tok)  # « La « version officielle » évoque… »: the quoted noun is the subject
    if lex.language == "en" and any(c.dep_ in ("aux", "auxpass") and c.i < tok.i for c in tok.children):
        incise = False  # "The demonstrators, who earlier tried to storm the building, are demanding the resignation of
        # top officials": English puts its speaker after the verb ("said police") only with a verb alone
    if (subj is None and incise) or subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("il", "elle", "ils", "elles", "it") \
            and subj.i < tok.i and any(t.text == "," for t in doc[sent.start:tok.i]) and incise:
        # the inverted subject of an incise (« », a déclaré le maire », "said police") is often parsed as an
        # object or left unattached: the noun phrase right after the verb (or after « à l'AFP »)
        k = tok.i + 1
        while k < sent.end and (doc[k].pos_ in ("ADV", "PART") or doc[k].text == "-t-il"
                                or doc[k].lower_ in MONTHS_DAYS and doc[k].pos_ != "PROPN"
                                or doc[k].text.isdigit() and k + 1 < sent.end and doc[k + 1].lower_ in MONTHS_DAYS):
            k += 1  # « a précisé jeudi le maire »: a day between the verb and its speaker
        k = after_verb = _after_a_clock_time(doc, k, sent.end)  # « précisait vers 22 h 45 le commandant »
        if lemma == "faire savoir" and k < sent.end and doc[k].lower_ == "savoir":
            k += 1  # « a fait savoir la préfecture »
        phrase_ = for_ones_part(doc[k + 2]) if k + 2 < sent.end else None
        if phrase_ is not None and phrase_.start == k:
            k += 3  # « a indiqué pour sa part une source », « a précisé de son côté le parquet »
            if k < sent.end and doc[k].text == ",":
                k += 1
        if k < sent.end and (doc[k].lower_ in ("à", "au", "aux", "to", "dans", "sur", "lors", "en", "devant") or doc[
                k].lower_ in ("d'", "de") and doc[k - 1].lower_ == "lors") and k + 1 < sent.end:
            # « a expliqué à l'AFP le procureur », « indique dans un communiqué le procureur », « a déclaré lors
            # d'une conférence de presse le préfet »: the speaker comes after the medium or the occasion
            k2 = k + 1
            seen_noun = False
            while k2 < sent.end and k2 - k < 8 and doc[k2].text not in (",", "."):
                if doc[k2].pos_ == "DET" and seen_noun and doc[k2 - 1].pos_ != "ADP" \
                        or seen_noun and doc[k2].ent_type_ in ("PER", "PERSON") \
                        and doc[k2 - 1].ent_type_ not in ("PER", "PERSON"):  # (« à l'AFP dans la soirée le chef »:
                    # « la soirée » is when)
                    k = k2  # « a précisé à l'AFP Patrick Leleu »: a person's name after the medium
                    break
                seen_noun = seen_noun or doc[k2].pos_ in ("PROPN", "NOUN")
                k2 += 1
        if k < sent.end and doc[k].lower_ in ("que", "qu'", "that"):
            return
        noun = noun_after(doc, k, sent.end)
        # « rapporte franceinfo », « estime Cécile de Oliveira »: names the small French model tags as adjectives
        speaker_adj = noun is not None and (
            noun.pos_ == "ADJ" and (noun.text[:1].isupper() or noun.lower_ in lex.sources)
            or WEB_ADDRESS.fullmatch(noun.text) is not None)  # « relate 24heures.ch »
        thing = noun is not None and noun.pos_ == "NOUN" and not noun.text[:1].isupper() \
            and not sent_has_quote[sent.start] \
            and tok.i + 1 < sent.end and doc[tok.i + 1].pos_ == "DET" \
            and source_kind(span_from(doc, noun, sent.end), lex) == "other" and noun.ent_type_ not in ("PER", "PERSON")
        # « L'autopsie, pratiquée lundi, confirme la thèse d'une chute »: right after the verb, a thing it reports
        # (after a quotation, « a ajouté l'ancien animateur » names its speaker)
        gerund = lex.language == "fr" and "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense") \
            and not (noun is not None and noun.lower_ in ("information", "informations", "révélation", "révélations")
                     and any(t.text[:1].isupper() for t in doc[noun.i + 1:min(noun.i + 4, sent.end)]))
        # « …, évoquant une violente dispute »: a present participle never has its subject after it; but
        # « confirmant une information du Parisien » cites the newspaper
        alerted = lemma in ("alerter", "prévenir", "avertir", "informer") and not sent_has_quote[sent.start] \
            and noun is not None and noun.dep_ == "obj" and noun.head.i == tok.i \
            and (any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
                 or doc[start - 1].text == "," and not _clause_before_comma_has_a_verb(doc, sent.start, start - 1))
        # « un autre employé, d'origine guatémaltèque, a alerté son patron »: with its subject before it (an
        # apposition between them), who is warned, not who speaks (« …, informe le Centre flamand du trafic » after
        # a clause of its own names its speaker after the verb)
        if noun is not None and (noun.pos_ in ("NOUN", "PROPN") or speaker_adj) and not thing and not gerund \
                and not alerted:
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
        or lemma == "call" and sent_has_quote[sent.start] and any(c.lower_ == "for" for c in tok.children)
        or lemma in ("warn", "alerter", "avertir") and any(c.lower_ in ("of", "about", "sur", "de") for c in tok.children)
        or any(c.text == ":" for c in tok.children)
        or (lemma in OBJECT_REPORTING and deps & {"obj", "dobj"} and not any(
            c.dep_ in ("obj", "dobj") and c.lower_ in REFLEXIVES for c in tok.children))  # "didn't announce
        # themselves": an act, no words reported
        or any(c.dep_ == "xcomp" and any(g.lower_ in ("de", "d'") for g in c.children) for c in tok.children)
        or any(t.lower_ in ("que", "qu'", "that") for t in doc[tok.i + 1:min(tok.i + 3, sent.end)])
        or _that_after_phrase(tok)
        or any(c.dep_ == "xcomp" and ("Inf" in c.morph.get("VerbForm") or any(
            g.lower_ in ("avoir", "être") for g in c.children)) for c in tok.children)
        or any(any(ch.isdigit() for ch in t.text) for t in doc[tok.i + 1:min(tok.i + 8, sent.end)])
        or lemma in COUNTING  # a source and a figure, checked above
        or lemma in ("faire état", "faire savoir")  # « la préfecture fait état de trois blessés »: what it reports
        # follows
        or lemma == "identify" or lemma in ISSUING  # (checked above: "identified X as Y", "issued a statement")
        or lemma in APPEALING  # « la préfecture appelle à la prudence », « invite les personnes qui … à ne pas les
        # consommer »: an appeal (checked by `reporting_lemma`)
        or any(t.lower_ in ("statement", "communiqué") and doc[t.i - 1].lower_ in ("a", "un") and t.i >= 2
               and doc[t.i - 2].lower_ in ("in", "dans") for t in sent)  # "In a statement, Network Rail apologised"
        or tok.i + 1 < sent.end and ("Inf" in doc[tok.i + 1].morph.get("VerbForm") or doc[tok.i + 1].lower_ in (
            "avoir", "être") or doc[tok.i + 1].tag_ == "VBG")  # « raconte avoir entendu », "described hearing"
        or subj.i > sent.start and doc[subj.left_edge.i - 1].text == "," and subj.i < tok.i
        or incise and subj.i > tok.i and subj.pos_ in ("NOUN", "PROPN")  # «…, déclare à Libération le gestionnaire»
        or lemma in ("say", "tell", "dire") and all(t.is_punct or t.is_space or t.pos_ in ("PROPN", "NOUN") for t in
                                                    doc[tok.i + 1:sent.end])
    )
    if lemma in ("rappeler", "recall") and (any(c.dep_ in ("obj", "dobj") and any(
            g.dep_ == "nummod" or g.like_num for g in c.children) for c in tok.children) or any(
            t.text[:1].isdigit() for t in doc[tok.i + 1:min(tok.i + 3, sent.end)])):
        return  # « le constructeur rappelle 3 000 voitures », "Toyota recalls 3,000 cars": products called back
    if lemma in ("observer", "observe") and any(c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" and c.i > tok.i
                                                 for c in tok.children) and not sent_has_quote[sent.start] \
            and subj is not None and subj.pos_ == "NOUN":
        return  # « les baigneurs observent un drôle d'animal », « observer une minute de silence »: they watch, or
        # keep a silence, no words reported
    if lemma in ("signaler", "report") and any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in MISSING
                                                for c in tok.children):
        return  # « la famille a signalé leur disparition », "his wife reported his disappearance": an alert to the
        # police, an act; what the text tells of it is not their words
    if lemma == "confier" and any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in ENTRUSTED for c in tok.children):
        return  # « la maman avait confié sa fille à une voisine », « a confié l'enquête à la gendarmerie »: she left
        # her child in someone's care, no words reported
    if lemma in POSTING and not (sent_has_quote[sent.start] or deps & {"ccomp"} or _that_after_phrase(tok)
                                 or any(t.lower_ in ("que", "qu'", "that") for t in doc[tok.i + 1:min(tok.i + 3, sent.end)])):
        return  # "the company posted a loss", « a publié ses comptes »: no words reported
    if not speech:
        return
    if subj.pos_ == "PRON" and subj.lower_ not in ("on",):
        return  # "he said", « elle a dit »: the speaker is named elsewhere
    if subj.ent_type_ in ("GPE", "LOC") and not sent_has_quote[sent.start] and is_a_match_story(doc):
        return  # « L'Argentine a confirmé qu'elle était mieux armée sur les penaltys »: a team shows, it does not say
    if left_fallback:
        src = span_from(doc, subj, tok.i)
    elif inverted or subj.i > tok.i:
        src = span_from(doc, subj, sent.end)
        src = doc[max(src.start, after_verb):src.end]
        src = _name_after_a_place(with_apposed_name(src))  # (« raconte le président du Syndicat des travailleurs
        # d'Olymel à Vallée-Jonction, Martin Maurice »)
    else:
        src = joined if joined is not None and subj.i == subjects[0].i else _with_appos_name(subj, phrase(subj))
        when = next((t.i for t in src if t.i > subj.i and t.lower_ in ("on", "le") and t.i + 1 < src.end
                     and doc[t.i + 1].lower_ in MONTHS_DAYS), None)
        if when is not None:
            src = doc[src.start:when]  # "A former banker on Monday admitted": when he spoke is not who he is
        cleft = [c.i for c in subj.children if c.i < subj.i and (c.dep_ == "cop" or c.dep_ == "nsubj"
                                                                and c.lower_ in CLEFT_SUBJECTS)]
        if cleft and tok.dep_ in ("acl:relcl", "relcl"):
            src = doc[max(cleft) + 1:src.end]  # « C'est la gendarmerie du Nord qui a annoncé »: « c'est » is no name
        first = src.start
        if subj.pos_ == "NOUN" and first >= 2 and doc[first - 1].text == "," and doc[first - 2].pos_ == "PROPN" \
                and doc[first - 2].i >= sent.start:
            name = first - 2
            while name - 1 >= sent.start and doc[name - 1].pos_ == "PROPN":
                name -= 1
            if name == sent.start or doc[name - 1].is_punct:
                src = doc[name:src.end]  # « Artem Kobzar, le maire par intérim de Soumy, a écrit »: the name and
                # the title apposed to it, whichever the parser made the subject
    if lemma == "faire état" and src.end > tok.i - 1 and src.start < tok.i:
        end = next((t.i for t in src if t.lemma_.lower() == "faire" or t.lower_ in FAIRE_FORMS), src.end)
        src = doc[src.start:end]  # « un bilan actualisé fait état de dix morts »: the subject ends at the verb
        while len(src) > 1 and (src[-1].is_punct or src[-1].pos_ == "ADV"):
            src = src[:-1]
    if _a_thing_seen(src.root):
        return  # things do not speak: « des vidéos témoignent », "a video broadcast by Spanish television showed"
    author = _document_author(subj, lex) if lemma in FINDING and subj.i < tok.i else None
    if author is not None:
        src = author  # "The latest update from the Office for National Statistics showed": its author speaks
    elif lemma in ("confirm", "confirmer") and subj.lemma_.lower() in RESULTS | DOCUMENTS | PUBLISHED \
            and not any(t.ent_type_ in ("PER", "PERSON", "ORG") or t.pos_ == "PROPN" for t in src):
        return  # "The verdicts confirm…", « les résultats confirment »: a thing shows, no one is cited
    elif lemma in FINDING and source_kind(src, lex, apposition(subj)) == "other" \
            and not any(t.ent_type_ in ("PER", "PERSON", "ORG") or t.pos_ == "PROPN" for t in src):
        return  # "Evidence suggests that…", "the data reveal": a thing shows, no one is cited
    group = verb_group(tok)
    nuance = lex.reporting[lemma]
    out.append(attribution(sent, group, src, lemma, nuance, lex, apposition(subj)))
    if author is not None and out[-1].info["source_kind"] == "named" \
            and not any(t.ent_type_ in ("PER", "PERSON") for t in author):
        out[-1].info["source_kind"] = "official"  # a body that publishes figures (« Santé publique France »)
    used.update(range(group.start, group.end))
    used.update(range(src.start, src.end))


def _subject_of_faire_etat(tok: Any) -> list[Any]:
    """The subject of « faire état de », which the small French model parses in pieces (« fait » a copula or an
    auxiliary of « état », or « état » a noun of the subject: « Le bilan des pompiers fait état de trois blessés »):
    the subject of « fait », or the noun phrase before it that « état » hangs on."""
    doc = tok.doc
    k = tok.i - 1
    while k > tok.sent.start and doc[k].pos_ == "ADV":
        k -= 1
    if any(t.lower_ in ("ne", "n'", "pas", "jamais", "aucun", "aucune") for t in doc[max(tok.sent.start, k - 2):tok.i]):
        return []  # « le texte ne fait pas état de sanctions »: nothing reported
    verb = doc[k]
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    head = tok.head
    while head.pos_ in ("VERB", "ADJ") and head.dep_ in ("acl", "amod") and head.head.i < head.i:
        head = head.head  # « Un bilan actualisé fait état »: the noun the participle qualifies
    if not found and head.i < verb.i and head.pos_ in ("NOUN", "PROPN"):
        while head.dep_ == "nmod" and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        found = [head]
    return found


#: What a body issues when it speaks ("issued a statement", "issued a warning").
#: Words the English parser may read as a preposition where they open a clause ("after the video showed …").
SUBORDINATORS = {"after", "before", "since", "until", "as", "because", "when", "while", "once"}
#: Words of a time of day, between a verb and where it went ("responded around 10:30 a.m. to the park").
CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "morning", "afternoon", "evening", "night", "matin", "soir", "nuit"}
WHEN_GONE = MONTHS_DAYS | CLOCK_WORDS | {"around", "about", "at", "vers"}  # (days, hours and "around" before "to")
#: What a service responds to by going there ("responded to a call", « répondre à un appel »).
CALL_OUTS = {"call", "complaint", "report", "scene", "incident", "emergency", "alarm", "fire", "disturbance", "appel",
             "alerte", "signalement", "incendie"}
#: Verbs of a vote or a decision on a proposal (a judge who "denied the motion" or "granted the request" rules).
VOTED = {"reject", "rejeter", "refuse", "refuser", "accept", "accepter", "approve", "approuver", "deny", "grant",
         "dismiss"}
#: What one accepts or rejects by a vote or a decision (not words one denies).
PROPOSALS = {"offer", "proposal", "deal", "bid", "plan", "contract", "motion", "agreement", "settlement", "pay",
             "plea", "request", "application", "attempt", "petition", "appeal", "offre", "proposition", "accord",
             "projet", "contrat", "protocole", "demande", "requête"}


#: Verbs of answering that tell an act when what answered is a weapon or a force (« riposter par des tirs »).
ANSWERING = {"répliquer", "riposter", "répondre", "respond", "reply", "retaliate", "answer"}


def _answered_with_force(tok: Any, lemma: str) -> bool:
    """Whether an answering verb says what was answered with, a thing and not words (« ont répliqué avec une bombe
    lacrymogène », "responded with tear gas and rubber bullets"), and no words are told after it."""
    if lemma not in ANSWERING and tok.lemma_.lower() not in ANSWERING:
        return False
    doc = tok.doc
    k = tok.i + 1
    while k < tok.sent.end and doc[k].pos_ == "ADV":
        k += 1
    if k >= tok.sent.end or doc[k].lower_ not in ("avec", "par", "with", "by"):
        return False
    thing = next((t for t in doc[k + 1:min(k + 4, tok.sent.end)] if t.pos_ in ("NOUN", "PROPN")), None)
    return thing is not None and thing.lemma_.lower() not in WORDS_NOUNS | DOCUMENTS \
        and thing.lower_ not in WORDS_NOUNS | DOCUMENTS and not any(t.text in QUOTE_CHARS for t in doc[k:tok.sent.end])


def _a_vote(tok: Any, lemma: str) -> bool:
    """Whether a verb of accepting or rejecting has a proposal as its object or passive subject ("the offer was
    rejected by Unite members", « les salariés ont rejeté le projet »): a vote or a decision, not words."""
    return lemma in VOTED and (any(c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")
                                   and c.lemma_.lower() in PROPOSALS for c in tok.children)
                               or tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in PROPOSALS
                               or tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "attr" and any(
                                   c.dep_ == "nsubj" and c.lemma_.lower() in PROPOSALS for c in tok.head.head.children))
    # ("a 4% pay offer previously rejected by members": the proposal the participle describes; "the latest offer was
    # the fifth to be rejected by the union": the proposal is the subject the rank describes)


#: What one calls on the phone ("called a non-emergency police line"): not someone described.
LINES_CALLED = {"line", "number", "hotline", "helpline", "police", "ambulance", "911", "999", "dispatcher", "dispatch",
                "authorities", "emergency", "services"}
#: Offences one admits or denies in court ("admitted manslaughter"): a plea, not a statement cited.
OFFENCES = {"harm", "manslaughter", "murder", "assault", "charge", "charges", "offence", "offense", "offences",
            "offenses", "count", "counts", "fraud", "theft", "rape", "meurtre", "viol", "viols", "agression", "vol",
            "escroquerie", "homicide", "faits"}
#: Acts a suspect confesses to (« il avoue avoir tué », "admitted stabbing").
CONFESSED_ACTS = {"tuer", "kill", "stab", "poignarder", "frapper", "étrangler", "violer", "voler", "steal", "murder",
                  "assassiner", "agresser", "attack", "shoot", "tirer"}
#: Reflexive objects: "police did not announce themselves" tells an act.
REFLEXIVES = {"themselves", "himself", "herself", "itself", "ourselves", "yourself", "yourselves", "myself"}
#: Verbs that also give a verdict ("found guilty", « reconnu coupable », « déclaré mort »), then no one's words.
VERDICT = {"find", "declare", "reconnaître", "déclarer", "juger", "rule", "pronounce"}
VERDICT_WORDS = {"guilty", "coupable", "coupables", "responsable", "responsables", "innocent", "innocents",
                 "dead", "mort", "morte", "morts", "irrecevable", "liable", "unfit", "inapte"}
#: Verbs of posting: they report words only with what was posted (« a tweeté que », "posted that…").
POSTING = {"post", "publish", "tweet", "poster", "publier", "tweeter", "twitter"}
#: Verbs of showing or finding: a thing as their subject (evidence, data) cites no one.
FINDING = {"suggest", "reveal", "find", "determine", "suggérer", "révéler", "constater", "show", "montrer"}
#: A disappearance one reports to the police (« signaler la disparition »).
MISSING = {"disparition", "absence", "disappearance"}
#: What one entrusts to someone (« confier sa fille à une voisine »): a person, an animal or a task, not words.
ENTRUSTED = {"fille", "fils", "enfant", "bébé", "nourrisson", "petit-fils", "petite-fille", "chien", "chat", "animal",
             "clé", "clef", "enquête", "investigation", "garde", "dossier", "mission", "tâche", "soin"}
#: Results and documents: when they "confirm" something, a thing shows it, no one is cited ("The verdicts confirm
#: the nurse as…", « les analyses confirment »); a person who confirms is a source.
RESULTS = {"verdict", "result", "analysis", "test", "finding", "evidence", "image", "footage", "video", "autopsy",
           "résultat", "analyse", "vidéo", "expertise", "autopsie", "prélèvement"}
#: Verbs that report a count only when a source gives it (« le ministère compte 12 % de grévistes », « le
#: Snuipp en revendique un tiers »); elsewhere they tell a size or a demand.
COUNTING = {"compter", "revendiquer"}


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


#: Nouns of published numbers and news whose author, after from / of / « de », is the source.
PUBLISHED = {"update", "figures", "data", "bulletin", "release", "estimate", "estimates", "survey", "report",
             "chiffres", "données", "estimation", "note", "bilan", "rapport"}


def _document_author(noun: Any, lex: Lexicon) -> Any:
    """The body a published document comes from ("the latest update from the ONS", « les chiffres de l'Insee »),
    as a span, when it is a body that speaks; else None."""
    if noun.lemma_.lower() not in PUBLISHED and noun.lower_ not in PUBLISHED:
        return None
    doc = noun.doc
    for prep in noun.children:
        if prep.lower_ in ("from", "of", "by") and prep.dep_ == "prep":
            head = next((c for c in prep.children if c.dep_ == "pobj"), None)
        elif prep.dep_ == "nmod" and any(c.lower_ in ("de", "du", "des", "d'") for c in prep.children):
            head = prep
        else:
            continue
        if head is None:
            continue
        span = span_from(doc, head, noun.sent.end)
        if any(t.pos_ == "PROPN" for t in span) or source_kind(span, lex) in SPEAKING_KINDS:
            return span
    return None


def _passive_form(verb: Any) -> bool:
    """« dont les identités n'ont pas été précisées », "had been reported": a participle after a form of être /
    "been" (which the models do not always attach) is a passive; its subject is no speaker."""
    doc = verb.doc
    if "Part" not in verb.morph.get("VerbForm") and verb.tag_ != "VBN":
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "ccomp", "dobj", "obj") for c in verb.children) \
            and verb.dep_ in ("ROOT", "acl") and not _that_after_phrase(verb):
        return True  # "Red warning explained amid…": a headline's bare participle with nothing said is a passive
    if verb.dep_ == "conj" and verb.head.i < verb.i and any(c.dep_ in ("aux:pass", "auxpass")
                                                            for c in verb.head.children) \
            and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children):
        return True  # "the mayor was arrested and accused Wednesday of accepting bribes": the auxiliary of the first
        # participle is the second's too, the mayor is accused, no speaker
    k = verb.i - 1
    while k >= verb.sent.start and (doc[k].pos_ == "ADV" or doc[k].lower_ in ("toutes", "tous", "pas", "encore")):
        k -= 1
    return k >= verb.sent.start and doc[k].lower_ in ("été", "been", "being", "be")


#: Nouns of words and information: a participle of saying after them (« une information confirmée par la
#: préfecture ») reports who said it; after other nouns (« une grenade lancée par un CRS ») it tells an act.
WORDS_NOUNS = {"information", "informations", "annonce", "propos", "déclaration", "déclarations", "nouvelle",
               "version", "hypothèse", "thèse", "message", "news", "claim", "claims", "account", "announcement",
               "warning", "alerte"}


#: Who hears what a speaker tells (never the speaker: "had told reporters").
AUDIENCES = {"reporters", "journalists", "press", "media"}
#: What an authority declares by deciding it ("declared a major incident", « déclaré l'état d'urgence », "the watchdog
#: declared an independent investigation").
STATES_DECLARED = {"incident", "emergency", "state", "war", "bankruptcy", "pandemic", "epidemic", "disaster", "drought",
                   "alert", "curfew", "état", "guerre", "faillite", "pandémie", "épidémie", "catastrophe", "sécheresse",
                   "alerte", "couvre-feu", "forfait", "investigation", "inquiry", "enquête", "lockdown", "confinement"}
#: What one launches in words (« lancer un appel », "launched an appeal"): anything else launched is an act.
WORDS_LAUNCHED = WORDS_NOUNS | {"appel", "avertissement", "ultimatum", "cri", "accusation", "défi", "appeal", "plea",
                                "tirade"}


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


def _state_of_a_town(tok: Any) -> bool:
    """Whether a place name comes right after another place and a comma ("St. Anthony, Minnesota")."""
    doc = tok.doc
    return tok.ent_type_ in ("GPE", "LOC") and tok.i >= 2 and doc[tok.i - 1].text == "," \
        and doc[tok.i - 2].ent_type_ in ("GPE", "LOC")


#: What a crowd carries or chants: its words say something, no one is cited.
SLOGANS = {"slogan", "slogans", "banderole", "banderoles", "pancarte", "pancartes", "banner", "banners", "placard",
           "placards", "sign", "signs", "chant", "chants", "tag", "tags", "graffiti"}


def _a_time(tok: Any) -> bool:
    """"just after 4pm", « vers 16 heures »: a time the parser hung on the verb as its complement."""
    return tok.lower_ in ("pm", "am", "a.m.", "p.m.", "h", "heures", "heure") or any(
        g.like_num for g in tok.children)


#: Instruments whose readings are told with a verb of saying (« l'éthylomètre a indiqué », "the gauge showed").
DEVICES = {"éthylomètre", "éthylotest", "radar", "thermomètre", "compteur", "capteur", "balise", "sismographe",
           "baromètre", "breathalyser", "breathalyzer", "thermometer", "gauge", "meter", "sensor", "seismograph",
           "speedometer", "barometer"}


def _person_before_apposition(last: Any) -> Any:
    """The person's name that a title between commas ends on `last` stands beside (", Konstantinos Agorastos, the
    governor of the Thessaly region,"), if the name itself follows a comma or opens the sentence; else None."""
    t = last
    while t.dep_ != "appos" and t.head.i != t.i and t.head.i < t.i and last.i - t.head.i < 12:
        t = t.head
    name = t.head
    if t.dep_ != "appos" or name.i >= t.i or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    first = name.left_edge
    if first.i > name.sent.start and name.doc[first.i - 1].text != ",":
        return None
    return name


#: What is sensed, which alerts without words (« alertés par le bruit », "alerted by the smell of gas").
SENSED = {"risque", "bruit", "odeur", "fumée", "cri", "explosion", "détonation", "présence", "flamme", "risk", "noise",
          "smell", "smoke", "sound", "scream", "blast", "bang", "flame"}
#: Winds, whose « souffler » is no whisper.
WINDS = {"vent", "vents", "rafale", "rafales", "tempête", "mistral", "bise", "tramontane", "ouragan", "cyclone",
         "tornade", "blizzard", "wind", "winds", "gust", "gusts", "gale", "gales", "storm", "hurricane"}


def _in_the_title_of_a_cited_speaker(noun: Any, used: set[int]) -> bool:
    """Whether `noun` ends the title after a speaker just cited: « Alice Béral, juriste de France Nature Environnement
    (FNE) Normandie », "Jane Doe, a spokeswoman for the Sierra Club": a comma after the cited words, then only
    nouns, names, articles and prepositions up to it."""
    doc = noun.doc
    if noun.ent_type_ in ("PER", "PERSON"):
        return False  # « confirmée par le procureur de Chartres, Frédéric Chevallier, qui précise »: the name (the
        # gold cites him again)
    last = next((k for k in range(noun.i - 1, max(noun.sent.start, noun.i - 12) - 1, -1) if k in used), None)
    if last is None or last + 1 >= noun.i or doc[last + 1].text != ",":
        return False
    return all(t.pos_ in ("NOUN", "PROPN", "DET", "ADP", "ADJ", "X") or t.text in ("(", ")", "-")
               for t in doc[last + 2:noun.i])


def _speaker_ends_the_sentence(tok: Any, lex: Lexicon) -> bool:
    """Whether a reporting verb after a comma is followed (past adverbs and days) by a noun phrase of a source that
    ends the sentence: « …, a annoncé mardi le procureur d'Albi. », "…, said the county sheriff"."""
    doc, sent = tok.doc, tok.sent
    if tok.lemma_.lower() == "tell":
        return False  # "…, Freddy Bonilla, Colombia's secretary of air security, told reporters": whom he told
    k = tok.i + 1
    while k < sent.end and (doc[k].pos_ in ("ADV", "PART") or doc[k].lower_ in MONTHS_DAYS):
        k += 1
    noun = noun_after(doc, k, sent.end)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ == "poss" or any(
            t.dep_ in ("poss", "case") and t.tag_ == "POS" for t in doc[k:min(k + 6, sent.end)]):
        return False  # ("…, Owen Menach, confirmed Ms Cheptegei's death": what is confirmed, not who says it)
    end = noun.i + 1
    while end < sent.end and not doc[end].is_punct or end < sent.end and doc[end].text in ("'", "’", "-") \
            or end + 1 < sent.end and doc[end].text == "," and doc[end + 1].pos_ == "PROPN":
        end += 1  # « le procureur d'Albi », « le ministre de l'Intérieur, Gérald Darmanin »
    if any(not t.is_punct and not t.is_space for t in doc[end:sent.end]) \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[noun.i:end]):
        return False  # (the blank line after a paragraph belongs to its last sentence)
    return source_kind(doc[k:end], lex) not in ("other",)


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
    noun = noun_after(doc, k + 1, verb.sent.end)
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None


def _participle_of_another_speaker(verb: Any) -> bool:
    """"…, adding the situation will…", « a-t-il déclaré en annonçant… »: a present participle or a gérondif
    that continues a reported speech; its speaker is the main verb's, already counted."""
    doc = verb.doc
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj", "acl"):
        return True
    return verb.i > 0 and doc[verb.i - 1].lower_ == "en" and verb.lower_.endswith("ant")


#: What a prefect or a prosecutor requisitions (« requérir la force publique »): people and means, no sentence.
REQUISITIONED = {"force", "forces", "police", "gendarme", "gendarmes", "gendarmerie", "pompier", "pompiers", "armée",
                 "policier", "policiers", "moyen", "moyens", "véhicule", "véhicules", "bâtiment", "local", "locaux"}


def _a_bare_french_participle(verb: Any, lex: Lexicon) -> bool:
    """« …, précisant que… », « …, estimant que… »: a French present participle after a comma (no « en »)."""
    doc = verb.doc
    return lex.language == "fr" and verb.lower_.endswith("ant") and "Pres" in verb.morph.get("Tense") \
        and "Part" in verb.morph.get("VerbForm") and verb.i > verb.sent.start and doc[verb.i - 1].text == ","


def _speaker_of_a_participle(verb: Any, lex: Lexicon, out: list[Found]) -> Any:
    """The speaker of a reporting participle after a comma, when the clause it hangs on reports nothing: "The nurses
    went on strike on Monday, saying they…", « La juridiction n'a pas suivi le parquet, estimant que… », « Le
    procureur a ouvert une enquête, précisant à l'AFP que… »: the subject of the main verb speaks (the corpus gold
    cites it). After a reporting verb ("…, the official said, adding that…") the speaker is already counted: None."""
    doc = verb.doc
    sent = verb.sent
    if doc[verb.i - 1].text != "," or verb.dep_ not in ("advcl", "advmod", "xcomp", "conj", "acl") \
            or verb.head.i >= verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if not (any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
            or any(t.lower_ in ("que", "qu'", "qu’", "that", ":") or t.text in QUOTE_CHARS
                   for t in doc[verb.i + 1:min(verb.i + 3, sent.end)])
            or _that_after_phrase(verb)):
        return None  # "…, adding weight to…", « expliquant ces débordements »: no words reported
    if any(f.start >= sent.start_char and f.start < verb.idx for f in out):
        return None  # "…, a indiqué cette source à l'AFP, affirmant que…": the speaker already cited
    main = verb.head  # (a main verb that reports has its speaker in `out` already: "Police said…, adding")
    if any(t.lower_ in ("with", "avec") for t in doc[main.i + 1:verb.i]):
        return None  # "Britain is bracing for strikes, with the medical director, Sir Stephen Powis, warning that…"
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subj is None and main.dep_ == "conj":
        subj = next((c for c in main.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > verb.i or _inside_quotes(subj, verb) \
            or subj.lower_ in MONTHS_DAYS:
        return None  # (a pronoun names its speaker elsewhere)
    src = _with_appos_name(subj, phrase(subj))
    if src.end > main.i or _a_thing_seen(src.root):
        return None
    return src


#: The subjects of a French cleft sentence (« c'est … qui »).
CLEFT_SUBJECTS = {"c'", "c’", "ce"}


def _cleft_focus(noun: Any) -> Any:
    """The noun a cleft sentence puts forward, when the parser hangs « qui » on its complement: « C'est la
    gendarmerie du Nord-Pas-de-Calais qui a annoncé » (the gendarmerie, not the region); else the noun itself."""
    head = noun
    while head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.i < head.i \
            and head.ent_type_ not in ("PER", "PERSON"):  # (« C'est le directeur du Tour, Pierre-Yves Thouault, qui »:
        # the name apposed to him speaks)
        head = head.head
    cleft = head.i != noun.i and any(c.dep_ == "cop" for c in head.children) and any(
        c.dep_ == "nsubj" and c.lower_ in CLEFT_SUBJECTS for c in head.children)
    return head if cleft else noun


def _a_thing_seen(root: Any) -> bool:
    """Whether a subject is a picture, a film or a recording (« des vidéos », "footage", "a video broadcast", "a
    video clip"): a thing, which shows but does not speak."""
    return root.lower_ in SEEN_THINGS or root.lemma_.lower() in RECORDED and any(
        c.dep_ == "compound" and c.lower_ in SEEN_THINGS for c in root.children)


#: Nouns of a recording, named by the kind of picture before them ("a video broadcast", "a video clip").
RECORDED = {"broadcast", "clip", "recording", "still", "grab"}


def _that_after_phrase(verb: Any) -> bool:
    """"said in a statement that…", « a indiqué dans un communiqué que… »: a clause after a short prepositional
    phrase the model attached to its noun."""
    doc = verb.doc
    k = verb.i + 1
    if k + 1 < verb.sent.end and doc[k].lower_ == "auprès":
        k += 1  # « ajoute auprès du Progrès que… »
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
        return _name_after_a_place(src)
    doc = src.doc
    end = max(max(t.i for t in app.subtree) + 1, src.end)
    while end < app.sent.end and app.ent_type_ and doc[end].ent_type_ == app.ent_type_ and doc[end].ent_iob_ == "I":
        end += 1  # « le ministre de l'Intérieur Bernard Cazeneuve »: the model may hang the surname elsewhere
    return doc[src.start:end]


def _name_after_a_place(src: Any) -> Any:
    """« Le commissaire de police de la province de l'Est, Robertson Mweemba, a déclaré »: a title that runs on to a
    place the phrase left out, then the name apposed after a comma, one source."""
    doc = src.doc
    k = src.end
    while k < src.sent.end and k - src.end < 5 and doc[k].text != "," and (
            doc[k].pos_ in ("DET", "ADP") or doc[k].text[:1].isupper()
            or doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_):  # (« à Vallée-Jonction »)
        k += 1
    if k >= src.sent.end or doc[k].text != ",":
        return src
    longer = with_apposed_name(doc[src.start:k])
    return longer if longer.end > k else src


def _inside_quotes(subj: Any, verb: Any) -> bool:
    """Whether a subject before its verb is a word of a quotation that closes before the verb (the quotation may
    open in what the model took for an earlier sentence)."""
    doc = subj.doc
    before = [t.text for t in doc[max(0, subj.i - 80):subj.i] if t.text in ("«", "»", "“", "”", '"')]
    opened = bool(before) and (before[-1] in ("«", "“") or before[-1] == '"' and before.count('"') % 2 == 1)
    closed = any(t.text in ("»", "”", '"') for t in doc[subj.i + 1:verb.i])
    return opened and closed


def _dateline_dash(sent: Any) -> int | None:
    """The dash that ends a dateline at the start of a sentence ("AMATRICE, Italy —", "PHOENIX (AP) --", "Sydney -"),
    or None."""
    first = sent[0]
    if first.is_alpha and first.text.isupper() and len(first.text) >= 3:
        return next((t.i for t in sent[1:10] if t.text in ("—", "--", "–")), None)
    if not (first.is_alpha and first.text[:1].isupper() and first.pos_ == "PROPN"
            and first.ent_type_ not in ("PERSON", "PER")):
        return None
    doc = sent.doc  # a place in title case, a spaced dash after it: "Sydney - An Australian woman … described" (the
    # model may take "Perth - A" for an organisation)
    dash = next((t.i for t in sent[1:5] if t.text in ("—", "--", "–", "-") and t.whitespace_
                 and doc[t.i - 1].whitespace_), None)
    return dash if dash is not None and all(t.pos_ == "PROPN" or t.text == "," for t in doc[first.i:dash]) else None


def speaker_after_incise(verb: Any) -> Any:
    """The speaker named after a verb of saying that follows a comma (« …, rappelait dimanche Daniel Levy-Bruhl »,
    « …, précise le maire »): a name, or a noun with its determiner (and adjectives), after adverbs and days; else
    None."""
    doc = verb.doc
    start = verb_group(verb).start
    if start <= verb.sent.start or doc[start - 1].text != ",":
        return None
    k = verb.i + 1
    while k < verb.sent.end and (doc[k].pos_ in ("ADV", "PART") or doc[k].lower_ in MONTHS_DAYS):
        k += 1
    if k < verb.sent.end and doc[k].pos_ in ("PROPN", "NOUN") and doc[k].text[:1].isupper():
        return doc[k]  # (a name the small French model may tag as a noun: « raconte Parisa Azeri »)
    if k < verb.sent.end and doc[k].pos_ == "DET":
        j = k + 1
        while j < verb.sent.end and j - k <= 3 and doc[j].pos_ in ("ADJ", "NUM"):
            j += 1  # (« explique le second homme »)
        if j < verb.sent.end and doc[j].pos_ in ("NOUN", "PROPN"):
            return doc[j]  # (« explique le Cross »)
    return None


def _a_quoted_term_only(sent: Any) -> bool:
    """Whether the sentence's only quotation is a term of one to three words (a “deropement”), not words said."""
    marks = [t.i for t in sent if t.text in QUOTE_CHARS]
    return len(marks) == 2 and 0 < len([t for t in sent.doc[marks[0] + 1:marks[1]] if not t.is_punct]) <= 3
