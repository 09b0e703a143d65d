"""Absolute outcomes and impossible targets: 100% 客户满意, 零投诉, 杜绝一切差错, 0 秒, instantly
resolve every complaint.

Why: rubric, A fails on "an absolute or perfect outcome that staff do not fully control, or
[that] is physically impossible", and passes an absolute on staff's own behaviour. So an
absolute needs a marker and an outcome in one clause; which markers fit which outcomes is set
out in `lexicon/outcomes.py`. Universal words count only when they are about people or cases
(所有客户, every complaint): "each stop", "all tellers" are not outcomes. Universal and absence
words are also reported on their own: M quotes them when it fails.
"""

from __future__ import annotations

import re

from blueprint.numerals import ENGLISH_NUMBER
from standards.smart.lexicon.outcomes import (
    ABSENCE_DIRECT_ONLY_ZH,
    ABSENCE_EN,
    ABSENCE_ZH,
    CASES_EN,
    CASES_ZH,
    COMPLETION_EN,
    COMPLETION_ZH,
    FEELINGS_EN,
    FEELINGS_ZH,
    GUARANTEE_EN,
    GUARANTEE_ZH,
    GUARANTEED_ABSOLUTES_EN,
    GUARANTEED_ABSOLUTES_ZH,
    IMMEDIATE_EN,
    IMMEDIATE_ZH,
    IMPOSSIBLE_COMPLETION_SECONDS,
    NEGATIVE_EVENTS_EN,
    NEGATIVE_EVENTS_ZH,
    NOT_ABSENCE_EN,
    PEOPLE_EN,
    PEOPLE_ZH,
    PERFECT_PERCENT_EN,
    PERFECT_PERCENT_ZH,
    PERFECT_RATES_EN,
    PERFECT_RATES_ZH,
    RESOLUTION_EN,
    RESOLUTION_ZH,
    STAFF_EN,
    STAFF_ZH,
    SUBJECT_OPENERS_EN,
    SUBJECT_OPENERS_ZH,
    UNIVERSAL_EN,
    UNIVERSAL_ZH,
    WAIT_ENDS_EN,
    WAITING_EN,
    WAITING_ZH,
)
from standards.smart.lexicon.time_words import PERIODS_EN, PERIODS_ZH
from standards.smart.patterns import alternation, english_words, regex
from standards.smart.spans import Span
from standards.smart.text import Text

FEELING, RESOLUTION, WAITING, NEGATIVE, PERFECT_RATE = (
    "feeling",
    "resolution",
    "waiting",
    "negative",
    "perfect_rate",
)
UNIVERSAL, PERFECT_PERCENT, ABSENCE, ZERO = "universal", "perfect_percent", "absence", "zero"

# which outcome classes each marker makes absolute (see lexicon/outcomes.py)
_MARKER_FITS = {
    UNIVERSAL: {FEELING, RESOLUTION, WAITING},
    PERFECT_PERCENT: {FEELING, RESOLUTION, WAITING, PERFECT_RATE},
    ABSENCE: {WAITING, NEGATIVE},
    ZERO: {WAITING, NEGATIVE},
}
# how far apart marker and outcome may stand in one clause (characters); English negations
# reach less far, since "not" and "never" negate the verb next to them
_WINDOW_ZH, _WINDOW_EN, _WINDOW_EN_ABSENCE = 16, 48, 28
_DIRECT_GAP = 1  # 零差错, 无投诉, 不排队, 零送错: at most one character between


def _outcome_zh() -> str:
    return (
        rf"(?P<{PERFECT_RATE}>{alternation(PERFECT_RATES_ZH)})|(?P<{FEELING}>{alternation(FEELINGS_ZH)})"
        rf"|(?P<{RESOLUTION}>{alternation(RESOLUTION_ZH)})|(?P<{WAITING}>{alternation(WAITING_ZH)})"
        rf"|(?P<{NEGATIVE}>{alternation(NEGATIVE_EVENTS_ZH)})"
    )


def _outcome_en() -> str:
    return (
        rf"(?P<{PERFECT_RATE}>{english_words(PERFECT_RATES_EN)})|(?P<{FEELING}>{english_words(FEELINGS_EN)})"
        rf"|(?P<{RESOLUTION}>{english_words(RESOLUTION_EN)})|(?P<{WAITING}>{english_words(WAITING_EN)})"
        rf"|(?P<{NEGATIVE}>{english_words(NEGATIVE_EVENTS_EN)})"
    )


def _marker_zh() -> str:
    # 每个工作日 is a frequency, not a universal; 平均 is "average", not 均 "all"
    not_period = rf"(?!\s*(?:{alternation(PERIODS_ZH)}))"
    return (
        rf"(?P<{PERFECT_PERCENT}>{alternation(PERFECT_PERCENT_ZH)})"
        rf"|(?P<{UNIVERSAL}>(?:{alternation(UNIVERSAL_ZH)}|每一?[位名个桌户组间]){not_period}"
        rf"|均(?<!平均)(?![值匀衡等价]))"
        rf"|(?P<{ABSENCE}>{alternation(ABSENCE_ZH)})"
        rf"|(?P<{ZERO}>0(?<![\d.]0)(?![\d.%])|为零|降至零|降为零)"
    )


def _marker_en() -> str:
    # every day is a frequency, not a universal
    not_period = rf"(?!\s+(?:{english_words(PERIODS_EN)}|times?\b|other\b|\d|{ENGLISH_NUMBER}))"
    return (
        rf"(?P<not_absence>{english_words(NOT_ABSENCE_EN)})"
        rf"|(?P<{PERFECT_PERCENT}>{english_words(PERFECT_PERCENT_EN)}|100\s*%)"
        rf"|(?P<{UNIVERSAL}>{english_words(UNIVERSAL_EN)}){not_period}"
        rf"|(?P<{ZERO}>\bzero\b|(?<![\d.])0(?![\d.%]))"
        rf"|(?P<{ABSENCE}>{english_words(w for w in ABSENCE_EN if w != 'zero')})"
    )


def _people_after_en() -> str:
    # up to two words between, but not words that start another phrase ("each stop until passengers")
    gap_word = (
        r"(?!(?:until|at|to|when|before|after|in|on|for|with|by|from|and|or|while|unless|if|that|who|which)\b)"
        r"[\w'-]+"
    )
    return rf"(?:\s+{gap_word}){{0,2}}?\s+(?:(?P<people>{english_words(PEOPLE_EN)})|{english_words(CASES_EN)})"


_OUTCOME_ZH = regex(_outcome_zh)
_OUTCOME_EN = regex(_outcome_en, re.IGNORECASE)
_MARKER_ZH = regex(_marker_zh)
_MARKER_EN = regex(_marker_en, re.IGNORECASE)
_IMMEDIATE = regex(lambda: alternation(IMMEDIATE_ZH) + "|" + english_words(IMMEDIATE_EN), re.IGNORECASE)
_COMPLETION = regex(lambda: alternation(COMPLETION_ZH) + "|" + english_words(COMPLETION_EN), re.IGNORECASE)
_DIRECT_ONLY = frozenset(ABSENCE_DIRECT_ONLY_ZH)
# the people or cases a universal word is about: 所有客户, 每位病人, all reported faults
_PEOPLE_AFTER_ZH = regex(
    lambda: rf"[\u4e00-\u9fff]{{0,4}}?(?P<people>{alternation(PEOPLE_ZH)})"
    rf"|[\u4e00-\u9fff]{{0,4}}?(?:{alternation(CASES_ZH)})"
)
_PEOPLE_AFTER_EN = regex(_people_after_en, re.IGNORECASE)
_SUBJECT_OPENER = regex(
    lambda: rf"(?:{alternation(SUBJECT_OPENERS_ZH)}|{english_words(SUBJECT_OPENERS_EN)})\s*$", re.IGNORECASE
)
# absence words that deny a whole group of people: no customer, 没有客户, 无一客户
_NO_PEOPLE = regex(r"no|not a single|not one|none|nobody|没有|无一|零", re.IGNORECASE)
_PREPOSITION_BEFORE_ZH = regex(r"[为向对给替帮与跟同在把请于由将和及]\s*$")
_PASSIVE_EN = regex(r"\b(?:is|are|be|been|being|was|were|get|gets)\s+$", re.IGNORECASE)
_WAIT_ENDS = frozenset(WAIT_ENDS_EN)
_GUARANTEE = regex(lambda: alternation(GUARANTEE_ZH) + "|" + english_words(GUARANTEE_EN), re.IGNORECASE)
_GUARANTEED_ABSOLUTE = regex(
    lambda: alternation(GUARANTEED_ABSOLUTES_ZH) + "|" + english_words(GUARANTEED_ABSOLUTES_EN), re.IGNORECASE
)
_STAFF_AFTER = regex(
    lambda: rf"\s*(?:[\u4e00-\u9fff]{{0,3}}?(?:{alternation(STAFF_ZH)})|(?:\s+[\w-]+)?\s+{english_words(STAFF_EN)})",
    re.IGNORECASE,
)
# 不超过, 不少于: a negation that starts a comparison is not an absence
_COMPARISON_AFTER = regex(r"超过|超過|少于|少於|低于|低於|多于|多於|迟于|遲於|晚于|晚於|得超|得少|得低")
_GUARANTEE_WINDOW_ZH, _GUARANTEE_WINDOW_EN = 24, 80
_SECONDS = {"秒": 1, "秒钟": 1, "分钟": 60, "s": 1, "sec": 1, "second": 1, "min": 60, "minute": 60}


def find_markers(text: Text) -> list[Span]:
    """Universal, perfect-percentage, absence and zero words (kind = the marker class)."""
    spans: list[Span] = []
    if text.has_cjk:
        spans += [Span(m.lastgroup or "", m.start(), m.end()) for m in _MARKER_ZH.finditer(text.norm)]
    if text.has_latin:
        spans += [
            Span(m.lastgroup or "", m.start(), m.end())
            for m in _MARKER_EN.finditer(text.norm)
            if m.lastgroup != "not_absence"
        ]
    return sorted(spans, key=lambda span: span.start)


def find_outcomes(text: Text) -> list[Span]:
    """Outcome words by class: feeling, resolution, waiting, negative, perfect_rate."""
    spans: list[Span] = []
    if text.has_cjk:
        spans += [Span(m.lastgroup or "", m.start(), m.end()) for m in _OUTCOME_ZH.finditer(text.norm)]
    if text.has_latin:
        spans += [Span(m.lastgroup or "", m.start(), m.end()) for m in _OUTCOME_EN.finditer(text.norm)]
    return sorted(spans, key=lambda span: span.start)


def find_absolutes(
    text: Text,
    markers: list[Span],
    outcomes: list[Span],
    results: list[Span],
    quantities: list[Span],
    actions: list[Span],
) -> list[Span]:
    """Absolute outcomes (kind "absolute").

    Three shapes: a marker and an outcome it makes perfect, in one clause (零差错, resolve 100%
    of complaints); a universal subject of people with a time target and no staff action
    ("All patients are seen within 20 minutes": every patient's wait); an absence word on people
    ("no customer ever waits", "no patient leaves unseen"). Timed results (等候时间, hold time)
    are outcomes of the waiting class.
    """
    candidates = outcomes + [Span(WAITING, r.start, r.end) for r in results if r.kind == "result"]
    found: list[Span] = []
    for marker in markers:
        about = _about_whom(text, marker)
        if marker.kind == UNIVERSAL and about is None:
            continue  # "each stop", "all tellers": not people or cases
        fits = _MARKER_FITS.get(marker.kind, set())
        outcome = next((o for o in candidates if o.kind in fits and _paired(text, marker, o)), None)
        if outcome is not None:
            found.append(Span("absolute", min(marker.start, outcome.start), max(marker.end, outcome.end)))
        elif (
            about is not None
            and about.kind == "people"
            and _outcome_on_people(text, marker, about, quantities, actions)
        ):
            found.append(Span("absolute", marker.start, about.end))
    covered = {text.clause_of(span.start) for span in found}
    found += [span for span in _guaranteed_absolutes(text, markers) if text.clause_of(span.start) not in covered]
    return _merge(found)


def _guaranteed_absolutes(text: Text, markers: list[Span]) -> list[Span]:
    """A guarantee of an absolute: 确保零差错, 保证所有住客不受任何噪音干扰, "ensure no customer
    ever waits", "so that no vehicle is ever returned damaged".

    Why: 确保/保证/ensure/guarantee name a result rather than an action, so an absolute word
    after them in the clause promises a perfect outcome, unless it is about staff themselves
    (确保每位员工佩戴工牌: staff behaviour, achievable).
    """
    found: list[Span] = []
    for guarantee in _GUARANTEE.finditer(text.norm):
        _, clause_end = text.clause_span(guarantee.start())
        window = _GUARANTEE_WINDOW_EN if guarantee.group().isascii() else _GUARANTEE_WINDOW_ZH
        end = min(clause_end, guarantee.end() + window)
        absolutes = [
            (m.start, m.end, m.kind) for m in markers if guarantee.end() <= m.start < end
        ] + [(m.start(), m.end(), "guaranteed") for m in _GUARANTEED_ABSOLUTE.finditer(text.norm, guarantee.end(), end)]
        for start, stop, kind in sorted(absolutes):
            if kind == ABSENCE and _COMPARISON_AFTER.match(text.norm, stop):
                continue
            if kind in (UNIVERSAL, "guaranteed") and _STAFF_AFTER.match(text.norm, stop):
                continue
            found.append(Span("absolute", guarantee.start(), stop))
            break
    return found


def _outcome_on_people(
    text: Text, marker: Span, people: Span, quantities: list[Span], actions: list[Span]
) -> bool:
    """ "no customer (ever waits)", or every customer as the subject of a time target."""
    if marker.kind in (ABSENCE, ZERO):
        return bool(_NO_PEOPLE.fullmatch(text.norm[marker.start : marker.end]))
    return marker.kind == UNIVERSAL and _timed_outcome_on_subject(text, marker, people, quantities, actions)


def _about_whom(text: Text, marker: Span) -> Span | None:
    """The people (kind "people") or cases (kind "cases") right after a marker, if any."""
    pattern = _PEOPLE_AFTER_EN if text.norm[marker.start : marker.end].isascii() else _PEOPLE_AFTER_ZH
    match = pattern.match(text.norm, marker.end)
    if not match or not text.same_clause(marker.start, match.end() - 1):
        return None
    return Span("people" if match.group("people") else "cases", match.start(), match.end())


def _timed_outcome_on_subject(
    text: Text, marker: Span, people: Span, quantities: list[Span], actions: list[Span]
) -> bool:
    """Every customer as the subject of a time target: 所有客户…等候时间均不超过十分钟."""
    clause_start, clause_end = text.clause_span(marker.start)
    before = text.norm[clause_start : marker.start]
    if any(clause_start <= a.start < marker.start and a.kind == "action" for a in actions):
        return False  # 问候每位客户, greet every customer: the customers are the object
    opened = not before.strip() or _SUBJECT_OPENER.search(before)
    if not opened and (before.isascii() or _PREPOSITION_BEFORE_ZH.search(before)):
        return False  # "texts a reminder to every patient", 为每位客户: an object
    if not any(q.kind == "time" and people.end <= q.start < clause_end for q in quantities):
        return False
    # after a subject of customers, their own verbs ("receive their food") keep it an outcome,
    # as does the end of their wait ("are seen", 得到答复); a staff action done to them in the
    # passive ("are greeted within 10 seconds") is staff behaviour
    for action in actions:
        if not people.end <= action.start < clause_end:
            continue
        word = text.norm[action.start : action.end].lower()
        if word in _WAIT_ENDS:
            return True
        if _PASSIVE_EN.search(text.norm, max(0, action.start - 12), action.start):
            return False
    return True


def _paired(text: Text, marker: Span, outcome: Span) -> bool:
    if not text.same_clause(marker.start, outcome.start) or marker.overlaps(outcome):
        return False
    is_english = (
        text.norm[marker.start : marker.end].isascii() and text.norm[outcome.start : outcome.end].isascii()
    )
    window = _WINDOW_EN if is_english else _WINDOW_ZH
    if marker.end <= outcome.start:
        gap = outcome.start - marker.end
        if marker.kind == ABSENCE and not is_english and text.norm[marker.start : marker.end] in _DIRECT_ONLY:
            return gap <= _DIRECT_GAP
        if marker.kind == ABSENCE and is_english:
            return gap <= _WINDOW_EN_ABSENCE
        return gap <= window
    # outcome first: "resolve 100% of complaints", "一次解决率100%", "complaints to zero";
    # an absence word after its outcome negates something else ("errors are not …")
    return marker.kind != ABSENCE and marker.start - outcome.end <= window


def find_impossible(
    text: Text, quantities: list[Span], outcomes: list[Span], markers: list[Span]
) -> list[Span]:
    """Impossible targets (rubric: "0 秒, instantly resolve every complaint, 1 分钟内解决所有投诉").

    Kind "impossible_time": a zero duration, or a piece of work completed within a few
    seconds (热线工单1秒内完成派发和处理). Kind "impossible_speed": every case resolved instantly
    or within a minute. Why the universal word: "简单问题当场解决" is possible; "instantly
    resolve *every* complaint" is not.
    """
    found: list[Span] = []
    universal_clauses = {text.clause_of(m.start) for m in markers if m.kind in (UNIVERSAL, PERFECT_PERCENT)}
    resolutions = [
        o for o in outcomes if o.kind == RESOLUTION and text.clause_of(o.start) in universal_clauses
    ]
    for quantity in quantities:
        if quantity.kind != "time" or quantity.value is None:
            continue
        if quantity.value == 0:
            found.append(Span("impossible_time", quantity.start, quantity.end))
            continue
        seconds = _as_seconds(text.norm[quantity.start : quantity.end], quantity.value)
        if seconds is None:
            continue
        clause_start, clause_end = text.clause_span(quantity.start)
        completion = _COMPLETION.search(text.norm, clause_start, clause_end)
        if seconds <= IMPOSSIBLE_COMPLETION_SECONDS and completion:
            found.append(
                Span(
                    "impossible_time",
                    min(quantity.start, completion.start()),
                    max(quantity.end, completion.end()),
                )
            )
            continue
        if seconds <= 60:
            for resolution in resolutions:
                if text.same_clause(quantity.start, resolution.start):
                    found.append(
                        Span(
                            "impossible_speed",
                            min(quantity.start, resolution.start),
                            max(quantity.end, resolution.end),
                        )
                    )
    for match in _IMMEDIATE.finditer(text.norm) if resolutions else ():
        for resolution in resolutions:
            if (
                text.same_clause(match.start(), resolution.start)
                and abs(resolution.start - match.end()) <= _WINDOW_EN
            ):
                found.append(
                    Span(
                        "impossible_speed",
                        min(match.start(), resolution.start),
                        max(match.end(), resolution.end),
                    )
                )
    return _merge(found)


def _as_seconds(quantity_text: str, value: float) -> float | None:
    unit = re.sub(r"[\d\s.,~\-至到一二两三四五六七八九十零〇半个多余内以]", "", quantity_text).lower()
    for name, factor in _SECONDS.items():
        if unit.startswith(name):
            return value * factor
    return None


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start < merged[-1].end and span.kind == merged[-1].kind:
            last = merged.pop()
            span = Span(span.kind, last.start, max(last.end, span.end))
        merged.append(span)
    return merged
