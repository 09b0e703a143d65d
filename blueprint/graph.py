"""The flow of a blueprint as a networkx graph, built once, read by checks and analysis.

Nodes are step ids (with duplicate ids, the first step wins: BP002 reports the rest); edges
are flows to known steps, carrying the ``Flow``. Everything here is derived, never stored
twice: reachability, end steps, contact points and line crossings.
"""

from __future__ import annotations

from functools import cached_property

import networkx as nx

from blueprint.model import Document, Lane, Step

_SINK = object()  # a virtual node after every end step, to ask "can this reach an end?"


class FlowGraph:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.steps: dict[str, Step] = document.step_index
        graph = nx.DiGraph()
        graph.add_nodes_from(self.steps)
        for step in self.steps.values():
            for flow in step.next:
                if flow.to in self.steps:
                    graph.add_edge(step.id, flow.to, flow=flow)
        self.graph = graph

    @property
    def start(self) -> str | None:
        start = self.document.start_id
        return start if start in self.steps else None

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    @cached_property
    def ends(self) -> list[str]:
        """End steps: no flow out, or marked ``end: true``."""
        return [sid for sid, step in self.steps.items() if step.end or not step.next]

    @cached_property
    def reachable(self) -> set[str]:
        """Steps reachable from the start step, the start included."""
        if self.start is None:
            return set()
        return {self.start} | nx.descendants(self.graph, self.start)

    @cached_property
    def can_reach_end(self) -> set[str]:
        """Steps from which some end step can be reached."""
        graph = self.graph.copy()
        graph.add_node(_SINK)
        graph.add_edges_from((end, _SINK) for end in self.ends)
        return nx.ancestors(graph, _SINK)

    @cached_property
    def cycles(self) -> list[list[str]]:
        """Strongly connected groups that loop (several steps, or a step flowing to itself)."""
        groups = []
        for component in nx.strongly_connected_components(self.graph):
            if len(component) > 1 or any(self.graph.has_edge(node, node) for node in component):
                order = [sid for sid in self.steps if sid in component]
                groups.append(order)
        return groups

    def flows(self):
        """Every flow to a known step as (source step, target step, flow)."""
        for source, target, data in self.graph.edges(data=True):
            yield self.steps[source], self.steps[target], data["flow"]

    def neighbours(self, step_id: str) -> set[str]:
        """Steps joined to this one by a flow in either direction."""
        return set(self.graph.predecessors(step_id)) | set(self.graph.successors(step_id))

    @cached_property
    def contact_points(self) -> list[str]:
        """Contact points as the format defines them, in document order.

        A step that is not a customer step, is onstage or has ``contact``, and is joined by a
        flow in either direction to a customer step.
        """
        result = []
        for sid, step in self.steps.items():
            if step.lane is Lane.CUSTOMER or not (step.lane is Lane.ONSTAGE or step.contact):
                continue
            if any(self.steps[other].lane is Lane.CUSTOMER for other in self.neighbours(sid)):
                result.append(sid)
        return result

    @staticmethod
    def crosses_visibility(a: Step, b: Step) -> bool:
        return a.lane.below_visibility != b.lane.below_visibility
