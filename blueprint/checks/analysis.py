"""Analysis data (BP008, BP301): what `blueprint simulate` needs to be able to trust.

BP008 is checked here, on the document, so that `validate` reports it at the author's line
before anyone simulates. BP301 is found by the simulation itself (``blueprint.simulate``); it
is registered here, with ``phase="simulate"``, so that `blueprint rules` documents it.
"""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from blueprint.checks.registry import Hit, check, hit
from blueprint.findings import Severity
from blueprint.graph import FlowGraph
from blueprint.model import Document, Flow, Step
from blueprint.types import Duration

# The format allows branch probabilities to sum to 1 "within 0.001".
PROBABILITY_SUM_TOLERANCE = 0.001


def is_choice(step: Step) -> bool:
    """Whether a step's ``next`` is a choice (one branch is taken) rather than a parallel fork.

    Why: the format says a plain list of ids (no ``when``) is a fork; a decision, or any flow
    carrying ``when`` or ``probability``, makes the flows branches of which one is taken.
    """
    return step.is_decision or any(flow.when is not None or flow.probability is not None for flow in step.next)


def loop_groups(flow: FlowGraph) -> dict[str, int]:
    """Each step that lies on a loop, mapped to the number of its loop (strongly connected group)."""
    return {step_id: number for number, group in enumerate(flow.cycles) for step_id in group}


def leads_back_into_loop(source: str, target: str, groups: dict[str, int]) -> bool:
    """Whether the flow source → target is part of a loop: both ends lie on the same loop."""
    return source in groups and groups.get(target) == groups[source]


def _written_range(duration: Duration) -> str:
    return ", ".join(f"{key} {value}" for key, value in duration.written)


def _bad_range(duration: Duration | None) -> bool:
    if duration is None:
        return False
    if duration.likely is None:
        return duration.low > duration.high
    return not duration.low <= duration.likely <= duration.high


def _shown_rate(value: float) -> str:
    return f"{value:g}"


@check("BP008", Severity.ERROR)
def analysis_data_cannot_be_simulated(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Analysis data that cannot be simulated: probabilities, likelihoods, ranges, loop caps, spans.

    Why: Shostack (1984, 1987) gives each step an execution time and each fail point its
    consequence so that a blueprint can be costed and its standards tested; a Monte Carlo run
    (`blueprint simulate`) draws every branch, fail point and time from these numbers, and one
    impossible value makes every figure it prints meaningless, so it is refused, not guessed. Any of: branch probabilities that do not sum to 1 (within
    0.001), or that are set on some branches only (reported at the decision's `next`); a
    probability, likelihood or compliance outside 0..1; a range that is not
    min ≤ likely ≤ max (durations, waits, tolerances, fail-point delays); a `max_loops` below
    1, or on a branch that does not lead back into a loop; a `span` whose `to` cannot be
    reached from its `from`. A span naming an unknown step is BP003.
    Fix: make the probabilities of each decision add up to 1 (or 100%), or leave them all out
    for an even split; write rates as 0.05 or 5%; order each range; put `max_loops` only on
    the branch that goes back; swap `from` and `to` or name steps on one path.
    Fails:  next: [{to: fix, when: 可修复, probability: 0.6}, {to: visit, when: 需上门, probability: 0.6}]
    Passes: next: [{to: fix, when: 可修复, probability: 0.6}, {to: visit, when: 需上门, probability: 0.4}]
    """
    groups = loop_groups(flow)
    for step in doc.steps:
        yield from _branch_problems(step, groups, flow)
        for field in ("duration", "wait", "tolerance"):
            value = getattr(step, field)
            if _bad_range(value):
                yield hit(step, field, key="BP008.range", what=field, name=step.name, value=_written_range(value))
        for fail_point in step.fail_points:
            if fail_point.likelihood is not None and not 0 <= fail_point.likelihood <= 1:
                yield hit(fail_point, "likelihood", key="BP008.likelihood", id=fail_point.id, value=_shown_rate(fail_point.likelihood))
            if _bad_range(fail_point.delay):
                yield hit(fail_point, "delay", key="BP008.range", what="delay", name=fail_point.id, value=_written_range(fail_point.delay))
    for standard in doc.standards:
        if standard.compliance is not None and not 0 <= standard.compliance <= 1:
            yield hit(standard, "compliance", key="BP008.compliance", id=standard.id, value=_shown_rate(standard.compliance))
        span = standard.span
        if span is None or isinstance(span, str):
            continue
        if span.from_ in flow.steps and span.to in flow.steps and span.to != span.from_:
            if span.to not in nx.descendants(flow.graph, span.from_):
                yield hit(standard, "span", key="BP008.span", id=standard.id, start=span.from_, end=span.to)


def _branch_problems(step: Step, groups: dict[str, int], flow_graph: FlowGraph) -> Iterator[Hit]:
    flows: list[Flow] = step.next
    if is_choice(step) and flows:
        given = [flow.probability for flow in flows if flow.probability is not None]
        if given and len(given) < len(flows):
            yield hit(step, "next", key="BP008.partial", name=step.name, given=len(given), count=len(flows))
        elif given and abs(sum(given) - 1) > PROBABILITY_SUM_TOLERANCE:
            yield hit(step, "next", key="BP008.sum", name=step.name, total=f"{sum(given):.4g}")
    for flow in flows:
        if flow.probability is not None and not 0 <= flow.probability <= 1:
            yield hit(flow, "probability", key="BP008.probability", to=flow.to, value=_shown_rate(flow.probability))
        if flow.max_loops is None:
            continue
        if flow.max_loops < 1:
            yield hit(flow, "max_loops", key="BP008.max_loops_low", to=flow.to, value=flow.max_loops)
        elif flow.to in flow_graph.steps and not leads_back_into_loop(step.id, flow.to, groups):
            yield hit(flow, "max_loops", key="BP008.max_loops_no_loop", to=flow.to)


@check("BP301", Severity.WARNING, phase="simulate")
def time_standard_short_in_simulation(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Simulated share of cases meeting a time standard is below its `compliance`.

    Why: a promise such as "2 个工作日内答复" is only as good as the flow behind it. Shostack
    (1984) gave each step an execution time so that the whole could be costed; `blueprint
    simulate` runs the flow many times (waits, durations, branches, fail points, loops) and
    counts the cases that keep the standard. When the simulated share itself is below the
    compliance asked, the standard cannot be kept with the staff and systems modelled. The
    finding gives the share, its 95% Wilson score interval and the compliance asked.
    Found by `blueprint simulate`, not by `validate` (it needs the simulation).
    Fix: shorten the waits and steps that feed the standard (the "where the time goes" list
    names them), remove a loop or a fail point, or revise the target or compliance.
    Fails:  target: "<= 2wd", compliance: 95%, and 81% of simulated cases reply within 2 working days
    Passes: target: "<= 2wd", compliance: 95%, and 97% of simulated cases reply within 2 working days
    """
    return iter(())  # found by blueprint.simulate, which has the simulated shares
