"""SMART checks of every standard in a blueprint (SM-S, SM-M, SM-A, SM-R, SM-T).

The text judgement comes from ``standards.smart.analyse`` (smart-rubric.md); what only the
blueprint can tell is added here: R (is the standard attached to a step, and does it name a
SERVQUAL dimension or address a fail point there?) and the part of A that compares a time
target with how long the measured steps take at their fastest.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import networkx as nx

from blueprint.checks.registry import Hit, check, hit
from blueprint.findings import Severity
from blueprint.graph import FlowGraph
from blueprint.model import Document, Step
from blueprint.units import format_seconds
from standards.model import SpanRange, Standard


@lru_cache(maxsize=4096)
def _analysed(statement: str, fields: tuple, lang: str):
    from standards.smart import StructuredFields, analyse

    return analyse(statement, None, fields=StructuredFields(**dict(fields)), reason_lang=lang)


def _result(standard: Standard, lang: str):
    fields = (
        ("metric", standard.metric),
        ("target", str(standard.target.written) if standard.target else None),
        ("compliance", f"{standard.compliance:.0%}" if standard.compliance is not None else None),
        ("measure", standard.measure),
        ("owner", standard.owner),
        ("dimension", standard.dimension.value if standard.dimension else None),
    )
    return _analysed(standard.statement, fields, lang)


def _text_failures(doc: Document, letter: str) -> Iterator[Hit]:
    for standard in doc.standards:
        criterion = _result(standard, doc.language).criteria[letter]
        if criterion.verdict == "fail":
            reason = criterion.reasons[0] if criterion.reasons else None
            yield hit(
                standard, "statement", key="SM.message", id=standard.id, criterion=letter,
                reason=reason.text if reason else "", quote=reason.quote if reason else standard.statement,
                fix=reason.fix if reason else "",
            )


@check("SM-S", Severity.WARNING)
def standard_not_specific(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Standard is not Specific: no observable action or outcome.

    Why: a standard is a sentence a supervisor can audit (smart-rubric.md): attitude words
    (热情, 耐心, friendly, promptly) and goals (提升满意度) cannot be observed on a round.
    Fix: name what a person can be seen doing: 使用“您好”问候, 双手递送, call back.
    Fails:  statement: 服务热情，态度耐心
    Passes: statement: 使用标准问候语“您好”热情问候客户
    """
    yield from _text_failures(doc, "S")


@check("SM-M", Severity.WARNING)
def standard_not_measurable(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Standard is not Measurable: no quantity an audit can compare against.

    Why: without a number, a unit, a rate or a count, two auditors will judge the same case
    differently. A structured `target` or `compliance` on the standard also satisfies M.
    Fix: add a target (15 秒内, 3 rings, at least 2 options) or a rate (抽检合格率 ≥ 95%).
    Fails:  statement: 起身迎接客户
    Passes: statement: 客户走近柜台 3 米内起身迎接
    """
    yield from _text_failures(doc, "M")


@check("SM-T", Severity.WARNING)
def standard_not_time_bound(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Standard is not Time-bound: no time limit, deadline or calendar frequency.

    Why: an event trigger (每次, each time a customer calls) says when to start, not by when;
    立即 and "instantly" cannot be audited.
    Fix: add a limit (15 秒内, within 2 working days), a deadline (次日 12:00 前) or a
    frequency (每日, each shift).
    Fails:  statement: 每笔业务办理完毕后提醒客户核对回单
    Passes: statement: 业务办理完毕后 10 秒内提醒客户核对回单
    """
    yield from _text_failures(doc, "T")


@check("SM-A", Severity.WARNING)
def standard_not_achievable(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Standard is not Achievable: an absolute outcome, or faster than the steps can be done.

    Why: 零投诉, 100% 客户满意 and "no customer ever waits" promise what staff do not control;
    a time target shorter than the measured steps take at their fastest (their `min`
    durations and waits) can never be met, and teaches staff to ignore standards.
    Fix: target staff behaviour or a realistic share ("90% within 15 minutes"), or revise
    the target against the step durations.
    Fails:  {statement: 1 分钟内解决所有投诉, target: "<= 1m", step: investigate}  (investigate takes ≥ 2h)
    Passes: {statement: 2 个工作日内书面答复, target: "<= 2wd", step: reply}
    """
    yield from _text_failures(doc, "A")
    for standard in doc.standards:
        fastest = fastest_seconds(doc, flow, standard)
        target = standard.target.target if standard.target else None
        if fastest is None or target is None or target.kind != "duration" or target.op not in ("<", "<="):
            continue
        if target.value < fastest - 1e-9 or (target.op == "<" and target.value <= fastest):
            yield hit(
                standard, "target", key="SM.too_fast", id=standard.id,
                target=standard.target.written, fastest=format_seconds(fastest),
            )


def fastest_seconds(doc: Document, flow: FlowGraph, standard: Standard) -> float | None:
    """The least time the measured span can take, or None when the blueprint does not say."""
    span = standard.span or "step"
    if isinstance(span, SpanRange):
        if span.from_ not in flow.steps or span.to not in flow.steps:
            return None
        return _fastest_path(flow, span.from_, span.to)
    step_id = doc.step_of_standard.get(standard.id)
    step = flow.steps.get(step_id) if step_id else None
    if step is None:
        return None
    low = {"duration": _low(step, "duration"), "wait": _low(step, "wait"), "step": _low(step, "wait") + _low(step, "duration")}[span]
    return low or None


def _low(step: Step, field: str) -> float:
    value = getattr(step, field)
    return value.low if value is not None else 0.0


def _fastest_path(flow: FlowGraph, start: str, end: str) -> float | None:
    """Shortest path by the steps' fastest times, counting both ends' waits and durations."""
    def weight(_source: str, target: str, _data: dict) -> float:
        step = flow.steps[target]
        return _low(step, "wait") + _low(step, "duration")

    try:
        length = nx.shortest_path_length(flow.graph, start, end, weight=weight)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return None  # an unreachable span is BP008's business
    first = flow.steps[start]
    return (length + _low(first, "wait") + _low(first, "duration")) or None


@check("SM-R", Severity.WARNING)
def standard_not_relevant(doc: Document, flow: FlowGraph) -> Iterator[Hit]:
    """Standard is not Relevant: attached to no step, or to nothing the customer values.

    Why: a standard earns its place by serving a step and either a SERVQUAL dimension
    (Parasuraman, Zeithaml & Berry 1988) or a fail point it prevents (smart-rubric.md, R).
    Fix: attach it with `step:` (or list it in the step's `standards:`) and give it a
    `dimension:`, or put it on the step whose fail point it addresses.
    Fails:  {id: S9, statement: 每日 9:00 前清点备用金}   (no step)
    Passes: {id: S9, statement: ..., step: open-counter, dimension: reliability}
    """
    for standard in doc.standards:
        step_id = doc.step_of_standard.get(standard.id)
        step = flow.steps.get(step_id) if step_id else None
        if step is None:
            yield hit(standard, "step" if standard.step else None, key="SM.no_step", id=standard.id)
        elif standard.dimension is None and not step.fail_points:
            yield hit(standard, None, key="SM.no_dimension", id=standard.id, step=step.name)
