"""Observable results: waiting time, queue length, hold time, error rate (a level of a result).

Why: rubric, settled cases: "A result the customer experiences (waiting time, queue length) is
observable: S passes" and "a level of a result ('average hold time ≤ 60 s') is observable".
Satisfaction and ratings are not results (they name no action), so 满意率 is left out.
"""

from __future__ import annotations

import re

from standards.smart.lexicon.results import (
    NOT_RESULT_RATES_ZH,
    NOT_TIMED_ZH,
    RATE_NOUNS_EN,
    RATE_SUFFIX_ZH,
    RATE_WORDS_EN,
    RESULT_NOUNS_ZH,
    RESULT_WORDS_EN,
    TIME_NOUNS_EN,
    TIME_NOUNS_ZH,
    TIMED_EN,
    TIMED_ZH,
)
from standards.smart.patterns import alternation, english_words, regex
from standards.smart.spans import Span
from standards.smart.text import Text

_TIMED_ZH = regex(
    lambda: rf"(?:{alternation(TIMED_ZH)})(?:{alternation(TIME_NOUNS_ZH)})|{alternation(RESULT_NOUNS_ZH)}"
    rf"|(?<!{'|'.join(NOT_TIMED_ZH)})(?<=[\u4e00-\u9fff]{{2}})时间"
)
_RATE_ZH = regex(rf"[\u4e00-\u9fff]{{1,3}}{RATE_SUFFIX_ZH}")
_NOT_RATE_ZH = tuple(NOT_RESULT_RATES_ZH)
_TIMED_EN = regex(
    lambda: english_words(TIMED_EN, boundary_after=False)
    + r"\s+"
    + english_words(TIME_NOUNS_EN)
    + "|"
    + english_words(RESULT_WORDS_EN)
    + "|"
    + english_words(RATE_WORDS_EN, boundary_after=False)
    + r"\s+"
    + english_words(RATE_NOUNS_EN),
    re.IGNORECASE,
)


def find_results(text: Text) -> list[Span]:
    """Timed results and waiting (kind "result") and rates of results (kind "rate")."""
    norm = text.norm
    spans: list[Span] = []
    if text.has_cjk:
        spans += [Span("result", m.start(), m.end()) for m in _TIMED_ZH.finditer(norm)]
        for match in _RATE_ZH.finditer(norm):
            if not match.group().endswith(_NOT_RATE_ZH):
                spans.append(Span("rate", match.start(), match.end()))
    if text.has_latin:
        spans += [Span("result", m.start(), m.end()) for m in _TIMED_EN.finditer(norm)]
    return sorted(spans, key=lambda span: span.start)
