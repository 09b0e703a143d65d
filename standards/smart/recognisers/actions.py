"""Observable actions: verbs a person can be seen doing (问候, 双手递送, greet, call back).

Why: rubric, S passes when "the statement names a concrete, observable action". Weak verbs
(provide, keep, 提供, 保持) are reported apart as "weak_action": the criterion counts them only
when no quality word shares their clause and their object is not bare "service"
(P044 "Provide excellent, professional service" fails S).

English verbs are also nouns ("the call", "answer rate"); a form counts as a verb unless a
determiner, possessive, number or quality word stands before it, or a noun head follows it.
"""

from __future__ import annotations

import re

from standards.smart.lexicon.qualities import VAGUE_EN
from standards.smart.lexicon.verbs import (
    ACTION_NOUN_SUFFIXES_ZH,
    ACTIONS_EN,
    ACTIONS_ZH,
    IRREGULAR_EN,
    NOUN_HEADS_AFTER_EN,
    NOUN_MARKERS_BEFORE_EN,
    WEAK_ACTIONS_EN,
    WEAK_ACTIONS_ZH,
)
from standards.smart.patterns import (
    alternation,
    english_verb_forms,
    english_words,
    regex,
)
from standards.smart.recognisers.qualities import is_adverb
from standards.smart.spans import Span
from standards.smart.text import Text


def _actions_zh() -> str:
    # 台 is a noun suffix (服务台) except in 台面 (a counter top, which is cleaned)
    noun_after = rf"(?!{alternation(ACTION_NOUN_SUFFIXES_ZH)}|台(?!面))"
    return (
        rf"(?P<action>{alternation(ACTIONS_ZH)}){noun_after}"
        rf"|(?P<weak_action>{alternation(WEAK_ACTIONS_ZH)}){noun_after}"
    )


def _actions_en() -> str:
    strong = english_verb_forms(ACTIONS_EN, IRREGULAR_EN)
    weak = english_verb_forms(WEAK_ACTIONS_EN, IRREGULAR_EN) - strong
    return rf"(?P<action>{english_words(strong)})|(?P<weak_action>{english_words(weak)})"


_ACTIONS_ZH = regex(_actions_zh)
_ACTIONS_EN = regex(_actions_en, re.IGNORECASE)
_WORD_BEFORE = regex(r"([A-Za-z]+(?:'s|s')?|\d+)\s*$")
_WORD_AFTER = regex(r"\s*([A-Za-z]+)")
# quality adjectives mark a noun ("a warm welcome"); quality adverbs mark a verb ("warmly welcome")
_NOUN_MARKERS = frozenset(NOUN_MARKERS_BEFORE_EN) | {
    word for word in VAGUE_EN if " " not in word and not is_adverb(word)
}
_NOUN_HEADS = frozenset(NOUN_HEADS_AFTER_EN)


def find_actions(text: Text) -> list[Span]:
    """Action verbs (kind "action") and weak verbs (kind "weak_action")."""
    norm = text.norm
    spans: list[Span] = []
    if text.has_cjk:
        spans += [Span(m.lastgroup or "action", m.start(), m.end()) for m in _ACTIONS_ZH.finditer(norm)]
    if text.has_latin:
        for match in _ACTIONS_EN.finditer(norm):
            if not _used_as_noun(norm, match.start(), match.end()):
                spans.append(Span(match.lastgroup or "action", match.start(), match.end()))
    return sorted(spans, key=lambda span: span.start)


def _used_as_noun(norm: str, start: int, end: int) -> bool:
    if end < len(norm) and norm[end] == "-":
        return True  # check-in, follow-up: a compound noun
    before = _WORD_BEFORE.search(norm, max(0, start - 24), start)
    if before:
        word = before.group(1).lower()
        if word.endswith(("'s", "s'")) or word.isdigit() or word in _NOUN_MARKERS:
            return True
    after = _WORD_AFTER.match(norm, end)
    return bool(after and after.group(1).lower() in _NOUN_HEADS)
