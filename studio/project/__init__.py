"""The workshop folder: model (workshop, participants, consent, takes, episodes) and its atomic store."""

from studio.project.model import Episode, EpisodeItem, Participant, PlanStep, Take, Workshop
from studio.project.store import create_workshop, load_workshop, restore_backup, save_workshop

__all__ = [
    "Episode",
    "EpisodeItem",
    "Participant",
    "PlanStep",
    "Take",
    "Workshop",
    "create_workshop",
    "load_workshop",
    "restore_backup",
    "save_workshop",
]
