"""Deadlines without a number: 当天, 次日, 下班前, 月底前, by end of shift, the same day.

Why: rubric, T: "a deadline or clock time (次日 12:00 前, by end of shift)" passes. "Before"
an event with no amount (进门前, before departure) is a trigger, so only the boundaries of work
periods and calendar periods make "…前" or "before …" a deadline.
"""

from __future__ import annotations

import re

from standards.smart.lexicon.time_words import (
    BOUNDARY_BEFORE_ZH,
    DEADLINE_PHRASES_EN,
    DEADLINE_WORDS_ZH,
    PERIODS_EN,
)
from standards.smart.patterns import alternation, english_words, regex
from standards.smart.spans import Span
from standards.smart.text import Text

# 本季结束前, 月底前, 学期末前: the end of a calendar or work period
_PERIOD_END_ZH = (
    r"(?:本|当|该|每个?|次)?(?:日|天|周|星期|月|季度|季|年度|年|学期|班次|班|营业日|工作日)"
    r"\s*(?:结束|末|底|终)"
)
_DEADLINE_ZH = regex(
    lambda: rf"(?:{alternation(BOUNDARY_BEFORE_ZH)}|{_PERIOD_END_ZH})\s*(?:之前|以前|前)|{alternation(DEADLINE_WORDS_ZH)}"
)
_DEADLINE_EN = regex(
    lambda: rf"(?<![\w-])(?:by|before|until|till|no later than|not later than|prior to)\s+(?:the\s+)?"
    rf"(?:end|close|start|beginning)\s+of\s+(?:the\s+|each\s+|every\s+|this\s+|that\s+|next\s+|their\s+|your\s+)?"
    rf"{english_words(PERIODS_EN)}"
    rf"|(?<![\w-])(?:by|before|until|no later than)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    rf"|january|february|march|april|may|june|july|august|september|october|november|december)\b"
    rf"|{english_words(DEADLINE_PHRASES_EN)}",
    re.IGNORECASE,
)


def find_deadlines(text: Text) -> list[Span]:
    """Deadline words and phrases that carry no number."""
    spans: list[Span] = []
    if text.has_cjk:
        spans += [Span("deadline", m.start(), m.end()) for m in _DEADLINE_ZH.finditer(text.norm)]
    if text.has_latin:
        spans += [Span("deadline", m.start(), m.end()) for m in _DEADLINE_EN.finditer(text.norm)]
    return sorted(spans, key=lambda span: span.start)
