"""Fail points and waits (BP2xx): Shostack's F and W, with prevention and recovery."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.checks.registry import Hit, check, hit
from blueprint.findings import Severity
from blueprint.graph import FlowGraph
from blueprint.model import Document
from blueprint.units import format_seconds


def _fail_points(doc: Document):
    for step in doc.steps:
        for fail_point in step.fail_points:
            yield step, fail_point


@check("BP201", Severity.WARNING)
def fail_point_without_prevention(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Fail point without prevention.

    Why: a known fail point should be designed out (poka-yoke, Chase & Stewart 1994) before
    it is recovered from.
    Fix: add `prevent:`, the fail-safe that keeps it from happening.
    Fails:  fail_points: [{id: F1, what: 工单分类错误}]
    Passes: fail_points: [{id: F1, what: 工单分类错误, prevent: 按关键词自动推荐分类, recover: ...}]
    """
    for step, fail_point in _fail_points(doc):
        if not fail_point.prevent:
            yield hit(fail_point, id=fail_point.id, step=step.name)


@check("BP202", Severity.WARNING)
def fail_point_without_recovery(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Fail point without recovery.

    Why: prevention never works every time; service recovery (Hart, Heskett & Sasser 1990)
    says what staff do when the failure happens anyway.
    Fix: add `recover:`, the action and who takes it.
    Fails:  fail_points: [{id: F1, what: 工单分类错误, prevent: 自动推荐分类}]
    Passes: fail_points: [{id: F1, what: 工单分类错误, prevent: 自动推荐分类, recover: 主管每小时巡检}]
    """
    for step, fail_point in _fail_points(doc):
        if not fail_point.recover:
            yield hit(fail_point, id=fail_point.id, step=step.name)


@check("BP203", Severity.WARNING)
def wait_longer_than_tolerance(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Wait longer than the step's tolerance: the likely wait is above what customers accept.

    Why: Shostack marks waits (W) against the customer's tolerance; past it, the wait itself
    becomes the complaint.
    Fix: shorten the wait (capacity, appointment, self-service) or state a realistic tolerance.
    Fails:  {wait: {min: 5m, likely: 20m, max: 40m}, tolerance: 10m}
    Passes: {wait: {min: 1m, likely: 5m, max: 15m}, tolerance: 10m}
    """
    for step in doc.steps:
        if step.wait is not None and step.tolerance is not None:
            if step.wait.typical > step.tolerance.typical:
                yield hit(
                    step, "wait", name=step.name,
                    wait=format_seconds(step.wait.typical), tolerance=format_seconds(step.tolerance.typical),
                )

