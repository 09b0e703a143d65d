"""Clock times and calendar dates: 9:00 前, 次日 12:00, 下午五点前, by 5 pm, 每月 5 日前.

Why: the rubric counts a clock time for M ("a clock time (9:00 前)") and a deadline or clock
time for T. A date deadline is a point in time of the same kind.
"""

from __future__ import annotations

import re

from standards.smart.lexicon.time_words import (
    CLOCK_PREFIXES_ZH,
    CLOCK_SUFFIXES_ZH,
    CLOCK_WORDS_EN,
)
from standards.smart.patterns import alternation, english_words, regex
from standards.smart.spans import Span
from standards.smart.text import Text

# Patterns open with the number itself (no look-behind first), so the engine can skip to the
# next digit; the character before the number is checked in code.
_COLON_TIME = regex(
    r"(?:[01]?\d|2[0-4])\s*:\s*[0-5]\d(?![\d:])(?:\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))?",
    re.IGNORECASE,
)
_EN_HOUR = regex(
    lambda: r"(?:1[0-2]|0?[1-9])(?:\.[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)(?![a-z])|"
    + english_words(CLOCK_WORDS_EN),
    re.IGNORECASE,
)
# 九点前, 下午5点, 8时前, 9点30分: a Chinese-numeral hour needs a time-of-day word before it or a
# deadline word after it, because 以下两点 ("the following two points") also ends in 点
_ZH_HOUR = r"(?:[01]?\d|2[0-4]|[零〇一二两三四五六七八九十]{1,3})"
_ZH_MINUTE = r"(?:[0-5]?\d|[零〇一二三四五六七八九十]{1,3})"
_ZH_CLOCK = regex(
    lambda: rf"(?P<hour>{_ZH_HOUR})\s*[点时](?:\s*(?:半|整|一刻|三刻|{_ZH_MINUTE}\s*分(?!钟)))?"
    rf"(?P<suffix>\s*(?:{alternation(CLOCK_SUFFIXES_ZH)}))?"
)
_ZH_CLOCK_PREFIX = regex(lambda: rf"(?:{alternation(CLOCK_PREFIXES_ZH)})\s*$")
_MONTHS = (
    "january|february|march|april|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# 3月5日, 每月5日, 5号前 (by the 5th)
_DATE_ZH = regex(
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|"
    r"[每本当次下上]?个?月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]|"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]\s*(?=前|之前|以前|止)"
)
_DATE_EN = regex(
    r"\b(?:by|before|on|until|no later than)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|"
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b",
    re.IGNORECASE,
)
_NOT_BEFORE_NUMBER = frozenset("0123456789.:")
_NOT_BEFORE_HOUR_EN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.")


def find_clock_times(text: Text, masked: str) -> list[Span]:
    """Clock times (kind "clock") and dates (kind "date"), read in `masked` (idioms blanked out)."""
    spans = [
        Span("clock", m.start(), m.end())
        for m in _COLON_TIME.finditer(masked)
        if _free_before(masked, m.start(), _NOT_BEFORE_NUMBER)
    ]
    if text.has_latin:
        spans += [
            Span("clock", m.start(), m.end())
            for m in _EN_HOUR.finditer(masked)
            if not m.group()[0].isdigit() or _free_before(masked, m.start(), _NOT_BEFORE_HOUR_EN)
        ]
        spans += [Span("date", m.start(), m.end()) for m in _DATE_EN.finditer(masked)]
    if text.has_cjk:
        for m in _ZH_CLOCK.finditer(masked):
            prefix = _ZH_CLOCK_PREFIX.search(masked, max(0, m.start() - 6), m.start())
            if prefix or m.group("suffix") or m.group("hour").isdigit():
                if m.group("hour")[0].isdigit() and not _free_before(masked, m.start(), _NOT_BEFORE_NUMBER):
                    continue
                spans.append(Span("clock", prefix.start() if prefix else m.start(), m.end()))
        spans += [
            Span("date", m.start(), m.end())
            for m in _DATE_ZH.finditer(masked)
            if not m.group()[0].isdigit() or _free_before(masked, m.start(), _NOT_BEFORE_NUMBER)
        ]
    return _without_overlaps(spans)


def _free_before(text: str, start: int, forbidden: frozenset[str]) -> bool:
    """The character before `start` does not glue the match to a longer number or word."""
    return start == 0 or text[start - 1] not in forbidden


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept
