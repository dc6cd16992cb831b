"""Workshop templates (data files in `studio/templates/*.toml`): the plan, roles and facilitator notes."""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.errors import NotFound, WorkshopError
from studio.i18n import _
from studio.project.model import PlanStep
from studio.settings import templates_dir


@dataclass
class Template:
    name: str
    title: dict[str, str]
    summary: dict[str, str]
    roles: list[str]
    raw_steps: list[dict[str, Any]] = field(default_factory=list)

    def steps(self) -> list[PlanStep]:
        out = []
        for i, s in enumerate(self.raw_steps, start=1):
            out.append(
                PlanStep(
                    id=s.get("id") or f"s{i}",
                    kind=s["kind"],
                    minutes=int(s["minutes"]),
                    title=copy.deepcopy(s["title"]),
                    note=copy.deepcopy(s.get("note", {})),
                    roles=list(s.get("roles", [])),
                    exercise=str(s.get("exercise", "")),
                )
            )
        return out

    @property
    def total_minutes(self) -> int:
        return sum(int(s["minutes"]) for s in self.raw_steps)

    def text(self, attr: str, language: str) -> str:
        values: dict[str, str] = getattr(self, attr)
        return values.get(language) or values.get("fr", "")


def template_names() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.toml"))


def load_template(name: str) -> Template:
    path: Path = templates_dir() / f"{name}.toml"
    if not path.is_file():
        raise NotFound(
            _("No workshop template named {name}").format(name=name),
            _("Templates: {names}").format(names=", ".join(template_names())),
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Template(
            name=name,
            title=data["title"],
            summary=data.get("summary", {}),
            roles=list(data.get("roles", [])),
            raw_steps=list(data["steps"]),
        )
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as e:  # a broken bundled file is our bug
        raise WorkshopError(_("The template {name} is damaged").format(name=name)) from e
