"""Attitude and quality words (热情, 耐心, friendly) and satisfaction or rating words (满意度, NPS).

Why: rubric, S fails when "the only requirement is an attitude or quality word with nothing
observable next to it", and "a satisfaction or rating level alone names no action".
"""

from __future__ import annotations

import re

from standards.smart.lexicon.qualities import RATING_EN, RATING_ZH, VAGUE_EN, VAGUE_ZH
from standards.smart.patterns import alternation, english_words, regex
from standards.smart.spans import Span
from standards.smart.text import Text

# 满意 is vague, 满意度 is a rating: the longer word wins because both lists are tried at once
_VAGUE_ZH = regex(lambda: rf"(?P<rating>{alternation(RATING_ZH)})|(?P<vague>{alternation(VAGUE_ZH)})")
_VAGUE_EN = regex(lambda: english_words(VAGUE_EN), re.IGNORECASE)
_VAGUE_WORDS_EN = frozenset(VAGUE_EN)
# 做好服务工作, 做好接待工作: "do the X work well" names no behaviour
_DO_THE_WORK_WELL_ZH = regex(r"做好[\u4e00-\u9fff]{0,8}?工作")
_RATING_EN = regex(lambda: english_words(RATING_EN), re.IGNORECASE)


def find_quality_words(text: Text) -> tuple[list[Span], list[Span]]:
    """Attitude and quality words (kind "vague") and satisfaction or rating words (kind "rating"),
    found in one pass: 满意 is vague, 满意度 is a rating."""
    vague: list[Span] = []
    ratings: list[Span] = []
    if text.has_cjk:
        for match in _VAGUE_ZH.finditer(text.norm):
            if match.lastgroup == "vague" or match.group() == "满意":
                vague.append(Span("vague", match.start(), match.end()))
            else:
                ratings.append(Span("rating", match.start(), match.end()))
        vague += [Span("vague", m.start(), m.end()) for m in _DO_THE_WORK_WELL_ZH.finditer(text.norm)]
    if text.has_latin:
        vague += [Span("vague", m.start(), m.end()) for m in _VAGUE_EN.finditer(text.norm)]
        ratings += [Span("rating", m.start(), m.end()) for m in _RATING_EN.finditer(text.norm)]
    return sorted(vague, key=lambda span: span.start), sorted(ratings, key=lambda span: span.start)


def is_adverb(word: str) -> bool:
    """politely, warmly, patiently: -ly made from a quality word (not friendly, timely, orderly)."""
    if not word.endswith("ly"):
        return False
    stem = word[:-2]
    forms = {stem, stem + "e", stem + "le", stem[:-1] + "y" if stem.endswith("i") else stem}
    return bool(forms & _VAGUE_WORDS_EN)
