"""Set phrases whose numerals measure nothing: 一次性告知, 第一时间, 一流, one-stop, 6S.

Why: rubric, settled cases: "Numerals inside idioms are not quantities". Their spans are masked
before numbers are read.
"""

from __future__ import annotations

import re

from blueprint.numerals import CHINESE_NUMERAL_CHARS
from standards.smart.lexicon.numbers_in_words import (
    IDIOMS_EN,
    IDIOMS_ZH,
    IDIOMS_ZH_UNLESS_FOLLOWED,
    METHOD_SUFFIX_ZH,
)
from standards.smart.patterns import alternation, english_words, regex
from standards.smart.spans import Span
from standards.smart.text import Text

_IDIOM_ZH = regex(
    lambda: alternation(IDIOMS_ZH)
    + "|"
    + "|".join(
        f"{re.escape(word)}(?![{re.escape(after)}])" for word, after in IDIOMS_ZH_UNLESS_FOLLOWED.items()
    )
)
# a named method: 七步洗手法, 服务五步法, 三声法 (but not 三天内依法…: the name is short and ends in 法)
_METHOD_ZH = regex(
    rf"[{CHINESE_NUMERAL_CHARS}\d]+[步字项招式心声]"
    rf"[\u4e00-\u9fff]{{0,3}}?{METHOD_SUFFIX_ZH}(?![律规院定官治])"
)
# 6S, 5G, 4A, 3D, 7×24: a number glued to an upper-case letter, or a 24/7 availability
_NAME_WITH_NUMBER = regex(r"\d+[A-Z]+(?![a-z])|7\s*[×xX*]\s*24(?!\d)|24\s*[×xX*/]\s*7(?!\d)")
_GLUED_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.")
_IDIOM_EN = regex(lambda: english_words(IDIOMS_EN), re.IGNORECASE)


def find_idioms(text: Text) -> list[Span]:
    """Idioms, method names and product names that contain numerals."""
    spans: list[Span] = []
    norm = text.norm
    if text.has_cjk:
        spans += [Span("idiom", m.start(), m.end()) for m in _IDIOM_ZH.finditer(norm)]
        spans += [Span("idiom", m.start(), m.end()) for m in _METHOD_ZH.finditer(norm)]
    spans += [
        Span("idiom", m.start(), m.end())
        for m in _NAME_WITH_NUMBER.finditer(norm)
        if m.start() == 0 or norm[m.start() - 1] not in _GLUED_BEFORE
    ]
    if text.has_latin:
        spans += [Span("idiom", m.start(), m.end()) for m in _IDIOM_EN.finditer(norm)]
    return sorted(spans, key=lambda span: span.start)
