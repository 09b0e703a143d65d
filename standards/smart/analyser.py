"""analyse(): one statement in, five SMART verdicts out."""

from __future__ import annotations

from standards.smart import criteria
from standards.smart.evidence import gather
from standards.smart.fields import StructuredFields
from standards.smart.language import detect_language
from standards.smart.messages import check_language
from standards.smart.result import SmartResult


def analyse(
    statement: str,
    lang: str | None = None,
    *,
    fields: StructuredFields | None = None,
    reason_lang: str | None = None,
) -> SmartResult:
    """Judge `statement` on the SMART rubric (shared/design/smart-rubric.md).

    `lang` is 'zh-CN', 'zh-TW' or 'en', or None to detect it from the statement. `fields` are
    the standard's structured fields when it sits in a blueprint: a quantity `target` or
    `compliance` satisfies M, a duration `target` satisfies T. Reasons are written in
    `reason_lang` (default: the statement's language). R is always 'unknown': only the
    blueprint can decide it. Raises ValueError for an unsupported language.
    """
    language = check_language(lang, "language") if lang is not None else detect_language(statement)
    reasons_in = check_language(reason_lang, "reason language") if reason_lang is not None else language
    evidence = gather(statement)
    return SmartResult(
        statement=statement,
        lang=language,
        criteria={
            "S": criteria.specific(evidence, reasons_in),
            "M": criteria.measurable(evidence, fields, reasons_in),
            "A": criteria.achievable(evidence, reasons_in),
            "R": criteria.relevant(),
            "T": criteria.time_bound(evidence, fields, reasons_in),
        },
    )
