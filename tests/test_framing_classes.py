"""The failure classes seen on real news, one test each, French and English, on sentences written for these
tests (none is in the real-news corpus nor was used to tune the rules)."""

from __future__ import annotations

import pytest

from studio.framing import analyse, compare, features
from studio.framing.analyse import resolve_language


def passives(text: str, language: str) -> list[str]:
    return [f.words.lower() for f in analyse(text, language).agentless_passives]


def with_agent(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.words.lower(), f.info["agent"].lower()) for f in analyse(text, language).passives_with_agent]


# 1. Intransitive verbs with être are not passives ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Trois randonneurs sont morts dans une avalanche près de Chamonix.",
    "Le doyen du village est décédé dimanche à l'âge de 103 ans.",
    "Les pêcheurs sont revenus au port avant la tempête.",
    "Le train est parti avec deux heures de retard.",
    "Une fillette est née dans l'ambulance.",
    "Le cortège est arrivé place Bellecour vers 16 heures.",
    "Les prix sont restés stables en mars.",
    "Un ouvrier est tombé d'un échafaudage.",
])
def test_intransitive_etre_verbs_are_not_passives(framing_models: None, text: str) -> None:
    assert passives(text, "fr") == []


def test_dead_and_died_are_not_passives_in_english(framing_models: None) -> None:
    assert passives("Two climbers have died on the mountain and one is missing.", "en") == []
    assert passives("The singer, who was born in Cardiff, died on Monday.", "en") == []


# 2. Pronominal verbs are never passives ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Le conducteur s'est arrêté devant la pharmacie.",
    "Les manifestants se sont dispersés dans le calme.",
    "La situation s'est dégradée dans la nuit.",
    "Les élus se sont réunis en urgence à la mairie.",
])
def test_pronominal_verbs_are_not_passives(framing_models: None, text: str) -> None:
    assert passives(text, "fr") == []
    assert with_agent(text, "fr") == []


def test_stopped_is_not_arrested(framing_models: None) -> None:
    """« s'est arrêté » (stopped) must never come out as « est arrêté » (arrested)."""
    t = analyse("Le chauffeur du bus s'est arrêté au feu rouge.", "fr")
    assert not any("arrêté" in f.words for f in t.agentless_passives + t.passives_with_agent)


# 3. Headline passives without an auxiliary ------------------------------------------------------------------
@pytest.mark.parametrize("text,word", [
    ("Un piéton renversé par une camionnette à Rennes", "renversé"),
    ("Deux lycéens interpellés après des tags sur le collège", "interpellés"),
    ("Une joggeuse agressée dans un parc de Toulouse", "agressée"),
    ("Blessé au bras, le gardien a été transporté à l'hôpital.", "blessé"),
    ("Le cambrioleur interpellé et écroué", "interpellé"),
    ("Un fuyard rattrapé jeudi, un complice toujours recherché", "rattrapé"),
])
def test_french_headline_passives(framing_models: None, text: str, word: str) -> None:
    t = analyse(text, "fr")
    assert any(word in f.words.lower() for f in t.agentless_passives + t.passives_with_agent), text


@pytest.mark.parametrize("text,word", [
    ("Cyclist killed in lorry crash", "killed"),
    ("Three men arrested after raid on warehouse", "arrested"),
    ("Pensioner found dead at home", "found"),
    ("Boy, 15, stabbed outside school", "stabbed"),
])
def test_english_headline_passives(framing_models: None, text: str, word: str) -> None:
    assert any(word in w for w in passives(text, "en")), text


# 4. Agent and patient are never swapped; event nouns hide the agent -------------------------------------------
def test_the_noun_of_a_passive_is_never_who_acts(framing_models: None) -> None:
    t = analyse("Two pensioners killed in house fire", "en")
    assert not any("pensioner" in a.info["agent"].lower() for a in t.agents)
    assert t.agentless_passives and "pensioners" in t.agentless_passives[0].info["subject"].lower()
    f = analyse("Un adolescent blessé par balle à Marseille", "fr")
    assert not any("adolescent" in a.info["agent"].lower() for a in f.agents)
    assert f.agentless_passives  # « par balle » names a thing, not who fired
    g = analyse("Un vigile blessé par une barre de fer devant un supermarché", "fr")
    assert g.agentless_passives and not g.passives_with_agent


def test_the_agent_after_par_and_by_is_kept(framing_models: None) -> None:
    assert any("gendarme" in a for _w, a in with_agent("Le fuyard a été rattrapé par deux gendarmes.", "fr"))
    assert any("neighbour" in a for _w, a in with_agent("The dog was rescued by a neighbour.", "en"))


@pytest.mark.parametrize("text,language,word", [
    ("Une rixe a fait un mort à la sortie d'une discothèque.", "fr", "rixe"),
    ("La fusillade a éclaté vers minuit.", "fr", "fusillade"),
    ("An officer-involved shooting left one man dead.", "en", "shooting"),
    ("A clash outside the stadium ended with two people in hospital.", "en", "clash"),
    ("An attack kills two at a market in Kano", "en", "attack"),
    ("Une attaque au couteau fait deux blessés à Arras", "fr", "attaque"),
])
def test_event_nouns_that_hide_the_agent(framing_models: None, text: str, language: str, word: str) -> None:
    assert any(word in f.words.lower() for f in analyse(text, language).nominalisations), text


def test_event_nouns_whose_agent_is_named_are_not_hidden(framing_models: None) -> None:
    t = analyse("Les gendarmes ont procédé à douze interpellations samedi.", "fr")
    assert not t.nominalisations
    t = analyse("Police made 14 arrests on Saturday.", "en")
    assert not t.nominalisations


# 5. Attribution and sources ------------------------------------------------------------------------------------
def test_verb_first_and_inverted_attributions(framing_models: None) -> None:
    t = analyse("« Nous rouvrirons la piscine en juin », a annoncé la maire de Vallon.", "fr")
    assert [(a.info["verb"], a.info["source_kind"]) for a in t.attributions] == [("annoncer", "official")]
    t = analyse("Le feu est maîtrisé, a expliqué à l'AFP le commandant des pompiers.", "fr")
    assert t.attributions and "commandant" in t.attributions[0].info["source"]
    t = analyse('"The road will stay closed until Friday," said police.', "en")
    assert t.attributions and t.attributions[0].info["source_kind"] == "police"


def test_selon_and_d_apres_count_once(framing_models: None) -> None:
    t = analyse("D'après la préfecture, 300 personnes ont défilé, 900 selon les syndicats.", "fr")
    sources = [a.info["source"] for a in t.attributions]
    assert len(sources) == 2 and not any(s.lower().startswith("après") for s in sources)
    assert {a.info["source_kind"] for a in t.attributions} == {"official", "union"}


def test_anonymous_sources(framing_models: None) -> None:
    t = analyse("Le suspect serait un ancien salarié, a-t-on appris de source policière.", "fr")
    assert any(a.info["source_kind"] == "anonymous" for a in t.attributions)
    t = analyse("The minister will resign, a source close to the cabinet said.", "en")
    assert any(a.info["source_kind"] == "anonymous" for a in t.attributions)


@pytest.mark.parametrize("text,language,kind", [
    ("« L'enquête suit son cours », a indiqué le parquet de Lille.", "fr", "justice"),
    ("Selon la CGT, la grève est suivie à 60 %.", "fr", "union"),
    ("Selon les organisateurs, 5 000 personnes étaient présentes.", "fr", "organisers"),
    ("« Il ne méritait pas ça », confie sa mère.", "fr", "family"),
    ("The prosecutor said charges would be filed on Monday.", "en", "justice"),
    ("Witnesses said the car was travelling at high speed.", "en", "witness"),
])
def test_source_kinds(framing_models: None, text: str, language: str, kind: str) -> None:
    assert [a.info["source_kind"] for a in analyse(text, language).attributions] == [kind], text


# 6. Loaded terms in context, euphemisms ------------------------------------------------------------------------
def test_flood_is_loaded_only_when_it_speaks_of_people(framing_models: None) -> None:
    assert not analyse("Flood water reached the town centre on Sunday.", "en").loaded_terms
    assert not analyse("A wave of protests followed the decision.", "en").loaded_terms
    t = analyse("Ministers warned of a flood of migrants arriving this summer.", "en")
    assert any(f.info["term"] == "flood" and f.info["category"] == "migration" for f in t.loaded_terms)


def test_looting_is_loaded(framing_models: None) -> None:
    t = analyse("A man walks through the water after looting a shop.", "en")
    assert any(f.info["category"] == "crime" for f in t.loaded_terms)


@pytest.mark.parametrize("text,language,term", [
    ("Un drame conjugal s'est produit samedi à Vierzon.", "fr", "drame conjugal"),
    ("Un homme de 30 ans est mort lors d'une rixe devant un bar.", "fr", "rixe"),
    ("Police described the death as an accidental discharge.", "en", "accidental discharge"),
    ("A man died after a medical incident during an arrest.", "en", "medical incident"),
])
def test_euphemisms(framing_models: None, text: str, language: str, term: str) -> None:
    found = [f for f in analyse(text, language).loaded_terms if f.info["category"] == "euphemism"]
    assert any(f.info["term"] == term for f in found), text
    assert all(f.info.get("alternative") for f in found)


def test_euphemism_only_in_its_context(framing_models: None) -> None:
    """A heart attack at a marathon is not a euphemism; a brawl without a death is a brawl."""
    t = analyse("Un coureur a été victime d'un malaise cardiaque au marathon de Paris.", "fr")
    assert not [f for f in t.loaded_terms if f.info["category"] == "euphemism"]
    t = analyse("Une rixe a éclaté entre supporters, sans faire de blessé.", "fr")
    assert not [f for f in t.loaded_terms if f.info["category"] == "euphemism"]


# 7. Short and ALL-CAPS headlines get their language ----------------------------------------------------------
@pytest.mark.parametrize("text,language", [
    ("MAN CHARGED AFTER SHOP FIRE", "en"),
    ("PIÉTON RENVERSÉ À NANTES", "fr"),
    ("Two hurt in crash", "en"),
    ("Trois blessés à Lens", "fr"),
    ("STORM WARNING FOR WALES", "en"),
    ("GRÈVE DES TRAINS", "fr"),
])
def test_short_and_all_caps_headlines(text: str, language: str) -> None:
    assert resolve_language([text]) == language


def test_all_caps_headline_is_analysed(framing_models: None) -> None:
    assert passives("CYCLIST KILLED IN LORRY CRASH", "en")


# 8. Readable output ---------------------------------------------------------------------------------------------
def test_only_in_shows_words_not_stems(framing_models: None) -> None:
    c = compare("Les manifestants ont défilé dans le calme.", "Des casseurs ont dégradé des vitrines.", "fr")
    words = c.only_in["A"] + c.only_in["B"]
    assert "casseur" in words or "casseurs" in words
    for w in words:  # every word shown is a word of the texts or its dictionary form
        assert w[:2].lower() in ("les manifestants ont défilé dans le calme des casseurs ont dégradé des vitrines"), w


def test_every_finding_kind_has_an_explanation_and_a_question() -> None:
    from studio.framing import explain
    from studio.i18n import set_language

    for language in ("en", "fr"):
        set_language(language)
        for g in explain.GUIDES:
            d = explain.guide(g.key)
            assert d["name"] and d["explanation"] and d["question"].rstrip().endswith("?") or d["question"].endswith(".")
        assert len(explain.glossary()) >= 3
    set_language("fr")
    assert explain.passive_question("tué") == "Tué par qui\u00a0? Le texte ne le dit pas."
    set_language("en")


def test_no_meaningless_human_interest_cue(framing_models: None) -> None:
    t = analyse("Thomas, 16 ans, a été blessé samedi soir.", "fr")
    assert "ans" not in t.frames.get("human_interest", [])


def test_json_keeps_the_contract_and_adds_the_guide(framing_models: None) -> None:
    data = compare("Un manifestant blessé, deux policiers mis en cause.",
                   "Deux policiers ont blessé un manifestant, selon la Ligue des droits de l'homme.", "fr").to_dict()
    assert {"language", "texts", "only_in"} <= set(data)  # the contract's keys stay
    assert {"guide", "glossary", "only_in_lemmas"} <= set(data)
    assert set(data["guide"]) >= {"passives", "event_nouns", "sources", "anonymous", "loaded", "euphemisms"}
    a, b = data["texts"]
    for t in (a, b):
        assert {"agentless_passives", "attributions", "loaded_terms", "conditionals", "hedges", "hidden_agents",
                "euphemisms"} <= set(t)
    assert a["agentless_passives"] and all(p["question"] for p in a["agentless_passives"])
    assert not b["agentless_passives"] and b["attributions"]


# Classes found when the first held-out pairs were opened (2026-11-30) ------------------------------------
@pytest.mark.parametrize("text", [
    "Inondations dans le Gard : au moins 40 blessés selon les pompiers",         # a count of people, a noun
    "L'ambiance était très tendue devant la mairie jeudi soir.",                 # graded: an adjective
    "Une porte-parole ajoute auprès de l'AFP que le bilan reste provisoire.",    # « ajoute »: not a participle
    "Les trois randonneurs signalés n'ont pas encore répondu aux appels.",       # « n' » goes with « ont »
])
def test_adjectives_and_nouns_are_not_agentless_passives(framing_models: None, text: str) -> None:
    found = passives(text, "fr")
    assert not any(w in " ".join(found) for w in ("blessés", "tendue", "ajoute", "signalés")), found


def test_participles_after_ete_in_u_and_is_forms(framing_models: None) -> None:
    assert any("secourus" in w for w in passives("Douze marins ont été secourus au large de Brest.", "fr"))
    assert any("détenus" in w for w in passives("Les deux suspects ont été détenus pendant trois jours.", "fr"))


def test_headline_segments_have_their_own_verb(framing_models: None) -> None:
    found = passives("Lyon : voitures incendiées, vitrines brisées… ce que l'on sait de la nuit", "fr")
    assert any("incendiées" in w for w in found), found


def test_quotes_between_par_and_a_thing_leave_the_agent_hidden(framing_models: None) -> None:
    t = analyse("Un manifestant a été blessé par « des éclats d'une grenade » selon ses proches.", "fr")
    assert any("blessé" in f.words for f in t.agentless_passives)
    assert not t.passives_with_agent


@pytest.mark.parametrize("text,language", [
    ("Tempête dans le Finistère : un mort et trois blessés graves", "fr"),
    ("Le bilan est de 9 morts dans la vallée.", "fr"),
    ("La mort de Lina, renversée par un chauffard, bouleverse le quartier.", "fr"),
    ("A teacher was stabbed in Leeds on Friday. Colleagues said his death had shocked the school.", "en"),
])
def test_event_nouns_that_do_not_hide_an_agent(framing_models: None, text: str, language: str) -> None:
    assert not [f.words for f in analyse(text, language).nominalisations if "mort" in f.words.lower()
                or "death" in f.words.lower()]


def test_a_headline_death_still_hides_the_agent(framing_models: None) -> None:
    assert any("death" in f.words.lower() for f in analyse("Death of a cyclist on the A40", "en").nominalisations)
    assert any("mort" in f.words.lower() for f in analyse("Mort d'un cycliste sur la rocade", "fr").nominalisations)


def test_who_heard_it_is_not_a_source(framing_models: None) -> None:
    t = analyse("Un témoin raconte auprès de Ouest-France : « Tout a pris feu en une minute ».", "fr")
    assert not any("Ouest-France" in a.info["source"] for a in t.attributions)


def test_news_gathered_from_someone_names_the_source(framing_models: None) -> None:
    t = analyse("Un suspect a été interpellé, a appris l'AFP auprès du parquet de Lyon.", "fr")
    assert any("parquet" in a.info["source"] for a in t.attributions)


def test_continue_to_is_not_speech(framing_models: None) -> None:
    t = analyse("The agency warns that river levels will continue to rise until Sunday.", "en")
    assert not any("levels" in a.info["source"] for a in t.attributions)


def test_technical_terms_are_not_loaded(framing_models: None) -> None:
    t = analyse("Le parquet a ouvert une enquête pour disparition inquiétante après la soirée.", "fr")
    assert not [f.words for f in t.loaded_terms]
    t = analyse("Hospitals declared a major incident after the train crash.", "en")
    assert not [f.words for f in t.loaded_terms if "incident" in f.words.lower()]


def test_single_quoted_headline_words_are_quotations(framing_models: None) -> None:
    t = analyse("Police call crash on the M6 a 'tragic incident'", "en")
    assert t.loaded_terms and all(f.info.get("quoted") for f in t.loaded_terms)


# Third round (2026-12-01) ------------------------------------------------------------------------------------
def own(found: list) -> list[str]:
    """The words of the findings that are the outlet's, not a source's words in quotation marks."""
    return [f.words.lower() for f in found if not f.info.get("quoted")]


def test_passives_and_hedges_in_quotation_marks_are_the_sources_words(framing_models: None) -> None:
    t = analyse("« Le pont est fermé et la route est probablement coupée », a déclaré le maire de Vienne.", "fr")
    assert t.agentless_passives and all(f.info.get("quoted") for f in t.agentless_passives)
    assert own(t.hedges) == []
    t = analyse('The fire chief said: "The building was evacuated and the blaze is likely to spread."', "en")
    assert t.agentless_passives and own(t.agentless_passives) == []
    assert own(t.hedges) == []
    t = analyse("The warehouse was evacuated on Tuesday, probably for the second time this year.", "en")
    assert own(t.agentless_passives) == ["was evacuated"] and own(t.hedges) == ["probably"]


@pytest.mark.parametrize("text,language", [
    ("Un rassemblement a eu lieu place de la Croix-Rousse à Lyon.", "fr"),
    ("Les pompiers des Alpes-Maritimes et de Seine-Saint-Denis ont été appelés en renfort.", "fr"),
    ("Près de 300 personnes ont défilé dans le Val-de-Marne et les Hauts-de-Seine.", "fr"),
    ("Demonstrators gathered in Stoke-on-Trent and Wilkes-Barre.", "en"),
])
def test_words_of_hyphenated_names_are_neither_participles_nor_figures(framing_models: None, text: str,
                                                                      language: str) -> None:
    t = analyse(text, language)
    names = ("croix", "rousse", "maritimes", "saint", "denis", "marne", "seine", "stoke", "trent", "wilkes", "barre")
    assert not any(n in f.words.lower() for f in t.agentless_passives + t.passives_with_agent for n in names)
    assert [n.info["value"] for n in t.numbers if n.info.get("kind") not in ("year", "date", "time")] in ([], ["300"])


@pytest.mark.parametrize("text", [
    "A fishing trawler with six crew on board capsized off the coast of Cornwall on Sunday.",
    "Hundreds of fans, some of them masked, clashed with stewards outside the ground.",
    "A lorry carrying livestock crashed on the M4, and two sheep escaped.",
])
def test_english_verbs_without_object_are_not_reduced_passives(framing_models: None, text: str) -> None:
    assert passives(text, "en") == []


def test_a_headline_passive_of_a_transitive_verb_is_still_found(framing_models: None) -> None:
    found = passives("Trawler crew rescued off Cornwall after boat capsized", "en")
    assert len(found) == 1 and found[0].startswith("rescued")


@pytest.mark.parametrize("text,language", [
    ("Four men were arrested for burglary and assault after the raid on the warehouse.", "en"),
    ("Police listed offences including criminal damage, assault and theft.", "en"),
    ("Un homme de 30 ans a été mis en examen pour violences aggravées.", "fr"),
    ("Two teenagers, both shooting suspects, appeared in court on Monday.", "en"),
])
def test_offences_and_described_nouns_do_not_hide_an_agent(framing_models: None, text: str,
                                                           language: str) -> None:
    found = [f.words.lower() for f in analyse(text, language).nominalisations]
    assert not any(w in " ".join(found) for w in ("assault", "burglary", "violences", "shooting", "damage"))


def test_charged_over_a_death_still_hides_who_killed(framing_models: None) -> None:
    t = analyse("Two guards will face charges for the death of a prisoner in the cells.", "en")
    assert any("death" in f.words.lower() for f in t.nominalisations)


def sources_of(text: str, language: str) -> list[tuple[str, str]]:
    return [(a.info["source"], a.info["source_kind"]) for a in analyse(text, language).attributions]


@pytest.mark.parametrize("text,language,word,kind", [
    ("The attack on the embassy was cowardly, the Foreign Secretary said.", "en", "Secretary", "official"),
    ("Six sailors were winched to safety, the Irish coastguard said.", "en", "coastguard", "official"),
    ("The fire started in a kitchen, an LAPD news release said.", "en", "LAPD", "police"),
    ("A caller told the radio station that the bridge had collapsed.", "en", "caller", "witness"),
    ("According to reports, the mayor will resign on Friday.", "en", "reports", "anonymous"),
    # (an inquiry no one is named for is anonymous, as the corpus gold has it: fr121, fr149)
    ("Selon les premiers éléments de l'enquête, le feu serait parti d'un radiateur.", "fr", "enquête", "anonymous"),
    ("Selon les enquêteurs de la gendarmerie, le feu serait parti d'un radiateur.", "fr", "gendarmerie", "police"),
    ("Le garde des Sceaux a annoncé une inspection de la prison de Fresnes.", "fr", "garde", "official"),
])
def test_kinds_of_sources_from_office_and_role_words(framing_models: None, text: str, language: str, word: str,
                                                    kind: str) -> None:
    found = sources_of(text, language)
    assert any(word.lower() in s.lower() and k == kind for s, k in found), found


def test_an_abbreviated_title_does_not_cut_the_speaker(framing_models: None) -> None:
    found = sources_of("The driver was not hurt, said county spokesman Lt. Mark Reyes.", "en")
    assert any("Reyes" in s for s, _k in found), found
    t = analyse("Le bâtiment sera rasé, selon M. Durand. Les travaux commencent lundi.", "fr")
    assert len(t.sentences) == 2


@pytest.mark.parametrize("text,language", [
    ("A 999 caller said smoke was pouring from the roof of the school.", "en"),
    ("Officers were sent to the 1200 block of Elm Street after the alarm.", "en"),
    ("A few hundred people marched through the town centre.", "en"),
    ("L'incendie s'est déclaré au 14 rue des Lilas.", "fr"),
])
def test_numbers_that_name_or_stay_vague_are_not_figures(framing_models: None, text: str, language: str) -> None:
    t = analyse(text, language)
    assert [n.words for n in t.numbers if n.info["kind"] not in ("year", "date", "time")] == []


def test_a_year_after_since_is_not_a_figure(framing_models: None) -> None:
    t = analyse("La Seine n'avait pas atteint ce niveau depuis 1658, selon les archives.", "fr")
    assert [n.info["kind"] for n in t.numbers] == ["year"]
    t = analyse("The river has not been this high since 1795, historians say.", "en")
    assert [n.info["kind"] for n in t.numbers] == ["year"]


@pytest.mark.parametrize("text,language,word", [
    ("L'agresseur présumé a été placé en garde à vue à Nancy.", "fr", "présumé"),
    ("Le supposé cerveau du trafic a été interpellé à la frontière.", "fr", "supposé"),
    ("The alleged gunman was detained at a petrol station.", "en", "alleged"),
])
def test_presumption_words_are_the_conditional_not_hedges(framing_models: None, text: str, language: str,
                                                          word: str) -> None:
    t = analyse(text, language)
    assert any(word in f.words.lower() for f in t.conditionals)
    assert not any(word in f.words.lower() for f in t.hedges)


def test_deadly_qualifying_an_event_is_not_a_crime_label(framing_models: None) -> None:
    t = analyse("Des orages meurtriers ont frappé le Var dans la nuit.", "fr")
    assert not [f.words for f in t.loaded_terms if f.info["category"] == "crime"]
    t = analyse("Le meurtrier a été arrêté trois jours plus tard.", "fr")
    assert [f.words.lower() for f in t.loaded_terms if f.info["category"] == "crime"] == ["meurtrier"]


@pytest.mark.parametrize("text,language,word", [
    ("Le village a été ravagé par un violent orage de grêle.".replace("orage de grêle", "séisme"), "fr", "ravagé"),
    ("La digue a été emportée par la crue du Rhône.", "fr", "emportée"),
    ("Dozens of caravans were destroyed by flooding near the coast.", "en", "destroyed"),
    ("The roof was torn off by the storm overnight.", "en", "torn"),
])
def test_forces_of_nature_after_par_or_by_are_the_named_cause(framing_models: None, text: str, language: str,
                                                              word: str) -> None:
    assert any(word in w for w, _a in with_agent(text, language))
    assert not any(word in w for w in passives(text, language))


def test_a_thrown_object_still_hides_the_thrower(framing_models: None) -> None:
    assert any("blessé" in w for w in passives("Un pompier a été blessé par un jet de pierre à Rouen.", "fr"))
    assert any("injured" in w for w in passives("A steward was injured by a thrown bottle.", "en"))


@pytest.mark.parametrize("text,language,word", [
    ("Night of unrest in the suburbs: cars burnt near the station", "en", "unrest"),
    ("Shops were boarded up after a night of disorder in the town centre.", "en", "disorder"),
    ("The van overturned at the end of a pursuit through the ring road.", "en", "pursuit"),
    ("Des heurts ont éclaté lors de la dispersion du rassemblement place de la République.", "fr", "dispersion"),
])
def test_nouns_of_unrest_and_police_operations_hide_who_acts(framing_models: None, text: str, language: str,
                                                             word: str) -> None:
    assert any(word in f.words.lower() for f in analyse(text, language).nominalisations)


@pytest.mark.parametrize("text,term", [
    ("A few thousand people lined the route of the parade.", "a few thousand"),
    ("More than a dozen cars were damaged in the car park.", "more than a dozen"),
    ("Several hundred residents signed the petition against the mast.", "several hundred"),
])
def test_vague_magnitudes_are_approximations(framing_models: None, text: str, term: str) -> None:
    assert term in [f.words.lower() for f in analyse(text, "en").hedges]


def test_activist_is_a_neutral_word(framing_models: None) -> None:
    t = analyse("Climate activists blocked the entrance of the refinery for two hours.", "en")
    assert not [f.words for f in t.loaded_terms if "activist" in f.words.lower()]


# Fourth round -------------------------------------------------------------------------------------------------
def figures(text: str, language: str) -> list[str]:
    return [str(n.info["value"]) for n in analyse(text, language).numbers
            if n.info.get("kind") not in ("year", "date", "time")]


@pytest.mark.parametrize("text,language,figure,not_figures", [
    ("FO (2e syndicat de la ville) et la CGT (1re) appellent 300 agents à la grève.", "fr", "300", ["2", "1"]),
    ("She finished 3rd in the race and 22nd overall, among 150 runners.", "en", "150", ["3", "22"]),
])
def test_ranks_are_not_figures(framing_models: None, text: str, language: str, figure: str,
                               not_figures: list[str]) -> None:
    found = figures(text, language)
    assert figure in found and not set(not_figures) & set(found)


@pytest.mark.parametrize("text,language,figure,not_figures", [
    ("Lyon s'est imposé à Nantes (4-1) devant 30 000 spectateurs.", "fr", "30000", ["4", "1"]),
    ("Leeds won 2-1 at home, and 12 fans were ejected.", "en", "12", ["2", "1"]),
])
def test_football_scores_are_not_figures(framing_models: None, text: str, language: str, figure: str,
                                         not_figures: list[str]) -> None:
    found = figures(text, language)
    assert figure in found and not set(not_figures) & set(found)


@pytest.mark.parametrize("text,language,figure,not_figures", [
    ("Un camion s'est renversé sur la route départementale 938, faisant 2 blessés.", "fr", "2", ["938"]),
    ("Les sorties 12 et 13 de l'A7 sont fermées après la chute de 40 arbres.", "fr", "40", ["12", "13"]),
    ("Traffic was stopped on Interstate 80 after 6 cars collided.", "en", "6", ["80"]),
])
def test_road_exit_and_line_numbers_are_names_not_figures(framing_models: None, text: str, language: str,
                                                          figure: str, not_figures: list[str]) -> None:
    found = figures(text, language)
    assert figure in found and not set(not_figures) & set(found)


def test_an_am_pm_time_is_not_a_figure(framing_models: None) -> None:
    assert figures("The doors opened at 6.45pm and 900 people queued outside.", "en") == ["900"]


@pytest.mark.parametrize("text,figure", [
    ("Trente-deux personnes ont été évacuées de l'immeuble.", "32"),
    ("Neuf élèves étaient absents ce matin.", "9"),
])
def test_a_spelled_out_number_opening_a_sentence_is_a_figure(framing_models: None, text: str, figure: str) -> None:
    assert figure in figures(text, "fr")


def kinds(text: str, language: str) -> list[tuple[str, str]]:
    return [(a.info["source"], a.info["source_kind"]) for a in analyse(text, language).attributions]


@pytest.mark.parametrize("text,language,not_kind", [
    ("\"We expect a full stadium,\" said the chief executive of the rugby union, Ann Black.", "en", "police"),
    ("\"It is a sad day for the staff,\" said the shopworkers' union regional officer Dan Reed.", "en", "police"),
    ("\"The fire spread fast,\" said the county fire commissioner, Tom Hale.", "en", "police"),
])
def test_chief_and_officer_do_not_make_anyone_the_police(framing_models: None, text: str, language: str,
                                                         not_kind: str) -> None:
    found = kinds(text, language)
    assert found and all(k != not_kind for _, k in found)


def test_a_police_chief_is_still_the_police(framing_models: None) -> None:
    assert [k for _, k in kinds("\"Two men were detained,\" the police chief said on Sunday.", "en")] == ["police"]


@pytest.mark.parametrize("text,language,name", [
    ("\"We will reopen the site in May,\" General Motors said on Monday.", "en", "General Motors"),
    ("« Le trafic reprendra lundi », a indiqué la SNCF dans un communiqué.", "fr", "SNCF"),
])
def test_a_company_speaking_for_itself_is_an_official_source(framing_models: None, text: str, language: str,
                                                             name: str) -> None:
    assert any(name in s and k == "official" for s, k in kinds(text, language))


@pytest.mark.parametrize("text,speaker", [
    ("« Les chiffres sont mauvais », a reconnu le ministre du Travail, Paul Martin, jeudi.", "Paul Martin"),
    ("« La situation reste fragile », a estimé la présidente de la région, Anne Roux.", "Anne Roux"),
])
def test_a_verb_first_incise_keeps_the_name_after_the_title(framing_models: None, text: str, speaker: str) -> None:
    found = kinds(text, "fr")
    assert any(speaker in s for s, _ in found)
    assert not any(s.startswith(("Les chiffres", "La situation")) for s, _ in found)


@pytest.mark.parametrize("text,speaker,not_speaker", [
    ("Ce printemps s'annonce sec avec le retour d'un anticyclone durable sur le pays, rappelait dimanche Paul "
     "Girard, responsable des prévisions.", "Paul Girard", "printemps"),
    ("La campagne de vaccination commence tôt avec un nouveau vaccin contre la grippe, soulignait vendredi Anne "
     "Petit, médecin à Lille.", "Anne Petit", "campagne"),
])
def test_a_late_incise_names_its_speaker_after_the_verb(framing_models: None, text: str, speaker: str,
                                                        not_speaker: str) -> None:
    found = kinds(text, "fr")
    assert any(speaker in s for s, _ in found) and not any(not_speaker in s for s, _ in found)


def events(text: str, language: str) -> list[str]:
    return [f.words.lower() for f in analyse(text, language).nominalisations]


@pytest.mark.parametrize("text,language,word", [
    ("Le groupe Danone a annoncé la fermeture de son usine de Lorient d'ici juin.", "fr", "fermeture"),
    ("Unilever announced the closure of its Leeds plant and 300 job cuts on Tuesday.", "en", "closure"),
])
def test_a_decision_of_a_named_organisation_hides_no_one(framing_models: None, text: str, language: str,
                                                         word: str) -> None:
    assert not any(word in w for w in events(text, language))


def test_a_closure_without_its_decider_still_hides_who_acts(framing_models: None) -> None:
    assert any("fermeture" in w for w in events("La fermeture de la maternité inquiète les habitants.", "fr"))


@pytest.mark.parametrize("text,language,word", [
    ("A freight train derailed near Leeds; the accident blocked the line for a day.", "en", "accident"),
    ("La tempête a fait tomber un arbre sur la voie, et l'accident a coupé la ligne.", "fr", "accident"),
])
def test_a_mishap_of_a_derailment_or_a_storm_hides_no_one(framing_models: None, text: str, language: str,
                                                          word: str) -> None:
    assert not any(word in w for w in events(text, language))


def test_a_road_accident_still_hides_who_drove(framing_models: None) -> None:
    assert any("accident" in w for w in events("Un accident entre une voiture et un scooter a fait un blessé.", "fr"))


def test_an_agent_further_in_the_noun_phrase_is_named(framing_models: None) -> None:
    text = "L'expulsion d'une famille du quartier par les gendarmes a eu lieu mardi."
    assert not any("expulsion" in w for w in events(text, "fr"))


def euphemisms(text: str, language: str) -> list[str]:
    return [f.words.lower() for f in analyse(text, language).loaded_terms if f.info.get("category") == "euphemism"]


def loaded(text: str, language: str) -> list[str]:
    return [f.words.lower() for f in analyse(text, language).loaded_terms]


@pytest.mark.parametrize("text,term", [
    ("Commuter misery as crippling strike shuts the Tube", "misery"),
    ("Retailer to axe 2,000 jobs as stores close", "axe"),
    ("Minister faces a barrage of criticism over the delays", "barrage"),
    ("Hundreds of fans storm the stadium before kick-off", "storm"),
    ("Scorching heat grips the south as hospitals struggle", "scorching"),
])
def test_tabloid_words_dramatise(framing_models: None, text: str, term: str) -> None:
    assert any(term in w for w in loaded(text, "en"))


@pytest.mark.parametrize("text,term", [
    ("The storm brought down power lines across the county.", "storm"),
    ("He used an axe to clear the fallen branches.", "axe"),
    ("Engineers inspected the barrage on the river after the rain.", "barrage"),
])
def test_tabloid_words_in_their_plain_sense_are_not_loaded(framing_models: None, text: str, term: str) -> None:
    assert not any(term in w for w in loaded(text, "en"))


def test_french_dramatising_words_in_their_sense(framing_models: None) -> None:
    assert any("électrique" in w for w in loaded("L'ambiance était électrique dans les tribunes du stade.", "fr"))
    assert not any("électrique" in w for w in loaded("La ville a acheté dix bus électriques.", "fr"))
    assert any("carreau" in w for w in loaded("L'usine ferme : 300 salariés sur le carreau.", "fr"))


def test_an_influx_of_someone_else_than_migrants_is_not_a_migration_metaphor(framing_models: None) -> None:
    assert not loaded("Les pharmacies font face à un afflux de clients avant les fêtes.", "fr")
    assert any("afflux" in w for w in loaded("La préfecture redoute un afflux de migrants à la frontière.", "fr"))


def test_until_a_time_is_not_an_approximation(framing_models: None) -> None:
    t = analyse("La grève durera jusqu'à 8h jeudi ; jusqu'à 300 trains seront supprimés.", "fr")
    assert [f.words.lower() for f in t.hedges] == ["jusqu'à"]


def test_a_possibility_a_source_voices_is_not_the_outlets_conditional(framing_models: None) -> None:
    said = analyse("Engineers said a cracked rail may have caused the derailment.", "en")
    assert not said.conditionals
    unsaid = analyse("A cracked rail may have caused the derailment.", "en")
    # a possibility in the outlet's voice is not the journalistic conditional either (round 10, like « pourrait »)
    assert not unsaid.conditionals


@pytest.mark.parametrize("text,language,speaker,kind", [
    ("Le préfet du Var Marc Lenoir est arrivé sur place. « Tout est sous contrôle », a assuré Marc Lenoir.",
     "fr", "Marc Lenoir", "official"),
    ("The Cardiff council leader Huw Rees visited the site. \"We will rebuild,\" Rees said.", "en", "Rees",
     "official"),
])
def test_a_role_told_once_holds_for_every_mention(framing_models: None, text: str, language: str, speaker: str,
                                                  kind: str) -> None:
    assert (speaker, kind) in kinds(text, language)


@pytest.mark.parametrize("text", [
    "Mr Patel is to cut 300 jobs in a plan that includes store closures.",
    "Morrison's is to cut 300 jobs in a plan that includes store closures.",
])
def test_a_decider_named_as_subject_hides_no_one(framing_models: None, text: str) -> None:
    assert not any("closures" in w for w in events(text, "en"))
    assert any("closures" in w for w in events("Staff fear a plan that includes store closures.", "en"))


@pytest.mark.parametrize("text,language,source", [
    ("Selon un bilan communiqué dimanche par la préfecture, 12 personnes ont été blessées.", "fr", "préfecture"),
    ("According to figures released on Monday by the health ministry, 40 people died.", "en", "ministry"),
])
def test_the_author_of_a_document_is_the_source(framing_models: None, text: str, language: str,
                                                source: str) -> None:
    found = kinds(text, language)
    assert any(source in s and k == "official" for s, k in found)
    assert not any(s.lower().endswith(("bilan", "figures")) for s, _ in found)


# Round 5: passives and hidden agents ------------------------------------------------------------------------
# Conventions 1, 2, 6 and 7 of the round (tests/data/framing-real/README.md), on sentences written for them.
def conditionals(text: str, language: str) -> list[str]:
    return [f.words.lower() for f in analyse(text, language).conditionals]


def all_passives(text: str, language: str) -> list[str]:
    t = analyse(text, language)
    return [f.words.lower() for f in t.agentless_passives + t.passives_with_agent]


@pytest.mark.parametrize("text,expected", [
    ("The gunman is believed to have fled towards the border.", "is believed to"),
    ("The two climbers are thought to have fallen on the north face.", "are thought to"),
    ("The ship is presumed to have sunk with all hands.", "is presumed to"),
    ("A nurse, understood to be in her fifties, was taken to hospital.", "understood to be"),
    ("Six sailors were rescued, with two others still believed to be missing.", "believed to be"),
    ("THE GUNMAN IS SAID TO HAVE FLED ON FOOT", "is said to"),
])
def test_hearsay_passives_are_the_conditional_not_passives(framing_models: None, text: str, expected: str) -> None:
    assert any(expected in c for c in conditionals(text, "en")), conditionals(text, "en")
    assert not any(v in p for p in all_passives(text, "en") for v in ("believed", "thought", "presumed",
                                                                       "understood", "said"))


@pytest.mark.parametrize("text", [
    "Firefighters said the man was believed to be trapped on the third floor.",  # the source's belief
    "The mayor claimed to be unaware of the report.",  # a subject of its own: active
])
def test_hearsay_said_by_a_source_or_with_a_subject_is_no_conditional(framing_models: None, text: str) -> None:
    assert conditionals(text, "en") == []
    assert not any("believed" in p for p in all_passives(text, "en"))


@pytest.mark.parametrize("text,language", [
    ("Le fourgon, lancé à toute allure, a fini sa course dans un fossé.", "fr"),
    ("The van, driven at high speed, ended up in a ditch.", "en"),
    ("Plus de 1200 hectares brûlés dans le Var depuis dimanche", "fr"),
    ("Nearly 3,000 acres burnt in Oregon as winds pick up", "en"),
    ("La saison des orages n'est pas encore terminée dans le Sud-Ouest.", "fr"),
    ("L'incendie est maîtrisé mais il n'est pas éteint.", "fr"),
    ("The blaze is still not completely extinguished, the fire service said.", "en"),
    ("Les départs en vacances s'étalent sur tout le week-end.", "fr"),
    ("Les urgences du CHU sont saturées depuis lundi.", "fr"),
    ("Neighbours said they were stunned and saddened by the news.", "en"),
    ("Les riverains se disent choqués et bouleversés.", "fr"),
])
def test_participles_of_manner_extent_state_or_feeling_are_not_passives(framing_models: None, text: str,
                                                                        language: str) -> None:
    assert all_passives(text, language) == []


@pytest.mark.parametrize("text,language,word", [
    ("L'incendie a été éteint vers 4 heures du matin.", "fr", "éteint"),
    ("The fire was extinguished shortly before dawn.", "en", "extinguished"),
    ("Un cycliste renversé par un camion à Nancy", "fr", "renversé"),
    ("Four people injured in the collision were taken to hospital.", "en", "injured"),
])
def test_participles_that_tell_an_act_stay_passives(framing_models: None, text: str, language: str,
                                                    word: str) -> None:
    assert any(word in p for p in all_passives(text, language))


@pytest.mark.parametrize("text,language,word", [
    ("Un incendie d'origine criminelle a détruit un gymnase à Metz.", "fr", "incendie"),
    ("Gymnase détruit à Metz : la piste d'un incendie volontaire privilégiée", "fr", "incendie"),
    ("Detectives are treating the blaze at the sports hall as arson.", "en", "blaze"),
    ("Police believe the fire at the sports hall was started deliberately.", "en", "fire"),
])
def test_a_fire_someone_set_hides_who_set_it(framing_models: None, text: str, language: str, word: str) -> None:
    assert any(word in w for w in events(text, language))


@pytest.mark.parametrize("text,language", [
    ("Un incendie a détruit un gymnase à Metz dans la nuit.", "fr"),
    ("Un violent incendie ravage un entrepôt, les pompiers mobilisés toute la nuit", "fr"),
    ("Une explosion de gaz a soufflé deux maisons à Lens.", "fr"),
    ("A fire destroyed a sports hall in Hull overnight.", "en"),
    ("Police said the fire at the sports hall was not being treated as suspicious.", "en"),
    ("Gymnase détruit à Metz : la piste criminelle écartée", "fr"),
])
def test_a_fire_no_one_is_said_to_have_set_hides_no_one(framing_models: None, text: str, language: str) -> None:
    assert not any(w in e for e in events(text, language) for w in ("incendie", "fire", "explosion", "blaze"))


def test_a_fire_after_par_or_by_is_the_cause_the_text_names(framing_models: None) -> None:
    assert any("détruit" in w for w, _a in with_agent("Un hangar détruit par les flammes près de Blois", "fr"))
    assert any("destroyed" in w for w, _a in with_agent("A barn destroyed by fire near Exeter", "en"))
    set_on_purpose = "Un hangar détruit par les flammes près de Blois, un incendie criminel selon les gendarmes"
    assert any("détruit" in p for p in passives(set_on_purpose, "fr"))


@pytest.mark.parametrize("text,language", [
    ("Un drame s'est produit samedi sur la plage de Royan.", "fr"),
    ("Drame à Royan : un nageur emporté par les vagues", "fr"),
    ("La hausse des loyers pèse sur les étudiants.", "fr"),
    ("A rise in rents is squeezing students.", "en"),
    ("Les commerçants demandent le report de la braderie.", "fr"),
    ("Residents demand the postponement of the vote.", "en"),
])
def test_drama_rises_and_what_is_asked_for_are_not_event_nouns(framing_models: None, text: str,
                                                               language: str) -> None:
    assert events(text, language) == []


@pytest.mark.parametrize("text,language", [
    ("La télécabine a chuté après la rupture d'un câble ; l'accident a fait six blessés.", "fr"),
    ("Le car a quitté la route après une défaillance des freins ; l'accident a fait un mort.", "fr"),
    ("The lift fell after a cable snapped; the accident left six people hurt.", "en"),
    ("Four deaths were confirmed after the fishing boat capsized off Cornwall.", "en"),
])
def test_a_mishap_from_a_broken_part_or_a_shipwreck_hides_no_one(framing_models: None, text: str,
                                                                 language: str) -> None:
    assert not any(w in e for e in events(text, language) for w in ("accident", "death"))


def test_a_decision_the_passive_attributes_hides_no_one(framing_models: None) -> None:
    assert not any("fermeture" in w for w in events("La fermeture du pont a été décidée par le préfet.", "fr"))
    assert any("fermeture" in w for w in events("La fermeture du pont a été décidée mardi.", "fr"))


@pytest.mark.parametrize("text,language,word", [
    ("Les communes touchées par les coupures d'eau seront aidées.", "fr", "touchées"),
    ("Travellers affected by the walkout were offered refunds.", "en", "affected"),
    ("Les colis sont acheminés par camion.", "fr", "acheminés"),
])
def test_an_act_or_a_means_after_par_or_by_hides_the_doer(framing_models: None, text: str, language: str,
                                                          word: str) -> None:
    assert any(word in p for p in passives(text, language)), passives(text, language)
    assert not any(word in w for w, _a in with_agent(text, language))


@pytest.mark.parametrize("text,language,words", [
    ("Le suspect a été interpellé puis déféré au parquet.", "fr", ["interpellé", "déféré"]),
    ("Blessée à la jambe, la cycliste est transportée à Nantes, puis opérée.", "fr", ["transportée", "opérée"]),
    ("Three men were arrested and charged with burglary.", "en", ["arrested", "charged"]),
])
def test_coordinated_participles_share_their_auxiliary(framing_models: None, text: str, language: str,
                                                        words: list[str]) -> None:
    found = all_passives(text, language)
    assert all(any(w in p for p in found) for w in words), found


def test_one_act_told_with_two_verbs_and_one_agent_counts_once(framing_models: None) -> None:
    found = with_agent("A boy was shot and wounded by a security guard.", "en")
    assert len(found) == 1 and "guard" in found[0][1]


@pytest.mark.parametrize("text,language,summoned", [
    ("Les pompiers ont été appelés pour un feu de poubelle.", "fr", True),
    ("Paramedics were called to the station at 6am.", "en", True),
    ("Le quartier appelé la Cité des Fleurs sera rénové.", "fr", False),
    ("A man called Tom Reed has been elected mayor.", "en", False),
])
def test_naming_verbs_used_for_summoning_are_passives(framing_models: None, text: str, language: str,
                                                      summoned: bool) -> None:
    assert any(w in p for p in passives(text, language) for w in ("appel", "called")) == summoned


@pytest.mark.parametrize("text,language", [
    ("Un carambolage fait trois blessés sur l'A7", "fr"),
    ("Le mouvement s'est, depuis mardi, étendu à toute la région.", "fr"),
    ("12 Dead, 40 Injured As Storm Hits Coast", "en"),
    ("7 MORTS, 20 BLESSÉS DANS UN CARAMBOLAGE", "fr"),
])
def test_actives_pronominals_and_tolls_are_not_passives(framing_models: None, text: str, language: str) -> None:
    assert all_passives(text, language) == []


@pytest.mark.parametrize("text,language,word", [
    ("Three injured in crash on the M6", "en", "injured"),
    ("THREE INJURED IN CRASH ON THE M6", "en", "injured"),
    ("TROIS BLESSÉS GRAVES : UN CHAUFFARD INTERPELLÉ À LILLE", "fr", "interpellé"),
    ("La saison 2024-2025 marquée par des intempéries records", "fr", "marquée"),
])
def test_headline_passives_after_a_count_or_in_capitals(framing_models: None, text: str, language: str,
                                                        word: str) -> None:
    assert any(word in p for p in all_passives(text, language)), all_passives(text, language)


@pytest.mark.parametrize("text,language", [
    ("Mort de la chanteuse Ana Prado, emportée par une longue maladie", "fr"),
    ("The death of the novelist, who had cancer, was announced by his publisher.", "en"),
])
def test_a_death_from_illness_hides_no_one(framing_models: None, text: str, language: str) -> None:
    assert not any(w in e for e in events(text, language) for w in ("mort", "death"))
    assert any("mort" in e for e in events("Mort d'un lycéen lors d'une interpellation à Lyon", "fr"))


def test_a_day_before_par_is_no_participle(framing_models: None) -> None:
    found = with_agent("Les résultats publiés lundi par la préfecture sont provisoires.", "fr")
    assert [w for w, _a in found] == ["publiés"]


@pytest.mark.parametrize("text,language,word", [
    ("Bus fares were raised by 8% on Monday.", "en", "raised"),
    ("The repairs must be finished by Friday.", "en", "finished"),
    ("The bridge was reopened by noon.", "en", "reopened"),
])
def test_a_measure_or_a_deadline_after_by_is_no_agent(framing_models: None, text: str, language: str,
                                                      word: str) -> None:
    assert any(word in p for p in passives(text, language)) and not with_agent(text, language)


@pytest.mark.parametrize("text,language,agent", [
    ("The cyclist was knocked down by a 17-year-old driving without a licence.", "en", "year"),
    ("Le fuyard a été rattrapé par trois gendarmes près du port.", "fr", "gendarmes"),
    ("The junction was blocked by fallen trees.", "en", "trees"),
    ("A woman was bitten by an escaped dog in Hull.", "en", "dog"),
])
def test_a_counted_or_described_agent_after_par_or_by_is_still_named(framing_models: None, text: str,
                                                                    language: str, agent: str) -> None:
    assert any(agent in a for _w, a in with_agent(text, language)), with_agent(text, language)


def test_an_illness_or_a_storm_outage_hides_no_one(framing_models: None) -> None:
    storm = "Après le passage de la tempête, les coupures d'électricité touchent 20 000 foyers."
    assert not any("coupure" in e for e in events(storm, "fr"))
    strike = "Les coupures d'électricité se multiplient à Lyon, au troisième jour de grève."
    assert any("coupure" in e for e in events(strike, "fr"))  # cut by strikers: an act (a supply that failed by
    # itself, « les coupures d'électricité se multiplient », is no one's: the gold, 0 of 22 cuts and outages)


@pytest.mark.parametrize("text,language,word", [
    ("Teenager held over the fatal shooting of a police officer in Leeds", "en", "shooting"),
    ("L'interpellation d'un policier en civil fait polémique à Lille.", "fr", "interpellation"),
])
def test_the_complement_of_an_act_noun_is_who_undergoes_it(framing_models: None, text: str, language: str,
                                                           word: str) -> None:
    assert any(word in e for e in events(text, language)), events(text, language)
    assert not any("intervention" in e for e in events("L'intervention de la police a duré une heure.", "fr"))


def test_a_headline_death_of_someone_named_is_an_event_noun(framing_models: None) -> None:
    assert any("mort" in e for e in events("Gironde : mort de Lucas, 19 ans, après une bagarre devant un bar", "fr"))
    assert not any("mort" in e for e in events("Le suspect, mort de peur, s'est rendu.", "fr"))


@pytest.mark.parametrize("text,language,word", [
    ("Des dégradations nocturnes ont été revendiquées par un collectif anonyme.", "fr", "dégradation"),
    ("The demolition of the old pier was ordered by the council.", "en", "demolition"),
])
def test_an_event_noun_whose_passive_names_the_agent_hides_no_one(framing_models: None, text: str, language: str,
                                                                  word: str) -> None:
    assert not any(word in e for e in events(text, language)), events(text, language)
    assert any("pursuit" in e for e in events("A man who died during a police pursuit was named by police.", "en"))


def test_a_later_participle_owns_its_agent(framing_models: None) -> None:
    found = with_agent("Activists detained at the gates released by police", "en")
    assert [w for w, _a in found] == ["released"]
    assert any("detained" in p for p in passives("Activists detained at the gates released by police", "en"))


def test_a_thing_stays_a_thing_when_a_headline_verb_follows_it(framing_models: None) -> None:
    assert any("hit" in p for p in passives("Cyclist hit by lorry dies in hospital", "en"))


@pytest.mark.parametrize("text,language", [
    ("Le litige, lié à un héritage, oppose deux frères.", "fr"),
    ("Le jury, composé de sept lecteurs, a choisi un premier roman.", "fr"),
    ("L'exposition, consacrée aux peintres du Nord, ouvre samedi.", "fr"),
    ("The feud, linked to an inheritance, divides two brothers.", "en"),
    ("The jury, made up of seven readers, chose a first novel.", "en"),
    ("The exhibition, devoted to northern painters, opens on Saturday.", "en"),
])
def test_participles_of_relation_say_what_a_thing_is(framing_models: None, text: str, language: str) -> None:
    assert all_passives(text, language) == []


def test_an_act_with_a_relation_verb_is_still_a_passive(framing_models: None) -> None:
    assert any("linked" in p for p in all_passives("The two cases were linked by detectives last week.", "en"))


@pytest.mark.parametrize("text,language,word,kind", [
    ("Stabbing at Bradford college", "en", "stabbing", "event"),
    ("STABBING AT BRADFORD COLLEGE", "en", "stabbing", "event"),
    ("Concert cancelled", "en", "cancelled", "passive"),
    ("Festival postponed after storm warning", "en", "postponed", "passive"),
])
def test_short_headlines(framing_models: None, text: str, language: str, word: str, kind: str) -> None:
    found = events(text, language) if kind == "event" else passives(text, language)
    assert any(word in w for w in found), found


def test_an_event_end_told_in_the_narrative_present_is_an_act(framing_models: None) -> None:
    assert any("éteint" in p for p in all_passives("Le feu est éteint vers 3 heures par les pompiers.", "fr"))
    assert all_passives("Le feu est éteint, les habitants regagnent leur logement.", "fr") == []


@pytest.mark.parametrize("text,expected", [
    ("A woman said to be in her 60s was rescued from the river.", ["said to be"]),
    ("The firm is alleged to have paid bribes to officials.", ["is alleged to"]),
    ("Organisers said to expect long queues at the gates.", []),  # active: told to expect
])
def test_said_to_is_hearsay_only_without_a_subject_of_its_own(framing_models: None, text: str,
                                                               expected: list[str]) -> None:
    found = conditionals(text, "en")
    assert all(any(e in c for c in found) for e in expected) and (expected or not found), found


# Round 5: sources, loaded terms, hedges, figures ------------------------------------------------------------
def own_hedges(text: str, language: str) -> list[str]:
    return [f.words.lower() for f in analyse(text, language).hedges if not f.info.get("quoted")]


@pytest.mark.parametrize("text,language,hedge", [
    ("Plusieurs écoles resteront fermées lundi à Vierzon.", "fr", "plusieurs"),
    ("De nombreux riverains ont passé la nuit au gymnase.", "fr", "nombreux"),
    ("Le bus est reparti quelques minutes plus tard.", "fr", "quelques"),
    ("La plupart des commerces ont rouvert mardi.", "fr", "la plupart"),
    ("Des dizaines de voitures ont été bloquées sur la rocade.", "fr", "des dizaines"),
    ("Several schools will stay closed on Monday in Swindon.", "en", "several"),
    ("Many tenants spent the night in the sports hall.", "en", "many"),
    ("Dozens of cars were stuck on the ring road.", "en", "dozens"),
    ("Hundreds evacuated as the river bursts its banks", "en", "hundreds"),
    ("Most of the shops reopened on Tuesday.", "en", "most"),
    ("A large number of passengers were checked by paramedics.", "en", "a large number of"),
])
def test_vague_quantities_are_hedges(framing_models: None, text: str, language: str, hedge: str) -> None:
    assert any(hedge in h for h in own_hedges(text, language))


@pytest.mark.parametrize("text,language", [
    ("Une famille nombreuse a été relogée par la mairie.", "fr"),
    ("C'est l'incendie le plus grave depuis dix ans.", "fr"),
    ("It was the most serious flood the town has seen.", "en"),
    ("The union vowed to save as many jobs as possible.", "en"),
    ("The mayor said the road would reopen when possible.", "en"),
    ("Les pompiers interviendront lorsque cela sera possible.", "fr"),
])
def test_words_of_size_or_comparison_are_not_vague_quantities(framing_models: None, text: str,
                                                             language: str) -> None:
    assert own_hedges(text, language) == []


def test_vague_quantities_a_source_says_are_the_sources(framing_models: None) -> None:
    t = analyse("« Plusieurs familles n'ont plus rien », a déclaré le maire.", "fr")
    assert all(h.info.get("quoted") for h in t.hedges)


@pytest.mark.parametrize("text,language,hedge", [
    ("The ferry ran aground at about 6.15pm near the harbour.", "en", "about"),
    ("Le car s'est renversé peu après 7 heures sur la départementale.", "fr", "peu après"),
    ("About half the staff joined the walkout.", "en", "about"),
    ("Virtually all flights were cancelled on Friday.", "en", "virtually"),
    ("Le village est resté sans eau, ou presque, pendant trois jours.", "fr", "ou presque"),
])
def test_approximations_of_times_fractions_and_wholes_are_hedges(framing_models: None, text: str, language: str,
                                                                 hedge: str) -> None:
    assert any(hedge in h for h in own_hedges(text, language))


def test_a_span_of_time_is_not_an_approximation(framing_models: None) -> None:
    assert own_hedges("The nurses rejected a pay rise of 3% a year over two years.", "en") == []


@pytest.mark.parametrize("text,language,name", [
    ("Traffic was at a standstill on the M4 and the A48 after the crash.", "en", "4"),
    ("Heavy snow closed parts of I-80 in Wyoming.", "en", "80"),
    ("Les tracteurs bloquent l'A61 et la RN20 depuis mardi.", "fr", "61"),
])
def test_road_names_are_not_figures(framing_models: None, text: str, language: str, name: str) -> None:
    assert not any(name in f for f in figures(text, language))


@pytest.mark.parametrize("text,language,value", [
    ("The club signed a $25 million, four-year deal with the striker.", "en", "25000000"),
    ("The port will cost £1.4bn to rebuild.", "en", "1400000000"),
    ("The council found £8m for repairs.", "en", "8000000"),
    ("L'État débloque 2,5 milliards d'euros pour les hôpitaux.", "fr", "2500000000"),
    ("Le département a voté 1,2 milliard d'euros pour les collèges.", "fr", "1200000000"),
])
def test_money_is_the_whole_amount(framing_models: None, text: str, language: str, value: str) -> None:
    assert value in figures(text, language)


@pytest.mark.parametrize("text,language,value", [
    ("Collision sur la rocade : un mort et trois blessés", "fr", "1"),
    ("One climber was rescued from the ridge on Sunday.", "en", "1"),
    ("Il est tombé en quatre heures autant de pluie qu'en deux mois.", "fr", "4"),
    ("Depuis samedi, neuf personnes ont été interpellées.", "fr", "9"),
    ("Vingt blessés, dont trois dans un état grave.", "fr", "3"),
])
def test_counts_spelled_out_or_mis_tagged_are_figures(framing_models: None, text: str, language: str,
                                                      value: str) -> None:
    assert value in figures(text, language)


@pytest.mark.parametrize("text,language", [
    ("One of the firefighters was taken to hospital.", "en"),
    ("Une femme a été secourue par les pompiers.", "fr"),
    ("Le train partira à 18 heures de Bordeaux.", "fr"),
])
def test_articles_pronouns_and_times_are_not_counts(framing_models: None, text: str, language: str) -> None:
    assert figures(text, language) == []


@pytest.mark.parametrize("text,language,term", [
    ("Tragedy in Leeds as a fire destroys a care home", "en", "tragedy"),
    ("Homes were devastated by the storm on Sunday night.", "en", "devastated"),
    ("Le village, dévasté par la crue, compte ses morts.", "fr", "dévasté"),
    ("Après l'explosion, le quartier est sous le choc.", "fr", "sous le choc"),
    ("Incendie de l'entrepôt : une catastrophe pour la commune", "fr", "catastrophe"),
    ("The minister's spectacular fall from grace ended with his resignation.", "en", "spectacular"),
])
def test_words_of_catastrophe_and_emotion_dramatise_even_when_grave(framing_models: None, text: str,
                                                                     language: str, term: str) -> None:
    assert any(term in w for w in loaded(text, language))


@pytest.mark.parametrize("text,language,term", [
    ("A massive fire broke out in a warehouse in Leeds.", "en", "massive"),
    ("Firefighters fought a huge blaze overnight.", "en", "huge"),
    ("Crews tackled a spectacular blaze that lit up the sky.", "en", "spectacular"),
    ("La canicule a battu un record de chaleur à Lyon.", "fr", "record"),
    ("Un incendie massif a touché la forêt des Landes.", "fr", "massif"),
])
def test_words_of_size_are_not_loaded(framing_models: None, text: str, language: str, term: str) -> None:
    assert not any(term in w for w in loaded(text, language))


def test_a_protest_told_as_a_contagion_is_loaded_an_epidemic_is_not(framing_models: None) -> None:
    assert any("contagion" in w for w in loaded("Grève des routiers : la contagion gagne le Sud.", "fr"))
    assert not loaded("La contagion de la grippe progresse chez les enfants.", "fr")
    assert any("contagion" in w for w in loaded("The contagion of the farmers' protest reached Spain.", "en"))


def test_a_judgement_told_as_a_noun_is_evaluative(framing_models: None) -> None:
    terms = analyse("Succès de la manifestation des infirmiers", "fr").loaded_terms
    assert [(f.words, f.info["category"]) for f in terms] == [("Succès", "evaluative")]
    assert any("failure" in w for w in loaded("The rescue plan was a failure, the paper says.", "en"))


def test_selling_words_only_where_something_is_sold(framing_models: None) -> None:
    assert not loaded("Forecasters warned of an exceptional cold spell this week.", "en")
    assert not loaded("Les prévisionnistes annoncent une crue exceptionnelle.", "fr")
    assert any("exceptional" in w for w in loaded("Buy now: an exceptional offer on all our sofas.", "en"))
    assert any("exceptionnel" in w for w in loaded("Profitez d'une offre exceptionnelle en magasin.", "fr"))


@pytest.mark.parametrize("text,language", [
    ("Colère des viticulteurs : des routes bloquées dans l'Hérault", "fr"),
    ("Le bilan s'alourdit : quatre morts dans l'incendie", "fr"),
    ("Anger in the valley: roads blocked by farmers", "en"),
])
def test_a_headline_before_a_colon_is_an_attribution_only_for_a_speaker(framing_models: None, text: str,
                                                                         language: str) -> None:
    assert kinds(text, language) == []


def test_a_speaker_before_a_colon_is_still_an_attribution(framing_models: None) -> None:
    assert kinds("Gendarmerie : « La route restera fermée »", "fr") == [("Gendarmerie", "police")]


@pytest.mark.parametrize("text,language,speaker", [
    ("« Une rentrée sous tension », selon l'expression employée par la rectrice mardi.", "fr", "rectrice"),
    ("Ten flights were cancelled, according to a list drawn up by the airport.", "en", "airport"),
    ("40 % des trains circulent, selon les données publiées du gestionnaire du réseau.", "fr", "gestionnaire"),
])
def test_who_used_the_words_or_made_the_data_is_the_source(framing_models: None, text: str, language: str,
                                                           speaker: str) -> None:
    assert any(speaker in s for s, _ in kinds(text, language))


@pytest.mark.parametrize("text,language,speaker,kind", [
    ("Trois blessés ont été hospitalisés, selon les services d'urgence.", "fr", "services d'urgence", "official"),
    ("\"The line was unsafe,\" said the drivers' union's regional secretary, Tom Reed.", "en", "Tom Reed", "union"),
    ("The general secretary of the RMT, Jo Bell, said: \"We are ready.\"", "en", "Jo Bell", "union"),
])
def test_a_source_keeps_its_whole_noun_phrase(framing_models: None, text: str, language: str, speaker: str,
                                              kind: str) -> None:
    assert any(speaker in s and k == kind for s, k in kinds(text, language))


def test_a_source_that_counts_is_cited_a_thing_that_counts_is_not(framing_models: None) -> None:
    found = kinds("Le rectorat compte 18 % de grévistes. Le Snes en revendique 40 %.", "fr")
    assert ("Le rectorat", "official") in found and any(k == "union" for _, k in found)
    assert kinds("Le nouveau marché compte 30 étals.", "fr") == []


@pytest.mark.parametrize("text,language,speaker", [
    ("The fire service tweeted that the tunnel was closed.", "en", "fire service"),
    ("The regional council posted on Facebook that schools would open.", "en", "council"),
    ("La maire a tweeté que la piscine restait fermée.", "fr", "maire"),
    ("Early reports suggested that the driver had fled.", "en", "reports"),
])
def test_posts_and_tweets_are_reported_speech(framing_models: None, text: str, language: str, speaker: str) -> None:
    assert any(speaker in s.lower() for s, _ in kinds(text, language))


@pytest.mark.parametrize("text,language,kind", [
    ("Matignon a confirmé la réunion de jeudi.", "fr", "official"),
    ("Beauvau a annoncé l'envoi de renforts.", "fr", "police"),
    ("Le Quai d'Orsay a confirmé la mort d'un ressortissant.", "fr", "official"),
    ("Downing Street said the visit would go ahead.", "en", "official"),
    ("The Kremlin denied the claims on Monday.", "en", "official"),
])
def test_metonyms_of_institutions_are_official_sources(framing_models: None, text: str, language: str,
                                                       kind: str) -> None:
    assert [k for _, k in kinds(text, language)] == [kind]


@pytest.mark.parametrize("text,language", [
    ("Early reports said 20 people were hurt.", "en"),
    ("Unconfirmed reports said the bridge had collapsed.", "en"),
])
def test_reports_with_no_one_named_are_anonymous(framing_models: None, text: str, language: str) -> None:
    assert [k for _, k in kinds(text, language)] == ["anonymous"]


def test_a_newspaper_report_is_still_the_media(framing_models: None) -> None:
    assert ("the Herald", "media") not in kinds("Local reports said the mayor resigned.", "en")
    assert any(k == "media" for _, k in kinds("The newspaper reported that the mayor resigned.", "en"))


@pytest.mark.parametrize("text,language,speaker", [
    ("Une information confirmée ensuite par la préfecture.", "fr", "préfecture"),
    ("The figure was later confirmed by the health ministry.", "en", "ministry"),
])
def test_the_agent_of_a_passive_reporting_verb_is_the_source(framing_models: None, text: str, language: str,
                                                             speaker: str) -> None:
    assert any(speaker in s for s, _ in kinds(text, language))


def test_an_incise_speaker_after_its_verb_wins_over_the_clause_subject(framing_models: None) -> None:
    found = kinds("3 000 foyers sont privés de courant, indique à l'AFP le gestionnaire du réseau.", "fr")
    assert [s for s, _ in found] == ["le gestionnaire du réseau"]


@pytest.mark.parametrize("text,language", [
    ("Huit blessés, dont deux dans un état critique, ont été transportés à Nantes.", "fr"),
    ("La saison de ski s'annonce difficile dans les Pyrénées.", "fr"),
    ("Les causes du drame n'ont pas encore été précisées.", "fr"),
])
def test_adjectives_pronominal_verbs_and_passives_are_not_speakers(framing_models: None, text: str,
                                                                   language: str) -> None:
    assert kinds(text, language) == []


def test_a_participle_continuing_a_speech_adds_no_speaker(framing_models: None) -> None:
    found = kinds("The mayor told reporters that 40 homes were empty, adding the situation was \"under control\".",
                  "en")
    assert [s for s, _ in found] == ["The mayor"]


@pytest.mark.parametrize("text,speaker,kind", [
    ("Pour la fédération des chasseurs, cette interdiction est « injuste ».", "fédération", "official"),
    ("Pour le maire de Brest, la fermeture du pont était « inévitable ».", "maire", "official"),
])
def test_a_sentence_opening_on_pour_and_a_speaker_gives_their_view(framing_models: None, text: str, speaker: str,
                                                                   kind: str) -> None:
    assert any(speaker in s and k == kind for s, k in kinds(text, "fr"))


@pytest.mark.parametrize("text", [
    "Pour la deuxième fois, le pont est fermé aux camions.",
    "Pour Noël, la mairie installe une patinoire.",
])
def test_pour_a_time_or_a_purpose_is_no_source(framing_models: None, text: str) -> None:
    assert not any(s.startswith(("la deuxième", "Noël")) for s, _ in kinds(text, "fr"))


@pytest.mark.parametrize("text,language,first,second", [
    ("The boy was shot in the arm, according to his father, Sam Reed, and the state police.", "en", "father",
     "state police"),
    ("Deux gendarmes ont été blessés, selon la préfecture et les pompiers.", "fr", "préfecture", "pompiers"),
])
def test_two_sources_joined_by_and_are_two_sources(framing_models: None, text: str, language: str, first: str,
                                                   second: str) -> None:
    found = [s for s, _ in kinds(text, language)]
    assert any(first in s for s in found) and any(second in s for s in found)


@pytest.mark.parametrize("text,speaker,kind", [
    ("Trois marins sont portés disparus, a indiqué à l'AFP Marc Girard, procureur de Brest.", "Marc Girard",
     "justice"),
    ("« Le feu est fixé », rapporte franceinfo.", "franceinfo", "media"),
    ("Les pompiers évoquent, eux, plus de 40 interventions.", "pompiers", "official"),
])
def test_speakers_the_small_french_model_mistags(framing_models: None, text: str, speaker: str, kind: str) -> None:
    assert any(speaker in s and k == kind for s, k in kinds(text, "fr"))


@pytest.mark.parametrize("text,speaker", [
    ("The coroner determined that the woman died of smoke inhalation.", "coroner"),
    ("The weather service warned of flash floods across the valley.", "weather service"),
])
def test_findings_and_warnings_are_reported(framing_models: None, text: str, speaker: str) -> None:
    assert any(speaker in s for s, _ in kinds(text, "en"))


@pytest.mark.parametrize("text", [
    "Volunteers found the missing dog near the lake.",
    "Flood warning explained amid rising rivers",
])
def test_finding_a_thing_or_a_headline_participle_reports_no_one(framing_models: None, text: str) -> None:
    assert kinds(text, "en") == []


@pytest.mark.parametrize("text,language,speaker,kind", [
    ("Une riveraine raconte avoir vu les flammes depuis sa fenêtre.", "fr", "Une riveraine", "witness"),
    ("L'entourage de la ministre dément toute démission.", "fr", "L'entourage de la ministre", "anonymous"),
    ("Passengers described hearing a loud bang before the train stopped.", "en", "Passengers", "witness"),
])
def test_speech_told_by_an_infinitive_or_a_denial(framing_models: None, text: str, language: str, speaker: str,
                                                  kind: str) -> None:
    assert (speaker, kind) in kinds(text, language)


def test_a_clause_after_the_verb_is_what_was_said_not_who_said_it(framing_models: None) -> None:
    found = kinds("Investigators, speaking on condition of anonymity, said the driver fell asleep.", "en")
    assert [s for s, _ in found] == ["Investigators"]


def test_looters_in_french_are_labelled_a_crime_and_a_deadly_brawl_is_a_euphemism(framing_models: None) -> None:
    # « pillard » labels people; « piller » is the common word for the act (round 53: the gold marks it in none of
    # its four uses)
    terms = {(f.words, f.info["category"]) for f in analyse("Des pillards ont dévalisé une supérette.", "fr").loaded_terms}
    assert ("pillards", "crime") in terms
    assert analyse("Des jeunes ont pillé une supérette.", "fr").loaded_terms == []
    assert ("rixe", "euphemism") in {(f.words, f.info["category"])
                                     for f in analyse("Une rixe mortelle devant un bar de Caen.", "fr").loaded_terms}


@pytest.mark.parametrize("text,speaker,kind", [
    ("Des centaines de foyers sont sans eau, a indiqué mardi la préfecture.", "la préfecture", "official"),
    ("Selon Météo-France, la tempête faiblira dans la nuit.", "Météo-France", "official"),
    ("Sud-Rail revendique 60 % de grévistes chez les aiguilleurs.", "Sud-Rail", "union"),
    ("« Une belle victoire », s'est félicitée Léa Martin, déléguée syndicale.", "Léa Martin", "union"),
])
def test_days_hyphenated_names_and_pronominal_verbs_of_speech(framing_models: None, text: str, speaker: str,
                                                              kind: str) -> None:
    assert (speaker, kind) in kinds(text, "fr")


@pytest.mark.parametrize("text,language", [
    ("Evidence suggests that the blaze started in a kitchen.", "en"),
    ("The figures reveal that thefts fell last year.", "en"),
    ("The retailer posted a loss of $12 million.", "en"),
    ("Les images révèlent que le camion roulait trop vite.", "fr"),
])
def test_things_that_show_and_accounts_posted_cite_no_one(framing_models: None, text: str, language: str) -> None:
    assert kinds(text, language) == []


def test_money_units_with_their_multiplier_and_approximations_of_a_round_number(framing_models: None) -> None:
    assert figures("La rénovation coûtera 12 M€ et le tunnel 3 Md€.", "fr") == ["12000000", "3000000000"]
    assert own_hedges("More than a thousand fans and around a hundred stewards were there.", "en") == [
        "more than", "around"]
    assert own_hedges("La quasi-totalité des écoles est fermée.", "fr") == ["quasi-totalité"]


@pytest.mark.parametrize("text,speaker,kind", [
    ("In a statement, the water company apologised to customers.", "the water company", "official"),
    ("The football club said in a statement that the match was off.", "The football club", "official"),
])
def test_a_statement_makes_its_author_a_source(framing_models: None, text: str, speaker: str, kind: str) -> None:
    assert (speaker, kind) in kinds(text, "en")


def test_an_inverted_pronoun_speaker_is_not_counted_twice(framing_models: None) -> None:
    found = kinds("La préfecture a compté 300 évacués, soit 20 %, indique-t-elle dans un communiqué.", "fr")
    assert [s for s, _ in found] == ["La préfecture"]


# Round 6: passives and hidden agents ---------------------------------------------------------------------------
def event_nouns(text: str, language: str) -> list[str]:
    return [f.words.lower() for f in analyse(text, language).nominalisations]


@pytest.mark.parametrize("text,language,word", [
    ("Riots broke out in the city after the match.", "en", "riots"),
    ("Violence flared across the town on Friday night.", "en", "violence"),
    ("UNREST IN THE SUBURBS", "en", "unrest"),
    ("Riots after match", "en", "riots"),
    ("Des débordements ont eu lieu après le match.", "fr", "débordements"),
    ("Des incidents ont éclaté en marge de la manifestation.", "fr", "incidents"),
    ("INCIDENTS APRÈS LE MATCH", "fr", "incidents"),
    ("La victoire a conduit à des débordements dans plusieurs villes.", "fr", "débordements"),
    ("Qui est responsable des violences ?", "fr", "violences"),
])
def test_acts_of_people_none_of_whom_is_named_are_event_nouns(framing_models: None, text: str, language: str,
                                                               word: str) -> None:
    assert word in event_nouns(text, language)


@pytest.mark.parametrize("text,language", [
    ("Tensions rose between the two groups.", "en"),
    ("De vives tensions ont opposé les deux camps.", "fr"),
    ("Campaigners marched against domestic violence.", "en"),
    ("Une marche contre les violences conjugales a réuni 2000 personnes.", "fr"),
    ("Youths set fire to three cars and a bin overnight.", "en"),
    ("RIOTERS SET FIRE TO BUSES", "en"),
    ("Des jeunes ont mis le feu à trois voitures.", "fr"),
    ("The study links tea to a lower risk of death.", "en"),
    ("Le taux de mortalité et le risque de décès baissent.", "fr"),
    ("Three baby deaths per year were recorded before 2015.", "en"),
    ("On compte 300 décès par an sur les routes du département.", "fr"),
    ("The man beat his neighbour to death with a hammer.", "en"),
    ("Police believe he may be responsible for other attacks in the area.", "en"),
    ("The minister blamed extremist groups for causing the unrest.", "en"),
    ("Le préfet accuse des casseurs d'avoir provoqué les heurts.", "fr"),
])
def test_states_topics_statistics_and_named_doers_hide_no_one(framing_models: None, text: str,
                                                               language: str) -> None:
    assert event_nouns(text, language) == []


def test_a_death_in_custody_still_hides_who_acted(framing_models: None) -> None:
    assert "death" in event_nouns("The death of a teenager in custody has sparked protests.", "en")


@pytest.mark.parametrize("text,word", [
    ("Two buses and a police car were set on fire in a riot.", "were set on fire"),
    ("MAN ARRESTED AFTER CARS SET ON FIRE", "set on fire"),
])
def test_set_on_fire_is_a_passive_told_whole(framing_models: None, text: str, word: str) -> None:
    assert word in passives(text, "en")


def test_a_measure_after_by_is_no_agent(framing_models: None) -> None:
    for text in ("The match was delayed by 37 minutes.", "Kick-off was delayed by more than half an hour."):
        assert passives(text, "en") == ["was delayed"] and with_agent(text, "en") == []
    assert with_agent("The man was arrested by police.", "en") == [("was arrested", "police")]
    assert with_agent("Questions were asked about the handling of the crisis by the government.", "en") == []


@pytest.mark.parametrize("text", [
    "The research is based on the data collected from a large medical database.",
    "People who drank cups of coffee sweetened with a spoon of sugar saw a decreased risk.",
    "Coffee drinkers carry a lower risk of death compared to non-consumers, according to a study.",
    "A report published on Tuesday shows a rise in thefts.",
    "Violence flared across the town on Friday night.",
])
def test_participles_that_describe_a_thing_and_intransitives_are_not_passives(framing_models: None,
                                                                              text: str) -> None:
    assert passives(text, "en") == []


def test_acts_done_to_people_after_their_noun_stay_passives(framing_models: None) -> None:
    assert "evacuated" in passives("Residents evacuated from the tower were given shelter.", "en")
    assert "were hurt" in passives("Two officers were hurt as violence flared in the city centre.", "en")


@pytest.mark.parametrize("text", [
    "La quasi-totalité des cinquante-et-un accusés, âgés de 27 à 74 ans, ont fait appel.",
    "Paniquée, elle est retranchée chez elle avec son mari.",
    "Inquiète, elle est barricadée chez elle.",
    "Le taux de participation est bien plus élevé qu'il y a deux ans.",
    "Le service des urgences est complètement débordé.",
])
def test_french_nouns_and_states_are_not_passives(framing_models: None, text: str) -> None:
    assert passives(text, "fr") == []


def test_a_state_caused_by_someone_keeps_its_agent(framing_models: None) -> None:
    assert with_agent("Les policiers, dépassés par les casseurs, ont reculé.", "fr") == [("dépassés", "les casseurs")]


def test_a_coordinated_participle_shares_an_agent_only_with_the_same_doer(framing_models: None) -> None:
    text = "The teenager was arrested by police and charged with robbery."
    assert passives(text, "en") == ["charged"] and with_agent(text, "en") == [("was arrested", "police")]
    text = "A man was shot and wounded by police in Leeds."
    assert passives(text, "en") == [] and with_agent(text, "en") == [("was shot", "police")]
    text = "Le suspect a été interpellé par les gendarmes puis mis en examen."
    assert passives(text, "fr") == ["mis"]


def test_suspected_presents_an_act_as_alleged(framing_models: None) -> None:
    found = analyse("A family was killed in a suspected arson attack, police said.", "en")
    assert [c.words.lower() for c in found.conditionals] == ["suspected"]
    assert "suspected" not in [h.words.lower() for h in found.hedges]
    assert analyse("A man suspected of robbery was arrested.", "en").conditionals == []


@pytest.mark.parametrize("text,language", [
    ("Le bilan : 2 morts, 559 arrestations à travers la France.", "fr"),
    ("Police made a record number of arrests.", "en"),
    ("Selon les premiers résultats, l'intervention d'un tiers est à exclure.", "fr"),
])
def test_counted_arrests_and_acts_ruled_out_hide_no_one(framing_models: None, text: str, language: str) -> None:
    assert event_nouns(text, language) == []


def test_died_is_no_death_someone_caused_but_the_death_still_is(framing_models: None) -> None:
    assert "mort" not in event_nouns("Une jeune femme a trouvé la mort dans un accident de la route.", "fr")
    assert "décès" in event_nouns("Les circonstances exactes du décès restent à déterminer.", "fr")
    assert "interpellation" in event_nouns("Un homme est mort après une interpellation à Lyon.", "fr")


def test_a_participle_after_digits_counts_people_unless_a_passive_goes_on(framing_models: None) -> None:
    assert passives("Dublin braces for night of riots as 34 arrested", "en") == []
    assert passives("Three children among 5 hurt in knife attack", "en") == []
    assert passives("Two killed in crash", "en") == ["killed"]
    assert passives("At least 127 people were killed and nearly 200 injured after the train derailed.",
                    "en") == ["were killed", "injured"]


def test_a_participle_coordinated_after_an_instrument_shares_the_auxiliary(framing_models: None) -> None:
    assert passives("Un homme a été blessé par balle et hospitalisé.", "fr") == ["a été blessé", "hospitalisé"]
    assert passives("Le conducteur a été interpellé par un passant et placé en garde à vue.", "fr") == ["placé"]
    # (but officers who arrest a man put him in custody themselves: round 113)
    assert passives("He was arrested by officers and later released.", "en") == ["released"]


@pytest.mark.parametrize("text,word", [
    ("Tear gas fired at fans outside the stadium", "fired"),
    ("Bottles thrown at officers outside stadium", "thrown"),
    ("CEO fired over expenses scandal", "fired"),
    ("Smith jailed for ten years", "jailed"),
])
def test_headline_passives_of_firing_and_throwing(framing_models: None, text: str, word: str) -> None:
    assert word in passives(text, "en")


@pytest.mark.parametrize("text", [
    "Reports said Smith fired at the officers before he fled.",
    "Police fired tear gas at the crowd.",
])
def test_a_named_doer_before_a_past_verb_is_active(framing_models: None, text: str) -> None:
    assert passives(text, "en") == []


def test_verbs_of_trying_before_to_are_active(framing_models: None) -> None:
    assert passives("Armed officers attempted to stop the vehicle near the station.", "en") == []
    assert passives("Protesters refused to leave the square.", "en") == []
    assert "forced" in passives("Fans forced to wait for hours outside stadium", "en")


def test_a_link_between_things_is_no_act_even_with_an_auxiliary(framing_models: None) -> None:
    assert passives("A camera indicated the vehicle was linked to a firearms incident.", "en") == []
    assert passives("Selon les enquêteurs, l'agression est liée à un trafic de drogue.", "fr") == []
    assert passives("The suspect was linked to the attack by his DNA.", "en") != [] or with_agent(
        "The suspect was linked to the attack by his DNA.", "en") != []


# Round 6: sources, loaded terms, hedges, figures, language ----------------------------------------------------
def terms_by_category(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.words.lower(), f.info["category"]) for f in analyse(text, language).loaded_terms]


@pytest.mark.parametrize("text,language", [
    ("MINISTER RESIGNS", "en"),
    ("CHANCELLOR QUITS", "en"),
    ("STORM HITS COAST", "en"),
    ("Prices soar", "en"),
    ("MINISTRE LIMOGÉ", "fr"),
    ("LE MAIRE DÉMISSIONNE", "fr"),
    ("Grève reconduite", "fr"),
    ("ENTRAÎNEUR LIMOGÉ", "fr"),
])
def test_round6_headline_words_and_spellings_tell_the_language(text: str, language: str) -> None:
    assert resolve_language([text]) == language


@pytest.mark.parametrize("text,language,speaker,kind", [
    ("Météo-France a annoncé mardi que huit départements passaient en alerte.", "fr", "Météo-France", "official"),
    ("La Croix-Rouge a indiqué qu'elle manquait de bénévoles.", "fr", "La Croix-Rouge", "official"),
    ("Le journal Nord-Éclair, qui rapporte l'information, a interrogé le maire.", "fr", "Le journal Nord-Éclair",
     "media"),
    ("The Evening Herald, which first reported the story, said the school would close.", "en",
     "The Evening Herald", "media"),
    ("Jeudi matin, Claire Dumas, porte-parole de la préfecture, a déclaré que la route restait fermée.", "fr",
     "Claire Dumas", "official"),
    ("Speaking after the match, The Daily Record reported that two fans were hurt.", "en", "The Daily Record",
     "media"),
    ("Customers on social media complained that the shop had closed early.", "en", "Customers on social media",
     "witness"),
    ("Selon les premiers éléments, le conducteur roulait trop vite.", "fr", "les premiers éléments", "anonymous"),
    ("Early claims suggested the fire had started in a kitchen.", "en", "Early claims", "anonymous"),
    ("A friend of the victim said she had been afraid for weeks.", "en", "A friend of the victim", "anonymous"),
    ("L'organisme a précisé que les dons seraient reversés.", "fr", "L'organisme", "official"),
    ("The Crown Prosecution Service said the charge was dropped.", "en", "The Crown Prosecution Service",
     "justice"),
    ("FIFA officials blamed the host city for the delays.", "en", "FIFA officials", "organisers"),
])
def test_round6_sources_and_their_kinds(framing_models: None, text: str, language: str, speaker: str,
                                        kind: str) -> None:
    assert (speaker, kind) in kinds(text, language)


def test_round6_an_unnamed_source_taken_up_stays_anonymous(framing_models: None) -> None:
    found = kinds('A defence ministry source told reporters the talks had failed. "Nothing is agreed," '
                  'the official said.', "en")
    assert [k for _, k in found] == ["anonymous", "anonymous"]
    found = kinds('The mayor said the bridge would reopen. "We are nearly done," the official said.', "en")
    assert [k for _, k in found] == ["official", "official"]  # a named office before: no anonymous source


def test_round6_amid_claims_cites_no_one_named(framing_models: None) -> None:
    assert ("claims", "anonymous") in kinds("The club sacked its coach amid claims that players were mistreated.",
                                            "en")


@pytest.mark.parametrize("text,language", [
    ("Le chauffeur a été reconnu coupable d'homicide involontaire.", "fr"),
    ("La cour a reconnu coupables les trois prévenus.", "fr"),
    ("Teacher found guilty of fraud", "en"),
    ("The jury found the two men guilty.", "en"),
    ("Le budget révisé confirmé par un vote serré", "fr"),
    ("La ville était en alerte toute la nuit.", "fr"),
    ("Les chiffres du week-end sont lourds : on compte 14 blessés et 40 interpellations.", "fr"),
    ("The results confirm the trend seen last year.", "en"),
    ("A camera which indicated the car was speeding was installed in May.", "en"),
])
def test_round6_verdicts_participles_and_things_are_not_sources(framing_models: None, text: str,
                                                               language: str) -> None:
    assert kinds(text, language) == []


def test_round6_a_source_after_a_comma_and_a_counting_union_still_speak(framing_models: None) -> None:
    assert [k for _, k in kinds("Une source judiciaire ajoute auprès du Progrès que l'enquête avance.", "fr")] == [
        "anonymous"]
    assert [k for _, k in kinds("Le SNES en revendique la moitié.", "fr")] == ["union"]
    assert [k for _, k in kinds("Investigators found that the fire was started deliberately.", "en")] == [
        "official"]  # a finding with a clause cites its author; only verdicts are no one's words (investigators
    # are officials: the corpus types them official four times, police once, justice never)


@pytest.mark.parametrize("text,language,term,category", [
    ("Il tue son épouse à Brest. C'est au retour des gendarmes que le drame s'est produit.", "fr", "drame",
     "euphemism"),
    ("Il a tué sa compagne. Une violente dispute avait éclaté dans le couple la veille.", "fr", "dispute",
     "euphemism"),
    ("He killed his wife in Leeds. The tragedy happened after police had left.", "en", "tragedy", "euphemism"),
    ("Drame sur l'autoroute : un camion se renverse, deux blessés.", "fr", "drame", "dramatising"),
    ("Les loyers ont explosé de 20 % en cinq ans.", "fr", "explosé", "dramatising"),
    ("Les prix du gaz ont flambé cet hiver.", "fr", "flambé", "dramatising"),
    ("DES MIGRANTS DÉFERLENT SUR L'ÎLE", "fr", "déferlent", "migration"),
    ("Lyon s'est embrasée après la victoire en finale.", "fr", "embrasée", "dramatising"),
    ("Rents shot up to 9 per cent last year.", "en", "shot up", "dramatising"),
    ("Fans ran wild in the town centre after the match.", "en", "ran wild", "dramatising"),
    ("C'est une mauvaise nouvelle pour les commerçants.", "fr", "mauvaise nouvelle", "evaluative"),
    ("Bad news for commuters: the line closes for a month.", "en", "bad news", "evaluative"),
    ("Regrettably, the concert was cancelled.", "en", "regrettably", "evaluative"),
    ("Le pays est en proie à une vague de migration sans précédent.", "fr", "vague de migration", "migration"),
    ("A single round was discharged by the officer.", "en", "discharged", "euphemism"),
])
def test_round6_loaded_terms_in_their_sense(framing_models: None, text: str, language: str, term: str,
                                           category: str) -> None:
    assert (term, category) in terms_by_category(text, language)


@pytest.mark.parametrize("text,language,term", [
    ("Une dispute entre voisins a éclaté au sujet d'une haie.", "fr", "dispute"),
    ("Il tire sur sa compagne pendant une dispute et la blesse.", "fr", "dispute"),
    ("Une bombe a explosé devant la gare.", "fr", "explosé"),
    ("Le feu a embrasé la grange.", "fr", "embrasé"),
    ("La grange a flambé toute la nuit.", "fr", "flambé"),
    ("Les vagues déferlent sur la digue.", "fr", "déferlent"),
    ("He was discharged from hospital on Monday.", "en", "discharged"),
    ("The gunman shot up the store before fleeing.", "en", "shot up"),
    ("Prise de panique, elle s'enferme dans la salle de bains.", "fr", "panique"),
    ("After the guilty verdict, the killer was led away.", "en", "killer"),
])
def test_round6_the_same_words_in_another_sense_are_not_loaded(framing_models: None, text: str, language: str,
                                                                term: str) -> None:
    assert term not in [t for t, _ in terms_by_category(text, language)]


def test_round6_a_euphemism_in_quotation_marks_is_the_sources(framing_models: None) -> None:
    found = [f for f in analyse('The company called the layoffs "a restructuring" in a memo.', "en").loaded_terms
             if f.info["category"] == "euphemism"]
    assert found and all(f.info["quoted"] for f in found)


@pytest.mark.parametrize("text,language,hedge", [
    ("Vers 21 h 15, un incendie s'est déclaré dans un entrepôt.", "fr", "vers"),
    ("Le blessé a été transféré dans divers hôpitaux de la région.", "fr", "divers"),
    ("Ce taux n'avait pas été atteint depuis des décennies.", "fr", "des décennies"),
])
def test_round6_approximate_times_and_vague_counts_are_hedges(framing_models: None, text: str, language: str,
                                                              hedge: str) -> None:
    assert hedge in own_hedges(text, language)


@pytest.mark.parametrize("text,language,hedge", [
    ("Le cortège s'est dirigé vers la mairie.", "fr", "vers"),
    ("Les faits divers occupent la une.", "fr", "divers"),
    ("Unemployment shot up to 7 per cent in March.", "en", "up to"),
    ("Bills went up to £2,500 a year.", "en", "up to"),
])
def test_round6_directions_kinds_and_verb_particles_are_not_hedges(framing_models: None, text: str, language: str,
                                                                   hedge: str) -> None:
    assert hedge not in own_hedges(text, language)


@pytest.mark.parametrize("text,language,values", [
    ("Quarante-et-un salariés ont été licenciés.", "fr", ["41"]),
    ("La préfecture a fermé ce samedi 12 écoles.", "fr", ["12"]),
    ("Au cours des dernières 48 heures, 300 messages ont été reçus.", "fr", ["48", "300"]),
    ("Plus de 1,5 million au 30 juin, selon le ministère.", "fr", ["1500000"]),
    ("A woman in her 40s was taken to hospital with 2 children.", "en", ["2"]),  # an age band is no figure (round 44)
    ("Crime fell through the 1990s.", "en", []),
    ("Le concert a lieu samedi 12 juillet.", "fr", []),
])
def test_round6_figures(framing_models: None, text: str, language: str, values: list[str]) -> None:
    assert figures(text, language) == values


@pytest.mark.parametrize("text,language,speaker,kind", [
    ("The latest figures from the Department for Transport showed that road deaths fell.", "en",
     "the Department for Transport", "official"),
    ("Les données de Santé publique France montrent que l'épidémie recule.", "fr", "Santé publique France",
     "official"),
])
def test_round6_the_author_of_published_figures_is_the_source(framing_models: None, text: str, language: str,
                                                               speaker: str, kind: str) -> None:
    assert any(speaker in s and k == kind for s, k in kinds(text, language)), kinds(text, language)


@pytest.mark.parametrize("text,language", [
    ("The data show that thefts fell.", "en"),
    ("Les images montrent que le camion roulait vite.", "fr"),
    ("Police showed the video to the family.", "en"),
])
def test_round6_things_that_show_cite_no_one(framing_models: None, text: str, language: str) -> None:
    assert kinds(text, language) == []


@pytest.mark.parametrize("text,language,speaker", [
    ("Officials who asked not to be named said the talks had stalled.", "en", "Officials"),
    ("An unnamed official said the plant would close.", "en", "An unnamed official"),
    ("Un enquêteur, qui souhaite rester anonyme, explique que la piste criminelle est privilégiée.", "fr",
     "Un enquêteur"),
    ("Un cadre qui n'a pas souhaité être nommé a confirmé la fermeture.", "fr", "Un cadre"),
])
def test_round6_sources_who_ask_not_to_be_named_are_anonymous(framing_models: None, text: str, language: str,
                                                              speaker: str) -> None:
    assert (speaker, "anonymous") in kinds(text, language)


def test_round6_a_speaker_before_a_relative_clause_speaks(framing_models: None) -> None:
    assert ("Le quotidien La Montagne", "media") in kinds(
        "Le quotidien La Montagne, qui a révélé l'affaire, affirme que le maire a démissionné.", "fr")


def test_round6_a_partner_killing_called_a_drama_gets_its_own_alternative(framing_models: None) -> None:
    found = analyse("Il tue sa compagne à Metz. Le drame a eu lieu dimanche.", "fr").loaded_terms
    assert [(f.info["category"], "féminicide" in f.info["alternative"]) for f in found] == [("euphemism", True)]
    found = analyse("Drame à Metz : un bus percute un mur.", "fr").loaded_terms
    assert [(f.info["category"], "féminicide" in f.info["alternative"]) for f in found] == [("dramatising", False)]


@pytest.mark.parametrize("text,language,speaker,kind", [
    ("Residents described scenes of panic after the blast.", "en", "Residents", "witness"),
    ("Les habitants racontent une nuit d'angoisse.", "fr", "Les habitants", "witness"),
    ("The Guardian understands that the talks have collapsed.", "en", "The Guardian", "anonymous"),  # (its unnamed
    # sources: round 128, the gold 4 times in 4)
])
def test_round6_describing_and_understanding_report(framing_models: None, text: str, language: str, speaker: str,
                                                    kind: str) -> None:
    assert (speaker, kind) in kinds(text, language)


def test_round6_understanding_a_thing_reports_nothing(framing_models: None) -> None:
    assert kinds("Teachers understand the concern of parents.", "en") == []


def test_round6_an_approximate_length_is_a_hedge_a_topic_is_not(framing_models: None) -> None:
    assert own_hedges("Fans queued for over an hour outside the ground.", "en") == ["over"]
    assert own_hedges("They talked about a day at the beach.", "en") == []
    assert own_hedges("He walked over a bridge.", "en") == []
    assert own_hedges("AT LEAST 12 DEAD IN BUS CRASH", "en") == ["at least"]
    assert own_hedges("PRÈS DE 300 MANIFESTANTS À RENNES", "fr") == ["près de"]


@pytest.mark.parametrize("text,kinds_expected", [
    ("Opposition leader Tom Reed said the budget was reckless. Reed added that voters deserved better.",
     ["official", "official"]),
    ("Chief Constable Sarah Crew said officers were at the scene. Ms Crew added that the inquiry was ongoing.",
     ["police", "police"]),
    ("Tory MP Jane Smith said the bill was flawed.", ["official"]),
])
def test_round6_a_role_told_once_holds_for_the_surname(framing_models: None, text: str,
                                                       kinds_expected: list[str]) -> None:
    assert [k for _, k in kinds(text, "en")] == kinds_expected


# Round 7: who speaks for a state, a post told in a relative clause, several appositions, facts that do not speak.

@pytest.mark.parametrize("text,language,word,kind", [
    ("La Chine a dénoncé une provocation, et Pékin menace de répondre.", "fr", "Chine", "official"),
    ("L'Algérie a dénoncé une ingérence dans ses affaires.", "fr", "Algérie", "official"),
    ("Ukraine said the dam had been blown up from inside.", "en", "Ukraine", "official"),
    ("Beijing said the exercises were routine.", "en", "Beijing", "official"),
])
def test_a_state_or_its_capital_speaks_for_its_government(framing_models: None, text: str, language: str, word: str,
                                                          kind: str) -> None:
    found = sources_of(text, language)
    assert any(word in s and k == kind for s, k in found), found


@pytest.mark.parametrize("text,language,word,kind", [
    ("The Nigerian army said 40 insurgents had been killed in the raid.", "en", "army", "official"),
    ("Military leaders said the convoy had been hit by a drone.", "en", "leaders", "official"),
    ("L'armée malienne a affirmé que les assaillants avaient fui.", "fr", "armée", "official"),
    ("« Tout a tremblé », raconte une passagère du TER.", "fr", "passagère", "witness"),
    ("« Il n'y avait plus personne », précise la journaliste.", "fr", "journaliste", "media"),
    ("The Census Bureau said the poverty rate had fallen.", "en", "Census Bureau", "official"),
])
def test_armies_leaders_passengers_and_journalists_have_their_kind(framing_models: None, text: str, language: str,
                                                                  word: str, kind: str) -> None:
    found = sources_of(text, language)
    assert any(word.lower() in s.lower() and k == kind for s, k in found), found


def test_a_post_told_in_a_relative_clause_or_later_apposition_holds_for_the_name() -> None:
    found = sources_of("Marie Lenoir, qui dirige le syndicat des infirmiers, a démissionné. « Je pars épuisée », "
                       "a expliqué Marie Lenoir.", "fr")
    assert ("Marie Lenoir", "union") in found, found
    found = sources_of('"Rents will rise," said Tom Beck, co-director of a housing study and a professor at the '
                       'state university.', "en")  # (a charity's director would speak for the charity: official)
    assert any(s.endswith("Beck") and k == "expert" for s, k in found), found


@pytest.mark.parametrize("text,language", [
    ("Le ministre annonce sa démission. Quelques minutes après le début de l'émission, il concède une erreur.", "fr"),
    ("Évoquant les faits, le juge a refusé de commenter.", "fr"),
    ("The announcement did not mention layoffs. Inquiries continue.", "en"),
])
def test_a_fact_an_act_or_a_time_is_never_a_source(framing_models: None, text: str, language: str) -> None:
    bad = ("démission", "minutes", "faits", "announcement", "inquiries")
    found = sources_of(text, language)
    assert not [s for s, _k in found if any(b in s.lower() for b in bad)], found


def event_nouns_of(text: str, language: str) -> list[str]:
    return [f.words.lower() for f in analyse(text, language).nominalisations]


def loaded_of(text: str, language: str) -> list[str]:
    return [f.words.lower() for f in analyse(text, language).loaded_terms if not f.info.get("quoted")]


@pytest.mark.parametrize("text,language,word", [
    ("Cambriolage dans une bijouterie de Lyon : le butin estimé à 80 000 euros.", "fr", "cambriolage"),
    ("Une collégienne victime de harcèlement pendant deux ans, selon sa mère.", "fr", "harcèlement"),
    ("Une frappe aérienne a touché un marché dans le nord du pays.", "fr", "frappe"),
    ("Rights groups condemned the killings of protesters in the capital.", "en", "killings"),
    ("A drone strike on a wedding party left 12 dead.", "en", "strike"),
    ("The burglary happened while the family was on holiday.", "en", "burglary"),
])
def test_acts_whose_doer_is_left_out_are_event_nouns(framing_models: None, text: str, language: str,
                                                      word: str) -> None:
    assert any(word in w for w in event_nouns_of(text, language)), event_nouns_of(text, language)


@pytest.mark.parametrize("text,language,word", [
    ("Teachers began a strike on Monday over pay.", "en", "strike"),
    ("La frappe de Mbappé a fini sur le poteau.", "fr", "frappe"),
    ("Une panne de signalisation a provoqué des retards importants sur la ligne.", "fr", "panne"),
    ("A signal breakdown caused long delays for commuters.", "en", "breakdown"),
    ("The regulator fined the bank and banned it from trading. The ban will last a year.", "en", "ban"),
])
def test_no_one_hidden_behind_a_walkout_a_shot_a_breakdown_or_a_decision_told(framing_models: None, text: str,
                                                                              language: str, word: str) -> None:
    assert not any(word in w for w in event_nouns_of(text, language)), event_nouns_of(text, language)


@pytest.mark.parametrize("text,language,word", [
    ("Guerre en Ukraine : Kiev annonce une contre-offensive dans le sud.", "fr", "guerre"),
    ("The war in Sudan has displaced millions of people.", "en", "war"),
    ("An explosion at a fireworks factory killed four workers.", "en", "explosion"),
    ("The country is in an economic crisis after the default.", "en", "crisis"),
    ("Engineers blamed the flood on a dam failure upstream.", "en", "failure"),
    ("Il est mis en examen pour vol en bande organisée.", "fr", "bande"),
    ("The attack was claimed by the militant group Al-Shabaab.", "en", "militant"),
    ("Shelters saw an influx of people in need of a bed after the evictions.", "en", "influx"),
])
def test_words_in_their_plain_sense_are_not_loaded(framing_models: None, text: str, language: str, word: str) -> None:
    assert not any(word in w for w in loaded_of(text, language)), loaded_of(text, language)


@pytest.mark.parametrize("text,language,word", [
    ("Rents: an explosion of prices in the capital.", "en", "explosion"),
    ("Supermarkets add to the crisis with more store closures.", "en", "crisis"),
    ("The reform was a failure, the report found.", "en", "failure"),
    ("C'est la guerre des prix entre les enseignes.", "fr", "guerre"),
    ("An influx of migrants at the border, officials said.", "en", "influx"),
])
def test_the_same_words_used_to_dramatise_or_judge_still_are(framing_models: None, text: str, language: str,
                                                              word: str) -> None:
    assert any(word in w for w in loaded_of(text, language)), loaded_of(text, language)


@pytest.mark.parametrize("text,language,word", [
    ("Four miners lost their lives in an attack by armed men on the convoy.", "en", "lost their lives"),
    ("Police were called to a knife incident outside the station.", "en", "incident"),
])
def test_no_euphemism_where_the_doer_or_the_act_is_said(framing_models: None, text: str, language: str,
                                                        word: str) -> None:
    found = euphemisms(text, language)
    assert word not in found, found


def test_states_of_mind_are_not_passives_with_an_agent(framing_models: None) -> None:
    t = analyse("Le syndicat n'est pas convaincu par les annonces du ministre, selon une lettre datée de lundi.", "fr")
    assert not t.passives_with_agent, [f.words for f in t.passives_with_agent]


@pytest.mark.parametrize("text", [
    "La ministre a annoncé qu'elle quitterait ses fonctions en janvier.",
    "Le club avait expliqué qu'il ne ferait pas appel de la décision.",
    "Les pompiers auraient pu arriver plus tôt, regrette un voisin.",
    "Il aurait fallu fermer la route dès la veille.",
    "La directrice souhaiterait rencontrer les parents d'élèves.",
])
def test_a_future_seen_from_the_past_a_regret_or_a_wish_is_not_the_journalistic_conditional(
        framing_models: None, text: str) -> None:
    assert not analyse(text, "fr").conditionals, [c.words for c in analyse(text, "fr").conditionals]


@pytest.mark.parametrize("text", [
    "Le conducteur aurait pris la fuite, selon des témoins.",
    "L'incendie serait d'origine criminelle.",
    "Le suspect aurait été interpellé mardi soir.",
])
def test_the_journalistic_conditional_is_still_found(framing_models: None, text: str) -> None:
    assert analyse(text, "fr").conditionals


@pytest.mark.parametrize("text,language", [
    ("A 30-year-old man is due to appear in court on Monday.", "en"),
    ("She appeared on national television to defend the plan.", "en"),
    ("Son livre paraîtra en librairie le 4 mars.", "fr"),
])
def test_showing_up_or_being_published_is_not_a_hedge(framing_models: None, text: str, language: str) -> None:
    assert not analyse(text, language).hedges, [h.words for h in analyse(text, language).hedges]


@pytest.mark.parametrize("text,language", [
    ("The driver appeared to lose control on the bend.", "en"),
    ("Le feu semble être parti d'une cuisine.", "fr"),
])
def test_a_seeming_is_still_a_hedge(framing_models: None, text: str, language: str) -> None:
    assert analyse(text, language).hedges


def test_the_wording_of_a_charge_is_not_a_euphemism(framing_models: None) -> None:
    t = analyse("He was charged with discharging a firearm in a public place.", "en")
    assert not [f for f in t.loaded_terms if f.info.get("category") == "euphemism"]


def test_a_surname_alone_keeps_the_role_given_before(framing_models: None) -> None:
    found = sources_of('Fire chief Ana Ruiz said the roof collapsed. "We got everyone out," Ruiz said.', "en")
    assert [k for s, k in found if s == "Ruiz"] == ["official"], found


@pytest.mark.parametrize("text,word", [
    ("« Une enquête a été ouverte », indique dans un communiqué la procureure de Nantes.", "procureure"),
    ("« Nous restons mobilisés », a déclaré lors d'une conférence de presse le préfet du Nord.", "préfet"),
])
def test_the_speaker_after_the_occasion_of_an_inverted_verb(framing_models: None, text: str, word: str) -> None:
    assert any(word in s for s, _k in sources_of(text, "fr")), sources_of(text, "fr")


def test_par_l_arriere_and_involved_vehicles_name_no_agent(framing_models: None) -> None:
    t = analyse("La voiture a été heurtée par l'arrière. Le véhicule impliqué dans l'accident a été saisi.", "fr")
    assert not t.passives_with_agent, [f.words for f in t.passives_with_agent]
    assert "impliqué" not in [f.words for f in t.agentless_passives]


def test_a_crisis_of_migrants_is_a_migration_word(framing_models: None) -> None:
    fr = analyse("La crise migratoire divise les Vingt-Sept.", "fr").loaded_terms
    assert [(f.words, f.info["category"]) for f in fr] == [("crise migratoire", "migration")]
    en = analyse("The camp became a symbol of the migrant crisis.", "en").loaded_terms
    assert ("crisis", "migration") in [(f.words, f.info["category"]) for f in en]


def test_the_possessor_of_an_attack_is_who_acts(framing_models: None) -> None:
    t = analyse("The ministry has come under fire for its attacks on judges.", "en")
    assert not any("attack" in f.words for f in t.nominalisations), [f.words for f in t.nominalisations]


def test_a_news_agency_is_a_media_source(framing_models: None) -> None:
    found = sources_of("The fire destroyed 40 homes, the Xinhua news agency said.", "en")
    assert any("agency" in s and k == "media" for s, k in found), found


@pytest.mark.parametrize("text,language", [
    ("Il n'y a pas eu de dégradation en milieu de journée.", "fr"),
    ("Aucun incident n'a été signalé pendant le match.", "fr"),
    ("La marche s'est déroulée sans violence.", "fr"),
    ("The rally ended without incident.", "en"),
    ("Organisers said there had been no clashes.", "en"),
])
def test_an_act_that_did_not_happen_hides_no_one(framing_models: None, text: str, language: str) -> None:
    assert not analyse(text, language).nominalisations, [f.words for f in analyse(text, language).nominalisations]


def test_an_act_denied_twice_happened(framing_models: None) -> None:
    t = analyse("L'évacuation ne s'est pas faite sans heurts.", "fr")
    assert any("heurts" in f.words for f in t.nominalisations)


def test_the_agent_belongs_to_the_nearer_participle(framing_models: None) -> None:
    t = analyse("Quarante manifestants ont été interpellés samedi à Lyon, quadrillée par 2 000 policiers.", "fr")
    assert "ont été interpellés" in [f.words for f in t.agentless_passives], [f.words for f in t.agentless_passives]


def test_a_shortened_mention_keeps_the_kind_of_the_full_one(framing_models: None) -> None:
    found = sources_of("Dix personnes ont été interpellées, selon la préfecture de police. La manifestation était "
                       "interdite, a rappelé la préfecture.", "fr")
    assert [k for s, k in found] == ["police", "police"], found


@pytest.mark.parametrize("text,language", [
    ("Les policiers ont découvert une femme grièvement blessée dans le jardin.", "fr"),
    ("Hikers discovered the body on Sunday morning.", "en"),
])
def test_finding_something_is_not_selling_it(framing_models: None, text: str, language: str) -> None:
    assert not analyse(text, language).loaded_terms, [f.words for f in analyse(text, language).loaded_terms]


def test_discover_still_sells_where_something_is_sold(framing_models: None) -> None:
    t = analyse("Venez découvrir notre nouvelle collection à prix réduit en magasin !", "fr")
    assert any(f.info["category"] == "promotion" and "découvrir" in f.words for f in t.loaded_terms)


def test_domestic_violence_as_a_problem_is_no_event(framing_models: None) -> None:
    t = analyse("La lutte contre les violences domestiques reste une priorité du gouvernement.", "fr")
    assert not t.nominalisations, [f.words for f in t.nominalisations]


def test_a_title_with_a_full_stop_before_the_name_tells_the_kind(framing_models: None) -> None:
    found = sources_of("The road will stay closed, Travis County Sheriff's Sgt. Ana Lopez said.", "en")
    assert any(s.endswith("Lopez") and k == "police" for s, k in found), found


def test_summoned_by_someone_or_at_an_hour_is_a_passive(framing_models: None) -> None:
    t = analyse("Les agents ont été appelés par les syndicats à une journée de grève.", "fr")
    assert "ont été appelés" in [f.words for f in t.passives_with_agent]
    t = analyse("Les secours ont été appelés vers 22 heures.", "fr")
    assert "ont été appelés" in [f.words for f in t.agentless_passives]
    t = analyse("Le quartier, appelé la Cité, est calme.", "fr")
    assert not t.agentless_passives and not t.passives_with_agent


@pytest.mark.parametrize("text,word", [
    ("Households face an eye-watering rise in their energy bills.", "eye-watering"),
    ("Rents are rocketing in the capital, prices up 12%.", "rocketing"),
    ("The closure is a bitter blow to the town.", "bitter blow"),
])
def test_tabloid_words_of_size_dramatise(framing_models: None, text: str, word: str) -> None:
    assert any(word in w for w in loaded_of(text, "en")), loaded_of(text, "en")


def test_rocket_attacks_are_no_drama_and_a_named_crisis_is_a_name(framing_models: None) -> None:
    assert not loaded_of("A rocket hit a school near the border.", "en")
    assert not loaded_of("Fuel prices rose because of the Russia-Ukraine crisis.", "en")


def test_a_source_keeps_its_initials_whole(framing_models: None) -> None:
    found = sources_of("Inflation rose to 7%, the Office for National Statistics (ONS) said.", "en")
    assert not any("(" in s and ")" not in s for s, _k in found), found


@pytest.mark.parametrize("text,language,word", [
    ("Les secours ont pris en charge un adolescent grièvement blessé au thorax.", "fr", "blessé"),
    ("A cyclist seriously injured on the bypass is in hospital.", "en", "injured"),
    ("A man was found stabbed near the station.", "en", "stabbed"),
    ("La victime a été retrouvée poignardée dans son appartement.", "fr", "poignardée"),
])
def test_a_participle_of_injury_after_a_noun_or_after_found_is_an_act(framing_models: None, text: str,
                                                                     language: str, word: str) -> None:
    assert any(word in f.words for f in analyse(text, language).agentless_passives), \
        [f.words for f in analyse(text, language).agentless_passives]


@pytest.mark.parametrize("text", [
    "Le ministre devrait être entendu par les députés mardi.",
    "La facture pourrait atteindre deux milliards d'euros.",
    "Le parti pourrait compter entre 100 et 120 sièges.",
])
def test_a_forecast_is_not_the_journalistic_conditional(framing_models: None, text: str) -> None:
    t = analyse(text, "fr")
    assert not t.conditionals, [c.words for c in t.conditionals]
    assert not any(p.words.startswith(("devrait", "pourrait")) for p in t.agentless_passives + t.passives_with_agent)


def test_a_possibility_is_not_the_journalistic_conditional(framing_models: None) -> None:
    # « pourrait » says what may be (like "may"), not a claim the outlet does not check: three annotators of four
    # leave it out
    assert not analyse("Douze personnes pourraient vivre à ces adresses, selon les secours.", "fr").conditionals
    assert analyse("Douze personnes vivraient à ces adresses, selon les secours.", "fr").conditionals


def test_by_and_a_gerund_is_a_manner_not_an_agent(framing_models: None) -> None:
    t = analyse("Depositors reacted by pulling their money out.", "en")
    assert not t.agentless_passives and not t.passives_with_agent


def test_a_title_case_headline_thing_hides_who_acted(framing_models: None) -> None:
    t = analyse("Teen Struck By Gunfire Outside School", "en")
    assert [f.words for f in t.agentless_passives] == ["Struck"] and not t.passives_with_agent


def test_the_side_of_a_strike_named_by_its_nationality_is_no_hidden_agent(framing_models: None) -> None:
    assert not event_nouns_of("An Israeli airstrike hit a school in Rafah on Monday.", "en")
    assert not event_nouns_of("Un hôpital a été endommagé par une frappe aérienne russe.", "fr")
    assert event_nouns_of("An airstrike hit a school in Rafah on Monday.", "en")


def test_the_instrument_of_an_act_whose_doer_is_the_subject_hides_no_one(framing_models: None) -> None:
    assert not any("feu" in w for w in event_nouns_of("Il l'a aspergée d'essence et l'a immolée par le feu.", "fr"))


@pytest.mark.parametrize("text,language,word", [
    ("Shops were looted overnight in the city centre.", "en", "looted"),
    ("Des magasins ont été pillés dans la nuit.", "fr", "pillés"),
    ("The car plunged into the river after the crash.", "en", "plunged"),
    ("Its capital crisis set off fears across the industry.", "en", "crisis"),
])
def test_what_happened_told_plainly_is_not_loaded(framing_models: None, text: str, language: str, word: str) -> None:
    assert not any(word.lower() in w for w in loaded_of(text, language)), loaded_of(text, language)


def test_looters_and_prices_that_plunge_are_still_loaded(framing_models: None) -> None:
    assert any("looters" in w for w in loaded_of("Looters ransacked the shops.", "en"))
    assert any("plunge" in w for w in loaded_of("Share prices plunged 20% on Monday.", "en"))


def test_the_outlet_whose_information_is_cited_is_the_source(framing_models: None) -> None:
    found = sources_of("Selon les informations du Parisien, le suspect a été interpellé mardi.", "fr")
    assert any("Parisien" in s and k == "media" for s, k in found), found


def test_the_same_source_keeps_its_kind(framing_models: None) -> None:
    found = sources_of("« Le bilan est lourd », a indiqué la préfecture. Dix blessés sont graves, selon la même source.",
                       "fr")
    assert [k for _s, k in found] == ["official", "official"], found


def test_lawyers_are_sources_of_the_justice_kind(framing_models: None) -> None:
    found = sources_of("The trial was unfair, defense attorneys for the accused said.", "en")
    assert any(k == "justice" for _s, k in found), found


def test_in_a_trial_story_the_defendant_did_the_shooting(framing_models: None) -> None:
    t = ("Daniel Perry was found guilty on Friday by a jury in Austin. The shooting took place during a protest in "
         "2020, and his trial lasted two weeks.")
    assert not event_nouns_of(t, "en")
    assert event_nouns_of("The shooting took place during a protest in 2020.", "en")


def test_an_act_put_down_to_someone_named_hides_no_one(framing_models: None) -> None:
    assert not event_nouns_of("Le ministère a mis l'attaque sur le compte du groupe Wagner.", "fr")
    assert not event_nouns_of("Officials blamed the attack on Hamas.", "en")


def test_gunshots_fired_by_the_subject_hide_no_one(framing_models: None) -> None:
    assert not event_nouns_of("L'homme lui a tiré plusieurs coups de feu dans les jambes.", "fr")


def test_a_role_and_the_name_apposed_after_it_are_one_source(framing_models: None) -> None:
    found = sources_of("Selon la procureure de Nantes, Anne Martin, la victime a été frappée.", "fr")
    assert found == [("la procureure de Nantes, Anne Martin", "justice")], found


def test_a_deputy_to_the_mayor_is_one_role(framing_models: None) -> None:
    found = sources_of("« Le théâtre est détruit », indique l'adjoint au maire de la ville.", "fr")
    assert any("adjoint au maire" in s for s, _k in found), found


def test_chasing_someone_is_not_going_on_speaking(framing_models: None) -> None:
    assert not sources_of("L'homme, poursuivant sa voisine, a tiré deux fois.", "fr")
    assert sources_of("« Nous restons prudents », a poursuivi le maire.", "fr") == [("le maire", "official")]


def test_an_age_between_commas_does_not_hide_what_a_speaker_is(framing_models: None) -> None:
    found = sources_of("« On a eu peur », raconte Julie, 45 ans, habitante du quartier.", "fr")
    assert any(k == "witness" for _s, k in found), found


def test_the_unknown_killer_of_a_victim_is_not_a_label(framing_models: None) -> None:
    assert not loaded_of("Police are looking for witnesses who saw the victim and her killer.", "en")
    assert any("killer" in w for w in loaded_of("The killer was led away in handcuffs.", "en"))


def test_a_participle_of_damage_after_a_thing_is_an_act_in_a_full_sentence(framing_models: None) -> None:
    t = analyse("Des voitures incendiées ont été retrouvées près de la gare.", "fr")
    assert "incendiées" in [f.words for f in t.agentless_passives], [f.words for f in t.agentless_passives]


@pytest.mark.parametrize("text,language", [
    ("Des habitants ont vu la fumée. Selon eux, le feu a pris vers minuit.", "fr"),
    ("Residents saw the smoke. According to them, the fire started at midnight.", "en"),
])
def test_selon_eux_is_a_source(framing_models: None, text: str, language: str) -> None:
    assert sources_of(text, language), sources_of(text, language)


def test_a_former_official_speaks_as_a_person(framing_models: None) -> None:
    assert sources_of("« Je n'ai rien fait », a déclaré l'ancien ministre.", "fr") == [("l'ancien ministre", "named")]
    assert sources_of("“It was a mistake,” the former mayor said.", "en") == [("the former mayor", "named")]


@pytest.mark.parametrize("text", ["According to a new report, 40 people died.",
                                  "Local reports (via two TV channels) said 40 people died."])
def test_a_report_no_one_is_named_for_is_anonymous(framing_models: None, text: str) -> None:
    assert [k for _s, k in sources_of(text, "en")] == ["anonymous"], sources_of(text, "en")


@pytest.mark.parametrize("text,language", [
    ("Nurses will strike on December 15 and 20.", "en"),
    ("Les immeubles situés aux numéros 63 et 65 se sont effondrés.", "fr"),
])
def test_a_second_date_or_address_is_no_figure(framing_models: None, text: str, language: str) -> None:
    t = analyse(text, language)
    assert not [n for n in t.numbers if n.info["kind"] not in ("date", "year", "time")], [n.words for n in t.numbers]


def test_who_gave_the_information_is_the_source(framing_models: None) -> None:
    assert sources_of("Selon les informations des secours, douze personnes vivaient là.", "fr") == [
        ("des secours", "official")]


@pytest.mark.parametrize("text,language,word", [
    ("Une femme tuée en pleine rue à Metz.", "fr", "rue"),
    ("Il aurait été mêlé à une bagarre.", "fr", "mêlé"),
    ("Les habitants n'étaient pas disposés à partir.", "fr", "disposés"),
])
def test_nouns_and_states_that_look_like_participles_are_no_passives(framing_models: None, text: str,
                                                                   language: str, word: str) -> None:
    assert not any(word in f.words for f in analyse(text, language).agentless_passives)


def test_a_short_cut_is_no_job_cut(framing_models: None) -> None:
    assert not event_nouns_of("She took a short cut through the park.", "en")


def test_an_operation_begun_by_its_doer_hides_no_one(framing_models: None) -> None:
    assert not event_nouns_of("Les autorités ont débuté cette intervention à l'aube.", "fr")
    assert event_nouns_of("L'intervention a débuté à l'aube.", "fr")


def test_an_unbelievable_number_of_arrests_is_a_tally(framing_models: None) -> None:
    assert not event_nouns_of("Deux morts et un nombre invraisemblable d'arrestations après la finale.", "fr")


def test_defending_an_action_in_words_is_speech_defending_a_city_is_not(framing_models: None) -> None:
    assert sources_of("The ministry has defended the actions of its officers at the border.", "en") == [
        ("The ministry", "official")]
    assert not sources_of("Soldiers defended the city for weeks.", "en")


def test_allegations_after_by_hide_who_made_them_and_parked_cars_describe(framing_models: None) -> None:
    t = analyse("The movement was ignited by allegations against a film producer.", "en")
    assert [f.words for f in t.agentless_passives] == ["was ignited"] and not t.passives_with_agent
    assert not analyse("Fire trucks parked nearby blocked the road.", "en").agentless_passives


def test_losing_ones_life_softens_a_killing_not_an_illness(framing_models: None) -> None:
    def euphemisms(text: str) -> list[str]:
        return [f.words for f in analyse(text, "en").loaded_terms if f.info.get("category") == "euphemism"]

    assert euphemisms("The park where the teacher violently lost her life was sealed off.") == ["lost her life"]
    assert not euphemisms("She lost her life to cancer in 2019.")
    assert not euphemisms("He lost his life in an attack by two men.")  # who killed him is said


# Round 10 -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,language,name", [
    ("Gov. Maria Lopez said the roads would reopen on Monday.", "en", "Gov. Maria Lopez"),
    ("Sen. John Park told reporters the vote was close.", "en", "Sen. John Park"),
])
def test_an_abbreviated_office_is_official(framing_models: None, text: str, language: str, name: str) -> None:
    assert sources_of(text, language) == [(name, "official")]


def test_an_abbreviated_police_rank_keeps_its_name(framing_models: None) -> None:
    assert sources_of("Det. Sarah Cole said the suspect fled on foot.", "en") == [("Det. Sarah Cole", "police")]


@pytest.mark.parametrize("text,language", [
    ("Engineers warned that the tank could fail and cause an explosion within hours.", "en"),
    ("Une explosion de gaz a soufflé la façade de l'immeuble.", "fr"),
])
def test_a_real_blast_is_not_loaded(framing_models: None, text: str, language: str) -> None:
    assert "explosion" not in [w.lower() for w in loaded_of(text, language)]


def test_an_explosion_of_anger_is_still_loaded(framing_models: None) -> None:
    assert "explosion" in [w.lower() for w in loaded_of("Le quartier a connu une explosion de colère.", "fr")]


def test_the_war_of_a_story_of_missiles_is_a_real_war(framing_models: None) -> None:
    text = "Rescuers dug through the rubble after the missile hit, one of the war's worst attacks on a city."
    assert "war" not in [w.lower() for w in loaded_of(text, "en")]
    assert "war" in [w.lower() for w in loaded_of("The supermarkets are in a war over prices.", "en")]


@pytest.mark.parametrize("text,language", [
    ("The port was hit by a Russian drone at dawn. Three people died in the attack.", "en"),
    ("Une frappe israélienne a touché un immeuble. L'attaque a fait deux morts.", "fr"),
])
def test_an_armed_act_told_again_after_its_side_hides_no_one(framing_models: None, text: str, language: str) -> None:
    assert not event_nouns_of(text, language)


def test_an_armed_act_before_its_side_is_told_still_hides_it(framing_models: None) -> None:
    assert event_nouns_of("Three people died in the attack on the port.", "en")
    assert event_nouns_of("L'attaque a fait deux morts, selon les secours.", "fr")


def test_one_of_a_named_sides_attacks_after_by_is_the_agent(framing_models: None) -> None:
    assert with_agent("The town was shaken by one of Iran's heaviest attacks.", "en") == [("was shaken", "iran")]
    assert with_agent("He was shot by one of the guards.", "en") == [("was shot", "the guards")]


@pytest.mark.parametrize("text", [
    "Plus de 400 personnes ont été relogées lors de l'expulsion, menée par les gendarmes à l'aube.",
    "Une centaine de policiers étaient mobilisés pour cette évacuation du squat.",
])
def test_an_operation_whose_force_acts_in_its_sentence_hides_no_one(framing_models: None, text: str) -> None:
    assert not event_nouns_of(text, "fr")


def test_an_operation_without_its_force_still_hides_it(framing_models: None) -> None:
    assert event_nouns_of("L'évacuation du squat a commencé à l'aube.", "fr")


def test_shots_at_goal_are_not_gunshots(framing_models: None) -> None:
    assert not event_nouns_of("Le Maroc s'est imposé lors de la séance de tirs au but.", "fr")
    # (« tirs » itself is no longer claimed since round 27, see test_round_27_event_nouns_never_claimed)
    assert event_nouns_of("Une fusillade a visé le commissariat dans la nuit.", "fr")


def test_an_incise_ending_on_a_source_names_the_speaker(framing_models: None) -> None:
    text = ("L'autopsie, pratiquée lundi à Lyon, confirme la thèse d'une chute accidentelle, après l'examen des "
            "vidéos, a indiqué jeudi la procureure de Lyon.")
    assert sources_of(text, "fr") == [("la procureure de Lyon", "justice")]


def test_a_title_and_the_whole_name_after_it_are_one_source(framing_models: None) -> None:
    found = sources_of("En réaction, la ministre de la Santé Agnès Martin a annoncé un plan d'urgence.", "fr")
    assert found and found[0][0].endswith("Agnès Martin") and found[0][1] == "official"


def test_every_name_for_people_who_migrate_is_a_migration_term(framing_models: None) -> None:
    words = [w.lower() for w in loaded_of("Forty asylum seekers and refugees were moved from the hotel.", "en")]
    assert "asylum seekers" in words and "refugees" in words


@pytest.mark.parametrize("text,language", [
    ("More than 2,000 staff employed by the council will walk out.", "en"),
    ("Les trois usines exploitées par le groupe resteront fermées.", "fr"),
])
def test_a_standing_state_with_its_by_is_no_passive(framing_models: None, text: str, language: str) -> None:
    t = analyse(text, language)
    assert not t.agentless_passives and not t.passives_with_agent


def test_used_tells_an_act_only_with_its_agent(framing_models: None) -> None:
    assert "utilisé" not in passives("Le produit utilisé dans ces engrais vient de Chine.", "fr")
    assert with_agent("Les balles utilisées par les tireurs ont été saisies.", "fr")[0][0] == "utilisées"


@pytest.mark.parametrize("text,language", [
    ("Les bénévoles tiennent vingt stands répartis sur la place.", "fr"),
    ("Nous ne lâcherons rien, a réagi la maire, dans un message publié sur les réseaux sociaux.", "fr"),
    ("Rescuers searched what was left of the house.", "en"),
])
def test_places_documents_of_the_speaker_and_remains_are_no_passives(framing_models: None, text: str,
                                                                      language: str) -> None:
    assert not passives(text, language)


@pytest.mark.parametrize("text,language", [
    ("The drivers will walk out on March 3, 5 and 7 across 40 depots.", "en"),
    ("The bridge closes at 6 a.m. for 40 hours.", "en"),
    ("Le Maroc l'a emporté en demi-finale (1-1, 3-2 t.a.b.) devant 40 000 spectateurs.", "fr"),
])
def test_days_in_a_list_times_and_bracketed_scores_are_not_figures(framing_models: None, text: str,
                                                                   language: str) -> None:
    assert figures(text, language) in (["40"], ["40000"])


def test_a_body_found_by_passers_by_is_no_source(framing_models: None) -> None:
    assert not sources_of("The man was found by passers-by near the canal.", "en")


def test_a_speaker_before_a_participle_between_commas_speaks(framing_models: None) -> None:
    assert sources_of("The Red Cross, fearing a long winter, says the camps need tents.", "en") == [
        ("The Red Cross", "official")]


def test_a_friend_with_a_name_is_named_without_one_anonymous(framing_models: None) -> None:
    assert sources_of('His friend Marco said: "He was always helping."', "en") == [("His friend Marco", "named")]
    assert sources_of("A friend of Paul Smith said he had moved away.", "en")[0][1] == "anonymous"


def test_a_team_in_a_match_story_does_not_speak(framing_models: None) -> None:
    text = "En finale, le Portugal a confirmé qu'il était la meilleure équipe du tournoi, victoire 2-0."
    assert not sources_of(text, "fr")
    assert sources_of("Le Portugal a confirmé qu'il fermerait son ambassade.", "fr")


# Round 10, from a review of the analyser's claims on fresh real news (not in the corpus) --------------------------
def test_may_could_might_have_tell_a_possibility_not_the_conditional(framing_models: None) -> None:
    assert not conditionals("Investigators think the fire may have started in the kitchen.", "en")
    assert not conditionals("The driver could have braked earlier.", "en")


@pytest.mark.parametrize("text", ["The country is heading for a banking crisis.",
                                  "The row has become a diplomatic crisis for the coalition."])
def test_a_crisis_with_its_kind_is_a_name_not_drama(framing_models: None, text: str) -> None:
    assert "crisis" not in loaded_of(text, "en")


def test_an_unknown_killer_is_not_a_label_a_named_one_is(framing_models: None) -> None:
    assert "killer" not in loaded_of("Police appealed for help to find the killer.", "en")
    assert "killer" in loaded_of("Killer Dean Mole smiled as he left the dock.", "en")


def test_a_chain_of_vague_quantities_is_one_hedge(framing_models: None) -> None:
    assert [h.words for h in analyse("Hundreds of thousands of people marched on Sunday.", "en").hedges] == [
        "Hundreds of"]


@pytest.mark.parametrize("text,language", [
    ("La ministre a salué les deux tiers des communes.", "fr"),
    ("The world number one withdrew from the final.", "en"),
    ("La grève est prévue le 14 aout.", "fr"),
])
def test_fractions_a_rank_and_a_date_without_accent_are_not_figures(framing_models: None, text: str,
                                                                    language: str) -> None:
    assert not figures(text, language)


def test_without_success_and_the_gaza_strip_are_plain(framing_models: None) -> None:
    assert not loaded_of("Les secours ont cherché toute la nuit, sans succès.", "fr")
    assert not loaded_of("Les frappes ont repris dans la bande de Gaza.", "fr")


@pytest.mark.parametrize("text,language", [
    ("Le déficit a reculé selon les critères de Maastricht.", "fr"),
    ("Selon des vidéos diffusées sur Instagram, la foule a reflué.", "fr"),
])
def test_rules_and_videos_after_selon_cite_no_one(framing_models: None, text: str, language: str) -> None:
    assert not sources_of(text, language)


def test_the_author_of_a_bulletin_after_selon_speaks(framing_models: None) -> None:
    assert sources_of("Selon le dernier bulletin de Météo-France, la tempête faiblit.", "fr") == [
        ("Météo-France", "official")]


def test_early_tolls_and_reports_from_the_scene_name_no_one(framing_models: None) -> None:
    assert sources_of("Selon de premiers bilans, douze personnes sont mortes.", "fr")[0][1] == "anonymous"
    assert sources_of("Reports from the scene said the bridge had collapsed.", "en")[0][1] == "anonymous"


def test_a_lawsuit_speaks_for_the_justice_kind(framing_models: None) -> None:
    assert sources_of("A lawsuit filed on Monday claims the landlord ignored the mould.", "en")[0][1] == "justice"


def test_a_resident_of_a_city_is_a_witness(framing_models: None) -> None:
    assert sources_of('"The walls shook," said Ana, a resident of the city of Porto.', "en") == [("Ana", "witness")]


def test_announcing_oneself_reports_no_words(framing_models: None) -> None:
    assert not sources_of("The agents entered without announcing themselves.", "en")


def test_an_invasion_launched_by_a_state_names_the_side_of_its_attacks(framing_models: None) -> None:
    assert not event_nouns_of("Iraq launched an invasion of Kuwait. Witnesses said the attacks lasted hours.", "en")


def test_a_name_the_model_cuts_in_two_subjects_is_one_source(framing_models: None) -> None:
    assert sources_of("Santé publique France a estimé que l'épidémie reculait.", "fr") == [
        ("Santé publique France", "official")]


def test_repeated_warnings_and_a_sentence_with_a_fine_are_no_passives(framing_models: None) -> None:
    assert not passives("Malgré des avertissements répétés, le maire a maintenu la fête.", "fr")
    assert "assortie" not in " ".join(passives("Il écope d'une peine assortie d'une amende.", "fr"))


@pytest.mark.parametrize("text,language", [
    ("Les frappes ont fait douze morts, selon Kiev.", "fr"),
    ("Beijing said the drills were routine.", "en"),
])
def test_a_capital_speaks_for_its_government(framing_models: None, text: str, language: str) -> None:
    assert [k for _s, k in sources_of(text, language)] == ["official"]


def test_a_name_ends_before_a_time_adverb_and_a_code_is_no_figure(framing_models: None) -> None:
    assert not figures("Engineers shipped version 4.2.1 of the software.", "en")


def test_when_someone_spoke_does_not_tell_what_they_are(framing_models: None) -> None:
    text = "La directrice de l'hôpital, Anne Roux, lors d'une conférence de presse, a indiqué que 40 lits manquaient."
    assert [k for _s, k in sources_of(text, "fr")] == ["official"]


def test_a_comparison_is_not_a_vague_quantity(framing_models: None) -> None:
    assert not analyse("Les grévistes étaient plus nombreux que mardi.", "fr").hedges


def test_a_bottle_thrown_by_someone_is_no_citation_and_the_incident_is_told(framing_models: None) -> None:
    t = analyse("Une canette a été lancée par un spectateur. L'incident a retardé la course.", "fr")
    assert not t.attributions and not t.nominalisations


def test_another_violent_act_does_not_tell_the_doer_of_an_attack(framing_models: None) -> None:
    text = "Rioters have thrown bricks at the police in the days since the knife attack on the school."
    assert event_nouns_of(text, "en")


@pytest.mark.parametrize("text,language", [
    ("Ford is one of the Big 3 carmakers.", "en"),
    ("Le procès du 11-Septembre a repris.", "fr"),
    ("Le groupe, numéro trois mondial du secteur, ferme.", "fr"),
    ("Elle habite à deux pas du stade.", "fr"),
    ("Les faits se sont produits autour de 22 heures.", "fr"),
])
def test_names_dates_ranks_idioms_and_times_are_not_figures(framing_models: None, text: str, language: str) -> None:
    assert not figures(text, language)


def test_an_age_in_brackets_stays_a_figure(framing_models: None) -> None:
    assert figures("The victim, Sarah Jones (31), was a nurse.", "en") == ["31"]


def test_doubled_single_quotes_are_quotation_marks(framing_models: None) -> None:
    assert not loaded_of("Witnesses called the scene ‘‘horrific’’ on Monday.", "en")


def test_a_news_channel_is_media_and_a_health_bulletin_is_not(framing_models: None) -> None:
    assert sources_of("Sky News reported that the talks had failed.", "en")[0][1] == "media"
    assert [k for _s, k in sources_of("Selon le point de situation de Santé publique France, 40 cas sont confirmés.",
                                      "fr")] == ["official"]


def test_a_toll_no_one_is_named_for_is_anonymous(framing_models: None) -> None:
    assert sources_of("Il y a au moins 9 morts selon un premier bilan.", "fr")[0][1] == "anonymous"


def test_a_high_commissioner_is_official(framing_models: None) -> None:
    assert sources_of("Le calme est revenu, a indiqué le haut-commissaire de la République.", "fr")[0][1] == "official"


@pytest.mark.parametrize("text", ["Le camion s'est arrêté sur la bande d'arrêt d'urgence.",
                                  "Il publie sa première bande dessinée."])
def test_a_hard_shoulder_and_a_comic_are_no_gang(framing_models: None, text: str) -> None:
    assert not loaded_of(text, "fr")


def test_a_standing_state_at_the_head_of_a_sentence_is_no_passive(framing_models: None) -> None:
    assert not analyse("Gérés par la région, les lycées resteront ouverts.", "fr").passives_with_agent


def test_a_force_that_fires_at_someone_acts_a_headline_victim_undergoes(framing_models: None) -> None:
    assert not passives("Texas police fired 12 times at teenager", "en")
    assert passives("Police officers shot dead in Dallas", "en") == ["shot"]


def test_the_department_of_officers_just_named_is_the_police(framing_models: None) -> None:
    assert sources_of("The man was shot by two police officers, the department said on Friday.", "en") == [
        ("the department", "police")]


@pytest.mark.parametrize("text,language", [
    ("The court opened a war crimes inquiry.", "en"),
    ("La Cour enquête sur des crimes de guerre.", "fr"),
])
def test_war_crimes_name_an_offence(framing_models: None, text: str, language: str) -> None:
    assert not loaded_of(text, language)


@pytest.mark.parametrize("text,language,expected", [
    ("Nearly three-quarters of the staff voted to strike.", "en", []),
    ("A neighbour dialled 999 at once.", "en", []),
    ("Le séisme du 8 sept 2023 a fait quatre-vingt-douze morts.", "fr", ["92"]),
    ("Il y a eu sept blessés et quatre-vingts évacués.", "fr", ["7", "80"]),
])
def test_fractions_phone_lines_september_and_french_twenties(framing_models: None, text: str, language: str,
                                                             expected: list[str]) -> None:
    assert figures(text, language) == expected


def test_a_gerund_with_its_object_is_a_verb(framing_models: None) -> None:
    assert not event_nouns_of("A video shows officers beating and kicking a man on the ground.", "en")


def test_a_national_institute_is_official_a_think_tank_expert(framing_models: None) -> None:
    assert sources_of("The National Statistics Institute said prices rose.", "en")[0][1] == "official"
    assert sources_of("The Institute for Fiscal Studies said taxes would rise.", "en")[0][1] == "expert"


def test_this_spokesman_keeps_the_kind_of_the_one_before(framing_models: None) -> None:
    text = ("« La situation est calme », a déclaré le porte-parole de la gendarmerie. « Personne n'est blessé », a "
            "ajouté ce porte-parole.")
    assert [k for _s, k in sources_of(text, "fr")] == ["police", "police"]


def test_the_dead_are_people_and_survivors_witnesses(framing_models: None) -> None:
    assert not event_nouns_of("Les morts seront rapatriés lundi.", "fr")
    assert sources_of("« L'eau montait vite », raconte une rescapée.", "fr")[0][1] == "witness"


def test_guided_weapons_are_a_kind(framing_models: None) -> None:
    assert not passives("Guided missiles hit the port.", "en")
    assert not passives("Des bombes guidées ont visé le port.", "fr")


def test_people_urged_in_a_headline_do_not_speak(framing_models: None) -> None:
    assert not sources_of("Storm warning issued, drivers urged to avoid the coast road", "en")
    assert sources_of("The council urged drivers to avoid the coast road.", "en")


@pytest.mark.parametrize("text", ["Forty-two people were rescued, KOMO-TV reported.",
                                  "WXYZ reported that the plant would close."])
def test_a_broadcasters_call_sign_is_media(framing_models: None, text: str) -> None:
    assert [k for _s, k in sources_of(text, "en")] == ["media"]


def test_a_number_in_words_cut_at_its_hyphen_is_one_figure(framing_models: None) -> None:
    assert figures("Forty-two people were rescued on Sunday.", "en") == ["42"]


def test_a_share_of_people_after_par_is_the_agent(framing_models: None) -> None:
    assert with_agent("La grève a été suivie par 30 % des enseignants.", "fr")[0][0] == "a été suivie"


@pytest.mark.parametrize("text", ["Le club a été confronté à une crise sans précédent.",
                                  "Contraint d'annuler sa tournée, le chanteur s'est excusé.",
                                  "Les habitants sont opposés au projet."])
def test_facing_being_forced_to_and_opposing_are_states(framing_models: None, text: str) -> None:
    # (with its auxiliary, « il a été contraint d'annuler » tells someone forced: the corpus marks it 6 times in 6,
    # round 125)
    assert not passives(text, "fr")


def test_profiter_sells_only_where_something_is_sold(framing_models: None) -> None:
    assert not loaded_of("Les vacanciers ont pu profiter du soleil malgré la grève.", "fr")


def test_an_adverb_the_tagger_reads_as_a_conditional_is_not_one(framing_models: None) -> None:
    assert not conditionals("Au cours de la dispute, il la frappe violemment.", "fr")
    assert conditionals("Le suspect aurait frappé sa compagne.", "fr")


@pytest.mark.parametrize("text,language,expected", [
    ("Two hundred and forty-one passengers were rescued.", "en", ["241"]),
    ("About two dozen homes burned.", "en", ["24"]),
    ("The talks resumed at 1430 GMT with 12 delegations.", "en", ["12"]),
    ("L'incidence atteint 250 cas pour 100 000 habitants.", "fr", ["250"]),
    ("Un 4x4 a percuté trois voitures.", "fr", ["3"]),
])
def test_numbers_in_words_times_rate_bases_and_vehicles(framing_models: None, text: str, language: str,
                                                       expected: list[str]) -> None:
    assert figures(text, language) == expected


def test_strikes_of_a_named_state_hide_no_one(framing_models: None) -> None:
    assert not event_nouns_of("Les frappes aériennes de la Russie ont touché deux écoles.", "fr")
    assert event_nouns_of("Des frappes aériennes ont touché deux écoles.", "fr")


def test_the_ap_is_media_and_an_epidemiologist_an_expert(framing_models: None) -> None:
    assert sources_of("The AP reported that the border was closed.", "en")[0][1] == "media"
    assert sources_of("An epidemiologist said cases had doubled.", "en")[0][1] == "expert"


def test_a_guilty_plea_is_no_citation(framing_models: None) -> None:
    assert not sources_of("The driver admitted manslaughter at Bristol Crown Court.", "en")


@pytest.mark.parametrize("text,language", [
    ("Cases rose again on Friday, bringing the total up to 40.", "en"),
    ("The fly-half put over four penalties.", "en"),
])
def test_a_new_total_and_a_particle_are_no_hedges(framing_models: None, text: str, language: str) -> None:
    assert not analyse(text, language).hedges


def test_without_incident_and_militants_in_a_war_are_plain(framing_models: None) -> None:
    assert not loaded_of("The man was arrested without incident.", "en")
    assert "militants" not in loaded_of("Militants fired rockets at the border post, the army said.", "en")


def test_a_raid_by_the_subject_of_its_verb_hides_no_one(framing_models: None) -> None:
    assert not event_nouns_of("The army killed six fighters in a raid on the village.", "en")


@pytest.mark.parametrize("text", [
    "Les gendarmes ont interpellé le conducteur à Brest. Son interpellation s'est faite sans heurts.",
    "Les pompiers sont intervenus vers minuit. Leur intervention a duré deux heures.",
])
def test_an_operation_told_again_after_its_doer_hides_no_one(framing_models: None, text: str) -> None:
    assert not event_nouns_of(text, "fr")


def test_a_result_between_two_team_names_is_a_score(framing_models: None) -> None:
    assert figures("Lorient 3-1 Nantes, devant 12 000 spectateurs.", "fr") == ["12000"]


def test_a_defendant_and_an_unbeaten_team_are_no_passives(framing_models: None) -> None:
    assert not passives("Le prévenu, invaincu depuis trois matchs, a souri.", "fr")


# Round 11, from the tenth split's errors ---------------------------------------------------------------------------
def test_an_arrest_whose_officers_are_the_subject_hides_no_one(framing_models: None) -> None:
    assert not event_nouns_of("Deux gendarmes ont été suspendus après une interpellation filmée à Lyon.", "fr")


def test_the_charge_of_a_coordinated_clause_is_an_offence(framing_models: None) -> None:
    text = "Un homme a été mis en examen pour meurtre et sa compagne pour violences volontaires."
    assert not event_nouns_of(text, "fr")


def test_a_toll_in_a_headline_cites_no_one(framing_models: None) -> None:
    assert not sources_of("Bilan provisoire : neuf morts et douze blessés", "fr")


def test_maitre_names_a_lawyer(framing_models: None) -> None:
    found = sources_of("« Nous ferons appel », a annoncé Me Paul Girard.", "fr")
    assert len(found) == 1 and found[0][0].endswith("Paul Girard") and found[0][1] == "justice"


def test_strong_arm_and_noon_are_no_passives(framing_models: None) -> None:
    assert not passives("Il est presque midi quand commence une interpellation musclée.", "fr")


@pytest.mark.parametrize("text", ["The ministry reported 40 dead and 1,200 injured.",
                                  "Officials said thousands injured, many of them children."])
def test_a_count_of_people_after_a_number_is_no_passive(framing_models: None, text: str) -> None:
    assert not passives(text, "en")


def test_hundreds_evacuated_from_a_place_is_a_passive(framing_models: None) -> None:
    assert passives("Hundreds evacuated from flats after blaze", "en") == ["evacuated"]


def test_strikes_with_their_nationality_after_them_name_the_side(framing_models: None) -> None:
    assert not event_nouns_of("Des frappes russes ont touché le port. Cette attaque a fait deux morts.", "fr")


def test_the_ft_is_media(framing_models: None) -> None:
    assert sources_of("The FT reported that the deal was close.", "en")[0][1] == "media"


def test_an_agent_after_a_place_in_brackets_and_par_le_passe(framing_models: None) -> None:
    assert with_agent("Il a été arrêté à la gare de Lille (Nord) jeudi par la police aux frontières.", "fr")
    assert "condamné" in passives("Un homme, condamné par le passé pour vol, a été arrêté.", "fr")


def test_a_service_responding_to_a_call_reports_nothing(framing_models: None) -> None:
    # the firefighters report nothing; the call they answered, told with what it said, is a caller no one names (the
    # tune gold, round 155: "responded to a call around 11:50 a.m. about a climber who fell")
    assert sources_of("Firefighters responded to a call about smoke in the basement.", "en") == [("call", "anonymous")]
    assert not sources_of("Firefighters received 12 calls about smoke in the basement.", "en")


def test_one_speaker_with_two_verbs_is_one_citation(framing_models: None) -> None:
    assert len(sources_of("The mayor confirmed the closure and said the school would reopen in May.", "en")) == 1


def test_an_act_is_never_a_speaker_and_a_complements_relative_clause_ends_the_source(framing_models: None) -> None:
    found = sources_of("A nurse at the hospital, where dozens of wounded arrived, said the wards were full.", "en")
    assert found and found[0][0] == "A nurse at the hospital"


def test_participles_listed_after_avoir_are_active(framing_models: None) -> None:
    text = "Des manifestants ont bloqué la route, brûlé des pneus et lancé des pierres."
    assert not passives(text, "fr")


def test_a_headline_count_before_a_line_break_is_no_passive(framing_models: None) -> None:
    assert not passives("Floods hit the north: dozens dead and thousands injured\n\nRescuers searched all night.", "en")


def test_the_report_takes_the_kind_of_the_source_just_cited(framing_models: None) -> None:
    text = "The deal was signed on Sunday, the Financial Times reported. According to the report, talks lasted days."
    assert [k for _s, k in sources_of(text, "en")] == ["media", "media"]


def test_a_decision_of_a_company_named_before_hides_no_one(framing_models: None) -> None:
    text = "Le groupe Martin a présenté un plan social mardi. Il prévoit la fermeture de douze magasins."
    assert not event_nouns_of(text, "fr")


def test_deaths_after_a_strike_of_a_named_side_hide_no_one(framing_models: None) -> None:
    assert not event_nouns_of("Les autorités ont annoncé la mort de six civils à la suite d'une frappe russe.", "fr")


def test_single_quotes_after_said_hold_a_long_quotation(framing_models: None) -> None:
    text = "He said: 'We were never told by the council that the school would be closed at the end of the year.'"
    t = analyse(text, "en")
    assert all(f.info["quoted"] for f in t.agentless_passives + t.passives_with_agent)


def test_a_dateline_agency_does_not_give_the_kind(framing_models: None) -> None:
    assert sources_of("LONDON (AP) — Health officials said cases had doubled.", "en")[0][1] == "official"


def test_a_team_opening_a_sentence_and_an_idiom_after_selon_cite_no_one(framing_models: None) -> None:
    text = "Lens s'est imposé 2-0 en championnat. Pour Valenciennes, les choses se compliquent avant la finale."
    assert not sources_of(text, "fr")
    assert not sources_of("Selon toute vraisemblance, le match sera rejoué.", "fr")


@pytest.mark.parametrize("text", ["Les Nations unies ont condamné la frappe.",
                                  "La réforme n'est pas acceptée par tous, mais elle n'est pas encore appliquée."])
def test_a_name_and_a_state_that_does_not_hold_are_no_passives(framing_models: None, text: str) -> None:
    assert "unies" not in passives(text, "fr") and not any("appliquée" in p for p in passives(text, "fr"))


def test_a_departement_number_and_unleaded_95_are_no_figures(framing_models: None) -> None:
    assert figures("À Brive (19), le sans plomb 95 a atteint 2 euros.", "fr") == ["2"]


# Round 12, from the eleventh split's errors ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Le rapport du préfet décrit ensuite les conditions de l'évacuation.",
                                  "Une nouvelle tempête fait au moins trois morts dans le Finistère",
                                  "La dette publique atteint désormais 110 % du PIB.",
                                  "Le maire a pour sa part évoqué devant le conseil un « choix difficile »."])
def test_a_form_with_a_direct_object_or_a_distant_avoir_is_active(framing_models: None, text: str) -> None:
    assert not passives(text, "fr")


def test_a_title_with_a_number_after_par_is_an_agent(framing_models: None) -> None:
    text = "Le maire, cité par 20 Minutes, a démenti toute fermeture."
    assert with_agent(text, "fr") and with_agent(text, "fr")[0][0] == "cité"
    assert not with_agent("Le prix a été multiplié par 20 en dix ans.", "fr")


def test_the_longest_term_wins_whatever_the_order_of_a_words_forms(framing_models: None, monkeypatch) -> None:
    def lemma_first(tok):  # the order a set of strings iterates in changes with PYTHONHASHSEED
        return [tok.lemma_.lower(), tok.lower_]
    monkeypatch.setattr(features, "forms", lemma_first)
    assert own_hedges("The storm appeared to weaken overnight.", "en") == ["appeared to"]


@pytest.mark.parametrize("text,language,kind", [
    ("« Tout est calme », a déclaré le ministre de l'Intérieur Jean Dupont sur France Inter.", "fr", "official"),
    ("Le calme est revenu, a indiqué la gouverneure de la région.", "fr", "official"),
    ("La route est rouverte, a précisé le sous-préfet de Brest Paul Martin.", "fr", "official"),
    ("« Rien n'est réglé », a écrit Ana Ruiz, porte-parole du Haut commissariat aux droits de l'homme, sur X.", "fr",
     "official"),
    ("Flights cancelled as strike bites, gov't says", "en", "official"),
    ("The airline said all passengers had been rebooked.", "en", "official"),
    ("Several asylum seekers said they had waited for months.", "en", "witness"),
])
def test_offices_and_people_who_lived_it_are_typed(framing_models: None, text: str, language: str, kind: str) -> None:
    assert [k for _s, k in sources_of(text, language)] == [kind]


def test_the_people_a_headline_is_about_are_no_speaker(framing_models: None) -> None:
    assert not sources_of("Channel migrants: coastguards intercept three boats", "en")


@pytest.mark.parametrize("text,language,expected", [
    ("Le chalutier Marie Jo 2 a ramené 300 kilos de poisson.", "fr", ["300"]),
    ("Le club remonte en Pro D2 et vise le top 8 avec 40 joueurs.", "fr", ["40"]),
    ("The district will hire 12 teachers for the 2024-25 school year.", "en", ["12"]),
    ("A 34-year-old man was arrested.", "en", ["34"]),
])
def test_a_number_in_a_name_or_the_second_year_of_a_span_is_no_figure(framing_models: None, text: str,
                                                                       language: str, expected: list[str]) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize("text,words", [
    ("It is believed by investigators that the boat left Libya on Monday.", "is believed"),
    ("It is thought around 30 homes were flooded.", "is thought"),
])
def test_an_impersonal_it_is_believed_is_the_conditional_not_a_passive(framing_models: None, text: str,
                                                                         words: str) -> None:
    t = analyse(text, "en")
    assert words in [f.words for f in t.conditionals]
    assert words not in [f.words for f in t.agentless_passives + t.passives_with_agent]


def test_an_agent_after_a_possessive_is_the_noun(framing_models: None) -> None:
    assert with_agent("A man was attacked by his neighbour on Sunday.", "en") == [("was attacked", "neighbour")]


@pytest.mark.parametrize("text", [
    "Lisa Grant was killed by her partner on Friday. The incident happened at their home.",
    "Tom Hale was driving on the wrong side when he crashed into a van. Police said the incident was under review.",
    "A trooper chased the car for ten miles and then ended the pursuit.",
])
def test_an_act_its_doer_told_or_carried_on_hides_no_one(framing_models: None, text: str) -> None:
    assert not event_nouns_of(text, "en")


def test_a_car_crashing_names_no_driver(framing_models: None) -> None:
    assert event_nouns_of("A car crashed into a wall on the A6. The incident is being investigated.", "en")


@pytest.mark.parametrize("text,language,expected", [
    ("The charity said it had helped 200 families.", "en", [("The charity", "official")]),
    ("The school board said the building would close in June.", "en", [("The school board", "official")]),
    ("« Le climat se réchauffe », explique Marie Dubois, de l'université de Lille, qui a mené l'étude.", "fr",
     [("Marie Dubois", "expert")]),
    ("Le suspect a été relâché, selon les informations de France Bleu Isère.", "fr",
     [("France Bleu Isère", "media")]),
    ("Les rebelles ont affirmé avoir abattu un drone.", "fr", [("Les rebelles", "official")]),
])
def test_bodies_and_where_a_person_works_give_the_kind(framing_models: None, text: str, language: str,
                                                        expected: list[tuple[str, str]]) -> None:
    assert sources_of(text, language) == expected


def test_a_dateline_is_no_source(framing_models: None) -> None:
    # the dateline is where the story was filed; the noun phrase after the dash speaks (round 55), without the day
    assert [w for w, _ in sources_of("LONDON (AP) — A former banker on Monday admitted that he lied to clients.",
                                     "en")] == ["A former banker"]


@pytest.mark.parametrize("text,language", [
    ("La panne reste inexpliquée et la hausse est inédite depuis dix ans.", "fr"),
    ("Les gendarmes du peloton motorisé ont contrôlé un camion.", "fr"),
    ("La forêt était truffée de pièges.", "fr"),
    ("La coalition emmenée par les États-Unis a frappé une base.", "fr"),
    ("The quake was centered 20 kilometres off the coast.", "en"),
    ("The coalition led by Saudi Arabia struck a market.", "en"),
])
def test_adjectives_places_and_standing_labels_are_no_passives(framing_models: None, text: str, language: str) -> None:
    assert not passives(text, language) and not with_agent(text, language)


def test_pellets_hide_who_fired_and_an_ordinal_makes_a_noun(framing_models: None) -> None:
    assert not with_agent("Sa jambe a été touchée par 40 plombs.", "fr")
    assert passives("Sa jambe a été touchée par 40 plombs.", "fr") == ["a été touchée"]
    assert not with_agent("Lyon a marqué un 3e but par Lacazette.", "fr")


def test_the_plain_words_of_a_match_report_and_a_listing_enfin_are_not_loaded(framing_models: None) -> None:
    text = ("Toulouse s'impose 30-12 face à Pau. Un succès net. Enfin, Castres gagne un match spectaculaire "
            "contre Lyon (40-38) et remonte au classement.")
    assert not loaded_of(text, "fr")
    # « enfin » / "finally" tell "at last" or close a list: five reviews of fresh news judged them plain words
    assert not loaded_of("Le gouvernement a enfin reconnu son erreur.", "fr")
    assert not loaded_of("The council finally approved the budget.", "en")


def test_by_a_gerund_with_its_object_is_a_means(framing_models: None) -> None:
    text = "Children are often infected by drinking contaminated water."
    assert not with_agent(text, "en") and passives(text, "en") == ["are often infected"]


def test_a_headline_participle_told_as_a_passive_is_not_also_an_event_noun(framing_models: None) -> None:
    text = "Nantes : un homme blessé lors d'un contrôle, la justice saisie\n\nUne enquête a été ouverte."
    assert "saisie" in passives(text, "fr") and "saisie" not in event_nouns_of(text, "fr")


@pytest.mark.parametrize("text,language,expected", [
    ("The council said the road would reopen. The roadworks are over, the statement said.", "en",
     [("The council", "official"), ("the statement", "official")]),
    ("Her defence team said they would appeal.", "en", [("Her defence team", "justice")]),
    ("The firm will be sold, according to people with knowledge of the talks.", "en", [("people", "anonymous")]),
    ("The actor has cancelled his tour, his representatives said.", "en", [("his representatives", "anonymous")]),
    ("The tour is over, said his representative Ann Lee.", "en", [("representative Ann Lee", "named")]),
])
def test_documents_teams_and_representatives_are_typed(framing_models: None, text: str, language: str,
                                                        expected: list[tuple[str, str]]) -> None:
    assert sources_of(text, language) == expected


@pytest.mark.parametrize("text,language,agent", [
    ("A nurse who was shot by  officers in her home.", "en", "officers"),
    ("The rule had been ignored by front-line managers.", "en", "managers"),
    ("She was stabbed in her kitchen in a murder-suicide by her husband.", "en", "husband"),
    ("La grève était suivie mardi par 30 % des enseignants.", "fr", "%"),
])
def test_agents_after_spaces_hyphens_acts_and_days(framing_models: None, text: str, language: str, agent: str) -> None:
    found = with_agent(text, language)
    assert len(found) == 1 and agent in found[0][1]


@pytest.mark.parametrize("text,language", [
    ("Le ministre est attendu sur place dans la soirée.", "fr"),
    ("La victime est toujours plongée dans le coma.", "fr"),
    ("Un drone non identifié a survolé la centrale.", "fr"),
    ("The gunman was barricaded inside a flat.", "en"),
    ("The firm was valued at $2bn on Friday.", "en"),
    ("Heavy rain combined with high tides to flood the town.", "en"),
])
def test_expected_comatose_unidentified_and_valued_are_states(framing_models: None, text: str, language: str) -> None:
    assert not passives(text, language)


@pytest.mark.parametrize("text", ["Les sapeurs-pompiers ont effectué une trentaine d'interventions samedi.",
                                  "Un policier a été blessé au cours d'une intervention à Lille."])
def test_an_intervention_of_a_force_named_in_its_sentence_hides_no_one(framing_models: None, text: str) -> None:
    assert not event_nouns_of(text, "fr")


def test_goals_scored_in_words_and_a_time_of_night_are_no_figures(framing_models: None) -> None:
    assert figures("City won the league match 3-0 after a goal before half-time: they scored three times.",
                   "en") == []
    assert figures("Il était 3 heures du matin quand 12 pompiers sont arrivés.", "fr") == ["12"]


def test_refugees_in_a_bodys_name_and_crisis_talks_are_not_loaded(framing_models: None) -> None:
    assert loaded_of("Selon le Haut commissariat aux réfugiés, 40 réfugiés sont arrivés.", "fr") == ["réfugiés"]
    assert loaded_of("Le conseil municipal a accueilli des réfugiés.", "fr") == ["réfugiés"]
    assert not loaded_of("Une cellule de crise a été ouverte à la préfecture.", "fr")
    assert loaded_of("Ministers held crisis talks as the crisis deepened.", "en") == ["crisis"]


def test_stranded_meant_to_and_quoted_as_saying_by(framing_models: None) -> None:
    assert not passives("Thousands of holidaymakers are stranded abroad.", "en")
    assert not conditionals("The new centre is supposed to host 500 people.", "en")
    assert conditionals("The suspect is supposed to have fled abroad.", "en")
    assert with_agent("An official was quoted as saying by Interfax that talks had failed.", "en") == [
        ("was quoted", "interfax")]


@pytest.mark.parametrize("text,language", [
    ("Le suspect, filmé par les caméras de surveillance, a été interpellé.", "fr"),
    ("The attack was filmed by CCTV cameras.", "en"),
    ("Le fuyard a été maîtrisé par une interpellation musclée.", "fr"),
])
def test_cameras_and_acts_after_par_hide_who_acted(framing_models: None, text: str, language: str) -> None:
    assert not with_agent(text, language)


def test_a_fire_after_par_is_a_force_it_names(framing_models: None) -> None:
    assert with_agent("Cent hectares ont été parcourus par un incendie de forêt.", "fr")


def test_news_reports_name_no_one_and_the_outlet_told_gives_no_title(framing_models: None) -> None:
    assert sources_of("News reports suggested the talks had failed.", "en") == [("News reports", "anonymous")]
    found = sources_of("« Nous continuons », a déclaré à l'AFP Julie Moreau.", "fr")
    assert found == [("Julie Moreau", "named")]


def test_an_act_told_again_after_its_doer_was_charged_hides_no_one(framing_models: None) -> None:
    text = ("Judge Ann Hale sentenced Mark Dorr to two years in jail and five years of probation for the assault "
            "of a student. Alcohol played a part in the assault, the judge said.")
    assert not event_nouns_of(text, "en")
    assert event_nouns_of("An assault was reported on the campus. Police are looking into the assault.", "en")


@pytest.mark.parametrize("text", [
    "Ten people were killed in an air strike on Monday by government forces. The attack hit a market.",
    "Residents are angry after a police officer shot and killed a teenager. The county took over the investigation "
    "of the shooting.",
    "One of the two men pushed the guard and assaulted him. After the assault, they ran away.",
])
def test_an_act_whose_doer_a_passive_or_a_verb_named_hides_no_one(framing_models: None, text: str) -> None:
    assert not event_nouns_of(text, "en")


def test_a_confrontation_with_a_named_side_still_makes_the_violence_mutual(framing_models: None) -> None:
    assert event_nouns_of("A man was shot by an officer during a confrontation in a car park.", "en")


@pytest.mark.parametrize("text", ["Residents were shocked and angered by the decision.",
                                  "Thousands of students protested against the reform.",
                                  "The clinic, supported by a charity, reopened.",
                                  "A shelter run by volunteers opened in May."])
def test_feelings_protests_and_standing_relations_are_no_passives(framing_models: None, text: str) -> None:
    assert not passives(text, "en") and not with_agent(text, "en")


def test_round_of_16_a_score_after_a_comma_replays_and_a_panicking_captain(framing_models: None) -> None:
    assert figures("Uruguay prevailed in the game against Italy, 1-0, to reach the Round of 16.", "en") == []
    assert not sources_of("Television replays showed the bite.", "en")
    assert not loaded_of("The father said the captain had panicked and jumped into the sea.", "en")
    assert with_agent("The vigil was guarded by riot police.", "en") == [("was guarded", "police")]


def test_round_13_french_classes(framing_models: None) -> None:
    assert figures("Des milliers d'opposants à l'A 69 ont défilé.", "fr") == []
    assert not loaded_of("Les syndicats sont sur le pied de guerre.", "fr")
    assert passives("Les corps inanimés ont été repêchés. À leur arrivée, la maison était embrasée.", "fr") == [
        "ont été repêchés"]
    assert not event_nouns_of("Il est sous contrôle judiciaire avec l'interdiction de paraître au tribunal.", "fr")
    text = ("Des frappes israéliennes ont touché l'hôpital Nasser lundi. La chaîne a confirmé le décès de son "
            "correspondant.")
    assert not event_nouns_of(text, "fr")


def test_round_13_review_classes(framing_models: None) -> None:
    assert [n.info["value"] for n in analyse("Elle a entre 15 et 20 millions d'années.", "fr").numbers] == [
        "15000000", "20000000"]
    assert sources_of("La route est coupée, indique Vosges Matin.", "fr") == [("Vosges Matin", "media")]
    assert not passives("Une course-poursuite a eu lieu. Un repris de justice a été condamné.", "fr")[:-1]
    assert not loaded_of("Le chanteur reprend ses plus grands succès en tournée.", "fr")
    assert figures("Hull took a two-goal lead to climb the Division Two table.", "en") == []
    assert not with_agent("The fire, believed to be caused by human activity, burned 200 acres.", "en")
    text = "Greenville police said the man had died. The news release said the officer fired twice."
    assert [k for _s, k in sources_of(text, "en")][-1:] == ["police"]


def test_a_clitic_object_foreign_outlets_and_a_visible_feeling(framing_models: None) -> None:
    assert not passives("Le groupe connaît une crise qui le conduit à fermer deux usines.", "fr")
    assert sources_of("Le journaliste est mort, a confirmé NBC.", "fr") == [("NBC", "media")]
    assert not own_hedges("« C'est injuste », lâche un salarié, visiblement ému.", "fr")


def test_a_headline_kicker_is_no_speaker_and_a_people_is_a_witness(framing_models: None) -> None:
    assert "Storm Alert" not in [s for s, _k in sources_of("Storm Alert: Met Office Warns Of Floods In Wales", "en")]
    assert sources_of("Five killed in shelling, Ukrainians say", "en") == [("Ukrainians", "witness")]
    assert sources_of("The plan will fail, Jones said.", "en") == [("Jones", "named")]  # a surname ending in -s


@pytest.mark.parametrize("text", [
    "Some passengers blamed the chaos and the disorder on the crew.",
    "The striker appeared to bite a defender. The incident happened late in the game.",
    "Marco Rossi threw a punch at the referee. The incident was filmed.",
])
def test_acts_blamed_on_someone_or_told_with_their_doer_hide_no_one(framing_models: None, text: str) -> None:
    assert not event_nouns_of(text, "en")


def test_a_tragedy_for_a_stabbing_is_a_euphemism_not_for_a_disaster(framing_models: None) -> None:
    text = "La fête a tourné à la tragédie : un supporter est mort d'un coup de couteau."
    assert [f.info["category"] for f in analyse(text, "fr").loaded_terms if f.words == "tragédie"] == ["euphemism"]
    text = "The crush killed 97 fans. The tragedy still haunts the city."
    assert [f.info["category"] for f in analyse(text, "en").loaded_terms if f.words == "tragedy"] == ["dramatising"]


# Round 14 (classes seen on the thirteenth held-out split and its reviews) -------------------------------------
def test_a_strike_whose_doer_hides_behind_a_relative_clause_or_other_strikes(framing_models: None) -> None:
    text = ("Dix personnes ont été blessées dans cette frappe de missile qui a visé un café fréquenté par les "
            "étudiants. L'armée russe a tiré trois missiles sur la ville.")
    assert event_nouns_of(text, "fr") == ["frappe"]
    text = ("Une frappe russe a touché la gare. La ville a été visée à plusieurs reprises par des bombardements "
            "depuis le printemps.")
    assert event_nouns_of(text, "fr") == ["bombardements"]
    assert passives(text, "fr") == ["a été visée"]
    text = "Le ministère russe a indiqué avoir frappé à Kherson un dépôt. La frappe a détruit une école."
    assert not event_nouns_of(text, "fr")
    text = "The school was hit in airstrikes blamed on the coalition. The airstrikes killed four pupils."
    assert not event_nouns_of(text, "en")


@pytest.mark.parametrize("text,language", [
    ("Une boulangerie appréciée des habitants a fermé.", "fr"),
    ("The café is loved by students and teachers.", "en"),
    ("About 300 people were gathered outside the town hall.", "en"),
    ("The firm filed for bankruptcy on Monday.", "en"),
])
def test_liking_gathering_and_filing_for_are_no_passives(framing_models: None, text: str, language: str) -> None:
    assert not passives(text, language) and not with_agent(text, language)


def test_who_ordered_an_act_and_who_identified_a_victim_are_agents(framing_models: None) -> None:
    assert with_agent("Le parc a été fermé au public sur décision du maire.", "fr") == [("a été fermé", "maire")]
    assert with_agent("The road was closed on the orders of the mayor.", "en") == [("was closed", "the mayor")]
    # (but who asked is not who did it: "closed at the request of the mayor", round 114)
    assert with_agent("The road was closed at the request of the mayor.", "en") == []
    assert with_agent("The woman was identified by her brother as Ana Lee.", "en") == [
        ("was identified", "brother")]


def test_a_drama_of_gunfire_or_of_a_partners_body_is_a_euphemism(framing_models: None) -> None:
    text = "Les gendarmes ont ouvert le feu, tuant un automobiliste. Un nouveau drame sur les routes du Gard."
    assert [f.info["category"] for f in analyse(text, "fr").loaded_terms if f.words == "drame"] == ["euphemism"]
    text = "Un homme a été interpellé avec le corps de sa compagne dans son garage. Le drame a choqué le village."
    assert [f.info["category"] for f in analyse(text, "fr").loaded_terms if f.words == "drame"] == ["euphemism"]
    text = "Le téléphérique est tombé. Le drame a fait six morts."
    assert [f.info["category"] for f in analyse(text, "fr").loaded_terms if f.words == "drame"] == ["dramatising"]


def test_round_14_sources(framing_models: None) -> None:
    assert sources_of("L'équipe Jumbo-Visma a annoncé le forfait de son leader.", "fr") == [
        ("L'équipe Jumbo-Visma", "official")]
    assert sources_of("Le match est reporté, a indiqué L'Equipe.", "fr") == [("L'Equipe", "media")]
    assert sources_of("La ligne sera rouverte lundi, a précisé le secrétaire d'Etat aux Transports, Paul Blanc.",
                      "fr") == [("le secrétaire d'Etat aux Transports, Paul Blanc", "official")]
    text = "Le bilan s'élève à 12 morts, dont deux enfants, a annoncé le préfet de l'Aude, Jean Roux.\n\nLa suite."
    assert sources_of(text, "fr") == [("le préfet de l'Aude, Jean Roux", "official")]
    assert [k for _s, k in sources_of("Police in Dayton, Ohio said the man was armed.", "en")] == ["police"]
    assert sources_of("The defense argued that the officer feared for his life.", "en") == [("The defense", "justice")]


def test_round_14_figures_hedges_and_events(framing_models: None) -> None:
    assert figures("The retailer filed for Chapter 11 protection, cutting 400 jobs.", "en") == ["400"]
    assert figures("All of them were punished in one way or another.", "en") == []
    assert own_hedges("The nearly all-male board approved the plan.", "en") == ["nearly"]
    assert own_hedges("Presque tous les élèves étaient absents. Le feu a pris aux alentours de minuit.", "fr") == [
        "presque", "aux alentours de"]
    assert not event_nouns_of("La cycliste est morte après une chute dans la descente. Sa mort a ému le peloton.",
                              "fr")
    assert not event_nouns_of("Smith was charged with theft and concealing the death of a child.", "en")
    assert loaded_of("The bank sold its broker-dealer unit.", "en") == []


@pytest.mark.parametrize("text,language", [
    ("Toujours déterminé à fuir, le conducteur a forcé un second barrage.", "fr"),
    ("La fillette était couverte de bleus, selon les secouristes.", "fr"),
    ("Les camions roulaient alignés sur la voie de droite.", "fr"),
    ("La réunion sera suivie d'une conférence de presse.", "fr"),
    ("Elle vit seule avec ses enfants, dont le père est séparé d'elle depuis un an.", "fr"),
    ("The council wants residents to get vaccinated before winter.", "en"),
    ("The union will publish a list of the workers affected.", "en"),
    ("Fatigue and speed are suspected causes.", "en"),
    ("Some residents were caught by surprise.", "en"),
])
def test_states_manners_and_sequences_are_no_passives(framing_models: None, text: str, language: str) -> None:
    assert not passives(text, language) and not with_agent(text, language)


def test_round_14_review_classes(framing_models: None) -> None:
    assert passives("La cause de l'incendie a pu être déterminée.", "fr") == ["être déterminée"]
    assert passives("La cause de l'incendie n'a pas pu être déterminée.", "fr") == []  # denied (round 46)
    assert passives("About 300 jobs will be affected, the company said.", "en") == ["will be affected"]
    assert with_agent("Les enfants ont été réveillés par les cris.", "fr") == [] and passives(
        "Les enfants ont été réveillés par les cris.", "fr") == ["ont été réveillés"]
    assert sources_of("Le bilan est lourd, selon France 3.", "fr") == [("France 3", "media")]
    assert not sources_of("Pour la troisième journée, le stade était plein.", "fr")
    assert not sources_of("La comète a été baptisée « Léa », d'après la fille de son découvreur.", "fr")
    assert not sources_of("Les clients peuvent se faire rembourser auprès de leur agence.", "fr")
    assert not sources_of("Si on considère les chiffres, la baisse est nette.", "fr")
    assert sources_of("Le courant est revenu, selon le distributeur Enerlux.", "fr") == [
        ("le distributeur Enerlux", "official")]
    assert [k for _s, k in sources_of("A spokesman for the Border Patrol said the men were detained.", "en")] == [
        "police"]
    assert "DENVER" not in [s for s, _k in sources_of("DENVER -- The health department confirmed two cases.", "en")]
    assert not sources_of("Soldiers responded with artillery fire.", "en")
    assert not loaded_of("Le navire se déroute pour porter secours.", "fr")
    assert not loaded_of("Le sable forme une bande étroite le long de la côte.", "fr")
    assert not loaded_of("He is accused of slashing a man's arm with a knife.", "en")
    assert loaded_of("The company slashed 300 jobs.", "en") == ["slashed"]
    assert figures("Championnat : l'équipe de Lyon a battu Nice 31 à 27 et fête sa victoire.", "fr") == []
    assert not event_nouns_of("A man involved in a string of burglaries was jailed.", "en")
    assert not event_nouns_of("Heavy rain made the river overflow. Residents returned to see the damage.", "en")


def test_round_14_second_review_classes(framing_models: None) -> None:
    assert with_agent("Twelve people were killed by Russian shelling, officials said.", "en") == []
    assert with_agent("The depot was hit by a guided aerial bomb.", "en") == []
    assert sources_of("The port was shut, according to a TASS report.", "en") == [("a TASS report", "media")]
    assert not passives("The defence said the act was not premeditated.", "en")
    assert not passives("Investigators said the child was exposed to the virus at school.", "en")
    text = "Lee was found guilty on Monday of stabbing his brother. The incident happened in May."
    assert not event_nouns_of(text, "en")
    text = "Drones bombed a market in the town. At the time of the attack, dozens of people were inside."
    assert not event_nouns_of(text, "en")
    assert not passives("Il a donné une fausse identité. Victoire bonifiée pour Agen lors de la 3e journée.", "fr")
    assert not passives("Des gendarmes sont positionnés à l'entrée du village.", "fr")
    assert not sources_of("Un homme avoue avoir tué son voisin.", "fr")
    assert not loaded_of("Il demande une hausse des salaires, une prime et enfin un treizième mois.", "fr")
    assert figures("Les inscriptions sont ouvertes du 9 au 20 janvier.", "fr") == []
    assert not passives("Une équipe de biologistes dirigée par Ana Ruiz a décrit l'espèce.", "fr")
    assert not with_agent("Une équipe de biologistes dirigée par Ana Ruiz a décrit l'espèce.", "fr")


def test_round_14_third_review_classes(framing_models: None) -> None:
    assert not event_nouns_of("The driver was arrested without an incident.", "en")
    assert not passives("Residents should be prepared to leave their homes.", "en")
    assert not passives("Officers assigned to the unit found the car.", "en")
    assert passives("Two officers were assigned to the case.", "en") == ["were assigned"]
    text = "Lyon beat Nice 2-0 in the cup. The striker scored both goals in this encounter, the coach's team won."
    assert not event_nouns_of(text, "en")
    assert not with_agent("Des chauffeurs excédés par les insultes ont cessé le travail.", "fr")
    assert not loaded_of("Ils avaient assisté au concert la veille.", "fr")
    assert figures("Le camion a été coupé en deux. Il faut appeler le 15 en cas d'urgence.", "fr") == []
    assert not event_nouns_of("Le niveau du fleuve reste sous le seuil d'évacuation.", "fr")
    assert not own_hedges("Les habitants ont manifesté avec beaucoup de colère.", "fr")
    assert not sources_of("L'ONG dispose d'un réseau de sources dans la région.", "fr")
    text = "« Le bilan s'est alourdi », a déclaré à l'AFP dans la soirée le directeur de l'hôpital, Paul Roy."
    assert [s for s, _k in sources_of(text, "fr")] == ["le directeur de l'hôpital, Paul Roy"]


def test_round_14_fourth_review_classes(framing_models: None) -> None:
    text = ("Hoover police said the man fled on foot. The store clerk told officers she was threatened with a knife, "
            "according to a press release.")
    assert [k for _s, k in sources_of(text, "en")] == ["police", "witness", "police"]
    text = "Les chercheurs du musée ont décrit la plante. Selon eux, elle a 400 millions d'années."
    # (« selon eux » after the researchers are cited is them again, cited once: the French gold, round 85)
    assert [k for _s, k in sources_of(text, "fr")] == ["expert"]
    assert [k for _s, k in sources_of("“I am so sorry to disappoint you,” Garou, 55, said in a statement.", "en")] == [
        "named"]
    text = "Cricket: India 201 for 3 beat Kenya 198 for 9 by seven wickets with 14 balls remaining."
    assert figures(text, "en") == []
    assert figures("The shop at 410 E. Main Street was robbed.", "en") == []
    assert figures("Le club a gagné aux quatre coins du pays.", "fr") == []
    assert not event_nouns_of("Les oiseaux de la région sont en voie de disparition.", "fr")
    assert passives("Il a été retrouvé caché derrière une benne.", "fr") == ["a été retrouvé"]
    assert not loaded_of("Il demande une prime et enfin un treizième mois.", "fr")


def test_round_14_fourteenth_split_and_review_17_classes(framing_models: None) -> None:
    assert not loaded_of("Dozens were injured in a strike on the Nuseirat refugee camp.", "en")
    assert not loaded_of("Une frappe a touché le camp de réfugiés de Jénine.", "fr")
    assert loaded_of("Des migrants sont arrivés à Lampedusa.", "fr") == ["migrants"]
    assert not loaded_of("Un militant de l'association a pris la parole devant la mairie.", "fr")
    assert loaded_of("Des militants radicaux ont lancé des cocktails Molotov sur les gendarmes.", "fr") == [
        "militants"]
    assert figures("Train 447 was delayed for two hours.", "en") == ["2"]
    assert [n.info["value"] for n in analyse("Le bus s'est arrêté trois cents mètres plus loin.", "fr").numbers] == [
        "300"]
    assert [n.info["value"] for n in analyse("Le chiffre d'affaires atteint 12,5 ME.", "fr").numbers] == [
        "12500000"]
    assert not passives("La manifestation s'est déroulée dans un climat tendu.", "fr")
    assert not event_nouns_of("The boy was diagnosed with a rare genetic disorder last year.", "en")
    assert not event_nouns_of("Widespread Acme layoffs begin a week after the takeover.", "en")
    text = "La mort de Léa, renversée délibérément par un automobiliste, a choqué la ville. Le drame a eu lieu lundi."
    assert [f.info["category"] for f in analyse(text, "fr").loaded_terms if f.words == "drame"] == ["euphemism"]
    assert [k for _s, k in sources_of("The astronomers said the planet is young.", "en")] == ["expert"]
    assert [k for _s, k in sources_of("An eyewitness said the car sped away.", "en")] == ["witness"]


def test_dates_with_slashes_and_planes_after_par(framing_models: None) -> None:
    assert figures("Sur l'exercice 2022/2023, l'usine a produit 4 000 vélos.", "fr") == ["4000"]
    assert figures("Mis à jour le 03/11/2024 à 9h. Trois blessés.", "fr") == ["3"]
    assert passives("Le dépôt a été touché par un avion de chasse.", "fr") == ["a été touché"]
    assert not with_agent("The convoy was hit by a warplane.", "en")


def test_round_15_classes(framing_models: None) -> None:
    assert not event_nouns_of("Kyiv said it had repelled a Russian assault near the river.", "en")
    assert not passives("Les habitants étaient stupéfiés. Deux hommes piégés dans le véhicule encastré.", "fr")
    assert passives("L'incendie a été causé par des bougies.", "fr") == ["a été causé"]
    assert sources_of("L'enquête avance, a précisé le vice-procureur.", "fr") == [("le vice-procureur", "justice")]
    assert [k for _s, k in sources_of("« C'est dangereux », témoigne un ouvrier.", "fr")] == ["witness"]
    text = "Selon Le Parisien et RTL, il a été arrêté. Selon les mêmes sources, il a avoué."
    assert [k for _s, k in sources_of(text, "fr")][-1] == "media"
    assert figures("The crash happened near mile marker 212.", "en") == []
    assert not own_hedges("Officials said we are up to 31 cases this year.", "en")


def test_an_agent_after_an_arrest_and_a_counterfactual(framing_models: None) -> None:
    text = "Une enquête a été ouverte sur sa mort après son interpellation par des gendarmes."
    assert passives(text, "fr") == ["a été ouverte"] and not with_agent(text, "fr")
    text = "A late goal denied them a win that would have kept their hopes alive."
    assert not [c for c in analyse(text, "en").conditionals]


def test_round_17_source_kinds(framing_models: None) -> None:
    assert sources_of("La direction du site a confirmé l'arrêt de la production.", "fr") == [
        ("La direction du site", "official")]
    assert sources_of("Selon le site Mediacités, le projet est abandonné.", "fr") == [("le site Mediacités", "media")]
    assert [k for _s, k in sources_of("« C'est dur », confie une jeune maman.", "fr")] == ["witness"]
    assert [k for _s, k in sources_of("Both sides denied targeting civilians.", "en")] == ["official"]


def test_a_fire_whose_cause_is_told_and_a_part_that_blew_out(framing_models: None) -> None:
    assert not event_nouns_of("The shells hit a depot, causing a huge blaze.", "en")
    text = "The jet made an emergency landing after a panel blew out in flight, an incident that scared passengers."
    assert not event_nouns_of(text, "en")


def test_round_18_seventeenth_split_classes(framing_models: None) -> None:
    # a count after « mois, » is no date; « en mer » is no verb that ends the search for the agent
    assert figures("Samedi 4 mai, 240 personnes ont été évacuées.", "fr") == ["240"]
    assert with_agent("Trente pêcheurs ont été secourus en mer par la marine.", "fr") == [("ont été secourus", "la marine")]
    assert not passives("Les exposants étaient répartis sur trois halls.", "fr")
    assert passives("Les élèves ont été répartis dans deux écoles.", "fr") == ["ont été répartis"]
    # states: ill with a disease, stuck, camped; a town controlled by an army
    assert not passives("The doctor treated a child infected with measles.", "en")
    assert passives("Nurses described being infected with the virus at work.", "en") == ["being infected"]
    assert not passives("Hundreds of lorries stuck at the port. Fans are camped out near the gate.", "en")
    assert not with_agent("Shells hit Kherson, a city controlled by Ukrainian forces.", "en")
    # "opened fire" tells the shooting: "the incident" after it is told again
    assert not event_nouns_of("Guards opened fire on the crowd. The death toll from the incident rose to five.", "en")
    # sources: "responded" to a place, a phone line called, a rubric, a hyphen, the unnamed patient, the staff
    assert not sources_of("Deputies responded to the house at 4 a.m.", "en")
    assert not sources_of("A passer-by called the police line to report the fire.", "en")
    assert not sources_of("Acme Bank news: what happens to savers now\n\nThe bank closed on Friday.", "en")
    assert not sources_of("Ukrainian soldiers held by Russian-backed forces\n\nThe camp was hit.", "en")
    assert sources_of("County Hospital officials said an unnamed patient was being tested.", "en") == [
        ("County Hospital officials", "official")]
    assert [k for _s, k in sources_of("The army's general staff said the bridge was destroyed.", "en")] == ["official"]
    assert [k for _s, k in sources_of("Separatists said they had taken the airport.", "en")] == ["official"]
    assert sources_of("Il roulait vite, selon les premiers éléments de l'enquête communiqués par le parquet.", "fr") == [
        ("le parquet", "justice")]


def test_round_18_review_19_classes(framing_models: None) -> None:
    # no one hurt: nothing undergone (nor a thing not done, since round 46: a denied passive hides no doer)
    assert not passives("No one was injured. Nobody was hurt.", "en")
    assert not passives("Personne n'a été blessé.", "fr")
    assert passives("Aucune mesure n'avait été prise.", "fr") == []
    assert passives("Des mesures avaient été prises.", "fr") == ["avaient été prises"]
    # a side told by "-led" or by a nationality the small model reads as a verb
    assert not event_nouns_of("A US-led coalition airstrike hit the port.", "en")
    assert not event_nouns_of("Deux civils ont été tués par un bombardement russe sur Kharkiv.", "fr")
    # the accident its doer caused, told again in the lead with « un »
    text = ("Ivre, un chauffeur de bus provoque un accident\n\nUn accident s'est produit lundi à Niort. "
            "Deux voitures sont entrées en collision.")
    assert not event_nouns_of(text, "fr")
    # a denied act joined to another by « ou de »
    assert not event_nouns_of("Aucune forme de violence ou de dégradation n'a été constatée.", "fr")
    # sources: anonymity told in the next sentences, a person and the body in brackets, a pronoun after the
    # auxiliary, a promoter, a provider, a prosecuting advocate, an answer with no words
    text = "Local officials say the strike hit a school. They say ten died. They spoke on condition of anonymity."
    assert [k for _s, k in sources_of(text, "en")] == ["anonymous"]
    assert [k for _s, k in sources_of("« Nous continuerons », affirme Paul Martin (FO).", "fr")] == ["union"]
    assert not sources_of("« C'est fini », avait-il écrit sur Instagram pour expliquer son absence.", "fr")
    assert [k for _s, k in sources_of("Le producteur du spectacle a confirmé l'annulation.", "fr")] == ["organisers"]
    assert [k for _s, k in sources_of("The software provider said sales fell.", "en")] == ["official"]
    assert [k for _s, k in sources_of("Prosecuting counsel Anna Reid told the court the man fled.", "en")] == [
        "justice"]
    assert not sources_of("Firefighters responded to a warehouse on Elm Road at noon.", "en")
    # scores, ranks and addresses are no figures; a quarrel before a killing the text tells is no euphemism
    assert figures("Sabalenka beat world No. 2 Gauff 6-3, 2-6, 7-5 on Sunday.", "en") == []
    assert figures("Officers were called to 1450 Maple Avenue on Friday.", "en") == []
    text = "Un homme a tué sa compagne samedi à Lille. Un voisin a entendu le début de la dispute."
    assert not [f for f in analyse(text, "fr").loaded_terms if f.info.get("category") == "euphemism"]
    assert not passives("The committee is comprised of nine members.", "en")
    assert not loaded_of("Malgré son allure spectaculaire, le cortège est resté calme.", "fr")


def test_round_18_review_20_classes(framing_models: None) -> None:
    # « selon » meaning "depending on"; an age bracket; a quarrel of words
    assert not sources_of("Le taux n'est pas le même selon les régions.", "fr")
    assert not sources_of("Le tarif varie selon l'âge du client.", "fr")
    assert not own_hedges("Le vaccin est gratuit pour les enfants de moins de 12 ans.", "fr")
    # a finding told inside another speaker's words; health officials; a petty officer
    assert [s.split()[-1] for s, _k in sources_of("Divers found two bodies in the wreck, said Captain Ana Ruiz.",
                                                  "en")] == ["Ruiz"]
    assert [k for _s, k in sources_of("The county Health Commissioner said five cases were confirmed.", "en")] == [
        "official"]
    # what one may undergo, a state after a crash, a blow after "by", an impersonal estimate
    assert not passives("Infants too young to be vaccinated are most at risk.", "en")
    assert not passives("Glass was scattered across the road.", "en")
    assert passives("The bruise was caused by a kick.", "en") == ["was caused"]
    assert not passives("It is estimated that 5,000 people attended.", "en")
    # numbers that name: a dispatch line, a level, a line, a result line
    assert figures("The call came from a 911 dispatch centre.", "en") == []
    assert figures("Pupils sat their key stage 2 tests.", "en") == []
    assert figures("Le tram 3 ne circule pas ce lundi.", "fr") == []
    assert figures("Wrexham 1 Notts County 4\n\nWrexham lost at home.", "en") == []
    # a cause told by « être à l'origine de », and the side of a strike told by « du régime »
    assert not event_nouns_of("Un chevreuil est à l'origine de la collision.", "fr")
    assert event_nouns_of("Moscou dément être à l'origine de l'attaque.", "fr") == ["attaque"]
    assert not event_nouns_of("Dix civils ont été tués dans des frappes de l'armée birmane.", "fr")


def test_round_18_review_21_classes(framing_models: None) -> None:
    # British court reports, teachers' associations, tolls, radio names the parser cuts, a number written twice
    assert [k for _s, k in sources_of("He kicked the door, said Sarah Lane, prosecuting.", "en")] == ["justice"]
    assert [k for _s, k in sources_of("The Denver Education Association said talks had failed.", "en")] == [
        "union"]
    assert [k for _s, k in sources_of("Selon le dernier bilan, l'explosion a fait six blessés.", "fr")] == [
        "anonymous"]
    assert [k for _s, k in sources_of("Le pont est fermé, indique France Bleu Isère mardi.", "fr")] == ["media"]
    assert figures("Twelve (12) people fell ill.", "en") == ["12"]
    # a number that rose is no flood of people; bargaining sells nothing
    assert not loaded_of("Officials said visa applications have surged.", "en")
    assert not loaded_of("The union accused the company of refusing to bargain.", "en")
    # a level recorded is a state; who announces a cancellation decided it; « hormis » is no participle
    assert not passives("Prices are 3% above the levels recorded last year.", "en")
    assert "expected" in passives("Homes are being evacuated, with water levels expected to keep rising.", "en")
    assert not event_nouns_of("Le groupe a annoncé l'annulation de sa tournée.", "fr")
    assert not passives("Les ventes sont en hausse, c'est-à-dire hormis la Chine.", "fr")
    text = "Police say the man was arrested on Friday. According to sworn statements, officers found a knife."
    assert [k for _s, k in sources_of(text, "en")] == ["police", "police"]


def test_round_18_review_22_classes(framing_models: None) -> None:
    # charges listed after "counts of"; a vote on an offer is no speech; a label a speaker gave is theirs
    text = "He was jailed after pleading guilty to three counts of burglary, two of assault and one of theft."
    assert not event_nouns_of(text, "en")
    assert not sources_of("The pay offer was rejected by GMB members.", "en")
    assert not loaded_of("The mayor described the attack as an act of terror.", "en")
    assert [k for _s, k in sources_of("A consultant said two schools should merge.", "en")] == ["expert"]
    # a motorbike after « par » is a means; scores, standings, roads and a motorbike are no figures
    assert passives("La voiture a été percutée par une moto.", "fr") == ["a été percutée"]
    text = ("Match nul au stade : les Bretons l'emportent, 28-31, et remontent à 3 points de la 6e place. Le match "
            "a tourné en seconde période, après un but de Diallo.")
    assert figures(text, "fr") == []
    assert figures("Le pilote du deux roues a été blessé sur la D 14.", "fr") == []
    assert [n.info["value"] for n in analyse("La dette atteint 1 126,2 millions d'euros.", "fr").numbers] == [
        "1126200000"]


def test_round_19_eighteenth_split_and_review_23_classes(framing_models: None) -> None:
    # states and adjectives: « censé », « télévisé », « abonnés à », « inadapté à », « composé de », "faced with"
    assert not passives("Le cortège est censé partir à midi, après le journal télévisé.", "fr")
    assert not passives("Les foyers abonnés à l'électricité paieront plus.", "fr")
    assert not passives("Le canot était inadapté à la haute mer. Le jury est composé de neuf membres.", "fr")
    assert not passives("Faced with cuts, the council closed two libraries.", "en")
    # the accident its driver caused, told with a gerund in a relative clause
    text = ("L'automobiliste qui a renversé deux passants en percutant un abribus était ivre. Le chauffard a été "
            "arrêté après l'accident.")
    assert not event_nouns_of(text, "fr")
    # names with capitals are no loaded words; a shoot-out's score, junctions and a GMT time are no figures
    assert not loaded_of("Some 2,000 marched, said a Stop the War Coalition spokesman.", "en")
    assert figures("Italy won the penalty shoot-out 3-2 after extra time.", "en") == []
    assert figures("The M1 was shut between junctions 4 and the A14.", "en") == []
    assert figures("Staff were told at 1000GMT on Monday.", "en") == []
    # kinds: the FA is an organiser, a research team experts, a manager official
    assert [k for _s, k in sources_of("The FA said it condemned the abuse.", "en")] == ["organisers"]
    assert [k for _s, k in sources_of("The research team reported finding the bones.", "en")] == ["expert"]
    assert [k for _s, k in sources_of("The site manager said the leak was contained.", "en")] == ["official"]
    # the outlet's own correction and a phone call are no sources
    assert not sources_of("UPDATE: This article previously stated that two officers were hurt.", "en")
    assert not sources_of("Officers were called by the fire service shortly before midnight.", "en")
    assert not passives("The plane was headed for Denver. The city wants to be rid of the cars.", "en")


def test_round_19_review_24_classes(framing_models: None) -> None:
    text = "Dix civils ont été tués dans des frappes aériennes menées par l'aviation syrienne."
    assert passives(text, "fr") == ["ont été tués"]
    assert not with_agent("Ils vivent dans une zone contrôlée par l'armée. Une soirée marquée par la pluie.", "fr")
    assert with_agent("Le conducteur a été contrôlé par les gendarmes.", "fr") == [("a été contrôlé", "les gendarmes")]
    assert not event_nouns_of("Three hospitals declared a critical incident on Monday.", "en")
    assert not passives("Les bénévoles, étant dispersés sur trois sites, ont manqué de tout.", "fr")


def test_round_20_nineteenth_split_classes(framing_models: None) -> None:
    # an agent after a manner: « à bout portant »
    assert with_agent("L'homme a été tué à bout portant par son voisin.", "fr") == [("a été tué", "son voisin")]
    # « drame » for people a vehicle someone drove killed is a euphemism; a driver who died alone stays dramatising
    text = "Drame à Lens : un piéton a été tué par une camionnette qui a foncé sur le marché."
    assert [(f.words, f.info["category"]) for f in analyse(text, "fr").loaded_terms] == [("Drame", "euphemism")]
    text = "Drame de la route : un motard tué après avoir percuté un platane."
    assert [f.info["category"] for f in analyse(text, "fr").loaded_terms] == ["dramatising"]
    # a motorbike, and people counted before, are no figures
    assert figures("Le passager du deux-roues a été blessé.", "fr") == []
    assert figures("Two men were stopped. The two refused to talk.", "en") == ["2"]
    # what is launched is an act unless it is words; a state declared is a decision; a quarrel going on says nothing
    assert not sources_of("L'armée a lancé une offensive sur la ville.", "fr")
    assert [k for _s, k in sources_of("Le maire a lancé un appel : « Restez chez vous ».", "fr")] == ["official"]
    assert not sources_of("The county has declared a state of emergency.", "en")
    assert not sources_of("According to police, two neighbours were arguing and one was hurt.", "en")[1:]
    # a relative clause of the subject is no incise: "The union, which …, called the plan …" is the union's label
    text = "The union, which represents most drivers, called the plan “a betrayal”."
    assert [s for s, _k in sources_of(text, "en")] == ["The union"]
    # states: aligned, intoxicated
    assert not passives("Counter-protesters aligned with the group gathered. The driver was not intoxicated.", "en")
    # a quotation over two paragraphs opens again and closes once; a mark glued to an elided article opens one
    text = ("The union said: \"Members were stunned by the news.\n\n\"We expect staff are offered other jobs.\"\n\n"
            "Staff were told on Monday.")
    assert [f.words for f in analyse(text, "en").agentless_passives if not f.info.get("quoted")] == ["were told"]
    text = "Le ministre dénonce l'\"attaque inadmissible\" de l'hôpital, vandalisé mardi."
    assert passives(text, "fr") == ["vandalisé"]


def test_round_20_review_25_classes(framing_models: None) -> None:
    # a crash told again after the driving act and its doer (« un » in a later sentence; the same sentence's
    # « un accident » is another one)
    text = ("Un cycliste a été fauché par un chauffard à Lille. Le jeune homme est mort lors de la collision.")
    assert event_nouns_of(text, "fr") == []
    text = "Un policier a percuté un camion dimanche. Un grave accident s'est produit vers midi."
    assert event_nouns_of(text, "fr") == []
    text = "Un pompier a été renversé par un automobiliste lors d'une intervention sur un accident."
    assert "accident" in event_nouns_of(text, "fr")
    # a headline's topic noun; a time put before the speaker is no part of its name
    assert passives("Montée des eaux : trois villages évacués par précaution", "fr") == ["évacués"]
    text = "Depuis début mars, l'agence régionale de santé note une hausse des cas : 1 200 passages."
    assert [s for s, _k in sources_of(text, "fr")] == ["l'agence régionale de santé"]
    # finding things is no finding; "find it harder" neither
    assert not sources_of("The birds are so shy, scientists are still finding new species.", "en")
    assert not sources_of("Small schools get less money and find it harder to stay open.", "en")
    # a simple past the tagger reads as a participle; a board led by its chairman; one as a pronoun or a side
    assert not passives("His sister, who had spoken in court, sobbed.", "en")
    assert not with_agent("The directors, led by the chairman, decided to sell.", "en")
    assert figures("Officers served two orders and placed one on Smith.", "en") == ["2"]
    assert figures("The boat tipped to one side.", "en") == []
    # a body speaking through a statement is official; someone told, with nothing told, is no source
    assert [k for _s, k in sources_of("The band said in a statement that the tour was cancelled.", "en")] == [
        "official"]
    text = "Son frère a été prévenu par un voisin."
    assert with_agent(text, "fr") == [("a été prévenu", "un voisin")] and not sources_of(text, "fr")


def test_round_20_reviews_23_to_25_classes(framing_models: None) -> None:
    assert not [f for f in analyse("Unions want the best possible deal for staff.", "en").hedges]
    assert figures("On one occasion he was heard calling 999 for help.", "en") == []
    assert figures("Cinquante-huit personnes ont été évacuées.", "fr") == ["58"]
    assert not event_nouns_of("Two hospitals have moved to a critical incident.", "en")
    assert [k for _s, k in sources_of("3 Brothers Food Group said 200 jobs were at risk.", "en")] == ["official"]
    assert not passives("Genre nouveau\n\nLes chercheurs décrivent un crâne.", "fr")
    assert not with_agent("Deux familles seront relogées par leurs propres moyens.", "fr")


def test_round_21_twentieth_split_and_review_26_classes(framing_models: None) -> None:
    # sources: the audience told, a possession after the verb, bodies and titles, an unnamed inquiry
    assert not sources_of("The doctor, who treated her, had told reporters on Tuesday that she was stable.", "en")[1:]
    text = "A nurse at the city hospital, Ann Lee, confirmed Mr Smith's death on Friday."
    assert "Mr Smith's death" not in [s for s, _k in sources_of(text, "en")]
    assert [k for _s, k in sources_of("The Port of Dover said in a statement that it was sorry.", "en")] == ["official"]
    assert [k for _s, k in sources_of("The man died, the Independent Office for Police Conduct said.", "en")] == [
        "official"]
    assert [k for _s, k in sources_of("La compagnie a annoncé son intention de porter plainte.", "fr")] == ["official"]
    assert [k for _s, k in sources_of("L'enfant est stable, a précisé le Dr Jean Martin.", "fr")] == ["expert"]
    text = "Selon les premiers éléments de l'enquête, le conducteur roulait vite."
    assert [k for _s, k in sources_of(text, "fr")] == ["anonymous"]
    # states and hearsay: people gathered, presumed dead; 'voted' takes no object; seizures suffered are an illness
    assert not passives("Le procureur a parlé devant des journalistes réunis à l'aéroport.", "fr")
    text = "The pilot is presumed dead."
    assert not passives(text, "en") and [f.words for f in analyse(text, "en").conditionals] == ["is presumed"]
    assert not with_agent("Dockers voted by more than 9-1 in favour of a strike.", "en")
    assert figures("Dockers voted by more than 9-1 in favour of a strike.", "en") == []
    assert not event_nouns_of("The man later suffered seizures in his cell.", "en")
    # violence told again after its doer; job cuts told with their number hide nothing
    text = "Des manifestants agressent deux cadres. La direction condamne ces violences."
    assert event_nouns_of(text, "fr") == []
    text = "La direction annonce un plan de restructuration qui vise 1 200 postes."
    assert not [f for f in analyse(text, "fr").loaded_terms if f.info["category"] == "euphemism"]
    # figures: a phone number, a name with figures, both, a clock time, a multiplier after a hyphen, a standing
    assert figures("Un numéro vert est ouvert : le 0800 636 636.", "fr") == []
    assert figures("Selon le site 7sur7, il a fui.", "fr") == []
    assert figures("Ils ont tous deux été condamnés à 16 h14.", "fr") == []
    assert figures("The cuts save over 300-thousand dollars.", "en") == ["300000"]
    assert figures("Lowestoft are in the bottom three.", "en") == []
    assert not {"re", "-"} & set(passives("The road was shut and re-opened at noon.", "en"))
    # a group named before its attack; an act summed up after a dash
    assert not event_nouns_of("Officials had warned of an imminent Islamic State group attack.", "en")
    text = "A police officer is charged after fatally shooting a man in his flat — a baffling incident."
    assert not event_nouns_of(text, "en")


def test_round_22_twenty_first_split_and_review_27_classes(framing_models: None) -> None:
    # an outlet after « par » names who contacted; states; a later participle that agrees with another noun
    assert with_agent("Contactée par franceinfo, la mairie n'a pas répondu.", "fr") == [("contactée", "franceinfo")]
    assert not passives("Une élève, scolarisée dans un lycée de Lyon, a témoigné.", "fr")
    assert not passives("L'usine, spécialisée dans les pneus, va fermer.", "fr")
    text = "La lettre a été publiée sur le site du collectif hébergé par Libération."
    assert "a été publiée" in passives(text, "fr") and "a été publiée" not in [w for w, _a in with_agent(text, "fr")]
    assert not passives("Il annule sa tournée suite à des problèmes de santé.", "fr")
    assert not passives("Avec une telle saignée, la rentrée sera dure.", "fr")
    assert passives("Des images recueillies par le satellite montrent la digue.", "fr") == ["recueillies"]
    # no one cited: a death pronounced, no answer given, a device's reading, « s'annoncer »
    assert not sources_of("Une heure plus tard, les pompiers constataient le décès du conducteur.", "fr")
    assert not sources_of("Contactée, la préfecture n'a pas répondu à nos questions.", "fr")
    assert not sources_of("L'éthylomètre a indiqué un taux de 1,2 g d'alcool.", "fr")
    assert not sources_of("À Lille, la rentrée s'annonce compliquée.", "fr")
    # kinds: a maker is official, a spokeswoman speaks for the body just cited, a union by its initials
    assert [k for _s, k in sources_of("Le constructeur allemand assure qu'aucun poste ne sera supprimé.", "fr")] == [
        "official"]
    text = "Kent Police said it was looking for the driver. A spokeswoman added that he fled on foot."
    assert [k for _s, k in sources_of(text, "en")] == ["police", "police"]
    text = "Speaking on Monday, NUT general secretary Jane Roe said the strike would go ahead."
    assert [k for _s, k in sources_of(text, "en")] == ["union"]
    # the speaker before the verb: the audience after 'told' is no speaker; a name before its title speaks
    text = "\u201cWe are sure,\u201d Ann Lee, the county's fire chief, told reporters on Monday."
    assert [s for s, _k in sources_of(text, "en")] == ["Ann Lee"]
    text = "The bus left the road near the bridge, Tom Reid, the mayor of the town, told local radio."
    assert [s for s, _k in sources_of(text, "en")] == ["Tom Reid"]
    text = "Nurses at some hospitals refuse to work as talks stall and PM criticises the strike"
    assert [k for _s, k in sources_of(text, "en")] == ["official"]
    # initials in brackets: one source, whose kind the clause after does not tell
    text = "The plan was criticised by the Department for Transport (DfT) who say it will hurt parents."
    assert sources_of(text, "en") == [("the Department for Transport", "official")]
    # event nouns: a list of charges, an act told again after the one accused of it, a group's attack, match idioms
    assert not event_nouns_of("Ray Doe, 40, is facing burglary, aggravated assault and disorderly conduct charges.", "en")
    text = "A man accused of stabbing his neighbour on Friday was held. After the stabbing, she called for help."
    assert not event_nouns_of(text, "en")
    assert not event_nouns_of("Trois soldats ont été tués dans l'attaque du Hamas à Gaza.", "fr")
    text = "The Rebels scored a try at the death and face a clash against the Reds next weekend, beating them 24-20."
    assert not event_nouns_of(text, "en")
    # a count of people after a number word; figures that name things
    assert not passives("At least one killed, 12 injured in a crash on the M6", "en")
    assert figures("France 3 a filmé la scène.", "fr") == []
    assert figures("Une élève de 4 ème a été blessée.", "fr") == []
    assert figures("He was not one to give up.", "en") == []
    # a verb of attending is no label
    assert not analyse("Après avoir assisté mardi à la scène, les élèves ont pleuré.", "fr").loaded_terms


def test_round_22_review_28_classes(framing_models: None) -> None:
    # a week number is a date; states; a force of nature after « par d' »
    assert figures("Les cas sont en hausse en semaine 6, selon Santé publique France.", "fr") == []
    assert not passives("La collecte est partagée entre la commune et des entreprises privées.", "fr")
    assert not passives("C'est un juge expérimenté, habitué à voir des prévenus nerveux.", "fr")
    assert with_agent("La côte a été frappée par de violentes tempêtes.", "fr")
    # kinds: anti-crime squads and the judiciary police are police; a station's call letters are a dateline
    text = "Selon les policiers de la BAC, le logement avait été fouillé."
    assert [k for _s, k in sources_of(text, "fr")] == ["police"]
    assert [k for _s, k in sources_of("The man was arrested at home, the Judiciary Police said.", "en")] == ["police"]
    assert [s for s, _k in sources_of("DENVER (KDVR) \u2014 The fire service says two homes burned.", "en")] == [
        "The fire service"]
    # hearsay with its teller: no passive, the teller is the source
    text = "Both drivers are reported by police to have suffered minor injuries."
    assert not passives(text, "en") and not with_agent(text, "en")
    assert sources_of(text, "en") == [("police", "police")]
    # an assault told again after its doer; an emotion word in the outlet's voice dramatises
    text = "She was bashed by her partner on Sunday. The domestic assault was one of several this week."
    assert not event_nouns_of(text, "en")
    loaded = analyse("Sadly, the driver died at the scene.", "en").loaded_terms
    assert [f.info["category"] for f in loaded] == ["dramatising"]


def test_round_23_twenty_second_split_and_review_29_classes(framing_models: None) -> None:
    # states; an être verb read as a noun; a round count of the wounded; the name of an offence after « par »
    assert passives("Trois couteaux ont été retrouvés, maculés de sang.", "fr") == ["ont été retrouvés"]
    assert passives("Le navire, avec 300 migrants rescapés à bord, a accosté.", "fr") == []
    assert passives("Deux supporters sont même entrées sur la pelouse.", "fr") == []
    assert passives("Cinq personnes ont été tuées et une trentaine blessées dimanche.", "fr") == ["ont été tuées"]
    text = "Deux policiers ont été mis en examen pour violences par personne dépositaire de l'autorité publique."
    assert not with_agent(text, "fr")
    assert not passives("The inquiry was biased against him.", "en")
    assert not passives("Long queues formed outside the branches.", "en")
    # sources: the words of someone named after « par », the outlet's information, initials after their name
    text = "Selon les termes employés lors du point presse par Paul Roux, le pont a cédé."
    assert [s for s, _k in sources_of(text, "fr")] == ["Paul Roux"]
    assert [k for _s, k in sources_of("Une femme a été tuée, selon les informations du Parisien.", "fr")] == ["media"]
    text = "Ils ont accosté, selon l'agence de presse italienne ANSA. Deux enfants sont malades, a indiqué l'ANSA."
    assert [k for _s, k in sources_of(text, "fr")] == ["media", "media"]
    text = "The raid was confirmed by NATO's International Security Assistance Force. Ofsted said the school failed."
    assert [k for _s, k in sources_of(text, "en")] == ["official", "official"]
    text = "The council has agreed to pay, the Local Democracy Reporting Service reported."
    assert [k for _s, k in sources_of(text, "en")][-1] == "media"
    # event nouns: a shooting its doers told; an operation of a named unit
    text = "Police said they shot a man dead at the station. The chief said the shooting was linked to the inquiry."
    assert not event_nouns_of(text, "en")
    assert not event_nouns_of("Il a été blessé au cours de l'intervention du RAID.", "fr")
    # what failed is a fact; a siren, a goal minute, both halves of a score are no figures
    assert not analyse("Ils sont en grève après l'échec des négociations.", "fr").loaded_terms
    assert figures("Les policiers avaient activé gyrophare et deux tons.", "fr") == []
    assert figures("Il ouvre le score d'une frappe croisée (1-0, 15).", "fr") == []
    assert figures("Rovers slipped to fifth after a 2-0 loss at home.", "en") == []


# Round 24: where in the story a finding stands --------------------------------------------------------------
# Measured on the claims each round's code made on its own held-out split (rounds 15 to 23, before the split
# was ever looked at): a bare participle or an event noun in the headline was right about nine times in ten,
# further down about one time in two. Below the headline a bare participle is most often an adjective or a
# simple past; below the lead an article names the doer of the event it sums up, or says it does not know.
def test_a_bare_participle_below_the_headline_hides_an_agent_only_for_an_act_whose_doer_matters(
        framing_models: None) -> None:
    text = ("Deux militants interpellés devant la mairie\n\n"
            "Le groupe vend des produits importés de Chine et loue un appartement meublé près d'une zone boisée. "
            "Un militant, interpellé mardi soir, a été relâché.")
    assert passives(text, "fr") == ["interpellés", "interpellé", "a été relâché"]
    text = ("Two fans arrested after the derby\n\n"
            "The shop sells goods imported from China and phones shipped from Asia. "
            "A man, arrested on Sunday, was released on bail.")
    assert "arrested" in passives(text, "en")[:1]
    assert passives(text, "en").count("arrested") == 2
    assert not {"imported", "shipped"} & set(passives(text, "en"))
    # the same adjective in a headline-only text is judged as it always was, and a text of one line is a headline
    assert passives("Un cycliste renversé, le chauffeur placé en garde à vue", "fr") == ["renversé", "placé"]


def test_an_event_noun_hides_its_doer_in_the_headline_and_the_lead_not_further_down(framing_models: None) -> None:
    text = ("Une agression devant le collège\n\n"
            "Un élève a été blessé lundi lors d'une agression devant son établissement.\n\n"
            "Un camarade de classe a été interpellé. L'agression aurait suivi une dispute.")
    found = [f.words.lower() for f in analyse(text, "fr").nominalisations]
    assert found.count("agression") == 2
    text = ("Stabbing outside a school\n\n"
            "A pupil was hurt on Monday in a stabbing outside his school.\n\n"
            "A classmate was arrested. The stabbing followed a row over a phone.")
    found = [f.words.lower() for f in analyse(text, "en").nominalisations]
    assert found.count("stabbing") == 2
    # a lead pasted without its headline (a first line of more than 30 words) is the top of the story
    lead = ("Une agression a eu lieu lundi matin devant le collège Jean-Moulin, où un élève de quatrième a été "
            "blessé au visage alors qu'il attendait l'ouverture des grilles avec plusieurs camarades de sa classe.")
    assert [f.words.lower() for f in analyse(lead, "fr").nominalisations] == ["agression"]
    assert features.story(lead) == features.Story(0, len(lead))



def test_a_fire_set_on_purpose_by_someone_charged_hides_no_one(framing_models: None) -> None:
    text = "Un incendie criminel a détruit un entrepôt à Lyon. Un homme de 30 ans a été mis en examen et écroué."
    assert event_nouns_of(text, "fr") == []
    text = "Un incendie criminel a détruit un entrepôt à Lyon. Deux suspects ont été interpellés."
    assert event_nouns_of(text, "fr") == ["incendie criminel"]


def test_an_english_past_form_with_an_object_is_active(framing_models: None) -> None:
    assert "killed" not in passives("Flood\n\nA mudslide killed at least six hikers near the pass on Sunday.", "en")
    assert "killed" not in passives("Blast\n\nThe explosion killed two workers and injured nine.", "en")
    assert passives("Two wardens killed in ambush", "en") == ["killed"]
    assert passives("Teen shot dead after chase", "en") == ["shot"]


def test_round_25_twenty_fourth_split_classes(framing_models: None) -> None:
    # an offence's legal name after « pour » is no agent; a war or abuse after "by" hides who waged it
    text = "Une enquête a été ouverte pour violences par ex-concubin après la plainte de la victime."
    assert passives(text, "fr") == ["a été ouverte"] and not with_agent(text, "fr")
    assert [a for a, _g in with_agent("Il a été mis en examen pour meurtre par le juge d'instruction.", "fr")] == [
        "a été mis"]
    assert passives("La région a été dévastée par la guerre.", "fr") == ["a été dévastée"]
    assert passives("The striker was targeted by racist abuse from the stands.", "en") == ["was targeted"]
    # a number word written as part of a name is no figure
    assert figures("Les Bleus ont remporté le Tournoi des Six Nations samedi.", "fr") == []
    assert figures("Six Français ont été blessés.", "fr") == ["6"]
    # "the force" is the police; « on » counts for the outlet; the author of a toll after « donné par » speaks
    assert sources_of("A force spokesman said officers were called at 2am.", "en") == [("A force spokesman", "police")]
    assert [k for _s, k in sources_of("An Air Force spokesman said the jet crashed.", "en")] == ["official"]
    assert sources_of("On dénombre également douze blessés légers.", "fr") == []
    text = "Trois personnes sont mortes, selon un bilan donné par le préfet de la Somme."
    assert [k for _s, k in sources_of(text, "fr")] == ["official"]
    # who killed in an attack did the attack
    assert event_nouns_of("He killed a guard in a knife attack outside the bank.", "en") == []
    assert event_nouns_of("Two guards were killed in a knife attack outside the bank.", "en") == ["knife attack"]


def test_round_25_review_31_classes(framing_models: None) -> None:
    # a hypothetical « s'il » is no journalistic conditional; places in a ranking are no count
    assert not analyse("Le bilan s'alourdirait à douze morts s'il était confirmé.", "fr").conditionals
    assert figures("Lyon reste dans la course aux deux premières places du championnat.", "fr") == []
    assert figures("Les deux premiers blessés ont été évacués vers Lille.", "fr") == ["2"]
    # what a thing is designed for is no act done to it; an agent the tagger read as a verb is still the agent
    assert passives("The new bridge is designed to carry heavy lorries.", "en") == []
    assert with_agent("La victime a été transportée par un automobiliste jusqu'à l'hôpital.", "fr") == [
        ("a été transportée", "un automobiliste")]


def test_below_the_headline_who_published_is_a_question_too(framing_models: None) -> None:
    text = "Les loyers montent\n\nLes loyers ont augmenté de 4 %, confirmant ainsi une estimation publiée en juin."
    assert "publiée" in passives(text, "fr")


def test_round_26_loaded_terms_in_their_sense(framing_models: None) -> None:
    # a public affair's usual name is no dramatising word; its adjective, a judgement, is
    assert terms_by_category("Le scandale des frais de bouche a coûté son poste au maire.", "fr") == []
    assert terms_by_category("The expenses scandal cost the mayor his job.", "en") == []
    assert terms_by_category("Un choix scandaleux, selon l'opposition.", "fr") == [("scandaleux", "dramatising")]
    # an explosion in a place named is a blast; an explosion in a quantity is a figure of speech
    assert terms_by_category("Three workers hurt after explosion in Rotterdam harbour", "en") == []
    assert terms_by_category("An explosion in rents has priced out young families.", "en") == [
        ("explosion", "dramatising")]
    # a « drame » in a story of deadly shots is a killing called a misfortune
    text = ("Un contrôle routier vire au drame à Lyon. Des tirs mortels de gendarmes ont visé le conducteur "
            "qui refusait de s'arrêter.")
    assert ("drame", "euphemism") in terms_by_category(text, "fr")


def test_round_26_event_nouns_whose_doer_is_named(framing_models: None) -> None:
    # an adjective between the act and whose act it is
    assert event_nouns_of("Tirs meurtriers de soldats près de la frontière, selon des habitants.", "fr") == []
    # a force the lexicon knows as a doer
    assert event_nouns_of("L'intervention des douaniers a duré deux heures hier à Calais.", "fr") == []
    assert event_nouns_of("L'intervention a duré deux heures hier à Calais.", "fr") == ["intervention"]
    # the sentence says whom its sources blame
    text = "Nine people were killed in an air raid on a village on Monday, residents said, blaming the army."
    assert event_nouns_of(text, "en") == []
    text = "Nine people were killed in an air raid on a village on Monday, residents said."
    assert event_nouns_of(text, "en") == ["air raid"]


def test_round_26_agents_that_are_a_means_or_a_standing(framing_models: None) -> None:
    # "by" + someone's act or thing: a means, the passive stays agentless; someone's relative is a person
    assert passives("Six fishermen were killed by the navy's heavy shelling of the port.", "en") == ["were killed"]
    assert with_agent("The boy was attacked by his neighbour's brother.", "en") == [("was attacked", "brother")]
    # a phrase of place or way between the participle and its agent
    assert with_agent("The bridge was blocked on both sides by farmers with tractors.", "en") == [
        ("was blocked", "farmers")]
    # a standing: a place's people, a record held, a blog hosted; a measure after "by more than"
    assert with_agent("They live in a valley dominated by vineyards owners.", "en") == []
    assert with_agent("Elle a battu le record de France détenu par Marie Dupont.", "fr") == []
    assert with_agent("Le site est hébergé par une association lyonnaise.", "fr") == []
    assert with_agent("Members voted by more than 3-1 to accept the offer.", "en") == []


def test_round_26_source_kinds(framing_models: None) -> None:
    # the title before a name and a comma is the speaker's
    text = "Le feu a pris vers minuit, a indiqué le commandant des pompiers du Var, Julien Morel."
    assert sources_of(text, "fr") == [("le commandant des pompiers du Var, Julien Morel", "official")]
    text = "The road reopened at noon, a county highways officer, Dan Reed said."
    assert [k for _s, k in sources_of(text, "en")] == ["official"]
    assert sources_of("The match was stopped, John Smith said.", "en") == [("John Smith", "named")]
    # a body the text has named, by its common noun; ordinary people by their trade; the public-security police
    text = "Le constructeur rappelle 3 000 voitures. La marque assure qu'aucun accident n'a été signalé."
    assert [k for _s, k in sources_of(text, "fr")] == ["official"]
    assert sources_of("D'après des salariés, la direction était prévenue.", "fr") == [("des salariés", "witness")]
    assert [k for _s, k in sources_of("Deux hommes ont été interpellés, selon la DDSP du Rhône.", "fr")] == ["police"]
    # footage is shown, it does not speak; products called back are no words reported
    assert sources_of("The driver fired first, according to dashboard camera footage.", "en") == []
    assert sources_of("Le fabricant rappelle 12 000 trottinettes électriques.", "fr") == []
    assert sources_of("The carmaker is recalling 40,000 vans.", "en") == []


def test_round_27_event_nouns_never_claimed(framing_models: None) -> None:
    # « tir » was wrong on every held-out split of rounds 15 to 26 (the text names who fired): not claimed any more
    assert event_nouns_of("Un tir a blessé un adolescent à la jambe samedi soir à Nîmes.", "fr") == []
    assert event_nouns_of("Une agression a eu lieu samedi soir à Nîmes.", "fr") == ["agression"]
    # an illness that comes as an attack
    assert event_nouns_of("The singer died of a heart attack at his home on Sunday.", "en") == []
    # an alert for strikes tells no strike
    assert event_nouns_of("Vers 6 heures, l'alerte aux bombardements retentit dans toute la ville.", "fr") == []


def test_round_27_agents_that_are_reasons_means_or_no_one(framing_models: None) -> None:
    # a reason after « motivé par », "prompted by"; a thing read as an adjective; what marked a time
    assert passives("La fermeture, motivée par des raisons de sécurité, durera deux jours.", "fr") == []
    assert with_agent("The move was prompted by fears of flooding.", "en") == []
    assert with_agent("Une décision motivée par le préfet a surpris les élus.", "fr") == [("motivée", "le préfet")]
    assert passives("Trois maisons ont été frappées par une salve russe dans la nuit.", "fr") == ["ont été frappées"]
    assert passives("La soirée a été marquée par les pleurs des supporters.", "fr") == ["a été marquée"]


def test_round_27_source_kinds(framing_models: None) -> None:
    # an acronym spelled by a name told before keeps its kind; papers by their names; court papers; referees
    text = ("Six civils ont été tués, a indiqué l'Observatoire syrien des droits de l'homme. L'OSDH a précisé que des "
            "avions avaient visé le marché.")
    assert [k for _s, k in sources_of(text, "fr")] == ["expert", "expert"]
    assert sources_of("The mayor resigned, the Miami Herald reported.", "en") == [("the Miami Herald", "media")]
    assert sources_of("He fled on foot, according to a court affidavit.", "en") == [("a court affidavit", "justice")]
    assert [k for _s, k in sources_of("The referee said the game would go on.", "en")] == ["official"]
    # the outlet told, even when a verb of gathering comes later
    text = "Le corps a été retrouvé lundi, a annoncé le parquet auprès de l'AFP, confirmant une information locale."
    assert [s for s, _k in sources_of(text, "fr")][:1] == ["le parquet"] and "l'AFP" not in [
        s for s, _k in sources_of(text, "fr")]


def test_round_27_quotes_and_clock_times(framing_models: None) -> None:
    # an opening mark glued to the word it opens still opens a quotation
    text = "The raid was a surprise.“Our men were outnumbered,” the source said."
    assert [f.words for f in analyse(text, "en").agentless_passives if not f.info.get("quoted")] == []
    # the time of day is no figure; a span of hours is
    assert figures("Il est un peu plus de 8 heures quand les secours arrivent.", "fr") == []
    assert "6" in figures("Il est tombé en six heures plus de pluie qu'en un mois.", "fr")


def test_round_28_classes(framing_models: None) -> None:
    # a place before a comma is no speaker: the whole name after it speaks, with the role told elsewhere
    text = ("Yannick Moreau, maire de Pornic, a démissionné. Sur son compte Instagram, Yannick Moreau assure avoir "
            "pris sa décision pour des raisons personnelles.")
    assert sources_of(text, "fr")[-1] == ("Yannick Moreau", "official")
    # a club's initials, then its name: no participle
    assert passives("L'ES Trinité Lyon a perdu dimanche.", "fr") == []
    assert passives("L'arbitre du match contre l'ES Trinité Lyon a été frappé.", "fr") == ["a été frappé"]
    # a number of dozens; one who led the police on a chase
    assert figures("The bakery gave away 3 dozen loaves.", "en") == ["36"]
    assert event_nouns_of("The teen fled, leading troopers on a pursuit along the highway.", "en") == []
    assert event_nouns_of("A chase across two counties ended in a crash near Salem.", "en")


def test_round_29_an_agent_after_an_act_noun_is_the_acts(framing_models: None) -> None:
    # the « par » / "by" phrase of an act noun between the participle and its agent names that act's doer
    text = "Le match a été arrêté dix minutes après le jet de fumigènes par des supporters."
    assert passives(text, "fr") == ["a été arrêté"] and not with_agent(text, "fr")
    assert with_agent("Le match a été arrêté dix minutes plus tard par l'arbitre.", "fr") == [
        ("a été arrêté", "l'arbitre")]
    assert passives("Two farmers were killed during an air raid by government forces.", "en") == ["were killed"]
    assert with_agent("Two farmers were killed on Monday by government forces.", "en") == [
        ("were killed", "forces")]
    # a crane is a thing
    assert passives("Two cars were crushed by the crane on Fifth Avenue.", "en") == ["were crushed"]


def test_round_30_sources_behind_data_and_accounts(framing_models: None) -> None:
    # the account or the data is not the speaker: who gave it is, after a number or a year
    assert sources_of("Trois pêcheurs ont disparu, selon le récit des 4 rescapés recueillis par la marine.", "fr") == [
        ("des 4 rescapés", "witness")]
    assert sources_of("Selon les données 2023 de l'Agence régionale de santé, 40 lits ont fermé.", "fr")[0][1] \
        == "official"
    assert sources_of("The boat capsized at dawn, according to the accounts of survivors.", "en") == [
        ("survivors", "witness")]
    # a figure given is no speaker; data nobody is named for is an unnamed source; bare "the figures" refers back
    text = "Le syndicat estime à 40 % le taux de grévistes, et le rectorat avançait le chiffre de 25 % dans les lycées."
    assert not any("chiffre" in s for s, _k in sources_of(text, "fr"))
    assert sources_of("Selon les données provisoires, 12 personnes ont été blessées.", "fr") == [
        ("les données provisoires", "anonymous")]
    assert sources_of("The figures show the rate is at its highest level.", "en") == []
    # a body by its capitalised name speaks, whatever the parser tags
    assert sources_of("Le centre a fermé, a précisé la Mission interministérielle de lutte contre les drogues.",
                      "fr")[0][1] == "official"


def test_round_30_source_kinds(framing_models: None) -> None:
    # the sentence's own clause, hung on a titled source by the parser, tells nothing of the source
    text = "Selon la procureure de la République de Rennes Anne Dupont, l'auteur des coups est le frère de la victime."
    assert sources_of(text, "fr") == [("la procureure de la République de Rennes Anne Dupont", "justice")]
    assert sources_of("Twelve people were executed last month, rights activists say.", "en") == [
        ("rights activists", "anonymous")]
    assert sources_of("And according to reports? The driver was going too fast.", "en") == [("reports?", "anonymous")]
    # a credit line names its source after the colon
    assert sources_of("Witnesses say the coach swerved.\n\nSource: CBS News", "en") == [
        ("Witnesses", "witness"), ("CBS News", "media")]
    assert sources_of("The victim was 24, according to the Hobart Mercury.", "en") == [("the Hobart Mercury", "media")]
    assert sources_of("Les travaux avancent selon un rythme soutenu, a indiqué la mairie.", "fr") == [
        ("la mairie", "official")]


def test_round_30_words_told_plainly_beside_them(framing_models: None) -> None:
    # « neutralisé » with what it hid said in the same sentence hides nothing; alone, it still softens
    assert loaded_of("Les policiers l'ont neutralisé puis interpellé sur place.", "fr") == []
    assert loaded_of("L'assaillant a été neutralisé par les forces de l'ordre.", "fr") == ["neutralisé"]
    assert loaded_of("The gunman was neutralised and arrested by officers.", "en") == []
    # a shot told as an accident: « drame » is the outlet's word of catastrophe, not a killing softened
    text = "Accident de chasse : il tue sa femme d'un tir accidentel. Le drame s'est produit lors d'une battue."
    assert [f.info["category"] for f in analyse(text, "fr").loaded_terms if f.words.lower() == "drame"] \
        == ["dramatising"]
    text = "Il a tué sa femme de trois coups de couteau. Le drame s'est produit dans leur cuisine."
    assert [f.info["category"] for f in analyse(text, "fr").loaded_terms if f.words.lower() == "drame"] \
        == ["euphemism"]
    # what was meant, told against what happened, is no hearsay; "is supposed to be" still is
    assert conditionals("What was supposed to be a school trip ended in a crash.", "en") == []
    assert conditionals("The gunman is supposed to be a former soldier.", "en")


def test_round_30_counts_and_halves(framing_models: None) -> None:
    # a participle of harm after a vague count counts the victims, wherever the headline goes on
    assert passives("Hundreds injured in stampede at Lagos stadium", "en") == []
    assert passives("Hundreds evacuated from the towers after the blaze", "en") == ["evacuated"]
    # an emergency line is no figure; halves are
    assert figures("According to 911 audio, a caller saw 3 men.", "en") == ["3"]
    assert figures("The siege lasted two-and-a-half hours.", "en") == ["2.5"]
    assert figures("Il a été condamné à deux ans et demi de prison.", "fr") == ["2.5"]
    assert figures("Vers 2 heures et demie du matin, la préfecture a été prévenue.", "fr") == []
    # every tens and teens word of English (review 37: "Seventy-five residents" was read as 5)
    assert figures("Seventy-five residents fled; eighteen were hurt and ninety-nine homes lost power.", "en") == [
        "75", "18", "99"]


def test_round_30_agents_the_parser_hides(framing_models: None) -> None:
    # the sentence's verb read as a noun after a possessive; a time after the agent; the name of an offence
    text = "He died after officers held him down for six minutes, new videos released by the city's police show."
    assert [a for _p, a in with_agent(text, "en")] == ["police"]
    assert with_agent("She left the letter to be found by her sister two days later.", "en") == [
        ("be found", "sister")]
    assert passives("The train was delayed by 40 minutes.", "en") == ["was delayed"]
    text = "Un gendarme a été condamné mardi à six mois avec sursis pour violences aggravées par le tribunal de Lyon."
    assert with_agent(text, "fr") == [("a été condamné", "le tribunal")]
    assert with_agent("Ils ont été tués dans des frappes aériennes menées par l'aviation russe.", "fr") == [
        ("menées", "l'aviation russe")]


def test_round_30_sources_taken_up_and_local_radios(framing_models: None) -> None:
    # « la même source » is the source, even when the outlet it confirmed was cited in between
    text = ("Le suspect a été arrêté, a précisé une source policière, confirmant des informations de La Voix du Nord. "
            "Il était armé, selon la même source.")
    assert [k for _s, k in sources_of(text, "fr")] == ["anonymous", "media", "anonymous"]
    assert sources_of("L'incendie est maîtrisé, rapporte Ici Orléans.", "fr") == [("Ici Orléans", "media")]
    assert [k for _s, k in sources_of("The game was stopped, according to Chorley boss Jamie Vermiglio.", "en")] \
        == ["official"]


def test_round_31_labels_and_judgements_in_their_sense(framing_models: None) -> None:
    # a crime label the outlet hedges, or gives as the man's own, labels no one; unhedged, it still does
    assert loaded_of("Le meurtrier présumé s'est rendu au commissariat.", "fr") == []
    assert loaded_of("La police a croisé le meurtrier auto-proclamé dans la rue.", "fr") == []
    assert loaded_of("Le meurtrier de la joggeuse court toujours.", "fr") == ["meurtrier"]
    # « agresseur » names who struck, as "attacker"
    assert loaded_of("L'agresseur a été entendu par les gendarmes.", "fr") == []
    # a sight is no judgement; the name of a law is a name; « avec succès » tells that it worked
    assert loaded_of("Le match a démarré sous un impressionnant tifo toulousain.", "fr") == []
    assert loaded_of("Ils manifestent contre la loi relative à l'orientation et à la réussite des étudiants.", "fr") \
        == []
    assert loaded_of("L'opération a été menée avec succès par les pompiers.", "fr") == []
    assert loaded_of("Succès de la grève dans les collèges", "fr") == ["succès"]


def test_round_31_an_involuntary_homicide_is_no_killing(framing_models: None) -> None:
    # « homicide involontaire » names a death no one wanted: « drame » there is the outlet's word of catastrophe
    text = ("Deux jeunes sont morts en fuyant un contrôle : leur scooter a percuté une voiture. Une enquête pour homicide "
            "involontaire a été ouverte. Le contrôle a viré au drame.")
    assert [f.info["category"] for f in analyse(text, "fr").loaded_terms if f.words.lower() == "drame"] \
        == ["dramatising"]
    text = "Une enquête pour homicide a été ouverte après la mort de sa compagne. Le drame s'est produit dimanche."
    assert [f.info["category"] for f in analyse(text, "fr").loaded_terms if f.words.lower() == "drame"] \
        == ["euphemism"]


def test_round_31_sources_of_races_records_and_sights(framing_models: None) -> None:
    # a race's officials speak for its organisers; runners are witnesses; a paper by its run-together name
    text = "The runner collapsed near the finish, race officials said. A spokeswoman for the Paris Marathon said he died."
    assert [k for _s, k in sources_of(text, "en")] == ["organisers", "organisers"]
    assert [k for _s, k in sources_of("Runners said the heat was unbearable.", "en")] == ["witness"]
    assert [k for _s, k in sources_of("The crash was filmed, FoxNews said.", "en")] == ["media"]
    # the same documents told again by their head noun keep their kind
    text = "He had been jailed before, according to court records. Records say he was released in May."
    assert [k for _s, k in sources_of(text, "en")] == ["justice", "justice"]
    # finding someone doing something is a sight, not a finding told; a headline's past form gives, not tells
    text = "Officers arrived and found the man holding a knife outside the house, officials said."
    assert [s for s, _k in sources_of(text, "en")] == ["officials"]
    assert [s for s, _k in sources_of("Investigators found the driver was speeding.", "en")] == ["Investigators"]
    assert sources_of("Court papers: Woman denied protection order before killing", "en") == []
    assert [s for s, _k in sources_of("Prince Andrew denied the allegations.", "en")] == ["Prince Andrew"]


def test_round_31_documents_ranks_and_no_one(framing_models: None) -> None:
    # a release's issuer after "from" speaks; a rank with a modifier letter is no figure; "No states" said nothing
    text = "The driver fled on foot, according to a press release from the Sebastian County Sheriff's Office."
    assert sources_of(text, "en") == [("Sebastian County Sheriff's Office", "police")]
    assert [k for _s, k in sources_of("Twelve people crossed, according to U.S. Customs and Border Protection.",
                                      "en")] == ["police"]
    assert figures("Le 60ᵉ Salon de l'agriculture ouvre avec 600 exposants.", "fr") == ["600"]
    assert sources_of("No states reported a significant rise in unemployment.", "en") == []


def test_round_32_classes(framing_models: None) -> None:
    # Australia's emergency line; an outlet named by a number; an article of the Constitution
    assert figures("The woman called 000, but 2 officers arrived too late.", "en") == ["2"]
    assert figures("Il s'est noyé dans la Seine, a appris 20 Minutes de sources concordantes.", "fr") == []
    assert figures("Il a attendu 20 minutes avant l'arrivée des secours.", "fr") == ["20"]
    assert figures("Des rassemblements ont suivi le recours au 49.3 par le gouvernement.", "fr") == []
    # a title after the name, even when the tagger reads it as an adjective; a watchdog of the police is no police
    text = "Il faut vérifier les faits, a précisé à l'AFP Christine Dupuis, procureure de la République de Brest."
    assert [k for _s, k in sources_of(text, "fr")] == ["justice"]
    text = "The Independent Police Complaints Commission (IPCC) said it would investigate."
    assert [k for _s, k in sources_of(text, "en")] == ["official"]
    # sheriff's deputies, a state bureau of investigation and a corporal are police
    assert [k for _s, k in sources_of("The driver fled on foot, Lincoln County deputies said.", "en")] == ["police"]
    assert [k for _s, k in sources_of("The woman died at the scene, the TBI said.", "en")] == ["police"]
    assert [k for _s, k in sources_of("Cpl. Justin Wheatley said the driver fled.", "en")] == ["police"]
    # "possible" says what is still to come or to check, not an approximation; "possibly" hedges
    assert [f.words for f in analyse("Possible charges could be considered.", "en").hedges] == []
    assert [f.words.lower() for f in analyse("Two more people are possibly missing.", "en").hedges] == ["possibly"]
    # the name of a measure judges nothing
    assert loaded_of("Le taux de réussite au bac grimpe à 89,8 %.", "fr") == []
    # pupils are witnesses; France Télévisions' overseas stations are media; a central bank is official
    assert [k for _s, k in sources_of("Plusieurs collégiens affirment que le chauffeur roulait trop vite.", "fr")] == [
        "witness"]
    assert [k for _s, k in sources_of("Le kwassa a chaviré, selon Réunion La1ère.", "fr")] == ["media"]
    assert [k for _s, k in sources_of("The central bank said inflation would ease.", "en")] == ["official"]
    # a race held still, a bomb defused: « neutraliser » harms no one there
    assert loaded_of("Le directeur de l'épreuve a décidé de neutraliser la course après la chute.", "fr") == []
    assert loaded_of("Les policiers ont neutralisé le forcené.", "fr") == ["neutralisé"]


def test_round_33_classes(framing_models: None) -> None:
    # the doer of air strikes, after a place the parser hangs "by" past; the strike is then no hidden act
    text = "Nine people were killed and 12 injured in air strikes in Hajjah district by a Saudi-led coalition."
    assert with_agent(text, "en") == [] and "were killed" in passives(text, "en")
    text = "Dozens were killed in an airstrike on Thursday by U.S. allies on a bus in a crowded market."
    assert [f.words for f in analyse(text, "en").nominalisations] == []
    assert with_agent("The road was blocked in both directions by demonstrators.", "en") == [
        ("was blocked", "demonstrators")]
    # a team's record and a kind of basket are no figures in a match report
    text = "The Eagles beat Carleton 86-64 and improved to 2-1 on the season. Smith hit a three-pointer late."
    assert figures(text, "en") == []
    # an animal named after the act is its doer; the wire's credit line is no source; CNBC is media
    assert event_nouns_of("Une attaque d'un loup a tué six brebis dans la nuit.", "fr") == []
    assert sources_of("(AP) — A federal prosecutor has argued that the appeal should be dismissed.", "en")[:1] != [
        ("AP", "media")]
    assert [k for _s, k in sources_of("Shares fell 3 percent, CNBC reported.", "en")] == ["media"]


def test_round_34_classes(framing_models: None) -> None:
    # a weapon named after "by", past its model and an adjective, hides who fired it
    text = "Two houses in Pokrovsk were hit by a Kh-101 cruise missile overnight, officials said."
    assert with_agent(text, "en") == [] and "were hit" in passives(text, "en")
    assert with_agent("The suspect was arrested by Lancashire Police officers.", "en") != []
    # a fraction glued to a number; a street address with an abbreviated street word
    assert figures("The convoy stopped 2½ miles from the camp.", "en") == ["2.5"]
    assert figures("Relatives gathered outside 4410 Elm St. on Sunday, and 40 people signed.", "en") == ["40"]
    # a broadcaster whose name holds a number, before the name of its region
    assert sources_of("Deux blessés graves, a indiqué France 3 Occitanie.", "fr") == [("France 3 Occitanie", "media")]
    # a count after the name of a channel is a count
    assert figures("According to the Rybar Telegram channel, 14 soldiers were captured.", "en") == ["14"]
    # "a statement by X": X speaks; the Crown (the prosecution) and an investigative committee are justice;
    # a news agency is media, a Telegram channel too; a crown prince is no prosecutor
    assert sources_of("Six patients were infected, according to a statement by Harborview Medical Center.", "en") == [
        ("Harborview Medical Center", "official")]
    assert [k for _s, k in sources_of("The Crown argued that the driver had planned the attack.", "en")] == ["justice"]
    assert [k for _s, k in sources_of("Crown Prince Haakon said the country was in mourning.", "en")] == ["official"]
    assert [k for _s, k in sources_of("L'agence Yonhap a indiqué que 12 personnes avaient été blessées.", "fr")] == [
        "media"]
    assert [k for _s, k in sources_of("According to the Baza Telegram channel, the fire started at night.", "en")] == [
        "media"]
    assert sources_of("Selon les Nations unies, 300 familles ont fui.", "fr")[0][0].endswith("Nations unies")
    assert [k for _s, k in sources_of("Selon le centre de coordination routière, l'A13 est coupée.", "fr")] == [
        "official"]
    assert [k for _s, k in sources_of("Selon Actu Rouen, le conducteur a pris la fuite.", "fr")] == ["media"]
    # the doer of a violent verb did the attack it happened in, in a relative clause too
    text = "A woman who battered her neighbour in a frenzied attack has been jailed for nine years."
    assert event_nouns_of(text, "en") == []
    # what a group is made of, a position beside, a thing usually found somewhere are no acts
    assert passives("The crew was made up of volunteers from three villages.", "en") == []
    assert with_agent("The president walked in, flanked by two bodyguards.", "en") == []
    assert passives("Legionella is a bacterium commonly found in warm water.", "en") == []
    # a number made the subject of a gapped clause still counts the wounded
    text = "Four people were killed and eleven wounded in the shelling of Kherson."
    assert passives(text, "en") == ["were killed"]


def test_round_34_after_the_split_was_measured(framing_models: None) -> None:
    # a share of a million, a half after a multiplier, « un million » and « un milliard » are figures
    assert figures("Nearly half a million nurses walked out, and a quarter of a million joined them.", "en") == [
        "500000", "250000"]
    assert figures("Three and a half million people watched the final.", "en") == ["3500000"]
    assert figures("Un million de personnes ont manifesté, et un milliard d'euros a été promis.", "fr") == [
        "1000000", "1000000000"]
    assert figures("Trois millions et demi de foyers sont concernés.", "fr") == ["3500000"]
    # "'s" before "been" or a participle with its object is "has": the perfect of an act, no passive
    assert passives("It's been a difficult week, and the club's taken the decision to close the stand.", "en") == []
    assert passives("He's been charged with assault.", "en") == ["'s been charged"]
    # a police union speaks as a union; a team's captain is no officer
    assert [k for _s, k in sources_of("The Police Federation said officers were exhausted.", "en")] == ["union"]
    assert [k for _s, k in sources_of("Selon le syndicat de police Alliance, un agent a été blessé.", "fr")] == ["union"]
    assert [k for _s, k in sources_of("Leeds's captain Liam Cooper said the abuse had to stop.", "en")] == ["named"]
    assert [k for _s, k in sources_of("Capt. Maria Ortiz said two men were detained.", "en")] == ["police"]
    # a grade of fuel is no figure
    assert figures("Le sans-plomb 95 est vendu 1,79 euro le litre.", "fr") == ["1.79"]


def test_round_35_classes(framing_models: None) -> None:
    # the first name and the title a surname heads, in a source after its verb
    assert sources_of("Two men were taken to hospital, said Sgt. Laura Price of the county sheriff's office.", "en")[
        0][0].startswith("Sgt. Laura Price")
    # sports broadcasters are media; a hospital's staff are witnesses, unnamed volunteers anonymous
    assert [k for _s, k in sources_of("Selon beIN Sports, le joueur a quitté la pelouse en larmes.", "fr")] == ["media"]
    assert [k for _s, k in sources_of("Anna Lee of TNT Sports said the game would resume.", "en")] == ["media"]
    assert [k for _s, k in sources_of("Les urgences sont saturées, affirme le personnel.", "fr")] == ["witness"]
    assert [k for _s, k in sources_of("Le directeur du personnel a annoncé 40 départs.", "fr")] == ["official"]
    assert [k for _s, k in sources_of("Selon des volontaires, le camp a été vidé dans la nuit.", "fr")] == ["anonymous"]
    # a unit glued to a number
    assert figures("A 9ft-high wall and a 12km-long queue.", "en") == ["9", "12"]
    # the « par » after a participle that follows an act noun is that participle's, past a noun read as an adjective
    text = "Douze civils ont été tués dans une frappe de drones menée par les paramilitaires contre un camp."
    assert with_agent(text, "fr") == [("menée", "les paramilitaires")] and "ont été tués" in passives(text, "fr")


def test_round_36_classes(framing_models: None) -> None:
    # a firm's partner speaks for the firm; a paper named after a county is media, a company named like a paper not
    assert [k for _s, k in sources_of("Sarah Gill, a partner at Grant Thornton, said the shops would close.", "en")] == ["official"]
    assert [k for _s, k in sources_of("Her partner, Tom Reid, said she had been threatened.", "en")] == ["family"]
    assert [k for _s, k in sources_of("The Kent County Register reported that 300 homes lost power.", "en")] == ["media"]
    assert [k for _s, k in sources_of("Royal Mail said parcels would be delayed.", "en")] == ["official"]
    assert [k for _s, k in sources_of("The USCG said 40 people were rescued.", "en")] == ["official"]
    # a headline's event before a colon is no speaker
    assert sources_of("Camp Fire: Man arrested over blaze that destroyed 200 homes", "en") == []
    # a fire whose arson suspect is named and arrested hides no one; without a name it still does
    text = "Police say the Ridge Fire was arson. Daniel Ortega, 44, was arrested on Friday and charged with arson."
    assert "fire" not in " ".join(event_nouns_of(text, "en")) and "arson" not in event_nouns_of(text, "en")
    text = "Police say the Ridge Fire was arson. A man was arrested on Friday."
    assert event_nouns_of(text, "en") != []
    # a crash whose driver is tried or sentenced; the doer of a gerund is its clause's subject
    text = ("Liam Price, 24, was jailed on Friday after a motorway crash that killed two. A jury found him guilty of "
            "causing death by dangerous driving at his trial.")
    assert "motorway crash" not in event_nouns_of(text, "en")
    assert event_nouns_of("The man was jailed after striking his neighbour in a vicious knife attack.", "en") == []


def test_round_36_after_the_split_was_measured(framing_models: None) -> None:
    # « bavure » judges a police officer's act (a blunder): evaluative, as the gold has it, with what to say instead
    found = [(f.words, f.info["category"]) for f in analyse("Mort d'un jeune homme : y a-t-il eu bavure ?", "fr").loaded_terms]
    assert found == [("bavure", "evaluative")]
    # motorway junctions in the plural are names, not figures
    assert figures("L'A1 est fermée entre les échangeurs 7 et 8 : 3 poids lourds sont immobilisés.", "fr") == ["3"]


def test_round_37_classes(framing_models: None) -> None:
    # reports and calls from people no one names, told with what they said, are anonymous sources
    assert sources_of("Officers went to the estate after reports of a man armed with a machete.", "en") == [
        ("reports", "anonymous")]
    assert sources_of("Firefighters were sent out after receiving phone calls saying smoke was pouring from a barn.",
                      "en") == [("calls", "anonymous")]
    assert sources_of("There have been reports that the bridge was damaged in the night.", "en") == [
        ("reports", "anonymous")]
    # but not a report its author is named for, nor one that did not come, nor a call with no words told
    assert sources_of("There were no reports of injuries at the depot.", "en") == []
    assert sources_of("Local outlets carried reports of the blast within minutes.", "en") == []
    assert sources_of("The crew sent a mayday call before the boat sank.", "en") == []
    # a second « par » after a means names who acted; a vehicle after « par » is a means that hides its driver
    text = "Un automobiliste a été grièvement blessé par balle par un gendarme lors d'un contrôle routier."
    assert with_agent(text, "fr") == [("a été grièvement blessé", "un gendarme")]
    assert passives("Deux cyclistes ont été fauchés par un poids lourd près de Lille.", "fr") == ["ont été fauchés"]
    # a participle set apart by a comma owns the « par » after it
    text = "Trois passagers ont été légèrement blessés, soignés par les pompiers sur place."
    assert passives(text, "fr") == ["ont été légèrement blessés"] and [w for w, _a in with_agent(text, "fr")] == [
        "soignés"]
    # clashes leave out who struck whom wherever they are told, past the headline and the lead too
    text = ("Manifestation contre la loi travail à Rennes\n\nPlusieurs milliers de personnes ont défilé jeudi.\n\n"
            "En fin d'après-midi, des heurts ont éclaté près de la gare.")
    assert "heurts" in event_nouns_of(text, "fr")
    text = "March against the bill in Leeds\n\nThousands marched on Saturday.\n\nLater, scuffles broke out near the station."
    assert "scuffles" in event_nouns_of(text, "en")
    # an English speaker comes after a verb alone ("said police"), never after one with an auxiliary
    assert sources_of("The strikers, who walked out on Monday, are demanding the resignation of the board.", "en") == []
    # a quarrel is no words cited; a video after "after" shows, the officer it shows does not speak
    assert sources_of("During the search, a man argued with deputies after a deputy stopped his brother.", "en") == []
    text = ("A deputy with the county sheriff's office has been criminally charged and could face termination after "
            "body camera video showed him kicking a restrained man in the head, officials announced Friday.")
    assert sources_of(text, "en") == [("officials", "official")]
    # a participle the tagger read as a past tense, coordinated with a passive, shares its auxiliary
    assert passives("She was arrested on Monday and booked into the county jail.", "en") == [
        "was arrested", "booked"]
    # « faire état de » reports: a toll no one is named for is anonymous, a body that reports is its kind
    assert sources_of("Un bilan provisoire fait état de huit blessés légers.", "fr") == [
        ("Un bilan provisoire", "anonymous")]
    assert sources_of("La gendarmerie fait état de deux interpellations.", "fr") == [("La gendarmerie", "police")]
    assert sources_of("Le rapport ne fait pas état de sanctions.", "fr") == []
    # what police believe, whom they identify as whom, a statement issued: what they told
    assert sources_of("Detectives believe the fire was started deliberately.", "en") == [("Detectives", "police")]
    assert sources_of("County police identified the driver as Mark Evans, 52.", "en") == [("County police", "police")]
    assert sources_of("The council issued a statement, apologising to residents.", "en") == [("The council", "official")]
    assert sources_of("Ten people believed to be migrants were found in a lorry.", "en") == []
    # a name set in apposition to its title keeps that role when it speaks again
    text = ("La procureure de Lille, Carole Etienne, s'est rendue sur place. Carole Etienne a précisé que l'enquête "
            "était confiée à la police judiciaire.")
    assert sources_of(text, "fr") == [("Carole Etienne", "justice")]


def test_round_38_classes(framing_models: None) -> None:
    # a title after its verb keeps the name apposed to it (a first name tagged as a number, a double surname)
    assert sources_of("« Le car s'est couché sur le flanc », a déclaré le maire de Puylaurens, Xavier Delmas.", "fr") == [
        ("le maire de Puylaurens, Xavier Delmas", "official")]
    text = "Trois blessés ont été évacués, selon le colonel des pompiers, Jean-Marc Durand-Leroy."
    assert sources_of(text, "fr") == [("le colonel des pompiers, Jean-Marc Durand-Leroy", "official")]
    # a body's long name is not cut at « et »
    text = "Une vedette a été envoyée, indique la préfecture maritime de l'Atlantique et de la Bretagne du Sud."
    assert sources_of(text, "fr") == [("la préfecture maritime de l'Atlantique et de la Bretagne du Sud", "official")]
    # « être à déplorer » has no speaker; the UAW is a union, a campaign chief an official
    assert sources_of("Deux randonneurs ont trouvé la mort dans une avalanche. Trois blessés graves (dont le guide) "
                      "sont à déplorer, et 12 personnes ont été secourues.", "fr") == []
    assert sources_of("The United Auto Workers said talks had broken down.", "en") == [
        ("The United Auto Workers", "union")]
    assert sources_of("The opposition campaign chief Ana Ruiz said the count was rigged.", "en")[0][1] == "official"
    # loaded words the gold marks every time, with what to say instead
    found = analyse("Un chauffard a percuté trois piétons à Lyon.", "fr").loaded_terms
    assert [(f.words, f.info["category"]) for f in found] == [("chauffard", "crime")] and found[0].info["alternative"]
    assert [f.words for f in analyse("Eight stowaways were found in a lorry at Dover.", "en").loaded_terms] == [
        "stowaways"]
    # people among the means after « par » are the agent
    text = "L'évacuation a été assurée par deux hélicoptères, une dizaine d'ambulances et 60 pompiers."
    assert [w for w, _a in with_agent(text, "fr")] == ["a été assurée"]
    # "whether anyone was hurt" is a question, no passive told
    assert passives("Officers checked the van to see whether anyone was hurt.", "en") == []


def test_round_39_classes(framing_models: None) -> None:
    # a toll given by a body later in the day: the body is the source, past the time between the participle and « par »
    text = "Selon un bilan transmis en début de soirée par la préfecture du Var, neuf personnes sont mortes."
    assert sources_of(text, "fr") == [("la préfecture du Var", "official")]
    # a person's role told with the name holds for the bare surname after it
    text = ("UAW Strikes at Two Plants\n\n\"Our members are ready to stay out as long as it takes,\" said union "
            "president Shawn Fain.\n\nIn a Friday letter informing company leadership of the walkout, Fain wrote that "
            "70% of members had rejected the offer.")
    assert [k for _s, k in sources_of(text, "en")] == ["union", "union"]
    # a minister is an official, whatever the portfolio
    assert sources_of("« Nous serons fermes », a déclaré le ministre de la Justice, Paul Girard.", "fr") == [
        ("le ministre de la Justice, Paul Girard", "official")]
    # « ravager » dramatises; "dozens more injured" counts people
    assert [f.words for f in analyse("Un incendie a ravagé un entrepôt de Rouen.", "fr").loaded_terms] == ["ravagé"]
    assert passives("Four people were killed and dozens more injured when a coach overturned.", "en") == [
        "were killed"]


def test_round_40_classes(framing_models: None) -> None:
    # shots of a weapon no one holds are event nouns that hide the shooter (« le tir », « un tir de LBD » stay out)
    text = "À leur arrivée, les secours ont été la cible de tirs de mortiers d'artifice dans le quartier."
    assert [f.words for f in analyse(text, "fr").nominalisations] == ["tirs"]
    assert analyse("Un homme a été blessé par un tir de LBD lors du cortège.", "fr").nominalisations == []
    # a blaze that "claims lives" is a toll, no one cited
    assert sources_of("Tower block fire claims 4 lives, including 2 children", "en") == []
    # people "lost" in a fire died; a belief held is no passive
    assert passives("Two others were lost in the blaze: a 9-year-old boy and his grandmother.", "en") == []
    assert passives("The driver had been convinced his brother was lying.", "en") == []
    # a British court report cites the court that heard; counsel with KC or QC is justice
    text = "The boy was struck several times with a bat, Leeds Crown Court was told."
    assert sources_of(text, "en") == [("Leeds Crown Court", "justice")]
    assert sources_of("The inquest heard the alarm had been switched off for a week.", "en") == [
        ("The inquest", "justice")]
    assert sources_of("Opening the case, Sarah Jones KC said the van had been stolen.", "en")[0][1] == "justice"
    # a title-case headline's "By" names a thing when the thing is a household fire cause
    assert passives("Deadly Fire In Queens Started By Space Heater", "en") == ["started"]
    # the small French model's verb read as an adjective: the mayor before it speaks, not the object after it
    text = "La présidente de la région, Anne Morel, évoque un acte « inadmissible »."
    assert [(s.endswith("Anne Morel"), k) for s, k in sources_of(text, "fr")] == [(True, "official")]
    # finders told "according to" someone: only the one cited
    text = "Firefighters found a woman and two boys ages 4 to 9 in a rear bedroom, according to the fire chief."
    assert [s for s, _k in sources_of(text, "en")] == ["the fire chief"]
    # "some" counts people without a number; not "some 40", "some time", "is some news"
    hedges = [f.words for f in analyse("Some residents fled, some of them barefoot; it took some time.", "en").hedges]
    assert hedges == ["Some", "some"]
    # a military rank tells an official, "TV" in a name a broadcaster
    assert sources_of("Brigadier General Ana Ortiz said the convoy had been hit twice.", "en")[0][1] == "official"
    assert sources_of("Rudaw TV said the bridge was closed.", "en") == [("Rudaw TV", "media")]
    # a taser is discharged: the device's word, no euphemism
    found = analyse("Officers discharged a taser before restraining him.", "en").loaded_terms
    assert [f for f in found if f.info["category"] == "euphemism"] == []


def test_round_41_classes(framing_models: None) -> None:
    # hedges: "apparent" before its noun, « visiblement », « beaucoup » counting people, « une bonne dizaine », an
    # approximation before a quoted count; not "it became apparent that", « va beaucoup perturber »
    assert [f.words for f in analyse("The inmate died of an apparent overdose in his cell.", "en").hedges] == [
        "apparent"]
    assert analyse("It soon became apparent that the pumps had failed.", "en").hedges == []
    text = "Les secours sont arrivés vers minuit. Beaucoup étaient déjà partis, visiblement choqués."
    assert [f.words for f in analyse(text, "fr").hedges] == ["vers", "Beaucoup", "visiblement"]
    assert analyse("Cette grève va beaucoup perturber les vacanciers.", "fr").hedges == []
    assert [f.words for f in analyse("Une bonne vingtaine de tracteurs bloquaient le rond-point.", "fr").hedges] == [
        "Une bonne vingtaine"]
    text = 'La police a signalé la présence de quelque "200 casseurs" dans le cortège.'
    assert [f.words for f in analyse(text, "fr").hedges] == ["quelque"]
    # a deadly "interaction" with the police is a euphemism; "interactions with the media" are not
    found = analyse("Prosecutors are reviewing the fatal interaction between deputies and the man.", "en").loaded_terms
    assert [f.words for f in found if f.info["category"] == "euphemism"] == ["interaction"]
    found = analyse("Players were warned about interactions with the media.", "en").loaded_terms
    assert [f for f in found if f.info["category"] == "euphemism"] == []
    # no passive: a march « placée sous le signe de » its cause, "a sharply reduced service"
    assert passives("Une journée placée sous le signe de la colère contre la réforme.", "fr") == []
    assert passives("There will be a severely reduced service on the Northern line on Friday.", "en") == []
    # no source: a slogan or a banner that "says", police called by someone at a time
    assert sources_of("Une banderole résumait la colère du cortège : « Non à la fermeture ».", "fr") == []
    assert sources_of("Police were called by hotel staff just after 11pm.", "en") == []
    # source types: fire marshals are officials, a transport body an official, a rail union a union, someone's
    # children kin; a count by a firm is an expert's
    assert sources_of("Fire marshals in Fairfax County said the blaze was set on purpose.", "en")[0][1] == "official"
    assert sources_of("Transport for London said six lines would close.", "en")[0][1] == "official"
    assert sources_of("The TSSA said members would walk out on Monday.", "en")[0][1] == "union"
    assert sources_of("Her children said she had never been in trouble.", "en")[0][1] == "family"
    assert sources_of("Ils étaient 9 000 selon un comptage réalisé pour plusieurs médias.", "fr")[0][1] == "expert"
    # the offence a sanction is for is no act told; "did not hear any" abuse denies it
    found = analyse("The league brings in ten-match bans for racist abuse", "en").nominalisations
    assert "racist abuse" not in [f.words for f in found]
    assert analyse("Several players said they did not hear any racist abuse.", "en").nominalisations == []


def test_round_42_classes(framing_models: None) -> None:
    # "multiple" leaves a count unsaid (not "multiple sclerosis"); « sembler » always tells a seeming, in any form
    assert [f.words for f in analyse("The suspect fired multiple shots at the car.", "en").hedges] == ["multiple"]
    assert analyse("She was diagnosed with multiple sclerosis in 2010.", "en").hedges == []
    text = "Trois passagers semblaient en état de choc à leur arrivée au port."
    assert [f.words for f in analyse(text, "fr").hedges] == ["semblaient"]


def test_round_43_classes(framing_models: None) -> None:
    # a word of unlawfulness and the people it names are one loaded name; "migrant crisis" stays two findings
    found = analyse("Agents said nine illegal immigrants were found in the truck.", "en").loaded_terms
    assert [f.words for f in found] == ["illegal immigrants"] and found[0].info["alternative"]
    assert [f.words for f in analyse("Des migrants illégaux ont débarqué à l'aube.", "fr").loaded_terms] == [
        "migrants illégaux"]  # (« migrants clandestins » are two labels since round 172: the gold marks each)
    # the afternoon without its hyphen is no « d'après »; a military time is no figure
    assert sources_of("Des heurts ont éclaté en fin d'après midi près de la gare.", "fr") == []
    assert [f.info["value"] for f in analyse("At 0215 hours, 12 people were rescued.", "en").numbers] == ["12"]
    # a service or a crew after "by" acts; a place of the participle does not take its "by"
    assert with_agent("The boy was taken to hospital by the ambulance service.", "en") == [("was taken", "service")]
    assert [w for w, _a in with_agent("Six men were flown to a hospital by air ambulance crews.", "en")] == [
        "were flown"]
    # a participle coordinated after an agent shares it, but not custody, which has its own decider (unless the
    # officers who made the arrest decide it, round 113)
    text = "La victime a été secourue par les pompiers et conduite à l'hôpital de Rennes."
    assert [w for w, _a in with_agent(text, "fr")] == ["a été secourue", "conduite"]
    text = "Le suspect a été interpellé par des vigiles puis placé en garde à vue."
    assert passives(text, "fr") == ["placé"]


def test_round_44_classes(framing_models: None) -> None:
    # an age band and an address are no figures; "multiple organ failure" counts nothing
    text = "A man in his 30s and a woman in her late 40s were hurt; 3 others were unharmed."
    assert [f.info["value"] for f in analyse(text, "en").numbers] == ["3"]
    assert analyse("Le feu a pris au 12-14 route de Lyon vers minuit.", "fr").numbers == []
    assert analyse("The patient died of multiple organ failure on Sunday.", "en").hedges == []
    # investigators in French crime news are the police; the California Highway Patrol is the police
    assert sources_of("Les enquêteurs ont indiqué que le tireur avait pris la fuite.", "fr") == [
        ("Les enquêteurs", "police")]
    assert sources_of("CHP Officer Dana Ruiz of the Fresno office said the truck overturned.", "en")[0][1] == "police"


def test_round_45_classes(framing_models: None) -> None:
    # « le ministère public » is the prosecution; a minister stays an official
    assert sources_of("Selon le ministère public, le prévenu conduisait sans permis.", "fr") == [
        ("le ministère public", "justice")]
    # « morts noyés » tells how they died; words still to come cite no one yet
    assert passives("Trois pêcheurs sont morts noyés, samedi 4 juin, au large de Brest.", "fr") == []
    assert sources_of("The coroner will determine how the man died.", "en") == []


def test_round_46_classes(framing_models: None) -> None:
    # a reporting participle after a clause that reports nothing: the subject of the clause speaks
    assert sources_of("The union called off the strike on Friday, saying members had accepted the new offer.", "en") == [
        ("The union", "union")]
    assert sources_of("La mairie a fermé le parc dimanche, précisant que deux arbres menaçaient de tomber.", "fr") == [
        ("La mairie", "official")]
    assert sources_of("Two people were hurt, the mayor said, adding that the road would stay shut.", "en") == [
        ("the mayor", "official")]  # (the speaker already cited, once)
    assert sources_of("Wales is bracing for storms, with the forecaster, Ann Lee, warning that roofs may fly.", "en") \
        != [("Wales", "official")]
    # « pour sa part », « de son côté » between the speaker and the verb, or between the verb and the speaker
    assert sources_of("Le syndicat a pour sa part recensé 4 000 grévistes dans la région.", "fr") == [
        ("Le syndicat", "union")]
    assert sources_of("Le conducteur a été placé en garde à vue, a précisé de son côté la gendarmerie.", "fr") == [
        ("la gendarmerie", "police")]
    assert sources_of("Un second bateau a pour sa part récupéré 12 naufragés.", "fr") == []
    # the medium that quotes a source; « faire savoir »; « de même source »
    assert ("Reuters", "media") in sources_of("A hospital official quoted by Reuters said six people had died.", "en")
    assert ("Le Progrès", "media") in sources_of(
        "Selon un témoin cité par Le Progrès, le camion roulait très vite.", "fr")
    assert sources_of("Trois blessés ont été hospitalisés, a fait savoir la gendarmerie.", "fr") == [
        ("la gendarmerie", "police")]
    assert [k for _, k in sources_of("Il a été mis en examen, a-t-on appris de source judiciaire. Il a été écroué, "
                                     "a-t-on ajouté de même source.", "fr")] == ["anonymous", "anonymous"]
    # a title apposed to a name, with a place after it; a court by another name; a name with « pour »
    assert sources_of("Ruth Okafor, the top official on the county board, said the bridge was unsafe.", "en") == [
        ("Ruth Okafor", "official")]
    assert sources_of("La juridiction a rejeté la demande, estimant que le dossier était incomplet.", "fr") == [
        ("La juridiction", "justice")]
    assert [s for s, _ in sources_of("Deux cents nids ont été détruits, a indiqué mardi 3 mai la Ligue pour la "
                                     "protection des oiseaux.", "fr")] == ["la Ligue pour la protection des oiseaux"]
    # junction numbers and Michigan's mile roads are names
    assert [f.info["value"] for f in analyse("The lorry crashed between junctions 12 near Reading and 11 near "
                                             "Theale, with 3 people hurt.", "en").numbers] == ["3"]
    assert [f.info["value"] for f in analyse("Crews found 2 bodies near the corner of 8 Mile and Kelly.", "en")
            .numbers] == ["2"]
    # a denied passive hides no doer; « ne … que » restricts
    assert passives("The driver of the bus was not hurt.", "en") == []
    assert passives("Le corps du marin n'a toujours pas été retrouvé.", "fr") == []
    assert passives("Aucune hypothèse n'est écartée à ce stade.", "fr") == []
    assert passives("Le feu n'a été éteint qu'à midi.", "fr") == ["a été éteint"]
    # a unit's name tells who investigates, not that someone set the fire
    assert not analyse("The county Arson Bomb Squad is helping investigators find what caused the fire at the mill.",
                       "en").nominalisations
    assert not analyse("Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives joined the inquiry into the "
                       "blaze at the mill.", "en").nominalisations
    # « entrer en collision » is a verb with its subject, as "collided"
    assert not analyse("Un car et un tracteur sont entrés en collision sur la D12.", "fr").nominalisations
    assert analyse("Une collision a fait deux blessés sur la D12.", "fr").nominalisations
    # « un drame » when the text says he killed her
    assert "drame" in [f.words for f in analyse("Au téléphone, il évoque un drame : il a tué son épouse.", "fr")
                       .loaded_terms if f.info.get("category") == "euphemism"]


def test_round_47_classes(framing_models: None) -> None:
    # a loaded word inside a person's name is the name
    assert loaded("À la barre, Marie Sauvage a raconté les années de coups.", "fr") == []
    assert loaded("Une agression sauvage a eu lieu près de la gare.", "fr") == ["sauvage"]
    # law-enforcement agencies are the police, also taken up as "the agency"; newspapers named after an echo
    assert sources_of("Nine men were found in a van, the National Crime Agency said. The agency said two drivers "
                      "were held.", "en") == [("the National Crime Agency", "police"), ("The agency", "police")]
    assert sources_of("He was jailed for eight years, the Hull Echo reported.", "en") == [("the Hull Echo", "media")]
    # "one in a million" praises, it counts nothing
    assert [f.info["value"] for f in analyse('Friends called him "one in a million". He was 40.', "en").numbers] \
        == ["40"]
    assert [f.info["value"] for f in analyse("He was 40, one in a million and much-loved.", "en").numbers] == ["40"]
    # a « collectif » that counts or denounces speaks for an association (official), it organises nothing here
    assert sources_of("Il s'agit du 80e féminicide de l'année, selon le collectif NousToutes.", "fr") == [
        ("le collectif NousToutes", "official")]
    # a penalty one is « frappé » with, a life « marquée par » violence: standings, no acts
    assert passives("Le jeune homme, frappé par une interdiction de séjour, a été contrôlé samedi.", "fr") == [
        "a été contrôlé"] and not with_agent("Le jeune homme, frappé par une interdiction de séjour, a été contrôlé "
                                             "samedi.", "fr")
    assert not passives("Elle a tué son mari après un mariage marqué par des violences.", "fr") \
        and not with_agent("Elle a tué son mari après un mariage marqué par des violences.", "fr")
    # the prosecution's requisitions are its words in court (not a prefect's requisition of the police)
    assert sources_of("Le procureur a requis cinq ans de prison contre le chauffeur.", "fr") == [
        ("Le procureur", "justice")]
    assert sources_of("Le préfet a requis la gendarmerie pour évacuer le camp.", "fr") == []


def test_round_48_classes(framing_models: None) -> None:
    # "the department" in a story about one police force is that force; a title outside the brackets tells the kind
    assert sources_of("Fresno police shot a man on Sunday. He had a knife, according to the department.", "en") == [
        ("the department", "police")]
    assert sources_of("Deputy Chief Constable (DCC) Ann Roe said the march had been peaceful.", "en") == [
        ("Deputy Chief Constable (DCC) Ann Roe", "police")]
    # a participle joined after another one that has no agent does not take the agent of the first
    text = "Three climbers were spotted by a pilot before being winched aboard and transferred to a waiting ambulance."
    assert with_agent(text, "en") == [("were spotted", "a pilot")] and "transferred" in passives(text, "en")


def test_round_49_classes(framing_models: None) -> None:
    # people mobilised "against" something rallied; a site « classé Seveso » has a standing
    assert passives("Des agriculteurs mobilisés contre la réforme ont bloqué la route.", "fr") == []
    assert passives("Deux cents gendarmes ont été mobilisés.", "fr") == ["ont été mobilisés"]
    assert passives("Un incendie a pris dans la nuit. L'usine est classée Seveso seuil haut.", "fr") == []
    assert passives("La plainte a été classée sans suite.", "fr") == ["a été classée"]
    # "was reported as saying" is hearsay of someone's words (the news' conditional), no passive
    found = analyse("She was reported as saying that the gate had been left open.", "en")
    assert [f.words for f in found.conditionals] == ["was reported as saying"]
    assert "was reported" not in [f.words for f in found.agentless_passives]


def test_round_50_classes(framing_models: None) -> None:
    # « impressionnant », « heureusement » describe (the gold marks them 2 times in 9 and 1 in 5); « chaos » dramatises
    assert loaded("La foule était impressionnante et, heureusement, personne n'a été blessé.", "fr") == []
    assert loaded("Le centre-ville a plongé dans le chaos.", "fr") == ["chaos"]
    # the national police directorate is the police
    assert sources_of("Le conducteur était connu des services, a indiqué la DGPN.", "fr") == [("la DGPN", "police")]
    # a vehicle « était arrêté » had stopped (a state); a suspect « était arrêté » was arrested
    assert passives("La voiture était arrêtée au feu rouge quand le bus l'a heurtée.", "fr") == []
    assert passives("Le suspect était arrêté depuis deux jours.", "fr") == ["était arrêté"]


def test_round_51_classes(framing_models: None) -> None:
    # the alternative of a denied passive is denied too ("or", "nor", « ni », « ou »); with "and" it may have happened
    assert passives("The guard has not been identified or suspended.", "en") == []
    assert passives("Le gardien n'a pas été identifié ni suspendu.", "fr") == []
    assert passives("The driver was stopped and questioned.", "en") == ["was stopped", "questioned"]
    # a closing » the small model tags as a name does not speak; the name after the verb does, typed by its title
    assert sources_of("« Les horaires ne tiennent pas » dénonce Karim, délégué syndical de Sud-Rail.", "fr") == [
        ("Karim", "union")]
    assert sources_of("« La mer était forte », raconte Sofia Berrada, la directrice générale adjointe de "
                      "l'association.", "fr") == [("Sofia Berrada", "official")]
    # a sum "in damages" is no act; a 35-tonne lorry after « par » is a thing, its driver hidden
    assert event_nouns("The blaze caused about two million dollars in damage.", "en") == []
    assert with_agent("Un piéton a été fauché par un 38 tonnes sur la nationale.", "fr") == []
    assert passives("Un piéton a été fauché par un 38 tonnes sur la nationale.", "fr") == ["a été fauché"]
    # an electric "shock" is a current; « fait divers » is a kind of news; « s'interroger » alone tells no words
    assert loaded("A lineman was shocked by a live wire.", "en") == []
    assert loaded("Voters were shocked by the result.", "en") == ["shocked"]
    assert analyse("Le journal local a relaté ce triste fait divers : un randonneur a chuté.", "fr").hedges == []
    assert sources_of("Depuis l'incendie, les commerçants s'interrogent. La mairie a promis des aides.", "fr") == []
    # an offence one is found guilty of names its doer (« reconnus coupables de violences »), as one charged with it
    assert event_nouns("Les deux supporters ont été reconnus coupables de faits de violences en réunion.", "fr") == []
    assert event_nouns("Des violences ont éclaté en marge du match.", "fr") == ["violences"]


def test_round_52_classes(framing_models: None) -> None:
    # a union of police officers is a union
    assert sources_of("Les agents sont épuisés, selon un syndicat de policier du Gard.", "fr") == [
        ("un syndicat de policier du Gard", "union")]
    assert sources_of("Two officers were hurt, said Dana Ruiz, president of the Dallas Police Officers' Union.",
                      "en") == [("Dana Ruiz", "union")]
    # newspapers named Républicain, or two merged titles: media; a title after « le quotidien » is the source's name
    assert sources_of("Le feu a pris dans un garage, rapporte L'Est Républicain.", "fr") == [
        ("L'Est Républicain", "media")]
    assert sources_of("The plant will close in May, the Atlanta Journal-Constitution reported.", "en") == [
        ("the Atlanta Journal-Constitution", "media")]
    assert sources_of("Selon le quotidien La Provence, le chauffeur a pris la fuite.", "fr") == [
        ("le quotidien La Provence", "media")]
    # volunteer firemen are no cue of arson; a kilometre point and a jury's split are no figures
    assert event_nouns("Deux pompiers volontaires ont été blessés dans l'incendie d'une ferme.", "fr") == []
    assert figures("La collision a eu lieu au point kilométrique 87 de l'A6.", "fr") == []
    assert figures("A previous jury deadlocked 9-3 in favor of acquittal.", "en") == []
    # vehicles « arrêtés » on the hard shoulder had stopped; a conditional in a question is no hearsay
    assert passives("Le poids lourd a percuté deux voitures arrêtées sur la bande d'arrêt d'urgence.", "fr") == []
    assert analyse("Faudra-t-il punir ceux qui prêteraient leur voiture à un ami ivre ?", "fr").conditionals == []
    # "incident" after a crash told by its name refers back to it (no euphemism); a death in "an incident" is one
    assert loaded("A lorry and a car collided on the M6 on Monday. Police are appealing for witnesses to the "
                  "incident.", "en") == []
    assert loaded("A man was killed in an incident involving police on Monday.", "en") == ["incident"]


def test_round_53_classes(framing_models: None) -> None:
    # a vote's count is a figure; only its split with a hyphen is a margin
    assert figures("Deputies had to vote yes or abstain, with 151 votes needed for the motion to pass. A total of 175 "
                   "voted in support.", "en") == ["151", "175"]
    # numbered lines (« 3bis », a list after « lignes de métro ») are names
    assert figures("Le trafic sera coupé sur les lignes de métro 1, 4bis, 6 et 9 jeudi.", "fr") == []
    assert figures("Le trafic sera coupé sur 6 lignes jeudi.", "fr") == ["6"]
    # a motion or a statement after « par » / "by" is a means: who acted is hidden
    assert with_agent("Le maire a été destitué par une motion du conseil municipal.", "fr") == []
    assert passives("Le maire a été destitué par une motion du conseil municipal.", "fr") == ["a été destitué"]
    assert with_agent("The strike was called off by a statement on Sunday.", "en") == []
    # "reports in Spain" come from no one named (reports on a named channel stay the channel's)
    assert sources_of("Reports in Spain said the ferry had left port early.", "en") == [("Reports in Spain", "anonymous")]
    # « pillage » and « en proie à » are the common words (the French gold marks them 1 time in 8)
    assert loaded("La ville, en proie à des pillages, a décrété un couvre-feu.", "fr") == []


def test_round_54_classes(framing_models: None) -> None:
    # a work accident on a building site, and a death by illness, are no one's act (unless someone is said to cause it)
    assert event_nouns("A worker died at a building site in Leeds on Monday; the Health and Safety Executive is "
                       "looking into the incident and the accident.", "en") == []
    assert event_nouns("Un ouvrier est mort dans un accident du travail ; l'inspection du travail enquête sur "
                       "l'accident.", "fr") == []
    assert event_nouns("A worker died at a warehouse after a collision with a forklift; the accident is being "
                       "investigated.", "en") == ["collision", "accident"]
    assert event_nouns("Death Toll Rises to 6 in Measles Outbreak, Officials Say", "en") == []
    assert event_nouns("Le décès de l'adolescente, victime d'une méningite, a été confirmé par l'ARS.", "fr") == []
    # « absolue » is an adjective (« en urgence absolue »); "Engine 7", "Ladder 12" are crews
    assert passives("Lyon : une passerelle cède, deux blessés en urgence absolue", "fr") == []
    assert figures("Engine 7 and Ladder 12 arrived within minutes.", "en") == []


def test_round_55_classes(framing_models: None) -> None:
    # « la Défense » with its capital is the ministry; « la défense » in a trial, the accused's lawyers
    assert sources_of("Aucun soldat n'a été blessé, a indiqué la Défense.", "fr") == [("la Défense", "official")]
    assert sources_of("« Il n'a rien vu », a plaidé la défense.", "fr") == [("la défense", "justice")]
    # a count no one is named for (« un dernier décompte ») is anonymous, like « un bilan »; "the DA's Office" is justice
    assert sources_of("Selon un dernier décompte, 12 000 foyers restent sans courant.", "fr") == [
        ("un dernier décompte", "anonymous")]
    assert sources_of("The plea deal was fair, the DA's Office said.", "en") == [("the DA's Office", "justice")]
    # a dateline ("ROME —") is where the story was filed: the noun phrase after the dash speaks
    assert sources_of("ROME — The mayor of this small hill town, which lost most of its houses in the quake, said "
                      "Friday that two bridges were closed.", "en") == [("The mayor of this small hill town", "official")]
    # a "Death Toll" in a title-case headline is a count of the dead
    assert event_nouns("Rescuers Dig Through Rubble In Turkey's Quake Zone As Death Toll Rises", "en") == []
    # explosives stored as goods (« une cargaison d'explosifs ») are no cue that someone set the blast
    assert event_nouns("Une énorme explosion a fait sept morts dans un entrepôt du port ; une cargaison d'explosifs a "
                       "pris feu.", "fr") == []
    assert event_nouns("Une explosion a détruit la mairie ; un engin explosif a été retrouvé.", "fr") == ["explosion"]


def test_round_56_classes(framing_models: None) -> None:
    # a federation of a trade's workers is a union; a sports federation organises
    assert sources_of("La grève sera reconduite, a annoncé la Fédération nationale des cheminots.", "fr") == [
        ("la Fédération nationale des cheminots", "union")]
    assert sources_of("The walkout will go on, the Federation of Nurses said.", "en") == [
        ("the Federation of Nurses", "union")]
    assert sources_of("Le match est reporté, selon la Fédération française de football.", "fr") == [
        ("la Fédération française de football", "organisers")]


def test_round_57_classes(framing_models: None) -> None:
    # an -it form of an -ir verb is a present tense, no participle (« grandi » is), even in a headline
    assert all_passives("Retraites : la colère grandit entre les syndicats et le gouvernement", "fr") == []
    assert all_passives("Grève : la mobilisation faiblit dans les raffineries", "fr") == []
    assert with_agent("Un rassemblement interdit par la préfecture", "fr") == [("interdit", "la préfecture")]
    # a participle after « puis » shares the nearer « avoir », not the « être » of an earlier clause
    assert all_passives("Les unités sont arrivées vers 9 heures et ont d'abord isolé la zone puis demandé aux passants "
                        "de s'éloigner.", "fr") == []
    # placement verbs in the present of être tell where things are
    assert all_passives("Le site, où sont implantées une dizaine d'usines, a été évacué.", "fr") == ["a été évacué"]
    # « il y a deux ans » between the participle and its agent; an approximate count of people after « par » / "by"
    assert with_agent("Le salarié, qui avait été recruté il y a deux ans par la mairie, a été suspendu.", "fr") == [
        ("avait été recruté", "la mairie")]
    assert with_agent("Les manifestants ont été accueillis par plus de 200 policiers.", "fr") == [
        ("ont été accueillis", "200 policiers")]
    assert with_agent("The marchers were met by fewer than 20 officers.", "en") == [("were met", "20 officers")]
    assert passives("The motion was defeated by more than 40 votes.", "en") == ["was defeated"]
    # a past form after a relative pronoun subject, or in a clause of its own with nothing after, is a simple past
    assert all_passives("Traffic was halted after a van that overturned on the A1 blocked two lanes.", "en") == [
        "was halted"]
    assert all_passives("The sirens had failed to sound before the storm hit; no one knew why.", "en") == []
    assert passives("Teen shot dead after chase in Leeds", "en") == ["shot"]
    # a proposal rejected by a vote is no one's words
    assert sources_of("Drivers will strike over a 3% offer previously rejected by members.", "en") == []
    # « cette même source » is the source just cited; a French paper's title starts on its word
    assert sources_of("Deux pompiers ont été blessés, selon le Sdis. « Le feu est fixé », a précisé cette même "
                      "source.", "fr")[-1] == ("cette même source", "official")
    assert sources_of("La victime a été découverte dans son lit, avait révélé L'Écho républicain.", "fr") == [
        ("L'Écho républicain", "media")]
    assert sources_of("Selon Le Courrier picard, le suspect a été interpellé.", "fr") == [("Le Courrier picard", "media")]
    # a "Chief … Officer" is an executive of the body, not a police officer
    assert sources_of("The Chief Medical Officer said the risk was low.", "en") == [
        ("The Chief Medical Officer", "official")]


def test_round_58_classes(framing_models: None) -> None:
    # a passive after « sans » / "without" did not happen
    assert all_passives("Le gardien a frappé le détenu sans avoir été menacé, a estimé le tribunal.", "fr") == []
    assert all_passives("Some marchers left the bridge without being arrested.", "en") == []
    assert all_passives("Le gardien a été menacé, a estimé le tribunal.", "fr") == ["a été menacé"]
    # « sont à déplorer »: what there is, nobody's words
    assert sources_of("Deux blessés légers sont également à déplorer : trois employés ont été incommodés.", "fr") == []
    # the dead counted (« la mort de cinq migrants », « un second décès », « la mort d'une personne ») are a toll
    assert events("Manche : ce que l'on sait de la mort de cinq migrants au large de Wimereux. Une enquête a été "
                  "ouverte par le parquet.", "fr") == []
    assert events("Coronavirus : un second décès est annoncé dans l'Oise, une enquête est en cours.", "fr") == []
    assert events("La police a confirmé la mort d'une personne dans l'explosion de l'usine.", "fr") == []
    assert events("Mort d'un homme lors de son interpellation : une enquête ouverte", "fr") == ["mort",
                                                                                            "interpellation"]
    # a badge number names someone, it counts nothing
    assert figures("Le procès de l'ex-matricule 512 s'ouvre lundi", "fr") == []
    # "a department spokesman" in a story whose department is the police; a brigade's social media account is the
    # brigade's, not the press
    assert sources_of("A Denver Police Department officer was hurt, a department spokesman said.", "en") == [
        ("a department spokesman", "police")]
    assert sources_of("The fire brigade's social media account said four units attended.", "en") == [
        ("The fire brigade's social media account", "official")]
    # "no … incident" is none
    assert loaded("Police said there was no active shooter-type incident at the school.", "en") == []


def test_round_59_classes(framing_models: None) -> None:
    # a fire whose setter is told before it in its sentence hides no one (but not one of several fires)
    assert events("Teen arrested in suspicious warehouse fire in Gary", "en") == []
    assert events("Arson suspected in warehouse fire; a man was arrested on Monday.", "en") == ["arson",
                                                                                              "warehouse fire"]
    # the offence someone is sentenced for is theirs
    assert events("Trois policiers ont été condamnés jeudi à Bobigny pour des violences et des insultes commises lors "
                  "d'un contrôle.", "fr") == []
    # an arrest in a sentence whose subject is police officers is theirs
    assert events("Lyon : deux policiers condamnés pour des insultes lors d'une interpellation", "fr") == []
    # a coach that fell into a ravine, a plane down in strong winds: no one is said to be at fault
    assert events("Un autocar a chuté dans un ravin au Pérou : l'accident a fait 12 morts.", "fr") == []
    assert events("Pilot hurt in plane crash at Ithaca airport after windy conditions made landing difficult",
                  "en") == []
    # damage told with its doers, then « les incidents »: the same acts, theirs
    assert events("Rennes : un groupe de jeunes a saccagé des vitrines. Les incidents ont duré une heure.", "fr") == []


def test_round_60_classes(framing_models: None) -> None:
    # a work accident (a construction site, a fall the HSE investigates) softens no violence and hides no one
    assert loaded("A man died at a construction site incident in Quincy this morning, police said. OSHA is "
                  "investigating the incident.", "en") == []
    text = ("A worker has died at a steel plant in Rotherham. The HSE said it was investigating the death and the "
            "circumstances of the incident.")
    assert loaded(text, "en") == [] and events(text, "en") == []
    # fans who "stormed" a gate are no storm: their "incident" is still one
    assert "incident" in loaded("Fans stormed a gate before kick-off; the incident caused a safety problem, police "
                                "said.", "en")
    # the Police Service of Northern Ireland is the police
    assert sources_of("The PSNI said a man had been arrested over the killing.", "en") == [("The PSNI", "police")]


def test_round_61_classes(framing_models: None) -> None:
    # "ban" is a sanction or a policy by its name, whose decider the story tells
    assert events("Protesters block highway over travel ban", "en") == []
    # roads closed against a flood are a measure of safety, no one's act hidden
    assert events("Flooding in Leeds leads to water rescues, power outages, road closures", "en") == []
    # "an incident of racist abuse": the abuse is the act told, the incident its frame
    assert events("A reported incident of racist abuse stopped the match, the club said.", "en") == ["racist abuse"]
    # « un nouveau décès » counts the dead; conditions that got worse are no damage
    assert events("Manche : un nouveau décès de migrant au large de Calais", "fr") == []
    assert events("Les syndicats dénoncent une dégradation des conditions de travail à l'hôpital de Lens.", "fr") == []
    # "a domestic dispute" in a sentence that tells he strangled her softens nothing: the act is told
    assert loaded("A man strangled his wife during a domestic dispute at their home, police said.", "en") == []


def test_round_62_classes(framing_models: None) -> None:
    # a lawyer who speaks just after the family is told speaks for the family
    assert sources_of("Les proches de la victime vont déposer plainte, a fait savoir leur avocat mercredi.", "fr")[0][
        1] == "family"
    # the « par » after a second, coordinated act of care is that act's: the rescuers did not hurt him
    assert with_agent("Son fils de 9 ans a été légèrement blessé et pris en charge par les pompiers.", "fr") == [
        ("pris", "les pompiers")]
    assert passives("Son fils de 9 ans a été légèrement blessé et pris en charge par les pompiers.", "fr") == [
        "a été légèrement blessé"]
    # a forklift at work, a steelworks: a work accident, no one's act
    assert events("Un ouvrier est mort écrasé par un chariot élévateur à l'usine de Fos : l'accident s'est produit "
                  "jeudi.", "fr") == []
    # each offence of a verdict's list is a charge of the ones found guilty
    assert events("La cour a reconnu les trois accusés coupables de violences, d'attentats à la pudeur et de "
                  "séquestration.", "fr") == []
    # "a critical incident" is a status a hospital declares
    assert events("Critical incident as Leeds hospital demand spikes", "en") == []


def test_round_63_classes(framing_models: None) -> None:
    # « neutraliser » done by bystanders holds someone down, and « ligoté » says what was done: nothing softened
    assert loaded_of("Des passagers ont neutralisé l'agresseur dans le wagon avant l'arrivée du train en gare.",
                     "fr") == []
    assert loaded_of("Deux clients ont neutralisé et ligoté le braqueur en attendant la police.", "fr") == []
    assert loaded_of("Le forcené a été neutralisé par les gendarmes du GIGN.", "fr") == ["neutralisé"]  # control
    # an "incident" after an assault told with its doers ("by three men") hides no one
    assert events("Teenager hurt after assault by three men in Galway\nGardaí are appealing for witnesses to the "
                  "incident near Eyre Square.", "en") == []
    # « s'en est suivie », « s'y sont rendus »: pronominal; « est repassée en vigilance »: an intransitive with être
    assert all_passives("Une dispute a éclaté au comptoir. S'en est suivie une bagarre générale.", "fr") == []
    assert all_passives("Le Var est repassé en vigilance orange dans la soirée.", "fr") == []
    # « être lié » with nothing after it is a relation between the things named, not an act
    assert all_passives("Les enquêteurs pensent que les deux cambriolages sont liés.", "fr") == []
    assert all_passives("Police do not believe the two fires are linked.", "en") == []
    # the spokesperson of a group of workers speaks as a union does
    assert sources_of("« On ne lâchera rien », prévient Karim Benali, porte-parole des grévistes.", "fr")[0][
        1] == "union"
    assert sources_of('"We are not going back," said Tom Reid, a spokesman for the striking drivers.', "en")[0][
        1] == "union"
    # Spain's Guardia Civil is a police force
    assert sources_of("Selon la Guardia Civil, une centaine de migrants ont franchi la clôture.", "fr")[0][
        1] == "police"
    # "it is understood" is the news's hearsay, a conditional, not a hedge
    found = analyse("It is understood the driver was taken to hospital.", "en")
    assert [h.words.lower() for h in found.hedges] == []
    assert [c.words.lower() for c in found.conditionals] == ["is understood"]
    # "by 6.17pm" is a deadline, not an agent
    assert with_agent("The blaze was extinguished by 7.40pm.", "en") == []
    assert with_agent("The blaze was extinguished by firefighters from Hove.", "en") == [
        ("was extinguished", "firefighters")]  # control
    # bodies by their initials in the plural are official
    assert sources_of("HSCTs said waiting lists had grown.", "en")[0][1] == "official"
    # a named person who lives there tells what he saw
    assert sources_of("Liam Doyle lives on the estate and said the smoke woke him.", "en")[0][1] == "witness"
    # an emergency line after « via le », an address without « rue »: no count
    assert figures("Elle a prévenu les secours via le 144 vers minuit.", "fr") == []
    assert figures("Les grévistes se sont réunis devant le siège, au 25 Saint-Laurent.", "fr") == []


def test_round_64_classes(framing_models: None) -> None:
    # a blast where fireworks are made is a work accident: its "incident", its "explosion", its dead hide no one
    text = ("Four workers lost their lives in an explosion at a fireworks factory near Sivakasi on Monday. Officials "
            "said friction between explosives in a mixing room caused the incident.")
    assert events(text, "en") == []
    assert loaded_of(text, "en") == []
    # "during dawn raids" after the policeman who broke the door: the raid is his
    assert events("A policeman smashed the front door of a flat during dawn raids in Derby.", "en") == []
    # lakh and crore count in Indian English
    assert figures("The state announced Rs 3 lakh for each family and Rs 5 crore for the district.", "en") == [
        "300000", "50000000"]
    # the hour told before a weekday and a part of the day is a time
    assert figures("Crews were called just after 4 Sunday morning.", "en") == []
    # a parent company is no kin; an onlooker named, a head of a body named, children and an airport speak as such
    assert sources_of('"The blast was contained," a spokesman for the parent company said.', "en")[0][
        1] == "official"
    assert sources_of('Anna Price, who saw the lorry overturn, said: "It was terrifying."', "en")[0][1] == "witness"
    assert sources_of("Le blessé a été héliporté, selon Marc Lenoir, qui commande la brigade de gendarmerie de Vire.",
                      "fr")[0][1] == "police"
    assert sources_of("The kids told firefighters that the kitchen was on fire.", "en")[0][1] == "witness"
    assert sources_of("Les vols ont repris dans la soirée, a indiqué l'aéroport.", "fr")[0][1] == "official"
    assert sources_of("La route 117 restera fermée jusqu'à lundi, selon la Sûreté du Québec.", "fr")[0][1] == "police"
    # « neutralisé » when the text tells he was overpowered alive hides nothing (but « mortellement » kills)
    assert loaded_of("Le GIGN a neutralisé le forcené. Il a été maîtrisé grâce à un pistolet à impulsion électrique.",
                     "fr") == []
    assert loaded_of("Le suspect a été mortellement neutralisé. Il avait été maîtrisé une première fois en 2019.",
                     "fr") == ["neutralisé"]  # control
    # "some quick thinking" grades a manner, "suffering shock" is a medical state, "alarming residents" what a noise did
    assert [h.words.lower() for h in analyse("The crew escaped thanks to some clever thinking.", "en").hedges] == []
    assert loaded_of("Two passengers were treated for shock at the scene.", "en") == []
    assert loaded_of("The bangs were heard across the valley, alarming families in nearby farms.", "en") == []
    # « détenue par » a company tells who owns it
    assert with_agent("La filiale détenue par le groupe Veolia exploite trois usines.", "fr") == []


def test_round_65_classes(framing_models: None) -> None:
    # a fire at a chemical plant no one is said to have set is a work accident: its "incident" softens no violence
    assert loaded_of("Three workers were hurt in a fire after an explosion at a chemical plant in Gujarat. Police said "
                     "a probe into the incident had begun.", "en") == []
    assert loaded_of("A man was hurt in an explosion at a chemical plant. Police said the incident was a deliberate "
                     "act of sabotage.", "en") == ["incident"]  # control
    # a dateline in capitals is no participle
    assert passives("TAMPA — Two men were shot outside a downtown lounge early Sunday, police said.", "en") == [
        "were shot"]
    # a radio's frequency, an outlet's name glued to its number, a telephone line after « appels sur le »: no counts
    assert figures("Selon Radio Bleu 98.3, trois personnes ont été évacuées.", "fr") == ["3"]
    assert figures("L'information a été révélée par 20Minutes.", "fr") == []
    assert figures("Les pompiers ont reçu des dizaines d'appels sur le 118 dans la nuit.", "fr") == []
    # busy at a task, rain that came with wind: states, no act undergone
    assert all_passives("Trois ouvriers étaient occupés à décharger un camion.", "fr") == []
    assert all_passives("L'orage était accompagné de fortes rafales de vent.", "fr") == []
    # the officer of a fire service (SIS) is a firefighter, official
    assert sources_of("« Les dégâts sont importants », a indiqué le major du SIS Paul Favre.", "fr")[0][1] == "official"
    # a team's captain named with the team is no police captain, and his surname alone stays a person's
    assert sources_of("A fan who punched Leeds United captain Liam Cooper was jailed. Cooper said he forgave him.",
                      "en")[0][1] == "named"


def test_round_66_classes(framing_models: None) -> None:
    # a riot whose rioters are told (in its compound, after "involving", as the subject of its verb) hides no one
    assert events("Six guards were hurt in a riot involving about 150 inmates at the state prison.", "en") == []
    assert events("A 300-person prisoner riot broke out at the jail on Monday.", "en") == []
    assert events("Guards were hurt in a riot at the state prison on Monday.", "en") == ["riot"]  # control
    # the agent after « par un de ses … », past a manner and a time, and a participle made a noun by its determiner
    assert with_agent("Le gérant a été frappé à coups de pied samedi soir par un de ses clients.", "fr") == [
        ("a été frappé", "ses clients")]
    assert [w for w, _ in with_agent("Le maire a été giflé lundi par un de ses administrés.", "fr")] == ["a été giflé"]
    # a participle that names people, after a count, is a noun (but « six autres blessés » shares its auxiliary)
    assert all_passives("Un surveillant agressé par trois jeunes détenus à Fresnes", "fr") == ["agressé"]
    # « est toujours hospitalisé », "is still hospitalized": where someone is, a state
    assert all_passives("Le motard est toujours hospitalisé à Grenoble.", "fr") == []
    assert all_passives("The cyclist is still hospitalized in Leeds.", "en") == []
    # a kind of act protested against or protected from is no act told
    assert events("Tenants urged the council to protect renters from sudden evictions and removals.", "en") == []
    assert events("Une marche contre les expulsions a réuni 300 personnes à Lyon.", "fr") == []


def test_round_67_classes(framing_models: None) -> None:
    # an "incident" in a story where no one is hurt and no violence is told softens nothing
    assert loaded_of("Twelve people were found in the back of a lorry at a service station. Police said the incident "
                     "was under investigation.", "en") == []
    assert loaded_of("A man was stabbed outside a bar. Police said the incident was under investigation.", "en") == [
        "incident"]  # control
    # the last offence of a list after an arrest's « pour » is a charge
    assert events("Onze manifestants ont été arrêtés pour port d'arme, rébellion face aux forces de l'ordre et "
                  "dégradations lors de la marche.", "fr") == []
    # "the incident" after an interception told with its doer hides no one
    assert events("The Coast Guard intercepted a boat carrying 14 people off Malibu. The incident began when a "
                  "helicopter crew spotted it.", "en") == []
    # a title-case headline's verb after its subject ("As Far Right Clashes With …") is no noun
    assert events("March Turns Ugly As Far Right Clashes With Counter-Protesters", "en") == []
    # "by careless driving" names an offence; "by radar", « par son virage »: things
    assert with_agent("A driver has been charged with death by careless driving.", "en") == []
    assert with_agent("The twister was confirmed by radar.", "en") == []
    assert with_agent("Le motard a été surpris par son virage.", "fr") == []


def test_round_68_classes(framing_models: None) -> None:
    # a march against a kind of act, even when the tagger reads « manifeste » as an adjective
    assert events("Le collectif manifeste à Lyon contre les expulsions locatives.", "fr") == []
    # « ayant entraîné (donné) la mort » names an offence
    assert events("Le père est poursuivi pour des violences volontaires ayant donné la mort sans intention de la "
                  "donner.", "fr") == []
    # a leak at a plant no one is said to have caused is a work accident
    assert events("A chlorine leak at a poultry plant sent 40 workers to hospital on Monday.", "en") == []
    # « boucherie » as a shop is a place
    assert loaded_of("Le jeune homme s'est effondré devant l'ancienne boucherie de la rue Haute.", "fr") == []
    assert loaded_of("La rencontre a tourné à la boucherie.", "fr") == ["boucherie"]  # control
    # « des moins de 17 ans »: an age category, no approximation and no count
    text = "Un arbitre a été frappé après la finale des moins de 15 ans."
    assert figures(text, "fr") == []
    assert [h.words.lower() for h in analyse(text, "fr").hedges] == []
    # a detective's rank, an « intercommunale »
    assert sources_of('"We need to hear from anyone who saw him," said Det Amy Lee.', "en")[0][1] == "police"
    assert sources_of("« La patiente va bien », a précisé l'intercommunale de santé.", "fr")[0][1] == "official"


def test_round_69_classes(framing_models: None) -> None:
    # a headline's acts that the lead gives their doers (« ont procédé à 12 interpellations et 8 perquisitions »)
    assert events("Coup de filet à Lyon : 12 interpellations et 8 perquisitions\nLes gendarmes ont procédé mardi à 12 "
                  "interpellations et 8 perquisitions dans trois quartiers.", "fr") == []
    # a bomb people feared, then the text says the blast came from a cooker: no one set it
    assert events("Une explosion a soufflé un appartement à Nancy. « On a cru que c'était une bombe », raconte une "
                  "voisine. Selon les pompiers, une gazinière serait en cause.", "fr") == []
    # a rubric in capitals before the lead is no event noun
    assert events("Rungis : un entrepôt incendié\nFEU – Plusieurs départs de feu ont été signalés dans un entrepôt de "
                  "Rungis. Selon la police, l'incendie serait d'origine criminelle.", "fr") == ["feu", "incendie"]
    # harm denied ("none … life-threatening injuries") is no harm an "incident" softens
    assert loaded_of("Nine people were found in a container at Tilbury. None of them are believed to have "
                     "life-threatening injuries. Police said the incident was being investigated.", "en") == []
    # « la SQ » is the Sûreté du Québec
    assert sources_of("Selon la SQ, la route 138 restera fermée jusqu'à demain.", "fr")[0][1] == "police"


def test_round_70_classes(framing_models: None) -> None:
    # an approximation of a clock time before midnight or noon is a hedge, as before a number
    assert [f.words.lower() for f in analyse("Le feu a pris peu avant midi dans une grange de Vesoul.", "fr").hedges] \
        == ["peu avant"]
    assert [f.words.lower() for f in analyse("The car left the road shortly after midnight on Route 9.", "en").hedges] \
        == ["shortly after"]
    # an illness or a feeling that came over people (« atteints de », « pris de ») is no act done to them
    assert passives("Une trentaine de pensionnaires ont été atteints de fièvre. Plusieurs ont été pris de malaises "
                    "pendant la nuit.", "fr") == []
    assert passives("Le commissariat a été pris d'assaut mardi soir.", "fr") == ["a été pris"]  # control
    # the weather's storm is no fans' storming, even beside "fans" of a ceiling
    assert loaded_of("Tornado hits Joplin. The storm tore the roof off a school, scattering desks and ceiling fans "
                     "across the yard.", "en") == []
    assert loaded_of("Hundreds of fans stormed the pitch after the final whistle.", "en") == ["stormed"]  # control
    # the second act of « X ont provoqué émeutes et bagarres » is X's, even when the parser misreads the first
    assert events("Ces jeunes ont ensuite provoqué émeutes et bagarres devant la mairie.", "fr") == []
    # titles of the French-speaking press outside France, and a student paper, are media
    assert sources_of("Selon la DH, le chauffeur du bus avait bu.", "fr")[0][1] == "media"
    assert sources_of("The university student paper Varsity reported the vote was cancelled.", "en")[0][1] == "media"


def test_round_71_classes(framing_models: None) -> None:
    # a telephone number written in groups, or a police line called, is no figure
    assert figures("Anyone with information is asked to call detectives at 617-555-0199 or to ring 101.", "en") == []
    assert figures("Some 101 people were hurt.", "en") == ["101"]  # control
    # "investigators" in a story the police investigate are the police; a derailment's are officials
    assert sources_of("A cyclist was hit by a van in Leeds, West Yorkshire Police said. Investigators believe the van "
                      "ran a red light.", "en")[1][1] == "police"
    assert sources_of("A freight train derailed near Ely. Police closed the level crossing. Investigators said a "
                      "broken rail was the likely cause.", "en")[0][1] == "official"  # control
    # the British Transport Police
    assert sources_of("A BTP spokeswoman said the line would reopen on Monday.", "en")[0][1] == "police"
    # the second verb of "were called … and found the man" is the police's own act
    assert passives("Deputies were called to the house and found the couple arguing in the yard.", "en") \
        == ["were called"]
    # a simple past after "that", with its subject, misread as a participle
    assert passives("Prosecutors said that members of the group relocated to Cardiff to run the operation.", "en") == []
    # an argument is a quarrel in words, unless told as violent
    assert events("A man fired two shots into the air during an argument outside a bar in Mesa, police said.", "en") == []
    assert events("The couple had a violent argument in the kitchen, police said.", "en") == ["violent argument"]  # control
    # a coalition named in the compound is the side of its assault (but not a suspected one)
    assert events("Aid groups warn of a new coalition assault on the rebel-held city of Saada.", "en") == []


def test_round_72_classes(framing_models: None) -> None:
    # a calibre is the kind of a weapon, not a count (rain in millimetres stays a figure)
    assert figures("Les enquêteurs ont retrouvé quatre douilles de calibre 7,65 et un fusil de calibre 16.", "fr") == ["4"]
    assert figures("Police recovered a 9mm pistol and a .22-caliber rifle from the car.", "en") == []
    assert figures("Il est tombé 120 mm de pluie en une nuit.", "fr") == ["120"]  # control
    # an address written with a comma after its number
    assert figures("Le restaurant se trouve au 12, rue de la Paix, à Lyon.", "fr") == []
    # a telephone line with letters
    assert figures("Witnesses can call the tip line at 514-393-TIPS.", "en") == []
    # a sentence to death is a penalty, not a death someone caused
    assert events("Jury sentences Dixon to death for the murder of two guards", "en") == []
    # the doer after a second « par », with a day between the means and it
    assert with_agent("Deux jeunes ont été blessés par balles samedi soir par des inconnus à Nîmes.", "fr") != []


def test_round_73_classes(framing_models: None) -> None:
    # the Swiss thousands separator, and a full stop that lost its space
    assert figures("Selon l'office vétérinaire, 12'400 poules ont été abattues à Sursee.", "fr") == ["12400"]
    assert figures("Ils étaient finalement 220.Les gendarmes ont dispersé le cortège.", "fr") == ["220"]
    # a count in words, then the calibre of what is counted
    assert figures("Deputies fired four 12-gauge rounds and 15 .40 rounds at the car.", "en") == ["4", "15"]
    # pence glued to the price
    assert figures("Muller announced a cut of 1.25p/l on its milk price from May.", "en") == ["1.25"]
    # an address by its block, and a département by its number
    assert figures("The fire started in the 3400-block of West Madison Street.", "en") == []
    assert figures("Selon la préfecture du 91, la route a rouvert.", "fr") == []
    # a leak is what escaped, no one's act told
    assert events("Sewage leak kills thousands of fish in River Wey", "en") == []


def test_round_74_classes(framing_models: None) -> None:
    # an act denied through a belief ("no one is believed to have been", "do not believe anyone was")
    assert passives("Firefighters said no one is believed to have been hurt in the fire.", "en") == []
    assert passives("Deputies do not believe anyone was injured in the crash.", "en") == []
    assert passives("Two men are believed to have been injured in the crash.", "en") == ["have been injured"]  # control
    # a place or a topic before a headline's colon is no participle
    assert passives("Vendée : un chasseur grièvement blessé lors d'une battue aux sangliers", "fr") == ["blessé"]
    # "devastated" of people is what they feel: no passive, no drama (of homes, both)
    t = analyse("Her coach said she was devastated by the news.", "en")
    assert [f.words for f in t.agentless_passives] == [] and loaded_of("Her coach said she was devastated by the "
                                                                        "news.", "en") == []
    assert loaded_of("Dozens of homes were devastated by the tornado.", "en") == ["devastated"]  # control
    # a verb of shooting whose subject is told is no event noun
    assert events("The video shows officers shooting, wounding a man outside a store.", "en") == []
    # "discharged" with the one who fired as its active subject softens nothing; a shot that "was discharged" does
    assert loaded_of("The two deputies who discharged their weapons were placed on leave.", "en") == []
    assert "discharged" in [f.words.lower() for f in analyse("A shot was discharged by a trooper during the stop.",
                                                              "en").loaded_terms]  # control


def test_round_75_classes(framing_models: None) -> None:
    # "'s" before a participle with its object is "has": an active perfect, no passive
    assert passives("Arriva runs 80% of the buses in the county, meaning it's left thousands of pupils, workers and "
                    "patients stranded.", "en") == []
    assert passives("The man's arrested by police.", "en") == []  # control: with its agent, not agentless
    # a day and a month with a slash after a weekday are a date, no figure
    assert figures("Police were called to the Crown pub at 11pm on Friday (17/3) after a fight.", "en") == []
    # a spill from a plant's breakdown is a work accident: its incident and its pollution hide no one
    assert events("Un incident technique à l'usine de Vire a entraîné un déversement de lait dans la rivière. La "
                  "pollution s'étend sur deux kilomètres.", "fr") == []


def test_round_76_classes(framing_models: None) -> None:
    # a participle after a comma that goes on a list of acts whose object is a pronoun before « avoir » is active
    assert passives("Selon un témoin, le père l'aurait poussé dans l'escalier, frappé à la tête et insulté devant "
                    "les voisins.", "fr") == []
    assert [p for p, _ in with_agent("Le juge, qui l'avait relâchée, saisi par le parquet, a rendu sa décision.",
                                     "fr")] == ["saisi"]  # control: « saisi » agrees with the judge, not with « l' »
    # « rue » is a street, never the participle of « ruer » (« rué »)
    assert passives("Lyon : une vingtaine de personnes délogées d'un immeuble rue de Marseille", "fr") == ["délogées"]
    # "needed" after "be" tells what is necessary: no act, no doer
    assert passives("More volunteers are needed to clear the beach, the council said.", "en") == []
    # numbers after « aux » that count nothing, in a story that has named a street, are house numbers
    assert figures("Les pompiers sont intervenus boulevard Voltaire. Les familles logées aux 12, 14 et 16, ont été "
                   "relogées.", "fr") == []
    assert figures("Les pompiers sont intervenus boulevard Voltaire. Les loyers ont augmenté de 12 % au total.",
                   "fr") == ["12"]  # control: a percentage
    # "it was claimed that", "it was said that": who said it is left out, an agentless passive, not a conditional
    found = analyse("It was claimed at the hearing that the guards had locked the door.", "en")
    assert [f.words for f in found.agentless_passives] == ["was claimed"] and found.conditionals == []
    assert [f.words for f in analyse("It is believed that the guards locked the door.", "en").conditionals] == [
        "is believed"]  # control: a belief stays the conditional of the news
    # "called out sick", "called in sick": people staying away, no one cited
    assert [a.info["source"] for a in analyse("Dozens of bus drivers called out sick on Friday, forcing the city to "
                                                "cancel routes.", "en").attributions] == []
    assert [a.info["source"] for a in analyse("The union called on drivers to strike, a spokesman said.",
                                              "en").attributions] != []  # control: a call to act is told


def test_round_77_classes(framing_models: None) -> None:
    # a clock time with its leading zero is no figure
    assert figures("At about 07.45 this morning a bus hit a wall on the A38.", "en") == []
    # a number in quotation marks before "number", or dialled after a verb of calling, is a telephone line
    assert figures("Customers who rang the '200' customer services number abroad were charged twice.", "en") == []
    assert figures("Customers texting 200 from abroad were charged.", "en") == []
    assert figures("The charity called 200 families last week.", "en") == ["200"]  # control: a count
    # a generation of mobile networks is a name
    assert figures("Les abonnés 5G de l'opérateur ont été privés de réseau.", "fr") == []
    # a train's number and a pool's number are names
    assert figures("Le TER 17480 Bordeaux-Hendaye est resté à quai.", "fr") == []
    # a score written with a slash, or « N à M » after « remporter », in a match story
    assert figures("Championnat de rugby (poule 4) : Vannes a gagné face à Dax 21/9. La rencontre, remportée 21 à 9, "
                   "a été suivie d'une bagarre.", "fr") == []
    # a temperature below zero is a negative figure
    assert figures("Temperatures fell to lows of -7C in the Highlands.", "en") == ["-7"]
    # a Scottish fiscal is a prosecutor; weather forecasters are experts, "the national forecaster" an institution
    found = analyse("Procurator fiscal Anne Moss said the driver had been on his phone.", "en").attributions
    assert [a.info["source_kind"] for a in found] == ["justice"]
    assert [a.info["source_kind"] for a in analyse("Forecasters said more snow would fall on high ground.",
                                                   "en").attributions] == ["expert"]
    assert [a.info["source_kind"] for a in analyse("The national forecaster said more snow would fall.",
                                                   "en").attributions] == ["official"]  # control
    # "incident" in a match report, for what the report tells plainly, softens no killing
    text = ("A football supporter who threw a bottle at a goalkeeper during a match has been fined £500 and banned "
            "from matches for three years. John Smith hit the goalkeeper on the shoulder, causing a bruise. The incident "
            "happened at the Dundee v Aberdeen game on 2 March. Smith handed himself in to police shortly after the "
            "incident.")
    assert [f.words for f in analyse(text, "en").loaded_terms if f.info.get("category") == "euphemism"] == []
    # "to death" after a verb tells how the act ended: the noun stands for no act of its own
    assert events("A retired teacher strangled his wife of 30 years to death Sunday night during an argument at their "
                  "home.", "en") == []


def test_round_78_classes(framing_models: None) -> None:
    # resolve (« déterminés à », "determined to") is a state of mind, not a passive
    assert passives("Les grévistes se disent déterminés à tenir jusqu'au bout, et les syndicats sont déterminés « à "
                    "obtenir gain de cause ».", "fr") == []
    assert passives("The inquiry said he has been determined to have lied to investigators.", "en") == [
        "has been determined"]  # control: a finding, a passive
    # « promise à la fermeture », « vouée à la démolition »: a fate, no one promised it
    assert passives("Saint-Nazaire : la fonderie promise à la fermeture, 80 emplois supprimés", "fr") == ["supprimés"]
    assert passives("Le poste a été promis à son adjoint.", "fr") == ["a été promis"]  # control: a promise
    # « une retenue d'eau » is a reservoir
    assert passives("Les opposants dénoncent une gigantesque retenue d'eau.", "fr") == []
    # "fully engulfed" tells how far a fire had spread, no act
    assert passives("By the time crews arrived, the barn was fully engulfed.", "en") == []
    assert passives("The van was engulfed in flames within minutes.", "en") == ["was engulfed"]  # control
    # a number after a capitalised word is a quantity when a multiplier follows it
    assert figures("The comet passed the Earth 40 million years ago.", "en") == ["40000000"]


def test_round_79_classes(framing_models: None) -> None:
    # a judge who denies or grants a motion, a request or a plea rules: no one's words are cited
    assert sources_of("At a hearing on Friday, Judge Alvarez denied the defence motion for a new trial.", "en") == []
    assert sources_of("Judge Okafor denied her plea for bail, and the hearing ended.", "en") == []
    assert [s for s, _ in sources_of("The landlord denied the allegations in a statement.", "en")] == [
        "The landlord"]  # control: a denial is words
    # a union named by the workers it organises, or by its local's number
    assert sources_of("Communications Workers spokesman Dan Reyes said 400 engineers would walk out.", "en") == [
        ("Communications Workers spokesman Dan Reyes", "union")]
    assert sources_of("Machinists Local 751 said the vote had passed.", "en") == [("Machinists Local 751", "union")]
    # who gave the figures, after whom they were given to (« transmis à X par Y », "given to X by Y")
    assert sources_of("Selon les chiffres transmis à France Bleu par la gendarmerie, 40 conducteurs ont été "
                      "contrôlés.", "fr") == [("la gendarmerie", "police")]
    assert sources_of("According to figures given to the BBC by the ambulance trust, 12 crews waited.", "en") == [
        ("the ambulance trust", "official")]
    # « TF1-LCI »: two channels of one newsroom, one word
    assert sources_of("Selon les informations de TF1-LCI, le suspect a été relâché.", "fr") == [("TF1-LCI", "media")]
    # a building called by its house number once the address is given
    assert figures("Un incendie s'est déclaré au 14, rue des Lilas. Les habitants du 14 ont été relogés.", "fr") == []
    assert figures("Les habitants du 14 ont été relogés.", "fr") == ["14"]  # control: no address told
    # « personnes en situation de handicap » is the usual term, no euphemism (« en situation de rue » is one)
    assert loaded("La salle accueille des personnes en situation de handicap.", "fr") == []
    assert loaded("Des personnes en situation de rue dorment sous le pont.", "fr") == ["personnes en situation de rue"]
    # "Cllr" is a councillor's title
    assert sources_of("Cllr Janet Moore said the library would stay open.", "en") == [("Cllr Janet Moore", "official")]


def test_round_80_classes(framing_models: None) -> None:
    # « Europe 1 »: a station, no count
    assert figures("Europe 1 fait le point sur cette affaire.", "fr") == []
    assert figures("Il reste 1 blessé à l'hôpital.", "fr") == ["1"]  # control
    # a whole number and the fraction after it are one figure
    assert figures("The storm dropped 2 ½ inches of rain on the city.", "en") == ["2.5"]
    # where it was said, then who said it: the source is after the comma
    assert sources_of("In a hearing at Truro Magistrates’ Court, the company admitted two safety breaches.", "en") == [
        ("the company", "official")]
    # public bodies and a company's receivers speak as officials
    assert sources_of("Highways England said the A30 would reopen by noon.", "en") == [("Highways England", "official")]
    assert sources_of("Sarah Lee, from the receivers Begbies, said 120 staff would be paid.", "en")[0][1] == "official"
    assert sources_of("The Commissioner of Prisons said two officers had been suspended.", "en") == [
        ("The Commissioner of Prisons", "official")]


def test_round_81_classes(framing_models: None) -> None:
    # "neither … nor … explained": no one said anything
    assert sources_of("Neither the school nor the county council explained why the alarm failed.", "en") == []
    # answering with tear gas is an act, not words
    assert sources_of("Face aux jets de pierres, les policiers ont répliqué avec du gaz lacrymogène, selon "
                      "Ouest-France.", "fr") == [("Ouest-France", "media")]
    # a mayor called « l'édile », the Conseil constitutionnel, a returning officer, a fisherman
    assert sources_of("L'édile a dénoncé une décision injuste.", "fr") == [("L'édile", "official")]
    assert sources_of("Le Conseil constitutionnel a indiqué que ces voix étaient annulées.", "fr") == [
        ("Le Conseil constitutionnel", "justice")]
    assert sources_of("The returning officer said 40 ballots had been missed.", "en") == [
        ("The returning officer", "official")]
    assert sources_of("A fisherman said he saw the dinghy overturn.", "en") == [("A fisherman", "witness")]
    # a word of unlawfulness and the people it qualifies are one name
    assert loaded("Agents detained 40 undocumented Honduran migrants near the river.", "en") == [
        "undocumented honduran migrants"]
    assert loaded("La police a interpellé des travailleurs clandestins.", "fr") == ["travailleurs clandestins"]
    # "gang" labels suspects by their trade or their den, not "criminal gangs" or "a gang of men"
    assert loaded("Criminal gangs smuggle people, and a gang of men attacked a driver.", "en") == []
    assert loaded("Police raided a suspected gang den in Leeds.", "en") == ["gang"]  # control
    # "offender" is the legal word for someone convicted; « brasier » a blaze
    assert loaded("The offenders were released on licence.", "en") == []
    assert loaded("Les pompiers ont lutté contre le brasier toute la nuit.", "fr") == []
    # names, not judgements: "the failure to", "terror attacks", « un été meurtrier », "unfortunately died"
    assert loaded("The report criticised the failure to share intelligence before the terror attacks.", "en") == []
    assert loaded("Après un été meurtrier dans le quartier, le maire réclame des renforts.", "fr") == []
    assert loaded("The man was taken to hospital but unfortunately died.", "en") == []
    assert loaded("The strike was a failure.", "en") == ["failure"]  # control
    # « d'intervention » in a unit's name tells no act
    assert event_nouns("Pour rétablir le calme, les Équipes régionales d'intervention et de sécurité (ERIS) sont "
                       "intervenues.", "fr") == []


def test_round_82_classes(framing_models: None) -> None:
    # the numbers of metro lines name them: after « ligne(s) », in a list after it, in brackets after lines
    assert figures("Trois lignes sont fermées (4, 6 et 9) et les lignes 1 et 14 roulent normalement.", "fr") == ["3"]
    assert figures("Sur les 16 lignes, 10 sont fermées.", "fr") == ["16", "10"]  # control: counts of lines
    # « un bus sur trois », "one in four trains": a share
    assert figures("Seul un train sur quatre circulera, selon la SNCF.", "fr") == []
    assert figures("One in four trains will run on Friday.", "en") == []
    # China News Service is a news agency
    assert sources_of("Selon China News Service, 19 personnes ont péri.", "fr") == [("China News Service", "media")]
    # the offence of someone sentenced, a gerund after "before" with its subject, a fire whose cause is told: no one's
    # act hidden
    assert event_nouns("A former coach has been sent behind bars for six years for sexual abuse against pupils.",
                       "en") == []
    assert event_nouns("The driver lost control shortly before crashing into a ditch.", "en") == []
    assert event_nouns("Un lycée de Colomiers partiellement incendié. L'incendie, qui serait parti d'un court-circuit, "
                       "n'a pas fait de blessés. Selon les pompiers, l'incendie ne s'est pas propagé.", "fr") == []


def test_round_83_classes(framing_models: None) -> None:
    # « mis sous séquestre par le procureur »: the noun after « sous » is no infinitive that ends the clause
    assert with_agent("Le navire a accosté à Porto Empedocle, où il est mis sous séquestre par le procureur "
                      "d'Agrigente.", "fr") == [("est mis", "le procureur")]
    # what fills a place is a state: "filled with", « jonchée de » (but filled by someone: an act)
    assert passives("The Dutch-registered coach was filled with cruise passengers.", "en") == []
    assert passives("La chaussée est jonchée de débris.", "fr") == []
    assert with_agent("The hole was filled by council workers.", "en") == [("was filled", "workers")]
    # the newspaper Sud Ouest, written with its hyphen (but « la préfecture du Sud-Ouest »: the region's)
    assert sources_of("D'après Sud-Ouest, le camion serait resté bloqué.", "fr") == [("Sud-Ouest", "media")]
    assert sources_of("Selon la préfecture du Sud-Ouest, il est mort.", "fr") == [
        ("la préfecture du Sud-Ouest", "official")]
    # declaring an investigation is an act, not words cited
    assert sources_of("Following a referral, the watchdog declared an independent investigation.", "en") == []
    # an offer "the fifth to be rejected by the union": a vote, not words
    assert sources_of("The latest offer was the fifth to be rejected by the union.", "en") == []
    # "from junction 4a to 5": the second number names a junction too
    assert figures("The carriageway was closed from junction 4a to 5 after the crash.", "en") == []
    # « des explosions de joie »: cheers, nothing dramatised (but « une explosion de colère »)
    assert loaded("L'annonce a suscité des explosions de joie sur le bateau.", "fr") == []
    assert loaded("Une explosion de colère a suivi l'annonce.", "fr") == ["explosion"]
    # power cuts in a storm: what the storm did, no one's act
    assert event_nouns("Power cuts after Storm Dudley, with Storm Eunice on the way. The storm brought winds of up "
                       "to 80mph.", "en") == []
    # a blast or a fire at an explosives factory: its goods, a work accident
    assert event_nouns("Fifteen feared dead in factory blast in India. The explosives factory manufactured gelignite "
                       "sticks. A fire engulfed the building, triggering the explosion.", "en") == []
    # a workers' strike in a sentence naming the company Shell: no shelling, no armed strike
    assert event_nouns("Around 3,800 workers went on strike at nine refineries, after contract negotiations broke "
                       "down with Shell Oil Co.", "en") == []
    assert event_nouns("A missile strike on the hospital killed two people.", "en") == ["missile strike"]  # control


def test_round_84_classes(framing_models: None) -> None:
    # « mobilisés » of protesters, or against something, or at a union's call: they mobilised themselves
    assert passives("Déjà mobilisés le 8 octobre dernier, les éleveurs avaient bloqué les routes.", "fr") == []
    assert passives("Les syndicats annoncent 300 lycées mobilisés dans toute la région.", "fr") == []
    assert passives("Le collectif est mobilisé pour réclamer un relogement.", "fr") == []
    assert passives("Une vingtaine de pompiers ont été mobilisés pour lutter contre les flammes.", "fr") == [
        "ont été mobilisés"]  # control: sent to fight a fire
    # what surrounds a place is a state (« entouré d'engins »; but « entouré par des policiers »: an act told)
    assert passives("L'appareil était toujours entouré de camions de pompiers.", "fr") == []
    # « blessées » after the care the rescuers gave: the rescuers hurt no one
    assert with_agent("Trois personnes ont été prises en charge par les secours, légèrement blessées : un homme "
                      "touché à la main.", "fr") == [("ont été prises", "les secours")]
    # « brutal » of a stop or a braking: sudden, no judgement (but « une décision brutale »)
    assert loaded("Une passagère a été choquée par le freinage brutal du bus.", "fr") == []
    assert loaded("Une décision brutale, qui a provoqué la colère des salariés.", "fr") == ["brutale"]
    # "un-" adjectives are states ("uncontained", "unaffected"), verbs of undoing are acts ("uncovered")
    assert passives("The blaze is uncontained. Residents were unaffected.", "en") == []
    assert passives("The plot was uncovered by chance.", "en") == ["was uncovered"]
    # "committed to keeping": devoted to, no act (but "crimes were committed")
    assert passives("Our officers are committed to keeping drugs off the streets.", "en") == []
    # "was arrested and accused of": the second participle shares the passive, the accused is no speaker
    assert sources_of("Six months into the job, the mayor of Springfield was arrested and accused Tuesday of taking "
                      "$20,000 in bribes from undercover agents.", "en") == []
    # an NHS trust speaks for itself: official; "Goole FT" is a foundation trust, not the Financial Times
    assert sources_of("The trust says it took the steps after seeking advice.", "en") == [("The trust", "official")]
    assert sources_of("Northern Lincolnshire and Goole FT confirms it has been hit by a cyber attack.", "en") == [
        ("Northern Lincolnshire and Goole FT", "official")]
    assert sources_of("The FT reported that the bank lost money.", "en") == [("The FT", "media")]  # control


def test_round_85_classes(framing_models: None) -> None:
    # « d'après lui », « selon elle »: the speaker named before, taken up by a pronoun, is cited once
    assert sources_of("Le maire a annoncé une plainte. Les dégâts s'élèveraient à plusieurs milliers d'euros d'après "
                      "lui.", "fr") == [("Le maire", "official")]
    # « au lieu-dit La Forge »: no one speaks
    assert sources_of("Il était venu passer l'après-midi avec ses amis au niveau du lieu-dit Bernadou.", "fr") == []
    # a federation (of fishing, of sport, of hauliers) speaks for itself: official (a union's stays a union's)
    assert sources_of("Le président de la fédération de pêche de l'Aisne a annoncé une plainte.", "fr") == [
        ("Le président de la fédération de pêche de l'Aisne", "official")]
    # "Not a single survivor has been pulled": denied (but "not all of them were found guilty": some were)
    assert passives("Not a single survivor has been pulled from the rubble.", "en") == []
    assert passives("Not all of the defendants were found guilty of every charge.", "en") == ["were found"]
    # a dramatising word in an institution's name written with capitals
    assert loaded("Five people died, according to the country's Disaster and Emergency Management Agency.", "en") == []
    # "in one piece", "One moment he was asleep": idioms, no count (but "One piece of video showed…")
    assert figures("One moment he was asleep. After the crash he was just glad to be in one piece.", "en") == []
    assert figures("One piece of video footage showed the crash.", "en") == ["1"]  # control
    # "Robbers smashed through a wall in the overnight raid": the raid's doers are the subject
    assert event_nouns("Burglars broke through the roof with a crowbar in the overnight raid.", "en") == []
    # "made redundant" is one passive with its complement
    assert passives("Around 300 workers will be made redundant next year.", "en") == ["will be made redundant"]
    # « bien informés », "well-prepared": a quality
    assert passives("Les cambrioleurs étaient visiblement bien informés.", "fr") == []
    # « départs volontaires » counted apart from « départs contraints » are voluntary (alone, they soften layoffs)
    assert [f.words for f in analyse("Le plan prévoit 400 départs contraints et 120 départs volontaires.",
                                     "fr").loaded_terms] == []
    assert [f.words for f in analyse("Le plan prévoit 120 départs volontaires.", "fr").loaded_terms] == [
        "départs volontaires"]  # control


def test_round_86_classes(framing_models: None) -> None:
    # what a thing is limited to, runs on or heads for is a state: "isolated to", « alimentée au gaz », "north bound"
    assert passives("Investigators believe the leak was isolated to the house that exploded.", "en") == []
    assert passives("Le maire évoque une explosion due au gaz, le pavillon est alimenté au gaz de ville.", "fr") == []
    assert passives("The coach was south bound when it left the road.", "en") == []
    # "judges agreed by a majority of two to one": a past tense with its subject (but "a deal agreed by ministers")
    assert with_agent("The three judges agreed by a majority that the policy was unlawful.", "en") == []
    assert with_agent("A deal agreed by ministers collapsed on Friday.", "en") == [("agreed", "ministers")]  # control
    # a water or energy company named by its place ("Yorkshire Water") speaks for itself
    assert sources_of("Anglian Water has announced a hosepipe ban from Friday.", "en") == [("Anglian Water", "official")]
    # « réduction » sells only where something is sold
    assert loaded("Les arrêtés imposent des réductions des prélèvements agricoles de 50 %.", "fr") == []
    assert loaded("Profitez d'une réduction de 20 % sur tous les produits du magasin.", "fr") == [
        "profitez", "réduction"]  # control
    # « saisie » of drugs is the customs' act, told with them; « l'IGPN saisie »: a participle
    assert event_nouns("Deux tonnes de cannabis ont été saisies à Marseille, a annoncé le ministre, saluant la plus "
                       "importante saisie de cannabis réalisée cette année.", "fr") == []


def test_round_87_classes(framing_models: None) -> None:
    # a French share whose noun comes between its numbers (« sept TER sur dix ») is no count (but « dix lignes de
    # métro sur 16 » counts the lines)
    assert figures("En moyenne, sept TER sur dix circuleront samedi dans la région.", "fr") == []
    assert figures("Cinq trains Intercités sur six seront en circulation dimanche.", "fr") == []
    assert figures("Dix lignes de métro sur 16 sont fermées vendredi.", "fr") == ["10", "16"]  # control
    assert figures("L'équipementier supprime 868 postes sur huit sites.", "fr") == ["868", "8"]  # control
    # an agent far from its participle, when the parser hangs it on the participle
    assert with_agent("La société de transport a été condamnée ce mardi 21 novembre à 51 000 euros d'amende et des "
                      "dommages et intérêts par le tribunal judiciaire de Rouen pour cette pollution.", "fr") == [
        ("a été condamnée", "le tribunal judiciaire")]
    # « …, qui juge que » after a speaker's title is the speaker again, cited once
    assert [s for s, _ in sources_of("\"La société a été condamnée à une amende délictuelle de 50 000 euros\", a "
                                     "précisé Alice Béral, juriste de France Nature Environnement (FNE) Normandie, "
                                     "qui juge que \"les milieux naturels sont à l'agonie\".", "fr")] == ["Alice Béral"]
    # means and then people after "by": the people named ("by 15 fire engines and about 100 firefighters")
    assert with_agent("The blaze, which was tackled by 15 fire engines and about 100 firefighters, is out.", "en") == [
        ("was tackled", "engines")]
    # "would normally have left": what happens as a rule, no hearsay
    assert conditionals("Dozens of flights would normally have left the airport by midnight.", "en") == []
    assert conditionals("The fire would have started in the kitchen.", "en") == ["would have started"]  # control
    # terminals named by their numbers; the emergency number's control room; "2mn" a glued million
    assert figures("BA suspended flights at terminals 1, 3 and 4 on Thursday.", "en") == []
    assert figures("Hacker steals data of 2mn Vodafone customers.", "en") == ["2000000"]
    assert figures("The 999 control room took the call at noon.", "en") == []


def test_round_88_classes(framing_models: None) -> None:
    # a thing falling is a force like a storm: the agent named (« tué par la chute d'un arbre »)
    assert with_agent("Un randonneur a été tué par la chute d'un rocher sur le sentier.", "fr") == [
        ("a été tué", "la chute")]
    assert passives("L'incendie a été provoqué par la chute d'une personne dans l'escalier.", "fr") == [
        "a été provoqué"]  # control: a person's fall hides who fell
    # « poursuivi par » is a chase or a prosecution, no words reported
    assert sources_of("Le jeune homme était poursuivi par des gendarmes après un vol de scooter.", "fr") == []
    # a wind that « souffle » whispers nothing
    assert sources_of("À Colmar, où le vent a soufflé jusqu'à 120 km/h, des toitures ont été arrachées.", "fr") == []
    # "the Met" is London's police (the Met Office forecasts)
    assert sources_of("The Met said 40 people were arrested.", "en") == [("The Met", "police")]
    assert sources_of("The Met Office said winds would ease overnight.", "en") == [
        ("The Met Office", "official")]  # control
    # a news release is its issuer's, no news outlet
    assert [k for _, k in sources_of("The news release said two agents were hurt.", "en")] != ["media"]
    # an acronym the text spells out in brackets is that body
    assert sources_of("Un rapport a été publié mercredi par Action contre la faim (ACF). Les camps débordent, selon "
                      "ACF, qui a enquêté sur place.", "fr")[-1] == ("ACF", "official")


def test_round_89_classes(framing_models: None) -> None:
    # « squatteurs », "squatters": the plain name of those who occupy a place, loaded only in a text that already
    # judges with other loaded words
    assert loaded("La police a procédé samedi à l'expulsion des squatteurs de l'immeuble.", "fr") == []
    assert loaded("The squatters continued to argue with the bailiffs.", "en") == []
    assert "squatteurs" in loaded("Des squatteurs ont envahi l'ancienne école. Une horde de clandestins s'y serait "
                                  "installée.", "fr")  # control
    # "bound to happen": certain to, no act done to anyone (but "bound to a chair by robbers")
    assert passives("Neighbours said it was an accident that was bound to happen.", "en") == []
    assert with_agent("The guard was bound to a chair by the robbers.", "en") == [("was bound", "the robbers")]
    # « appuyés par six Canadair »: reinforcements, not the doers
    assert with_agent("Trois cents pompiers, appuyés par quatre Canadair, luttaient contre le feu.", "fr") == []
    # alerted by a risk: a thing, the alert's sender left out
    assert with_agent("Les secours ont été alertés par le risque d'effondrement d'un mur.", "fr") == []
    assert sources_of("Vers 18H05, les secours ont été alertés par le risque d'effondrement d'une maison, avant "
                      "qu'elle ne s'écroule, ont indiqué les pompiers.", "fr") == [("les pompiers", "official")]
    # a newspaper whose name is cut at its hyphen
    assert sources_of("Two people died, the Fort Worth Star-Telegram reported.", "en") == [
        ("the Fort Worth Star-Telegram", "media")]
    # "under demolition", "under investigation": a state of the thing, no act told
    assert event_nouns("Two workers died when a warehouse under demolition collapsed onto the road.", "en") == []
    # a death in care is a patient's (but a child's « décès suspect » after beatings hides who beat him)
    assert event_nouns("Nantes : enquête après le décès d'un octogénaire aux urgences du CHU.", "fr") == []
    assert event_nouns("Les parents sont en garde à vue pour le décès suspect de leur bébé.", "fr") != []  # control


def test_round_90_classes(framing_models: None) -> None:
    # an edition named by its hour, a kind of road: no counts
    assert figures("Dans son bulletin de 18 heures, la préfecture annonce la fin de l'alerte.", "fr") == []
    assert figures("Il roulait sur une route à trois voies quand il a perdu le contrôle.", "fr") == []
    assert figures("Les secouristes ont cherché pendant 18 heures.", "fr") == ["18"]  # control
    # a union's locals named by their numbers (but "a local 17-year-old")
    assert figures("Members of Locals 328, 1445 and 1459 who work at the stores walked out.", "en") == []
    assert figures("The suspect was a local 17-year-old.", "en") == ["17"]  # control
    # "It's warned that": it has warned (but "it's alleged that" is hearsay); "the vessel sunk": the past of sink
    assert passives("The report is damning. It's warned that lessons are still not being learnt.", "en") == []
    assert passives("Four men were rescued after their trawler sunk off the coast.", "en") == ["were rescued"]
    # "said Kevin Bacher with Mount Rainier National Park": the body he works with speaks
    assert sources_of("The trail is closed, said Maria Gomez with the Forest Service.", "en") == [
        ("Maria Gomez", "official")]
    assert sources_of("The drug was withdrawn, The Independent reported.", "en") == [("The Independent", "media")]
    # the jobs cut told in the text: « restructuration », « départs volontaires » hide nothing
    assert loaded("Le groupe a lancé un plan de départs volontaires. Au total, 1 200 postes seront supprimés.",
                  "fr") == []
    assert loaded("Le groupe a lancé un plan de départs volontaires au siège.", "fr") == [
        "départs volontaires"]  # control
    # "damage" is what an act or a storm left, not the act (the gold marks none of 57)
    assert event_nouns("Police are investigating the damage to the mosque.", "en") == []


def test_round_91_classes(framing_models: None) -> None:
    # a year whose dash is glued to it is a year
    assert figures("On était loin des 100 000 manifestants de 1995- ils étaient quelques milliers.", "fr") == [
        "100000"]
    # a majority's split is a vote, no count
    assert figures("The jury returned a majority 11 to 1 guilty verdict on Friday.", "en") == []
    assert figures("The appeal judges ruled by a majority of two to one.", "en") == []
    # "the paper added": the newspaper just named (but "an International Paper spokesman": a company's)
    assert sources_of("Some tenants are being moved to Luton, the paper added.", "en") == [("the paper", "media")]
    assert sources_of("The mill will close, an International Paper spokesman said.", "en") == [
        ("an International Paper spokesman", "official")]  # control
    # raids told by the police who carried them out, or done by the police subject of the clause, have their doers
    assert event_nouns("Police seized cannabis worth £2m in raids across the county.", "en") == []
    assert event_nouns("Officers broke up the camp in a dispersal on Sunday.", "en") == []
    assert event_nouns("A series of drug raids on Tuesday broke up a gang selling heroin, state police officials said.",
                       "en") == []
    assert event_nouns("The raids followed a nine-month inquiry, sheriff's deputies said.", "en") == []
    assert event_nouns("A series of drug raids on Tuesday broke up a gang selling heroin, council officials said.",
                       "en") == ["drug raids"]  # control: not the police telling it
    # "as-yet untold sums": not told yet, no vagueness (but "untold damage": vast, unsaid)
    assert own_hedges("The inquiry netted as-yet untold sums of money.", "en") == []
    assert own_hedges("The storm did untold damage to the harbour.", "en") == ["untold"]  # control
    # the head of a body named before the rank "chief" speaks for it (but a city's chief is its police chief)
    assert sources_of("The fire is under control, Chempark chief Lars Friedrich told reporters.", "en") == [
        ("Chempark chief Lars Friedrich", "official")]
    assert sources_of("The WHO chief said the outbreak was slowing.", "en") == [("The WHO chief", "official")]
    assert sources_of("Chattanooga chief Fred Fletcher said the driver was arrested.", "en") == [
        ("Chattanooga chief Fred Fletcher", "police")]  # control
    # « par la suite », « par précaution »: when or how, then who
    assert with_agent("Le train a percuté un talus, ce qui a été confirmé par la suite par la SNCF.", "fr") == [
        ("a été confirmé", "la sncf")]
    assert passives("Le bâtiment a été évacué par précaution.", "fr") == ["a été évacué"]  # control
    # « ont été noyées » in a flood: how they died, as "drowned" (but « noyé par son père »: who did it)
    assert passives("Dans ce secteur, 26 personnes ont été noyées pendant la nuit.", "fr") == []
    assert with_agent("L'enfant a été noyé par son père.", "fr") == [("a été noyé", "son père")]  # control
    # « un poids-lourd »: a lorry, a thing whose driver is left out, as « un poids lourd »
    assert passives("Le car a été percuté par un poids-lourd sur l'autoroute.", "fr") == ["a été percuté"]


def test_round_92_classes(framing_models: None) -> None:
    # a doubled hyphen is a dash (wire style): the source's words stop before it
    assert sources_of("Les manifestants, venus de toute la France --4.000 selon les organisateurs, 2.300 selon la "
                      "préfecture de police--, ont défilé.", "fr") == [
        ("les organisateurs", "organisers"), ("la préfecture de police", "police")]
    # « Étant donné », « du jamais-vu »: a preposition and a noun, no passive
    assert passives("Étant donnée la conduite dangereuse du chauffeur, signalée par des automobilistes, le camion avait "
                    "été pris en chasse.", "fr") == ["avait été pris"]
    assert passives("Plus de huit sur dix pharmacies sont fermées ce mardi, du jamais-vu depuis 2015.", "fr") == [
        "sont fermées"]
    # an elected police and crime commissioner is an official; the British Medical Association (and its committees)
    # a union
    assert sources_of("Calm had returned, Gwent's police and crime commissioner said.", "en") == [
        ("Gwent's police and crime commissioner", "official")]
    assert sources_of("Calm had returned, Gwent Police's chief constable said.", "en") == [
        ("Gwent Police's chief constable", "police")]  # control
    assert sources_of("The British Medical Association's consultants committee said talks had failed.", "en") == [
        ("The British Medical Association's consultants committee", "union")]
    # « huit sur dix » before its noun is a share, as « huit pharmacies sur dix »
    assert figures("Plus de sept sur dix écoles étaient fermées mardi.", "fr") == []
    assert figures("Sept écoles sur 40 étaient fermées mardi.", "fr") == ["7", "40"]  # control
    # « jeunes des quartiers » followed by the districts' names or their rivalry: no banlieue youth in general
    assert euphemisms("Une rixe a opposé une cinquantaine de jeunes des quartiers Bel-Air et Fontaine à Grenoble.",
                      "fr") == []
    assert euphemisms("La mairie veut aider les jeunes des quartiers à trouver un emploi.", "fr") == [
        "jeunes des quartiers"]  # control


def test_round_93_classes(framing_models: None) -> None:
    # a navy's chief, an admiral written "Adm.": the armed forces speak, not the police
    assert sources_of("The navy chief, Admiral Tan Sri Aziz, said the vessel was escorted to port.", "en") == [
        ("The navy chief, Admiral Tan Sri Aziz", "official")]
    assert sources_of("Adm. Tan Sri Aziz said all 40 passengers were safe.", "en") == [
        ("Adm. Tan Sri Aziz", "official")]
    # Tunisia's Garde nationale is a gendarmerie
    assert sources_of("« 80 personnes ont été secourues », a indiqué la Garde nationale dans un communiqué.", "fr") == [
        ("la Garde nationale", "police")]
    # « cité par France Bleu »: the medium that quotes the mayor is not what he is
    assert sources_of("Selon le maire de La Mure, Jean Morel, cité par France Bleu Isère, aucune maison n'est menacée.",
                      "fr")[0] == ("le maire de La Mure, Jean Morel", "official")
    # "at 0400 London time": a 24-hour clock, no count
    assert figures("The 200 workers walked out at 0400 London time on Friday.", "en") == ["200"]
    # « inquiétant les parents »: a verb with its object, no dramatising label (but « la situation est inquiétante »)
    assert loaded("Plusieurs élèves ont eu des vomissements, inquiétant les parents.", "fr") == []
    assert loaded("La situation est inquiétante, selon le maire.", "fr") == ["inquiétante"]  # control
    # the bare noun that repeats an act whose doer was just told is the same act
    assert event_nouns("Le conflit a été déclenché par l'attaque menée le 7 octobre par le Hamas, attaque qui aurait "
                       "coûté la vie à 1 200 Israéliens.", "fr") == []
    assert event_nouns("Une attaque a visé un convoi, attaque qui a fait trois morts.", "fr") == [
        "attaque", "attaque"]  # control: no doer told
    # "a drunk driver killed a cyclist in a crash": the subject caused it (but "was killed in a crash" leaves it out)
    assert event_nouns("A drunk driver killed a cyclist in a crash on the A6.", "en") == []
    assert event_nouns("A cyclist was killed in a crash on the A6.", "en") == ["crash"]  # control


def test_round_94_classes(framing_models: None) -> None:
    # reports counted in the story are no source cited (but "responded to reports of shots fired" is one)
    assert sources_of("An inquiry found there had been hundreds of reports of neglect since 2015.", "en") == []
    assert sources_of("Police responded to reports of shots fired on Main Street.", "en") == [
        ("reports", "anonymous")]  # control
    # « a reconnu X coupable »: a verdict, no words told
    assert sources_of("La justice a reconnu cet ancien maire coupable de détournement de fonds publics.", "fr") == []
    assert sources_of("« Nous regrettons ces erreurs », a reconnu le maire.", "fr") == [("le maire", "official")]
    # « une camionnette d'intervention »: a kind of vehicle, no act
    assert event_nouns("Une enquête a été ouverte sur l'origine de l'explosion, alors qu'une camionnette d'intervention "
                       "« urgence gaz » a été vue sur les lieux.", "fr") == []
    assert event_nouns("Un jeune homme a été blessé lors d'une intervention dans un squat.", "fr") == [
        "intervention"]  # control


def test_round_95_classes(framing_models: None) -> None:
    # a range whose first number is bigger than the second's own runs up to it: « de 100.000 à un million » starts at
    # a hundred thousand, not at 10¹¹ (« de 15 à 20 millions », "15-thousand" still share the multiplier)
    assert figures("Les amendes pourront aller de 250.000 à un million d'euros.", "fr") == ["250000", "1000000"]
    assert figures("Le chantier coûtera de 15 à 20 millions d'euros.", "fr") == ["15000000", "20000000"]  # control
    assert figures("As many as 12-thousand workers walked out.", "en") == ["12000"]  # control
    # « les 8,13, 28 et 29 octobre »: days listed, the space after a comma left out, no decimal
    assert figures("La fermeture aura lieu les 4,11, 18 et 25 mars.", "fr") == []
    assert figures("Le taux atteint 4,11 % en mars.", "fr") == ["4.11"]  # control
    # round the clock (« 24h/24 », « 7j/7 », "24/7") and a line by its number (« le Centre 15 ») count nothing
    assert figures("Le cabinet reste joignable 24h/24 et 7 j/7 : contactez le Centre 15 en cas d'urgence.", "fr") == []
    assert figures("The helpline will now run 24/7.", "en") == []
    assert figures("Le centre a accueilli 15 patients.", "fr") == ["15"]  # control
    # a device that raised the alert is a thing after « par » / "by": whoever set it off is left out
    assert passives("The lifeboat crew was alerted by a distress beacon shortly after midnight.", "en") == [
        "was alerted"]
    assert passives("Les gendarmes ont été alertés par une alarme vers 3 heures.", "fr") == ["ont été alertés"]
    assert with_agent("The lifeboat crew was alerted by a fisherman shortly after midnight.", "en") != []  # control
    # an accident told again after a verb that gives who did the harm hides no one (but a car as the subject does)
    assert event_nouns("Un chasseur tire sur un sanglier et blesse un promeneur. L'accident s'est produit en forêt.",
                       "fr") == []
    assert event_nouns("A driver struck a cyclist on Elm Road. The crash happened at dawn.", "en") == []
    assert event_nouns("Une camionnette a percuté un piéton. L'accident s'est produit en ville.", "fr") == [
        "accident"]  # control
    assert event_nouns("Un piéton a été percuté. L'accident s'est produit en ville.", "fr") == ["accident"]  # control
    # « il semblerait que »: the impersonal seeming is a hedge, not a claim on hearsay (« qui semblerait » stays one)
    assert conditionals("Il semblerait que la digue ait cédé dans la nuit.", "fr") == []
    assert own_hedges("Il semblerait que la digue ait cédé dans la nuit.", "fr") == ["semblerait"]  # control
    assert conditionals("Une fuite qui semblerait ancienne a été repérée.", "fr") == ["semblerait"]  # control
    # a conditional in what a rule to come foresees for the public at large is no hearsay
    assert conditionals("Les usagers qui auraient déjà payé leur abonnement seront remboursés.", "fr") == []
    assert conditionals("L'homme qui aurait tiré sera jugé en mars.", "fr") == ["aurait tiré"]  # control
    # « assurées par le SMUR »: a service provided, no words reported
    assert sources_of("La nuit, les urgences vitales restent assurées par le Service mobile d'urgence et de "
                      "réanimation (SMUR).", "fr") == []
    assert sources_of("Les soins urgents sont assurés par l'équipe du SAMU de Nîmes.", "fr") == []
    # "in the low 50s", "the mid-60s": a band told vaguely, no figure (a man "in his 50s" is an age, as before)
    assert figures("Water temperatures were in the low 50s, forecasters expect the mid-60s.", "en") == []
    assert figures("Water temperatures were 52 degrees.", "en") == ["52"]  # control


def test_round_96_classes(framing_models: None) -> None:
    # a telephone number in groups of four after its leading zero, a police reference, a broadcaster, a thing named
    # by its number, a whole broken in two: no figures
    assert figures("Witnesses should call the incident room on 020 7230 4511 or phone 101 quoting CAD 7311/12AUG.",
                   "en") == []
    assert figures("The family told 7 News the boy was found near lifeguard tower 12.", "en") == []
    assert figures("The kayak was snapped into two pieces and the mast torn in two.", "en") == []
    assert figures("The crane rose beside a tower 30 metres high.", "en") == ["30"]  # control
    # « âgés de 9,14 et 16 ans »: two numbers of a list, the space after the comma left out (a decimal stays one)
    assert figures("Le chien a mordu trois enfants âgés de 6,11 et 13 ans.", "fr") == ["3", "6", "11", "13"]
    assert figures("Le prix varie entre 2,5 et 3 euros.", "fr") == ["2.5", "3"]  # control
    # « être issu de »: where something comes from, no act
    assert passives("Les experts diront si l'animal est issu d'un croisement interdit.", "fr") == []
    # « par le ou les pirates », "by one or more gunmen": the doer, however many
    assert with_agent("Un virus a été déposé par le ou les pirates dans la nuit.", "fr") != []
    assert passives("Un virus a été déposé par le ou les pirates dans la nuit.", "fr") == []
    # an attack or a bite that names its animal hides no one (« une attaque » alone still does)
    assert event_nouns("Une fillette a été grièvement blessée dans une attaque de pitbull au Havre.", "fr") == []
    assert event_nouns("A hiker was hurt in a bear attack near the trail.", "en") == []
    assert event_nouns("Un passant a été blessé lors d'une attaque au couteau.", "fr") == ["attaque"]  # control
    # « noyade »: no one causes a drowning in the text, like a storm (the gold, 0 of 5)
    assert event_nouns("Trois noyades mortelles ont eu lieu dimanche sur le littoral.", "fr") == []
    # "Suspected" before a noun presents it as unproven: a presumption, not a passive
    assert passives("Suspected drunk driver charged after crash", "en") == ["charged"]
    assert conditionals("Suspected drunk driver charged after crash", "en") == ["suspected"]  # control
    # "People told not to travel": a headline's reduced passive, the subject hears the words
    assert sources_of("Rail strike: Passengers told not to travel on Saturday", "en") == []
    assert sources_of("The mayor told reporters the bridge would reopen.", "en") == [("The mayor", "official")]  # control
    # « la direction ne nous a pas rappelé »: called back, or not, no words told (« nous a rappelé que » is speech)
    assert sources_of("Contactée, la mairie ne nous a pas rappelé.", "fr") == []
    assert sources_of("Le préfet nous a rappelé que la baignade est interdite.", "fr") == [("Le préfet", "official")]  # control
    # staff named with the place they work at are staff (« un membre du personnel de l'hôpital »): witnesses
    assert sources_of("« Tout est bloqué », raconte un membre du personnel de l'hôpital d'Arles.", "fr") == [
        ("un membre du personnel de l'hôpital d'Arles", "witness")]


def test_round_97_classes(framing_models: None) -> None:
    # a fairground ride that gives way, a cliff that collapses: no one at fault, the accident hides no one
    assert event_nouns("Une nacelle d'un manège s'est décrochée à la fête foraine. L'accident a fait trois blessés.",
                       "fr") == []
    assert event_nouns("Two people were hurt when a cliff collapsed onto the beach. The incident happened at noon.",
                       "en") == []
    assert event_nouns("Une camionnette a percuté un piéton. L'accident a fait un blessé.", "fr") == [
        "accident"]  # control
    # what strikes when a structure gives way is a thing after « par » / "by"
    assert passives("Le forain a été percuté par un des wagons du manège.", "fr") == ["a été percuté"]
    assert passives("Il a été atteint par un morceau de la structure.", "fr") == ["a été atteint"]
    assert with_agent("Le forain a été percuté par un collègue.", "fr") != []  # control
    # « accompagnée de ses cousins »: who was with her, no act (« accompagné par les gendarmes » still is one)
    assert passives("La blessée était accompagnée de deux de ses amis qui étaient aussi sur le manège.", "fr") == []
    assert with_agent("Il a été accompagné par les gendarmes jusqu'à sa voiture.", "fr") != []  # control
    # « se retrouve bloqué »: it ended up stuck (« retrouvée poignardée » still tells an act)
    assert passives("Un car se retrouve bloqué sous un pont à Lyon.", "fr") == []
    assert passives("Une femme retrouvée poignardée à Nice.", "fr") == ["poignardée"]  # control
    # « persuadé que son camion passerait »: what he believed would happen; « dans le cas où »: a case foreseen
    assert conditionals("Le chauffeur était persuadé que son camion passerait sous le pont.", "fr") == []
    assert conditionals("La rue a été fermée dans le cas où le mur tomberait.", "fr") == []
    assert conditionals("Le chauffeur aurait ignoré la signalisation.", "fr") == ["aurait ignoré"]  # control
    # "The spokesperson said" after "A Dorset Police spokesperson said": the same one, the police
    assert sources_of("A Hampshire Police spokesperson said: \"We were called at 9am to a report of a crash.\" The "
                      "spokesperson said no one was hurt.", "en")[-1] == ("The spokesperson", "police")
    # a lifeguard captain speaks for a public rescue service; a tourist is a witness
    assert sources_of("Lifeguard Capt. Ana Ruiz said the beach would stay closed.", "en") == [
        ("Lifeguard Capt. Ana Ruiz", "official")]
    assert sources_of("\"It was terrifying,\" said British tourist Tom Hale.", "en") == [("Tom Hale", "witness")]


def test_round_98_classes(framing_models: None) -> None:
    # « le Piton de la Fournaise »: a place's name, not the word « fournaise » (which stays loaded on its own)
    assert loaded("Le Piton de la Fournaise est de nouveau entré en éruption dimanche.", "fr") == []
    assert loaded("Sur l'île, le piton de la Fournaise est de nouveau entré en éruption.", "fr") == []
    assert loaded("Les pompiers ont affronté une véritable fournaise.", "fr") == ["fournaise"]  # control
    # "shrouded in ash", "embroiled in running battles": what they were in, no one's act
    assert passives("Villages near the volcano were shrouded in ash on Sunday.", "en") == []
    assert passives("Rival fans were embroiled in running battles outside the ground.", "en") == []
    assert passives("The body was covered with a blanket.", "en") == ["was covered"]  # control
    # a motorist speaking is a witness
    assert sources_of("\"We waited for three hours,\" a motorist said.", "en") == [("a motorist", "witness")]
    # "an exclusive jewellery shop" is upmarket, it sells nothing ("an exclusive discount" does)
    assert loaded("Robbers smashed their way into an exclusive jewellery shop in Mayfair.", "en") == []
    assert loaded("Members get an exclusive discount this week.", "en") != []  # control


def test_round_99_classes(framing_models: None) -> None:
    # "an illegal street race": an act against the law; the word of papers only for people
    assert loaded("8 People Are Killed at Site of an Illegal Road Race", "en") == []
    assert loaded("Trois personnes ont été blessées lors d'un rodéo illégal.", "fr") == []
    assert loaded("Police found 16 illegal immigrants in a lorry.", "en") == ["illegal immigrants"]  # control
    # « en catastrophe »: in haste
    assert loaded("Un policier a actionné le bouton d'urgence en catastrophe.", "fr") == []
    assert loaded("L'avion a dû atterrir en catastrophe à Lyon.", "fr") == []
    assert loaded("C'est une catastrophe pour toute la ville.", "fr") == ["catastrophe"]  # control
    # "confronted with a horrific scene": what someone faces
    assert passives("Senior Sergeant Peter Williamson said witnesses were confronted with a horrific scene.", "en") == []
    assert passives("The victim was confronted and stabbed.", "en") != []  # control
    # a boat by its number
    assert figures("Le dispositif est complété par la vedette 712 de la SNSM.", "fr") == []
    # initials spelled with their dots
    assert sources_of("A.P. reports the protest started after talks failed.", "en") == [("A.P.", "media")]
    # "X, whose father was among the dead": kin
    assert sources_of("\u201cIt was horrible,\u201d said Crystal Gaines, 27, whose father was among the dead.", "en") == [
        ("Crystal Gaines", "family")]
    assert sources_of("« C'est horrible », a déclaré Marie Dupont, dont le fils a été tué dans l'accident.", "fr") == [
        ("Marie Dupont", "family")]
    # a credit line at the end is the paper the story is taken from, not a speaker
    assert sources_of("The firm said it will investigate the incident.\n\n- Daily Telegraph UK", "en") == [
        ("The firm", "official")]
    assert sources_of("Officer shot dead in Texas - police", "en") == [("police", "police")]  # control
    # the death of a diver, of a skier: no one else's act
    assert event_nouns("Décès d'un plongeur en apnée au large de l'île de Houat", "fr") == []
    assert event_nouns("Investigations into the death of a diver at St Helens will continue.", "en") == []
    assert event_nouns("Le décès d'un homme lors de son interpellation a choqué le quartier.", "fr") != []  # control
    # the anniversary of a death, of an attack: a date kept in memory
    assert event_nouns("Un rassemblement pour commémorer l'anniversaire de la mort d'un militant.", "fr") == []
    assert event_nouns("Crowds gathered on the anniversary of the attack on the mosque.", "en") == []
    assert event_nouns("La mort d'un militant a choqué la ville.", "fr") != []  # control


def test_round_100_classes(framing_models: None) -> None:
    # « une dizaine de milliers »: about ten thousand, not ten
    assert figures("Une dizaine de milliers de mètres cubes sont tombés dimanche.", "fr") == ["10000"]
    assert figures("Une vingtaine de millions d'euros ont été débloqués.", "fr") == ["20000000"]
    assert figures("Une dizaine de personnes ont été évacuées.", "fr") == ["10"]  # control
    # « d'après moi », "according to me": one's own view
    assert sources_of("« D'après moi, ce n'est pas une attaque de chien », raconte l'éleveur.", "fr") == [
        ("l'éleveur", "witness")]
    assert sources_of("Selon moi, le loup est passé par là.", "fr") == []
    assert sources_of("Selon lui, le loup est passé par là.", "fr") != []  # control
    # people at the beach or on the land are witnesses
    assert sources_of("\"It was like a minefield,\" Surfer Jerry Phillips said.", "en") == [
        ("Surfer Jerry Phillips", "witness")]
    # a museum's curator speaks for it
    assert sources_of("Michael Strong, the Abbey Museum\u2019s senior curator, said the items had been recovered.",
                      "en") == [("Michael Strong", "official")]
    # a name the small model leaves untagged still takes its title
    assert sources_of("Au total, « une dizaine de milliers de mètres cubes sont tombés dimanche », a précisé Laurence "
                      "Tur, secrétaire générale de la préfecture de Savoie.", "fr") == [("Laurence Tur", "official")]
    # "If farmers believe …": a case supposed, no one cited
    assert sources_of("If farmers believe their livestock may be endangered, they are asked to contact the USDA.",
                      "en") == []
    assert sources_of("Farmers believe their livestock is endangered.", "en") != []  # control
    # "more than one wolf": whether there were several, no rounded figure
    assert own_hedges("Hirchert said it's hard to know if more than one wolf was involved in the attack.", "en") == []
    assert own_hedges("Jewellery worth more than one million pounds was stolen.", "en") != []  # control
    # plural "thieves": those who stole, by what they did
    assert loaded("Copper thieves targeting the municipal rail system is a new one.", "en") == []
    assert loaded("A despicable thief stole the donations.", "en") != []  # control
    # an act in "in a robbery" after an active verb of harm: its doer is told
    assert event_nouns("A gang of moped riders have raided a luxury jeweller in a smash and grab robbery.", "en") == []
    assert event_nouns("Husband Paul like a 'wild dog' after striking her in frenzied hammer attack", "en") == []
    assert event_nouns("Two men were injured in a robbery at a jeweller.", "en") != []  # control


def test_round_101_classes(framing_models: None) -> None:
    # « la faune sauvage », « une grève sauvage »: names of nature and of labour law, no drama
    assert loaded("Les agents de l'Office national de la chasse et de la faune sauvage ont enquêté.", "fr") == []
    assert loaded("Mouvement de grève sauvage au dépôt de bus de Baulers.", "fr") == []
    assert loaded("Les deux auteurs de l'agression sauvage ont été condamnés.", "fr") == ["sauvage"]  # control
    # "information about four suspects": what is told is about them
    assert own_hedges("SANParks officials had received information about four suspects.", "en") == []
    assert own_hedges("Police asked questions about two men seen nearby.", "en") == []
    assert own_hedges("Reports said about 300 people were evacuated.", "en") == ["about"]  # control
    # "by breathing in": how, not who
    assert passives("Legionnaires' disease is contracted by breathing in mist containing the bacteria.", "en") == [
        "is contracted"]
    assert with_agent("Homes have been devastated by flooding in England.", "en") != []  # control
    # an acronym in title case, spelled out before it in brackets
    assert sources_of("The Department for Environment, Food and Rural Affairs (Defra) said it had confirmed avian "
                      "flu. All birds will be culled, Defra said.", "en")[-1] == ("Defra", "official")
    # « les prés »: meadows
    assert passives("Des restes de cervidés étaient retrouvés dans les bois et prés.", "fr") == ["étaient retrouvés"]
    # "a four-star hotel": a rating
    assert figures("The four-star hotel closed down voluntarily on July 15.", "en") == []
    assert figures("Un hôtel 5 étoiles a ouvert ses portes.", "fr") == []
    assert figures("He won five stars in the ratings.", "en") == ["5"]  # control


def test_round_102_classes(framing_models: None) -> None:
    # "a war memorial", « un cimetière de guerre »: what a past war left, no metaphor
    assert loaded("A war memorial has been vandalised in Hayes, west London.", "en") == []
    assert loaded("Le cimetière de guerre a été tagué dans la nuit.", "fr") == []
    assert loaded("It is a war on motorists, the campaigners said.", "en") == ["war"]  # control
    # "pupils in years 12 and 13": school years
    assert figures("Antibiotics were offered to pupils in years 12 and 13 at the school.", "en") == []
    assert figures("He was jailed for 12 years.", "en") == ["12"]  # control
    # plural "criminals" behind what the story tells: by what they did
    assert loaded("The criminals behind a spate of thefts appear to have inside knowledge.", "en") == []
    assert loaded("The cyber criminals should not be able to use the data.", "en") != []  # control
    # « "…", écrit l'ARS »: a verb of saying after the quote
    assert passives("Une fillette est décédée, a annoncé l'Agence régionale de Santé de Normandie (ARS) ce jeudi.\n\n"
                    "\"Malgré tous les efforts des secours, celle-ci est malheureusement décédée au CHU de Rouen\", écrit "
                    "l'ARS dans son communiqué.", "fr") == []
    assert with_agent("Le livre écrit par l'auteur a été publié.", "fr") != []  # control
    # "soldiers who lost their lives in both world wars": the words of remembrance
    assert euphemisms("The war memorial records the names of local soldiers who lost their lives in both world wars.",
                      "en") == []
    assert euphemisms("A forensic examination of the scene where Ashling Murphy violently lost her life is underway.",
                      "en") != []  # control


def test_round_103_classes(framing_models: None) -> None:
    # "9-23-05": a date written with dashes
    assert figures("24 Believed Killed in Bus Fire  9-23-05 - A bus carrying nursing home residents caught fire.",
                   "en") == ["24"]
    assert figures("Two of her three children saw the fall on 9 September.", "en") == ["2", "3"]  # control
    # "10 months in prison, suspended for 18 months": how the sentence runs
    assert passives("A judge sentenced him to 10 months in prison, suspended for 18 months, and 200 hours of unpaid "
                    "work.", "en") == []
    assert passives("The match was suspended for 18 minutes after fans threw flares.", "en") != []  # control
    # an accident after the one who caused it: « un conducteur … a blessé », « fauchées par un automobiliste »
    assert event_nouns("Samedi soir, un conducteur roulant au-delà de la vitesse autorisée a blessé une cavalière. "
                       "Un cheval a dû être euthanasié à la suite de l'accident.", "fr") == []
    assert event_nouns("Trois cavalières ont été fauchées par un automobiliste alors qu'elles se trouvaient au bord de "
                       "la RD118. L'écurie est en deuil, après la perte de l'un de ses chevaux, décédé à la suite d'un "
                       "accident de la route.", "fr") == []
    assert event_nouns("Trois cavalières ont été fauchées au bord de la route. Un cheval est mort à la suite d'un "
                       "accident de la route.", "fr") != []  # control
    # a success or a failure told as a plain outcome: too many came, less than hoped, a state, what worked
    assert loaded("Victime de son succès, l'exposition a été prolongée de deux semaines.", "fr") == []
    assert loaded("Le concert n'a pas eu le succès espéré : à peine 300 spectateurs.", "fr") == []
    assert loaded("En échec, les gendarmes ont fait appel à un hélicoptère.", "fr") == []
    assert loaded("Ce film est un échec retentissant.", "fr") != []  # control
    # « l'explosion de son logement »: a blast at home, not prices that explode
    assert loaded("Une femme a été blessée après l'explosion de sa maison à Dijon.", "fr") == []
    assert loaded("Les syndicats dénoncent l'explosion de leurs loyers.", "fr") != []  # control
    # free of charge with nothing sold, a film promoted: no advertising words; a verb spelt like a context word
    assert loaded("La campagne de vaccination gratuite commence lundi dans les écoles.", "fr") == []
    assert loaded("Elle a voyagé à Cannes pour la promotion du film.", "fr") == []
    assert loaded("Le choc s'est produit sur la voie unique qui relie les deux villages.", "fr") == []
    assert loaded("Une offre unique sur tous nos produits en magasin.", "fr") != []  # control



def test_round_104_classes(framing_models: None) -> None:
    # « confirmée par plusieurs sources concordantes auprès de l'AFP »: the sources told it, the AFP heard it
    assert sources_of("Le cambriolage a été confirmé par plusieurs sources concordantes auprès de l'Agence "
                      "France-Presse.", "fr") == [("plusieurs sources concordantes", "anonymous")]
    assert sources_of("L'agression, révélée par Le Télégramme, a été confirmée par plusieurs sources auprès de "
                      "l'AFP.", "fr") == [("plusieurs sources", "anonymous")]
    assert ("parquet de Lyon", "justice") in sources_of("Le vol a été confirmé auprès du parquet de Lyon.",
                                                         "fr")  # control
    # plural "fraudsters": those who phoned, by what they did
    assert loaded("A pensioner handed over £9,000 in cash to fraudsters posing as bank staff.", "en") == []
    assert loaded("The fraudster persuaded 34 people to hand over their savings.", "en") != []  # control
    # « Le Dauphiné libéré »: a newspaper's name, no one freed
    assert passives("Une escroquerie révélée par Le Dauphiné libéré, mardi, inquiète les retraités.", "fr") == []
    assert passives("Le navire, libéré mardi, a quitté le port.", "fr") != []  # control
    # « trois légèrement atteintes, un seul grièvement blessé »: a count of the injured and how badly
    assert passives("Selon les pompiers, cinq personnes étaient dans le car, deux légèrement atteintes, une seule "
                    "grièvement blessée, une fillette de 8 ans.", "fr") == []
    assert passives("Le conducteur a été grièvement blessé.", "fr") != []  # control
    # "The stricken vessel, understood to be the Nancy Glen": what is believed, not who said it
    assert sources_of("The stricken trawler, understood to be the Fraserburgh based Ocean Star, capsized and sank.",
                      "en") == []
    assert sources_of("The skipper understood that the boat was sinking, he told the inquiry.", "en") != []  # control
    # "the incident" of a chlorine leak: the leak told by its name
    assert euphemisms("Eleven children were treated in hospital after a chlorine leak at a leisure centre. Police "
                      "and firefighters attended the incident.", "en") == []
    assert euphemisms("An officer shot a man dead in Leeds. Police said the incident was being investigated.",
                      "en") != []  # control



def test_round_105_classes(framing_models: None) -> None:
    # "EMS said …, paramedics responded to and treated 11 people": they went, no words of theirs
    assert sources_of("Maui Emergency Medical Services said between 7 p.m. on New Year’s Eve to 7 a.m. on New Year’s "
                      "Day, paramedics responded to and treated nine people with burns from fireworks.", "en") == [
        ("Maui Emergency Medical Services", "official")]
    assert ("paramedics", "official") in sources_of("Asked about the delay, paramedics responded that the roads were "
                                                    "blocked.", "en")  # control
    # first responders, a zoo, a park speaking for itself: official
    assert sources_of("Dublin first responders said they treated 14 people.", "en") == [
        ("Dublin first responders", "official")]
    assert sources_of("The zoo said the tiger had been sedated.", "en") == [("The zoo", "official")]
    assert sources_of("Le parc a précisé que les singes étaient rentrés dans leur enclos.", "fr") == [
        ("Le parc", "official")]
    # « une explosion de mortier »: a firework, a blast
    assert loaded("Un adolescent a perdu deux doigts après une explosion de pétard dans la nuit du 31.", "fr") == []
    assert loaded("Les syndicats dénoncent l'explosion des loyers.", "fr") != []  # control
    # « aurait pu tourner au drame »: nothing happened to soften, no euphemism
    assert euphemisms("Armé d'un couteau, il a menacé les clients. La soirée aurait pu tourner au drame.", "fr") == []
    assert euphemisms("Il a tué sa compagne à coups de couteau. Le drame s'est produit dimanche.", "fr") != []  # control
    # « repéré en fin de matinée par un des soigneurs »: when, then who
    assert with_agent("La fuite a été repérée en fin de matinée par un des gardiens, qui a prévenu les pompiers.",
                      "fr") != []
    assert passives("La fuite a été repérée en fin de matinée, puis les pompiers ont été prévenus.", "fr") != []  # control


def test_round_106_classes(framing_models: None) -> None:
    # a puck, a ball, a javelin after « par » / "by": a thing, the player who sent it is left out
    assert passives("Un spectateur a été touché au visage par un palet pendant le match.", "fr") == ["a été touché"]
    assert passives("A linesman was struck by a puck in the second period.", "en") == ["was struck"]
    assert with_agent("Un spectateur a été frappé par un joueur de l'équipe adverse.", "fr") != []  # control
    # « licencié au club »: a sports licence held, a state
    assert passives("La joueuse, licenciée au club de handball de Rezé depuis six ans, a été opérée.", "fr") == [
        "a été opérée"]
    assert passives("Quarante salariés ont été licenciés après la fermeture de l'usine.", "fr") != []  # control
    # « indemnes » between the participle and « par »: a state, then who
    assert with_agent("Les deux spéléologues ont été ramenés indemnes par les pompiers en début de soirée.", "fr") != []
    # a death after a body gave out, outside any arrest: no one's act
    assert event_nouns("Décès d'une cycliste de 58 ans, victime d'un malaise lors d'une randonnée dans les Vosges.",
                       "fr") == []
    assert event_nouns("Mort d'un homme victime d'un malaise lors de son interpellation.", "fr") != []  # control
    # a place on a course, the first hour of a span, a telephone line: no figures
    assert figures("She collapsed between miles 18 and 19, and another runner fell after the 30km mark.", "en") == []
    assert figures("The runner collapsed between the 8 and 9-mile markers.", "en") == []
    assert figures("Both alarms sounded between 6 and 6:40 a.m., the station said.", "en") == []
    assert figures("Hikers nearby tried to contact 999 from the ridge.", "en") == []
    assert figures("Between 6 and 40 people were hurt.", "en") == ["6", "40"]  # control
    # "the fair": a funfair, not the judgement
    assert loaded("Crowds at the fair Saturday night watched the ride stop. Officials will inspect the fair Monday.",
                  "en") == []
    assert loaded("The union says the offer is not fair.", "en") != []  # control
    # a rank of the fire brigade, by the words after it; a race's director; an outlet after an inverted verb
    assert sources_of("Les gendarmes sont sur place. « Le feu est fixé », a indiqué le capitaine au poste de "
                      "commandement des sapeurs-pompiers.", "fr") == [("le capitaine", "official")]
    assert sources_of("« Il est tombé au 15e kilomètre », a déclaré Marie Dufour, directrice de course.", "fr") == [
        ("Marie Dufour", "organisers")]
    assert sources_of("Le défilé a été annulé, rapporte Libération.", "fr") == [("Libération", "media")]
    # a venue speaking for itself: whoever runs it, official (as a zoo)
    assert sources_of("La salle d'escalade a indiqué que le grimpeur ne s'était pas attaché.", "fr") == [
        ("La salle d'escalade", "official")]
    assert sources_of("The ice rink said the session had been supervised.", "en") == [("The ice rink", "official")]
    # a whole number and its fraction, one figure
    assert figures("The driver was jailed for 7 1/2 years.", "en") == ["7.5"]
    assert figures("The town endured a 2 ½-month siege.", "en") == ["2.5"]
    # a clock time before its zone, a road, the grade of a call-out, a British date, a list of zones: no count
    assert figures("The suspect was arrested at 14.35 GMT near the 57 Freeway.", "en") == []
    assert figures("Crews fought the 4-alarm fire through the night.", "en") == []
    assert figures("Two brothers were convicted on Friday (14) of arson.", "en") == ["2"]
    assert figures("Residents of Zones 2 through 7 must leave.", "en") == []
    # French: a time of day, an address, an emergency line, a département, a division, a wind's force
    assert figures("Les pompiers sont arrivés aux environs de 4 heures, entre 4 et 6 heures du matin.", "fr") == []
    assert figures("Le feu a pris au 41 bis, rue des Lilas, puis au 12 de l'avenue Foch.", "fr") == []
    assert figures("Vers minuit, une voisine a contacté le 18.", "fr") == []
    assert figures("La préfecture du 91 qui a pris un arrêté. Les policiers de la BAC 94 sont intervenus.", "fr") == []
    assert figures("Un match de fédérale 2 a dégénéré, par un vent de force 5.", "fr") == []
    assert figures("Le chantier a mobilisé 18 pompiers pendant 4 heures.", "fr") == ["18", "4"]  # control


def test_round_107_classes(framing_models: None) -> None:
    # metres glued to a number, a million glued to its currency at a sentence's end
    assert figures("A 45m-high crane toppled in winds of 20-25m/sec.", "en") == ["45", "20", "25"]
    assert figures("The new bridge cost £14m.", "en") == ["14000000"]
    assert figures("The new bridge cost £14m to build.", "en") == ["14000000"]  # control
    # a police line with its reference, an hour told loosely, the number of a photo
    assert figures("Anyone with information should call police on 101 quoting reference NY-4431.", "en") == []
    assert figures("Le trafic devrait reprendre vers 18 ou 19 heures.", "fr") == []
    assert figures("Il a attendu les secours pendant 3 ou 4 heures.", "fr") == ["3"]  # control
    assert figures("Inondations à Quimper  (3) Les commerçants font leurs comptes.", "fr") == []
    # an animal on the road, a turbine that fell, engines that failed: no one's act
    assert event_nouns("Un motard est mort dans un accident après avoir percuté un sanglier sur l'A6.", "fr") == []
    assert event_nouns("A motorcyclist died in a crash after hitting a deer on the A9.", "en") == []
    assert event_nouns("A driver died in a crash after a police chase on the A9.", "en") != []  # control
    assert event_nouns("Accident sur l'A20 : un troupeau de vaches provoque l'accident en pleine nuit.", "fr") == []
    assert event_nouns("Quatre vaches ont été tuées dans l'accident sur l'A20, survenu en pleine nuit.", "fr") == []
    # a vehicle that stood still
    assert passives("Un TER a percuté une camionnette immobilisée sur un passage à niveau.", "fr") == []
    assert passives("Une camionnette immobilisée par les gendarmes a été fouillée.", "fr") != []  # control
    # what a being felt
    assert loaded("Le taureau, sous l'effet de la panique, a chargé les passants.", "fr") == []
    assert loaded("The stallion showed signs of panic on the hard shoulder.", "en") == []
    assert loaded("Panique dans le centre-ville après une fuite de gaz.", "fr") != []  # control
    # the Taiwanese news agency
    assert sources_of("The ship was towed back to port, CNA reported.", "en") == [("CNA", "media")]


def test_round_108_classes(framing_models: None) -> None:
    # a supply that failed is no one's act, unless strikers cut it
    assert event_nouns("A two-hour power outage hit the maternity ward on Monday night.", "en") == []
    assert event_nouns("Une coupure de courant a plongé la clinique dans le noir pendant une heure.", "fr") == []
    assert event_nouns("Les coupures d'électricité ont touché 4 000 foyers du Calvados.", "fr") == []
    assert event_nouns("A power cut hit the plant on the second day of the strike.", "en") != []  # control
    # insects that attack are named
    assert event_nouns("Une violente attaque de frelons a fait deux blessés dans le Gard.", "fr") == []
    assert event_nouns("Angry wasps attack, stinging four children at a school fair.", "en") == []
    assert event_nouns("Une violente attaque a fait deux blessés dans le Gard.", "fr") != []  # control
    # the offences listed after "charged … with", whoever stands in between
    assert event_nouns("Troopers charged a 41-year-old driver from Albany with driving while intoxicated, assault, "
                       "and criminal mischief.", "en") == []
    assert event_nouns("Troopers charged the driver with theft after an assault on a cashier.", "en") != []  # control
    # a device that blew up, a collapse that was sudden
    assert loaded("L'explosion de la bouteille de gaz a soufflé les vitres.", "fr") == []
    assert loaded("Un brutal affaissement de la chaussée a englouti une voiture.", "fr") == []
    assert loaded("L'explosion de la délinquance inquiète le maire.", "fr") != []  # control
    # what would have been, and the future seen from a past certainty, are no hearsay
    assert conditionals("Selon le maire, il aurait été impossible d'évacuer l'école à temps.", "fr") == []
    assert conditionals("Il était évident qu'il y aurait des dégâts dans les vignes.", "fr") == []
    assert conditionals("Selon la police, le conducteur aurait bu avant l'accident.", "fr") != []  # control
    # an emergency medical service, an architect, and the outlet the source spoke to
    assert sources_of("Cambridge EMS Captain Ana Ruiz said two people were treated.", "en") == [
        ("Cambridge EMS Captain Ana Ruiz", "official")]
    assert sources_of("An architect said the beams had rotted.", "en") == [("An architect", "expert")]
    # a title and the name after it, read by the parser as two subjects
    assert sources_of("\"We were lucky,\" Denver Health's chief of staff Tom Lee told KUSA.", "en") == [
        ("Denver Health's chief of staff Tom Lee", "official")]
    # « ne » with « pouvoir » alone denies the passive (but « ne … que » restricts it)
    assert passives("Le randonneur, en hypothermie, n'a pu être sauvé malgré les efforts des secouristes.", "fr") == []
    assert with_agent("Le randonneur n'a pu être hélitreuillé par la gendarmerie.", "fr") == []
    assert passives("Le fuyard n'a pu être interpellé qu'au petit matin.", "fr") != []  # control
    # « un peu plus d'une heure », an approximation after its figure, "near" a clock time
    assert own_hedges("La réunion a duré un peu plus d'une heure, selon la mairie.", "fr") == ["un peu plus d'une"]
    assert own_hedges("Il faudra un peu plus de temps pour réparer la digue.", "fr") == []  # control
    assert own_hedges("Le col restera fermé jusqu'à vendredi 18h au moins.", "fr") == ["au moins"]
    assert own_hedges("Trente personnes au moins ont été évacuées.", "fr") == ["au moins"]
    assert own_hedges("Near 4:30 p.m., firefighters reached the roof.", "en") == ["near"]
    assert own_hedges("The shop is near 5th Avenue, at least for now.", "en") == []  # control
    assert sources_of("La salle restera fermée tout l'été, explique le maire Paul Martin à France 3 Centre-Val de "
                      "Loire.", "fr") == [("le maire Paul Martin", "official")]


def test_round_109_classes(framing_models: None) -> None:
    # an attack on computers hides who launched it, unless the text names them
    assert event_nouns("Le conseil départemental paralysé par une cyberattaque depuis lundi.", "fr") != []
    assert event_nouns("A cyberattack shut the county's courts on Monday.", "en") != []
    assert event_nouns("Le groupe de pirates à l'origine de la cyberattaque contre la mairie a été identifié.",
                       "fr") == []  # control
    assert event_nouns("Les pirates qui ont orchestré la cyberattaque contre la mairie réclament une rançon.",
                       "fr") == []  # control: who orchestrated it is told
    # the state a body or a boat was found in; « échouer » is intransitive
    assert passives("Un kayakiste a été retrouvé noyé dans l'Ardèche.", "fr") == ["a été retrouvé"]
    assert passives("Le chalutier, échoué sur la plage depuis mardi, sera remorqué.", "fr") == ["sera remorqué"]
    assert passives("Un homme a été retrouvé poignardé dans son garage.", "fr") != ["a été retrouvé"]  # control
    # a hospital's care is no one's act hidden
    assert event_nouns("La grève a entraîné l'annulation des interventions chirurgicales prévues mardi.", "fr") == [
        "annulation"]
    # the name after a title, with its party; a channel's regional edition; ranks and heads of bodies
    assert sources_of("« Nous sommes coupés du monde », confie à la radio le maire, Jean Durand (LR), hier soir.",
                      "fr") == [("le maire, Jean Durand", "official")]
    assert sources_of("Le pont sera rouvert vendredi, précise France 3 Régions.", "fr") == [
        ("France 3 Régions", "media")]
    assert sources_of("Les recherches reprendront à l'aube, indique le chef d'escadron.", "fr") == [
        ("le chef d'escadron", "police")]
    assert sources_of("Maria Lopez, head of Lisbon's tram network, said the line would reopen.", "en") == [
        ("Maria Lopez", "official")]
    # an act after "By" in a title-case headline hides its doer, as in lower case
    assert with_agent("Thousands Of Patients Affected By Hospital Computer Attack", "en") == []
    assert passives("Thousands Of Patients Affected By Hospital Computer Attack", "en") == ["affected"]
    # who issued the statement "which said" is the one source
    assert sources_of("The water board released a statement which said supplies were safe.", "en") == [
        ("The water board", "official")]
    # "two-dozen" cut at its hyphen is still 24
    assert figures("Nearly two-dozen firefighters fought the blaze.", "en") == ["24"]


def test_round_110_classes(framing_models: None) -> None:
    # a crime noun the small French model tags as an adjective after « nouveau »; « hold-up » is one word
    assert event_nouns("Nouveau braquage dans une station-service de Nîmes.", "fr") == ["braquage"]
    assert event_nouns("Une buraliste blessée lors d'un hold-up à Roubaix.", "fr") == ["hold-up"]
    assert event_nouns("Nouveau braquage commis par trois hommes armés à Nîmes.", "fr") == [
        ]  # control: who did it is told
    # what is thrown from the stands hides who threw it
    assert passives("A steward was hit in the face by a flare during the derby.", "en") == ["was hit"]
    assert with_agent("A steward was hit in the face by a flare during the derby.", "en") == []
    assert passives("Un steward a été blessé par un fumigène pendant le derby.", "fr") == ["a été blessé"]
    assert with_agent("Un steward a été blessé par un supporter pendant le derby.", "fr") == [
        ("a été blessé", "un supporter")]  # control
    # "there were no shots fired" denies the act, as "no shots were fired"
    assert passives("Police said there were no shots fired during the raid on the shop.", "en") == []
    assert passives("Police said three shots fired during the raid hit a wall.", "en") == ["fired"]  # control
    # a name that starts with a season is no deadline; a rescue is how, not who
    assert with_agent("Skiers were brought down individually by Winter Park Ski Patrol.", "en") == [
        ("were brought down", "winter park ski patrol")]
    assert passives("Forty skiers were brought down by rope rescues on Sunday.", "en") == ["were brought down"]
    assert passives("The road will be cleared by winter.", "en") == ["will be cleared"]  # control
    # police ranks and the force; a rider; a manager
    assert sources_of("Supt Ellis said the attack was cowardly.", "en") == [("Supt Ellis", "police")]
    assert sources_of("A spokeswoman for the force said inquiries continue.", "en") == [
        ("A spokeswoman for the force", "police")]
    assert sources_of("One rider, Jane Doe, said the cabin swayed for an hour.", "en") == [("One rider, Jane Doe",
                                                                                         "witness")]
    assert sources_of("La gérante du camping a indiqué que personne n'était blessé.", "fr") == [
        ("La gérante du camping", "official")]
    # a match's moment and what is not known yet are no hedges
    assert own_hedges("The flare was thrown shortly before half-time.", "en") == []
    assert own_hedges("The names of the dead are yet to be confirmed.", "en") == []
    assert own_hedges("The roof gave way shortly before 3pm.", "en") == ["shortly before"]  # control
    # the future seen from a past thought, in a cleft too
    assert conditionals("Il était loin d'imaginer qu'il finirait la nuit au poste.", "fr") == []
    assert conditionals("Personne n'imaginait que le barrage céderait.", "fr") == []
    assert conditionals("Il était loin d'imaginer que c'est au poste de police qu'il finirait la nuit.", "fr") == []
    assert conditionals("C'est à Lyon que le suspect aurait été arrêté.", "fr") == [
        "aurait été arrêté"]  # control: hearsay


def test_round_111_classes(framing_models: None) -> None:
    # the second of two age bands is an age too
    assert figures("The two climbers, believed to be in their 20s and 30s, were found on Monday.", "en") == ["2"]
    assert figures("Temperatures reached 30 degrees and 40 degrees.", "en") == ["30", "40"]  # control
    # what a headline's source said after its colon is not what the source is
    assert sources_of("Police: Texas man shoots hunting partner by mistake", "en") == [("Police", "police")]
    # Egypt's state news agency
    assert sources_of("Nineteen pilgrims died when the bus overturned, according to MENA.", "en") == [
        ("MENA", "media")]
    # a device is a thing, whoever set it
    assert passives("The climber was saved by a safety device, rescuers said.", "en") == ["was saved"]
    assert with_agent("The climber was saved by a passing hiker.", "en") == [
        ("was saved", "hiker")]  # control
    # "about a dozen", "about an hour", "about a quarter-mile": approximations
    assert own_hedges("About a dozen walkers were caught in the storm.", "en") == ["about"]
    assert own_hedges("The car slid about a quarter-mile down the slope.", "en") == ["about"]
    assert own_hedges("The film is about a man who lost his way.", "en") == []  # control
    # evictions of tenants named as a social problem, as « violences conjugales »
    assert event_nouns("Les expulsions locatives reprennent après la trêve hivernale.", "fr") == []
    assert event_nouns("Une expulsion a eu lieu ce matin dans un squat de Nantes.", "fr") == [
        "expulsion"]  # control


def test_round_112_classes(framing_models: None) -> None:
    # a stray bullet is no one's loss; a position is no act
    assert "perdue" not in passives("Nantes : un passant blessé à la jambe par une balle perdue\nUn homme a été "
                                    "touché vers minuit.", "fr")
    assert passives("Deux adolescents étaient juchés sur le scooter au moment du choc.", "fr") == []
    assert passives("Le scooter a été volé dans la nuit.", "fr") == ["a été volé"]  # control
    # a street is no source
    assert sources_of("Un feu s'est déclaré dans un immeuble situé rue de source à Lille, vers 22 heures.", "fr") == []
    assert sources_of("Le suspect a pris la fuite, de source policière.", "fr") != []  # control
    # an engine's size is no figure
    assert figures("The teenager lost control of his 250cc motorbike on a bend.", "en") == []
    assert figures("Two teenagers were hurt on a bend.", "en") == ["2"]  # control
    # a New South Wales police unit
    assert sources_of("Inspector Jane Hill from Orana Mid-Western Local Area Command said the road was closed.",
                      "en") == [("Inspector Jane Hill from Orana Mid-Western Local Area Command", "police")]


def test_round_113_classes(framing_models: None) -> None:
    # « faire » + a verb of saying makes something happen: no one speaks
    assert sources_of("Les fortes pluies de ces derniers jours ont fait glisser 3000 mètres cubes de terre sur la "
                      "route.", "fr") == []
    # « distrait », « extrait »: participles of verbs in -traire, no conditional
    assert conditionals("Un cycliste distrait a percuté un piéton devant la gare.", "fr") == []
    assert conditionals("Le cycliste aurait percuté un piéton devant la gare.", "fr") != []  # control
    # the officers who arrest a man put him in custody
    assert passives("L'automobiliste a été interpellé par les policiers et placé en garde à vue.", "fr") == []
    assert passives("Le directeur a été suspendu par le ministre et placé en garde à vue.", "fr") == ["placé"]  # control
    # « dévaster » tells damage; the adjective judges it
    assert loaded("Le feu a dévasté près de 200 hectares de pinède.", "fr") == []
    assert loaded("Le feu, dévastateur, a parcouru 200 hectares.", "fr") != []  # control
    # a name misspelt once keeps the role told with it
    assert sources_of("Le bateau a chaviré, a indiqué le chef de la police locale, Budi Santoso. « Le bateau était "
                      "trop chargé », a déclaré Budi Santsoo.", "fr") == [
        ("le chef de la police locale, Budi Santoso", "police"), ("Budi Santsoo", "police")]
    # rescuers speak for a public service; the outlet they told is no source
    assert sources_of("Les secouristes ont confirmé, auprès de la radio publique, que « tous les mineurs ont été "
                      "retrouvés ».", "fr") == [("Les secouristes", "official")]
    # "it is understood" told after its clause is the news's hearsay, no passive
    assert conditionals("No arrests have been made so far, it is understood.", "en") == ["is understood"]
    assert passives("No arrests have been made so far, it is understood.", "en") == []
    # what a boat or a trailer carried is a state
    assert passives("The ferry was said to be overloaded when it left the jetty.", "en") == []
    assert passives("Crews found a van that was loaded with gas cylinders.", "en") == []
    # firefighters who find a thing cite no one
    assert sources_of('Firefighters found a lorry that was loaded with "old tyres" near the depot.', "en") == []
    # an alert graded by a level or a colour is a step of a plan, not words
    assert sources_of("The county issued an amber alert and schools were closed.", "en") == []
    assert sources_of("Police issued a warning that the roads were icy.", "en") != []  # control
    # a British constable's rank written short
    assert sources_of("Pc Sarah Lowe said the driver had fled.", "en") == [("Pc Sarah Lowe", "police")]
    # CCTV shows, it does not speak
    assert sources_of("CCTV shows the driver reversing into a parked car.", "en") == []
    # "hurry" sells only where something is sold; the panic-stricken felt it
    assert loaded("The mayor hurried to the scene after the collapse.", "en") == []
    assert loaded("Rescuers reached the panic-stricken passengers within minutes.", "en") == []
    # a text that opens on « […] » has its headline on the next line, and its lead after it
    assert event_nouns("[…]\nFour pupils hurt outside a Leeds primary school\nFour pupils were hurt in a collision "
                       "outside a primary school in Leeds on Monday morning.", "en") == ["collision"]
    # "one fifth" is a share, no figure 1
    assert figures("About one fifth of the warehouse was damaged.", "en") == []
    assert figures("One warehouse was damaged.", "en") == ["1"]  # control


def test_round_114_classes(framing_models: None) -> None:
    # the current that electrocutes is a thing, no one named
    assert passives("L'ouvrier a été électrocuté par une ligne à haute tension en élaguant un arbre.", "fr") == [
        "a été électrocuté"]
    assert passives("The lineman was electrocuted by a live wire on Monday.", "en") == ["was electrocuted"]
    # who asked is not who did it
    assert passives("Le cheval a été abattu à la demande de son propriétaire.", "fr") == ["a été abattu"]
    assert with_agent("Le cheval a été abattu sur décision de la préfecture.", "fr") != []  # control
    # the hospital admits, not the rescuers who took care of them
    assert [w for w, _a in with_agent("Les deux randonneurs ont été secourus par les pompiers et hospitalisés à "
                                      "Gap.", "fr")] == ["ont été secourus"]
    # an age written short
    assert figures("A 62yo woman was hurt when the swing fell.", "en") == ["62"]
    # people who were there
    assert sources_of("One partygoer told reporters the doors were locked.", "en") == [("One partygoer", "witness")]
    # alerting the emergency services is a call for help, no words told
    assert sources_of("Un voisin a alerté les pompiers vers 3 heures du matin.", "fr") == []
    # an adverb inside the infinitive of hearsay
    assert passives("Two children were said to already be unconscious when crews arrived.", "en") == []
    # « électrique » says what its own noun is
    assert loaded("Le pylône était sous tension et l'enfant a été touché par un arc électrique.", "fr") == []
    assert loaded("L'ambiance était électrique dans le stade.", "fr") != []  # control
    # a feeling told with its owner
    assert loaded("The driver spoke of his horror at seeing the bus overturn.", "en") == []
    # the accident of a work or a sport, where no one else acts
    assert event_nouns("Roofer dies in Leeds scaffolding accident", "en") == []
    assert event_nouns("Man dies in Leeds shooting accident", "en") != []  # control


def test_round_115_classes(framing_models: None) -> None:
    # a place as it is: a cave a river runs through
    assert with_agent("Les spéléologues sont restés coincés dans une grotte parcourue par un ruisseau.", "fr") == []
    assert with_agent("Le hameau a été traversé par une coulée de boue.", "fr") != []  # control
    # a gust of wind is the wind, a force of nature the text names, not gunfire
    assert passives("La tente a été emportée par une rafale de vent.", "fr") == []
    assert passives("Le gendarme a été blessé par une rafale de fusil d'assaut.", "fr") != []  # control
    # a body's press release, a park ranger, a newspaper
    assert sources_of("The trail reopened on Monday, the park's press release said.", "en") == [
        ("the park's press release", "official")]
    assert sources_of("The hikers were found on Sunday, Park Ranger Amy Cole said.", "en") == [
        ("Park Ranger Amy Cole", "official")]
    assert sources_of("The girl fell from the slide, according to the Post-Star.", "en") == [
        ("the Post-Star", "media")]
    # children who fall through the ice, a gondola that fails: no one acts
    assert event_nouns("Two boys fell through the ice of a pond in Leeds on Sunday. The incident happened at about "
                       "3pm.", "en") == []
    assert event_nouns("Zermatt gondola accident injures six\nSix skiers were hurt when a cabin fell.", "en") == []
    # an accident of a sport told again is the same accident
    assert event_nouns("A woman died in a skydiving accident on Sunday. The accident happened near the airfield.",
                       "en") == []
    # what soars into the air is no drama; prices that soar are
    assert loaded("The trampoline soared 30 feet over the fence.", "en") == []
    assert loaded("Energy prices soared again in March.", "en") != []  # control


def test_round_116_classes(framing_models: None) -> None:
    # what would have been: without a help told, or what people at large would have done
    assert conditionals("Le motard ne s'en serait pas sorti sans l'aide d'un passant, qui l'a tiré du fossé.",
                        "fr") == []
    assert conditionals("Par ce froid, beaucoup auraient renoncé à plonger, mais le jeune homme n'a pas hésité.",
                        "fr") == []
    assert conditionals("The climber would not have survived without the quick thinking of his partner.", "en") == []
    assert conditionals("La femme aurait ensuite quitté les lieux, sans sa mère.", "fr") != []  # control
    # the future seen from a past doubt, told with a pronominal verb
    assert conditionals("Ce matin-là, il ne se doutait pas qu'il ne marcherait plus jamais.", "fr") == []
    # a reaction in deeds is no comment
    assert sources_of("Quand le bus a pris feu, ces trois lycéens ont parfaitement réagi pour évacuer les passagers.",
                      "fr") == []
    # a newspaper named after the news it gave, even with its article contracted
    assert sources_of("Le toit a cédé vers midi d'après les informations du Républicain lorrain.", "fr") == [
        ("du Républicain lorrain", "media")]
    # a driver swerving for an animal, a lift that fell, a gas cylinder: no one at fault
    assert event_nouns("A car plunged into a river after its driver swerved to avoid a deer. The crash happened "
                       "at 2am.", "en") == []
    assert event_nouns("Six people were hurt when a lift plunged four floors in an office block. The incident "
                       "happened at 11am.", "en") == []
    assert event_nouns("Un accident d'ascenseur a blessé deux techniciens à Lyon.", "fr") == []
    assert event_nouns("A gas cylinder blast ripped through a tea stall on Sunday. The incident happened at noon.",
                       "en") == []
    # the people who step in are named after the intervention
    assert event_nouns("Grâce à l'intervention rapide de trois voisins, l'enfant a été sauvé.", "fr") == []
    # an e-mail address, a number to ring, an ordinal whose superscript was lost
    assert figures("Witnesses should contact police via 101@devon.police.uk or by phone on 101.", "en") == []
    assert figures("Le drame s'est produit dans le 15arrondissement de Paris.", "fr") == []
    # a state, not an act: stopped at a light, paralysed
    assert passives("Les deux amis étaient arrêtés à un feu rouge quand l'arbre est tombé.", "fr") == []
    assert passives("Les deux suspects ont été arrêtés à leur domicile.", "fr") != []  # control
    assert passives("Selon les médecins, il pourrait être paralysé.", "fr") == []
    # a means without an article is no agent
    assert with_agent("Les blessés ont été évacués par tyrolienne vers la rive.", "fr") == []
    # a city councillor, the Mounties
    assert sources_of("Le bâtiment a été évacué, selon Anne Martin, conseillère de Paris.", "fr") == [
        ("Anne Martin", "official")]
    assert sources_of("The driver was not hurt, the Mounties said.", "en") == [("the Mounties", "police")]
    # a newspaper whose title ends in a lowercase word, the grid operator
    assert sources_of("Le toit s'est effondré vers midi, selon la Charente libre.", "fr") == [
        ("la Charente libre", "media")]
    assert sources_of("Selon Enedis, 2000 foyers sont privés d'électricité.", "fr") == [("Enedis", "official")]
    # the bounds of an age band are no count
    assert figures("The injured are in the 20-50 age bracket.", "en") == []


def test_round_117_classes(framing_models: None) -> None:
    # a position, a feeling, a snag: no one acts
    assert passives("Les deux barnums étaient accolés au bord du terrain.", "fr") == []
    assert with_agent("Hunters were alarmed early on Sunday by the sound of three loud booms.", "en") == []
    assert passives("Her scarf got caught in the wheel of the cart.", "en") == []
    assert with_agent("The teenager got caught by police while spraying graffiti.", "en") != []  # control
    # what there were hundreds of: grain is a thing, not an agent
    assert with_agent("A worker was buried by thousands of bushels of wheat.", "en") == []
    assert with_agent("The square was filled by hundreds of protesters.", "en") != []  # control
    # no one at fault: buried under grain, hair caught in a machine
    assert event_nouns("Un ouvrier a été enseveli sous 300 tonnes de blé. Un terrible accident, selon le maire.",
                       "fr") == []
    assert event_nouns("A boy was hurt when his hair got caught in a conveyor belt. The incident happened at a "
                       "fair.", "en") == []
    # who is warned is no speaker
    assert sources_of("Aussitôt, un voisin, également présent, a alerté le maire.", "fr") == []
    # a role told with a double-barrelled surname holds for its later mentions
    assert sources_of("Governor Kathy Hochul-Smith ordered an inquiry. Later, Hochul-Smith said the park would close.",
                      "en") == [("Hochul-Smith", "official")]
    # who runs the show, a resort
    assert sources_of("Le chapiteau a cédé, a reconnu le patron du cirque.", "fr") == [("le patron du cirque",
                                                                                       "organisers")]
    assert sources_of("No one was badly hurt, the resort said.", "en") == [("the resort", "official")]
    # "two-passenger chairs": chairs of two seats, not two more chairs; « en deux temps »: in two stages
    assert figures("Five two-passenger chairs fell.", "en") == ["5", "2"]
    assert figures("L'accident s'est produit en deux temps.", "fr") == []


def test_round_118_classes(framing_models: None) -> None:
    # a fair told as the event: its workers are no judgement of fairness
    assert loaded("The county fair reopened on Monday. Only fair workers were allowed on site.", "en") == []
    assert loaded("Nurses are asking for fair pay.", "en") != []  # control
    # a hoverboard is a thing; one that catches fire, or a roof under the weight of snow, is no one's act
    assert with_agent("The blaze was caused by a hoverboard left charging.", "en") == []
    assert event_nouns("A hoverboard caught fire in a bedroom while charging. The incident happened at night.",
                       "en") == []
    assert event_nouns("Le toit de la salle s'est effondré sous le poids de la neige. L'accident a fait trois blessés.",
                       "fr") == []
    assert event_nouns("La dalle s'est effondrée sous les pieds du public pendant le concert. L'incident a fait douze "
                       "blessés.", "fr") == []
    assert event_nouns("Le toit s'est effondré. Le gérant évoque une erreur humaine. L'accident a fait deux blessés.",
                       "fr") != []  # control
    # in mourning, a state
    assert passives("Toute la commune est endeuillée après la mort du jeune pompier.", "fr") == []
    # a news site named by its short name
    assert sources_of("Le balcon s'est effondré vers 20 heures, selon Actu.", "fr") == [("Actu", "media")]
    # a verb of saying joined to the clause reported: the one who said, cited once
    assert sources_of("Officials first said three people had died but later confirmed that a fourth body was found.",
                      "en") == [("Officials", "official")]


def test_round_119_classes(framing_models: None) -> None:
    # an attack whose adjective names the animal; a death an animal's verb tells, even read as a noun in a headline
    assert event_nouns("Un promeneur raconte l'attaque bovine qui a blessé sa femme dans un pâturage.", "fr") == []
    assert event_nouns("Un agriculteur blessé dans l'attaque de la semaine dernière.", "fr") != []  # control
    assert event_nouns("Bulls gore farmer to death in Spain", "en") == []
    # when an animal did the harm, no person's violence is softened by "incident"
    assert loaded_of("Bull gores walker in Devon\n\nA walker was badly hurt after he was attacked by a bull in a "
                     "field. Police said the incident happened on a public footpath.", "en") == []
    assert loaded_of("A walker was badly hurt after he was attacked by a man in a field. Police said the incident "
                     "happened on a public footpath.", "en") != []  # control
    # visitors, guests and cinema-goers are people who were there
    assert event_nouns("Le gardien n'a survécu que grâce à l'intervention des visiteurs du parc.", "fr") == []
    assert sources_of("Several guests told a local radio station that the lights went out first.", "en") == [
        ("Several guests", "witness")]
    assert sources_of("Moviegoers said the noise sounded like part of the film.", "en") == [("Moviegoers", "witness")]
    # a piece of a ceiling that came down is no one's act
    assert event_nouns("Le théâtre reste fermé après l'incident de samedi. Un morceau du faux plafond est tombé "
                       "pendant la représentation.", "fr") == []
    assert event_nouns("Le théâtre reste fermé après l'incident de samedi. Un spectateur est tombé du balcon, poussé "
                       "par un autre.", "fr") != []  # control: someone fell from it, pushed (round 127: a fall with
    # no one's hand told is no one's act)
    # the participle of a verb conjugated with être, read as an adjective
    assert passives("Des abeilles tueuses venues d'Amérique\n\nLes pompiers ont trouvé une femme.", "fr") == []
    # who is named after the noun of who they are
    assert sources_of("A hiker named Tom Baker said the cows came running.", "en") == [("Tom Baker", "witness")]
    # a title that runs on to a place, then the name apposed
    assert sources_of("Le commissaire de police de la province du Sud, Peter Banda, a déclaré que deux randonneurs "
                      "étaient blessés.", "fr") == [("Le commissaire de police de la province du Sud, Peter Banda",
                                                     "police")]
    # « selon ce qu'a dit X »: X is cited
    assert sources_of("Selon ce qu'a raconté le maire à la radio, le pont a cédé.", "fr") == [("le maire", "official")]
    # a station's credit line: not "The Source", but who the information is from, and a union local
    assert sources_of("The roof fell in overnight.\n\nThe Source: Information in this story is from Spokane "
                      "Firefighters, Local 29.", "en") == [("Spokane Firefighters, Local 29", "union")]
    # types: a company that owns the place, a park's warden, the trade press, the Associated Press in French
    assert sources_of("The rink's owner, Northern Ice Rinks, said it would reopen next week.", "en") == [
        ("The rink's owner, Northern Ice Rinks", "official")]
    assert sources_of("The dog's owner, Jane Holt, said it had never bitten anyone.", "en") == [
        ("The dog's owner, Jane Holt", "witness")]  # control: a person
    assert sources_of("A game warden said the bear was relocated.", "en") == [("A game warden", "official")]
    assert sources_of("The screening was stopped, Variety reported.", "en") == [("Variety", "media")]
    assert sources_of("Le parc a été fermé, rapporte AP.", "fr") == [("AP", "media")]
    assert sources_of("Deux patients sont morts, selon l'AP-HP.", "fr") == [("l'AP-HP", "official")]  # control
    # an outlet's public, not the outlet
    assert sources_of("Selon des lecteurs du Parisien, les grêlons étaient énormes.", "fr") == [
        ("des lecteurs du Parisien", "witness")]
    # the people a bus carried did not cause its crash
    assert event_nouns("A coach carrying wedding guests overturned and killed four people in a late-night crash.",
                       "en") != []  # control
    # wild life is no judgement
    assert loaded("La réserve abrite une vie sauvage très riche.", "fr") == []
    assert loaded("Il a été victime d'une agression sauvage.", "fr") != []  # control


def test_round_120_classes(framing_models: None) -> None:
    # a body that gave out is no one's act, even where gendarmes then clear the place or "arrest" is cardiac
    assert event_nouns("Une fillette de 9 ans est morte après un malaise dans un parc de loisirs. Les gendarmes ont "
                       "fait évacuer le parc. Rien n'explique ce drame, a précisé la mairie, qui parle d'un incident "
                       "tragique.", "fr") == []
    assert event_nouns("A swimmer died after suffering a cardiac arrest at the pool. The incident happened during a "
                       "training session.", "en") == []
    assert event_nouns("A man died after a cardiac arrest during his arrest by police. The incident happened near the "
                       "station.", "en") != []  # control: in custody
    # a title-case headline's verb that the tagger takes for a name, before "to" and a verb
    assert passives("Climber Who Died in Rockfall Failed to Wear Helmet", "en") == []
    # washed up, a state
    assert passives("Hundreds of jellyfish were beached along the shore on Sunday.", "en") == []
    # what caused it is told
    assert passives("Officials said the collapse was caused due to heavy rain.", "en") == []
    assert passives("Officials said the collapse was caused on purpose.", "en") != []  # control
    # types: crews and paramedics are the emergency services; a surgeon and an academy are experts; broadcasters
    assert sources_of("A man was pulled from the hole, rescue crews said.", "en") == [("rescue crews", "official")]
    assert sources_of("Paramedic Jo Smith said the man was conscious.", "en") == [("Paramedic Jo Smith", "official")]
    assert sources_of("Such fractures are common in small children, a surgeon said.", "en") == [("a surgeon", "expert")]
    assert sources_of("The American Academy of Pediatrics says trampolines are unsafe.", "en") == [
        ("The American Academy of Pediatrics", "expert")]
    assert sources_of("The road caved in on Monday, ITN reported.", "en") == [("ITN", "media")]
    assert sources_of("Un nouveau bilan de CCTV fait état de dix disparus.", "fr") == [("Un nouveau bilan de CCTV",
                                                                                     "media")]
    assert sources_of("Selon le bureau de gestion des urgences de la ville, trois personnes sont blessées.", "fr") == [
        ("le bureau de gestion des urgences de la ville", "official")]
    # « M.Tavernier », the title glued to the surname, keeps the role told with the full name
    assert sources_of("« Le bateau a chaviré », a indiqué à l'AFP Yann Tavernier, chef de corps des pompiers de Brest. "
                      "« Deux hommes ont été sauvés », a également indiqué M.Tavernier.", "fr") == [
        ("Yann Tavernier", "official"), ("M.Tavernier", "official")]


def test_round_121_classes(framing_models: None) -> None:
    # what falls or swings on someone is a thing: whoever left it unsafe stays untold
    assert with_agent("A schoolboy died after being struck by a falling goalpost at a park in Leeds.", "en") == []
    assert with_agent("A pensioner was injured by an icicle outside a shop on Monday.", "en") == []
    assert with_agent("Un garçon de 6 ans a été blessé par un portail électrique à Nîmes.", "fr") == []
    assert with_agent("Une collégienne a été heurtée par une cage de handball dans le gymnase.", "fr") == []
    assert with_agent("A schoolboy was struck by a teacher in Leeds.", "en") != []  # control: someone
    # a goal or a gate that fell is no one's act: its "accident" hides no doer
    assert event_nouns("A goalpost fell on a boy, 9, in Leeds. The accident happened during a training session.",
                       "en") == []
    # an accident of chance or of the home
    assert event_nouns("A teenager was killed in a freak accident at a farm near York.", "en") == []
    assert event_nouns("Une septuagénaire est morte dans un accident domestique à Lorient.", "fr") == []
    # an act escaped did not happen
    assert all_passives("Two passers-by narrowly missed being hit by falling masonry.", "en") == []
    # « endeuillé par » names what brought the mourning; in mourning is a feeling reported, not loaded
    assert with_agent("Le semi-marathon de Lyon a été endeuillé dimanche par la mort d'un coureur.", "fr") == [
        ("a été endeuillé", "la mort")]
    assert loaded("Le village endeuillé après la mort d'un pompier volontaire.", "fr") == []
    # a firing gone wrong (« un incident de tir ») and « homicide et blessures involontaires »: the drama of an accident,
    # not a killing softened
    assert euphemisms("Un incident de tir pendant le feu d'artifice a tué un spectateur. Le drame a eu lieu vers 23h.",
                      "fr") == []
    assert euphemisms("Une enquête pour homicide et blessures involontaires a été ouverte après le drame de la fête.",
                      "fr") == []
    assert euphemisms("Il a tué sa voisine à coups de couteau. Le drame a eu lieu vers 23h.", "fr") != []  # control
    # a body staging races, by the race's name in its own
    assert sources_of("A spokesman for Run Scotland said the runner had died.", "en") == [
        ("A spokesman for Run Scotland", "organisers")]
    assert sources_of("The London Triathlon Company said the swim was cancelled.", "en") == [
        ("The London Triathlon Company", "organisers")]
    # a figure inside a name, an emergency line in a service's, a unit glued to the number, « 1ere » a rank
    assert figures("Run 4 Kids previously said it had raised money for the hospital.", "en") == []
    assert figures("Vanguard 911 paramedics treated the man at the scene.", "en") == []
    assert figures("He collapsed near the end of the 26.2mile course.", "en") == ["26.2"]
    assert figures("Selon Guyane la 1ere, le garçon a été secouru.", "fr") == []
    # « Pour les besoins de l'enquête, … »: why, not who
    assert sources_of("Pour les besoins de l'enquête, la plage est restée fermée dimanche.", "fr") == []


def test_round_122_classes(framing_models: None) -> None:
    # a stage or a race held still harms no one, whether neutralised or neutralisée
    assert euphemisms("La deuxième étape du Tour de l'Ain a été neutralisée après une chute massive.", "fr") == []
    assert euphemisms("Le forcené a été neutralisé par les gendarmes du GIGN.", "fr") != []  # control
    # a place on a course or a road by its kilometre
    assert figures("Le car s'est renversé au km 42 de l'autoroute.", "fr") == []
    # the sea that takes swimmers: a rip current or a « baïne » is no one's act
    assert event_nouns("Two teenagers drowned after being caught in a rip current off Myrtle Beach. The deaths are "
                       "the third this month.", "en") == []
    assert event_nouns("Un baigneur de 17 ans a été emporté par une baïne à Biscarrosse. L'accident s'est produit vers "
                       "17h.", "fr") == []
    # a video shows, it does not speak
    assert sources_of("A video broadcast by local television showed the bus leaving the road.", "en") == []
    # "around a bend" is a place, "around an hour" a time told roughly
    assert own_hedges("The lorry sped around a corner and overturned.", "en") == []
    assert own_hedges("The lorry was stuck for around an hour.", "en") == ["around"]  # control
    # a cleft sentence puts the speaker forward, the parser hangs « qui » on its complement
    assert sources_of("C'est la préfecture de la Gironde qui a annoncé le bilan dimanche soir.", "fr") == [
        ("la préfecture de la Gironde", "official")]
    # a balloon that comes down is no one's act; a tally of other accidents tells none of this one
    assert event_nouns("Two passengers were hurt in a hot air balloon crash in Cappadocia on Sunday.", "en") == []
    assert event_nouns("Deux passagers ont été blessés dans un accident de montgolfière dans la Drôme.", "fr") == []
    assert event_nouns("The rider was hurt again, the latest in a series of crashes involving race vehicles.",
                       "en") == []
    # a depth after « par » measures, no one acts
    assert with_agent("Le corps du plongeur a été retrouvé par 30m de fond.", "fr") == []


def test_round_123_classes(framing_models: None) -> None:
    # white water that pins a raft: no one's act
    assert event_nouns("Un kayakiste est mort lors d'une sortie de rafting sur l'Ubaye. L'accident s'est produit vers "
                       "15h.", "fr") == []
    assert event_nouns("A guide drowned on a whitewater trip on the Arkansas River. The accident happened on Sunday.",
                       "en") == []
    # the age the dead would have reached is no claim on hearsay
    assert conditionals("Le pilote est mort dimanche. Il aurait eu 41 ans en juin.", "fr") == []
    assert conditionals("Le pilote aurait eu un malaise au volant, selon des témoins.", "fr") != []  # control
    # the Algerian province speaks as officials do
    assert sources_of("Selon la cellule de communication de la wilaya de Tlemcen, 30 personnes ont été intoxiquées.",
                      "fr") == [("la cellule de communication de la wilaya de Tlemcen", "official")]
    # a call after "by": a means, who called stays untold
    assert with_agent("Rescuers were alerted by a 999 call just after midnight.", "en") == []
    # "in the 80s": a band of degrees; a range with its unit glued to both ends is two figures
    assert figures("Temperatures were in the 90s on Saturday.", "en") == []
    assert figures("Forecasters expected highs of 38C-40C on Sunday.", "en") == ["38", "40"]


def test_round_124_classes(framing_models: None) -> None:
    # an accident of a sport or a ride, with no one else steering: no one's act hidden
    assert event_nouns("Un grave accident de parapente a coûté la vie à un touriste belge samedi.", "fr") == []
    assert event_nouns("Haute-Savoie : accident mortel de kayak sur l'Arve, un homme de 40 ans meurt.", "fr") == []
    assert event_nouns("Un motard de 25 ans est mort dans un accident de moto samedi soir.", "fr") != []  # control
    # a thing after « par » / "by", and the one who sent it: the doer is told, the accident hides no one
    assert event_nouns("Un joueur a été blessé par un palet envoyé par un défenseur adverse. Un accident rare.",
                       "fr") == []
    # the fall of a thing someone put up hides who left it unsafe: no agent
    assert with_agent("Une passante a été blessée par la chute d'un panneau publicitaire boulevard Voltaire.",
                      "fr") == []
    assert with_agent("Un automobiliste a été tué par la chute d'un arbre sur sa voiture.", "fr") != []  # control
    # a sign that gave way: no one's act, its "incident" softens nothing
    assert euphemisms("A billboard fell on a bus shelter, killing two people. Police said the incident happened at "
                      "9pm.", "en") == []
    # a harm told first, the capitalised participle read as an adjective
    assert "touché" in all_passives("Touché à la jambe, le gardien a été transporté à l'hôpital.", "fr")
    # a bare "by" and a way of travelling: how, not who
    assert with_agent("The injured skier was taken by snowmobile to the base of the mountain.", "en") == []
    assert with_agent("The injured skier was taken by snowmobile to the base by ski patrollers.", "en") != []  # control
    # feelings and states after "be": no act
    assert all_passives("Les organisateurs du tournoi sont embarrassés.", "fr") == []
    assert all_passives("The driver was inebriated at the time of the crash.", "en") == []
    assert with_agent("The river is known to be infested by crocodiles.", "en") == []
    # the police's identification of the dead
    assert "identified" in all_passives("The woman, identified as Mary Jones, 54, died at the scene.", "en")
    # a near miss is no act met
    assert event_nouns("A diver had a close encounter with a great white shark off Cape Town.", "en") == []
    # a place in title case before a spaced dash: the dateline, not who speaks
    assert [who for who, _ in sources_of("Perth - A British tourist who fell from a cliff on Sunday described her "
                                         "ordeal.", "en")] == ["A British tourist"]
    # words of wonder and dread in the outlet's voice
    assert loaded("Le conducteur est miraculeusement sorti indemne de cet accident dramatique.", "fr") \
        == ["miraculeusement", "dramatique"]
    assert loaded("The video of the crash is spine-chilling: the car went horribly off course.", "en") \
        == ["spine-chilling", "horribly"]
    # the regional daily without its hyphen
    assert sources_of("Selon Ouest France, le conducteur a été interpellé.", "fr") == [("Ouest France", "media")]
    # blind "in one eye": which side, no count
    assert figures("The spectator was left blind in one eye.", "en") == []
    assert figures("One spectator was hurt.", "en") == ["1"]  # control

def test_round_125_classes(framing_models: None) -> None:
    # "run over" is an act done to someone, not a standing state like "run by volunteers"
    assert all_passives("A cyclist was run over by a bus on Friday.", "en") == ["was run over"]
    assert all_passives("The charity shop is run by volunteers.", "en") == []  # control
    # a machine, a car door, a decree after « par » / "by": no one named as the doer
    assert with_agent("Un jardinier a été blessé par une tondeuse à gazon.", "fr") == []
    assert with_agent("Le cycliste a été percuté par la portière d'une camionnette.", "fr") == []
    assert with_agent("L'accès aux plages est interdit par un arrêté municipal.", "fr") == []
    assert passives("A toddler was run over by his grandfather's ride-on mower.", "en") == ["was run over"]
    assert with_agent("The pensioner was saved by his van breaking the fall.", "en") == []
    # a child who hid: a state
    assert all_passives("La fillette était cachée derrière la haie.", "fr") == []
    # forced, with its auxiliary: someone forced them
    assert all_passives("Le pilote a été contraint à l'abandon.", "fr") == ["a été contraint"]
    # an adjective after the article: no passive
    assert all_passives("It appears to be a designated parking bay.", "en") == []
    # half a dozen: a hedge and the figure 6
    assert figures("Une demi-douzaine de pompiers sont intervenus.", "fr") == ["6"]
    # the accident of a machine one works with
    assert event_nouns("A farmer died after a chainsaw accident on Sunday.", "en") == []
    # a woman who killed herself in a fall is no partner killed: « drame » stays the outlet's word
    assert euphemisms("Une femme se tue en voulant prendre une photo du haut des falaises. DRAME La sexagénaire "
                      "faisait partie d'un groupe de randonneurs.", "fr") == []
    assert euphemisms("Il tue sa femme à coups de couteau. Le drame s'est produit dimanche.", "fr") == ["drame"]  # control
    # the machine told by its name, then "the incident"
    assert euphemisms("A boy was killed after falling from a lawnmower. Police said the incident was an accident.",
                      "en") == []
    # a suspect questioned, in the British police's words
    assert euphemisms("A man has been arrested and is helping police with their inquiries.", "en") \
        == ["helping police with their inquiries"]

def test_round_126_classes(framing_models: None) -> None:
    # an ordinal ranks a death among others of its kind: a tally, no act hidden
    assert event_nouns("A toddler died in a hot car on Monday, the 40th such death in the country this year.",
                       "en") == []
    # a death by an allergic shock: the body gave out, no one's act
    assert event_nouns("Un collégien de 12 ans est mort jeudi d'un choc anaphylactique après le déjeuner. Sa mort a "
                       "bouleversé le village.", "fr") == []
    assert event_nouns("A teenager died after an allergic reaction to a takeaway meal. Her death shocked the town.",
                       "en") == []
    # a medical shock is no emotion
    assert loaded("The boy went into anaphylactic shock minutes after eating.", "en") == []
    assert loaded("The town is in shock after the stabbing.", "en") == ["in shock"]  # control
    # a kite after « par » / "by": a thing
    assert with_agent("Le kitesurfeur a été soulevé par son cerf-volant.", "fr") == []
    assert with_agent("The kitesurfer was dragged across the beach by his kite.", "en") == []

def test_round_127_classes(framing_models: None) -> None:
    # a wall or a parade float that gives way: no one's act, unless someone is blamed
    assert event_nouns("Un muret s'est écroulé sur le trottoir à Lorient. L'accident a fait trois blessés.", "fr") == []
    assert event_nouns("À Nice, l'effondrement d'un char du corso a blessé quatre figurants. L'accident s'est produit "
                       "vers 15 heures.", "fr") == []
    assert euphemisms("A garden wall collapsed onto a footpath in Leeds, injuring a boy. Police are investigating the "
                      "incident.", "en") == []
    assert event_nouns("Un muret s'est écroulé sur le trottoir à Lorient. Le propriétaire a été mis en examen pour "
                       "homicide involontaire après l'accident.", "fr") == ["accident"]  # control: someone blamed
    # « souffrir » has no passive; a leaning wall, a place forbidden of access: states
    assert passives("Trois coureurs ont été évacués après avoir été pris de vertiges et souffert de crampes.", "fr") \
        == ["ont été évacués"]
    assert passives("Le poteau était penché depuis des mois.", "fr") == []
    assert passives("La falaise est désormais interdite d'accès au public.", "fr") == []
    # « dont deux emmenés par le Samu »: the counted ones' participle owns the « par »
    assert with_agent("Six randonneurs ont été secourus, dont trois hélitreuillés par la gendarmerie.", "fr") == []
    # who the information was gathered from is who said it
    assert sources_of("Un ouvrier a été blessé, selon les informations recueillies auprès de la mairie.", "fr") \
        == [("la mairie", "official")]
    # a tape after « par »: a thing
    assert with_agent("Le quai a été bouclé par un ruban de signalisation.", "fr") == []
    # someone who fell, with no vehicle, machine or push told: no one's act
    assert event_nouns("Un accident mortel s'est produit au parc de Sceaux. Un garçon de 9 ans est tombé d'un "
                       "toboggan de quatre mètres.", "fr") == []
    assert event_nouns("Un accident mortel s'est produit à Sceaux. Un garçon de 9 ans est tombé sur la chaussée, "
                       "percuté par une voiture.", "fr") == ["accident"]  # control: a car
    # « l'une des attaques » a subject performed
    assert event_nouns("Des drones russes ont mené mardi l'une des attaques les plus massives de la guerre.", "fr") \
        == []


def test_round_128_classes(framing_models: None) -> None:
    # an outlet that "understands": its unnamed sources
    assert sources_of("Sky News understands the two men were arrested at the airport.", "en") \
        == [("Sky News", "anonymous")]
    assert sources_of("Sky News reported the two men were arrested at the airport.", "en") \
        == [("Sky News", "media")]  # control
    # furniture that tips over: a thing, no one's act
    assert with_agent("Une fillette a été blessée par une armoire qui a basculé.", "fr") == []
    assert with_agent("The boy was crushed by a dresser in his bedroom.", "en") == []
    assert event_nouns("A dresser toppled onto a two-year-old boy in his bedroom. The accident happened on Sunday.",
                       "en") == []
    assert event_nouns("A boy was badly hurt by a falling wardrobe at his home. The accident happened on Sunday.", "en") \
        == []
    assert euphemisms("A boy of 12 was killed by an electric gate in a car park. Police said the incident left the "
                      "estate in shock.", "en") == []  # (the round-60 control: fans who stormed a gate)
    assert with_agent("Un passant a été blessé par la chute d'une lourde grille de chantier.", "fr") == []
    # a sport's accident « en »: no one steering
    assert event_nouns("Un accident en paddle a eu lieu dimanche au large de Quiberon.", "fr") == []
    # « alarmé », a bare « noyé »: states, no act
    assert with_agent("Les maîtres-nageurs sont alarmés par le nombre de baignades sauvages.", "fr") == []
    assert passives("Un homme de 40 ans, noyé dans la Loire, a été retrouvé lundi.", "fr") == ["a été retrouvé"]
    # an ordinal the death is: a tally
    assert event_nouns("Ce décès est le cinquième depuis le début de l'été sur les plages landaises.", "fr") == []
    # someone who fell, with no vehicle, push or blow told: no one's act, in English too
    assert event_nouns("A climber has died after falling from a ridge in Snowdonia. The accident happened on Sunday.",
                       "en") == []
    assert event_nouns("A climber has died after falling from a ridge in Snowdonia. Police say he was pushed by "
                       "another man. The incident happened on Sunday.", "en") == ["incident"]  # control: a push


def test_round_129_classes(framing_models: None) -> None:
    # a hospital's chief medical officer is no police officer
    assert sources_of('"We made a mistake," said Dr. Ann Lee, chief medical officer for Park Nicollet.', "en") \
        == [("Dr. Ann Lee", "official")]
    # a section's label written with a hyphen is no vague quantity
    assert own_hedges("Erreur médicale à Lyon : une faille dans les contrôles  FAITS-DIVERS - Une enquête judiciaire a "
                      "été ouverte.", "fr") == []
    # an illness one is « atteint du … », a lost way, a match already won: states, no acts
    assert passives("La clinique accueille des enfants atteints du cancer.", "fr") == []
    assert passives("Three walkers were found safe after getting lost in fog.", "en") == ["were found"]
    assert passives("Alors que le match est plié, le public quitte le stade.", "fr") == []
    # a slap shot is a stroke of the game
    assert with_agent("The slap shot by the Rangers defenceman flew into the stands.", "en") == []
    # « le premier décès »: a rank in a tally
    assert event_nouns("C'est le premier décès de ce genre dans un stade depuis 1970.", "fr") == []
    # a death told softly is no one missing
    assert event_nouns("Tragique disparition d'un cavalier à Pompadour : il est décédé après une chute.", "fr") == []
    assert event_nouns("Disparition d'une adolescente à Nantes : les recherches se poursuivent.", "fr") \
        == ["disparition"]  # control


def test_round_130_classes(framing_models: None) -> None:
    # a cable car or a lift that stopped with people aboard: a machine that failed, no one's act; those stuck aboard
    # are in a state, not acted on
    assert passives("Val Thorens : quarante skieurs coincés dans une télécabine pendant trois heures. Les passagers "
                    "sont restés bloqués au-dessus du vide ; la télécabine est arrêtée depuis midi.", "fr") == []
    assert event_nouns("Quarante skieurs sont restés bloqués dans une télécabine en panne. Ils ont été évacués trois "
                       "heures après l'incident.", "fr") == []
    assert event_nouns("Shoppers were stuck in a lift at the Bullring for an hour before firefighters freed them after "
                       "the incident.", "en") == []
    assert euphemisms("Shoppers trapped in a lift for an hour. One said they could have died in the Bullring "
                      "incident.", "en") == []
    assert passives("Le suspect a été arrêté dans l'ascenseur de l'immeuble.", "fr") == ["a été arrêté"]  # control
    # a horse that bolted into the crowd: an animal's act, no one hidden behind « l'accident »
    assert event_nouns("Un cheval percute des spectateurs à Saignelégier. La fête a été endeuillée par un accident "
                       "dimanche.", "fr") == []
    # cuts that are wounds are no supply cut
    assert event_nouns("Deux passants ont subi des coupures légères au visage.", "fr") == []
    assert event_nouns("Des coupures de courant ont privé 2 000 foyers d'électricité. La coupure est due à une grève.",
                       "fr") == ["coupures", "coupure"]  # control: the strike cut it
    # a panic attack names what someone went through
    assert loaded("A passenger suffered a panic attack as the train stood in the tunnel.", "en") == []
    assert loaded("Prise d'une crise de panique, une passagère a crié dans le tunnel.", "fr") == []
    # a city's government and a Swiss daily as sources
    assert sources_of("Nobody was hurt, according to a statement released by the Manizales municipality.", "en") \
        == [("the Manizales municipality", "official")]
    assert sources_of("Le conducteur a été entendu par la police, a indiqué Blick.", "fr") == [("Blick", "media")]
    assert sources_of("Deux blessés légers, selon 24 Heures.", "fr") == [("24 Heures", "media")]


def test_round_131_classes(framing_models: None) -> None:
    # a thing that exploded is no figure of speech, whatever else its sentence counts
    assert loaded("La bonbonne de gaz a explosé dans la cuisine, causant un grand nombre de dégâts.", "fr") == []
    assert loaded("Le nombre de cambriolages a explosé cette année.", "fr") == ["explosé"]  # control
    # what the rules allow is a standing, not an act done to someone
    assert passives("Le feu de camp, une pratique autorisée sur la plage, a dégénéré.", "fr") == []
    assert passives("Les passagers ont été autorisés à débarquer à Brest.", "fr") == ["ont été autorisés"]  # control
    # a rider thrown by a pothole: the road, no one's act
    assert event_nouns("A cyclist was flown to hospital after his bike hit a pothole on Mill Street. The crash left him "
                       "with head injuries.", "en") == []
    # a battery that exploded: a device that failed, no one's act
    assert event_nouns("À Lyon, la batterie d'un vélo électrique en charge a explosé dans un salon. Un accident qui "
                       "aurait pu virer au drame.", "fr") == []
    # an "incident" that goes back to the vehicle that ran someone over
    assert euphemisms("A cyclist was killed after she was crushed by a passing lorry on the A30. Police said the "
                      "incident happened at 8am.", "en") == []
    # the incident that frames an act told with its doer
    assert event_nouns("Four spectators were hurt after riders at the Pikes Peak climb crashed into the crowd in two "
                       "separate incidents.", "en") == []
    assert event_nouns("Two men were stabbed in separate incidents in Leeds.", "en") == ["separate incidents"]  # control
    # an ambulance service and a hospital's duty manager speak for public services
    assert sources_of("Hato Hone St John said it sent two ambulances.", "en") == [("Hato Hone St John", "official")]
    assert sources_of("« Tous les blessés sont sortis », a indiqué l'administrateur de permanence, Paul Martin.",
                      "fr") == [("l'administrateur de permanence, Paul Martin", "official")]
    assert sources_of("Deux enfants ont été hospitalisés, a précisé le Siamu.", "fr") == [("le Siamu", "official")]


def test_round_132_classes(framing_models: None) -> None:
    # a block of concrete is a thing, not a political bloc
    assert with_agent("Une automobiliste a été blessée par un bloc de ciment lancé d'une passerelle.", "fr") == []
    assert with_agent("La motion a été rejetée par le bloc de gauche.", "fr") == [("a été rejetée", "le bloc")]  # control
    # a rider who came off alone at a skate park or on a BMX track: no one's act
    assert event_nouns("A teenager died on Sunday after a bicycle accident at the Bismarck skate park.", "en") == []
    assert event_nouns("BMX star hurt in horror crash at the national championships. The rider came off on the "
                       "second jump.", "en") == []
    # a partner station reports as media; a road policing unit is the police
    assert sources_of("The boy died on Monday, our partner station WDAY reports.", "en") \
        == [("our partner station WDAY", "media")]
    assert sources_of("The M1 was shut for two hours, the Roads Policing Unit said.", "en") \
        == [("the Roads Policing Unit", "police")]


def test_round_133_classes(framing_models: None) -> None:
    # a sea mile is a unit, not a thousand
    assert figures("Le chalutier a sombré à un mille nautique de la digue.", "fr") == []
    assert figures("Le voilier a parcouru 600 milles nautiques.", "fr") == ["600"]  # control
    # « faisant état de » after a report tells the same source's words, not a second source
    assert sources_of("Le bus transportait 40 élèves, a indiqué dans un communiqué la préfète Anne Dubois, faisant "
                      "état de six blessés.", "fr") == [("la préfète Anne Dubois", "official")]
    # the people an outlet asked are the source, not the outlet
    assert sources_of("Selon des témoins interrogés par Le Parisien, le camion roulait très vite.", "fr") \
        == [("des témoins", "witness")]
    assert sources_of("According to neighbours interviewed by the Echo, the fence had been broken for weeks.", "en") \
        == [("neighbours", "witness")]
    # a station of the overseas network « La Première » is a medium, its whole name
    assert sources_of("Selon Martinique La Première, trois pêcheurs sont portés disparus.", "fr") \
        == [("Martinique La Première", "media")]
    # a press officer speaks for the body, not for the press
    assert sources_of("Le feu est maîtrisé, a indiqué l'officier presse des sapeurs-pompiers.", "fr") \
        == [("l'officier presse des sapeurs-pompiers", "official")]
    # a tweet's author is its source
    assert sources_of("The road reopened at noon, according to a tweet from the county sheriff's office.", "en") \
        == [("the county sheriff's office", "police")]
    # a drowning no one caused: its death hides no one
    assert event_nouns("Calls to fence off the reservoir after the death of a boy who drowned while swimming there.",
                       "en") == []
    assert event_nouns("Police are investigating the death of a man who drowned after he was pushed into the "
                       "canal.", "en") == ["death"]  # control
    # the driver told after the vehicle: the passive has its doer
    assert with_agent("The girl was hit by a car her cousin was driving.", "en") == [("was hit", "a car")]
    assert passives("The girl was hit by a car.", "en") == ["was hit"]  # control
    # a boom is a thing; "the lessons learned" a set phrase; a cart lying in the water a state
    assert passives("Two crew members were struck by the boom.", "en") == ["were struck"]
    assert passives("Canoe fatalities and the lessons learned\n\nIn May two paddlers from the same club drowned in "
                    "a weir.", "en") == []
    assert passives("Divers found a van that was submerged in the harbour.", "en") == []
    assert passives("The child was submerged in scalding water.", "en") == ["was submerged"]  # control: a person


def test_round_134_classes(framing_models: None) -> None:
    # where something or someone stood, a state
    assert passives("Un enfant a été brûlé par un réchaud placé devant la tente.", "fr") == []
    assert passives("Le suspect, placé en garde à vue, a été relâché mardi.", "fr") == ["placé", "a été relâché"]  # control
    # a place's standing rule, and a door or a fence that closes it off
    assert passives("Le randonneur s'est aventuré dans une zone interdite au public.", "fr") == []
    assert with_agent("Le gardien travaillait dans un enclos protégé par une double grille.", "fr") == []
    assert with_agent("Le témoin a été protégé par la police.", "fr") == [("a été protégé", "la police")]  # control
    # « enfant » read as « enfer » is no dramatising word
    assert loaded("Le garçon a été transporté au service des urgences enfant de l'hôpital de Lens.", "fr") == []
    assert loaded("Les habitants ont vécu un enfer pendant trois jours.", "fr") == ["enfer"]  # control
    # an attack whose animal the text names as the doer: no one hidden
    assert event_nouns("Une randonneuse a été mordue par un ours. Les secours sont arrivés une heure après "
                       "l'attaque.", "fr") == []
    assert event_nouns("Un homme a été blessé dans le quartier. Les secours sont arrivés une heure après "
                       "l'attaque.", "fr") == ["attaque"]  # control
    # a firework that shot into the crowd flew; a worker engaged in a task is busy with it
    assert passives("Two spectators were burned when a rocket shot into the crowd.", "en") == ["were burned"]
    assert passives("The keeper was engaged in cleaning the enclosure when the bear escaped.", "en") == []
    assert passives("A man shot in the leg was taken to hospital.", "en") == ["shot", "was taken"]  # control


def test_round_135_classes(framing_models: None) -> None:
    # a metal shutter, a garage door are things after "by" / « par »; door staff are people
    assert passives("Un livreur a été blessé par un rideau métallique qui s'est abaissé.", "fr") == ["a été blessé"]
    assert passives("Toddler Trapped By Garage Door In Ohio", "en") == ["trapped"]
    assert with_agent("Police were alerted by door staff at the club.", "en") \
        == [("were alerted", "staff")]  # control
    # the papers and agencies of India, the sports press of Spain and Latin America
    assert sources_of("The toll rose to nine, according to a Hindustan Times report.", "en") \
        == [("a Hindustan Times report", "media")]
    assert sources_of("Cinq supporters ont été blessés, d'après TyC Sports.", "fr") == [("TyC Sports", "media")]
    # how a thing is held in place, what a thing is made of: states
    assert passives("Only two of the posts are bolted into the concrete.", "en") == []
    assert with_agent("The goal was attached to the fence by the groundsman.", "en") \
        == [("was attached", "the groundsman")]  # control
    assert passives("Le manège est constitué de douze nacelles.", "fr") == []
    # a vehicle or a building left teetering, lying, standing: where it ended up
    assert passives("The truck was left hanging over the side of the bridge.", "en") == []
    assert passives("Commuters were left queuing for hours.", "en") == ["were left"]  # control
    # a play structure that fell; an « accident » after the harm told with the child who did it
    assert event_nouns("Un terrible accident s'est produit dans un parc. La structure lui est tombée dessus.",
                       "fr") == []
    assert event_nouns("Un adolescent a percuté une baigneuse en plongeant. Une enquête doit éclaircir les "
                       "circonstances de l'accident.", "fr") == []
    assert event_nouns("Une voiture a percuté une baigneuse. Une enquête doit éclaircir les circonstances de "
                       "l'accident.", "fr") == ["accident"]  # control
    # « homicide involontaire », the offence of nearly every inquiry into an accidental death, blames no one
    assert event_nouns("Une enquête pour homicide involontaire a été ouverte après la mort d'un enfant de 9 ans. "
                       "La cage de football a basculé sur lui.", "fr") == []


def test_round_136_classes(framing_models: None) -> None:
    # a vehicle no one drove or a device that failed stands where the doer would
    assert passives("A cyclist was hit by a runaway trailer on the hill.", "en") == ["was hit"]
    assert passives("Le cycliste a été heurté par une remorque folle.", "fr") == ["a été heurté"]
    assert passives("L'explosion a été causée par une chaudière défectueuse.", "fr") == ["a été causée"]
    assert with_agent("A cyclist was hit by a trailer on the hill.", "en") == [("was hit", "a trailer")]  # control
    # a fall off one's own ride is no one's act; a rescue vehicle is no hand in a drowning
    assert event_nouns("A rider fell off his motorbike at the top of the jump. The bike then rolled into the crowd, "
                       "and a spectator died in the accident.", "en") == []
    assert event_nouns("A spectator fell from the stand. A motorbike then rolled into the crowd, and he died in the "
                       "accident.", "en") == ["accident"]  # control: the fall is not off the ride
    assert event_nouns("L'édition 2024 du trail a été endeuillée par la mort d'un coureur, samedi. L'homme s'est "
                       "noyé en traversant la rivière. Un véhicule de secours et un véhicule infirmier ont été "
                       "engagés sur place.", "fr") == []
    # a body that gave out: the police who look into it or tell it did nothing to anyone
    assert event_nouns("Officers are investigating the death of a runner who collapsed after a medical emergency "
                       "near the finish, police said.", "en") == []
    assert event_nouns("Police investigation after runner dies\n\nA runner died after a medical emergency near the "
                       "finish. Officers are looking into his death.", "en") == []
    assert event_nouns("A man died after a medical emergency during his arrest. Police are investigating the "
                       "death.", "en") == ["death"]  # control
    # who speaks for an event stages it; a town speaking is its town hall
    assert sources_of("Festival officials said the stage would reopen.", "en") == [("Festival officials",
                                                                                    "organisers")]
    assert sources_of("“We are shocked,” said Ann Lowe, a spokeswoman for the Pendleton Round-Up rodeo.", "en") \
        == [("Ann Lowe", "organisers")]
    assert sources_of("Le site a rouvert, a indiqué la direction du festival.", "fr") \
        == [("la direction du festival", "organisers")]
    assert sources_of("Les travaux dureront un mois, selon la ville de Lyon.", "fr") == [("la ville de Lyon",
                                                                                       "official")]
    # a name spelled out, then its initials in brackets: one source named both ways
    assert sources_of("Deux arbres sont tombés, selon l'Office national des forêts (ONF).", "fr") \
        == [("l'Office national des forêts (ONF)", "official")]
    # a number at the end of a race's name the tagger did not read as a name
    assert figures("Elle courait le Sud Trail Man 42 dimanche.", "fr") == []
    # the future seen from a statement, its subject after the verb: no hearsay
    assert conditionals("Le procureur a ouvert une enquête. Et annoncé que seraient en premier lieu examinés les "
                        "horaires du club.", "fr") == []
    assert conditionals("Selon le procureur, les horaires du club seraient en cause.", "fr") \
        == ["seraient"]  # control


def test_round_137_classes(framing_models: None) -> None:
    # thrown off a slope or a saddle: a fall no one caused; the rescue's helicopters are no hand in it
    assert event_nouns("L'accident s'est produit samedi. Les deux lugeurs ont été éjectés de la piste dans un "
                       "virage. Ils ont été évacués par un hélicoptère de la sécurité civile.", "fr") == []
    assert event_nouns("L'accident s'est produit samedi. Le skieur a été percuté par une dameuse puis éjecté de la "
                       "piste. Un hélicoptère l'a évacué.", "fr") == ["accident"]  # control
    # a writer's article names its author as the source; Deadline is a trade paper
    assert sources_of("The stage collapsed, according to an article by Variety.", "en") == [("Variety", "media")]
    assert sources_of("The ceiling gave way, Deadline reported.", "en") == [("Deadline", "media")]
    # someone who attended, a captain abbreviated "Cpt."
    assert sources_of("\"The lights went out,\" said Maria Ortiz, who attended the concert with her son.", "en") \
        == [("Maria Ortiz", "witness")]
    assert sources_of("Firefighters used a crane to reach the man. He had died at the scene, Cpt. Dan Reyes said.",
                      "en") == [("Dan Reyes", "official")]
    # "X called 911 and said": the caller, not the call
    assert sources_of("After the fall, a witness called 911 and said the rider appeared to be badly hurt, according "
                      "to police.", "en") == [("a witness", "witness"), ("police", "police")]
    # hurt on one's own kart at a go-kart track, no collision told: no one's act
    assert event_nouns("A boy, 12, was badly hurt at a go-karting track in Leeds on Sunday. The track said the "
                       "incident was being looked into.", "en") == []
    assert event_nouns("A boy, 12, was badly hurt when two karts collided at a go-karting track in Leeds on Sunday. "
                       "The track said the incident was being looked into.", "en") == ["incident"]  # control
    # « encore fermé », « fermé actuellement »: how a place stands
    assert passives("Le parc aquatique est toujours fermé ce lundi.", "fr") == []
    assert passives("Le parc aquatique a été fermé lundi.", "fr") == ["a été fermé"]  # control


def test_round_138_classes(framing_models: None) -> None:
    # a rank alone ("Cpt.", "Capt.") tells less than the body named in apposition at the first mention
    assert sources_of("Capt. Lisa Moreno, Ridgefield Fire Department, said the call came at noon. Moreno said two "
                      "people were hurt.", "en") == [("Capt. Lisa Moreno, Ridgefield Fire Department", "official"),
                                                     ("Moreno", "official")]
    assert sources_of("Police Capt. Lisa Moreno said the road was closed. Moreno said two people were hurt.", "en") \
        == [("Police Capt. Lisa Moreno", "police"), ("Moreno", "police")]  # control
    # the mountain gendarmes; who speaks for a fiesta; « la presse transalpine rapporte »
    assert sources_of("Deux alpinistes ont été secourus samedi, selon le PGHM.", "fr") == [("le PGHM", "police")]
    assert sources_of("\"Nobody was hurt,\" said fiesta spokeswoman Ana Ruiz.", "en") == [("Ana Ruiz", "organisers")]
    assert sources_of("La presse transalpine rapporte que le pont était fragilisé.", "fr") \
        == [("La presse transalpine", "media")]
    # a flight on one's own wing or chute, no other hand told: no one's act
    assert event_nouns("Un parapentiste de 40 ans est mort samedi après un accident près du col. Une enquête a été "
                       "ouverte.", "fr") == []
    assert event_nouns("Un parapentiste de 40 ans est mort samedi après un accident : une voiture l'a percuté à "
                       "l'atterrissage.", "fr") == ["accident"]  # control: a car is someone's
    # an escalator that gave way, its clause between commas: no one's act, unless a fault is told
    assert event_nouns("Un escalator, qui s'était mis à accélérer, s'est effondré dans la gare. Une vingtaine de "
                       "voyageurs ont été blessés dans l'accident.", "fr") == []
    assert event_nouns("Un escalator, qui s'était mis à accélérer, s'est effondré dans la gare. La négligence du "
                       "gérant est en cause. Une vingtaine de voyageurs ont été blessés dans l'accident.", "fr") \
        == ["accident"]  # control
    # where a gendarme served, what a pilot was trained for: states
    assert passives("Le pilote était formé sur trois types d'avions.", "fr") == []
    assert passives("Le pilote a été formé sur trois types d'avions.", "fr") == ["a été formé"]  # control


def test_round_139_classes(framing_models: None) -> None:
    # "Police" alone, after the body's whole name told elsewhere; initials spelled out without brackets
    assert sources_of("Maine State Police closed the trail on Friday. Police said two hikers were found.", "en") \
        == [("Police", "police")]
    assert sources_of("Maine State Police closed the trail on Friday. MSP said two hikers were found.", "en") \
        == [("MSP", "police")]
    # a civil defence force: rescuers, not a police force
    assert sources_of("The boy died in hospital, the Singapore Civil Defence Force said.", "en") \
        == [("the Singapore Civil Defence Force", "official")]
    # the fire brigade's operations centre; a newspaper's title with its own article
    assert sources_of("Le feu est maîtrisé, a indiqué le centre opérationnel d'incendie du Morbihan.", "fr") \
        == [("le centre opérationnel d'incendie du Morbihan", "official")]
    assert sources_of("Le centre opérationnel de gendarmerie a confirmé l'accident.", "fr") \
        == [("Le centre opérationnel de gendarmerie", "police")]  # control
    assert sources_of("Selon le quotidien l'Observateur, trois blessés ont été évacués.", "fr") \
        == [("le quotidien l'Observateur", "media")]
    assert sources_of("Selon un observateur, trois blessés ont été évacués.", "fr") \
        == [("un observateur", "anonymous")]  # control
    # « glisser »: a slide, unless words are quoted or told with « que »
    assert sources_of("Par chance, la balle a glissé le long du casque.", "fr") == []
    assert sources_of("« Il a eu de la chance », glisse un témoin.", "fr") == [("un témoin", "witness")]  # control
    # a statue, a sculpture that fell: no one's act, unless someone is blamed
    assert event_nouns("Une statue s'est effondrée sur un enfant. Les circonstances de l'accident restent floues.",
                       "fr") == []
    assert event_nouns("A bronze statue fell on a boy outside the museum. The incident is under review.", "en") == []
    assert event_nouns("Un accident a fait six blessés : une plate-forme s'est effondrée sous le poids du public.",
                       "fr") == []
    # "lost" on a mountain, at sea, in a fire: a state
    assert passives("Two walkers were lost on the moor overnight.", "en") == []
    assert with_agent("The keys were lost by the caretaker.", "en") == [("were lost", "the caretaker")]  # control
    # who treated someone for an injury: the "by" after the "for" phrase
    assert with_agent("The girl was treated for a head injury by ambulance crews.", "en") \
        == [("was treated", "crews")]
    # how someone looked is no hedge; a seeming is
    assert [h.words for h in analyse("The girl seemed calm when she was found.", "en").hedges] == []
    assert [h.words for h in analyse("The girl seemed to be calm when she was found.", "en").hedges] \
        == ["seemed to"]  # control
    assert [h.words for h in analyse("It appeared last night that the driver had fled.", "en").hedges] \
        == ["appeared"]  # control: an adjective that is no complement of the verb
    # people hurt in an explosion: a blast
    assert loaded("Three people were injured in an explosion in central Leeds.", "en") == []
    assert loaded("There was an explosion in knife crime last year.", "en") == ["explosion"]  # control
    # « spectaculaire » of a fire past its complement: a sight
    assert loaded("Un incendie de hangar spectaculaire a mobilisé les pompiers.", "fr") == []


def test_round_140_classes(framing_models: None) -> None:
    # the New York and Los Angeles fire departments; an inspector of the body named before the rank
    assert sources_of("Two people were hurt, according to the LAFD.", "en") == [("the LAFD", "official")]
    assert sources_of("The firm ignored the risks, HSE Inspector Tom Hale said.", "en") \
        == [("HSE Inspector Tom Hale", "official")]
    assert sources_of("The man was armed, Detective Inspector Tom Hale said.", "en") \
        == [("Detective Inspector Tom Hale", "police")]  # control
    assert sources_of("The man was armed, Acting Inspector Tom Hale said.", "en") \
        == [("Acting Inspector Tom Hale", "police")]  # control: a rank's own word, no body's initials
    # what one reads on a thing cites no one; an intransitive "blast" is an explosion
    assert sources_of("The hut was the first in the country, according to a plaque on its door.", "en") == []
    assert sources_of("The spark ran into a battery, kept there to play the DJ, which blasted injuring six people.",
                      "en") == []
    # an electrocution, a power line touched: no one's act, unless a vehicle or a blow is told
    assert event_nouns("Two men died of electrocution at a festival. The incident happened when a float touched an "
                       "overhead power line.", "en") == []
    assert event_nouns("Deux jeunes sont morts électrocutés. L'accident s'est produit quand leur échelle a touché une "
                       "ligne à haute tension.", "fr") == []
    assert event_nouns("A truck struck an overhead power line, killing a worker. Police are investigating the crash.",
                       "en") == ["crash"]  # control: a vehicle is someone's
    # one of two managers speaks for the place
    assert sources_of("« Tout est parti en fumée », raconte Marc Lenoir, co-gérant du restaurant.", "fr") \
        == [("Marc Lenoir", "official")]
    # how a thing stood then: lit, open, parked
    assert passives("Le drame s'est produit alors qu'un brasero était allumé dans le jardin.", "fr") == []
    assert passives("Le brasero a été allumé vers 22 heures.", "fr") == ["a été allumé"]  # control
    # a star rating is no count
    assert figures("Le feu a pris dans un établissement trois étoiles de la côte.", "fr") == []


def test_round_141_classes(framing_models: None) -> None:
    # public broadcasters
    assert sources_of("The final was stopped after six minutes, according to NRK.", "en") == [("NRK", "media")]
    assert sources_of("La finale a été arrêtée au bout de six minutes, selon la RAI.", "fr") == [("la RAI", "media")]
    # who helps people through a crisis names no crisis
    assert loaded("Pupils were offered help from a crisis counsellor on Monday.", "en") == []
    assert loaded("Pupils were offered help as the crisis deepened.", "en") == ["crisis"]  # control
    # a dateline glued by its dash to the source
    assert sources_of("TRURO, N.S.—Police say two men were hurt in the crash.", "en") == [("N.S.—Police", "police")]
    # an animal that got loose at a fair: no one's act
    assert event_nouns("Six people were hurt after a bull got loose at the county fair. The incident happened at "
                       "about 8 p.m.", "en") == []
    # a climber's own fall; a light plane its occupants flew; a stray animal behind a crash: no one's act
    assert event_nouns("La mort de Léo : un garçon de 13 ans a décroché pendant une séance sur le mur d'escalade du "
                       "gymnase.", "fr") == []
    assert event_nouns("Un grimpeur de 30 ans est mort après un accident au pied du mur d'escalade : une voiture l'a "
                       "percuté.", "fr") == ["accident"]  # control: a car is someone's
    assert event_nouns("Deux morts dans l'accident d'un avion de tourisme près de Chartres.", "fr") == []
    assert event_nouns("Un car s'est couché sur l'autoroute, faisant cinq blessés. L'hypothèse d'un animal errant "
                       "est privilégiée. L'accident s'est produit à l'aube.", "fr") == []


def test_round_142_classes(framing_models: None) -> None:
    # a canal lock named by its number
    assert figures("Une péniche a coulé dans l'écluse 12 du canal du Midi. Trois bateaux attendaient à l'écluse 4.",
                   "fr") == ["3"]
    assert figures("A narrowboat sank at lock 9 on the canal.", "en") == []
    # rescue workers are a rescue service
    assert sources_of("The car left the road at speed, rescue workers said.", "en") == [("rescue workers", "official")]
    # one's own jump off a height or into water; a caver's fall; gas in a closed space; a swimmer who did not
    # resurface: no one's act
    assert event_nouns("L'accident s'est produit dimanche : un adolescent a sauté d'un pont dans la rivière et a heurté "
                       "le fond.", "fr") == []
    assert event_nouns("L'accident s'est produit dimanche : un adolescent a été poussé d'un pont dans la rivière.",
                       "fr") == ["accident"]  # control: a push is someone's
    assert event_nouns("A man died after he jumped off a cliff into the sea. The accident happened on Sunday.",
                       "en") == []
    assert event_nouns("Un spéléologue a été secouru après un accident dans une grotte du Doubs.", "fr") == []
    assert event_nouns("A caver was rescued after the incident in a cave on Mendip.", "en") == []
    assert event_nouns("Two workers died after an incident in a sewer. Firefighters said toxic fumes had built up.",
                       "en") == []
    assert event_nouns("Two workers died after an incident in a sewer when a van hit them.",
                       "en") == ["incident"]  # control: a van is someone's
    assert event_nouns("A teenager has died in what police called a tragic accident after he failed to resurface "
                       "while swimming in a lake.", "en") == []
    # « sur le coup » (at once) and « un coup de chaleur » are no blow
    assert event_nouns("Un couvreur est tombé d'un toit, il est mort sur le coup. L'accident s'est produit vers midi.",
                       "fr") == []
    assert event_nouns("Un couvreur est tombé d'un toit après un coup de chaleur. L'accident s'est produit vers midi.",
                       "fr") == []
    assert event_nouns("Un couvreur est tombé d'un toit après un coup de poing. L'accident s'est produit vers midi.",
                       "fr") == ["accident"]  # control: a punch is someone's
    assert event_nouns("Un couvreur est tombé d'un toit sur le coup de midi. L'accident a fait un blessé.", "fr") == []
    assert event_nouns("Un couvreur est tombé d'un toit, il est mort du coup de couteau reçu. L'accident s'est produit "
                       "vers midi.", "fr") == ["accident"]  # control: « du coup de couteau » is a blow
    # how a thing stood: under water
    assert passives("La barque était totalement immergée quand des plongeurs de Metz et de Thionville sont arrivés sur "
                    "place.", "fr") == []


def test_round_143_classes(framing_models: None) -> None:
    # a closing quotation mark glued to the word it ends: what follows it is the outlet's again, what it closes the
    # source's
    found = analyse('Un élève "a été conduit à l\'hôpital".Selon la mairie, "il a été soigné par les pompiers", puis '
                    '"renvoyé chez lui".', "fr")
    assert [f.words for f in found.passives_with_agent + found.agentless_passives if not f.info.get("quoted")] == []
    # a lift, a crane: machines, whoever left them unsafe or worked them stays untold
    assert passives("Un adolescent décapité par un ascenseur à Lyon.", "fr") == ["décapité"]
    assert passives("Un ouvrier a été écrasé par une grue sur le chantier.", "fr") == ["a été écrasé"]
    assert passives("A boy was crushed by an elevator in Chicago.", "en") == ["was crushed"]
    # a noise of animals, like a cry
    assert passives("Leur repas a été interrompu par des grognements.", "fr") == ["a été interrompu"]
    assert passives("The campers were woken by growls.", "en") == ["were woken"]
    assert with_agent("Un ouvrier a été écrasé par son collègue.", "fr") == [
        ("a été écrasé", "son collègue")]  # control: a person acts
    # a kin word that begins a name is no kin
    assert sources_of("Grandfather Mountain officials say two hikers were hurt. Officials say both walked off the "
                      "trail.", "en") == [("Grandfather Mountain officials", "official"), ("Officials", "official")]
    assert sources_of("His grandfather said the boy loved the mountain.", "en") == [
        ("His grandfather", "family")]  # control
    # a decade
    assert figures("Un immeuble datant des années 30 s'est effondré, faisant 4 blessés.", "fr") == ["4"]


def test_round_144_classes(framing_models: None) -> None:
    # the outlet told, after the verb's object (« a confirmé le décès … auprès de l'AFP »)
    assert sources_of("Le procureur Jean Martin a confirmé le décès du conducteur auprès de l'AFP.", "fr") == [
        ("Le procureur Jean Martin", "justice")]
    # a body taken up by its last words
    assert sources_of("Two skiers died, according to the Sawtooth Avalanche Center. According to the avalanche "
                      "center, the slope gave way.", "en") == [("the Sawtooth Avalanche Center", "official"),
                                                               ("the avalanche center", "official")]
    # a pickup is a vehicle; a cloud of gas is a thing
    assert passives("A girl was struck by the pickup near her school.", "en") == ["was struck"]
    assert passives("Five children were sickened by a cloud of chlorine gas at the pool.", "en") == ["were sickened"]
    assert passives("Six nageurs ont été incommodés par un nuage de chlore.", "fr") == ["ont été incommodés"]


def test_round_145_classes(framing_models: None) -> None:
    # a cutting tool one worked with: a thing, and one's own act
    assert event_nouns("Un bûcheron de 47 ans égorgé par sa tronçonneuse dans les Vosges. C'est un tragique accident "
                       "qui est à l'origine de ce décès.", "fr") == []
    assert passives("Un élagueur de 50 ans blessé par sa tronçonneuse dans un jardin.", "fr") == ["blessé"]
    assert event_nouns("A man was badly hurt by his chainsaw while cutting a tree. The accident happened on "
                       "Monday.", "en") == []
    assert event_nouns("Un élagueur a été percuté par un camion. L'accident s'est produit près de sa "
                       "tronçonneuse.", "fr") == ["accident"]  # control: a truck is someone's
    # a newspaper named after its city: the Sun, the Star, the Press, the Record
    assert sources_of("The girl died on Monday, according to the Vancouver Sun.", "en") == [
        ("the Vancouver Sun", "media")]


def test_round_146_classes(framing_models: None) -> None:
    # a pile-up in fog or on ice with no one held: the weather's doing; the closure after it, counted in hours, a
    # measure of safety
    assert event_nouns("Un carambolage d'une vingtaine de voitures s'est produit dans le brouillard sur l'A7. L'accident "
                       "a fait deux blessés. L'autoroute a rouvert après six heures de fermeture.", "fr") == []
    assert event_nouns("Un chauffeur en garde à vue après un carambolage dans le brouillard sur l'A7. L'accident a fait "
                       "deux blessés.", "fr") == ["accident"]  # control: a driver held
    # « un brouillard à couper au couteau » is thick fog, no knife: « le drame » is dramatising, not a killing softened
    found = analyse("Trois morts sur la N12 dans un brouillard à couper au couteau : le drame s'est produit à l'aube.",
                    "fr").loaded_terms
    assert [(f.words, f.info["category"]) for f in found] == [("drame", "dramatising")]


def test_round_147_classes(framing_models: None) -> None:
    # « en panique », « un mouvement de panique », « un vent de panique »: how people moved or felt, told plainly
    assert loaded("Il y a eu un mouvement de panique dans la salle. Un voisin a appelé les secours en panique.",
                  "fr") == []
    assert loaded("Une scène de panique a eu lieu dans un centre commercial de Lyon.", "fr") == ["panique"]  # control
    # cut or folded in two: in half, no count
    assert figures("Le camion a été découpé en deux par le train. La caravane s'est pliée en deux.", "fr") == []
    assert figures("Deux camions ont été touchés.", "fr") == ["2"]  # control
    # « considéré comme blessé »: the attribute of the verb that says it, no passive of its own
    assert passives("Le motard est considéré comme grièvement blessé et a été transporté à Rennes.", "fr") == [
        "est considéré", "a été transporté"]
    # a list of means stops where another clause's subject begins
    assert with_agent("Un garçon a été transporté par hélicoptère à Nantes, et deux autres enfants souffrent de "
                      "fractures.", "fr") == []
    assert with_agent("L'évacuation a été assurée par deux hélicoptères et 40 pompiers.", "fr") == [
        ("a été assurée", "deux hélicoptères")]  # control
    # « confier sa fille à une voisine »: leaving a child in someone's care is no speech
    assert sources_of("Ce matin-là, la maman avait confié sa fille à une voisine qu'elle connaît bien, le temps "
                      "d'aller faire des courses.", "fr") == []
    # « la maman », « le papa » of the child: family, as « la mère »
    assert sources_of("« Il a eu très peur », raconte la maman. « Il va mieux », ajoute le papa.", "fr") == [
        ("la maman", "family"), ("le papa", "family")]
    assert sources_of("« C'était terrible », raconte une jeune maman.", "fr") == [
        ("une jeune maman", "witness")]  # control
    # a person named who looks on, or who owns the home the story happened in: a witness
    assert sources_of("À quelques mètres, Inès observe le chantier. Cette fillette de 8 ans a tout vu. « J'ai entendu "
                      "un grand bruit. »", "fr") == [("Inès", "witness")]
    assert sources_of("Tom Baker, who owns the house, said the bullet went through the kitchen.", "en") == [
        ("Tom Baker", "witness")]
    # an inflatable lifted by the wind, a branch that fell, a dog that bit: no one's act
    assert event_nouns("Trois enfants sont blessés après un incident à la kermesse : une structure gonflable s'est "
                       "soulevée. Une fillette a été transportée par hélicoptère à Dijon.", "fr") == []
    assert euphemisms("A man, 54, was killed by a falling tree branch while walking in a park. Police are "
                      "investigating the incident.", "en") == []
    assert euphemisms("A boy, 6, was rushed to hospital after an attack by an 'XL bully' in a park. Police seized "
                      "the dog shortly after the incident, which officers described as a \"terrible attack\".",
                      "en") == []
    assert euphemisms("A man was stabbed near a park. Police are investigating the incident.", "en") == [
        "incident"]  # control: a stabbing is someone's
    # "responded around 10 a.m. to the park to reports of…": the police went there, the city speaks
    assert sources_of("Officers responded around 9:15 a.m. to the school to reports of a boy “hurt by a falling "
                      "sign,” the district said.", "en") == [("reports", "anonymous"), ("the district", "official")]
    # "in order to be seen by others": to be visible, no act
    assert with_agent("Walkers should wear orange in order to be seen by hunters.", "en") == []
    # an animal's attack and its mauling are one act, with one doer
    assert with_agent("A girl was mauled in a savage attack on Sunday by a neighbour's dog.", "en") == [
        ("was mauled", "dog")]
    # the subject before "said" speaks, not the reported clause's
    assert sources_of("A statement from the school, released on Friday, said the death of the teacher, a father of "
                      "two, \"has shaken us all.\"", "en") == [("A statement from the school", "official")]


def test_round_148_classes(framing_models: None) -> None:
    # "tens of thousands": the vague count starts at "tens"
    assert [f.words for f in analyse("Officials estimate tens of thousands of cars were damaged. Tens of thousands "
                                     "fled.", "en").hedges] == ["tens of thousands of", "Tens of thousands"]
    # a beach patrol, an ocean rescue: the lifeguards' service, not the police
    assert sources_of("Daytona Beach Patrol Deputy Chief Ann Cole said the flags would stay up.", "en") == [
        ("Daytona Beach Patrol Deputy Chief Ann Cole", "official")]
    # a rank and a name alone take the body the same rank was told with before
    assert sources_of("Swimmers should stay out, according to a Brevard County Ocean Rescue captain. \"The flags are "
                      "up,\" Captain Jo Hart said.", "en") == [
        ("a Brevard County Ocean Rescue captain", "official"), ("Captain Jo Hart", "official")]
    assert sources_of("Police said the man was arrested. \"He ran,\" Captain Tom Reed said.", "en")[-1] == (
        "Captain Tom Reed", "police")  # control: no body told with the rank
    # visitors and campers named, and their family named by its name: witnesses
    assert sources_of("Jim and Ann Lane were visiting from Denver. \"It was scary,\" Ann Lane said. The Lanes said they "
                      "left at once.", "en") == [("Ann Lane", "witness"), ("The Lanes", "witness")]
    # fireworks the hurt were handling themselves: their own act, "incident" softens nothing
    assert euphemisms("A 50-year-old man was badly hurt while lighting fireworks at his home, police said. Officers "
                      "are investigating the incident.", "en") == []
    assert euphemisms("A woman was hurt by fireworks thrown at her car. Police are investigating the incident.",
                      "en") == ["incident"]  # control: someone threw them
    # « des tirs de feux d'artifice »: shots no one is named for
    assert event_nouns("Un garçon a été blessé par des tirs de feux d'artifice dans une rue de Nancy.", "fr") == [
        "tirs"]
    # « la disparition de deux kayakistes »: lost at their sport, no one's act
    assert event_nouns("Disparition de deux kayakistes sur l'Ardèche : les recherches reprennent.", "fr") == []
    # an empty boat found by the rescuers: the state between the participle and its agent
    assert with_agent("La barque a été retrouvée vide par les gendarmes dans la matinée.", "fr") == [
        ("a été retrouvée", "les gendarmes")]
    # « se déchaîner »: the elements' fury, dramatising; « galère portugaise » is an animal
    assert loaded("Les éléments se sont déchaînés sur la côte.", "fr") == ["déchaînés"]
    assert loaded("La physalie, aussi appelée galère portugaise, pique les baigneurs.", "fr") == []
    assert loaded("La galère continue pour les usagers du RER.", "fr") == ["galère"]  # control
    # « aux environs de 17 heures »: an hour told loosely
    assert [f.words for f in analyse("Les plages ont été fermées aux environs de 17 heures.", "fr").hedges] == [
        "aux environs de"]
    # « 1200 appels », « 2000 habitants »: counts, not a year or a phone line
    assert figures("La préfecture a reçu 1200 appels. La commune compte 2000 habitants.", "fr") == ["1200", "2000"]
    assert figures("En 2019, 300 habitants ont été évacués.", "fr") == ["300"]  # control: a year before a comma
    # « les baigneurs observent un animal »: watching, no words; « signaler une disparition »: an alert, no words
    assert sources_of("Depuis une dizaine de jours, les baigneurs observent un drôle d'animal sur certaines plages.",
                      "fr") == []
    assert sources_of("La famille des deux hommes, âgés de 44 et 54 ans, a signalé leur disparition lundi vers 18h.",
                      "fr") == []
    # "had to be rescued": a passive after "had to"
    assert passives("The two climbers had to be rescued by helicopter.", "en") == ["had to be rescued"]
    # "Campgrounds 2 and 3": named by their numbers
    assert figures("Campgrounds 2 and 3 were closed.", "en") == []


def test_round_149_classes(framing_models: None) -> None:
    # « sanglant »: the blood told to dramatise
    assert loaded("Découverte sanglante dans un élevage de la Drôme.", "fr") == ["sanglante"]
    # « potentiellement »: a possibility, a hedge
    assert [f.words for f in analyse("Vingt familles sont potentiellement concernées par l'évacuation.",
                                     "fr").hedges] == ["potentiellement"]
    # « Nice-Matin », « Var-Matin »: a name joined by its hyphen
    assert sources_of("Le feu a pris vers 2 heures, ont indiqué les pompiers, confirmant une information de "
                      "Var-Matin.", "fr")[-1] == ("Var-Matin", "media")
    # the harbour master, the port authority: official
    assert sources_of("Les bateaux voisins ont été déplacés, a indiqué le maître de port de Sanary.", "fr") == [
        ("le maître de port de Sanary", "official")]
    # an acronym the text spells out is that body's initials, not a broadcaster's call sign
    assert sources_of("Agents of the Kansas Wildlife Parks Tourism department tracked the bear. KWPT said the bear "
                      "was moved.", "en")[-1] == ("KWPT", "official")
    assert sources_of("KOMO said the road was closed.", "en") == [("KOMO", "media")]  # control
    # flames that shot out, boats docked: no act undergone
    assert passives("Flames shot out of the cabin as the two boats were docked at the pier.", "en") == []
    assert passives("A man was shot in the arm.", "en") == ["was shot"]  # control
    # "It was reported that…": someone unnamed told it
    assert sources_of("It was reported that a dog had run across the path before the rider fell.", "en") == [
        ("reported", "anonymous")]
    # killing wolves told as removing them; birds culled
    assert euphemisms("Wildlife officers will try to remove two wolves from the pack.", "en") == ["remove"]
    assert euphemisms("Crews will remove fallen trees from the road.", "en") == []  # control


def test_round_150_classes(framing_models: None) -> None:
    # a ride down a zip line: the rider's own, even where the rider hit a tree at its end
    assert event_nouns("Les scouts gardent la tyrolienne malgré l'accident survenu ce week-end, qui a coûté la vie à "
                       "une fillette de 8 ans. Elle avait heurté un arbre.", "fr") == []
    assert event_nouns("Un garçon a été percuté par une voiture près d'une tyrolienne. L'accident a eu lieu samedi.",
                       "fr") == ["accident"]  # control: a car is someone's
    # « cinq six secondes »: two numbers told loosely; « cinq sur cinq »: the top of a scale
    assert figures("Le toit s'est effondré en cinq six secondes.", "fr") == ["5", "6"]
    assert figures("Le risque était évalué à quatre sur quatre.", "fr") == []
    assert figures("Il a quatre-vingt-deux ans.", "fr") == ["82"]  # control
    # « Nice Matin » without its hyphen is the newspaper still
    assert sources_of("Le feu a pris vers 15 heures sur la colline, précise Nice Matin.", "fr") == [("Nice Matin", "media")]
    # "999 crews": those who work the line, no count
    assert figures("It was declared a major incident by 999 crews on Tuesday.", "en") == []


def test_round_151_classes(framing_models: None) -> None:
    # a Christmas tree, its lights, its garlands: things, whoever set them up stays untold
    assert passives("Un incendie causé par un sapin de Noël a détruit une maison.", "fr") == ["causé"]
    assert with_agent("Un incendie causé par un voisin a détruit une maison.", "fr") == [
        ("causé", "un voisin")]  # control
    # "a sledding accident" of a sled a Jeep was pulling: the driver's part is told, the activity hides it
    assert event_nouns("Two teens were hurt in a sledding accident when the Jeep pulling their sled hit a curb.",
                       "en") == ["sledding accident"]
    assert event_nouns("Two teens were hurt in a sledding accident on a steep hill.", "en") == []  # control


def test_round_152_classes(framing_models: None) -> None:
    # the tens of Belgium and Switzerland: « septante », « nonante », and their approximate nouns
    assert own_hedges("Une nonantaine de randonneurs ont été évacués samedi.", "fr") == ["une nonantaine"]
    assert figures("Une nonantaine de randonneurs ont été évacués samedi.", "fr") == ["90"]
    assert figures("Septante-deux élèves sont restés bloqués au col.", "fr") == ["72"]
    assert figures("Soixante-douze élèves sont restés bloqués au col.", "fr") == ["72"]  # control
    # a miracle, an ordeal, an agony told in the outlet's own voice dramatise; a name does not
    assert loaded("Par miracle, le skieur est ressorti indemne de l'avalanche.", "fr") == ["miracle"]
    assert loaded("The hikers were found alive after a three-day ordeal in the snow.", "en") == ["ordeal"]
    assert loaded("The dog died in agony after eating the bait.", "en") == ["agony"]
    assert loaded("The parade went down the Miracle Mile on Sunday.", "en") == []  # control
    # judging words: « l'imprudent », « courageusement », « hasardeuse »; not the offence « par imprudence »
    assert loaded("L'imprudent a été repêché par un pêcheur.", "fr") == ["imprudent"]
    assert loaded("Un passant a courageusement plongé pour le sauver.", "fr") == ["courageusement"]
    assert loaded("Il a été condamné pour homicide par imprudence.", "fr") == []  # control
    # « appeler à la prudence »: an appeal in words, its caller cited; a phone call or a strike called is no source
    assert sources_of("La mairie appelle les promeneurs à la plus grande prudence.", "fr") == [
        ("La mairie", "official")]
    assert sources_of("Le voisin a appelé les pompiers vers minuit.", "fr") == []  # control
    assert sources_of("Trois syndicats appellent les agents à faire grève mardi.", "fr") == []  # control
    # a relative clause in which a speaker says what they are tells their kind
    assert kinds("The boy was riding alone, said Tom Reyes, who claimed to be his stepfather.", "en") == [
        ("Tom Reyes", "family")]
    assert kinds("The boy was riding alone, said Tom Reyes, who lives next door.", "en") == [
        ("Tom Reyes", "witness")]  # control
    assert kinds("« Il était toujours joyeux », raconte son neveu.", "fr") == [("son neveu", "family")]
    # what investigators learned, told as a clause, is their report; a family learning news is no source
    assert [k for _, k in kinds("Detectives learned the driver had been drinking before the crash.", "en")] == [
        "police"]
    assert kinds("The family learned that the boat had sunk.", "en") == []  # control
    # « à l'aube de la cinquantaine », a generation « dans la vingtaine »: an age, no count approximated (but one
    # person's age, « un homme dans la quarantaine », is one since round 165: the tune gold, 6 of 6)
    assert own_hedges("Le conducteur, à l'aube de la quarantaine, a été blessé.", "fr") == []
    assert figures("Les victimes, des jeunes gens dans la vingtaine, ont été blessées.", "fr") == []
    assert own_hedges("La quarantaine de passagers a été évacuée.", "fr") == ["la quarantaine"]  # control
    # a manner phrase at the end of a sentence (« lancé à vive allure. ») tells a speed, not an act undergone
    assert passives("Le camion était lancé à vive allure.", "fr") == []
    assert passives("Le camion a été arrêté.", "fr") == ["a été arrêté"]  # control
    # deaths that mount up are a count, not one death
    assert event_nouns("Les décès se multiplient sur les routes de montagne.", "fr") == []
    assert event_nouns("Le décès du motard a été confirmé.", "fr") == ["décès"]  # control
    # an incise's speaker after a clock time, after « nous », or named by its web address
    assert kinds("« Le feu est maîtrisé », indiquait vers 23 h 10 le chef des pompiers.", "fr") == [
        ("le chef des pompiers", "official")]
    assert kinds("« Le feu est maîtrisé », nous a confié le maire.", "fr") == [("le maire", "official")]
    assert kinds("Le feu a été maîtrisé dans la nuit, rapporte 76actu.fr.", "fr") == [("76actu.fr", "media")]
    assert figures("Le feu a été maîtrisé dans la nuit, rapporte 76actu.fr.", "fr") == []
    assert kinds("« Le feu est maîtrisé », a confié le maire.", "fr") == [("le maire", "official")]  # control
    # a station, a unit, a precinct named by its number; not one a number measures
    assert figures("Crews from the fire station 12 were called to the pond.", "en") == []
    assert figures("She fell from platform 3 at site 4 of the course.", "en") == []
    assert figures("The nearest station, 20 miles away, sent a truck.", "en") == ["20"]  # control


def test_round_153_classes(framing_models: None) -> None:
    # a direction of travel is no participle
    assert passives("The pickup was westbound on Interstate 80 when it slid off the road.", "en") == []
    assert passives("The driver was stopped on Route 9.", "en") == ["was stopped"]  # control
    # « Comme le rapporte X »: the verb after « comme le », which the model reads as a noun, cites X
    assert kinds("Comme le rapporte Le Télégramme, le skipper a été hélitreuillé dans la nuit.", "fr") == [
        ("Le Télégramme", "media")]
    assert kinds("Comme le veut la tradition, le maire a pris la parole.", "fr") == []  # control
    # « passionné de montagne »: a taste, not an act undergone
    assert passives("Le jeune homme était passionné de voile depuis l'enfance.", "fr") == []
    # « Alertés, les pompiers… », « Prévenus vers 3 heures, les secours… »: who was called out, told first
    assert passives("Prévenus vers 3 heures, les sauveteurs ont rejoint la plage.", "fr") == ["prévenus"]
    assert passives("Un camion a perdu son chargement sur la nationale. Alertés, les gendarmes ont bloqué la route.",
                    "fr") == ["alertés"]
    assert passives("Les prévenus ont nié les faits devant le tribunal.", "fr") == []  # control
    # « avoir beaucoup de chance », « faire beaucoup de dégâts »: how much of it, no count left unsaid
    assert own_hedges("Le skipper a eu beaucoup de chance.", "fr") == []
    assert own_hedges("La grêle peut faire beaucoup de dégâts.", "fr") == []
    assert own_hedges("Les secours ont beaucoup de blessés à soigner.", "fr") == ["beaucoup de"]  # control
    # a disappearance reported to the rescue services is someone missing, no act whose doer is hidden
    assert event_nouns("Sa compagne a signalé sa disparition vers 22 heures.", "fr") == []
    assert event_nouns("Une enquête a été ouverte après la disparition du militant.", "fr") == [
        "disparition"]  # control
    # "the two critically injured students": an adjective before its noun, after a count
    assert passives("Medics flew the three badly injured climbers to Denver.", "en") == []
    assert passives("Three climbers were badly injured.", "en") == ["were badly injured"]  # control


def test_round_154_classes(framing_models: None) -> None:
    # "in fair condition": a hospital's grade of a patient's state, no judgement; "was discovered" sells nothing
    assert loaded("The hospital said both patients were in fair condition on Sunday.", "en") == []
    assert loaded("It was a fair decision by the referee.", "en") == ["fair"]  # control
    assert loaded("Smoke was discovered coming from the shopping mall's roof.", "en") == []
    # "a four-wheel drive" is a kind of vehicle; "31 Mile Road", "between 31 and 32 Mile": a road's name
    assert figures("The fire started in a four-wheel drive on the third level.", "en") == []
    assert figures("Deputies closed Van Dyke between 26 and 27 Mile after the crash.", "en") == []
    assert figures("The car crashed near 23 Mile Road.", "en") == []  # control
    assert figures("The car crashed 23 miles north of the city.", "en") == ["23"]  # control
    # « déviés par Epernay »: « par » and a place after a verb of diverting traffic is the route
    assert passives("Plusieurs trains sont déviés par Reims.", "fr") == ["sont déviés"]
    assert with_agent("La circulation est déviée par les gendarmes.", "fr") == [
        ("est déviée", "les gendarmes")]  # control


def test_round_155_classes(framing_models: None) -> None:
    # an incise inside the clause: « Le navire, précise la préfecture maritime, dérivait »
    assert kinds("Le navire, précise la préfecture maritime de la Manche, dérivait vers la côte.", "fr") == [
        ("la préfecture maritime de la Manche", "official")]
    assert kinds("Le navire dérivait vers la côte, précise la préfecture maritime.", "fr") == [
        ("la préfecture maritime", "official")]  # control
    assert kinds("Marc Dubois, directeur du centre de secours, a déclaré : « Il a fallu creuser, car la victime était "
                 "coincée. »", "fr") == [("Marc Dubois", "official")]  # control: the speaker before the verb
    # an incise inside the guillemets: « « …, explique le Cross. … » »
    assert kinds("« Le chalutier ne répondait plus, explique la préfecture maritime. Un hélicoptère a été envoyé. »",
                 "fr") == [("la préfecture maritime", "official")]
    # « le canal 16 de la VHF »: a radio channel by its number, no count
    assert figures("Le skipper a appelé les secours sur le canal 16 de la VHF.", "fr") == []
    # a pile-up in French texts: the gold marks no event noun unless a driver is held (« en garde-à-vue » too)
    assert event_nouns("Un carambolage a fait douze blessés sur l'A1. L'accident impliquait huit voitures.",
                       "fr") == []
    assert "accident" in event_nouns("Un carambolage a fait douze blessés sur l'A1 dans le brouillard. Un chauffeur "
                                     "a été placé en garde-à-vue. L'accident impliquait huit voitures.", "fr")
    # "a pileup", "a pile-up": the English gold marks them, hyphen or not
    assert event_nouns("Twelve people were hurt in a 30-car pileup on Interstate 70.", "en") == ["30-car pileup"]
    assert event_nouns("Twelve people were hurt in a pile-up on the M6 in thick fog.", "en") == ["pile-up"]
    # "released a statement": who released it is cited, as for "issued"
    assert kinds("The school district released a statement Monday calling the loss devastating.", "en") == [
        ("The school district", "official")]
    assert kinds("Deputies released the driver on Monday.", "en") == []  # control
    # "according to X and Y": two sources, each of its kind
    assert kinds("Two men were hurt, according to Ohio State Highway Patrol and county emergency officials.",
                 "en") == [("Ohio State Highway Patrol", "police"), ("county emergency officials", "official")]
    assert kinds("Two men were hurt, according to police and fire officials.", "en") == [
        ("police and fire officials", "police")]  # control: one body's officials
    assert kinds("Two men were hurt, according to Lake County Fire and Rescue.", "en") == [
        ("Lake County Fire and Rescue", "official")]  # control: a name's own "and"
    # "responded to a call around 9:40 p.m. about…", "responded to the report of…": callers no one names
    assert kinds("Deputies responded to a call around 9:40 p.m. Friday about a man in the water.", "en") == [
        ("call", "anonymous")]
    assert kinds("Firefighters responded to the report of a gas leak on Elm Street.", "en") == [
        ("report", "anonymous")]
    assert kinds("Deputies responded to a call near Elm Street on Friday.", "en") == []  # control
    # « indique Amélie Cladière, procureure de la République »: the post after a name the model read as a noun
    assert kinds("Une corde a été retrouvée sur place, indique Amélie Chaudière, procureure de la République.",
                 "fr") == [("Amélie Chaudière", "justice")]


def test_round_156_classes(framing_models: None) -> None:
    # « sans pouvoir être réanimé », "was unable to be revived": a rescue that failed, no passive
    assert passives("Il a perdu connaissance au fond de la cuve, sans pouvoir être réanimé.", "fr") == []
    assert passives("The diver surfaced unconscious and was unable to be revived.", "en") == []
    assert passives("The diver surfaced unconscious and was revived on the boat.", "en") == [
        "was revived"]  # control
    # "the same way they would treat a small bomb": a bomb the blast is likened to tells no one set it
    assert event_nouns("A gas cylinder exploded in a garden shed. Firefighters treated the explosion in the same way "
                       "they would treat a small bomb.", "en") == []
    assert event_nouns("A bomb exploded outside the station. The explosion killed two people.", "en") == [
        "explosion"]  # control
    # « une batterie … à l'origine des flammes », "a battery caused the fire": a device that failed, no one's act
    assert event_nouns("Un incendie a fait trois blessés dans un foyer. L'incident s'est produit vers 4 heures. Une "
                       "batterie de vélo en charge serait à l'origine des flammes.", "fr") == []
    # "an excavator collapsed onto a truck … the incident": the machine is told, the word goes back to it
    assert euphemisms("A construction worker was killed Thursday after an excavator collapsed onto a dump truck. A "
                      "spokesman for the police said the incident happened at 10 Main Street.", "en") == []
    assert euphemisms("A man was shot dead Thursday. A spokesman for the police said the incident happened at 10 Main "
                      "Street.", "en") == ["incident"]  # control
    # "coworkers" who told what they saw are witnesses, as "workers"
    assert kinds("Coworkers said the two men had climbed into the tank to clean it.", "en") == [
        ("Coworkers", "witness")]


def test_round_157_classes(framing_models: None) -> None:
    # the OPP, Ontario's provincial police
    assert kinds("The Lanark County OPP said the driver was taken to hospital.", "en") == [
        ("The Lanark County OPP", "police")]
    # "the call that came in": a relative clause, nothing the call told; "a report at about 7:18 of a car…": when,
    # then what it told
    assert kinds("Firefighters found the fire in the attic after they responded to the call that came in shortly "
                 "after 9 a.m.", "en") == []
    assert kinds("Deputies received a report at about 6:40 of a truck going into the river.", "en") == [
        ("report", "anonymous")]
    assert kinds("Deputies received a call that a truck had gone into the river.", "en") == [
        ("call", "anonymous")]  # control
    # a forklift that turned over on its driver, « charriot » as some outlets spell it: no one's act
    assert event_nouns("Un cariste s'est retrouvé bloqué sous le charriot élévateur qu'il conduisait. Le charriot "
                       "s'est retourné au moment de l'accident.", "fr") == []
    # « car » (because) and « pris en charge » (cared for) tell no vehicle and no blow
    assert event_nouns("Un élagueur a été blessé par sa tronçonneuse, car il travaillait seul. L'accident s'est "
                       "produit vers 10 heures.", "fr") == []
    assert event_nouns("Un cariste a été percuté par une voiture sur le parking. L'accident s'est produit vers 10 "
                       "heures.", "fr") == ["accident"]  # control


def test_round_158_classes(framing_models: None) -> None:
    # a vehicle that rolled is told by its "rollover": an event noun like "crash"
    assert event_nouns("A woman was hurt in a UTV rollover on a county road Saturday, deputies said.", "en") == [
        "utv rollover"]
    # a helicopter listed with the emergency services came to help: no hand in an electrocution
    assert event_nouns("Accident mortel à Bex. Un ouvrier a été électrocuté en touchant une ligne à haute tension. "
                       "Une ambulance, le Smur et un hélicoptère d'Air-Glaciers ont été mobilisés.", "fr") == []
    # one child's age told roughly is an approximation; children under an age are a bracket
    assert own_hedges("Un bambin de moins de 3 ans a été blessé dimanche à Matane.", "fr") == ["moins de"]
    assert own_hedges("Les enfants de moins de 3 ans ne paient pas le bus.", "fr") == []  # control
    # "shocked" by a current is a passive and no drama in a story of a live wire
    text = "A worker was hurt after being shocked on a utility pole. He touched a 7,200-volt line."
    assert "being shocked" in passives(text, "en") and loaded(text, "en") == []
    assert passives("Neighbours were shocked to learn of the fire.", "en") == []  # control
    # a sergeant (« la sergente ») of the provincial police
    assert kinds("« Il est décédé à l'hôpital », a précisé la sergente.", "fr") == [("la sergente", "police")]
    # a title, the town of the body, then the name: one source
    assert [k for _, k in kinds("« Les gaz ont envahi l'atelier », raconte le président du syndicat des employés "
                                "d'Exceldor à Saint-Anselme, Paul Tremblay.", "fr")] == ["union"]  # control
    assert "Paul Tremblay" in kinds("« Les gaz ont envahi l'atelier », raconte le président du syndicat des "
                                    "employés d'Exceldor à Saint-Anselme, Paul Tremblay.", "fr")[0][0]
    # "pointed out" reports words; "pointed a rifle" does not
    assert kinds("The gate was locked at night, Warden Smith pointed out.", "en") == [("Warden Smith", "official")]
    assert kinds("The man pointed a rifle at the deputies.", "en") == []  # control
    # a friend with a name cites a person, whoever's friend he is
    assert kinds("\"She loved the lake,\" the victim's friend Dana Kowalski said.", "en") == [
        ("the victim's friend Dana Kowalski", "named")]
    # taken by trolleys or shuttles: how, not who
    assert passives("The guests were taken by shuttles to a nearby hotel.", "en") == ["were taken"]
    # the head of the investigations at the SQ is a police officer
    assert kinds("« Rien n'est exclu », a dit le directeur des enquêtes criminelles à la SQ, Luc Gagnon.", "fr")[0][1] \
        == "police"


def test_round_159_classes(framing_models: None) -> None:
    # a rank spelled with a hyphen (« lieutenant-colonel ») is as weak as its one-word peers: the fire brigade's
    assert kinds("« Le feu est maîtrisé », a déclaré le porte-parole des pompiers de Lyon, le lieutenant-colonel Marc "
                 "Henry.", "fr")[0][1] == "official"
    assert kinds("« Il a été interpellé », a indiqué le lieutenant-colonel Marc Henry.", "fr")[0][1] == "police"  # control
    # « ne répondent plus »: machines that stopped, no words
    assert kinds("Ski : les télécabines ne répondent plus\n\nUne trentaine de personnes sont bloquées.", "fr") == []
    # « décime une famille », « funeste », « épouvantable », « malédiction », « coup du sort »: dramatising
    assert loaded("Un accident de la route décime une famille près de Rodez", "fr") == ["décime"]
    assert loaded("Un élevage de poulets entièrement décimé par la grippe aviaire.", "fr") == []  # control
    assert loaded("Le village est-il frappé par une malédiction ? Un funeste coup du sort.", "fr") == [
        "malédiction", "funeste", "coup du sort"]
    # "devastated over the death": grief, no passive and no drama, even in a company's statement
    text = "The water park says it is devastated over the death of the boy."
    assert passives(text, "en") == [] and loaded(text, "en") == []
    # a skid steer that fell into a pond with its driver: the machine's mishap, no one's act
    assert event_nouns("A farmer died after his skid steer tipped into a pond. The incident happened Sunday.",
                       "en") == []
    assert event_nouns("A farmer died when a truck collided with his skid steer. The incident happened Sunday.",
                       "en") == ["incident"]  # control
    # "multiple 911 calls": a vague count before a figure-named noun
    assert own_hedges("Crews were sent after multiple 911 calls.", "en") == ["multiple"]
    # « au moins jusqu'à mardi », "at least until dark": a duration told by its shortest
    assert own_hedges("La route restera fermée au moins jusqu'à vendredi.", "fr") == ["au moins"]
    assert own_hedges("The road will stay closed at least until Friday.", "en") == ["at least"]
    # « suspendues à 40 mètres du sol »: where cabins hang, no one's act; « suspendues à 16 heures » is a stop
    assert passives("Les cabines étaient suspendues à 40 mètres du sol.", "fr") == []
    assert passives("Les recherches ont été suspendues à 18 heures.", "fr") == ["ont été suspendues"]  # control
    # « défenestrées » of a fire where they « se sont défenestrées »: they jumped
    assert passives("Incendie à Lille : trois personnes défenestrées\n\nPour fuir les flammes, trois habitants se sont "
                    "défenestrés du deuxième étage.", "fr") == []
    # « tuée en tombant d'une grande roue »: a fall, so « le drame » dramatises, no killing softened
    assert euphemisms("Jeune femme tuée en tombant d’un manège à Lyon : ce que l'on sait\n\nLe drame s’est produit "
                      "ce samedi. Une enquête pour homicide involontaire est ouverte.", "fr") == []
    # a trampoline park: the jumper's own fall, whose "incident" softens no violence
    assert euphemisms("A man who was doing flips at a trampoline park was seriously injured and has since died. The "
                      "park says it cannot comment on the details of the incident but is helping police "
                      "investigators.", "en") == []


def test_round_160_classes(framing_models: None) -> None:
    # an attack whose animal is told after the day (« le samedi 2 juin par un essaim »), then told again
    assert event_nouns("Trois randonneurs ont subi une violente attaque le dimanche 4 août par un essaim de guêpes "
                       "près d'Annecy. Selon un apiculteur, cette attaque serait due à la chaleur.", "fr") == []
    assert event_nouns("Trois randonneurs ont subi une violente attaque dimanche près d'Annecy.", "fr") == [
        "attaque"]  # control
    # a death in a fire the text calls accidental is no one's act; a fire « d'origine criminelle » is someone's
    assert event_nouns("Lyon : enquête après le décès d'un enfant dans l'incendie d'un appartement\n\nL'incendie "
                       "est probablement d'origine accidentelle, selon la police.", "fr") == []
    assert event_nouns("Lyon : enquête après le décès d'un enfant dans l'incendie d'un appartement\n\nL'incendie "
                       "est d'origine criminelle, pas accidentelle, selon la police.", "fr") == ["décès"]  # control
    # a stage set that gave way (« un élément de décors qui, soudain, s'effondre ») is no one's act
    assert event_nouns("L'accident a eu lieu pendant l'opéra. Un élément de décors du spectacle qui, soudain, "
                       "s'effondre sur les choristes.", "fr") == []
    # an exterminator speaks as an expert
    assert kinds("An exterminator said the hive held about 60,000 bees.", "en") == [("An exterminator", "expert")]
    # "accidentally created" in a sentence of the "Fire and Rescue Service": no fire told accidental
    assert event_nouns("Chemical incident at hotel spa leaves 12 in hospital\n\nA spokesman for Kent Fire and Rescue "
                       "Service said chlorine gas had been accidentally created in the spa.", "en") == [
        "chemical incident"]  # control


def test_round_161_classes(framing_models: None) -> None:
    # « des champignons sauvages »: wild, not savage
    assert loaded("Deux randonneurs ont mangé des champignons sauvages ramassés en forêt.", "fr") == []
    assert loaded("Un homme a été victime d'une agression sauvage à Nîmes.", "fr") == ["sauvage"]  # control
    # a paper whose name starts with its newspaper's word ("Times Colonist")
    assert kinds("The trail was closed on Monday, reports Times Colonist.", "en") == [("Times Colonist", "media")]
    # a rank of California's fire agency
    assert kinds("The hiker was airlifted to a hospital, CalFire battalion chief Ann Reyes said.", "en")[0][1] == \
        "official"
    # a death from mushrooms eaten is the mushroom's doing, even where toxins "attack the liver"
    assert event_nouns("A family mourns the recent death of their son, poisoned by a death cap mushroom. Its toxins "
                       "attack the liver.", "en") == []


def test_round_162_classes(framing_models: None) -> None:
    # « spectaculaire » of a mishap, a rescue or a scene tells what was seen, not a judgement
    assert loaded("Bien que spectaculaire, l'incendie du garage n'a fait aucun blessé à Metz.", "fr") == []
    assert loaded("Le camion s'est couché sur le flanc. La scène est spectaculaire.", "fr") == []
    assert loaded("Les gendarmes ont mené au-dessus du torrent une opération de sauvetage à la fois spectaculaire et "
                  "risquée.", "fr") == []
    assert loaded("Un braquage spectaculaire a visé lundi une bijouterie de Cannes.", "fr") == [
        "spectaculaire"]  # control
    # the edition's name goes on a radio's title, not the union SUD
    assert kinds("Le conducteur a pris la fuite, selon France Bleu Sud Alsace.", "fr") == [
        ("France Bleu Sud Alsace", "media")]
    # a name no word types, that broke the news, is a newsroom
    assert kinds("Deux personnes sont mortes noyées vendredi soir, a-t-on appris dimanche de sources concordantes, "
                 "confirmant une information de l'Ouest Éclair.", "fr")[-1] == ("l'Ouest Éclair", "media")
    assert kinds("Selon les informations de la préfecture, douze personnes sont blessées.", "fr")[0][1] == \
        "official"  # control
    # passers-by saw it
    assert kinds("Passers-by said the van had mounted the kerb at speed.", "en") == [("Passers-by", "witness")]
    # a post by a body cites the body
    assert kinds("According to a Facebook post by the Harlow Fire Department, the blaze began in a garage.", "en") == [
        ("Harlow Fire Department", "official")]
    # kin of those it befell, told in a relative clause
    assert kinds("A man whose son was on the bus told reporters the driver had swerved.", "en")[0][1] == "family"
    assert kinds("Une femme dont la fille était dans le car a raconté que le chauffeur avait freiné.", "fr")[0][1] == \
        "family"
    assert kinds("A man whose car was hit told reporters the driver had swerved.", "en")[0][1] == "witness"  # control
    # calls about the event already told add nothing the callers said
    assert kinds("Deputies began receiving calls about the fire at 2:10 a.m.", "en") == []
    assert kinds("Deputies began receiving calls about a man with a rifle at 2:10 a.m.", "en")[0][1] == \
        "anonymous"  # control


def test_round_163_classes(framing_models: None) -> None:
    # a fire set on purpose hides who set it wherever the story tells it, when no one is charged
    story = ("Rennes : un gymnase détruit par un incendie criminel\n\nUn incendie d'origine criminelle a détruit le "
             "gymnase du lycée Chateaubriand dans la nuit de samedi à dimanche. Aucun blessé n'est à déplorer.\n\n"
             "Les pompiers sont intervenus vers 2 heures du matin. Il leur a fallu trois heures pour maîtriser le feu, "
             "qui a pris devant la porte d'entrée. Les enquêteurs cherchent à savoir qui a allumé l'incendie.")
    assert event_nouns(story, "fr")[-2:] == ["feu", "incendie"]
    assert event_nouns(story.replace("criminel", "").replace(" d'origine criminelle", "").replace(
        "devant la porte d'entrée", "dans un local technique, après un court-circuit"), "fr") == []  # control
    assert event_nouns(story.replace("Les enquêteurs cherchent à savoir qui a allumé l'incendie.",
                                     "Un voisin a été placé en garde à vue."), "fr")[-1] != "feu"  # control: one held
    assert event_nouns(story.replace("Les enquêteurs", "Selon le service départemental d'incendie et de secours, les "
                                     "enquêteurs"), "fr")[-3:] == ["incendie", "feu", "incendie"]  # a service's name
    # a body's media release is the body's
    assert kinds("The blaze was confined to one floor, according to a Halifax Fire Services media release.", "en") == [
        ("a Halifax Fire Services media release", "official")]
    # the university speaking for itself is an institution, not an expert
    assert kinds("The university said the chemistry building would stay closed until Monday.", "en")[0][1] == \
        "official"
    assert kinds("Selon l'Université de Rouen, les cours reprendront lundi.", "fr")[0][1] == "official"
    assert kinds("Selon un chercheur de l'université de Lille, le risque est faible.", "fr")[0][1] == \
        "expert"  # control
    # a surname that is also a word ("Town", "Judge") is a man's name after his first name (a person, not a town's
    # `official`; since round 180 a person who says what he heard is a witness)
    assert kinds("Michael Town fell into the well on Sunday. \"I heard a crack,\" Town told reporters.", "en") == [
        ("Town", "witness")]
    assert kinds("Vermont State Police were called at 2 a.m. Police said the driver fled.", "en")[0][1] == \
        "police"  # control
    # « des armes de guerre »: the category of firearms in law, no war
    assert loaded("Des armes de guerre ont été découvertes dans le coffre de la voiture.", "fr") == []
    assert loaded("C'est une véritable guerre des nerfs entre les deux clubs.", "fr") == ["guerre"]  # control


def test_round_164_classes(framing_models: None) -> None:
    # the outlet that asked is not who answered
    assert kinds("Contactée par LCI, la préfecture du Finistère, département en vigilance rouge pour vents violents, a "
                 "indiqué qu'aucun blessé n'était à déplorer.", "fr")[0][1] == "official"
    # a rank in a coast guard story is the coast guard's
    assert kinds("A tanker struck the pier on Friday, the Coast Guard said. \"We are looking at the damage,\" Lt. "
                 "Junior Grade Ana Ruiz said.", "en")[-1][1] == "official"
    assert kinds("A tanker struck the pier, the Coast Guard said. Police Sgt. Jane Miller said the crew was safe.",
                 "en")[-1][1] == "police"  # control
    # the same unnamed person, who asked not to be named, is anonymous wherever cited
    assert kinds("A hotel worker said the lift had been stuck for an hour. Guests were led out by the stairs, said the "
                 "worker, who spoke on condition of anonymity.", "en") == [("A hotel worker", "anonymous"),
                                                                           ("the worker", "anonymous")]
    # a rockfall, like a landslide, is no one's doing
    assert event_nouns("Driver hurt in rockfall accident on Highway 99\n\nA driver was hurt when a rockfall hit two "
                       "cars on Highway 99 on Sunday.", "en") == []
    assert event_nouns("Driver hurt in crash on Highway 99\n\nA driver was hurt when a van hit two cars on Highway 99 "
                       "on Sunday.", "en") == ["crash"]  # control
    # incidents in general soften no act of the story
    assert euphemisms("Officers anticipated that incidents involving violence may take place at the match.", "en") == []
    assert euphemisms("Police think many more victims were too ashamed to have reported incidents.", "en") == []
    # how long a rescue took is no act
    assert event_nouns("Un homme tombé dans une fosse\n\nCoincé au fond, il a été sorti après trois heures "
                       "d'intervention. Il est légèrement blessé.", "fr") == []


def test_round_165_classes(framing_models: None) -> None:
    # the Flemish press the Belgian French-language press cites
    assert kinds("Selon Het Nieuwsblad, l'ouvrier est mort sur le coup.", "fr") == [("Het Nieuwsblad", "media")]
    assert kinds("D'après la Gazet van Antwerpen, la grue s'est effondrée.", "fr")[0][1] == "media"
    # one person's age « dans la trentaine » is approximated; a generation's decade is not
    assert own_hedges("Un homme dans la trentaine a été blessé à la jambe.", "fr") == ["la trentaine"]
    assert own_hedges("Des adolescents et de jeunes adultes dans la vingtaine ont été interrogés.",
                      "fr") == []  # control
    # a fire department's initials
    assert kinds("SFD Captain Ana Ruiz said two workers were hurt.", "en")[0][1] == "official"
    assert kinds("SPD Sergeant Ana Ruiz said two workers were hurt.", "en")[0][1] == "police"  # control
    # one brawl, told without its doers; a struggle, a prize fight or a headline verb is not one
    assert event_nouns("A fight broke out outside a pub in Leeds late on Saturday, and two men were taken to "
                       "hospital.", "en") == ["fight"]
    assert event_nouns("Three people were arrested after a brawl at a petrol station on Friday night.", "en") == [
        "brawl"]
    assert event_nouns("The village school has put up a fight to stay open.", "en") == []  # control
    assert event_nouns("Residents won the fight for a new crossing.", "en") == []  # control
    assert event_nouns("The heavyweight fight in Cardiff ended in the fifth round when the referee stepped in.",
                       "en") == []  # control
    assert event_nouns("Hundreds brawl at beach party", "en") == []  # control


def test_round_166_classes(framing_models: None) -> None:
    # a road accident no one is held for: its « drame » dramatises; a driver held for it killed, and it softens
    text = ("Un drame. Un cycliste de 70 ans a été tué après avoir été percuté par un camion à Ancenis. L'accident "
            "s'est produit vers 9 heures.")
    assert euphemisms(text, "fr") == []
    assert [(f.words, f.info.get("category")) for f in analyse(text, "fr").loaded_terms] == [("drame", "dramatising")]
    assert euphemisms("Un drame. Un piéton a été tué après avoir été percuté par une voiture. Le conducteur, ivre, a "
                      "été interpellé après l'accident.", "fr") == ["drame"]  # control
    # people swept off by a wave: the sea took them, no one's accident (a police helicopter searching is no hand)
    assert event_nouns("Un pêcheur a été emporté par une vague sur la digue de Penmarch. Un hélicoptère de la "
                       "gendarmerie survole la zone de l'accident.", "fr") == []
    assert event_nouns("Un piéton a été renversé par une voiture à Brest. Un hélicoptère de la gendarmerie survole "
                       "la zone de l'accident.", "fr") == ["accident"]  # control
    # "Union" in a place's or a company's name is no workers' union
    assert kinds("Union Township Fire Chief Dan Ross said the barn was lost.", "en")[0][1] == "official"
    assert kinds("Union Pacific spokesman Tim Ward said the train was late.", "en")[0][1] == "official"
    assert kinds("Union leader Dan Ross said the strike would go on.", "en")[0][1] == "union"  # control


def test_round_167_classes(framing_models: None) -> None:
    # cars « incendiées » by the flames of the fire the text tells were not set alight: no arson behind the fire
    assert event_nouns("Un incendie s'est déclaré dans un camping de l'Hérault. Douze caravanes ont été touchées par "
                       "les flammes et trois voitures ont été incendiées.", "fr") == []
    assert event_nouns("Un incendie s'est déclaré dans la nuit à Sevran. Trois voitures ont été incendiées.",
                       "fr") == ["incendie"]  # control
    # a ride down a slide is the rider's own, unless the text lays blame for it
    text = "Un garçon de 9 ans a été victime d'un grave accident sur le toboggan de la piscine municipale de Dax."
    assert event_nouns(text, "fr") == []
    assert event_nouns(text + " Ses parents ont déposé plainte.", "fr") == ["grave accident"]  # control
    # a public information officer of a body that is not the police speaks for that body
    assert kinds("The hiker was rescued, said Joe Flannery, public information officer for the Tahoe National "
                 "Forest.", "en") == [("Joe Flannery", "official")]
    assert kinds("The driver was arrested, said Sgt. Ben Guitron, public information officer.", "en") == [
        ("Sgt. Ben Guitron", "police")]  # control


def test_round_168_classes(framing_models: None) -> None:
    # a go-kart crash with no other kart in it nor anyone at fault is the driver's own: no one's act hidden
    text = "A 9-year-old boy was hurt in a go-kart accident at an amusement park in Tampa on Saturday."
    assert event_nouns(text, "en") == []
    assert event_nouns(text + " Another kart had collided with his.", "en") == ["go-kart accident"]  # control
    # "some of it" is a part of one thing, and "some think" tells a view: neither leaves a count unsaid
    assert own_hedges("He drank some of it before the ambulance came.", "en") == []
    assert own_hedges("Some think the fire was set on purpose.", "en") == []
    assert own_hedges("Some of the passengers were hurt.", "en") == ["some"]  # control
    # an undersheriff speaks for the sheriff's office: the police
    assert kinds("The driver was hurt, said Lake County Undersheriff Tom Reed.", "en") == [
        ("Lake County Undersheriff Tom Reed", "police")]
    # « l'agence Anatolie » is the Turkish news agency (Anadolu) as French writes it
    assert kinds("Deux touristes ont été blessés, a rapporté l'agence Anatolie.", "fr") == [
        ("l'agence Anatolie", "media")]
    # an appeal told after a date and a comma, and « inviter » quelqu'un « à ne pas … »: an authority's words
    assert kinds("Le préfet du Var appelle ce samedi 3 août, à la plus grande prudence sur les routes.", "fr") == [
        ("Le préfet du Var", "official")]
    assert kinds("L'ARS invite les personnes qui auraient mangé ces huîtres à consulter un médecin.", "fr") == [
        ("L'ARS", "official")]
    assert kinds("Le maire invite les enfants à la fête de l'école.", "fr") == []  # control


def test_round_169_classes(framing_models: None) -> None:
    # a limb held fast by an escalator or a moving walkway is a machine's mishap, no one's act
    assert event_nouns("A woman lost her foot in a horror accident at a shopping centre in Leeds on Monday after her "
                       "foot got stuck in an escalator.", "en") == []
    assert event_nouns("Un accident d'escalator a fait un blessé à Lille : un enfant a eu la main coincée dans "
                       "l'escalier mécanique.", "fr") == []
    assert event_nouns("Un accident d'escalator a fait trois blessés à Lille : un chariot de courses s'est coincé "
                       "dans l'escalator et sa propriétaire l'a arraché.", "fr") == ["accident"]  # control
    # the ranks of lifeguards and beach rescue services are theirs where no police force is named
    assert kinds("More than 300 people were stung, Surf Life Saving duty officer Tom Hale said.", "en") == [
        ("Surf Life Saving duty officer Tom Hale", "official")]
    assert kinds("Lifeguards pulled the swimmer out of the water. Deputies said the man had been drinking, Captain "
                 "Tom Hale said.", "en") == [("Deputies", "police"), ("Captain Tom Hale", "police")]  # control
    # a harbormaster (one word, as American papers write it) and the SNSM speak for public bodies
    assert kinds("The Chatham Harbormaster says the boat sank near the pier.", "en") == [
        ("The Chatham Harbormaster", "official")]
    assert kinds("« La mer était très forte », souligne Jean Martin de la SNSM.", "fr") == [
        ("Jean Martin de la SNSM", "official")]


def test_round_170_classes(framing_models: None) -> None:
    # « une passerelle » that gave way (its lemma mistaken for « passerell ») is a structure no one brought down
    assert event_nouns("Une passerelle s'est effondrée samedi soir à Nantes. L'accident a fait huit blessés légers.",
                       "fr") == []
    # an explosion put down to a gas leak is no one's act
    text = "Une explosion a soufflé une maison à Liège. L'incident a fait trois blessés."
    assert event_nouns(text + " Selon les premiers éléments, l'explosion serait due à une fuite de gaz.", "fr") == []
    assert event_nouns(text, "fr") == ["incident"]  # control
    # a toll « avancé par » someone is theirs: they are the source, not the toll
    assert kinds("L'explosion a fait six blessés, selon un premier bilan avancé par Marie Dupont.", "fr") == [
        ("Marie Dupont", "named")]
    assert kinds("L'explosion a fait six blessés, selon un premier bilan.", "fr") == [
        ("un premier bilan", "anonymous")]  # control


def test_round_171_classes(framing_models: None) -> None:
    # "coming off" one's own e-scooter is a rider's fall, as "falling off" it: no one's act (a van that hit her is one)
    lead = "Girl dies after scooter crash in Leeds\n\nA 12-year-old girl has died after coming off her e-scooter"
    assert event_nouns(lead + " on a footpath in Leeds on Monday.", "en") == []
    assert event_nouns(lead + " when a van hit her on a footpath in Leeds on Monday.", "en") == [
        "scooter crash"]  # control
    # a crash told again after the driver "lost control" hides no one: his own act is told
    assert event_nouns("A man died in a crash in Novi on Monday after he lost control of his pickup on the ice. "
                       "Officers were sent to the crash at 7am.", "en") == ["crash"]
    assert event_nouns("A man died in a crash in Novi on Monday. Officers were sent to the crash at 7am.", "en") == [
        "crash", "crash"]  # control
    # "unfortunately" in the outlet's voice is a word of regret, no judgement the gold marks
    assert loaded("Unfortunately, the library will stay closed until March.", "en") == []


def test_round_172_classes(framing_models: None) -> None:
    # the first findings gathered on the spot by the police: the police are the source, not an anonymous finding
    text = ("Un motard est mort mardi à Brest. Selon les premiers éléments recueillis sur place par les gendarmes, il "
            "roulait trop vite.")
    assert kinds(text, "fr") == [("les gendarmes", "police")]
    # « réfugié dans une grotte »: someone who took shelter (« se réfugier »), no word of migration
    assert loaded("Réfugié dans une grotte, le randonneur a attendu les secours toute la nuit.", "fr") == []
    assert loaded("Les réfugiés dans le camp de Moria attendent une réponse.", "fr") == ["réfugiés"]  # control
    # « des migrants clandestins »: « les clandestins » is a label of its own, beside « migrants »
    assert loaded("La police a arrêté douze migrants clandestins sur le port.", "fr") == ["migrants", "clandestins"]
    assert loaded("La police a arrêté douze migrants illégaux sur le port.", "fr") == ["migrants illégaux"]  # control
    # a hospital's word for someone's state, and an adjective after its noun, are no passives
    assert passives("Le conducteur de la moto est polytraumatisé et a été héliporté à Rennes.", "fr") == [
        "a été héliporté"]
    text = "L'enquête est menée du chef d'homicide involontaire par manquement délibéré à une obligation de prudence."
    assert passives(text, "fr") == ["est menée"]
    # « par manquement », « par négligence »: how the code says the offence was committed, no one who acts
    assert with_agent(text, "fr") == []
    # "fairgoers", "zoo-goers": whoever went there, witnesses
    assert kinds("Zoogoers told the paper that the tiger had escaped.", "en") == [("Zoogoers", "witness")]
    # "was freed and made her way home": her own act, with its own object, not a second passive sharing "was"
    assert passives("After hours stuck in the mud, she was rescued and made her way home on her own.", "en") == [
        "was rescued"]
    assert passives("The climber was freed and given her medicine.", "en") == ["was freed", "given"]  # control


def test_round_173_classes(framing_models: None) -> None:
    # « ont frôlé la mort »: a death that did not happen, said to dramatise; its « mort » is no event
    text = "Les passagers du car ont frôlé la mort sur l'autoroute A7."
    assert event_nouns(text, "fr") == []
    assert loaded(text, "fr") == ["frôlé la mort"]
    assert event_nouns("Il a vu la mort de son frère sur l'autoroute A7.", "fr") == ["mort"]  # control
    # findings set off by a comma, then given by the police or a newspaper: theirs, no anonymous source
    assert kinds("Selon les premiers éléments de l'enquête, communiqués lors d'une conférence de presse tenue par la "
                 "gendarmerie, le feu est parti du garage.", "fr") == [("la gendarmerie", "police")]
    assert kinds("Selon les premiers éléments de l'enquête, recueillis par France 2 auprès du parquet, il roulait "
                 "vite.", "fr") == [("France 2", "media")]
    # « AGRESSION Le gardien … »: a one-word section label in capitals before the lead, no event the outlet tells
    head = "Un gardien de but frappé à Lens\n\n"
    assert event_nouns(head + "AGRESSION Le gardien a reçu un coup de poing dimanche à Lens.", "fr") == []
    assert event_nouns(head + "Une agression a visé le gardien dimanche à Lens.", "fr") == ["agression"]  # control


def test_round_174_classes(framing_models: None) -> None:
    # a relative clause of causing or performing whose subject is not the relative pronoun: that subject did it
    assert event_nouns("Les habitants s'interrogent sur les accidents que ces chauffards provoquent.", "fr") == []
    assert event_nouns("Residents are angry about the crashes these drivers cause.", "en") == []
    assert event_nouns("Residents are angry about the attacks the gang carried out.", "en") == []
    assert event_nouns("Residents are angry about the attacks that happened.", "en") == ["attacks"]  # control
    # an illness from food is a body that gave out, no one's act
    assert event_nouns("Forty pupils fell ill after lunch at the school canteen. The council was told about the "
                       "incident on Friday.", "en") == []
    assert event_nouns("Quarante élèves sont victimes d'une intoxication alimentaire. La mairie a été informée de "
                       "l'incident vendredi.", "fr") == []
    # police sent somewhere, kept out, or registering a case are at work on no one
    attack = "A guest had a heart attack at the wedding. "
    assert event_nouns(attack + "Officers were sent to the hall. The incident shocked the village.", "en") == []
    assert event_nouns(attack + "Police registered a case. The incident shocked the village.", "en") == []
    assert event_nouns(attack + "The officers were refused entry. The incident shocked the village.", "en") == []
    assert event_nouns("A guest had a heart attack after officers restrained him at the wedding. The incident "
                       "shocked the village.", "en") == ["incident"]  # control
    malaise = "Un invité a fait un malaise au mariage. "
    shocked = " L'incident a choqué le village."
    assert event_nouns(malaise + "Des gendarmes ont été dépêchés sur place." + shocked, "fr") == []
    assert event_nouns(malaise + "Les policiers ont été empêchés d'entrer." + shocked, "fr") == []
    assert event_nouns("Un invité a fait un malaise lors de son interpellation par les policiers. L'incident a choqué "
                       "le village.", "fr") == ["incident"]  # control
    # a bare event noun after a noun of risk or cause is a kind of event, none told
    assert event_nouns("Le maire rappelle que le verglas est une cause fréquente d'accident sur cette route.",
                       "fr") == []
    assert event_nouns("En cas d'accident, les secours interviennent en dix minutes.", "fr") == []
    assert event_nouns("Drivers face a higher risk of collision on this road.", "en") == []
    assert event_nouns("Drivers face a higher risk on this road after the collision.", "en") == ["collision"]  # control


def test_round_175_classes(framing_models: None) -> None:
    # a helicopter that came down is its own pilot's flight, like a light plane's; not one with a crew on duty aboard
    assert event_nouns("A helicopter crashed into a field near the village on Sunday. The pilot died at the scene. "
                       "Police are investigating the crash.", "en") == []
    assert event_nouns("Un hélicoptère s'est écrasé dans un champ dimanche. Le pilote est mort. L'accident fait "
                       "l'objet d'une enquête.", "fr") == []
    assert event_nouns("Un hélicoptère s'est écrasé dimanche avec à son bord deux secouristes. L'accident a fait deux "
                       "morts.", "fr") == ["accident"]  # control
    assert event_nouns("A man was hurt in a crash. He was airlifted by helicopter to hospital.", "en") == [
        "crash"]  # control
    # "trained" is no train; vehicles said to be none, avoided, or denied are no hand in the crash
    plane = "A small plane crashed beside the motorway. "
    assert event_nouns("A small plane crashed at the airfield. Specially trained officers are supporting the "
                       "families. The crash is being investigated.", "en") == []
    assert event_nouns(plane + "No cars were involved in the crash.", "en") == []
    assert event_nouns(plane + "The pilot tried to avoid hitting vehicles before the crash.", "en") == []
    assert event_nouns(plane + "Police do not believe it to be a military vehicle. The crash is being investigated.",
                       "en") == []
    assert event_nouns("A small plane crashed beside the motorway after a lorry hit its wing. The crash is being "
                       "investigated.", "en") == ["crash"]  # control
    # a disappearance told with a boat that sank: lost at sea, no one's act
    assert event_nouns("Disparition de trois marins après le naufrage de leur chalutier au large de Brest.", "fr") == []
    assert event_nouns("Disappearance of two sailors after their yacht capsized in a storm off Cornwall.", "en") == []
    assert event_nouns("Disparition d'une adolescente à Brest : la police lance un appel.", "fr") == [
        "disparition"]  # control


def test_round_176_classes(framing_models: None) -> None:
    # "the 2100 and 2200 blocks of Elm Street": two addresses, no figure
    assert figures("Flames threatened homes in the 2100 and 2200 blocks of Elm Street.", "en") == []
    assert figures("Crews moved 2200 blocks of concrete from the road.", "en") == ["2200"]  # control
    # « d'incendie et de secours »: « et » before a bare complement is the body's own name, one source
    assert kinds("D'après le Service départemental d'incendie et de secours de la Gironde, le feu est fixé.",
                 "fr") == [("le Service départemental d'incendie et de secours", "official")]
    assert kinds("D'après les pompiers et la préfecture, le feu est fixé.", "fr") == [
        ("les pompiers", "official"), ("la préfecture", "official")]  # control
    # a battalion chief is a fire department's rank; an incident controller runs a fire service's response
    assert kinds("“Stay away from the water,” battalion Chief Dana Pike said. The river rose overnight.", "en") == [
        ("battalion Chief Dana Pike", "official")]
    assert kinds("The fire moved fast, CFA Incident Controller Ruth Lane said.", "en") == [
        ("CFA Incident Controller Ruth Lane", "official")]
    # the name before its relative clause, not the last capitalised word of the street it names
    assert kinds("His car was found later, but Mark Olsen, who lives near the corner of Grant Ave. and Elm Rd., not "
                 "far from the bridge, said he heard a crash.", "en") == [
        ("Mark Olsen, who lives near the corner of Grant Ave. and Elm Rd.", "witness")]


def test_round_177_classes(framing_models: None) -> None:
    # "lanes one and two": the lanes' names, no figures
    assert figures("The motorway was closed and lanes one and two will be resurfaced.", "en") == []
    assert figures("Two lanes were closed after the crash and one lane reopened.", "en") == ["2", "1"]  # control
    # « s'est éventré et étendu »: the second participle shares the pronominal « s'est » of the first
    assert passives("Lors du renversement du camion, le toit de la remorque s'est complètement éventré et étendu au "
                    "sol.", "fr") == []
    assert passives("Le manifestant a été interpellé et placé en garde à vue.", "fr") == [
        "a été interpellé", "placé"]  # control
    # "partially submerged", "becoming submerged": how deep in the water, a state
    assert passives("Two boys were partially submerged in the icy pond.", "en") == []
    assert passives("A woman escaped from her car as it was becoming submerged in the river.", "en") == []
    assert passives("The boy was submerged for half an hour.", "en") == ["was submerged"]  # control


def test_round_178_classes(framing_models: None) -> None:
    # « lors d'une intervention » in a sentence whose subject is a worker: the job he was doing, its doer told
    assert event_nouns("Un salarié d'Enedis meurt électrocuté lors d'une intervention à Quimper", "fr") == []
    assert event_nouns("Un technicien meurt électrocuté au cours d'une intervention sur une ligne à Morlaix",
                       "fr") == []
    assert event_nouns("Un adolescent meurt lors d'une intervention à Quimper", "fr") == ["intervention"]  # control
    # "injuries suffered", "injuries sustained": the harm the victim took, no act done to it
    assert passives("Child dies from injuries suffered at trampoline park", "en") == []
    assert passives("Woman dies of injuries sustained in fall at Lakeside Mall", "en") == []
    assert passives("Child hit by car at Altitude Trampoline Park in Gaston", "en") == ["hit"]  # control
    assert with_agent("The injuries suffered by the students were described as minor.", "en") == [
        ("suffered", "the students")]  # control


def test_round_179_classes(framing_models: None) -> None:
    # « les gardes-côtes », a service of the state; its investigator speaks for it (not for the police)
    assert kinds("Douze migrants ont été secourus au large de Lampedusa, selon les gardes-côtes italiens.", "fr") == [
        ("les gardes-côtes italiens", "official")]
    assert kinds("« Le moteur a lâché », a expliqué Anna Berg, enquêtrice principale des garde-côtes.", "fr") == [
        ("Anna Berg", "official")]
    assert kinds("« Le moteur a lâché », a expliqué Anna Berg, enquêtrice principale de la gendarmerie.", "fr") == [
        ("Anna Berg", "police")]  # control
    # « BFM-TV », « France 3 région »: a channel, whether the model splits its name at the hyphen or its region is
    # written in lower case
    assert ("BFM-TV", "media") in kinds("Le suspect a été interpellé à Lille, selon BFM-TV.", "fr")
    assert kinds("Le pont restera fermé jusqu'à lundi, rapporte France 3 région.", "fr") == [
        ("France 3 région", "media")]
    assert kinds("Trois patients ont été transférés, selon l'AP-HP.", "fr") == [("l'AP-HP", "official")]  # control
    # « les 2 Alpes », « des 4 Chemins »: a place's name, no count (but « les 3 Français »: people counted)
    assert figures("La route des 2 Alpes est coupée et 40 skieurs sont bloqués.", "fr") == ["40"]
    assert figures("Un incendie s'est déclaré au centre commercial des 4 Chemins.", "fr") == []
    assert figures("Parmi les blessés, les 3 Français ont été rapatriés.", "fr") == ["3"]  # control
    # engineers and transit agencies speak for the body they work for; passengers "on-board" are aboard
    assert kinds("Engineers believe the bridge can reopen on Friday.", "en") == [("Engineers", "official")]
    assert kinds("Metro Transit said the bus was empty when it caught fire.", "en") == [("Metro Transit", "official")]
    assert kinds("Passengers on-board said the train shook violently.", "en") == [("Passengers on-board", "witness")]
    # a British quotation over several paragraphs, each opened again with a single mark and closed only at the end
    quoted = ("The car was found in the river on Monday.\n\n‘We were lucky,’ he said.\n\n"
              "‘The doors were locked and the windows were jammed. Nobody could open them.\n\n"
              "‘Then I was pulled out.’\n\nThe car was recovered on Tuesday.")
    assert own(analyse(quoted, "en").agentless_passives) == ["was found", "was recovered"]
    assert "were locked" in passives(quoted, "en")  # control: still found, as the speaker's words
    # "his sinking car", « mis en difficulté »: an adjective or a noun between the participle and its agent
    assert with_agent("A pensioner was pulled from his sinking car by two firefighters.", "en") == [
        ("was pulled", "two firefighters")]
    assert with_agent("Le voilier a été mis en difficulté par la tempête.", "fr") == [("a été mis", "la tempête")]
    assert with_agent("Il a été blessé en tombant, puis secouru par un voisin.", "fr") == [
        ("secouru", "un voisin")]  # control: « en » before a gerund still ends the clause


def test_round_180_classes(framing_models: None) -> None:
    # « selon la même source »: the last voice cited before it, skipping only the outlets that relayed it
    assert kinds("Le car a quitté la route, a appris l'AFP de sources concordantes. « Le chauffeur a eu un malaise », "
                 "a indiqué la préfecture à l'AFP. Dix enfants ont été blessés, selon la même source.", "fr")[-1] == (
        "la même source", "official")
    assert kinds("Le car a quitté la route, selon une source policière citée par BFMTV. Dix enfants ont été blessés, "
                 "selon la même source.", "fr")[-1] == ("la même source", "anonymous")  # control
    # « entouré du commandant de gendarmerie »: those around the speaker are not who speaks
    assert kinds("Le maire, Paul Lenoir, accompagné du commandant de la brigade de gendarmerie, a précisé que la route "
                 "resterait fermée.", "fr")[0][1] == "official"
    # « a confirmé à Europe1 Marie Durand »: the outlet told is not the speaker's title
    assert kinds("« Le parc a été évacué », a confirmé à France2 Anne Marie Lopez, directrice de l'office de "
                 "tourisme.", "fr") == [("Anne Marie Lopez", "official")]
    # « dont trois étrangers, a indiqué le ministère »: those counted among the hurt do not speak
    assert kinds("Onze personnes ont été blessées, dont deux enfants, a précisé dans la matinée la préfecture.",
                 "fr") == [("la préfecture", "official")]
    # "responded to the lift for a “deropement”": a term in quotation marks is no one's answer
    assert kinds("Firefighters responded to the quarry for a “rope rescue” on Sunday.", "en") == []
    assert kinds("The company responded: “We are looking into it,” a spokesman said.", "en")[0] == (
        "The company", "official")  # control
    # « par les airs », « par la route », « par voie maritime »: which way, not who acts
    assert with_agent("Les randonneurs ont été évacués par les airs vers Chamonix.", "fr") == []
    assert with_agent("Le blessé a été transporté par la route vers l'hôpital de Gap.", "fr") == []
    assert with_agent("Le blessé a été transporté par les pompiers vers l'hôpital de Gap.", "fr") == [
        ("a été transporté", "les pompiers")]  # control
    # « il y a neuf blessés », « neuf cas graves »: counts, not the adjective "new"
    assert figures("Selon la préfecture, il y a neuf blessés.", "fr") == ["9"]
    assert figures("Les médecins ont recensé neuf cas graves.", "fr") == ["9"]
    assert figures("Le télésiège était neuf.", "fr") == []  # control
    # "'I heard a crash,' Whitfield said": a named person telling what they saw or heard is a witness
    assert kinds("“I heard a crash and saw the lift stop,” Dana Whitfield said.", "en") == [
        ("Dana Whitfield", "witness")]
    assert kinds("“We will reopen the lift on Friday,” Dana Whitfield said.", "en") == [
        ("Dana Whitfield", "named")]  # control


def test_round_181_classes(framing_models: None) -> None:
    # « est à l'origine d'un accident et du décès d'une enfant »: the cause told for both joined nouns
    assert event_nouns("Un chevreuil est à l'origine d'une collision et de la mort d'un motard.", "fr") == []
    # "EMS Sgt. Abigail Haas": a rank of the ambulance service, no police officer
    assert kinds("\"Two of them were stung in the face,\" said Kent County EMS Sgt. Dana Moss.", "en") == [
        ("Kent County EMS Sgt. Dana Moss", "official")]
    assert kinds("\"Two of them were stung in the face,\" said Kent County Police Sgt. Dana Moss.", "en") == [
        ("Kent County Police Sgt. Dana Moss", "police")]  # control
    # "it was a “miracle” no one was hurt": the parser gives the passive two subjects, "no one" denies it
    assert passives("Deputy Fire Chief Rob Ellis tells KXJB Radio it was a “miracle” no one was hurt.", "en") == []
    assert passives("Deputy Fire Chief Rob Ellis tells KXJB Radio it was a “miracle” only two people were hurt.",
                    "en") == ["were hurt"]  # control
    # « Violente embardée sur l'autoroute 40 »: the noun, no participle
    assert passives("Violente embardée sur l'autoroute 40 : un camionneur blessé", "fr") == ["blessé"]
    # "Hornets Sting Five Hikers, Two Hospitalized", then "Three were stung": counts of people
    assert figures("Hornets Sting Five Hikers, Two Hospitalized", "en") == ["5", "2"]
    assert figures("Hornets Sting Six Hikers\n\nThree were stung as many as 40 times.", "en") == ["6", "3", "40"]


def test_round_182_classes(framing_models: None) -> None:
    # « Mort d'un ouvrier : l'absence de garde-corps en cause »: the headline names what is to blame
    assert event_nouns("Mort d'un ouvrier à Vierzon : l'absence de garde-corps en cause", "fr") == []
    assert event_nouns("Mort d'un ouvrier à Vierzon : le conducteur de la grue mis en cause", "fr") == [
        "mort"]  # control: someone accused, the death stays the hidden act
    # "she wore flip-flops": the compound is another word than « flop »; a prefix keeps the word
    assert [f.words for f in analyse("He went out in flip-flops to walk the dog.", "en").loaded_terms] == []
    assert [f.words for f in analyse("The film was a flop at the box office.", "en").loaded_terms] == [
        "flop"]  # control
    # "the San Diego Union-Tribune": a newspaper, no workers' union; « selon Le Dauphine » without its accent
    assert kinds("The two men were 52 and 60, the San Diego Union-Tribune reported.", "en") == [
        ("the San Diego Union-Tribune", "media")]
    assert kinds("Selon Le Dauphine, le randonneur a glissé sur une plaque de neige.", "fr") == [
        ("Le Dauphine", "media")]
    # "GCSO said" after "the Gallatin County Sheriff's Office": a sheriff's initials
    assert kinds("A release from the Teton County Sheriff's Office said the climber slipped near the summit. Rescue "
                 "teams reached him at night. TCSO said a helicopter took him to hospital.", "en")[-1] == (
        "TCSO", "police")
    # « un autre est salarié de l'entreprise »: a status, no passive
    assert passives("Deux blessés sont des sous-traitants, le troisième est salarié de la coopérative.", "fr") == []
    # « ne » alone denies (« mais qu'elles n'ont été appliquées »), and so does « aucun » far before it; an
    # expletive « ne » (« avant qu'il ne soit transféré ») and a restriction (« n'a été … qu'à ») do not
    assert passives("Les consignes existaient, mais elles n'ont été respectées par personne sur le chantier.",
                    "fr") == []
    assert passives("Aucun détail sur l'identité du conducteur de la camionnette n'a été communiqué.", "fr") == []
    assert passives("Il a été soigné sur place avant qu'il ne soit transféré à Rennes.", "fr") == [
        "a été soigné", "soit transféré"]  # control
    assert passives("Le feu n'a été éteint qu'à l'aube.", "fr") == ["a été éteint"]  # control
    assert passives("Rien ne dit que les blessés seront transférés à Rennes.", "fr") == [
        "seront transférés"]  # control: « ne » denies « dit »
    assert with_agent("Le grimpeur bloqué à Môtiers (NE) a été secouru par les pompiers.", "fr") == [
        ("a été secouru", "les pompiers")]  # control: « NE », the canton


def test_round_183_classes(framing_models: None) -> None:
    # "Death of man crushed by falling tree 'could not be avoided'": a ruling that no one could have prevented it
    assert event_nouns("Death of farm worker 'could not have been prevented', inquiry finds", "en") == []
    assert event_nouns("Death of farm worker 'could have been prevented', inquiry finds", "en") == [
        "death"]  # control
    assert event_nouns("Le décès du bûcheron n'aurait pas pu être évité, conclut l'inspection du travail.",
                       "fr") == []  # (the parser makes « pu » the verb, « évité » its complement)
    # "5 Hurt In Escalator Accident", "an accident involving a riding lawn mower": the machine's mishap
    assert event_nouns("Three hurt in escalator accident at downtown mall", "en") == []
    assert event_nouns("A girl was hurt in an accident involving a ride-on mower at her home.", "en") == []
    assert event_nouns("A girl was hurt in an accident involving a pickup at her home.", "en") == [
        "accident"]  # control
    # « étranglé par son écharpe », "strangled by his scarf": a thing, no one who acts
    assert with_agent("Un homme est mort étranglé par son foulard pris dans un tapis roulant.", "fr") == []
    assert with_agent("A man was strangled by his scarf on a moving walkway.", "en") == []
    # "Sheriff Gregor Murray" at Forfar Sheriff Court: in Scotland a sheriff is a judge
    assert kinds("Sheriff Ann Ross said the fall could not have been foreseen. The fatal accident inquiry heard from "
                 "the site manager.", "en")[0] == ("Sheriff Ann Ross", "justice")
    assert kinds("Sheriff Ann Ross said the hiker could not have been found earlier.", "en") == [
        ("Sheriff Ann Ross", "police")]  # control: an American sheriff
    # "throwing its passengers into a panic", "sparking a panic": what the people in the event felt
    assert [f.words for f in analyse("The lift dropped two floors, throwing the passengers into a panic.",
                                     "en").loaded_terms] == []
    assert [f.words for f in analyse("A man shouted, sparking a panic near the stage.", "en").loaded_terms] == []
    assert [f.words for f in analyse("Bank shares fell as panic gripped the markets.", "en").loaded_terms] == [
        "panic"]  # control
    # « trop tard pour neutraliser le poison »: a poison countered, no one harmed
    assert [f.words for f in analyse("Le médecin a injecté un antidote pour neutraliser le venin du serpent.",
                                     "fr").loaded_terms] == []
    assert [f.words for f in analyse("Le forcené a été neutralisé par les gendarmes.", "fr").loaded_terms] == [
        "neutralisé"]  # control


def test_round_184_classes(framing_models: None) -> None:
    # « écrasé par son propre camion »: a man hurt by his own vehicle, no one's act
    assert event_nouns("Un accident tragique s'est produit ce matin à Lannion. Un livreur est mort écrasé par son "
                       "propre camion.", "fr") == []
    assert event_nouns("Un accident tragique s'est produit ce matin à Lannion. Un livreur est mort écrasé par son "
                       "propre camion, percuté par une voiture.", "fr") == ["accident tragique"]  # control
    # « Décès sur la via ferrata de la Bastille »: a death in the sport one was doing
    assert event_nouns("Décès en canyoning dans le Vercors : la préfecture rappelle les consignes", "fr") == []
    assert event_nouns("Décès sur la nationale 7 : la préfecture rappelle les consignes", "fr") == [
        "décès"]  # control
    # « la thèse de l'accident personnel »: the victim's own mishap
    assert event_nouns("Les enquêteurs privilégient la piste d'un accident personnel.", "fr") == []
    # "the Alta Marshal's Office": a town's police ("fire marshal" stays official)
    assert kinds("The Brighton Marshal's Office said the skier was found under the snow.", "en") == [
        ("The Brighton Marshal's Office", "police")]
    assert kinds("The Brighton Fire Marshal said the blaze was accidental.", "en") == [
        ("The Brighton Fire Marshal", "official")]  # control
    # « un appel au 112 a été passé »: the emergency line called, no count
    assert figures("Un appel au 112 a été lancé vers 22 heures par deux randonneurs.", "fr") == ["2"]
    assert figures("Les syndicats appellent à la grève jusqu'au 18 et 300 vols sont annulés.", "fr") == [
        "18", "300"]  # control


def test_round_185_classes(framing_models: None) -> None:
    # "killed after he crashed the vehicle … The crash happened": the crash told with its driver before
    assert event_nouns("A teenager was killed after he crashed his quad bike, police said. The crash happened near "
                       "the farm.", "en") == []
    assert event_nouns("A teenager was killed when a quad bike overturned, police said. The crash happened near the "
                       "farm.", "en") == ["crash"]  # control
    # « un homme s'est tué à ski » kills no one: « le drame » dramatises
    assert euphemisms("Le drame s'est produit samedi. Un homme de 41 ans s'est tué en ski de randonnée.", "fr") == []
    assert euphemisms("Le drame s'est produit samedi. Un homme de 41 ans a tué sa compagne.", "fr") == [
        "drame"]  # control
    # « sans drame »: the catastrophe that did not happen
    assert loaded("Le sauvetage s'est terminé sans drame au petit matin.", "fr") == []
    # "hit by the SUV", "by bin lorry", "by the front of the train": a vehicle, not a doer
    assert with_agent("The cyclists were riding west when they were hit at a junction by the northbound SUV.",
                      "en") == []
    assert with_agent("The cyclist was hit by the front of the train.", "en") == []
    assert with_agent("She was pronounced dead by St John Ambulance.", "en") == [
        ("was pronounced", "st john ambulance")]  # control
    assert passives("Deux enfants ont été projetés contre un mur par le parachute.", "fr") == ["ont été projetés"]
    # « assisté de son copilote », « a assisté à la scène »: a verb, no label of people on welfare
    assert loaded("La voiture, conduite par Marc Dubois, assisté de Luc Pernet, est sortie de la route.", "fr") == []
    # "the owner of the paintball centre said": a business speaks; "the dog's owner" is a person
    assert kinds("The owner of the paintball centre said the field would stay shut.", "en") == [
        ("The owner of the paintball centre", "official")]
    assert kinds("The dog's owner, Mark Reed, said it had never bitten anyone.", "en") == [
        ("The dog's owner, Mark Reed", "witness")]  # control
    assert kinds("Tom Hale, the owner of a bakery, said the blast came from a nearby shop.", "en") == [
        ("Tom Hale", "witness")]  # control
    assert kinds("\"We are heartbroken,\" said Ann Lee, managing partner of the firm that runs the track.", "en") == [
        ("Ann Lee", "official")]
    # « selon Vendée-Matin », "the Star-Tribune reported": a newspaper's title
    assert kinds("Deux maisons ont brûlé, selon Vendée-Matin.", "fr") == [("Vendée-Matin", "media")]
    # « devront être confirmées par l'enquête »: a check still to come, no one cited
    assert kinds("Les causes de l'incendie devront être confirmées par les experts.", "fr") == []
    assert kinds("Les causes de l'incendie ont été confirmées par les experts.", "fr") == [
        ("les experts", "expert")]  # control
    # « jusqu'à 2 ou 300 mètres »: two or three hundred
    assert figures("Des débris ont été projetés jusqu'à 2 ou 300 mètres.", "fr") == ["200", "300"]
    # "a two-wheeler", "an 18-wheeler": a kind of vehicle, no count
    assert figures("An 18-wheeler hit a two-wheeler and 3 people were hurt.", "en") == ["3"]
    # "is hooked onto", "was strapped into": how a thing is held, a state
    assert passives("The cart is hooked onto a tractor that stays by the track.", "en") == []


def test_round_186_classes(framing_models: None) -> None:
    # « saisies lors d'une perquisition … l'enquête des gendarmes »: a search only the police make, and they are named
    assert event_nouns("Des armes ont été saisies lors d'une perquisition. Les gendarmes ont interpellé deux hommes.",
                       "fr") == []
    assert event_nouns("Des armes ont été saisies lors d'une perquisition dans un garage.", "fr") == [
        "perquisition"]  # control
    # « un incident chimique », « un accident mécanique »: a thing that failed
    assert event_nouns("Un incident chimique s'est produit dans la piscine municipale.", "fr") == []
    # « une collision avec un platane », "a crash into a tree": one vehicle, no other hand
    assert event_nouns("Un jeune conducteur est mort après une collision avec un platane.", "fr") == []
    assert event_nouns("A driver died in a crash into a tree on Route 9.", "en") == []
    assert event_nouns("Un jeune conducteur est mort après une collision avec une camionnette.", "fr") == [
        "collision"]  # control
    # « son frère … avant de percuter un mur. Il est mort dans la collision »: the driver told before
    assert event_nouns("Son frère a pris la fuite avant de percuter un bus. Il est mort dans la collision.", "fr") == []
    # "negligence resulting in death": the name of an offence, its doer the one charged
    assert event_nouns("The owner is under investigation for gross negligence resulting in death.", "en") == []
    # "the boy was found trapped": the state he was found in
    assert passives("Rescuers arrived after the boy was found pinned under a log.", "en") == ["was found"]
    # "Lake County Central Dispatch": an emergency call centre, no newspaper
    assert kinds("The call came in at 9 p.m., according to Lake County Central Dispatch.", "en") == [
        ("Lake County Central Dispatch", "official")]
    assert kinds("The call came in at 9 p.m., according to the Columbus Dispatch.", "en") == [
        ("the Columbus Dispatch", "media")]  # control
    # « explique Paul Renard, bourgmestre de la ville de Huy »: a title the small model reads as an adverb
    assert kinds("\"C'est une erreur de livraison\", explique Paul Renard, bourgmestre de la ville de Huy.", "fr") == [
        ("Paul Renard", "official")]
    # « poursuivi pour vol et mise en danger d'autrui »: the offence's name
    assert passives("Il sera jugé pour vol et mise en danger de la vie d'autrui.", "fr") == ["sera jugé"]


def test_round_187_classes(framing_models: None) -> None:
    # "after a sled accident", "a ski accident": the sport's own mishap, named by its gear
    assert event_nouns("A girl of nine was hurt in a sled accident on Sunday.", "en") == []
    assert event_nouns("A girl of nine was hurt in a bus accident on Sunday.", "en") == ["bus accident"]  # control
    # "trampled by a 'dangerously out of control' bull": the bull, past the words quoted
    assert with_agent("A farmer was trampled by a \"completely out of control\" bull on Friday.", "en") == [
        ("was trampled", "bull")]
    # "floored by the stampede": an act that hides who acted
    assert with_agent("The walker was knocked down by a stampede before a cow charged him.", "en") == []
    # "was coated with snow": what lay on a thing
    assert passives("The car park was covered with ice on Monday morning.", "en") == []
    assert passives("The car park had been covered with grit.", "en") == ["had been covered"]  # control
    # "according to the LASD": Los Angeles County's sheriffs, police
    assert kinds("The boy was flown to hospital, according to the LASD.", "en") == [("the LASD", "police")]
    # « un pré occupé par des chevaux », "a flat occupied by a family": who uses a place, a state
    assert with_agent("Le feu a pris dans une grange occupée par des moutons.", "fr") == []
    assert with_agent("The cottage occupied by a retired couple was destroyed.", "en") == []
    assert with_agent("L'usine occupée par des grévistes a été évacuée.", "fr") == [
        ("occupée", "des grévistes")]  # control
    assert with_agent("Ce squat, une maison vide, était occupé par trois familles.", "fr") == [
        ("était occupé", "trois familles")]  # control
    # « l'eau glacée d'un lac »: a state of the water
    assert passives("Deux promeneurs tombent dans l'eau glacée d'un étang", "fr") == []


def test_term_indexes_are_built_once(framing_models: None) -> None:
    # every lexicon list is tokenised once per language, not again for each text (the cache had room for eight of
    # the twelve lists a French text uses, and rebuilt them on most calls)
    texts = [("Des heurts ont éclaté près de la gare, selon la préfecture.", "fr"),
             ("Police said clashes broke out near the station.", "en")]
    for text, language in texts:
        analyse(text, language)
    misses = features._term_index.cache_info().misses
    for text, language in texts * 2:
        analyse(text, language)
    assert features._term_index.cache_info().misses == misses
