"""The SMART appendix: each standard's five verdicts, with the reasons and fixes.

S, M, A and T come from ``standards.smart.analyse`` (the rubric in smart-rubric.md); R is
judged here against the blueprint, as the rubric says: pass when the standard is attached to an
existing step and names a SERVQUAL dimension or its step has a fail point; else fail.
"""

from __future__ import annotations

from typing import Any

from blueprint.graph import FlowGraph
from blueprint.i18n import t
from blueprint.model import Document
from standards.model import Standard

CRITERIA = ("S", "M", "A", "R", "T")
SYMBOLS = {"pass": "✓", "fail": "✗", "unknown": "?"}


def _analyser():
    """``(analyse, StructuredFields)`` when the SMART checker is installed, else ``None``."""
    try:
        from standards.smart import StructuredFields, analyse
    except ImportError:
        return None
    return analyse, StructuredFields


def smart_available() -> bool:
    return _analyser() is not None


def relevant_verdict(document: Document, standard: Standard, lang: str) -> tuple[str, list[str]]:
    """R against the blueprint: attached to an existing step, with a dimension or a fail point."""
    step_id = document.step_of_standard.get(standard.id)
    if step_id is None:
        return "fail", [_reason(t("handbook.appendix.relevant_no_step", lang), "", t("handbook.appendix.relevant_fix", lang), lang)]
    step = document.step_index.get(step_id)
    if step is None:
        return "fail", [_reason(t("handbook.appendix.relevant_unknown_step", lang, step=step_id), "", t("handbook.appendix.relevant_fix", lang), lang)]
    if standard.dimension is not None or step.fail_points:
        return "pass", []
    return "fail", [_reason(t("handbook.appendix.relevant_no_link", lang, step=step.name), "", t("handbook.appendix.relevant_fix", lang), lang)]


def _reason(text: str, quote: str, fix: str, lang: str) -> str:
    parts = [text.strip()]
    if quote and quote not in text:  # the analyser's text often quotes the words already
        parts.append(t("handbook.appendix.quote", lang, quote=quote))
    if fix:
        parts.append(t("handbook.appendix.fix", lang, fix=fix))
    return " — ".join(part for part in parts if part)


def _structured_fields(fields_class, standard: Standard):
    """The analyser's structured fields of a standard: all text, as the author wrote it."""
    from standards.handbook.parts import format_rate

    return fields_class(
        metric=standard.metric,
        target=str(standard.target.written) if standard.target is not None else None,
        compliance=format_rate(standard.compliance) or None,
        measure=standard.measure,
        owner=standard.owner,
        dimension=standard.dimension.value if standard.dimension is not None else None,
    )


def too_fast_reason(document: Document, flow: FlowGraph, standard: Standard, lang: str) -> str | None:
    """The blueprint's part of A: a time target shorter than its steps take at their fastest.

    The same judgement as `validate`'s SM-A (blueprint/checks/smart.py), so that the appendix
    and the findings agree; None when the target can be met or the blueprint does not say.
    """
    target = standard.target.target if standard.target is not None else None
    if target is None or target.kind != "duration" or target.op not in ("<", "<="):
        return None
    try:
        from blueprint.checks.smart import fastest_seconds
    except ImportError:
        return None
    fastest = fastest_seconds(document, flow, standard)
    if fastest is None or not (target.value < fastest - 1e-9 or (target.op == "<" and target.value <= fastest)):
        return None
    from blueprint.units import format_seconds

    return _reason(t("handbook.appendix.too_fast", lang, target=standard.target.written, fastest=format_seconds(fastest)),
                   "", t("handbook.appendix.too_fast_fix", lang), lang)


def _verdict_name(value: Any) -> str:
    name = str(getattr(value, "value", value)).lower()
    return name if name in SYMBOLS else "unknown"


def smart_rows(document: Document, flow: FlowGraph, lang: str) -> list:
    """One row per standard (document order, duplicates once) with its five verdicts."""
    from standards.handbook.parts import SmartRow, VerdictView

    analyser = _analyser()
    rows = []
    seen: set[str] = set()
    for standard in document.standards:
        if standard.id in seen:
            continue
        seen.add(standard.id)
        found: dict[str, tuple[str, list[str]]] = {}
        if analyser is not None:
            analyse, fields_class = analyser
            # The statement's language is detected, as the rubric says: a zh-CN blueprint may
            # quote an English standard. The reasons are written in the handbook's language.
            result = analyse(standard.statement, None, fields=_structured_fields(fields_class, standard), reason_lang=lang)
            criteria = getattr(result, "criteria", {}) or {}
            for letter in CRITERIA:
                criterion = criteria.get(letter)
                if criterion is None:
                    continue
                reasons = [
                    _reason(str(getattr(reason, "text", "") or ""), str(getattr(reason, "quote", "") or ""),
                            str(getattr(reason, "fix", "") or ""), lang)
                    for reason in getattr(criterion, "reasons", []) or []
                ]
                found[letter] = (_verdict_name(getattr(criterion, "verdict", "unknown")), reasons)
        too_fast = too_fast_reason(document, flow, standard, lang)
        if too_fast is not None:
            _verdict, reasons = found.get("A", ("pass", []))
            found["A"] = ("fail", [*reasons, too_fast])
        found["R"] = relevant_verdict(document, standard, lang)
        verdicts = []
        for letter in CRITERIA:
            verdict, reasons = found.get(letter, ("unknown", []))
            verdicts.append(VerdictView(letter, verdict, SYMBOLS[verdict], t(f"handbook.appendix.{verdict}", lang), reasons))
        rows.append(SmartRow(standard.id, standard.statement, verdicts))
    return rows
