"""Listen together: plays the takes (of an episode, or all of them) in order, full screen, for a projector.

The sentence being said is shown large, the next one below, with the name of who speaks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from studio.errors import StudioError
from studio.i18n import N_, _
from studio.transcribe.review import sentences
from studio.transcribe.workshop import take_transcript
from studio.tui.screens.base import AntenneScreen
from studio.tui.screens.transcribe_jobs import Playback
from studio.tui.widgets.footer import TranslatedFooter


@dataclass
class Item:
    take_id: str
    speaker: str
    sentences: list[Any]


class ListenScreen(AntenneScreen):
    """Full-screen reading along for the group's listening step."""

    HELP = N_(
        "## Listen together\n\n"
        "The takes play one after the other (those of the episode when there is one). The sentence being "
        "said is shown large, the next one below, with the name of who speaks: put it on the projector.\n\n"
        "- **Space** pauses and starts again.\n"
        "- **n** goes to the next take, **p** back to the previous one.\n"
        "- Takes without a transcript play with their speaker's name only: transcribe them first for the text."
    )
    BINDINGS = [
        Binding("space", "pause", N_("Pause")),
        Binding("n,right", "next", N_("Next take")),
        Binding("p,left", "previous", N_("Previous take")),
        Binding("escape", "back", N_("Back")),
    ]

    def __init__(self, episode_id: str | None = None) -> None:
        super().__init__()
        self.episode_id = episode_id
        self.items: list[Item] = []
        self.index = 0
        self.shown: tuple[int, int] = (-1, -2)
        self.playback: Playback | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="speaker")
        with Vertical(id="stage"):
            yield Static("", id="current")
            yield Static("", id="next")
        yield Static("", id="where")
        yield TranslatedFooter()

    def on_mount(self) -> None:
        self.playback = Playback(self.app)
        self.items = self._items()
        self.set_interval(0.15, self._tick)
        if self.items:
            self.start(0)
        else:
            self.query_one("#current", Static).update(_("No takes to listen to yet"))

    def after_recompose(self) -> None:
        self.shown = (-1, -2)
        self._tick()

    def _items(self) -> list[Item]:
        workshop = self.antenne.workshop
        if workshop is None:
            return []
        take_ids = [t.id for t in workshop.takes]
        if workshop.episodes:
            try:
                episode = workshop.episode(self.episode_id)
                take_ids = [i for i in episode.take_ids() if any(t.id == i for t in workshop.takes)] or take_ids
            except StudioError:
                pass
        items = []
        for take_id in take_ids:
            transcript = take_transcript(workshop, take_id)
            items.append(Item(take_id, workshop.take(take_id).participant,
                              sentences(transcript) if transcript is not None else []))
        return items

    def start(self, index: int) -> None:
        workshop = self.antenne.workshop
        if workshop is None or not self.items or self.playback is None:
            return
        self.index = max(0, min(index, len(self.items) - 1))
        item = self.items[self.index]
        try:
            self.playback.load(workshop.take_path(workshop.take(item.take_id)), item.take_id)
        except StudioError as e:
            self.antenne.show_error(e)
            return
        self.playback.play(0.0)
        self.remove_class("paused")
        self.shown = (-1, -2)
        self._tick()

    def current_sentence(self) -> int:
        """Index of the sentence being said (the last one started), -1 before the first."""
        if not self.items or self.playback is None:
            return -1
        position = self.playback.position_s
        found = -1
        for i, s in enumerate(self.items[self.index].sentences):
            if s.start <= position + 0.05:
                found = i
        return found

    def _tick(self) -> None:
        if not self.items or self.playback is None:
            return
        pb = self.playback
        if not pb.playing and pb.offset_s >= pb.duration_s > 0 and not self.has_class("paused"):
            if self.index + 1 < len(self.items):
                self.start(self.index + 1)
                return
        current = self.current_sentence()
        if (self.index, current) == self.shown:
            return
        self.shown = (self.index, current)
        item = self.items[self.index]
        spoken = item.sentences
        self.query_one("#speaker", Static).update(item.speaker)
        if not spoken:
            now, following = "…", _("(no transcript for this take)")
        else:
            now = spoken[current].text if current >= 0 else "…"
            following = spoken[current + 1].text if current + 1 < len(spoken) else ""
            if current + 1 >= len(spoken) and self.index + 1 < len(self.items):
                following = _("Next: {name}").format(name=self.items[self.index + 1].speaker)
        self.query_one("#current", Static).update(now)
        self.query_one("#next", Static).update(following)
        self.query_one("#where", Static).update(
            _("take {n} of {total}").format(n=self.index + 1, total=len(self.items)))

    def action_pause(self) -> None:
        if self.playback is None:
            return
        if self.playback.playing:
            self.playback.pause()
            self.add_class("paused")
        else:
            self.playback.play()
            self.remove_class("paused")

    def action_next(self) -> None:
        if self.index + 1 < len(self.items):
            self.start(self.index + 1)

    def action_previous(self) -> None:
        if self.items:
            self.start(max(0, self.index - 1))

    def action_back(self) -> None:
        if self.playback is not None:
            self.playback.stop()
        self.app.pop_screen()

    def on_unmount(self) -> None:
        if self.playback is not None:
            self.playback.stop()
