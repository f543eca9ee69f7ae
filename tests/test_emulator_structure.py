"""The emulator's package structure: its modules import each other without a cycle.

Every relative import counts, also those under ``if TYPE_CHECKING:`` (a cycle hidden
there is still a cycle in the design). The survey/field/response model lives in one
module, ``stemsync_emulator.model``, which needs nothing but small leaf modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import stemsync_emulator

PACKAGE = Path(stemsync_emulator.__file__).parent


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.glob("*.py"):
        name = path.stem
        graph[name] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    graph[name].add(node.module.split(".")[0])
                else:
                    graph[name].update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("stemsync_emulator."):
                graph[name].add(node.module.split(".")[1])
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"survey": {"responses"}, "responses": {"fields"}, "fields": {"survey"}}) == [
        "fields", "survey", "responses", "fields"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_among_the_emulator_modules():
    graph = import_graph()
    assert "model" in graph and find_cycle(graph) is None, find_cycle(graph)


def test_the_model_is_in_one_module_and_depends_only_on_leaves():
    graph = import_graph()
    assert graph["model"] <= {"i18n", "participants"}
    for leaf in graph["model"]:
        assert graph[leaf] == set()
    for old in ("survey", "fields", "responses"):
        assert old not in graph  # the model is not spread over several modules any more
    from stemsync_emulator import model

    for name in ("Answer", "Question", "Group", "Survey", "Field", "survey_fields", "fieldmap", "ResponseTable"):
        assert getattr(model, name).__module__ == "stemsync_emulator.model"
