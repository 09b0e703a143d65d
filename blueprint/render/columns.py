"""Steps into columns, left to right in the order of the flow.

Why: a blueprint is read down a column ("everything that happens at this moment") and along
the lanes (Bitner, Ostrom & Morgan 2008). Columns are the layers of a longest-path layering
(Sugiyama et al. 1981) of the flow once loops are cut: a depth-first search from the start
step, following ``next`` in the order written, marks each flow back to a step on the current
path as a back edge. Steps of different lanes in one layer share a column; steps of the same
lane in one layer get columns of their own, ordered by where their predecessors stand.
Pure Python and linear in the size of the flow: no networkx at render time.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Columns:
    column: dict[str, int]  # node key -> column
    count: int
    back_edges: frozenset[tuple[str, str]]


def back_edges(order: Sequence[str], successors: dict[str, list[str]], start: str | None) -> set[tuple[str, str]]:
    """Flows that close a loop, found by an iterative depth-first search from ``start``,
    then from every step not yet seen, in document order."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    found: set[tuple[str, str]] = set()
    roots = ([start] if start in successors else []) + list(order)
    for root in roots:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(successors[root]))]
        while stack:
            node, children = stack[-1]
            for child in children:
                mark = state.get(child)
                if mark == 1:
                    found.add((node, child))
                elif mark is None:
                    state[child] = 1
                    stack.append((child, iter(successors[child])))
                    break
            else:
                state[node] = 2
                stack.pop()
    return found


def assign_columns(order: Sequence[str], lanes: dict[str, Hashable], edges: Sequence[tuple[str, str]],
                   start: str | None) -> Columns:
    """Columns for the nodes ``order`` (document order) joined by ``edges``."""
    successors: dict[str, list[str]] = {key: [] for key in order}
    for source, target in edges:
        successors[source].append(target)
    loops = back_edges(order, successors, start)
    forward_predecessors: dict[str, list[str]] = {key: [] for key in order}
    indegree = {key: 0 for key in order}
    for source, target in edges:
        if (source, target) not in loops and source != target:
            forward_predecessors[target].append(source)
            indegree[target] += 1
    # Longest path from the sources, in a topological order (Kahn) kept close to document order.
    layer: dict[str, int] = {}
    position = {key: index for index, key in enumerate(order)}
    ready = [key for key in order if indegree[key] == 0]
    forward_successors: dict[str, list[str]] = {key: [] for key in order}
    for target, sources in forward_predecessors.items():
        for source in sources:
            forward_successors[source].append(target)
    queue_index = 0
    topological: list[str] = []
    while queue_index < len(ready):
        key = ready[queue_index]
        queue_index += 1
        topological.append(key)
        layer[key] = max((layer[p] + 1 for p in forward_predecessors[key]), default=0)
        for child in forward_successors[key]:
            indegree[child] -= 1
            if indegree[child] == 0:
                ready.append(child)
    layers: dict[int, list[str]] = {}
    for key in order:
        layers.setdefault(layer[key], []).append(key)
    column: dict[str, int] = {}
    next_column = 0
    for index in sorted(layers):
        by_lane: dict[Hashable, list[str]] = {}
        for key in layers[index]:
            by_lane.setdefault(lanes[key], []).append(key)
        width = max(len(keys) for keys in by_lane.values())
        for keys in by_lane.values():
            def where(key: str) -> tuple[float, int]:
                placed = [column[p] for p in forward_predecessors[key] if p in column]
                return (sum(placed) / len(placed) if placed else -1.0, position[key])

            for offset, key in enumerate(sorted(keys, key=where)):
                column[key] = next_column + offset
        next_column += width
    return Columns(column, next_column, frozenset(loops))
