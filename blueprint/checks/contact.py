"""Contact: evidence, lines, standards and actors around what the customer meets (BP1xx)."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.checks.registry import Hit, check, hit
from blueprint.findings import Severity
from blueprint.graph import FlowGraph
from blueprint.model import Document, Lane


@check("BP101", Severity.WARNING)
def customer_step_without_evidence(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Customer step without physical evidence.

    Why: evidence sits above every customer action (Bitner, Ostrom & Morgan 2008): what the
    customer sees, hears and holds there (a form, a queue ticket, an SMS) is how they judge a
    service they cannot see.
    Fix: list it in `evidence:` on the step.
    Fails:  - {id: call, lane: customer, name: 拨打热线投诉}
    Passes: - {id: call, lane: customer, name: 拨打热线投诉, evidence: [IVR 语音导航]}
    """
    for step in doc.steps_in(Lane.CUSTOMER):
        if not step.evidence:
            yield hit(step, name=step.name)


@check("BP102", Severity.WARNING)
def customer_joined_to_backstage(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Flow joins a customer step directly to a backstage step, across the line of visibility.

    Why: the customer cannot meet what they cannot see; a flow from a customer action straight
    to a backstage (or support) step skips the contact that carries it, which is where
    hand-offs are lost. A step with `contact:` (an app, a kiosk, a web form) is a contact
    itself and is fine.
    Fix: put the onstage contact between them, or give the step its `contact:`.
    Fails:  [{id: call, lane: customer, next: log}, {id: log, lane: backstage}]
    Passes: [{id: call, lane: customer, next: greet}, {id: greet, lane: onstage, next: log}, {id: log, lane: backstage}]
    """
    for source, target, _ in flow.flows():
        pair = (source, target) if source.lane is Lane.CUSTOMER else (target, source)
        customer, other = pair
        if customer.lane is Lane.CUSTOMER and other.lane.below_visibility and not other.contact:
            yield hit(source, "next", customer=customer.name, other=other.name, lane=other.lane)


@check("BP103", Severity.WARNING)
def contact_point_without_standard(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Contact point without a standard.

    Why: a contact point is where the customer judges the service; without a standard there
    is nothing to train, audit or measure it against.
    Fix: add a standard with `step:` naming it (or list it in the step's `standards:`).
    Fails:  an onstage step joined to a customer step, with no standard
    Passes: the same step with `standards: [S01]`
    """
    for step_id in flow.contact_points:
        if not doc.standards_by_step.get(step_id):
            step = flow.step(step_id)
            if not step.moment_of_truth:  # BP104 says it more strongly
                yield hit(step, name=step.name)


@check("BP104", Severity.ERROR)
def moment_of_truth_without_standard(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Moment of truth without a standard.

    Why: a moment of truth (Carlzon 1987) is where the customer's opinion of the whole
    service is made; it must never be left to chance.
    Fix: add at least one standard for the step.
    Fails:  - {id: greet, lane: onstage, moment_of_truth: true}
    Passes: - {id: greet, lane: onstage, moment_of_truth: true, standards: [S01]}
    """
    for step in doc.steps:
        if step.moment_of_truth and not doc.standards_by_step.get(step.id):
            yield hit(step, name=step.name)


@check("BP105", Severity.INFO)
def step_without_actor(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Onstage or backstage step without an actor.

    Why: a standard needs an owner, and a hand-off between actors is where work waits; a
    step nobody performs cannot be trained or audited.
    Fix: add `actor:` naming an entry of `actors:`.
    Fails:  - {id: greet, lane: onstage, name: 问候}
    Passes: - {id: greet, lane: onstage, name: 问候, actor: csr}
    """
    for step in doc.steps:
        if step.lane in (Lane.ONSTAGE, Lane.BACKSTAGE) and not step.actor:
            yield hit(step, name=step.name)
