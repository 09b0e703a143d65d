"""Which language a statement is written in: zh-CN, zh-TW or en.

Why by characters: Traditional and Simplified texts share most characters, but each script has
characters the other never uses (說/说, 後/后, 櫃/柜). Counting those decides; a statement with
no Chinese characters is English.
"""

from __future__ import annotations

from standards.smart.lexicon.hanzi import SIMPLIFIED_ONLY, TRADITIONAL_ONLY
from standards.smart.patterns import regex

LANGUAGES = ("zh-CN", "zh-TW", "en")
_CJK = regex(r"[\u3400-\u9fff\uf900-\ufaff]")
_TRADITIONAL = regex(lambda: "[" + "".join(sorted(TRADITIONAL_ONLY)) + "]")
_SIMPLIFIED = regex(lambda: "[" + "".join(sorted(SIMPLIFIED_ONLY)) + "]")


def detect_language(statement: str) -> str:
    """'zh-TW' when Traditional-only characters outnumber Simplified-only ones, 'zh-CN' for
    other Chinese text (ties included), 'en' when the statement has no Chinese characters."""
    # an ASCII statement needs no pattern (and English ones then never compile the CJK ranges)
    if statement.isascii() or not _CJK.search(statement):
        return "en"
    traditional = len(_TRADITIONAL.findall(statement))
    simplified = len(_SIMPLIFIED.findall(statement))
    return "zh-TW" if traditional > simplified else "zh-CN"
