"""Calendar frequencies: 每日, 每周, 每班, 每两小时, 按月, daily, every shift, twice a week.

Why: rubric, T: "a calendar frequency (每日, 每周, 每班, daily, weekly, each month, every
shift)" passes; per-occasion units (每笔, 每次, per flight) are event triggers and do not.
"""

from __future__ import annotations

import re

from blueprint.numerals import CHINESE_NUMERAL_CHARS, ENGLISH_NUMBER
from standards.smart.lexicon.time_words import (
    FREQUENCY_WORDS_EN,
    FREQUENCY_WORDS_ZH,
    PERIOD_ADVERB_PREFIXES_ZH,
    PERIOD_ADVERB_UNITS_ZH,
    PERIODS_EN,
    PERIODS_ZH,
)
from standards.smart.patterns import alternation, english_words, regex
from standards.smart.spans import Span
from standards.smart.text import Text

# 每班航班, 每班车, 每日班车: a service run (per occasion), not a work shift or a day
_NOT_A_RUN_ZH = r"(?!\s*(?:航班|班机|飞机|列车|火车|车次|车|船|渡轮|机|次|趟))"
_EVERY_PERIOD_ZH = regex(
    lambda: rf"每\s*(?:个|一)?\s*(?:[\d{CHINESE_NUMERAL_CHARS}]+\s*个?)?\s*(?:{alternation(PERIODS_ZH)}){_NOT_A_RUN_ZH}"
)
_BY_PERIOD_ZH = regex(
    lambda: rf"(?:{alternation(PERIOD_ADVERB_PREFIXES_ZH)})(?:{alternation(PERIOD_ADVERB_UNITS_ZH)})(?![时期])"
)
_WORDS_ZH = regex(lambda: alternation(FREQUENCY_WORDS_ZH))


def _every_period_en() -> str:
    periods = english_words([*PERIODS_EN, *(p + "s" for p in PERIODS_EN)])
    return (
        rf"(?<![\w-])(?:every|each|per|once|twice|thrice|times)\s+(?:(?:a|an|per|every|each)\s+)?"
        rf"(?:(?:other|single|\d+|{ENGLISH_NUMBER})\s+)?{periods}"
        rf"|(?<![\w-])on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends)\b"
        rf"|{english_words(FREQUENCY_WORDS_EN)}"
    )


_EVERY_PERIOD_EN = regex(_every_period_en, re.IGNORECASE)


def find_frequencies(text: Text, masked: str) -> list[Span]:
    """Frequency phrases, read in `masked` (idioms blanked out)."""
    spans: list[Span] = []
    if text.has_cjk:
        for pattern in (_EVERY_PERIOD_ZH, _BY_PERIOD_ZH, _WORDS_ZH):
            spans += [Span("frequency", m.start(), m.end()) for m in pattern.finditer(masked)]
    if text.has_latin:
        spans += [Span("frequency", m.start(), m.end()) for m in _EVERY_PERIOD_EN.finditer(masked)]
    return sorted(spans, key=lambda span: span.start)
