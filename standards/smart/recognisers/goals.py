"""Goals: change verbs and their objects (提升客户满意度, reduce complaints to zero).

Why: rubric, S fails when "it speaks only of goals", and "a change target is a goal" even with
numbers ("reduce average hold time by 20%", "投诉量下降 10%", "满意度提升至 90 分"). A goal
span runs from the verb to the end of its clause, or to a word that starts the means
("…, by answering calls within 20 seconds"), so actions inside the goal's object do not count.
"""

from __future__ import annotations

import re

from standards.smart.lexicon.verbs import (
    ASPIRATION_OBJECTS_EN,
    ASPIRATION_VERBS_EN,
    CHANGE_VERBS_EN,
    CHANGE_VERBS_ZH,
    GOAL_NOUNS_EN,
    GOAL_NOUNS_ZH,
    GOAL_OBJECT_STOPS_EN,
    GOAL_OBJECT_STOPS_ZH,
    IRREGULAR_EN,
    NOUN_MARKERS_BEFORE_EN,
)
from standards.smart.patterns import (
    Regex,
    alternation,
    english_verb_forms,
    english_words,
    regex,
)
from standards.smart.spans import Span
from standards.smart.text import Text

_CHANGE_ZH = regex(lambda: alternation(CHANGE_VERBS_ZH))
_STOP_ZH = regex(lambda: alternation(GOAL_OBJECT_STOPS_ZH))
_CHANGE_EN = regex(lambda: english_words(english_verb_forms(CHANGE_VERBS_EN, IRREGULAR_EN)), re.IGNORECASE)
_ASPIRATION_EN = regex(
    lambda: english_words(english_verb_forms(ASPIRATION_VERBS_EN, IRREGULAR_EN))
    + r"(?:\s+[\w'-]+){0,4}?\s+"
    + english_words(ASPIRATION_OBJECTS_EN),
    re.IGNORECASE,
)
# "by" starts the means unless an amount follows ("by 20%"); the others always do
_STOP_EN = regex(
    lambda: r"(?<![\w-])by\s+(?![\d.]|\w+\s*(?:%|percent))|"
    + english_words(w for w in GOAL_OBJECT_STOPS_EN if w != "by"),
    re.IGNORECASE,
)
_GOAL_NOUN = regex(lambda: alternation(GOAL_NOUNS_ZH) + "|" + english_words(GOAL_NOUNS_EN), re.IGNORECASE)
# a goal noun's goal runs to the end of the sentence part, past a colon: 服务目标：零客诉
_SENTENCE_PART_END = regex(r"[，,；;。！？!?\n]|\.(?!\d)")
_DETERMINER_BEFORE = regex(lambda: english_words(NOUN_MARKERS_BEFORE_EN) + r"\s*$", re.IGNORECASE)


def find_goals(text: Text) -> list[Span]:
    """Goal spans: the change verb and its object, up to the clause end or a means word."""
    norm = text.norm
    spans: list[Span] = []
    if text.has_cjk:
        for match in _CHANGE_ZH.finditer(norm):
            spans.append(_goal_span(text, match.start(), match.end(), _STOP_ZH))
    if text.has_latin:
        for match in _CHANGE_EN.finditer(norm):
            if _DETERMINER_BEFORE.search(norm, max(0, match.start() - 12), match.start()):
                continue  # "an increase in", "the reduction": nouns
            spans.append(_goal_span(text, match.start(), match.end(), _STOP_EN))
        for match in _ASPIRATION_EN.finditer(norm):
            spans.append(_goal_span(text, match.start(), match.end(), _STOP_EN))
    for match in _GOAL_NOUN.finditer(norm):
        part_end = _SENTENCE_PART_END.search(norm, match.end())
        spans.append(Span("goal", match.start(), part_end.start() if part_end else len(norm)))
    return sorted(set(spans), key=lambda span: span.start)


def _goal_span(text: Text, start: int, verb_end: int, stops: Regex) -> Span:
    _, clause_end = text.clause_span(start)
    stop = stops.search(text.norm, verb_end, clause_end)
    end = stop.start() if stop else clause_end
    while end > verb_end and not text.norm[end - 1].isalnum() and text.norm[end - 1] not in "%)）":
        end -= 1
    return Span("goal", start, max(end, verb_end))
