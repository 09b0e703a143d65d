"""Numbers as people write them in zh-CN, zh-TW and en: Arabic, full-width and Chinese numerals.

Why: service standards say "三个工作日", "十五秒", "两次", "１５分钟" as often as "3 days";
the units parser and the SMART analyser both read them through this one module.
"""

from __future__ import annotations

import re

_FULL_WIDTH = str.maketrans(
    "０１２３４５６７８９．％＜＞＝：，～－＋",
    "0123456789.%<>=:,~-+",
)

_DIGITS = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

CHINESE_NUMERAL_CHARS = "".join([*_DIGITS, *_SMALL_UNITS, *_LARGE_UNITS, "半"])
#: one Chinese numeral word, e.g. 十五, 二十四, 一百零五, 两
CHINESE_NUMERAL = f"[{CHINESE_NUMERAL_CHARS}]+"
#: an Arabic number after full-width folding, with optional decimals and thousands commas
ARABIC_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+"

_CHINESE_RE = re.compile(CHINESE_NUMERAL)


def fold_width(text: str) -> str:
    """Full-width digits and signs become their ASCII forms; everything else is kept."""
    return text.translate(_FULL_WIDTH)


def chinese_to_number(text: str) -> float | None:
    """Value of a Chinese numeral word, or None when it is not one.

    Handles positional forms (二十四, 一百零五, 三千五百, 两万), bare digit strings (二〇二六),
    a leading 十 (十五 = 15) and 半 (0.5, as in 半小时). Financial forms (贰, 叁) are read too.
    """
    if not text or len(text) > 24 or not _CHINESE_RE.fullmatch(text):
        return None  # no quantity in a service standard needs more than 24 numeral characters
    if text == "半":
        return 0.5
    if "半" in text:
        return None
    if all(ch in _DIGITS for ch in text) and len(text) > 1:
        # 二〇二六 is read digit by digit, like a year
        return float(int("".join(str(_DIGITS[ch]) for ch in text)))
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in _LARGE_UNITS:
            section += digit or 0
            total += (section or 1) * _LARGE_UNITS[ch]
            section = 0
            digit = None
    section += digit or 0
    return float(total + section)


def parse_number(text: str) -> float | None:
    """Value of an Arabic (half- or full-width) or Chinese numeral, or None."""
    folded = fold_width(text).replace(",", "").strip()
    try:
        return float(folded)
    except ValueError:
        return chinese_to_number(folded)


_ENGLISH_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_ENGLISH_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_ENGLISH_SCALES = {"hundred": 100, "thousand": 1000}
_ONES_WORD = "|".join(sorted(_ENGLISH_ONES, key=len, reverse=True))
_TENS_WORD = "|".join(_ENGLISH_TENS)
_BELOW_HUNDRED = rf"(?:(?:{_TENS_WORD})(?:[- ](?:{_ONES_WORD}))?|{_ONES_WORD})"
#: an English number in words, e.g. three, twenty-four, one hundred and twenty (match case-insensitively)
ENGLISH_NUMBER = (
    rf"\b(?:{_BELOW_HUNDRED}(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?)?"
    rf"|(?:a\s+)?(?:hundred|thousand)|half|a\s+dozen|dozen)\b"
)
_ENGLISH_RE = re.compile(ENGLISH_NUMBER, re.IGNORECASE)


def english_to_number(text: str) -> float | None:
    """Value of an English number in words (three, twenty-four, one hundred, half), or None."""
    words = text.strip().lower()
    if not _ENGLISH_RE.fullmatch(words):
        return None
    if words == "half":
        return 0.5
    if words.endswith("dozen"):
        return 12.0
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", words):
        if word in _ENGLISH_ONES:
            current += _ENGLISH_ONES[word]
        elif word in _ENGLISH_TENS:
            current += _ENGLISH_TENS[word]
        elif word in _ENGLISH_SCALES:
            current = (current or 1) * _ENGLISH_SCALES[word]
            if word == "thousand":
                total += current
                current = 0
    return float(total + current)
