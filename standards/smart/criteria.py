"""The rubric: one function per letter, combining what the recognisers found.

See shared/design/smart-rubric.md. Each function returns a CriterionResult; a failure carries
reasons that quote the words at fault (or, when the fault is that something is missing, the
statement itself) and say how to fix them.
"""

from __future__ import annotations

import re

from standards.smart.evidence import Evidence
from standards.smart.fields import (
    StructuredFields,
    satisfies_measurable,
    satisfies_time_bound,
)
from standards.smart.messages import reason
from standards.smart.patterns import regex
from standards.smart.recognisers.qualities import is_adverb
from standards.smart.result import CriterionResult, Reason
from standards.smart.spans import Span, overlapping

MAX_REASONS = 3
_PASS = CriterionResult("pass", [])

# the bare object "service" makes a weak verb vague: "provide service", "提供服务"
_SERVICE = regex(r"服务|\bservices?\b", re.IGNORECASE)
_ENGLISH_WORD = regex(r"[A-Za-z]+(?:'[a-z]+)?")
_CJK_CHAR = regex(r"[\u4e00-\u9fff]")
_STOPWORDS_EN = frozenset(
    (
        "a",
        "an",
        "the",
        "be",
        "is",
        "are",
        "am",
        "was",
        "were",
        "been",
        "to",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "must",
        "should",
        "shall",
        "will",
        "would",
        "can",
        "may",
        "always",
        "very",
        "please",
        "it",
        "its",
        "this",
        "that",
        "they",
        "we",
        "you",
        "our",
        "your",
        "their",
        "as",
        "so",
        "do",
        "does",
        "all",
        "every",
        "each",
    )
)
_STOP_CHARS_ZH = frozenset("的了和与及并要应须得地在是为都也很请等把被让将所之其或而且均需必")
_ENGLISH_WORD_AFTER = regex(r"\s+([a-z]+)")
# after "politely", "promptly": words that are not the verb it qualifies
_NOT_VERBS_AFTER_ADVERB = _STOPWORDS_EN | frozenset(
    "and or but than with without at in on to from by for after before when while if as".split()
)
_TRAILING = "。.!！?？;；,，、 \t\n"


def specific(evidence: Evidence, lang: str) -> CriterionResult:
    """S: an observable action or result, not only attitude words, goals or ratings.

    Passes on an action verb, a weak verb (provide, 保持) with a concrete object, quoted words
    staff say, or an observable result (waiting time, error rate), outside any goal. Fails when
    the statement is shorter than two content words, or when it has attitude words, goals or
    ratings and none of the above.

    Why a statement with none of those passes: the rubric fails S only on those causes, and the
    verb lexicon cannot list every observable verb (批改作业, 核发, dispense); a statement that
    claims no quality and sets no goal is taken to name what it asks for.
    """
    text = evidence.text
    goals = evidence.goals
    goal_clauses = {text.clause_of(goal.start) for goal in goals}

    def inside_goal(span: Span) -> bool:
        return any(goal.start <= span.start < goal.end for goal in goals)

    def concrete_weak_verb(span: Span) -> bool:
        # "provide excellent service" is a quality; "应于合理时间内完成理赔" still names the work
        _, clause_end = text.clause_span(span.start)
        quality_after = any(span.end <= word.start < clause_end for word in evidence.vague)
        return not quality_after and not _SERVICE.search(text.norm, span.end, clause_end)

    actions = [a for a in evidence.actions if not inside_goal(a) and not overlapping(a, evidence.vague)]
    observable = [
        *_adverbs_before_verbs(evidence),
        *(a for a in actions if a.kind == "action"),
        *(a for a in actions if a.kind == "weak_action" and concrete_weak_verb(a)),
        *(r for r in evidence.results if text.clause_of(r.start) not in goal_clauses),
        *evidence.speech,
    ]
    too_short = _content_words(text.original) < 2
    if observable and not too_short:
        return _PASS
    reasons: list[Reason] = []
    if too_short:
        reasons.append(reason("S.too_short", lang, _whole(evidence)))
    reasons += [reason("S.goal", lang, _goal_quote(evidence, goal)) for goal in goals]
    if not goals:
        reasons += [reason("S.rating", lang, evidence.quote(rating)) for rating in evidence.ratings[:1]]
    reasons += [reason("S.vague", lang, evidence.quote(word)) for word in _distinct(evidence, evidence.vague)]
    if not reasons:
        return _PASS
    return CriterionResult("fail", reasons[:MAX_REASONS])


def measurable(evidence: Evidence, fields: StructuredFields | None, lang: str) -> CriterionResult:
    """M: a number with a unit, a percentage, a count, a score or a clock time (or a structured
    target or compliance rate)."""
    if evidence.quantities or evidence.clock_times or satisfies_measurable(fields):
        return _PASS
    reasons = [reason("M.label", lang, evidence.quote(label)) for label in evidence.labels]
    reasons += [
        reason("M.idiom", lang, evidence.quote(idiom))
        for idiom in evidence.idioms
        if any(char.isdigit() or char in "一二两三四五六七八九十百千万零" for char in evidence.quote(idiom))
        and evidence.text.norm[idiom.start : idiom.end] not in ("一切",)
    ]
    reasons += [
        reason(
            "M.universal" if marker.kind in ("universal", "perfect_percent") else "M.absence",
            lang,
            evidence.quote(marker),
        )
        for marker in evidence.markers
        if marker.kind == "universal" or _is_ban(evidence, marker)
    ]
    if not reasons:
        reasons.append(reason("M.none", lang, _whole(evidence)))
    return CriterionResult("fail", reasons[:MAX_REASONS])


def achievable(evidence: Evidence, lang: str) -> CriterionResult:
    """A: no absolute outcome that staff do not control, and no impossible time."""
    impossible = evidence.impossible
    absolutes = [span for span in evidence.absolutes if not overlapping(span, impossible)]
    if not impossible and not absolutes:
        return _PASS
    reasons = [reason(f"A.{span.kind}", lang, evidence.quote(span)) for span in impossible]
    reasons += [reason("A.absolute", lang, evidence.quote(span)) for span in absolutes]
    return CriterionResult("fail", reasons[:MAX_REASONS])


def relevant() -> CriterionResult:
    """R: decided by the blueprint (the standard's step and dimension); as bare text, unknown."""
    return CriterionResult("unknown", [])


def time_bound(evidence: Evidence, fields: StructuredFields | None, lang: str) -> CriterionResult:
    """T: a time limit, a clock time or deadline, or a calendar frequency (or a duration target)."""
    has_duration = any(quantity.kind == "time" for quantity in evidence.quantities)
    if (
        has_duration
        or evidence.clock_times
        or evidence.frequencies
        or evidence.deadlines
        or satisfies_time_bound(fields)
    ):
        return _PASS
    reasons = [
        reason("T.trigger", lang, evidence.quote(trigger))
        for trigger in _distinct(evidence, evidence.triggers)[:2]
    ]
    reasons += [
        reason("T.immediacy", lang, evidence.quote(word)) for word in _distinct(evidence, evidence.immediacy)
    ]
    if not reasons:
        reasons.append(reason("T.none", lang, _whole(evidence)))
    return CriterionResult("fail", reasons[:MAX_REASONS])


def _adverbs_before_verbs(evidence: Evidence) -> list[Span]:
    """耐心地倾听, "politely redirect": a quality word made an adverb (by 地, or -ly) qualifies
    the verb after it, which is then an action whether or not the lexicon lists it."""
    norm = evidence.text.norm
    found = []
    for word in evidence.vague:
        if norm[word.end : word.end + 1] == "地" and _CJK_CHAR.match(norm, word.end + 1):
            found.append(Span("action", word.end + 1, word.end + 3))
        elif is_adverb(norm[word.start : word.end].lower()):
            after = _ENGLISH_WORD_AFTER.match(norm, word.end)
            if after and after.group(1).lower() not in _NOT_VERBS_AFTER_ADVERB:
                found.append(Span("action", after.start(1), after.end(1)))
    return [span for span in found if not overlapping(span, evidence.vague)]


def _is_ban(evidence: Evidence, marker: Span) -> bool:
    """Absence words worth quoting for M: 杜绝, never, no (not the 不 of 不超过)."""
    if marker.kind != "absence":
        return False
    return (
        len(evidence.text.norm[marker.start : marker.end]) > 1
        or evidence.text.norm[marker.start : marker.end] in "无"
    )


def _content_words(statement: str) -> int:
    if len(statement) > 40:
        return 2  # (at least: counting only matters for very short statements)
    english = sum(1 for word in _ENGLISH_WORD.findall(statement) if word.lower() not in _STOPWORDS_EN)
    if statement.isascii():
        return english  # (and an English statement never compiles _CJK_CHAR)
    chinese = sum(1 for char in _CJK_CHAR.findall(statement) if char not in _STOP_CHARS_ZH)
    return english + chinese // 2


def _whole(evidence: Evidence) -> str:
    """The statement without surrounding blanks and closing punctuation (still a substring)."""
    stripped = evidence.text.original.strip().rstrip(_TRAILING)
    return stripped or evidence.text.original


def _goal_quote(evidence: Evidence, goal: Span) -> str:
    """The goal with its subject when the clause opens with it: 投诉量下降 10%, not 下降 10%."""
    text = evidence.text
    clause_start, _ = text.clause_span(goal.start)
    before = text.norm[clause_start : goal.start]
    start = goal.start
    if before.strip() and not any(clause_start <= a.start < goal.start for a in evidence.actions):
        start = clause_start + (len(before) - len(before.lstrip()))
    return text.original[start : goal.end]


def _distinct(evidence: Evidence, spans: list[Span]) -> list[Span]:
    """Spans with distinct words, each quoted once, nested spans dropped."""
    seen: set[str] = set()
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        words = evidence.quote(span)
        if words in seen or any(other.start <= span.start and span.end <= other.end for other in kept):
            continue
        seen.add(words)
        kept.append(span)
    return kept
