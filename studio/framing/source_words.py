"""The words of a source: its noun phrase, its kind (police, justice, official…), the reporting verb a token is,
and the attribution found (shared by `sources` and `speech`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from studio.framing.features import ARMED, WEB_ADDRESS, Found, is_a_match_story, title_case
from studio.framing.lexicon import Lexicon, lexicon
from studio.framing.nlp import TITLES

# Reporting verbs that report speech with a plain object ("a reconnu son erreur", "denied the claims").
OBJECT_REPORTING = {"annoncer", "confirmer", "reconnaître", "admettre", "avouer", "démentir", "nier",
                    "contester", "dénoncer", "évoquer", "déplorer", "rapporter", "relater", "accuser", "critiquer",
                    "décrire", "raconter", "describe", "recount", "requérir",
                    "announce", "confirm", "admit", "acknowledge", "deny", "concede", "confess", "denounce", "dispute",
                    "report", "blame", "accuse", "criticise", "criticize", "defend"}
QUOTE_CHARS = set("«»“”\"")
#: Words that make a source anonymous wherever they are in its sentence ("speaking on condition of anonymity").
MONTHS_DAYS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
               "january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
               "saturday", "sunday", "matin", "soir", "morning", "evening", "night", "nuit"}
ANONYMITY = ("anonymat", "anonymity", "requested anonymity", "not authorized to", "pas autorisé", "not to be named",
             "not to be identified", "not be named", "not be identified", "rester anonyme", "être nommé",
             "être identifié", "unnamed", "non identifié", "non identifiée", "people with knowledge",
             "people with direct knowledge", "person with knowledge", "sources with knowledge")
#: Words of ANONYMITY that tell an unnamed someone: only the source's own words make it anonymous.
UNNAMED = {"unnamed", "non identifié", "non identifiée"}


#: Words of an inquiry's findings or a communiqué whose author the text does not name (in English a statement takes
#: the kind of whoever issued it, told around it).
UNNAMED_FINDINGS = {"premiers", "premier", "éléments", "élément", "de", "d'", "l'", "enquête", "communiqué", "un"}
#: Nouns of data: with no one named after them, they cite no one by name.
DATA_NOUNS = {"données", "chiffres", "statistiques", "data", "figures", "statistics"}
#: Capitalised words that end a company's name.
COMPANY_WORDS = {"Group", "Ltd", "Limited", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "plc", "PLC", "LLC",
                 "Holdings", "Industries", "Laboratories", "Automotive", "Company", "GmbH", "Groupe", "SAS", "Water", "Energy"}


#: Words for a spokesperson, who speaks for a body.
SPOKESPEOPLE = {"spokeswoman", "spokesman", "spokesperson", "porte-parole"}
#: Those who speak for a group of workers (« porte-parole des ripeurs », "a representative of the drivers").
WORKERS_VOICES = SPOKESPEOPLE | {"représentant", "représentante", "représentants", "délégué", "déléguée", "délégués",
                                 "representative", "representatives", "delegate"}
#: Workers as a group: who speaks for them on their jobs and pay speaks as a union does.
WORKERS = {"grévistes", "salariés", "salariées", "employés", "employées", "ouvriers", "ouvrières", "ripeurs",
           "éboueurs", "chauffeurs", "conducteurs", "cheminots", "dockers", "mineurs", "travailleurs", "personnels",
           "strikers", "workers", "employees", "drivers", "miners", "nurses", "staff"}
#: Who speaks for "the force" (the police, in British news).
FORCE_VOICES = SPOKESPEOPLE | {"statement", "spokesmen"}


#: Words that are kin when someone's: "Garner's children", « ses enfants » (but "children said", « des enfants »
#: are witnesses).
KIN_BY_POSSESSION = {"children", "kids", "grandchildren", "enfants", "petits-enfants"}


def _voice_of_workers(tokens: list[Any]) -> bool:
    """Whether the source is the spokesperson or representative of a group of workers: « porte-parole des
    grévistes », "a representative of the drivers", "spokesman for the striking workers"."""
    for k, tok in enumerate(tokens[:-2]):
        if tok.lower_ not in WORKERS_VOICES:
            continue
        rest = [t.lower_ for t in tokens[k + 1:k + 5]]
        if rest[:1] in (["des"], ["of"], ["for"]):
            nouns = [w for w in rest[1:] if w not in ("the", "les")]
            if nouns and (nouns[0] in WORKERS or len(nouns) > 1 and nouns[1] in WORKERS and nouns[0].endswith("ing")):
                return True
    return False


#: Capitalised words that name a trade union by the workers it organises ("United Electrical Workers", "the
#: International Association of Machinists & Aerospace Workers Local 588").
UNION_NAME_WORDS = {"Workers", "Machinists", "Steelworkers", "Mineworkers"}


def _a_workers_union_name(tokens: list[Any]) -> bool:
    """Whether the source names a union by its workers ("United Electrical Workers spokeswoman Leah Fried") or by its
    local's number ("Local 588"), not a party ("the Workers' Party") or a fund ("Workers Compensation")."""
    for tok in tokens:
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.text in UNION_NAME_WORDS and tok.i > tok.sent.start \
                and (tok.doc[tok.i - 1].text[:1].isupper() or tok.doc[tok.i - 1].text in ("&", "and")) \
                and not (after is not None and (after.text in ("'", "’", "Party", "Compensation", "Comp")
                                                or after.text.startswith("'"))):
            return True
        if tok.text == "Local" and after is not None and after.like_num and tok.i > tok.sent.start:
            return True  # "Teamsters Local 727"
    return False


#: Sports, whose federations organise competitions.
SPORTS = {"football", "rugby", "tennis", "athlétisme", "cyclisme", "cyclotourisme", "handball", "basket", "basket-ball",
          "basketball", "volley", "volley-ball", "ski", "natation", "judo", "boxe", "sport", "sports", "olympique",
          "golf", "hockey", "gymnastique", "escrime", "athletics", "cycling", "swimming", "boxing", "skating"}
#: Words of a race's name that a body staging races takes up ("the Great Run Company", "Run 4 Wales").
RACE_NAMES = {"Run", "Runs", "Triathlon"}
#: Events that someone stages, whose voice speaks for those who stage them (« l'organisation de la course »,
#: "race officials", "a spokesperson for the Sisters Rodeo").
EVENTS = {"event", "race", "triathlon", "marathon", "rodeo", "festival", "tournament", "competition", "championship",
          "championships", "rally", "parade", "carnival", "fair", "regatta", "ride", "feria", "fiesta", "événement",
          "évènement", "course", "épreuve", "tournoi", "rallye", "compétition", "féria", "fête", "spectacle", "concert",
          "salon", "régate", "championnat", "championnats", "corrida", "manifestation"}
#: Who speaks for an event.
EVENT_VOICES = {"spokesperson", "spokesman", "spokeswoman", "official", "officials", "director", "chief", "chiefs",
                "boss", "bosses", "organisation", "porte-parole", "direction", "directeur", "directrice", "responsable",
                "responsables"}


def _voice_of_an_event(tokens: list[Any]) -> bool:
    """Whether a source is the voice of an event, or a body the text says organises it: its word right after the
    event's ("an event spokesperson", "triathlon officials") or before it, with « de » / "for", "of" and up to six
    words between ("a spokesperson for the Sisters Rodeo", « l'organisation de l'événement »)."""
    if any(c.dep_ in ("relcl", "acl:relcl") and c.lemma_.lower() in ("organise", "organize", "organiser")
           and any(g.lower_ in EVENTS for g in c.subtree) for t in tokens for c in t.children):
        return True  # "the British Heart Foundation, which organises the ride"
    for t in tokens:
        if t.lower_ not in EVENT_VOICES:
            continue
        doc = t.doc
        if t.i > 0 and doc[t.i - 1].lower_ in EVENTS and doc[t.i - 1].pos_ in ("NOUN", "PROPN"):
            return True
        after = doc[t.i + 1:min(t.i + 9, t.sent.end)]
        ends = [k for k, u in enumerate(after) if k and u.lower_ in EVENTS and u.pos_ in ("NOUN", "PROPN") and not (
            u.i + 1 < len(doc) and doc[u.i + 1].pos_ in ("NOUN", "PROPN"))]  # (the name's last word: not "the South
        # Trail Fire District")
        if len(after) and after[0].lower_ in ("de", "du", "des", "d'", "d’", "for", "of", "at") and ends and not any(
                u.is_punct and u.text != "-" or u.pos_ == "VERB" for u in after[1:ends[0]]):
            return True  # (« la direction du festival », "a spokeswoman for the Pendleton Round-Up rodeo")
    return False


#: Newspapers named after a region (Sud Ouest): after « du », « le » the words are the region's.
PLACE_TITLES = {"sud ouest", "sud-ouest"}
REGION_BEFORE = ("du", "de", "le", "au")


#: Roles of who speaks to the press for a body (« l'officier presse », « l'attachée de presse », « le service de
#: presse », "a press officer", "the press office").
PRESS_ROLES = {"officier", "officière", "attaché", "attachée", "chargé", "chargée", "service", "relations",
               "responsable", "bureau", "cellule", "officer", "officers", "office", "secretary", "spokesman",
               "spokeswoman", "spokesperson", "liaison"}


def _a_press_role(tok: Any) -> bool:
    """Whether `tok` is the « presse » / "press" of a press role (`PRESS_ROLES`), not a newspaper."""
    doc = tok.doc
    if tok.lower_ == "presse":
        k = tok.i - 1 - (tok.i >= 1 and doc[tok.i - 1].lower_ == "de")
        return k >= 0 and doc[k].lower_ in PRESS_ROLES
    return tok.lower_ == "press" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in PRESS_ROLES


def source_kind(span: Any, lex: Lexicon, extra: Any = None, organisations: bool = True) -> str:
    """anonymous, family, police, justice, union, organisers, media, official, expert, witness (from the lexicon,
    the first kind of its priority order that any word or expression of the source has), named (a person's
    name) or other. `extra` is more text about the source (an apposition: « X, avocate de la famille »)."""
    tokens = [t for t in span if not _where_it_was_said(t, span)
              and not (t.lower_ == "media" and t.i > 0 and t.doc[t.i - 1].lower_ == "social")]  # "the brigade's
    # social media account": the brigade's own, not the press
    bracketed = _in_parentheses(span)
    affiliation: list[Any] = []
    if bracketed and any(t.i not in bracketed and t.is_alpha for t in tokens):
        affiliation = [t for t in tokens if t.i in bracketed]
        tokens = [t for t in tokens if t.i not in bracketed]  # "WASHINGTON (AP) — Health officials": a dateline
    elif span.end + 2 < len(span.doc) and span.doc[span.end].text == "(":
        close = next((k for k in range(span.end + 1, min(span.end + 6, len(span.doc))) if span.doc[k].text == ")"), None)
        affiliation = list(span.doc[span.end + 1:close]) if close is not None else []
    titled = any((t.lower_ in lex.sources or t.lemma_.lower() in lex.sources) and t.lower_ not in lex.weak_sources
                 for t in tokens)  # "Assistant Chief Constable (ACC) Neil Wain": the title outside tells the kind
    if affiliation and not titled and all(t.text[:1].isupper() or not t.is_alpha for t in tokens) and any(
            t.ent_type_ in ("PER", "PERSON") for t in tokens):
        kind = source_kind(span.doc[affiliation[0].i:affiliation[-1].i + 1], lex, organisations=organisations)
        if kind not in ("named", "other"):
            return kind  # « Daniel Dreger (CGT) »: a person speaking for the body named after them
    if extra is not None:
        told = list(extra)
        cut = next((n for n, t in enumerate(told) if t.lower_ in QUOTED and t.i + 1 < len(t.doc)
                    and t.doc[t.i + 1].lower_ in ("par", "by")), None)
        told = told[:cut]  # « le maire, Raymond Rolland, cité par France Bleu Isère »: the medium that quotes him
        # is not what he is
        told_ids = {t.i for t in told}
        tokens += [t for t in told if not _said_where(t, told_ids, lex)]  # « Frédéric Cuvillier sur BFMTV »: a minister
    cut = next((n for n, t in enumerate(tokens) if n and t.lower_ in ACCOMPANIED and t.doc[t.i - 1].text == ","), None)
    tokens = tokens[:cut]  # « Le sous-préfet, David Ribeiro, entouré du colonel Audoin, commandant … de gendarmerie »,
    # "the mayor, flanked by the police chief": those around the speaker are not who speaks
    if _voice_of_workers(tokens) or lex.language == "en" and _a_workers_union_name(tokens):
        return "union"  # « Mickaël Pierre, porte-parole des ripeurs », "a spokesman for the strikers"
    first = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    if first is not None and first.lower_ in AUDIENCES:
        return "witness"  # « des auditeurs de France Bleu Isère », "readers of the Star": an outlet's public, who saw
    content = [t for t in tokens if t.pos_ != "DET"]
    if len(content) == 1 and content[0].text[:1].isupper() and lex.sources.get(content[0].lower_) \
            and _a_surname_told(content[0]):
        return "named"  # "Town told CNN" after "Christopher Town was helping move furniture": a man's surname, not
        # a town's voice
    if content and all(t.lower_ in UNNAMED_FINDINGS or t.is_punct for t in content) and any(
            t.lower_ in ("éléments", "élément", "enquête", "communiqué") for t in content):
        return "anonymous"  # « selon les premiers éléments de l'enquête », « indique un communiqué »: no one named
    if len(content) == 1 and content[0].lower_ in ("defense", "defence", "défense") and len(tokens) == 2 \
            and tokens[0].lower_ in ("the", "la", "sa", "leur", "his", "her", "their"):
        if content[0].text[:1].isupper() and content[0].i != content[0].sent.start:
            return "official"  # « a indiqué la Défense », "the Defence said": the ministry
        return "justice"  # "the defense argued", « la défense a plaidé »: the accused's lawyers (the Defense
        # Department, « le ministère de la Défense » have more words)
    tokens = [t for t in tokens if not (t.lower_ in ("news", "press", "media") and t.i + 1 < len(t.doc)
                                        and t.doc[t.i + 1].lower_ in ("release", "releases", "conference"))]
    # ("a news release from U.S. authorities": the authorities' statement, no news outlet)
    tokens = [t for t in tokens if not _a_press_role(t)]  # « l'officier presse des pompiers », "the force's press
    # officer": who speaks to the press for a body, typed by the body
    if lex.language == "en" and [t.lower_ for t in tokens] in (["the", "paper"], ["the", "daily"]):
        return "media"  # "…, the paper added": the newspaper just named (not "International Paper", a company)
    if lex.language == "en" and any(t.text == "Met" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ != "office")
                                    for t in tokens):
        return "police"  # "the Met said", "a Met spokesman": London's Metropolitan Police (the Met Office forecasts)
    if any(t.lower_ == "force" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in FORCE_VOICES
           and (t.i == 0 or t.doc[t.i - 1].pos_ == "DET") for t in tokens):
        return "police"  # "a force spokesman said": in British news the force is the police force (not "an Air
        # Force spokesman")
    text = " " + " ".join(_accented(t, lex) for t in tokens).replace(" '", "'").replace("’", "'").replace(" - ", "-") + " "
    for elided in ("d' ", "l' ", "qu' "):
        text = text.replace(" " + elided, " " + elided.strip())  # « quai d' orsay » → « quai d'orsay »
    uncontracted = text.replace(" du ", " le ").replace(" au ", " le ")  # « du Républicain lorrain »: the title is
    # « Le Républicain lorrain »
    found: set[str] = set()
    weak: set[str] = set()  # kinds told only by a rank word ("chief", "officer"), which many bodies have
    ids = {t.i for t in tokens}
    written = " ".join(t.text for t in tokens)
    in_expressions: dict[str, str] = {}  # word → kind of the expression it is part of
    for expr, kind in lex.sources.items():
        if (" " in expr or "-" in expr or "'" in expr) and (f" {expr} " in text or f"'{expr} " in text
                                                           or f" {expr}'s " in text
                                                           or f" {expr} " in uncontracted):
            # « météo-france », « quai d'orsay », "the British Medical Association's junior doctors committee"; « du
            # Républicain lorrain » (the article contracted)
            last = expr.split()[-1].removeprefix("l'")
            first = expr.split()[1] if expr.split()[0] in ("le", "la", "les") and len(expr.split()) > 2 else last
            if kind == "media" and (expr.split()[0] in ("le", "la", "les", "l'") or expr.startswith("l'")) \
                    and not re.search(re.escape(_folded(last[:1].upper() + last[1:])), _folded(written)) \
                    and not re.search(re.escape(_folded(first[:1].upper() + first[1:])), _folded(written)) \
                    and not re.search(r"\b" + re.escape(_folded(last.upper())) + r"\b", _folded(written)):
                continue  # « le point épidémiologique », « la croix », « l'équipe Bahrain-Victorious »: the words, not
                # the titles Le Point, La Croix, L'Équipe (or « la DH »: a title in capitals)
            if kind == "media" and expr in PLACE_TITLES and any(f" {w} {expr} " in text for w in REGION_BEFORE):
                continue  # « la préfecture du Sud-Ouest »: the region, not the newspaper Sud Ouest
            (weak if expr in lex.weak_sources else found).add(kind)  # (« le lieutenant-colonel », a rank many
            # bodies have, as its one-word peers)
            if " " in expr:
                in_expressions.update({w: kind for w in expr.split()})
    for tok in tokens:
        plural = tok.lower_[:-1] if len(tok.lower_) > 3 and tok.lower_.endswith("s") else tok.lower_
        keys = [tok.lemma_.lower(), tok.lower_, plural, _accented(tok, lex)]  # "Protesters" left unlemmatised when
        # capitalised; « Etat » written without its accent
        if tok.lower_.startswith("co-"):
            keys += [tok.lower_[3:], plural[3:]]  # « co-gérant de l'établissement »: a manager, one of two
        if lex.language == "en" and len(plural) > 6 and plural.endswith("goer"):
            keys.append("attendee")  # "Fairgoers told MailOnline", "shopgoers", "zoo-goers": whoever went there (the
            # lexicon lists the goers seen before)
        if "—" in tok.text.strip("—"):
            keys.append(tok.lower_.rsplit("—", 1)[-1])  # "YARMOUTH, N.S.—Police say": a dateline glued by its dash to
            # the source
        if tok.lower_ == "board" and tok.i > 1 and (tok.doc[tok.i - 1].lower_ == "on" or tok.doc[tok.i - 1].text == "-"
                                                    and tok.doc[tok.i - 2].lower_ == "on"):
            continue  # "Passengers on-board said": aboard, no board of directors
        if tok.lower_ == "sud" and not tok.text.isupper() and tok.i > 0 and tok.doc[tok.i - 1].lower_ in (
                "du", "de", "le", "la", "l'", "au"):
            continue  # « de la Bretagne du Sud », « l'Afrique du Sud »: a place, not the union SUD
        if tok.i > 0 and tok.text[:1].isupper() and tok.i - 1 in ids \
                and in_expressions.get(tok.doc[tok.i - 1].lower_) == "media":
            continue  # « France Bleu Sud Lorraine »: the edition's name goes on the title, not the union SUD
        if tok.text.isupper() and tok.i + 2 < len(tok.doc) and not tok.whitespace_ and tok.doc[tok.i + 1].text == "-" \
                and not tok.doc[tok.i + 1].whitespace_ and tok.doc[tok.i + 2].text.isupper() \
                and tok.doc[tok.i + 2].text not in ("TV", "FM"):
            continue  # « l'AP-HP »: initials joined to others, one name (not the agency AP; but « BFM-TV » is BFM)
        bare = tok.text.replace(".", "")
        if "." in tok.text.rstrip(".") and bare.isalpha() and bare.isupper():
            keys.append(bare.lower())  # "A.P. reports", "U.P.I.": the initials spelled with their dots
        if tok.text.endswith(".") and tok.lower_[:-1] in ABBREVIATED_TITLES:
            keys.append(ABBREVIATED_TITLES[tok.lower_[:-1]])  # "Ohio Gov. Mike DeWine", "Sen. Bernie Sanders"
        if tok.lower_ in ("partner", "partners", "associé", "associée") and tok.i + 2 < len(tok.doc) \
                and tok.doc[tok.i + 2].text[:1].isupper() and (tok.doc[tok.i + 1].lower_ in ("at", "chez") or tok.doc[
                    tok.i + 1].lower_ in ("in", "of", "du", "de") and tok.doc[tok.i + 2].ent_type_ not in ("PER", "PERSON")):
            found.add("official")  # "Neville Kahn, a partner at Deloitte": a firm's partner speaks for the firm, no kin
            continue
        if tok.lower_ == "parent" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in (
                "company", "firm", "group", "organisation", "organization", "corporation", "body"):
            found.add("official")  # "a spokesman for parent company, Sun Chemical": the company that owns it, no kin
            continue
        if tok.lower_ in KIN_BY_POSSESSION and tok.i > 0 and (tok.doc[tok.i - 1].tag_ == "POS" or tok.doc[
                tok.i - 1].lower_ in ("his", "her", "their", "ses", "leurs")):
            found.add("family")  # "Garner's children", « ses enfants »: whose children they are makes them kin
            continue
        for key in keys:
            word_kind = lex.sources.get(key)
            if word_kind == "family" and tok.text[:1].isupper() and tok.i != span.root.i and tok.i + 1 < len(
                    tok.doc) and tok.doc[tok.i + 1].text[:1].isupper() and tok.doc[tok.i + 1].pos_ == "PROPN":
                break  # "Grandfather Mountain officials", "Father Brown": a name's word or a title, no kin
            if word_kind and in_expressions.get(tok.lower_, word_kind) != word_kind:
                continue  # « Haut commissariat aux réfugiés »: the word of a longer name is not a commissariat
            if word_kind == "union" and tok.text == "Union" and (
                    tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–") or tok.i + 1 < len(tok.doc)
                    and tok.doc[tok.i + 1].text in UNION_IN_NAMES or tok.i + 2 < len(tok.doc)
                    and tok.doc[tok.i + 1].text == "-" and tok.doc[tok.i + 2].text in NEWSPAPER_WORDS):
                continue  # "Chesterfield-Union Township Fire Chief", "Union Pacific Spokesman", "the San Diego
                # Union-Tribune" (a newspaper): a place's, a company's or a paper's name, no workers' union
            if word_kind == "media" and tok.text == "FT" and tok.i > span.start and tok.doc[tok.i - 1].pos_ == "PROPN":
                found.add("official")  # "Northern Lincolnshire and Goole FT": a foundation trust, not the Financial
                continue  # Times ("the FT reported")
            if word_kind == "media" and key in PLACE_TITLES and tok.i > 0 \
                    and tok.doc[tok.i - 1].lower_ in REGION_BEFORE:
                continue  # « la préfecture du Sud-Ouest »: the region, not the newspaper
            if word_kind == "anonymous" and tok.text[:1].isupper() and tok.i >= 2 and (
                    tok.doc[tok.i - 1].lower_ in MEDIA_NOUNS or tok.doc[tok.i - 2].lower_ in MEDIA_NOUNS
                    and tok.doc[tok.i - 1].lower_ in ("l'", "l’", "le", "la", "les", "the")):
                continue  # « le journal L'Observateur »: a title's word, not an observer
            if word_kind == "official" and _staff_workplace(tok, ids):
                break  # « un membre du personnel de l'hôpital », « une infirmière de l'hôpital »: staff, whatever
                # the place they work at
            if word_kind:
                (weak if key in lex.weak_sources or _where_one_works(tok, ids) else found).add(word_kind)
    if not found and weak:
        # "the shopworkers' union regional officer": whose rank it is may be said just before the source's words
        for tok in span.root.subtree:
            if tok.i >= span.end and tok.i not in ids:
                continue  # « le directeur général, …, lors d'un point presse »: what follows is not whose rank
            word_kind = lex.sources.get(tok.lemma_.lower()) or lex.sources.get(tok.lower_)
            if word_kind and tok.lower_ not in lex.weak_sources and tok.lemma_.lower() not in lex.weak_sources \
                    and not (word_kind == "official" and _staff_workplace(tok, ids)):
                found.add(word_kind)
    if not found:
        found = weak  # "police chief": the rank is a police one only when nothing else says whose rank it is
        if found == {"police"} and (_a_firefighters_story(span.doc) or _a_coast_guard_story(span.doc)
                                    or _a_lifesaving_story(span.doc, lex) or _of_the_fire_brigade(span) or any(
                t.lower_ in FIRE_BRIGADES for t in tokens) or _a_battalion_chief(tokens)):
            # ("CalFire battalion chief Tim Shiffer", "said battalion Chief Bobby Bohn")
            found = {"official"}  # « le lieutenant-colonel Hauwiller » of the fire brigade: firefighters have ranks
        elif found == {"police"} and any(t.lower_ in ("captain", "capitaine", "skipper") and (
                is_a_match_story(span.doc) or t.i > 0 and t.doc[t.i - 1].tag_ == "POS" or t.i > 0
                and t.doc[t.i - 1].pos_ == "PROPN" and t.doc[t.i - 1].text[:1].isupper()
                and lex.sources.get(t.doc[t.i - 1].lower_) is None) for t in tokens):
            found = set()  # "Roma's captain Francesco Totti", « le capitaine des Bleus », "Sheffield United captain
            # Billy Sharp": a team's captain, no officer
        elif found == {"police"} and lex.language == "en" and any(
                t.i > 0 and (t.lower_ == "chief" or t.lower_ == "inspector" and t.doc[t.i - 1].text.isupper())
                and t.doc[t.i - 1].pos_ == "PROPN" and t.doc[t.i - 1].i in ids
                and t.doc[t.i - 1].ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
                and lex.sources.get(t.doc[t.i - 1].lower_) is None and not t.doc[t.i - 1].text.endswith("PD")
                for t in tokens):
            found = {"official"}  # "Chempark chief Lars Friedrich", "the WHO chief", "HSE Inspector Nicola
            # Wellard": the head or the inspector of the body named before the rank (but "Chattanooga chief", a city's:
            # its police chief)
    if found <= {"police"} and any(t.text == "Chief" and any(u.text == "Officer" for u in t.doc[t.i + 2:t.i + 9]
                                                              if u.i in ids) for t in tokens) \
            and not any(t.lower_ in POLICE_FORCES for t in tokens):
        found = {"official"}  # "Chief Patient Safety Officer", "Chief Medical Officer": an executive of the body he
        # speaks for (the ranks "chief" and "officer" alone are read as a police officer's)
    if found == {"police"} and _a_press_officer(tokens, lex):
        found = {"official"}  # "Joe Flannery, public information officer for the Tahoe National Forest": the press
        # officer of the body named (but "Indio Police public information officer Ben Guitron" is the police's)
    if "police" in found and found <= {"police", "official"} and _a_lifesaving_story(span.doc, lex) and not any(
            t.lower_.rstrip(".") in POLICE_FORCES - {"patrol"} for t in tokens):
        found = {"official"}  # "Surf Life Saving duty officer Jeremy Sturges", "Beach Safety Patrol", "Cpt. Tammy
        # Malphurs" of a beach rescue service: its ranks, no police
    if any(t.lower_ in ("fédération", "federation") for t in tokens) and any(t.lower_ in SPORTS for t in tokens) \
            and not found & {"union", "police", "justice", "media"}:
        return "organisers"  # « la Fédération française de football » runs the game, as the Football Association and
        # the IOC do in the gold (a federation of fishing, of hauliers speaks for its members: official)
    if _voice_of_an_event(tokens) and not found & {"media", "union", "police", "justice"}:
        return "organisers"  # "an event spokesperson", "triathlon officials", "a spokesperson for the Sisters Rodeo",
        # « l'organisation de l'événement »: who speaks for the event stages it
    named = tokens + [span.doc[span.start - 1]] if span.start and span[0].like_num else tokens  # "Run 4 Wales said":
    # the name's first word, tagged a verb, left out of the span
    if lex.language == "en" and any(t.text in RACE_NAMES and (
            t.i and t.doc[t.i - 1].text[:1].isupper() and not t.is_sent_start or t.i + 1 < len(t.doc) and (
                t.doc[t.i + 1].pos_ == "NUM" or t.doc[t.i + 1].text[:1].isupper())) for t in named) \
            and not found & {"media", "union", "police", "justice"}:
        return "organisers"  # "the Great Run Company", "a spokesman for Run 4 Wales": a race's name in the body's own,
        # who stage it
    if any(t.text in COMPANY_WORDS and t.i > span.start and t.doc[t.i - 1].text[:1].isupper() for t in tokens) \
            and not found & {"media", "union", "police", "justice"}:
        return "official"  # "2 Sisters Food Group", "TRW Automotive", "Forest Laboratories": a company speaking for
        # itself (not the kin of "Sisters")
    if found == {"expert"} and span.root.lower_ in ("university", "université", "universities", "universités"):
        return "official"  # "the university said", « l'Université de Nantes a indiqué »: the institution speaks for
        # its buildings and staff, as a body does (a researcher "of" it is the expert)
    if found == {"expert"} and any(t.lower_ in ("institute", "institut") for t in tokens) and any(
            t.lower_ in STATE_WORDS or t.ent_type_ in ("GPE", "NORP") for t in tokens):
        return "official"  # "Mexico's National Migration Institute", « l'Institut national de la statistique »
    anonymous_words = [t for t in tokens
                       if lex.sources.get(t.lemma_.lower()) == "anonymous" or lex.sources.get(t.lower_) == "anonymous"]
    whose_friend = {lex.sources.get(t.lemma_.lower()) or lex.sources.get(t.lower_) for t in tokens
                    if t.i + 2 < len(t.doc) and t.doc[t.i + 1].tag_ == "POS" and t.doc[t.i + 2].lower_ in FRIENDS}
    if found - whose_friend == {"anonymous"} and anonymous_words and all(t.lower_ in FRIENDS for t in anonymous_words) \
            and all(t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ == "PROPN" and t.doc[t.i + 1].i in ids
                    for t in anonymous_words):
        return "named"  # "Her friend Sophie", « son amie Léa », "the victim's friend Emily Hamilton": a friend with a
        # name is a person cited (whose friend, the victim's, is not the speaker)
    if any(t.text in ("Me", "Maître") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text[:1].isupper()
           and t.doc[t.i + 1].pos_ in ("PROPN", "NOUN") for t in tokens) and lex.language == "fr":
        found.add("justice")  # « Me Carine Durrieu-Diebolt »: Maître, a lawyer
    if any(t.lower_ in ("site", "website") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text[:1].isupper()
           and t.doc[t.i + 1].i in ids for t in tokens) and not any(
            t.lower_ in ("government", "gouvernement", "official", "officiel", "gouvernemental") for t in tokens):
        found.add("media")  # « le site Actu 17 », "the website Politico" (but « la direction du site »: a plant)
    if any(WEB_ADDRESS.fullmatch(t.text) for t in tokens):
        found.add("media")  # « le site leparisien.fr », "Politico.com": a news site by its address
    if any("-" in t.text and all(lex.sources.get(part) == "media" for part in t.lower_.split("-")) for t in tokens):
        found.add("media")  # « TF1-LCI », « LCI-TF1 »: two channels of one newsroom, written as one word
    if any(len(t.text) >= 3 and t.text.isupper() and t.text.endswith("PD") for t in tokens):
        found.add("police")  # "a TPD news release", "LAPD": a police department's initials
    if lex.language == "en" and any(len(t.text) >= 3 and t.text.isupper() and t.text.endswith(("SO", "SD"))
                                    and _spelled_out(t.doc, t.text) and any(
            w.lower_ == "sheriff" for w in t.doc) for t in tokens):
        found.add("police")  # "GCSO said" after "the Gallatin County Sheriff's Office": a sheriff's initials
    if lex.language == "en" and any(len(t.text) >= 3 and t.text.isupper() and t.text.endswith(("FD", "FR"))
                                    for t in tokens):
        found.add("official")  # "HFD Captain Roy Lozano", "LAFD": a fire department's initials (as "LAPD" is police)
    if any(re.fullmatch(r"[KW][A-Z]{3}(-(TV|FM|AM))?", t.text) and t.text not in ("WADA", "WIPO", "WMO", "KPMG")
           and not _spelled_out(t.doc, t.text) or t.text.endswith("-TV")
           or re.fullmatch(r"[A-Z][A-Za-z]{1,5}\d{1,2}", t.text) and t.pos_ == "PROPN" for t in tokens):
        found.add("media")  # "KATU-TV", "WXIA", "Pix11": a broadcaster's call sign
    inside = bracketed
    place: set[int] = set()  # "News reports on the ground": where the reports come from, still no one named
    if span.root.lower_ in UNNAMED_REPORTS:
        for c in span.root.children:
            if c.i > span.root.i and (c.lower_ in ("on", "from", "sur") or c.lower_ in ("in", "dans", "en") and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in c.children)):
                place.update(x.i for x in c.subtree)  # ("Reports in France said": where, not a named paper)
    if span.root.lower_ in TOLLS:
        for c in span.root.children:  # « le premier bilan de ces terribles incidents », « le dernier bilan samedi
            # matin »: what the toll counts and when, still no one named
            if c.i > span.root.i and (c.lower_ in MONTHS_DAYS or c.lower_ in ("matin", "soir", "midi") or c.dep_ in (
                    "nmod", "obl") and c.pos_ == "NOUN" and not lex.sources.get(c.lemma_.lower())
                    and any(g.lower_ in ("de", "du", "des", "d'", "of") for g in c.children)):
                place.update(x.i for x in c.subtree)
    if (span.root.lower_ in UNNAMED_REPORTS or span.root.lower_ in ("report", "rapport") + TOLLS
            and span[0].lower_ in ("a", "an", "un") or span.root.lower_ in TOLLS and span[
                0].lower_ in ("le", "the", "ce", "this")) and all(t.i == span.root.i or t.pos_ == "ADJ" or t.i in inside
                                      or span.root.lower_ in TOLLS and (t.pos_ == "ADV" or t.text == ","
                                                                                    or "Part" in t.morph.get("VerbForm"))
                                      # « Le bilan, encore provisoire, »
                                      or t.i in place and (t.pos_ != "PROPN" or t.ent_type_ in ("GPE", "LOC")
                                                           and t.dep_ == "pobj")  # ("in France", not "on
                                      # Bangladesh television": a medium)
                                      or t.lower_ in ("some", "the", "les", "des", "ces", "a", "an", "un", "de", "le", "ce",
                                                      "très", "very", "news")  # "News reports on the ground"
                                      or t.is_punct and t.i == span.end - 1  # "according to reports?"
                                      for t in span):
        return "anonymous"  # "according to reports", "Early reports said", "a latest report": no one is named
    if found & {"official", "police", "justice"} and any(t.lower_ in FORMER for t in tokens) \
            and not found & {"family", "union", "expert", "media", "witness", "organisers"}:
        return "named"  # « l'ancien président français », "a former minister": a person, no longer an office
    if found <= {"official"} and _a_newspaper_name(span) and "official" not in in_expressions.values():
        return "media"  # "The Orange County Register", "the County Times": a paper named after a county or a city (but
        # "Royal Mail", a company the lexicon names)
    if found == {"justice"} and all(t.lower_ in ("enquête", "enquêtes") for t in tokens
                                    if lex.sources.get(t.lemma_.lower()) == "justice") and any(
            lex.sources.get(t.lower_) == "police" and t.lower_ not in lex.weak_sources for t in span):
        return "police"  # « le directeur des enquêtes criminelles à la SQ »: the police's own investigators
    if "justice" in found and found <= {"official", "justice", "police"} and any(
            t.lower_ in MINISTERS and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "public")
            for t in tokens):  # (« le ministère public » is the prosecution, justice: the gold, round 45)
        return "official"  # « le ministre de la Justice », "the Justice Secretary": a minister, whatever the portfolio
        # (the gold types ministers official, « le ministre de l'Intérieur » four times in four)
    if any(t.lower_ in ("fédération", "federation") for t in tokens) and any(t.lower_ in WORK_SECTORS for t in tokens) \
            and not found & {"police", "justice", "media"}:
        return "union"  # « la Fédération autonome de l'enseignement », "the Federation of Teachers": workers of a
        # trade (a sports federation organises)
    if found >= {"union", "police"} and any(t.lower_ in UNION_HEADS for t in tokens):
        return "union"  # « un syndicat de policier », "president of the Houston Police Officers' Union": a union
        # whose members are police officers speaks for them, not for the force
    if found == {"official"} and [t.lower_ for t in tokens if t.pos_ != "DET"] in (["investigators"], ["investigator"]) \
            and _a_police_inquiry(span.doc):
        return "police"  # "Investigators believe the pedestrian was…" in a story the police investigate (but the rail
        # or air accident investigators of a derailment, a crash agency's, are officials)
    if "police" in found and any(t.text == "EMS" or t.lower_ in AMBULANCE_SERVICES for t in tokens) \
            and not any(t.lower_.rstrip(".") in POLICE_FORCES or t.lower_ in POLICE_WORDS for t in tokens):
        return "official"  # "New Castle County EMS Sgt. Abigail Haas", "ambulance service Sgt. Reed": a rank of the
        # ambulance service, no police officer (the gold types EMS `official`, 11 of 11)
    if "police" in found and any(t.lower_ == "sheriff" for t in tokens) and _a_scottish_court(tokens[0].doc) \
            and not any(t.lower_.rstrip(".") in POLICE_FORCES or t.lower_ in POLICE_WORDS
                        for t in tokens if t.lower_ != "sheriff"):
        return "justice"  # "Sheriff Gregor Murray said the accident could not have been avoided" at Forfar Sheriff
        # Court: in Scotland a sheriff is a judge
    if found == {"police", "official"} and _investigators_of_a_body(tokens, lex):
        return "official"  # « Jonatan Örn, enquêteur principal des garde-côtes »: the investigators of a body that is
        # not the police speak for it
    for kind in lex.source_priority:
        if kind in found:
            return kind
    if _a_newspaper_name(span):
        return "media"  # "The Seattle Times", "the Sacramento Bee", "the Daily Mail": a paper by its name
    if lex.language == "fr" and len(tokens) >= 2 and tokens[0].text in ("Ici", "Actu") and tokens[1].text[:1].isupper():
        return "media"  # « Ici Nord », « Ici Paris » (France Bleu's stations since 2025): a local radio by its name;
        # « Actu Toulouse », « Actu Rouen »: actu.fr's local editions
    if organisations and any(t.ent_type_ == "ORG" for t in span) \
            and not any(t.ent_type_ in ("PER", "PERSON") for t in span):
        return "official"  # a company or a body speaking for itself (Enedis, Morrisons): its management
    if organisations and span.root.lower_ in CAPITALS and all(t.i == span.root.i or t.pos_ == "DET" for t in span):
        return "official"  # « selon Kiev », "Beijing said": a capital speaks for its government (whatever the
        # entity tagger reads)
    if organisations and span.root.text[:1].isupper() and span.root.ent_type_ in ("GPE", "LOC") \
            and not any(t.ent_type_ in ("PER", "PERSON") for t in span):
        return "official"  # « La Russie dément », « Moscou accuse », "Israel denied": a state speaks by its government
    if organisations and re.fullmatch(r"[A-Z]{2,6}s", span.root.text):
        return "official"  # "DHBs said" (district health boards): bodies by their initials, in the plural
    if len(span) == 1 and span.root.ent_type_ == "NORP" and span.root.tag_ in ("NNPS", "NNS"):
        return "witness"  # "8 civilians killed …, Syrians say": people of a country, no one named
    if lex.language == "en" and organisations and span[-1].pos_ == "PROPN" and (
            any(_with_a_body(t) and t.i > span.start and span.doc[t.i - 1].pos_ == "PROPN" for t in span)
            or span.end < len(span.doc) and _with_a_body(span.doc[span.end])):
        return "official"  # "said Kevin Bacher with Mount Rainier National Park": a person speaking for the body he
        # works with (American usage)
    if any(t.ent_type_ in ("PER", "PERSON") for t in span) or span.root.pos_ == "PROPN":
        return "named"
    if span.root.lower_ in DATA_NOUNS and any(t.pos_ == "ADJ" for t in span) \
            and all(t.i == span.root.i or t.pos_ in ("DET", "ADJ", "NUM") or t.is_punct for t in span):
        return "anonymous"  # « selon les données opérationnelles », "according to latest figures": data nobody is
        # named for (whose they are, « les chiffres officiels », « les données de la Miprof », is read before)
    return "other"


def _with_a_body(tok: Any) -> bool:
    """Whether `tok` is "with" before a body's capitalised name ("with Mount Rainier National Park", "with the Forest
    Service"), not "with her husband"."""
    doc = tok.doc
    if tok.lower_ != "with" or tok.i + 1 >= len(doc):
        return False
    k = tok.i + 1 if doc[tok.i + 1].lower_ != "the" else tok.i + 2
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN") \
        and doc[k].ent_type_ not in ("PER", "PERSON")


def _a_newspaper_name(span: Any) -> bool:
    """"The Seattle Times", "the County Times", "The Atlanta Journal-Constitution" (two papers merged, their names
    joined by a hyphen): a capitalised name ending on a newspaper's word."""
    if NEWSPAPER_TITLE.search(span.text):
        return True  # « selon Vaucluse-Matin », "Observer-Reporter": a place and a word of the press, hyphened
    words = list(span)
    if len(words) >= 4 and words[-2].text == "-" and words[-3].text + "-" + words[-1].text in NEWSPAPER_WORDS \
            and words[-4].text[:1].isupper():
        return True  # "The Fort Worth Star-Telegram", cut at its hyphen
    if len(words) >= 4 and words[-2].text == "-" and words[-1].text[:1].isupper():
        words = words[:-2]
    if len(words) >= 2 and words[0].lower_ in ("le", "la", "les", "l'", "l’") and len(words) <= 5 \
            and _folded(words[1].text) in FR_NEWSPAPER_WORDS_FOLDED:
        return True  # « L'Echo Républicain », « Le Courrier picard », « La Dépêche du Midi »: a French title starts
        # on the paper's word (« selon Le Dauphine »: written without its accent)
    if len(words) == 2 and words[0].text in ("Times", "Tribune", "Herald", "Gazette") \
            and words[1].text[:1].isupper() and words[1].pos_ == "PROPN" and words[1].text not in ("Square", "Office"):
        return True  # "notes Times Colonist" (Victoria's paper), the "Times Union", the "Herald Sun"
    return len(words) >= 2 and (words[-1].text in NEWSPAPER_WORDS or words[-1].lower_ in ("républicain",
                                                                                           "républicaine")) \
        and words[-2].text[:1].isupper()  # (« L'Yonne républicaine »)


#: Nouns of a toll or a count (« le dernier bilan », « un premier décompte »): no one is named for them by themselves.
TOLLS = ("bilan", "toll", "décompte")
#: Trades whose federation is a union (« Fédération de l'enseignement », "Federation of Nurses").
WORK_SECTORS = {"enseignement", "éducation", "enseignants", "cheminots", "fonctionnaires", "métallurgie", "chimie",
                "salariés", "travailleurs", "employés", "infirmières", "infirmiers", "teachers", "workers", "employees",
                "nurses", "dockers", "ports", "transports", "santé", "postes", "mineurs", "miners"}
#: Words that make a body a union (« un syndicat de policiers », "the Police Officers' Union").
UNION_HEADS = {"union", "unions", "syndicat", "syndicats"}
#: Words after "Union" in the name of a place or a company ("Union Township", "Union Station", "Union Pacific").
UNION_IN_NAMES = {"Township", "County", "City", "Station", "Square", "Parish", "Street", "Pacific", "Bank"}
#: The first word of many French newspapers' names after their article (as written, capitalised).
FR_NEWSPAPER_WORDS = {"Écho", "Echo", "Courrier", "Dépêche", "Journal", "Gazette", "Presse", "Télégramme", "Progrès",
                      "Dauphiné", "Indépendant", "Républicain", "Nouvelliste", "Quotidien", "Populaire", "Éclair",
                      "Réveil"}
#: The last word of many newspapers' names (as written, capitalised).
NEWSPAPER_WORDS = {"Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Chronicle", "Telegraph", "Guardian",
                   "Observer", "Mirror", "Courier", "Examiner", "Bee", "Inquirer", "Dispatch", "Register",
                   "Star-Telegram", "Globe", "Mail", "Enquirer", "Star-Ledger", "Star-Tribune", "Mercury", "Advertiser",
                   "Sentinel", "Echo", "Standard", "Argus", "Advocate", "Citizen", "Bulletin", "Courant",
                   "Ledger", "Independent",  # ("the Liverpool Echo", round 47; "The Independent", round 90)
                   "Sun", "Star", "Press", "Record"}  # ("the Toronto Sun", "the Detroit Free Press", round 145)
#: A newspaper's title: a place and a word of the press joined by a hyphen (« Vaucluse-Matin », « Paris-Presse »,
#: "Post-Gazette", "Observer-Reporter"; round 185).
PRESS_AFTER_HYPHEN = NEWSPAPER_WORDS | {"Matin", "Soir", "Éclair", "Eclair", "Presse", "Dimanche", "Hebdo", "Info",
                                       "Infos", "Reporter"}
NEWSPAPER_TITLE = re.compile(r"\b[A-ZÉ][\w']+-(?:" + "|".join(sorted(PRESS_AFTER_HYPHEN)) + r")\b")


def _folded(text: str) -> str:
    """The text without accents (« L'Équipe » and « L'Equipe » are one title)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


#: The same words without accents, as some outlets write them (« Le Dauphine », « L'Echo »).
FR_NEWSPAPER_WORDS_FOLDED = {_folded(w) for w in FR_NEWSPAPER_WORDS}


def _accented(tok: Any, lex: Lexicon) -> str:
    """A French word in lower case with the accent its capital often goes without (« Etat » → « état »)."""
    low: str = tok.lower_
    if lex.language == "fr" and tok.text[:1] == "E" and len(low) > 2 and low[1] not in "aeiouy" \
            and "é" + low[1:] in _source_words(lex.language):
        return "é" + low[1:]  # (but « L'Est Républicain », « l'Essonne », « Ehpad » have no accent to restore)
    return low


@lru_cache(maxsize=4)
def _source_words(language: str) -> frozenset[str]:
    """Every word of the lexicon's source words and expressions (built once per language)."""
    return frozenset(w for key in lexicon(language).sources for w in key.replace("'", "' ").split())


#: Words of a team: the team speaks for itself (official), its members are persons.
TEAMS = {"team", "teams", "équipe", "équipes"}
#: Titles written short with a full stop before a name, and the word they stand for.
ABBREVIATED_TITLES = {"gov": "governor", "sen": "senator", "rep": "congressman", "sgt": "sergeant", "lt": "lieutenant",
                      "det": "detective", "insp": "inspector", "supt": "superintendent", "capt": "captain",
                      "cpt": "captain", "atty": "attorney", "pres": "president", "cmdr": "commander", "cpl": "corporal",
                      "tpr": "trooper", "ofc": "officer", "dep": "deputy", "adm": "admiral"}
#: Words that make an institute a state agency.
STATE_WORDS = {"national", "nationale", "federal", "fédéral", "state", "government", "public", "publique"}
#: Anonymous only without a name: a friend or a representative one names is a person cited.
FRIENDS = {"friend", "friends", "acquaintance", "ami", "amie", "amis", "amies", "representative", "representatives",
           "publicist"}
#: Capitals that news use for their governments (the small models tag some as persons).
CAPITALS = {"kiev", "kyiv", "kiyv", "moscou", "moscow", "washington", "pékin", "beijing", "londres", "london", "paris",
            "berlin", "téhéran", "tehran", "jérusalem", "jerusalem", "ankara", "damas", "damascus", "bruxelles",
            "brussels", "rome", "madrid", "tokyo", "séoul", "seoul", "pyongyang", "taipei", "new delhi", "delhi",
            "islamabad", "kaboul", "kabul", "bagdad", "baghdad", "riyad", "riyadh", "le caire", "cairo", "alger",
            "algiers", "rabat", "tunis", "ottawa", "canberra", "minsk", "varsovie", "warsaw", "budapest",
            "belgrade", "caracas", "la havane", "havana", "bamako", "niamey", "ouagadougou", "dakar", "beyrouth",
            "beirut", "doha", "abou dhabi", "abu dhabi", "tel-aviv"}
#: Words that make a post a past one (« l'ancien ministre », "the former president", « l'ex-préfet »).
FORMER = {"ancien", "ancienne", "ex", "ex-", "former", "ex-président", "ex-ministre", "ex-préfet", "ex-premier"}
#: Plural nouns of reports that name no one: "according to reports", "Initial reports said", « selon les premières
#: informations », « d'après les premiers éléments », "amid claims that…".
UNNAMED_REPORTS = {"reports", "rumours", "rumors", "claims", "allegations", "informations", "éléments", "résultats",
                   "bilans",
                   "rumeurs", "allégations"}


#: People told by where they live: the place after them is not what they speak for.
RESIDENTS = {"resident", "inhabitant", "native", "habitant", "habitante", "riverain", "riveraine", "résident",
             "résidente"}
#: Staff named with where they work after « de » (« une infirmière de l'hôpital », « un membre du personnel de
#: l'hôpital de Dax »): an institution they work at does not make them speak for it (a union they belong to does).
STAFF = {"personnel", "salarié", "salariée", "employé", "employée", "infirmier", "infirmière", "soignant", "soignante",
         "aide-soignant", "aide-soignante", "ouvrier", "ouvrière", "caissier", "caissière", "staff", "worker", "nurse",
         "employee"}
#: Prepositions of the place where someone works ("a professor at the state university", « médecin à l'hôpital »).
WORKPLACE = {"at", "in", "à", "au", "aux", "dans"}


def _a_police_inquiry(doc: Any) -> bool:
    """A text that names the police and no accident investigation body (rail, air, sea, a safety board)."""
    lemmas = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    if any({t.lower_ for t in sent} & FORCES and {t.lower_ for t in sent} & {"shot", "shoot", "shooting", "fired",
                                                                            "force", "tased", "taser"}
           for sent in doc.sents):
        return False  # "a man shot and killed by police … now investigators say body camera video shows…": those who
        # investigate the police are not the police
    return bool(lemmas & FORCES) and not lemmas & {
        "derail", "derailment", "derailed", "ntsb", "raib", "aaib", "maib", "atsb", "tsb", "board", "faa", "marshal",
        "coroner", "wada", "inspector", "inspectors"}


#: Words of a police force in an English text.
FORCES = {"police", "sheriff", "detective", "detectives", "deputy", "deputies", "trooper", "troopers", "gardaí", "garda",
          "rcmp", "constabulary", "officer", "officers"}


def _a_battalion_chief(tokens: Any) -> bool:
    """"Battalion Chief Bobby Bohn": an American fire department's rank (the gold types `official` every battalion
    chief it marks as a source, in 12 tune versions)."""
    return any(t.lower_ == "chief" and t.i > 0 and t.doc[t.i - 1].lower_ == "battalion" for t in tokens)


#: Words of a fire brigade.
FIRE_BRIGADES = {"pompier", "pompiers", "sapeur-pompier", "sapeurs-pompiers", "sdis", "firefighter", "firefighters",
                 "calfire"}  # (California's fire agency, "CalFire battalion chief Tim Shiffer", round 161)


def _of_the_fire_brigade(span: Any) -> bool:
    """Whether the words right after a rank say it is the fire brigade's (« l'adjudant-chef au poste de commandement
    des pompiers de l'Isère »), before any verb or stop."""
    doc = span.doc
    for t in doc[span.end:min(span.end + 10, span.sent.end)]:
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "«", "»", '"'):
            return False
        if t.lower_ in FIRE_BRIGADES:
            return True
    return False


#: Words of Scotland's courts, where a sheriff is a judge ("Forfar Sheriff Court", "a fatal accident inquiry").
SCOTTISH_COURTS = ("sheriff court", "sheriff courts", "fatal accident inquiry", "procurator fiscal", "sheriffdom",
                   "sheriff principal")


def _a_scottish_court(doc: Any) -> bool:
    """Whether the text tells a Scottish court (`SCOTTISH_COURTS`), asked once per text."""
    if "antenne_scottish_court" not in doc.user_data:
        text = doc.text.lower()
        doc.user_data["antenne_scottish_court"] = any(words in text for words in SCOTTISH_COURTS)
    return bool(doc.user_data["antenne_scottish_court"])


#: Words of an ambulance service, whose ranks ("EMS Sgt.") are no police ranks.
AMBULANCE_SERVICES = {"ambulance", "paramedic", "paramedics", "samu", "smur"}
#: Participles that name the people around a speaker (« entouré du commandant », "flanked by officers").
ACCOMPANIED = {"entouré", "entourée", "entourés", "entourées", "accompagné", "accompagnée", "accompagnés",
               "accompagnées", "flanked", "accompanied", "flanqué", "flanquée"}


def _investigators_of_a_body(tokens: list[Any], lex: Lexicon) -> bool:
    """Every police word of the source is « enquêteur » followed by whose investigator it is, a body the lexicon
    types `official` (« enquêteur principal des garde-côtes »; but « enquêtrice de la gendarmerie » is police)."""
    police = [t for t in tokens if "police" in (lex.sources.get(t.lower_), lex.sources.get(t.lemma_.lower()))]
    ids = {t.i for t in tokens}

    def of_a_body(t: Any) -> bool:
        k = t.i + 1
        while k < len(t.doc) and t.doc[k].pos_ == "ADJ" and k in ids:
            k += 1  # « enquêteur principal »
        return k + 1 < len(t.doc) and t.doc[k].lower_ in ("de", "du", "des", "d'") and k + 1 in ids and (
            lex.sources.get(t.doc[k + 1].lower_) == "official"
            or t.doc[k + 1].pos_ == "DET" and k + 2 in ids and lex.sources.get(t.doc[k + 2].lower_) == "official")
    return bool(police) and all(t.lower_ in ("enquêteur", "enquêteurs", "enquêtrice", "enquêtrices") and of_a_body(t)
                                for t in police)


def _a_firefighters_story(doc: Any) -> bool:
    """A text where firefighters act and no police force is named."""
    lemmas = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    return bool(lemmas & FIRE_BRIGADES) and not _names_a_police_force(doc)


def _a_coast_guard_story(doc: Any) -> bool:
    """A text about the coast guard (« les garde-côtes », "the U.S. Coast Guard") that names no police force: a rank
    ("Lt. Junior Grade Benjamin Wathen") is the coast guard's."""
    text = doc.text.lower()
    return any(w in text for w in ("coast guard", "coastguard", "garde-côte", "gardes-côte")) \
        and not _names_a_police_force(doc)


def _a_lifesaving_story(doc: Any, lex: Lexicon) -> bool:
    """A text where lifeguards or a beach rescue service act ("Surf Life Saving", "Volusia County Beach Safety Ocean
    Rescue") and no police force is named (an officer of theirs is none: "Surf Life Saving duty officer Jeremy
    Sturges"; but sheriff's "Deputies" are the police): their ranks and their "Beach Safety Patrol" are the
    service's, `official`."""
    text = doc.text.lower()
    return any(w in text for w in LIFESAVING) and not any(
        lex.sources.get(t.lower_) == "police" and t.lower_ not in lex.weak_sources and t.lower_ != "patrol"
        for t in doc)


#: Words of lifeguards and beach rescue services.
LIFESAVING = ("life saving", "lifesaving", "life-saving", "lifesaver", "lifeguard", "beach safety", "ocean rescue",
              "surf rescue", "beach patrol")


def _names_a_police_force(doc: Any) -> bool:
    """Whether the text names the police or the gendarmerie, or a police officer (then a rank may be theirs)."""
    return any(t.lower_ in POLICE_WORDS or t.lemma_.lower() in POLICE_WORDS for t in doc)


#: Words of a police force (a text that names one gives ranks to it).
POLICE_WORDS = {"police", "policier", "policiers", "gendarme", "gendarmes", "gendarmerie", "officer", "officers"}


def _a_press_officer(tokens: list[Any], lex: Lexicon) -> bool:
    """Whether a source is a "public information officer" whose sentence names no police force nor police rank: the
    press officer of a forest service, a county, a health department (but "according to California Highway Patrol —
    Santa Cruz public information officer Sam Courtney", and "Courtney said" after it, are the police's)."""
    def police_word(t: Any) -> bool:
        low = t.lower_.rstrip(".")
        return low in POLICE_FORCES or "police" in (lex.sources.get(low), lex.sources.get(t.lemma_.lower())) \
            and low not in ("officer", "officers")
    told = [t for t in tokens if t.lower_ == "information" and t.i + 1 < len(t.doc)
            and t.doc[t.i + 1].lower_ in ("officer", "officers")]
    return bool(told) and not any(police_word(t) for t in tokens) and not any(police_word(u) for u in told[0].sent)


#: Words of a police force in a source's own words ("Indio Police public information officer", "Chief Constable").
POLICE_FORCES = {"police", "sheriff", "constable", "trooper", "troopers", "patrol", "pd"}


def _staff_workplace(tok: Any, ids: set[int]) -> bool:
    """Whether a word of a source's phrase is the place after « de » of a staff word (« une infirmière de l'hôpital
    de Dax »)."""
    k = tok
    for _ in range(6):
        if k.head.i == k.i or k.head.i not in ids:
            return False
        if k.head.lemma_.lower() in STAFF and any(c.dep_ == "case" and c.lower_ in ("de", "du", "d'", "des")
                                                  for c in k.children):
            return True
        k = k.head
    return False


def _where_one_works(tok: Any, ids: set[int]) -> bool:
    """Whether a word of a source's phrase is in the complement of where it works ("a professor at the state
    university", "an associate professor in the School of Government"): it tells the kind only when the title
    itself does not (a nurse at the hospital is a witness, an officer at the Met the police)."""
    k = tok
    for _ in range(8):
        if k.pos_ == "ADP" and k.lower_ in WORKPLACE or any(
                c.dep_ == "case" and c.lower_ in WORKPLACE for c in k.children):
            return True
        if k.head.lemma_.lower() in RESIDENTS and (k.lower_ in ("of", "de", "du", "d'") or any(
                c.dep_ == "case" and c.lower_ in ("de", "du", "d'") for c in k.children)):
            return True  # "a resident of the Turkish city of Gaziantep", « une habitante de la ville »
        if k.head.i == k.i or k.head.i not in ids:
            return False
        k = k.head
    return False


def _in_parentheses(span: Any) -> set[int]:
    """The tokens of a source's words inside parentheses ("Local reports (via Sky and NY Times)")."""
    out: set[int] = set()
    depth = 0
    for t in span:
        if "(" in t.text:
            depth += 1
        if depth:
            out.add(t.i)
        if ")" in t.text:
            depth = max(0, depth - 1)
    return out


def _where_it_was_said(tok: Any, span: Any) -> bool:
    """Whether a word of a source's phrase tells where it spoke ("fans on social media", « des usagers sur les
    réseaux sociaux »), not what it is: the words of a complement introduced by on / sur / via."""
    k = tok
    while k.i != span.root.i and k.head.i != k.i and span.start <= k.head.i < span.end:
        if k.dep_ in ("prep", "case", "pobj", "nmod", "obl") and any(
                c.lower_ in ("on", "sur", "via") for c in ([k] + list(k.children))):
            return True
        k = k.head
    return False


def _said_where(tok: Any, ids: set[int], lex: Lexicon) -> bool:
    """Whether a word of an apposition tells where or to whom the source spoke, not what it is: a complement of place
    introduced by on / sur / via (« Frédéric Cuvillier sur BFMTV »), or a medium after « à » / "to" (« explique le
    maire Pierre Mathonier à France 3 Auvergne-Rhône-Alpes »)."""
    k = tok
    for _ in range(20):
        if k.lower_ in ("on", "sur", "via") and k.dep_ in ("case", "prep") or any(
                c.dep_ == "case" and c.lower_ in ("on", "sur", "via") for c in k.children):
            return True  # (an English noun with "on" after it heads its own words: "the top official on the island")
        told_to = next((c for c in k.children if c.dep_ == "case" and c.lower_ in ("à", "to")), None)
        if told_to is not None:  # the words after « à », read in order (the parser may hang « 3 » of « France 3 »
            # elsewhere)
            words = [t.lower_ for t in tok.doc[told_to.i + 1:min(told_to.i + 4, tok.sent.end)]]
            return any(lex.sources.get(" ".join(words[:n])) == "media" for n in (1, 2, 3))
        if k.head.i == k.i or k.head.i not in ids:
            return False
        k = k.head
    return False


#: Verbs of a relative clause that tells a person's post (« X, qui occupait le poste de ministre », "X, who heads
#: the agency").
ROLE_VERBS = {"être", "occuper", "diriger", "présider", "devenir", "rester", "be", "serve", "head", "lead", "chair",
              "run", "become", "remain"}


#: Verbs by which a person tells what they are ("who claimed to be Autumn's uncle", "who identified herself as
#: the girl's aunt", « qui se présente comme son oncle »; « présente » is the small French model's lemma).
SELF_TOLD = {"claim", "identify", "describe", "introduce", "say", "présenter", "présente", "dire", "décrire"}


def _says_what_one_is(verb: Any) -> bool:
    """Whether a relative clause tells what its person says they are: its post or kin, given as what they told."""
    return verb.lemma_.lower() in SELF_TOLD and any(
        c.dep_ == "xcomp" and (c.lemma_.lower() in ROLE_VERBS or any(g.dep_ == "cop" for g in c.children))
        or c.lower_ in ("as", "comme") or any(g.lower_ == "comme" for g in c.children)  # (« comme » hung on its noun)
        for c in verb.children)


def apposition(head: Any) -> Any:
    """The apposition after a source ("Jacques Billant, préfet du Pas-de-Calais", "Kathryn Howell, co-director of
    the Lab and an associate professor"), or the relative clause that tells its post (« Nicolas Hulot, qui occupait
    le poste de ministre »), or None."""
    apps = [c for c in head.children if c.dep_ == "appos"
            and not _an_age(head.doc[c.left_edge.i:c.right_edge.i + 1])  # « Michel, la soixantaine, … »
            and not any(k.dep_ in ("cop", "nsubj") for k in c.children)  # « Selon le procureur …, l'auteur du
            # coup de feu est le compagnon de la victime »: a clause of its own the parser hung on the source
            and not any(t.text == ":" for t in head.doc[head.i + 1:c.left_edge.i])]  # "Police: Alabama man shoots
    # hunting partner": what the source said after its colon, not what it is
    if apps:  # a title the parser cut into several appositions ("co", "-", "director", "professor"): all of them
        doc = head.doc

        def right(a: Any) -> int:  # « Jérôme Salomon, lors d'un point presse »: when he spoke is not who he is;
            # "the Department for Education (DfE) who say it will disrupt parents": the initials, not the clause
            return next((k + (doc[k].text == ")") for k in range(a.i + 1, a.right_edge.i + 1)
                         if doc[k].lower_ in ("lors", "during", "pendant", "durant") or doc[k].text == ")"),
                        a.right_edge.i + 1)
        return doc[min(a.left_edge.i for a in apps):max(right(a) for a in apps)]
    rel = next((c for c in head.children if c.dep_ in ("relcl", "acl:relcl") and c.i > head.i
                and (c.lemma_.lower() in ROLE_VERBS or _says_what_one_is(c))
                and any(k.lower_ in ("qui", "who") for k in c.children)), None)
    if rel is not None and head.pos_ == "PROPN":
        return rel.subtree
    if head.pos_ != "PROPN" and not (head.pos_ in ("ADJ", "X") and head.text[:1].isupper()) \
            and not (head.pos_ == "NOUN" and head.text[:1].isupper() and head.ent_type_ in ("PER", "PERSON")
                     and head.ent_iob_ == "I"):
        return None  # only a name needs its title to tell the kind of source (a name the small model may read as an
        # adjective or leave untagged: « a précisé Laurence Tur, secrétaire générale de la préfecture », or a surname
        # as a noun inside the name: « indique Amélie Cladière, procureure de la République »)
    doc = head.doc
    end = max(t.i for t in head.subtree if not t.is_punct or t.i == head.i) + 1
    end = next((k for k in range(head.i + 1, end) if doc[k].text == ","), end)  # the parser may hang the
    # apposition on the name: « Pieter van Dokkum, de l'université de Yale, »
    after_age = False
    for _ in range(2):  # « Michel, la soixantaine, habitant du quartier »: an age first, then what he is
        if end >= head.sent.end or doc[end].text != ",":
            return None
        k = end + 1
        stop = k
        while stop < head.sent.end and doc[stop].text not in (",", ".", ";", ":", "»", "«") and stop - k < 12:
            stop += 1
        if stop > k and _an_age(doc[k:stop]):
            end, after_age = stop, True
            continue
        if stop > k + 1 and doc[k].lower_ in ("whose", "dont") and any(
                lexicon(doc.lang_).sources.get(t.lower_) == "family" for t in doc[k + 1:min(k + 4, stop)]):
            return doc[k:stop]  # "Crystal Gaines, 27, whose father was among the dead", « Marie, dont le fils a été
            # tué »: kin of the one the story is about
        if stop > k and any(t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm") and t.dep_ != "amod"
                            for t in doc[k:stop]):  # (« la directrice générale adjointe »: the small model may read
            # a title's adjective as a verb)
            return None  # « Selon le procureur … Nicolas Heitz, l'auteur du coup de feu est le compagnon »: the
            # sentence's own clause, not what he is
        if stop > k and (doc[k].pos_ in ("NOUN", "DET") or doc[k].pos_ == "ADJ" and k + 1 < stop
                         and doc[k + 1].lower_ in ("de", "du", "des", "d'", "of")  # « procureure de la République »
                         or (after_age or _a_title_read_as_verb(doc[k], stop)) and doc[k].pos_ in ("VERB", "ADJ")
                         and head.head.i != k  # "Kelly Thompson, 43, told her parents": her verb, not her job
                         # (« explique James, déléguée syndicale »: a title the small model read as a participle)
                         or doc[k].lower_ in ("de", "du", "d'", "of", "from") and k + 1 < stop
                         and doc[k + 1].pos_ in ("DET", "NOUN", "PROPN")
                         or doc[k].pos_ in ("ADV", "X") and lexicon(doc.lang_).sources.get(doc[k].lower_)):
            # (« précise Sophie Delettre, bourgmestre de la ville de Spa »: a title the small model read as an adverb)
            return doc[k:stop]  # after an age, what follows is the person's description (« habitant » as a verb);
            # « Pieter van Dokkum, de l'université de Yale », "Jane Roe, of the Met Office": where they work
        return None
    return None


def _a_title_read_as_verb(tok: Any, stop: int) -> bool:
    """« déléguée syndicale de la CGT », « chargée de communication »: a title the small French model read as a
    participle (not finite, and qualified by an adjective or by « de » / « à », as titles are)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < stop else None
    return tok.doc.lang_ == "fr" and "Fin" not in tok.morph.get("VerbForm") and nxt is not None and (
        nxt.pos_ == "ADJ" or nxt.lower_ in ("de", "du", "des", "d'", "à", "au", "aux"))


def _an_age(words: Any) -> bool:
    """« 45 ans », « la soixantaine », "80", "aged 31": an age between commas, not what a person is."""
    text = words.text.lower()
    return all(t.like_num or t.lower_ in ("ans", "an", "la", "une", "years", "old", "aged", "âgé", "âgée", "de")
               or t.lower_.endswith("aine") for t in words) and any(
        t.like_num or t.lower_.endswith("aine") for t in words) or text.isdigit()


def whole_name(src: Any) -> Any:
    """A source's words widened to the whole of a name written with hyphens and no spaces (« Météo-France »,
    « la Croix-Rouge italienne », "Var-Matin"), which the tokenizer cuts at the hyphen."""
    doc = src.doc
    start, end = src.start, src.end
    while start > src.sent.start and not doc[start - 1].whitespace_ and (
            doc[start - 1].text == "-" or doc[start].text == "-" or doc[start].text.startswith("-")):
        start -= 1
    while end < src.sent.end and (doc[end - 1].text == "-" or doc[end].text == "-") and not doc[end - 1].whitespace_:
        end += 1
    if doc[start].text == "-" or doc[end - 1].text == "-":
        return src
    while start > src.sent.start and doc[start].dep_ in ("flat:name", "flat") and doc[start].head.i == start - 1 \
            and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1  # « Sur sa page Facebook, Yannick Lebrun assure »: the first name the surname hangs from
    while end < src.sent.end and doc[end].dep_ in ("flat:name", "flat") and start <= doc[end].head.i < end \
            and doc[end].text[:1].isupper():
        end += 1  # « explique Daniel Dreger (CGT) »: a surname the small model read as a verb
    while end < src.sent.end and end - start < 6 and doc[end - 1].text[:1].isupper() and doc[end - 1].is_alpha \
            and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].lower_ not in MONTHS_DAYS \
            and doc[end - 1].whitespace_ \
            and doc[end].ent_type_ not in ("DATE", "TIME") and src.root.pos_ == "PROPN" and not title_case(src.sent):
        end += 1  # « indique France Bleu Occitanie », which the parser cuts after « France »
    return doc[start:end]


#: Endings of nouns of acts and facts (« démission », "announcement", « une expression »), and nouns of facts and
#: times: what a sentence tells, never who speaks.
ACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence")
NOT_SPEAKERS = {"fait", "faits", "fact", "facts", "inquiry", "inquiries", "minute", "minutes", "heure", "heures",
                "hour", "hours", "jour", "jours", "day", "days", "fois", "time", "times", "semaine", "semaines", "week",
                "weeks", "début", "fin", "suite", "beginning", "end", "cas", "case", "affaire",
                # a figure is what was given, not who gave it (« avançait le chiffre de 40 % »)
                "chiffre", "figure"}


def can_speak(src: Any, lex: Lexicon) -> bool:
    """Whether a source of no known kind can be a speaker: a name, an organisation, a person, a group, a document;
    not an act or a fact (« sa démission », « les faits », "the announcement", "inquiries"), a time (« quelques
    minutes après »), a pronoun nobody is named by (« eux ») or a bare adjective ("an Oslo-based")."""
    root = src.root
    if root.pos_ == "PROPN" or root.ent_type_ in ("PER", "PERSON", "ORG", "NORP", "GPE", "LOC"):
        return True
    if root.pos_ == "NOUN" and root.text[:1].isupper() and root.i > root.sent.start:
        return True  # « la Mission interministérielle »: a body by its capitalised name, whatever the parser tags
    if root.pos_ != "NOUN":
        return False
    words = (root.lower_, root.lemma_.lower())
    if src[-1].pos_ == "CCONJ" or any(w in lex.nominalisations or w in ARMED for w in words):
        return False  # "the drone strike and", « la frappe », "the missile": an act or a weapon, no one who speaks
    return not any(w in NOT_SPEAKERS or w.endswith(ACT_ENDINGS) or w[:-1].endswith(ACT_ENDINGS) for w in words)


#: Things one sees: they show, they do not speak (« des vidéos témoignent », « selon des vidéos postées », "CCTV shows
#: the man reversing his truck"); and what one reads on a thing ("according to a blue plaque on its exterior").
SEEN_THINGS = {"vidéo", "vidéos", "images", "image", "video", "videos", "footage", "photo", "photos", "replay", "replays",
               "ralenti", "ralentis", "cctv", "dashcam", "bodycam", "plaque", "plaques", "inscription", "inscriptions"}


#: Nouns of news whose « de » / "of" complement names who gave it (« selon les informations de L'Équipe »).
REPORT_NOUNS = {"informations", "information", "révélations", "révélation", "report", "reports", "reporting", "propos",
                "mots", "termes", "déclarations", "words", "remarks", "récit", "récits", "account", "accounts"}


def _whose_report(src: Any, lex: Lexicon | None = None) -> Any:
    """« les informations de L'Équipe », « des secours », "reporting by the BBC": the outlet, person or body named
    after the news noun is the source, not the news."""
    root = src.root
    if root.lower_ not in REPORT_NOUNS:
        return src
    for c in root.children:
        named = c.pos_ in ("PROPN", "NOUN") or c.pos_ == "ADJ" and c.text[:1].isupper()  # (« du Républicain
        # lorrain »: a newspaper the small French model tags as two adjectives)
        if c.i > root.i and (named and any(k.lower_ in ("de", "d'", "du", "des", "of", "by") for k in c.children)
                             or c.lower_ in ("of", "by") and c.dep_ == "prep"):
            head = c if named else next((g for g in c.children if g.dep_ == "pobj"), None)
            if head is not None and (head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "PER", "PERSON")
                                     or head.text[:1].isupper() and head.pos_ in ("NOUN", "ADJ")  # « du Parisien »
                                     or lex is not None and (head.lemma_.lower() in lex.sources
                                                             or head.lower_ in lex.sources)):
                # « du Parisien » keeps its article (the contracted « du »), « de L'Équipe » drops « de »
                clause = {t.i for c in head.children if c.dep_ in ("acl", "relcl", "acl:relcl") and c.i > head.i
                          for t in c.subtree}  # « des survivants secourus par des pêcheurs »: who, not what befell them
                sub = [t.i for t in head.subtree if t.lower_ not in ("de", "d'", "of", "by") and t.i not in clause]
                end = next((t.i for t in src.doc[head.i:max(sub) + 1] if t.text in (",", ";", ":")), max(sub) + 1)
                while end < root.sent.end and (src.doc[end].is_alpha and src.doc[end].text[:1].isupper()
                                               or src.doc[end].text.isdigit() and len(src.doc[end].text) <= 2
                                               and src.doc[end - 1].pos_ == "PROPN"
                                               or src.doc[end].text == "-" and not src.doc[end - 1].whitespace_
                                               and not src.doc[end].whitespace_ and end + 1 < root.sent.end
                                               and src.doc[end + 1].text[:1].isupper()):
                    end += 1  # « France Bleu Gascogne », which the parser cuts into siblings; « d'Europe 1 »; « de
                    # Nice-Matin », a name joined by its hyphen
                return src.doc[min(sub):end]  # « l'Equipe, Fabio Grosso… »: the outlet, not what follows it
    return src


#: Participles of who was asked (« selon des témoins rencontrés par Europe 1 », "witnesses interviewed by the BBC",
#: « Contactée par LCI, la préfecture… »): the people asked are the source, not the outlet that asked them.
ASKED = {"interroger", "rencontrer", "interviewer", "contacter", "joindre", "solliciter", "questionner", "sonder",
         "consulter", "interviewed", "contacted", "reached", "questioned", "polled", "surveyed", "consulted"}


#: News a newsroom breaks: « une information de l'Est Éclair », « les révélations de Mediapart ».
SCOOPS = {"information", "informations", "révélation", "révélations"}


#: The outlet speaking of its own text (a correction): not a source it cites.
SELF_REFERENCES = {"this article", "cet article", "this story", "this piece", "notre article", "our article"}


def _anonymity_told(sent: Any, src: Any) -> bool:
    """Whether the sentence says its speaker asked not to be named ("requested anonymity", « sous couvert
    d'anonymat »), or the source's own words call it unnamed (but "officials said … an unnamed patient": the
    patient is unnamed, not the speaker)."""
    low = sent.text.lower()
    own = src.text.lower()
    after = src.doc[src.end:min(src.end + 2, len(src.doc))].text.lower()  # « un responsable non identifié »
    return any(a in own or after.startswith(a) if a in UNNAMED else a in low for a in ANONYMITY)


def _anonymous_next(sent: Any) -> bool:
    """Whether the next sentences (up to two) start with a pronoun for the speakers and say they asked not to be
    named ("Officials say … They say … They spoke on condition of anonymity")."""
    doc = sent.doc
    for _ in range(2):
        if sent.end >= len(doc):
            return False
        sent = doc[sent.end].sent
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.lower_ not in ("they", "he", "she", "ils", "il", "elle", "elles"):
            return False
        if any(a in sent.text.lower() for a in ANONYMITY if a not in UNNAMED):
            return True
    return False


def with_title_before(src: Any, words: Any) -> Any:
    """A name and the title just before it, between the reporting verb (or the sentence's start, or a comma) and a
    comma, one source: « a indiqué la procureure de la République adjointe d'Amiens, Anne-Laure Sandretto »,
    "another coastguard officer, Sue Kerver said" (the parser may take the name alone for the speaker)."""
    doc = src.doc
    if src.start < 2 or doc[src.start - 1].text != "," or src.root.pos_ != "PROPN" \
            or not all(t.text[:1].isupper() or not t.is_alpha for t in src):
        return src
    k = src.start - 2
    while k >= src.sent.start and src.start - k <= 12 and not doc[k].is_punct and (
            doc[k].pos_ in ("NOUN", "ADJ", "DET", "PROPN", "ADP") or doc[k].text in ("-", "'")
            or doc[k].pos_ == "VERB" and doc[k].lower_.endswith(("é", "ée", "ointe", "oint")) and not words.start <= k < words.end):
        k -= 1  # (« adjointe », « délégué » read as participles)
    if not (k < src.sent.start or doc[k].text in (",", ";", ":", "—", "–") or words.start <= k < words.end):
        return src  # "the police arrested the man, John Smith said": the object of another verb, not a title
    start = k + 1
    if start < src.start - 1 and doc[start].pos_ == "ADP":
        # « a indiqué à l'AFP la procureure »: the outlet told, then the title
        start = next((j for j in range(start + 1, src.start - 1) if doc[j].pos_ == "DET"
                      and doc[j - 1].pos_ in ("PROPN", "NOUN")), src.start)
    title = doc[start:src.start - 1]
    if not len(title) or title[0].pos_ == "ADP" or not any(t.pos_ == "NOUN" for t in title) \
            or all(t.text[:1].isupper() or not t.is_alpha for t in title):
        return src  # "In Paris, John Smith said", "Jean Dupont, Paul Martin said"
    return doc[title.start:src.end]


def _spelled_out(doc: Any, acronym: str) -> bool:
    """Whether the text spells an acronym out in capitalised words ("the Washington Department of Fish and Wildlife …
    WDFW"): then it is that body's initials, not a broadcaster's call sign."""
    for tok in doc:
        if tok.text[:1] != acronym[0] or not tok.is_title:
            continue
        words = [tok.text]
        for t in doc[tok.i + 1:min(len(doc), tok.i + 2 * len(acronym) + 2)]:
            if t.lower_ in ("'s", "’s"):
                continue  # "the Gallatin County Sheriff's Office … GCSO"
            if not (t.is_title or t.lower_ in SMALL_WORDS):
                break
            words.append(t.text)
            if initials(" ".join(words)) == acronym:
                return True
    return False


def initials(words: str) -> str:
    """The initials of a name's words but the small ones (« l'Observatoire syrien des droits de l'homme » → OSDH)."""
    parts = [w.replace("’", "'").split("'")[-1] for w in words.replace("-", " ").split()]
    return "".join(w[0].upper() for w in parts if w and w.lower() not in SMALL_WORDS and not w.startswith("("))


#: Words a name's initials leave out.
SMALL_WORDS = {"de", "des", "du", "la", "le", "les", "et", "pour", "of", "the", "and", "for", "on", "in", "a", "an"}


def _with_its_initials(src: Any) -> Any:
    """A name with the initials that follow it in brackets (« le Service départemental d'incendie et de secours
    (SDIS) », "the Office for National Statistics (ONS)"): one source, named both ways."""
    doc = src.doc
    k = src.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and len(doc[k + 1].text) >= 2 \
            and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha \
            and initials(src.text) == doc[k + 1].text.upper():
        return doc[src.start:k + 3]
    return src


def attribution(sent: Any, words: Any, src: Any, verb: str, nuance: str, lex: Lexicon, extra: Any = None) -> Found:
    src = whole_name(src)
    news = lex.language == "fr" and src.root.lower_ in SCOOPS
    src = _whose_report(src, lex)
    news = news and src.root.lower_ not in SCOOPS and not any(
        lex.sources.get(t.lower_) or lex.sources.get(t.lemma_.lower()) for t in src)
    opening = next((t for t in src if t.text == "(" or t.text.startswith("(")), None)
    if opening is not None and opening.i > src.start and not any(")" in t.text for t in src):
        # "The Office for National Statistics (ONS": the name with its initials closed, or without them
        closing = next((t.i for t in src.doc[src.end:min(src.end + 3, len(src.doc))] if ")" in t.text), None)
        src = src.doc[src.start:closing + 1] if closing is not None else src.doc[src.start:opening.i]
    comma = next((t.i for t in src if t.text == ","), None)
    asked = next((t for t in src.doc[max(0, src.start - 2):comma] if t.lemma_.lower() in ASKED
                  or t.lower_ in ASKED), None) if comma is not None else None
    if asked is not None and asked.i + 1 < comma and src.doc[asked.i + 1].lower_ in ("par", "by") \
            and comma + 1 < src.end:
        src = src.doc[comma + 1:src.end]  # « Contactée par LCI, la préfecture a indiqué »: the outlet that asked,
        # then who answered
        comma = next((t.i for t in src if t.text == ","), None)
    if comma is not None and comma > src.start and src.doc[comma - 1].dep_ == "pobj" \
            and src.doc[comma - 1].head.pos_ == "ADP" and src.doc[comma - 1].head.i < src.start \
            and comma + 1 < src.end and src.doc[comma + 1].pos_ == "DET":
        src = src.doc[comma + 1:src.end]  # "In a hearing at Newton Abbot Magistrates' Court, the organisation
        # admitted": where it was said, then who said it
    kind = source_kind(src, lex, extra)
    if news and kind in ("official", "other"):
        kind = "media"  # « confirmant une information de l'Est Éclair »: a name no word types, that broke the news
    given = _the_name_given(src)
    if given is not None:
        src, kind = given, kind if kind != "other" else "named"  # "one viewer called Venkat told": the viewer is
        # cited by his name; the noun tells his kind
    src = _with_its_initials(src)
    doc = src.doc
    if src.end + 2 < src.sent.end and doc[src.end].text == "," and doc[src.end + 1].text == "Local" \
            and doc[src.end + 2].text.isdigit():
        src, kind = doc[src.start:src.end + 3], "union"  # "Wenatchee Valley Firefighters, Local 453": a union's
        # local branch, numbered
    if kind in ("witness", "other") and _whose_kin(src, lex):
        kind = "family"  # "A woman whose parents were dining at the restaurant told KHOU", « une femme dont le fils
        # était à bord »: kin of those it befell
    if kind == "witness" and _a_company_owns(src):
        kind = "official"  # "The Liberty's owner, Sun Basin Theatres, said": a company speaks for its business
    if kind == "official" and _owns_a_private_thing(src, extra):
        kind = "witness"  # "The horse's owner, Jason Kirton": a person who owns an animal or a car, not a business
    if kind == "named" and extra is None:
        titled = with_title_before(src, words)
        titled_kind = source_kind(titled, lex) if titled.start < src.start else "named"
        if titled_kind not in ("named", "other"):
            src, kind = titled, titled_kind  # the title before the name tells the kind (words before a comma that
            # tell no kind are no title: the name alone)
    if _anonymity_told(sent, src) and kind not in ("family",):
        kind = "anonymous"
    elif src.end + 1 < len(src.doc) and src.doc[src.end].text == "," \
            and src.doc[src.end + 1].lower_ in ("prosecuting", "defending", "mitigating"):
        kind = "justice"  # "said Michael Crimp, prosecuting": counsel in a British court report
    elif kind not in ("family", "named") and _anonymous_next(sent):
        kind = "anonymous"  # "Yemeni tribal officials say … They spoke on condition of anonymity."
    elif kind == "media" and verb == "understand":
        kind = "anonymous"  # "The BBC understands the victim fell from a crane": what the outlet's unnamed sources told
        # it (the gold, 4 times in 4 where the outlet is cited)
    return Found("attribution", sent.text.strip(), words.text, words.start_char, words.end_char, {
        "source": src.text.strip(), "verb": verb, "connotation": "neutral" if nuance in ("neutral", "according")
        else "loaded", "nuance": nuance, "source_kind": kind, "speaker": (kind != "other" or can_speak(src, lex)
        # « selon eux », "according to them": people the text named just before, who speak
        or verb in ("selon", "d'après", "according to") and src.root.pos_ == "PRON")
        and " ".join(src.text.lower().split()) not in SELF_REFERENCES})  # "This article previously stated": the outlet


#: An outlet's public, who write in or call with what they saw.
AUDIENCES = {"auditeur", "auditeurs", "auditrice", "auditrices", "lecteur", "lecteurs", "lectrice", "lectrices",
             "téléspectateur", "téléspectateurs", "téléspectatrice", "téléspectatrices", "internaute", "internautes",
             "listener", "listeners", "reader", "readers", "viewer", "viewers"}
#: Nouns of who owns or runs a place or a business.
OWNERS = {"owner", "owners", "operator", "operators", "propriétaire", "propriétaires", "exploitant", "exploitants"}
#: Words that end a company's name.
COMPANY_ENDS = {"inc", "ltd", "llc", "plc", "corp", "co", "group", "company", "sa", "sas", "sarl", "groupe"}


def _a_surname_told(tok: Any) -> bool:
    """Whether a capitalised word is the surname of a person named in full elsewhere in the text: the last word of a
    two-word name ("Christopher Town"), not a title's ("Ross County Sheriff George Lavender")."""
    doc = tok.doc

    def last_of_two(t: Any) -> bool:  # a name's last word, right after the name's first
        ends = t.i + 1 == len(doc) or doc[t.i + 1].ent_type_ not in ("PER", "PERSON") or doc[t.i + 1].ent_iob_ == "B"
        first = doc[t.i - 1]
        return ends and first.ent_type_ in ("PER", "PERSON") and first.ent_iob_ == "B" and first.is_alpha \
            and first.text[:1].isupper()

    return any(t.text == tok.text and t.i != tok.i and t.i > 0 and t.ent_type_ in ("PER", "PERSON") and last_of_two(t)
               for t in doc)


def _whose_kin(src: Any, lex: Lexicon) -> bool:
    """Whether the relative clause right after a source names its kin ("a woman whose parents were dining", « une
    femme dont la fille était dans le car »): "whose" / « dont », then a kin noun."""
    doc = src.doc
    k = src.end + (src.end < len(doc) and doc[src.end].text == ",")
    if k >= len(doc) or doc[k].lower_ not in ("whose", "dont"):
        return False
    noun = next((t for t in doc[k + 1:min(k + 4, len(doc))] if t.pos_ == "NOUN"), None)
    return noun is not None and (lex.sources.get(noun.lemma_.lower()) == "family"
                                 or lex.sources.get(noun.lower_) == "family" or noun.lower_ in KIN_BY_POSSESSION)


def _a_company_owns(src: Any) -> bool:
    """Whether an owner cited is a company apposed to the word ("The Liberty's owner, Sun Basin Theatres", « le
    propriétaire, la société X »): a plural name, one the model takes for a body or a place, or one that ends as
    companies' do (not "The horse's owner, Jason Kirton", a person)."""
    comma = next((t.i for t in src if t.text == ","), None)
    if comma is None or not any(t.lower_ in OWNERS for t in src.doc[src.start:comma]):
        return False
    name = [t for t in src.doc[comma + 1:src.end] if t.text[:1].isupper()]
    return bool(name) and (name[-1].lower_.strip(".") in COMPANY_ENDS or name[-1].pos_ == "PROPN" and (
        "Plur" in name[-1].morph.get("Number") or name[-1].ent_type_ in ("ORG", "FAC", "LOC", "GPE")))


#: Dwellings: whoever owns the one the story happened in lives there (a witness, not the owner of a business).
DWELLINGS = {"home", "house", "apartment", "flat", "farmhouse", "cabin", "maison", "appartement", "logement", "pavillon"}
#: What private people own: its owner speaks as a person, not for a business ("the dog's owner").
PRIVATE_POSSESSIONS = DWELLINGS | {"dog", "dogs", "horse", "horses", "cat", "cats", "pet", "pets", "car", "cars",
                                   "vehicle", "boat"}
#: Words that put a business beside the one the story happened at ("a nearby restaurant", "next door").
NEARBY = {"nearby", "neighboring", "neighbouring", "adjacent", "next-door"}


def _owns_a_private_thing(src: Any, extra: Any = None) -> bool:
    """Whether a source is the owner of an animal, a car or a home ("The horse's owner", "Mr. Li, an apartment
    owner"), or of a business beside the place the story happened at ("Mark Mendola, the owner of D'Marcos
    Restaurant, said he thinks it was a gas tank … at a nearby restaurant"): a person there, a witness."""
    told = [src] if extra is None else [src, extra]
    k = next((t.i for words in told for t in words if t.lower_ in ("owner", "owners")), None)
    if k is None:
        return False
    start, end = (src.start, src.end) if src.start <= k < src.end else (extra.start, extra.end)
    return any(t.lower_ in PRIVATE_POSSESSIONS for t in src.doc[max(start, k - 3):min(end, k + 4)]) or any(
        t.lower_ in NEARBY or t.lower_ == "next" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "door"
        for t in src.sent if not start <= t.i < end)


#: Participles that give someone's name after the noun of who they are ("a guest named Venkat", « une randonneuse
#: prénommée Léa »).
NAMING_WORDS = {"named", "called", "nommé", "nommée", "nommés", "nommées", "prénommé", "prénommée", "prénommés",
                "prénommées", "appelé", "appelée"}


def _the_name_given(src: Any) -> Any:
    """The name given right after a source's noun ("one viewer called Venkat", "the guest named Venkat", « un témoin
    prénommé Marc »), or None."""
    doc = src.doc
    k = next((t.i for t in doc[src.start + 1:min(src.end + 1, src.sent.end)] if t.lower_ in NAMING_WORDS
              and t.dep_.startswith(("acl", "amod"))), None)  # (not "State police called Clement the leader": a verb)
    if k is None or k + 1 >= src.sent.end or doc[src.start:k].root.pos_ not in ("NOUN", "PRON"):
        return None
    j = k + 1
    while j < src.sent.end and j - k <= 3 and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "ADJ"):
        j += 1
    return doc[k + 1:j] if j > k + 1 else None


def with_apposed_name(src: Any) -> Any:
    """A speaker's title and the name apposed after it, one source: « a affirmé la ministre de la Santé, Marisol
    Touraine », « selon le procureur de la République de Pontoise, Yves Jannier, » (a comma, then one to four
    capitalised words that end the clause)."""
    doc = src.doc
    end = src.end
    if end + 1 >= src.sent.end or doc[end].text != "," or src.root.pos_ == "PROPN":
        return src
    k = end + 1
    while k < src.sent.end and k - end <= 5 and (
            (doc[k].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k].ent_type_ in ("PER", "PERSON")) and doc[k].text[:1].isupper()
            or doc[k].text == "-" and k > end + 1 and not doc[k - 1].whitespace_ and not doc[k].whitespace_):
        # (« Paul Blanc »: a surname the model tags as an adjective; « Xavier Sublet »: a first name it tags as a
        # number; « Frédéric Marchi-Leccia »: a double surname)
        k += 1
    after = k
    if k < src.sent.end and doc[k].text == "(":  # « le maire, Michel Arrouy (PS), »: the party after the name
        close = next((j for j in range(k + 1, min(k + 5, src.sent.end)) if doc[j].text == ")"), None)
        after = close + 1 if close is not None else k
    if k == end + 1 or after < src.sent.end and doc[after].text not in (",", ".", ";", ":", "»", '"', "”"):
        return src
    return doc[src.start:k]


def noun_after(doc: Any, i: int, end: int) -> Any:
    """The head noun of the noun phrase starting at token i (determiners and adjectives skipped)."""
    k = i
    while k < end and (doc[k].pos_ in ("DET", "ADJ", "NUM") and not WEB_ADDRESS.fullmatch(doc[k].text)
                       or doc[k].lower_ in ("des", "du")) \
            and not (doc[k].pos_ == "ADJ" and (k + 1 >= end or doc[k + 1].is_punct)) \
            and not (doc[k].pos_ == "ADJ" and doc[k].text[:1].isupper() and k > doc[k].sent.start) and not (doc[k].pos_ == "ADJ" and doc[k].lower_ in (
            "policière", "policières", "policier", "policiers", "judiciaire", "judiciaires")):
        k += 1
    if k < end and doc[k].lower_ in MONTHS_DAYS:
        return None
    found = k < end and (doc[k].pos_ in ("NOUN", "PROPN", "PRON", "ADJ") or WEB_ADDRESS.fullmatch(doc[k].text))
    return doc[k] if found else None  # (« relate 24heures.ch »: the address tagged as a number)


#: Titles whose portfolio follows « au / aux » (« le secrétaire d'Etat italien aux Transports »).
PORTFOLIO_HOLDERS = {"ministre", "secrétaire", "délégué", "déléguée", "commissaire", "haut-commissaire"}


def _capitalised_name_end(doc: Any, noun: Any, end: int) -> int:
    """Where the name of a body that runs on through places ends (« la préfecture maritime de l'Atlantique et de la
    Bretagne du Sud »): the last capitalised word before punctuation or a verb, within twelve words, over
    determiners, prepositions, adjectives and capitalised words only; -1 if none (« la direction des affaires
    maritimes de la Bretagne et des Pays de la Loire » stops at « affaires »)."""
    last = -1
    k = noun.i + 1
    while k < min(end, noun.i + 13) and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX", "PRON", "SCONJ"):
        if doc[k].pos_ not in ("DET", "ADP", "CCONJ", "ADJ") and not doc[k].text[:1].isupper() \
                and doc[k].lower_ not in ("mer", "zone", "région", "sea", "region"):
            break
        if doc[k].text[:1].isupper():
            last = k
        k += 1
    return last


def span_from(doc: Any, noun: Any, end: int) -> Any:
    """A source's words from its first determiner to the end of its complements (« sources judiciaire et
    proche du dossier »), stopping at punctuation or a verb."""
    left = noun.i
    while left > noun.sent.start and (doc[left - 1].pos_ in ("DET", "ADJ", "NUM") and doc[left - 1].lower_ not in (
            "de", "d'", "selon") and doc[left - 1].lower_ not in MONTHS_DAYS or doc[left - 1].tag_ == "POS" and left - 2 >= noun.sent.start
            or doc[left - 1].pos_ in ("NOUN", "PROPN") and doc[left].tag_ == "POS"
            or doc[left - 1].pos_ == "PROPN" and doc[left - 1].dep_ == "compound" and left <= doc[left - 1].head.i <= noun.i
            and doc[left - 1].text[:1].isupper()):
        left -= 1  # "the union's general secretary": the possessor tells whose secretary; "said Cpl. Justin Dunn of the
        # highway patrol": the first name and the title the surname heads
    right = noun.i
    while right + 2 < end and doc[right + 1].text == "." and doc[right].lower_ in TITLES \
            and doc[right + 2].pos_ == "PROPN" or right + 1 < end and doc[right + 1].text not in (
            ",", ".", ";", ":", "«", "»", '"', "(", ")", "—") \
            and (doc[right + 1].pos_ not in ("VERB", "AUX", "SCONJ", "NUM", "PRON")
                 or doc[right + 1].pos_ == "VERB" and doc[right + 1].ent_iob_ == "I" and doc[right].ent_iob_ in ("B", "I")
                 and "Part" in doc[right + 1].morph.get("VerbForm")  # « les Nations unies »: the name goes on
                 or doc[right + 1].pos_ == "NUM" and doc[right].pos_ == "PROPN" and doc[right + 1].text.isdigit()
                 and len(doc[right + 1].text) <= 2 and (right + 2 >= end or doc[right + 2].is_punct  # « France 3 »
                                                        or doc[right + 2].pos_ == "ADP"  # « par France 3 auprès du
                                                        or doc[right + 2].lower_ == "auprès"  # parquet »
                                                        or doc[right + 2].lower_ in ("région", "régions")  # « France
                                                        # 3 région », the channel's regional newsrooms in lower case
                                                        or doc[right + 2].pos_ in ("PROPN", "NOUN")
                                                        and doc[right + 2].text[:1].isupper())  # « France 3 Paris »,
                 # « France 3 Régions » (a capitalised word the model tags as a noun)
                 or doc[right + 1].pos_ == "PRON" and len(doc[right + 1].text) > 1 and doc[right + 1].text.isupper()
                 or doc[right + 1].pos_ == "VERB" and doc[right + 1].dep_ == "amod" and doc[right + 1].head.i == noun.i
                 and right == noun.i and "Part" in doc[right + 1].morph.get("VerbForm")  # « sources concordantes »:
                 # a participle qualifying the source, which the model tags a verb
                 ) \
            and (right - noun.i < 7 or (doc[right + 1].pos_ == "PROPN" or doc[right + 1].ent_type_ in ("LOC", "GPE", "ORG")
                                        and doc[right].ent_type_ in ("LOC", "GPE", "ORG")) and right - noun.i < 12
                 or right + 1 <= _capitalised_name_end(doc, noun, end)) \
            and doc[right + 1].lower_ not in ("selon", "according", "said", "says", "lors", "during", "auprès") \
            and not (doc[right + 1].lower_ in ("d'", "d’") and right + 2 < end and doc[right + 2].lower_ == "après") \
            and not (doc[right + 1].pos_ == "DET" and doc[right].pos_ in ("NOUN", "PROPN")
                     and not _a_title_after_a_medium(doc, right, end)) \
            and not (doc[right + 1].pos_ == "ADV" and doc[right].pos_ == "PROPN") \
            and not (doc[right + 1].pos_ == "ADP" and doc[right + 1].lower_ not in ("de", "du", "des", "d'", "of", "for")
                     and not (doc[right + 1].lower_ == "pour" and noun.text[:1].isupper() and noun.pos_ in ("NOUN", "PROPN")
                              and right + 2 < end and doc[right + 2].pos_ in ("DET", "NOUN"))  # « l'Organisation
                     # internationale pour les migrations »: a name
                     and not (doc[right + 1].lower_ in ("au", "aux") and right + 2 < end
                              and doc[right + 2].pos_ == "NOUN" and (doc[right].lower_ in ("adjoint", "adjointe",
                                                                                           "délégué", "déléguée",
                                                                                           "chargé", "chargée")
                                                                     or doc[right + 2].text[:1].isupper() and any(
                                  t.lower_ in PORTFOLIO_HOLDERS for t in doc[noun.i:right + 1])))) \
            and not (doc[right + 1].pos_ == "CCONJ" and right + 2 < end and doc[right + 2].pos_ in ("NUM", "PRON", "DET")) \
            and not (doc[right + 1].lower_ == "to" and right + 2 < end and doc[right + 2].pos_ in ("VERB", "AUX")):
        right += 1  # ("reported by police to have suffered": the infinitive is what they tell)
    cut = right
    while right > noun.i and doc[right].lower_ in ("de", "du", "des", "d'", "d’", "of"):
        right -= 1  # « le Service départemental d'incendie et de secours de la Seine-Maritime », cut at its length
        # limit: no source ends on « de »
    if right < cut and right > noun.i and doc[right].lower_ in ("et", "and"):
        right -= 1  # (nor on the « et » of « d'incendie et de »)
    return doc[left:right + 1]


#: Nouns of a medium, which a title may follow with its own article (« le quotidien Le Parisien »).
MEDIA_NOUNS = {"quotidien", "journal", "hebdomadaire", "magazine", "mensuel", "site", "radio", "chaîne", "newspaper",
               "paper", "daily", "tabloid", "weekly"}


def _a_title_after_a_medium(doc: Any, right: int, end: int) -> bool:
    """« le quotidien Le Parisien », « le site du quotidien La Dépêche du Midi », "the newspaper The Sun", « le journal
    l'Observateur »: the title after the medium's noun, with its own article, is part of the source."""
    return doc[right].lower_ in MEDIA_NOUNS and (doc[right + 1].text[:1].isupper() or doc[right + 1].lower_ in (
        "l'", "l’")) and right + 2 < end and doc[right + 2].text[:1].isupper() or doc[right].text[:1].isupper() and doc[right + 1].text == "La" \
        and right + 2 < end and doc[right + 2].lower_ in ("première", "1ère", "1re")  # « Guadeloupe La Première »,
    # a station of the overseas network


def for_ones_part(tok: Any) -> Any:
    """« pour sa part », « pour leur part », « de son côté », « de leur côté » ending on `tok`: the span, or None."""
    doc = tok.doc
    if tok.i < tok.sent.start + 2 or doc[tok.i - 1].lower_ not in ("sa", "son", "leur"):
        return None
    if (tok.lower_, doc[tok.i - 2].lower_) not in (("part", "pour"), ("côté", "de")):
        return None
    return doc[tok.i - 2:tok.i + 1]


#: Verbs of putting out a statement ("issued a statement", "released an update"): reporting only with one of
#: `ISSUED_WORDS` as their object.
ISSUING = {"issue", "release"}
ISSUED_WORDS = {"statement", "warning", "apology", "denial", "update", "appeal", "communique", "communiqué", "alert",
                "release", "response"}


def reporting_lemma(tok: Any, lex: Lexicon) -> str | None:
    """The reporting verb a token is a form of, also where the small French model lemmatises a verb as a noun
    (« estime » → « estime »): the present forms are tried against the lexicon's infinitives."""
    lemma = tok.lemma_.lower()
    if lemma in APPEALING and not _an_appeal(tok):
        return None  # « il a appelé les secours », « un lieu appelé la Cité », « invité à la fête »: a phone call, a
        # name or an invitation, no words
    if lemma == "learn" and not _an_inquiry_learns(tok, lex):
        return None  # "she learned to swim", "the family learned of his death": no one cited
    if lemma == "répondre" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "plus":
        return None  # « les télécabines ne répondent plus »: they stopped working, no words
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return None  # "Bradley pointed out" reports; "pointed a gun", "pointing to the sky" do not
    if lemma == "release" and not any(c.dep_ == "dobj" and c.lemma_.lower() in ISSUED_WORDS for c in tok.children):
        return None  # "released a statement" reports; "footage released by police", "released the driver" do not
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
    if tok.lower_ in ("dit", "dits", "dite", "dites") and k >= 1 and tok.doc[tok.i - 1].text == "-" \
            and not tok.doc[tok.i - 1].whitespace_ and not tok.doc[tok.i - 2].whitespace_:
        return None  # « au lieu-dit Aouach », « soi-disant »: a word of a compound, no one speaks
    if lemma == "call" and any(t.lower_ == "sick" for t in tok.doc[tok.i + 1:min(tok.i + 3, len(tok.doc))]):
        return None  # "Hundreds of teachers called out sick", "called in sick": they stayed away, no words told
    if lemma in ("reconnaître", "déclarer") and any(
            t.lower_ in ("coupable", "coupables") for t in tok.doc[tok.i + 1:min(tok.i + 9, tok.sent.end)]) and not any(
            t.lower_ == "être" for t in tok.doc[tok.i + 1:min(tok.i + 9, tok.sent.end)]):
        return None  # « La justice a reconnu cet ancien chef des pompiers coupable »: a verdict, no words told (but
        # « il a reconnu être coupable »: he admits it)
    if lex.language == "fr" and tok.lower_ == lemma and "Inf" in tok.morph.get("VerbForm") \
            and lemma not in ("remarquer", "observer", "valoir") and any(
            t.lower_ in FAIRE_FORMS | {"faire"} and all(u.pos_ == "ADV" for u in tok.doc[t.i + 1:tok.i])
            for t in tok.doc[max(tok.sent.start, tok.i - 3):tok.i]):
        return None  # « les pluies ont fait glisser 4000 mètres cubes de boue », « a fait constater ses lésions »,
        # « ce qui a fait craindre de nouveaux bombardements »: « faire » makes it happen, no one speaks (but « a
        # fait remarquer le maire », « a-t-il fait valoir » report words)
    if lemma in lex.reporting and tok.pos_ in ("VERB", "AUX"):
        return lemma
    if lex.language == "fr" and "faire savoir" in lex.reporting and (lemma == "faire" or tok.lower_ in FAIRE_FORMS) \
            and any(t.lower_ == "savoir" and all(u.pos_ == "ADV" for u in tok.doc[tok.i + 1:t.i])
                    for t in tok.doc[tok.i + 1:min(tok.i + 3, tok.sent.end)]):
        return "faire savoir"  # « a fait savoir la préfecture », « le parquet a fait savoir que… »: the words follow
    if lex.language == "fr" and "faire état" in lex.reporting and tok.i + 1 < len(tok.doc) \
            and tok.doc[tok.i + 1].lower_ in ("de", "d'", "d’", "du", "des") and (
                tok.lower_ == "état" and tok.i > 0 and any(
                    (t.lemma_.lower() == "faire" or t.lower_ in FAIRE_FORMS)
                    and all(u.pos_ == "ADV" for u in tok.doc[t.i + 1:tok.i])
                    and not (t.lower_ == "faisant" and t.i > 0 and tok.doc[t.i - 1].text == ",")
                    for t in tok.doc[max(tok.sent.start, tok.i - 3):tok.i])):
        return "faire état"  # « le dernier bilan fait état de 6 morts », « la préfecture fait état de trois blessés »:
        # the parser makes « état » the verb and « fait » its copula (but « a indiqué le procureur, faisant état de
        # 18 blessés »: the same words, told by the source already counted; the gold, 3 times in 3)
    if lex.language != "fr" or tok.pos_ not in ("VERB", "NOUN", "ADJ", "ADV"):  # « évoquent » tagged ADV
        return None
    as_told = tok.i >= 2 and tok.doc[tok.i - 1].lower_ in ("le", "l'", "l’") and tok.doc[tok.i - 2].lower_ == "comme"
    # (« Comme le rapporte Ouest-France »: the verb after « comme le », which the small model reads as a noun)
    if tok.pos_ != "VERB" and tok.i > 0 and not as_told and (
            tok.doc[tok.i - 1].pos_ == "DET" or tok.doc[tok.i - 1].pos_ == "ADP" and tok.doc[tok.i - 1].lower_ in (
            "en", "d'", "de", "à", "sans", "sous", "par", "pour") and not (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("DET", "NUM"))):
        return None  # « une note », « l'estime », « en alerte »: a noun
    low = tok.lower_
    for cand in (lemma + "r", lemma + "er", low + "r", low[:-1] + "er" if low.endswith("e") else "",
                 low[:-3] + "er" if low.endswith("ent") else "", low[:-2] + "er" if low.endswith("es") else "",
                 low + "ir" if low.endswith("ent") else ""):  # « dément » → démentir
        if cand in lex.reporting:
            return cand if cand not in APPEALING or _an_appeal(tok) else None  # (« invite » → inviter)
    return None


def _an_appeal(tok: Any) -> bool:
    """Whether « appeler » or « inviter » calls the public to care in words: « La préfecture appelle à la prudence »,
    « le PGHM appelle les pratiquants de luge à la prudence », « appelle les habitants à ne pas sortir », « la
    préfecture invite les personnes qui … à ne pas les consommer » (the tune gold cites who calls, 6 times in 6). A
    union calling a strike or a protest takes an action, which the gold does not cite (« ont appelé à la grève », 1
    time in 6), and « invite les enfants à la fête » is an invitation."""
    doc = tok.doc
    inviting = tok.lower_.startswith("invit")
    told = {u.i for c in tok.subtree if c.dep_.startswith("acl") for u in c.subtree} if inviting else set()
    # (« invite les personnes qui auraient également acheté des champignons … à ne pas les consommer »: who is
    # invited, told in a relative clause before what to)
    for t in doc[tok.i + 1:tok.sent.end if inviting else min(tok.i + 9, tok.sent.end)]:
        if t.lower_ in ("à", "au", "aux"):
            nxt = next((u for u in doc[t.i + 1:min(t.i + 5, tok.sent.end)] if u.pos_ not in ("DET", "ADV", "ADJ")
                        or u.lower_ in APPEALS), None)  # (« à la plus grande prudence », « à ne pas sortir »)
            return t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "ne" or nxt is not None and (
                nxt.lower_ in APPEALS or "Inf" in nxt.morph.get("VerbForm") and nxt.lemma_.lower() not in PROTEST_ACTS)
        if t.i in told or t.text in (",", "«", "»", '"', "“", "”"):
            continue  # (« appelle ce vendredi 8 novembre 2019, à la plus grande prudence »: a comma after the date;
            # « invite « les personnes qui … » à ne pas les consommer »: who, in quotation marks)
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
    return False


#: Verbs that report words only as an appeal to the public (checked by `_an_appeal`).
APPEALING = ("appeler", "inviter")
#: What one calls the public to in words (« appelle à la prudence », « appelle au calme »).
APPEALS = {"prudence", "vigilance", "calme", "retenue", "responsabilité", "patience", "sang-froid", "civisme",
           "raison", "générosité", "solidarité"}
#: What a union or a movement calls people to do: an action it takes, not words cited.
PROTEST_ACTS = {"faire", "manifester", "protester", "mobiliser", "débrayer", "cesser", "rejoindre", "participer",
                "défiler", "bloquer", "boycotter", "voter", "rassembler", "grever", "occuper", "marcher"}


def _an_inquiry_learns(verb: Any, lex: Lexicon) -> bool:
    """"Investigators learned the mother cut the dog", "police learned Outlaw and another driver entered": what an
    inquiry found, told as a clause, is its report (the tune gold cites police there)."""
    return any(c.dep_ == "ccomp" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
        and source_kind(verb.doc[c.left_edge.i:c.i + 1], lex) in ("police", "justice", "official")
        for c in verb.children)


#: Verbs of letting someone know: passive, with nothing said after them, they cite no one (« son père a été
#: prévenu »); with a disappearance, they report someone missing (« le Cross est alerté de la disparition »).
TOLD_NEWS = {"prévenir", "informer", "avertir", "alerter", "inform", "notify", "warn", "alert"}
#: A source quoted by a medium: "A police spokesman quoted by Reuters said", « selon une source policière citée par
#: l'AFP » (the corpus gold cites the medium 7 times in 8).
QUOTED = {"quoted", "cited", "cité", "citée", "cités", "citées"}
#: Words of a government minister.
MINISTERS = {"ministre", "ministres", "minister", "ministers", "ministère", "ministry", "secretary", "sceaux"}
#: Forms of « faire » the small French model may tag as a noun (« un bilan actualisé fait état de dix morts »).
FAIRE_FORMS = {"fait", "font", "faisait", "faisaient", "fera", "feront", "ferait", "feraient"}
#: Documents that carry figures or statements: who gave them is the source (« selon un bilan communiqué par la
#: préfète », "according to figures released by the ministry").
DOCUMENTS = {"bilan", "bulletin", "communiqué", "chiffre", "chiffres", "donnée", "données", "rapport", "document",
             "note", "release", "article", "articles",  # ("according to an article by Deadline")
             "figures", "figure", "data", "report", "statement", "toll", "estimate", "estimates"}
#: News nouns that, like documents, name who gave them after a participle and « par » (« selon les premiers
#: éléments de l'enquête communiqués par le procureur », "according to results published by Pfizer").
GIVEN_NEWS = DOCUMENTS | {"élément", "éléments", "informations", "conclusions", "résultats", "findings", "results",
                          "mots", "termes", "propos", "words"}
#: Participles that say who gave a document.
GIVEN = {"communiqué", "communiqués", "communiquée", "communiquées", "publié", "publiés", "publiée", "publiées",
         "diffusé", "diffusés", "diffusée", "diffusées", "établi", "établis", "établie", "fourni", "fournis",
         "fournie", "fournies", "transmis", "transmise", "transmises", "released", "issued", "published", "given", "provided",
         "compiled", "utilisé", "utilisés", "utilisée", "utilisées", "employé", "employés", "tenus", "used",
         "donné", "donnés", "donnée", "données", "livré", "livrés", "livrée", "livrées", "dressé", "dressée",
         "dévoilé", "dévoilés", "dévoilée", "dévoilées", "rendu", "rendus", "rendue", "rendues", "unveiled",
         "avancé", "avancés", "avancée", "avancées",  # (« selon un premier bilan avancé par Benoit Lutgen »)
         "recueilli", "recueillis", "recueillie", "recueillies", "collected", "gathered"}  # (« les premiers éléments
# recueillis sur place par les policiers »: who gathered them gave them)
#: Where a document was gathered, between its participle and its author (« recueillis sur place par les policiers »).
GATHERED_WHERE = ("sur place", "sur les lieux", "at the scene", "on the spot", "on scene")
#: Kinds of sources that can give a count.
SPEAKING_KINDS = {"police", "justice", "union", "organisers", "media", "official", "expert", "anonymous"}
