"""Event triggers and immediacy words: what T fails on, quoted in its reasons.

Why: rubric, T: "An event trigger alone is not a time bound ('客户到达时', 'each time a
customer calls', '每次'): it says when to start, not by when", and "立即, instantly, at all
times, 100% of the time, 每笔, 每次 are not time limits". These spans never pass T; they only
tell the reason what to quote.
"""

from __future__ import annotations

import re

from standards.smart.lexicon.time_words import (
    IMMEDIACY_EN,
    IMMEDIACY_ZH,
    NOT_TRIGGER_AFTER_AFTER,
    NOT_TRIGGER_AFTER_BEFORE,
    NOT_TRIGGER_BEFORE_AFTER,
    NOT_TRIGGER_BEFORE_BEFORE,
    NOT_TRIGGER_TIME_AFTER,
    NOT_TRIGGER_TIME_BEFORE,
    PER_OCCASION_ADVERBS_ZH,
    PER_OCCASION_ZH,
    PERIODS_EN,
    TRIGGER_WORDS_EN,
)
from standards.smart.patterns import alternation, english_words, regex
from standards.smart.spans import Span
from standards.smart.text import Text

_PER_OCCASION_ZH = regex(
    lambda: rf"每\s*一?\s*(?:{alternation(PER_OCCASION_ZH)})|{alternation(PER_OCCASION_ADVERBS_ZH)}"
)
# …时 / …后 / …前 closing a phrase: 客户到达时, 受理投诉后, 进门前 (not 及时, 前台, 最后)
_EVENT_SUFFIX_ZH = regex(
    rf"的时候|之时|(?<![{NOT_TRIGGER_TIME_BEFORE}])时(?![{NOT_TRIGGER_TIME_AFTER}])"
    rf"|[之以]?(?<![{NOT_TRIGGER_AFTER_BEFORE}])后(?![{NOT_TRIGGER_AFTER_AFTER}])"
    rf"|[之以]?(?<![{NOT_TRIGGER_BEFORE_BEFORE}])前(?![{NOT_TRIGGER_BEFORE_AFTER}])"
)
_EVENT_START_ZH = regex(r"[当在于待凡]")
_TRIGGER_EN = regex(
    lambda: rf"{english_words(TRIGGER_WORDS_EN)}(?!\s+possible)[^,.;:!?]{{0,48}}",
    re.IGNORECASE,
)
_PER_OCCASION_EN = regex(
    lambda: rf"(?<![\w-])(?:per|each|every)\s+(?!{english_words(PERIODS_EN)}|time\b|other\b)[a-z]+",
    re.IGNORECASE,
)
_IMMEDIACY = regex(lambda: alternation(IMMEDIACY_ZH))
_IMMEDIACY_EN = regex(lambda: english_words(IMMEDIACY_EN), re.IGNORECASE)
# 10 分钟后, 24 小时后, 9 点前: an amount before 后/前 (but 网点时 is a place)
_TIME_AMOUNT_BEFORE = regex(r"(?:\d|[秒钟天日周月年:]|小时|[\d一二三四五六七八九十两半]\s*[点时])\s*$")


def find_triggers(text: Text) -> list[Span]:
    """Event triggers (kind "trigger") and per-occasion units (kind "per_occasion")."""
    norm = text.norm
    spans: list[Span] = []
    if text.has_cjk:
        spans += [Span("per_occasion", m.start(), m.end()) for m in _PER_OCCASION_ZH.finditer(norm)]
        for match in _EVENT_SUFFIX_ZH.finditer(norm):
            if _TIME_AMOUNT_BEFORE.search(norm, max(0, match.start() - 2), match.start()):
                continue  # 10 分钟后, 9:00 前: an amount, read by the time recognisers
            clause_start, _ = text.clause_span(match.start())
            start = clause_start
            # start at 当/在 when the clause opens with a subject: "柜员在客户离柜时"
            opener = _EVENT_START_ZH.search(norm, clause_start, match.start())
            if opener and match.start() - opener.start() <= 16:
                start = opener.start()
            start = max(start, match.start() - 16)
            while start < match.start() and norm[start].isspace():
                start += 1
            if start < match.start():
                spans.append(Span("trigger", start, match.end()))
    if text.has_latin:
        spans += [Span("trigger", m.start(), m.end()) for m in _TRIGGER_EN.finditer(norm)]
        spans += [Span("per_occasion", m.start(), m.end()) for m in _PER_OCCASION_EN.finditer(norm)]
    return sorted(spans, key=lambda span: span.start)


def find_immediacy(text: Text) -> list[Span]:
    """Immediacy and continuity words: 立即, 尽快, 第一时间, instantly, at all times."""
    spans: list[Span] = []
    if text.has_cjk:
        spans += [Span("immediacy", m.start(), m.end()) for m in _IMMEDIACY.finditer(text.norm)]
    if text.has_latin:
        spans += [Span("immediacy", m.start(), m.end()) for m in _IMMEDIACY_EN.finditer(text.norm)]
    return sorted(spans, key=lambda span: span.start)
