"""Numbers that label rather than measure: 第3步, 2号窗口, 3楼, counter 5, the 2nd step.

Why: rubric, settled cases: "A number that labels rather than measures (第3步, 2号窗口, counter
5) is not a quantity."
"""

from __future__ import annotations

import re

from blueprint.numerals import CHINESE_NUMERAL_CHARS
from standards.smart.lexicon.numbers_in_words import (
    DATE_AFTER_HAO,
    LABEL_NOUNS_EN,
    LABEL_SUFFIXES_ZH,
)
from standards.smart.patterns import alternation, english_words, regex
from standards.smart.spans import Span
from standards.smart.text import Text

# 第二天 and 第二个工作日 are deadlines, not labels. The number is taken whole, never in part
# (an atomic group written as a look-ahead and a back-reference, for Python 3.10): 第十二天 must
# not become the label 第十.
_ORDINAL_ZH = regex(
    rf"第\s*(?=(?P<ordinal>\d+|[{CHINESE_NUMERAL_CHARS}]+))(?P=ordinal)(?!\s*(?:天|日|个?工作日|个?工作天|个?营业日))"
    r"(?:\s*[步个号位次名条项章节阶段期轮])?"
)


def _suffix_label_zh() -> str:
    after_hao = alternation(DATE_AFTER_HAO)
    return (
        rf"(?<![\d.])(?=(?P<number>\d+|[{CHINESE_NUMERAL_CHARS}]+))(?P=number)\s*(?:号(?!\s*(?:{after_hao}))(?:窗口|柜台|窗|台|桌|机|门|厅|位)?|"
        rf"{alternation(s for s in LABEL_SUFFIXES_ZH if s != '号')})"
    )


_SUFFIX_LABEL_ZH = regex(_suffix_label_zh)
_NOUN_LABEL_EN = regex(
    lambda: english_words(LABEL_NOUNS_EN, boundary_after=False)
    + r"(?:\s+#?\s*|\s*#\s*)(?:\d+[A-Za-z]?|(?-i:[A-Z]))(?![\w.%]|\s*(?:%|percent|per cent))",
    re.IGNORECASE,
)
_ORDINAL_EN = regex(r"(?<![\w.])\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_NUMBER_SIGN = regex(r"(?:#|No\.)\s*\d+")


def find_labels(text: Text, masked: str) -> list[Span]:
    """Ordinals, window and floor numbers, counter numbers, read in `masked` (idioms and clock
    times already blanked out, so the 5th in "by the 5th" stays a date)."""
    norm = masked
    spans: list[Span] = []
    if text.has_cjk:
        spans += [Span("label", m.start(), m.end()) for m in _ORDINAL_ZH.finditer(norm)]
        spans += [Span("label", m.start(), m.end()) for m in _SUFFIX_LABEL_ZH.finditer(norm)]
    if text.has_latin:
        spans += [Span("label", m.start(), m.end()) for m in _NOUN_LABEL_EN.finditer(norm)]
        spans += [Span("label", m.start(), m.end()) for m in _ORDINAL_EN.finditer(norm)]
    spans += [Span("label", m.start(), m.end()) for m in _NUMBER_SIGN.finditer(norm)]
    return sorted(spans, key=lambda span: span.start)
