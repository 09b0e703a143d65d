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
    if not text or not _CHINESE_RE.fullmatch(text):
        return None
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
