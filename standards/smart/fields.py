"""A standard's structured fields, as a blueprint gives them, and what they satisfy.

Why: rubric, M: "In a blueprint, a structured `target` field on the standard also satisfies
M", and a target that compares a duration is a time limit (blueprint-format.md: "<= 15s",
"< 2wd", "≤ 10分钟"), so it satisfies T as well. A `compliance` rate satisfies M.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from blueprint.numerals import ARABIC_NUMBER, CHINESE_NUMERAL, ENGLISH_NUMBER
from standards.smart.patterns import regex
from standards.smart.recognisers.quantity import TIME, find_quantities
from standards.smart.text import Text, normalise


@dataclass(frozen=True, slots=True)
class StructuredFields:
    """The optional fields of a blueprint standard that bear on SMART (all text, as written)."""

    metric: str | None = None
    target: str | None = None
    compliance: str | None = None
    measure: str | None = None
    owner: str | None = None
    dimension: str | None = None


# a structured target: comparison, number, unit ("<= 15s", ">= 4.5", "95%", "≤ 10分钟", "<= 2wd")
_TARGET = regex(
    rf"^\s*(?:<=|>=|=<|=>|<|>|=|≤|≥|≦|≧|at most|at least|under|within|不超过|不少于|不低于|至少|最多)?\s*"
    rf"(?P<number>{ARABIC_NUMBER}|{CHINESE_NUMERAL}|{ENGLISH_NUMBER})\s*个?\s*(?P<unit>[^\d\s][^\d]*?)?\s*(?:内|以内|之内)?\s*$",
    re.IGNORECASE,
)
# units of a duration target; "m" is minutes here, as in the blueprint format ("2m")
_DURATION_UNITS = frozenset(
    (
        "s",
        "sec",
        "secs",
        "second",
        "seconds",
        "m",
        "min",
        "mins",
        "minute",
        "minutes",
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "d",
        "day",
        "days",
        "wd",
        "workday",
        "workdays",
        "w",
        "week",
        "weeks",
        "mo",
        "month",
        "months",
        "y",
        "year",
        "years",
        "working day",
        "working days",
        "business day",
        "business days",
        "秒",
        "秒钟",
        "分",
        "分钟",
        "小时",
        "钟头",
        "天",
        "日",
        "工作日",
        "工作天",
        "营业日",
        "周",
        "星期",
        "月",
        "年",
    )
)
_ISO_DURATION = regex(r"^\s*P(?=\d|T\d)(?:\d+[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?\s*$", re.IGNORECASE)


def target_reading(target: str | None) -> tuple[bool, bool]:
    """(is a quantity, is a duration) for a structured target."""
    if not target or not target.strip():
        return False, False
    if _ISO_DURATION.match(target):
        return True, True
    folded = normalise(target)
    match = _TARGET.match(folded)
    if match:
        unit = (match.group("unit") or "").strip().lower()
        return True, unit in _DURATION_UNITS
    # free text such as "三个工作日内": read it as a statement would be read
    text = Text.of(target)
    quantities = find_quantities(text, text.norm)
    return bool(quantities), any(q.kind == TIME for q in quantities)


def satisfies_measurable(fields: StructuredFields | None) -> bool:
    """A target or a compliance rate that is a quantity."""
    if fields is None:
        return False
    return target_reading(fields.target)[0] or target_reading(fields.compliance)[0]


def satisfies_time_bound(fields: StructuredFields | None) -> bool:
    """A target that compares a duration."""
    return fields is not None and target_reading(fields.target)[1]
