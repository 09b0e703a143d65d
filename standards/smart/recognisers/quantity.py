"""Quantities: a number with a unit, a percentage, a count, a score, money, a distance.

Why: rubric, M: "a number with a unit (15 秒, 3 rings, 2 working days, 1 米), a percentage, a
count (至少 3 次, two options), a score or rating (4.5 分 or above, NPS ≥ 40)". Numbers may be
Arabic, full-width or Chinese (三个工作日, 十五秒, 两次) and ranges (3-5, 三至五). "Zero" is a
count (零差错, zero complaints); all, every, no and never are not.

Each number is found first, then read in its context: what follows (a unit, 以上, or above),
what precedes (至少, ≥, NPS) and, for the Chinese 一, whether it is a count at all (一位客户 is
"a customer"; 至少一次 and 每周一次 are counts).
"""

from __future__ import annotations

import re

from blueprint.numerals import (
    ARABIC_NUMBER,
    CHINESE_NUMERAL,
    ENGLISH_NUMBER,
    english_to_number,
    parse_number,
)
from standards.smart.lexicon import units
from standards.smart.lexicon.time_words import PERIODS_EN
from standards.smart.patterns import alternation, english_words, regex
from standards.smart.spans import Span
from standards.smart.text import Text

# the kinds of quantity; only TIME also counts for T
TIME, COUNT, PERCENTAGE, SCORE = "time", "count", "percentage", "score"
MONEY, DISTANCE, MEASURE = "money", "distance", "measure"

# Numbers in digits and Chinese numerals; English number words only in text with Latin letters.
# (No branch opens with an assertion, so the engine can skip ahead to a possible first character;
# the Arabic number's left boundary is checked in code.)
_NUMBER = regex(
    rf"(?P<percent_zh>百分之\s*(?:{ARABIC_NUMBER}|{CHINESE_NUMERAL}))"
    rf"|(?P<arabic>{ARABIC_NUMBER})"
    rf"|(?P<chinese>{CHINESE_NUMERAL})"
)
_NUMBER_EN = regex(rf"(?P<english>{ENGLISH_NUMBER})|(?P<times>\b(?:twice|thrice|once)\b)", re.IGNORECASE)
_NUMBER_BOUNDARY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.")
_RANGE_REST = regex(
    rf"\s*(?:-|~|–|—|至|到|或|\bto\b|\bor\b)\s*(?P<upper>{ARABIC_NUMBER}|{CHINESE_NUMERAL}|{ENGLISH_NUMBER})",
    re.IGNORECASE,
)

_ZH_UNIT_CATEGORY: dict[str, str] = {}
for _category, _words in (
    (COUNT, units.COUNT_ZH),
    (MEASURE, units.OTHER_ZH),
    (DISTANCE, units.DISTANCE_ZH),
    (MONEY, units.MONEY_ZH),
    (SCORE, units.SCORE_ZH),
    (TIME, units.TIME_ZH),
    (PERCENTAGE, units.PERCENT_ZH),
):
    for _word in _words:
        _ZH_UNIT_CATEGORY[_word] = _category
_EN_UNIT_CATEGORY: dict[str, str] = {}
for _category, _words in (
    (MONEY, units.MONEY_EN),
    (DISTANCE, units.DISTANCE_EN),
    (SCORE, units.SCORE_EN),
    (PERCENTAGE, units.PERCENT_EN),
    (TIME, units.TIME_EN),
):
    for _word in _words:
        _EN_UNIT_CATEGORY[_word] = _category

# between the number and its unit: 10多分钟, 三个工作日, 一个半小时, 两到三个
_BRIDGE = regex(r"\s*(?:多|余|来|几)?\s*(?:个)?\s*(?:半)?\s*")
_ZH_UNIT = regex(lambda: alternation(_ZH_UNIT_CATEGORY))
# "2-hour window", "15-minute slot": the hyphen joins number and unit
_EN_UNIT = regex(
    lambda: r"(?:\s*-\s*|\s*)(?:" + alternation(_EN_UNIT_CATEGORY, space=r"\s+") + r")(?![A-Za-z0-9_-])",
    re.IGNORECASE,
)
_SYMBOL_TIME = regex(r"\s*(?:ms|s|secs?|mins?|h|hrs?|d|wd|w)(?![A-Za-z])")
_SYMBOL_OTHER = regex(r"\s*(?:km|m|cm|mm|kg|g|ml|dB|°C|℃)(?![A-Za-z])")
_PERCENT_SIGN = regex(r"\s*%")
_PERCENT_CHENG = regex(r"\s*成(?![为功本员果绩熟长立交就品年人效])")
_RING_CONTEXT = regex(r"[铃响]")
_SECONDS_AFTER = regex(r"\s*\d+\s*秒")
# the word after an English number, which makes it a count: "two options", "3 calls"
_EN_NEXT_WORD = regex(r"\s+(?P<word>[a-z][a-z'-]*)", re.IGNORECASE)
_NOT_COUNTED_WORDS = frozenset(
    "the a an of to and or in on at by for with from is are be was were that this it as than am "
    "pm per if when after before but so not no yes who which whom whose more less another".split()
)
_COMPARATOR_BEFORE = regex(
    lambda: "(?:"
    + alternation(units.COMPARATORS_ZH)
    + "|"
    + alternation(units.COMPARATORS_SYMBOLS)
    + "|"
    + english_words(units.COMPARATORS_EN)
    + "|"
    + english_words(units.SCORE_ACRONYMS)
    + r"|(?:得分|评分|分数|分值|score|rating)\s*(?:为|是|of|:)?)\s*$",
    re.IGNORECASE,
)
_LEVEL_BEFORE = regex(lambda: r"(?:" + alternation(units.LEVEL_WORDS) + r")\s*$", re.IGNORECASE)
_POSTFIX = regex(
    lambda: r"\s*(?:" + alternation(units.POSTFIX_ZH) + "|" + english_words(units.POSTFIX_EN) + r"|\+|/\s*\d+)",
    re.IGNORECASE,
)
# 每周一次, 一天一次, 每月对每间客房进行一次检查: a period earlier in the clause makes the bare 一 a count
_PERIOD_BEFORE_ZH = regex(
    r"(?:每|一|两|半|\d)\s*个?\s*(?:工作日|日|天|周|星期|月|季度|季|年|班|小时|早|晚)[^，,；;。！？!?]*$"
)
_COMPARATOR_ANYWHERE = regex(r"(?:至少|最少|不少于|不低于)[^，,；;。！？!?]*$")
_EN_FREQUENCY_AFTER = regex(
    lambda: r"\s+(?:a|an|per|every|each)\s+" + english_words(PERIODS_EN) + r"|\s*(?:[.,;!?]|$)",
    re.IGNORECASE,
)
_EN_ONCE_BEFORE = regex(r"(?:at least|at most|only|more than|exactly|no more than)\s*$", re.IGNORECASE)
# "within an hour", "half an hour": a / an standing for one
_A_TIME = regex(
    lambda: r"(?<![\w-])(?:(?:within|in|under|for|about|around|after|before|up to|every|each|per)\s+(?:a|an)"
    r"(?:\s+half)?|half\s+an?|an?\s+half)\s+" + english_words(units.TIME_EN),
    re.IGNORECASE,
)
_MONEY_SIGN = regex(r"(?:[¥￥$€£]|NT\$|RMB|USD|HK\$|人民币)\s*$", re.IGNORECASE)
_YEAR = regex(r"(?:19|20)\d\d")
_LONGEST_NUMBER = 24


def find_quantities(text: Text, masked: str) -> list[Span]:
    """Quantities in `masked` (idioms, labels and clock times blanked out), kind = category.

    Kinds: "time" (also rings), "count" (also zero), "percentage", "score", "money",
    "distance", "measure". `value` is the number read (the upper bound of a range).
    """
    spans: list[Span] = []
    matches = list(_NUMBER.finditer(masked))
    if text.has_latin:
        matches += _NUMBER_EN.finditer(masked)
    read_up_to = 0
    for match in sorted(matches, key=lambda m: m.start()):
        if match.start() < read_up_to:
            continue  # the second number of a range already read (3-5 天)
        if (
            match.lastgroup == "arabic"
            and match.start() > 0
            and masked[match.start() - 1] in _NUMBER_BOUNDARY
        ):
            continue  # part of a word or a longer number: A12, v2.5
        span = _read_quantity(masked, match)
        if span is not None:
            spans.append(span)
            read_up_to = span.end
    if text.has_latin:
        for match in _A_TIME.finditer(masked):
            half = "half" in match.group().lower()
            spans.append(Span(TIME, match.start(), match.end(), 0.5 if half else 1.0))
    return sorted(spans, key=lambda span: span.start)


def _read_quantity(text: str, match: re.Match[str]) -> Span | None:
    start, end = match.span()
    group = match.lastgroup
    raw = match.group()
    if group == "percent_zh":
        value = _value(raw[3:].strip())
        return Span(PERCENTAGE, start, end, value)
    if group == "times":
        return _read_times_word(text, start, end, raw.lower())
    value = _value(raw)
    if value is None:
        return None
    if raw == "一" and text[max(0, start - 1) : start] == "每":
        return None  # 每一天, 每一位: "every", not one
    # a range: 3-5 个工作日, 三至五天, 3 to 5 days: read the unit after its second number
    rest = _RANGE_REST.match(text, end)
    if rest:
        upper = _value(rest.group("upper"))
        if upper is not None:
            end, value = rest.end(), upper
    category, unit_end = _unit_after(text, start, end, group, raw)
    if category is not None:
        if group == "chinese" and raw == "一" and not _bare_one_counts(text, start, unit_end, category):
            return None
        return Span(category, start, unit_end, value)
    if _MONEY_SIGN.search(text, max(0, start - 5), start):
        return Span(MONEY, start, end, value)
    if value == 0:
        # 零差错, 0 投诉, zero complaints, reduce complaints to zero: zero is a count (rubric)
        return Span(COUNT, start, end, 0.0)
    if group == "chinese" and len(raw) == 1 and raw in "一两":
        return None
    before = text[max(0, start - 14) : start]
    postfix = _POSTFIX.match(text, end)
    if _COMPARATOR_BEFORE.search(before) or _LEVEL_BEFORE.search(before) or postfix:
        if group == "arabic" and _YEAR.fullmatch(raw) and not postfix:
            return None
        return Span(SCORE, start, postfix.end() if postfix else end, value)
    return None


def _unit_after(text: str, start: int, end: int, group: str | None, raw: str) -> tuple[str | None, int]:
    """Category and end of the unit written after the number, or (None, end)."""
    if _PERCENT_SIGN.match(text, end):
        return PERCENTAGE, _PERCENT_SIGN.match(text, end).end()  # type: ignore[union-attr]
    bridge = _BRIDGE.match(text, end)
    position = bridge.end() if bridge else end
    if group in ("arabic", "chinese"):
        cheng = _PERCENT_CHENG.match(text, end)
        if cheng:
            return PERCENTAGE, cheng.end()  # 八成, 9成: tenths (rubric: 八成 is 80%)
        # 三个工作日 reads past 个 to its unit; 两个窗口 stops at 个, itself a count
        unit = _ZH_UNIT.match(text, position) or _ZH_UNIT.match(text, end)
        if unit:
            word = unit.group()
            category = _ZH_UNIT_CATEGORY[word]
            if word == "分" and _SECONDS_AFTER.match(text, unit.end()):
                category = TIME  # 3分30秒: minutes, not a score
            if word == "声" and _RING_CONTEXT.search(text, max(0, start - 4), start):
                category = TIME  # rings are time: 铃响三声内
            return category, unit.end()
    english_unit = _EN_UNIT.match(text, end)
    if english_unit:
        word = re.sub(r"\s+", " ", english_unit.group().strip().lstrip("-").strip().lower())
        return _EN_UNIT_CATEGORY.get(word, MEASURE), english_unit.end()
    if group == "arabic":
        symbol = _SYMBOL_TIME.match(text, end)
        if symbol:
            return TIME, symbol.end()
        symbol = _SYMBOL_OTHER.match(text, end)
        if symbol:
            return DISTANCE, symbol.end()
    # "two options", "3 calls": a count; but not a phone number (10086) or a year (2026)
    plain_number = group == "english" or (len(raw.replace(",", "")) < 5 and not _YEAR.fullmatch(raw))
    if group in ("arabic", "english") and plain_number:
        next_word = _EN_NEXT_WORD.match(text, end)
        if next_word and next_word.group("word").lower() not in _NOT_COUNTED_WORDS:
            return COUNT, next_word.end()
    return None, end


def _bare_one_counts(text: str, start: int, unit_end: int, category: str) -> bool:
    """Is a lone 一 before a unit a quantity? 一小时 yes; 一位客户 ("a customer") no.

    Why: in Chinese 一 + classifier is mostly the indefinite article. It counts when the unit is
    a measure (time, distance, money) or a thing (一瓶水), after a comparison (至少一次), after a
    period (每周一次), or as 一次/一遍 closing a clause (重复叫号一次).
    """
    unit = text[start + 1 : unit_end].strip()
    if category not in (COUNT, SCORE) or unit in units.OBJECT_COUNT_ZH:
        return True
    if _COMPARATOR_BEFORE.search(text[max(0, start - 8) : start]):
        return True
    if _PERIOD_BEFORE_ZH.search(text[max(0, start - 24) : start]):
        return True
    if unit not in ("次", "遍", "回"):
        return False
    if _COMPARATOR_ANYWHERE.search(text[max(0, start - 12) : start]):
        return True  # 至少以电话联系一次
    return unit_end >= len(text) or text[unit_end] in "，,。；;！!？?、)）"


def _read_times_word(text: str, start: int, end: int, word: str) -> Span | None:
    """twice and thrice are counts; once only as a count (once a day), not "once the customer…"."""
    if word != "once":
        return Span(COUNT, start, end, 2.0 if word == "twice" else 3.0)
    if _EN_FREQUENCY_AFTER.match(text, end) or _EN_ONCE_BEFORE.search(text, max(0, start - 14), start):
        return Span(COUNT, start, end, 1.0)
    return None


def _value(raw: str) -> float | None:
    if len(raw) > _LONGEST_NUMBER:
        return None  # a run of numerals no one writes as an amount (and too long to convert)
    value = parse_number(raw)
    return value if value is not None else english_to_number(raw)
