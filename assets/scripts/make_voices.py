"""Make the demo workshop's sample voices with py-nanotts (SVOX Pico): `python assets/scripts/make_voices.py`.

Writes small OGG Vorbis files into assets/voices/. The texts are fictional local news written for Antenne.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf
from py_nanotts import NanoTTS

OUT = Path(__file__).resolve().parents[1] / "voices"

# (file stem, voice, speed, pitch, text)
VOICES = [
    ("fr-amina-intro", "fr-FR", 1.0, 1.1,
     "Bonjour à toutes et à tous. Il est dix-huit heures, voici le flash info de l'atelier radio du quartier."),
    ("fr-bastien-news", "fr-FR", 1.05, 0.85,
     "La bibliothèque municipale ouvrira le dimanche à partir du mois prochain. Selon la mairie, "
     "cette ouverture coûtera douze mille euros par an. Les habitants que nous avons rencontrés sont ravis."),
    ("fr-chloe-chronique", "fr-FR", 1.0, 1.25,
     "Ma chronique de la semaine parle du jardin partagé de la rue des Lilas. Chaque mercredi, "
     "des voisins de tous les âges y plantent des tomates et des fraises."),
    ("fr-amina-outro", "fr-FR", 1.0, 1.1,
     "C'était le flash info de l'atelier radio. Merci de nous avoir écoutés, et à la semaine prochaine."),
    ("en-amina-intro", "en-GB", 1.0, 1.1,
     "Good evening. It is six o'clock, and this is the news flash of the neighbourhood radio workshop."),
    ("en-bastien-news", "en-GB", 1.05, 0.85,
     "The town library will open on Sundays from next month. According to the town hall, the opening "
     "will cost twelve thousand euros a year. The residents we met are delighted."),
    ("en-chloe-column", "en-GB", 1.0, 1.25,
     "My column this week is about the shared garden on Lilac Street. Every Wednesday, neighbours of all "
     "ages plant tomatoes and strawberries there."),
    ("en-amina-outro", "en-GB", 1.0, 1.1,
     "That was the news flash of the radio workshop. Thank you for listening, and see you next week."),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    tts = NanoTTS()
    for stem, voice, speed, pitch, text in VOICES:
        pcm = tts.speak(text, voice=voice, speed=speed, pitch=pitch, volume=0.7)
        audio = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        pad = np.zeros(int(0.3 * 16000), dtype=np.float32)
        audio = np.concatenate([pad, audio, pad])
        sf.write(OUT / f"{stem}.ogg", audio, 16000, format="OGG", subtype="VORBIS")
        (OUT / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
        print(f"{stem}.ogg  {len(audio) / 16000:.1f} s")


if __name__ == "__main__":
    main()
