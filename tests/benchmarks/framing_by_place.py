"""Where in a story the framing analyser's claims are right, on news no rule had seen.

Run: python tests/benchmarks/framing_by_place.py [ROUND ...]
For each round from the fifteenth on, the code of that round's last commit (the one that set the held-out
floors) is checked out into a temporary git worktree and run on that round's own held-out split, as it stood
then: every claim is scored against the gold and placed in the story (the headline, the top — the lead
paragraph under the headline —, or further down, as `studio.framing.features.story` cuts it). The table gives
precision per category and place, pooled over the rounds. This is how round 24 chose to claim bare participles
and event nouns only where they were right on unseen news (tests/data/framing-real/RESULTS.md). It needs the
git history (a full clone) and takes a few minutes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from studio.framing.features import story  # noqa: E402

#: The round whose held-out split is measured, and the commit that set its floors (its final code).
ROUNDS = {15: "aa1d98f", 16: "692c4c7", 17: "8941318", 18: "0444e5c", 19: "5f6610e", 20: "85487ee",
          21: "8abac4a", 22: "aed1298", 23: "6f31921", 24: "cf182e3",
          25: "241371f", 26: "3adc0a3", 27: "3b3ec51", 28: "a81f8e7", 29: "975ca15",
          30: "a2defd0", 31: "7878c96", 32: "3ce5af5", 33: "8dc6065", 34: "48dc553", 35: "97437c8", 36: "e514efb",
          37: "5c141b8", 38: "c963358", 39: "6f0819c", 40: "d593c11", 41: "89f6973", 42: "ab21738", 43: "c932643", 44: "c56314c", 45: "74bd452",
          46: "c01419b", 47: "44acba5", 48: "b9b8295", 49: "95c09ce",
          50: "d4ffff5", 51: "09c4f42", 52: "f7996f3", 53: "d12aa20", 54: "8b3abaf", 55: "71a9107", 56: "1a9ee3a",
          57: "d9785e9", 58: "8d0e706", 59: "c4832f3", 60: "ea290d3", 61: "ef50e61",
          62: "96e08db", 63: "e503d5d", 64: "0911830", 65: "3ad1b11", 66: "d30a97e", 67: "64960bc", 68: "b90ee1a", 69: "b1dea2c",
          70: "f7bef58", 71: "fccfc17", 72: "925973b",
          73: "c170136", 74: "b3efa12", 75: "19d06ce", 76: "a23b087", 77: "66606d2", 78: "3d5637e", 79: "c9a0c0a",
          80: "096de25", 81: "6b2320b", 82: "5a4d7fc", 83: "7f65b3d", 84: "7be545e", 85: "7393e01", 86: "4b2f28f", 87: "7c57baf", 88: "1dbcf7d", 89: "26cc20c", 90: "bf27ea9", 91: "f137d65", 92: "408b794", 93: "783f5bb", 94: "0ced521", 95: "ac050a4", 96: "dee984c", 97: "59411f0", 98: "2893eaf", 99: "49e82da", 100: "786d94a", 101: "c1b0446", 102: "46ad936", 103: "3698987", 104: "2437c76", 105: "11fd194",
          106: "e88b8a0", 107: "2ce7ace", 108: "434a66b", 109: "9f5d675", 110: "032f311", 111: "44808b6", 112: "39e7970", 113: "fc660a9", 114: "71e671f", 115: "21e9719", 116: "75078a5", 117: "0c91af9", 118: "632d90a", 119: "3dad706", 120: "9cd2455", 121: "e590a45", 122: "84aab10", 123: "3328a86", 124: "019508c", 125: "62ba405", 126: "3071703", 127: "a1bbf9a", 128: "b7d8894", 129: "b55456a", 130: "abfd8de", 131: "66a9eda", 132: "83f1dc8", 133: "b348d55", 134: "90e1c4e", 135: "bc1194f", 136: "0830ad4", 137: "7a9b132", 138: "e01a7d9", 139: "8fdcd1c", 140: "acab4ac", 141: "daa5683", 142: "28e8574", 143: "5187622", 144: "7d95ae4", 145: "ddc0c05", 146: "5cf1aff", 147: "9c987f4", 148: "cd5b50a", 149: "828d492", 150: "d9d8629", 151: "f0510bd", 152: "ed407b3", 153: "edf3026", 154: "c534678", 155: "0ea84e7", 156: "5662bc1", 157: "162e48b", 158: "ec58d01", 159: "3332257", 160: "276cd4a", 161: "8debe55", 162: "1fcb002", 163: "99c81e8", 164: "196e294", 165: "9e90421", 166: "a27a2fc", 167: "ceb8f2f", 168: "a49fc43", 169: "9ba0f01", 170: "ba2ed08", 171: "9b2c72f", 172: "9734e05", 173: "eeedbb1",
          174: "3b81a4b", 175: "bd1d0a8", 176: "b42ace5", 177: "d5fde4a", 178: "9d94cc0", 179: "c0dc0b8", 180: "70e2760", 181: "58af77a", 182: "454345f", 183: "511eebe", 184: "3907efe", 185: "00395f9", 186: "d34d32d", 187: "eee4939"}

#: Run inside the old worktree: its own analyser and scoring, on its own held-out split.
DUMP = r"""
import inspect, json, sys
sys.path.insert(0, ".")
from studio.framing import analyse
from tests import framing_corpus as fc
# (the scorer of each round as it stood then: matching a passive by its verb group came in a later round)
groups = "verb_groups" in inspect.signature(fc._pair_up).parameters
rows = []
for lang in ("fr", "en"):
    for pair, version in fc.versions("heldout", lang):
        a = analyse(version["text"], lang)
        pred = fc.predicted(a)
        own = lambda xs: [f for f in xs if not f.info.get("quoted")]
        found = {"passive": own(a.agentless_passives), "passive_agent": own(a.passives_with_agent),
                 "event_noun": list(a.nominalisations)}
        for cat, fl in found.items():
            kw = {"verb_groups": cat in ("passive", "passive_agent")} if groups else {}
            _m, extra, _missed = fc._pair_up(version["gold"].get(cat, []), pred[cat], **kw)
            for f, p in zip(fl, pred[cat]):
                ok = p not in extra
                if not ok:
                    extra.remove(p)
                rows.append([lang, cat, ok, f.start, version["text"], bool(f.info.get("reduced"))])
print(json.dumps(rows))
"""


def claims(commit: str) -> list[list]:
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp) / "wt"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(where), commit], check=True)
        try:
            out = subprocess.run([sys.executable, "-c", DUMP], cwd=where, capture_output=True, text=True, check=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(where)], check=True)
    return json.loads(out.stdout)


def place(start: int, text: str) -> str:
    s = story(text)
    return "headline" if start < s.headline_end else "top" if start < s.top_end else "further down"


def main(rounds: list[int]) -> None:
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in rounds:
        for lang, cat, ok, start, text, reduced in claims(ROUNDS[r]):
            if cat == "passive":
                cat = "passive, bare participle" if reduced else "passive, with its auxiliary"
            c = counts[(lang, cat, place(start, text))]
            c[0] += ok
            c[1] += 1
    print(f"claims of each round's code on its own held-out split, rounds {rounds[0]} to {rounds[-1]}")
    print("| language | category | headline | top | further down |")
    print("|---|---|---|---|---|")
    for lang in ("fr", "en"):
        for cat in ("passive, bare participle", "passive, with its auxiliary", "passive_agent", "event_noun"):
            cells = []
            for where in ("headline", "top", "further down"):
                right, n = counts[(lang, cat, where)]
                cells.append(f"{right / n:.2f} ({right}/{n})" if n else "-")
            print(f"| {lang} | {cat} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sorted(int(a) for a in sys.argv[1:]) or sorted(ROUNDS))
