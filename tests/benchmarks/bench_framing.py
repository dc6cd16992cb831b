"""Benchmark: analysing a pair of ~300-word news texts (French and English), cold and warm.

Run: python tests/benchmarks/bench_framing.py
Cold = a fresh Python process that imports Antenne, loads the spaCy model and compares the pair.
Warm = the same comparison again in a process where the model is loaded. The reference is what a user
would otherwise run in one go: the bare spaCy pipeline over the same two texts (parse only, no framing).
The texts are generated at run time from fictional sentence templates (nothing is committed).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SENTENCES = {
    "fr": [
        "Un homme a été blessé {day} soir près de la gare de {town}.",
        "Selon la préfecture, l'incendie aurait détruit {n} hectares de forêt.",
        "« Nous allons reconstruire la salle », a déclaré la maire de {town}.",
        "Environ {n} manifestants ont défilé dans le centre-ville de {town}.",
        "Un riverain prétend que le bruit dure toute la nuit.",
        "Le conseil municipal a voté un budget de {n} millions d'euros.",
        "Des casseurs ont dégradé plusieurs vitrines rue Pasteur.",
        "La piscine municipale a été fermée sans explication.",
        "Les loyers ont augmenté de {n} % en trois ans, selon l'observatoire.",
        "Une source proche du dossier affirme que la décision est déjà prise.",
        "Les élèves du collège ont planté un potager derrière l'école.",
        "Le directeur de l'usine reconnaît des retards dans les paiements.",
    ],
    "en": [
        "A man was injured on {day} night near {town} station.",
        "According to the fire service, the blaze reportedly destroyed {n} hectares of forest.",
        "\"We will rebuild the hall,\" the mayor of {town} said.",
        "Around {n} protesters marched through the centre of {town}.",
        "A resident claimed that the noise goes on all night.",
        "The town council approved a budget of {n} million euros.",
        "Rioters smashed several shop windows on Pasteur Street.",
        "The town pool has been closed without explanation.",
        "Rents have risen by {n} per cent in three years, according to the observatory.",
        "A source close to the case said the decision had already been made.",
        "The pupils planted a vegetable garden behind the school.",
        "The factory manager admitted that payments were late.",
    ],
}
DAYS = {"fr": ["lundi", "mardi", "jeudi"], "en": ["Monday", "Tuesday", "Thursday"]}
TOWNS = ["Valbourg", "Saint-Aubin", "Millbrook", "Lorvennes"]


def make_text(language: str, seed: int, words: int = 300) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    while sum(len(s.split()) for s in out) < words:
        out.append(rng.choice(SENTENCES[language]).format(day=rng.choice(DAYS[language]), town=rng.choice(TOWNS),
                                                          n=rng.randint(2, 900)))
    return " ".join(out)


COLD = """
import sys, time
t0 = time.perf_counter()
from studio.framing import compare
a = open(sys.argv[1], encoding="utf-8").read(); b = open(sys.argv[2], encoding="utf-8").read()
compare(a, b, sys.argv[3])
print(time.perf_counter() - t0)
"""


def main() -> None:
    from studio.framing import compare
    from studio.framing.nlp import pipeline

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("fr", "en"):
            a, b = make_text(language, 1), make_text(language, 2)
            pa, pb = Path(tmp) / f"a.{language}.txt", Path(tmp) / f"b.{language}.txt"
            pa.write_text(a, encoding="utf-8")
            pb.write_text(b, encoding="utf-8")
            wall0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-c", COLD, str(pa), str(pb), language], capture_output=True,
                                  text=True, cwd=ROOT, check=True)
            cold_wall = time.perf_counter() - wall0
            cold_inside = float(proc.stdout.strip().splitlines()[-1])
            compare(a, b, language)  # load in this process
            warm = []
            for _ in range(5):
                t = time.perf_counter()
                compare(a, b, language)
                warm.append(time.perf_counter() - t)
            nlp = pipeline(language)
            bare = []
            for _ in range(5):
                t = time.perf_counter()
                nlp(a)
                nlp(b)
                bare.append(time.perf_counter() - t)
            r = {
                "words": [len(a.split()), len(b.split())],
                "cold_process_s": round(cold_wall, 2),
                "cold_in_process_s": round(cold_inside, 2),
                "warm_median_s": round(statistics.median(warm), 3),
                "bare_spacy_parse_median_s": round(statistics.median(bare), 3),
            }
            r["warm_over_bare_spacy"] = round(r["warm_median_s"] / r["bare_spacy_parse_median_s"], 2)
            r["cold_over_warm"] = round(r["cold_process_s"] / r["warm_median_s"], 1)
            results[language] = r
            print(f"{language}: {r['words'][0]}+{r['words'][1]} words | cold {r['cold_process_s']} s "
                  f"(in process {r['cold_in_process_s']} s) | warm {r['warm_median_s']} s | bare spaCy parse "
                  f"{r['bare_spacy_parse_median_s']} s | warm/bare x{r['warm_over_bare_spacy']} | "
                  f"cold/warm x{r['cold_over_warm']}")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
