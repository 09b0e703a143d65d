"""Structure: the blueprint must be a well-formed flow (BP001–BP007)."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.checks.registry import Hit, check, hit
from blueprint.findings import Severity
from blueprint.graph import FlowGraph
from blueprint.model import Document, Lane


@check("BP001", Severity.ERROR, phase="load")
def document_does_not_match_format(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """The document does not match the format: syntax, unknown key, wrong type, missing field.

    Why: a blueprint that cannot be read cannot be checked; every problem of the file is
    reported at once, each at its own line. Also: duplicate keys (at both lines), YAML tags
    that would construct objects (never executed), files over 5 MB, nesting deeper than 64,
    more than 100,000 nodes once aliases are expanded, and text that is not UTF-8/16/32.
    Fix: do what the message says; unknown keys are usually typos (the message suggests the
    key meant), and free text belongs in `notes:`.
    Fails:  - {id: call, lane: customer, nmae: 拨打热线}
    Passes: - {id: call, lane: customer, name: 拨打热线}
    """
    return iter(())  # reported by the loaders, which see the file before there is a model


@check("BP002", Severity.ERROR)
def duplicate_id(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Duplicate id: two steps, standards or fail points share an id.

    Why: flows, standards and diffs name objects by id; a second object with the same id is
    unreachable by name and silently shadows the first.
    Fix: rename one of them; ids are letters, digits, `-` and `_`.
    Fails:  steps: [{id: greet, ...}, {id: greet, ...}]
    Passes: steps: [{id: greet, ...}, {id: greet-again, ...}]
    """
    def repeated(objects, kind):
        seen: set[str] = set()
        for obj in objects:
            if obj.id in seen:
                yield hit(obj, "id", key=f"BP002.{kind}", id=obj.id)
            seen.add(obj.id)

    yield from repeated(doc.steps, "step")
    yield from repeated(doc.standards, "standard")
    yield from repeated([fp for step in doc.steps for fp in step.fail_points], "fail_point")


@check("BP003", Severity.ERROR)
def unknown_reference(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Reference to an unknown id: a `next`, `actor`, `standards` entry, `step`, `start` or `span`.

    Why: a dangling reference is a flow to nowhere or a standard nobody can audit; it is
    almost always a typo or a step that was renamed.
    Fix: correct the id, or add the missing step, actor or standard.
    Fails:  - {id: greet, lane: onstage, name: 问候, next: lgo}
    Passes: - {id: greet, lane: onstage, name: 问候, next: log}
    """
    steps, standards = flow.steps, doc.standard_index
    if doc.blueprint.start and doc.blueprint.start not in steps:
        yield hit(doc.blueprint, "start", key="BP003.start", id=doc.blueprint.start)
    for step in doc.steps:
        for flow_item in step.next:
            if flow_item.to not in steps:
                yield hit(flow_item, "to", key="BP003.next", id=flow_item.to, step=step.id)
        if step.actor and step.actor not in doc.actors:
            yield hit(step, "actor", key="BP003.actor", id=step.actor, step=step.id)
        for standard_id in step.standards:
            if standard_id not in standards:
                yield hit(step, "standards", key="BP003.standard", id=standard_id, step=step.id)
    for standard in doc.standards:
        if standard.step and standard.step not in steps:
            yield hit(standard, "step", key="BP003.standard_step", id=standard.step, standard=standard.id)
        span = standard.span
        if span is not None and not isinstance(span, str):
            for end in (span.from_, span.to):
                if end not in steps:
                    yield hit(standard, "span", key="BP003.span", id=end, standard=standard.id)


@check("BP004", Severity.WARNING)
def unreachable_step(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Step cannot be reached from the start step.

    Why: every step of a blueprint should happen in some case; an unreachable step is a
    missing flow or a leftover from an earlier version.
    Fix: add a `next` that leads to it, or remove it.
    Fails:  steps: [{id: a, next: b}, {id: b}, {id: orphan}]
    Passes: steps: [{id: a, next: [b, c]}, {id: b}, {id: c}]
    """
    if flow.start is None:
        return
    for step in flow.steps.values():
        if step.id not in flow.reachable:
            yield hit(step, name=step.name, start=flow.start)


@check("BP005", Severity.ERROR)
def decision_without_branches(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Decision step with fewer than two branches.

    Why: a decision (a diamond, where the service diverges in Shostack's sense) with one way
    out decides nothing; a branch is missing.
    Fix: give `next` two or more `{to, when}` branches, or make the step an action.
    Fails:  - {id: decide, kind: decision, next: [{to: fix, when: 可修复}]}
    Passes: - {id: decide, kind: decision, next: [{to: fix, when: 可修复}, {to: visit, when: 需上门}]}
    """
    for step in flow.steps.values():
        if step.is_decision and len({f.to for f in step.next}) < 2:
            yield hit(step, "next" if step.next else None, name=step.name, count=len(step.next))


@check("BP006", Severity.ERROR)
def loop_without_exit(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """A loop that no end step can be reached from.

    Why: a case caught in it never ends: the customer is sent round forever (and a simulation
    could not finish).
    Fix: give one step of the loop a flow out to a step that leads to an end.
    Fails:  steps: [{id: a, next: b}, {id: b, next: a}]
    Passes: steps: [{id: a, next: b}, {id: b, next: [a, done]}, {id: done}]
    """
    for group in flow.cycles:
        if not any(step_id in flow.can_reach_end for step_id in group):
            first = flow.step(group[0])
            yield hit(first, steps=" → ".join(group))


@check("BP007", Severity.ERROR)
def no_customer_step(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """No customer step.

    Why: a service blueprint is drawn from the customer's point of view (Shostack 1984;
    Bitner et al. 2008): without customer actions it is an internal process map.
    Fix: add the customer's actions in the `customer` lane.
    Fails:  steps: [{id: log, lane: support, name: 建单}]
    Passes: steps: [{id: call, lane: customer, name: 来电}, {id: log, lane: support, name: 建单}]
    """
    if not doc.steps_in(Lane.CUSTOMER):
        yield hit(doc.blueprint, title=doc.blueprint.title)
