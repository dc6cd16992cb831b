"""Groups' running orders for a `running-order` question: parse "b a c", compare groups side by side.

Used by the exercise screen's running-order board and by `antenne exercises orders ID GROUP=LETTERS...`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from studio.errors import InvalidInput
from studio.framing.exercises import Exercise, running_order_total
from studio.i18n import _
from studio.i18n.times import in_words

MAX_GROUPS = 12


def LIST_SEP() -> str:  # noqa: N802 - reads like the constant it stands for
    """The separator between listed items ("; ", with a no-break space before it in French)."""
    return _("; ")


@dataclass
class GroupOrder:
    """One group's running order: item numbers in air order."""

    name: str
    order: list[int]


@dataclass
class Comparison:
    """Groups side by side: `rows[position][group]` is an item label (or ""), plus totals and what each leaves out."""

    groups: list[str]
    rows: list[list[str]]
    totals: list[str]
    over_budget: list[bool]
    left_out: list[list[str]]
    kept_by_all: list[str] = field(default_factory=list)
    left_by_all: list[str] = field(default_factory=list)
    leads: dict[str, list[str]] = field(default_factory=dict)


def running_order_question(exercise: Exercise) -> dict[str, Any] | None:
    return next((q for q in exercise.questions if q.get("kind") == "running-order"), None)


def parse_letters(text: str, count: int) -> list[int]:
    """'b a, c g' -> [1, 0, 2, 6]; letters beyond the items or repeated are an error (clear message)."""
    letters = [c for c in text.lower() if c.isalpha()]
    order: list[int] = []
    for c in letters:
        n = ord(c) - 97
        if not 0 <= n < count:
            raise InvalidInput(_("There is no item {letter}").format(letter=c.upper()),
                               _("Use the letters A to {last}").format(last=chr(64 + count)))
        if n in order:
            raise InvalidInput(_("Item {letter} is given twice").format(letter=c.upper()),
                               _("Give each item at most once"))
        order.append(n)
    if not order:
        raise InvalidInput(_("No item in this running order"), _("Type the letters in air order, e.g. B A C"))
    return order


def parse_group(spec: str, count: int, number: int) -> GroupOrder:
    """'Red=b a c' (or just 'b a c', named "Group N")."""
    name, _sep, letters = spec.rpartition("=")
    name = re.sub(r"\s+", " ", name).strip()[:24] or _("Group {n}").format(n=number)
    return GroupOrder(name, parse_letters(letters, count))


def compare(exercise: Exercise, question: dict[str, Any], groups: list[GroupOrder], language: str) -> Comparison:
    items = [str(i) for i in exercise.text("items", language, question)]
    budget = int(question.get("budget_s", 0))
    depth = max((len(g.order) for g in groups), default=0)
    rows = [[f"{chr(65 + g.order[p])}. {items[g.order[p]]}" if p < len(g.order) else "" for g in groups]
            for p in range(depth)]
    totals_s = [running_order_total(question, g.order) for g in groups]
    left = [[items[i] for i in range(len(items)) if i not in g.order] for g in groups]
    kept_sets = [set(g.order) for g in groups]
    leads: dict[str, list[str]] = {}
    for g in groups:
        leads.setdefault(items[g.order[0]], []).append(g.name)
    return Comparison(
        groups=[g.name for g in groups],
        rows=rows,
        totals=[in_words(t) for t in totals_s],
        over_budget=[t > budget for t in totals_s],
        left_out=left,
        kept_by_all=[items[i] for i in range(len(items)) if groups and all(i in s for s in kept_sets)],
        left_by_all=[items[i] for i in range(len(items)) if groups and all(i not in s for s in kept_sets)],
        leads=leads,
    )


def render_text(comparison: Comparison, budget_s: int, columns: int = 80) -> str:
    """The comparison as plain text columns fitting `columns` characters (for the terminal)."""
    width = max(12, min(34, (columns - 4) // max(1, len(comparison.groups)) - 1))
    head = ["#".ljust(3)] + [g[:width].ljust(width) for g in comparison.groups]
    lines = [" ".join(head).rstrip()]
    for n, row in enumerate(comparison.rows, 1):
        lines.append(" ".join([str(n).ljust(3)] + [c[:width].ljust(width) for c in row]).rstrip())
    total = [(t + (" !" if over else "")).ljust(width) for t, over in zip(comparison.totals, comparison.over_budget,
                                                                          strict=True)]
    lines.append(" ".join(["Σ".ljust(3)] + total).rstrip())
    lines.append("")
    lines.append(_("Air time: {budget}").format(budget=in_words(budget_s))
                 + ("  (! = " + _("over the air time") + ")" if any(comparison.over_budget) else ""))
    for item, names in comparison.leads.items():
        lines.append(_("Lead: {item} ({groups})").format(item=item, groups=", ".join(names)))
    lines.append(_("Kept by every group: {items}").format(items=LIST_SEP().join(comparison.kept_by_all) or "-"))
    lines.append(_("Left out by every group: {items}").format(items=LIST_SEP().join(comparison.left_by_all) or "-"))
    for name, left in zip(comparison.groups, comparison.left_out, strict=True):
        lines.append(_("{group} leaves out: {items}").format(group=name, items=LIST_SEP().join(left) or "-"))
    return "\n".join(lines)
