"""The layering declared as import-linter contracts in pyproject.toml holds: checked by `lint-imports`, and by
an import graph built here from the source (every import, at module level or in a function) with the same
contracts, so the rule is enforced even where import-linter is not installed."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
import tomllib
from collections import deque
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "studio"


def _contracts() -> list[dict]:  # type: ignore[type-arg]
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert config["root_package"] == "studio"
    return list(config["contracts"])


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """{module: modules it imports}; project modules by full name, external packages by top-level name."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                found = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            else:
                continue
            for target in found:
                if target.split(".")[0] == "studio":
                    while target not in modules and "." in target:
                        target = target.rpartition(".")[0]
                    targets.add(target)
                else:
                    targets.add(target.split(".")[0])
        graph[name] = targets - {name}
    return graph


def _within(module: str, packages: list[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def _forbidden_chains(graph: dict[str, set[str]], contract: dict) -> list[str]:  # type: ignore[type-arg]
    ignored = {tuple(x.replace(" ", "").split("->")) for x in contract.get("ignore_imports", [])}
    sources, forbidden = contract["source_modules"], contract["forbidden_modules"]
    broken = []
    for start in sorted(m for m in graph if _within(m, sources)):
        seen = {start: [start]}
        queue = deque([start])
        while queue:
            here = queue.popleft()
            for nxt in sorted(graph.get(here, ())):
                if (here, nxt) in ignored or nxt in seen:
                    continue
                seen[nxt] = seen[here] + [nxt]
                if _within(nxt, forbidden):
                    broken.append(" -> ".join(seen[nxt]))
                    continue
                queue.append(nxt)
    return broken


@pytest.mark.parametrize("contract", _contracts(), ids=lambda c: c["name"])
def test_contract_holds_in_the_import_graph(contract: dict) -> None:  # type: ignore[type-arg]
    assert contract["type"] == "forbidden"
    broken = _forbidden_chains(import_graph(), contract)
    assert not broken, "\n".join(broken)


def test_the_graph_checker_sees_a_forbidden_import() -> None:
    """The check above can fail: a domain module that imported the TUI, even through a function, is caught."""
    graph = import_graph()
    assert "studio.usecases.running_order" in graph["studio.tui.screens.episode"]
    assert "studio.project.store" in graph["studio.usecases.running_order"]
    graph["studio.project.consent"] = graph["studio.project.consent"] | {"studio.usecases.running_order"}
    domain_rule = next(c for c in _contracts() if c["forbidden_modules"] == ["studio.usecases"])
    assert _forbidden_chains(graph, domain_rule) == ["studio.project.consent -> studio.usecases.running_order"]
    graph["studio.export.feed"] = {"studio.logs"}
    graph["studio.logs"] = {"studio.cli"}
    assert not [c for c in _forbidden_chains(graph, _contracts()[0]) if c.startswith("studio.export.feed")]


def test_lint_imports() -> None:
    if importlib.util.find_spec("importlinter") is None:
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    proc = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
