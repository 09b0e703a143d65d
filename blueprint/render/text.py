"""Measuring and wrapping label text before Graphviz sees it.

Why: we place every box ourselves (Graphviz only draws), so we must know how wide a line of
text will be. Widths come from the advance widths of Arial/Liberation Sans for ASCII (1/1000
em) and a full em for CJK and other wide characters; Noto Sans CJK's Latin is a little wider
and its curly quotes full width, hence ``cjk``. Chinese wraps between any two characters (but a closing mark never
starts a line: 避头 kinsoku), English between words; a word longer than a line is broken.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ASCII_WIDTHS = (
    # space ! " # $ % & ' ( ) * + , - . /
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    # 0-9
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
    # : ; < = > ? @
    278, 278, 584, 584, 584, 556, 1015,
    # A-Z
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722,
    667, 611, 722, 667, 944, 667, 667, 611,
    # [ \ ] ^ _ `
    278, 278, 278, 469, 556, 333,
    # a-z
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333,
    500, 278, 556, 500, 722, 500, 500, 500,
    # { | } ~
    334, 260, 334, 584,
)
# Characters that must not begin a line in Chinese typesetting, and those that must not end one.
_NO_LINE_START = set("，。、；：！？）」』】〉》”’…—～·,.;:!?)]}%")
_NO_LINE_END = set("（「『【〈《“‘([{")
ELLIPSIS = "…"


@lru_cache(maxsize=4096)
def char_em(char: str, cjk: bool = False) -> float:
    """Advance width of one character in em; ``cjk``: in a CJK font, whose Latin is wider and
    whose "ambiguous" characters (curly quotes, ·, …) are full width."""
    code = ord(char)
    if 32 <= code < 127:
        return _ASCII_WIDTHS[code - 32] / 1000 * (1.08 if cjk else 1.0)
    width_class = unicodedata.east_asian_width(char)
    if width_class in ("W", "F") or (cjk and width_class == "A"):
        return 1.0
    if unicodedata.combining(char):
        return 0.0
    return 0.6


def is_wide(char: str) -> bool:
    # Nothing below U+1100 (Hangul Jamo) is wide: the common case asks no Unicode table.
    return char >= "\u1100" and unicodedata.east_asian_width(char) in ("W", "F")


@lru_cache(maxsize=16384)
def _token_em(token: str, cjk: bool) -> float:
    """Width of a token in em; a blueprint repeats its words, so each is summed once."""
    return sum(char_em(char, cjk) for char in token)


def text_width(text: str, size: float, *, bold: bool = False, cjk: bool = False) -> float:
    """Estimated width in points of one line of ``text`` at ``size`` points."""
    return sum(char_em(char, cjk) for char in text) * size * (1.06 if bold else 1.0)


def _tokens(paragraph: str) -> list[str]:
    """Units that wrap as a whole: a wide character, a run of spaces, or a run of other text."""
    tokens: list[str] = []
    current = ""
    for char in paragraph:
        if is_wide(char) or char in _NO_LINE_START:
            if current:
                tokens.append(current)
                current = ""
            tokens.append(char)
        elif char == " ":
            if current and not current.endswith(" "):
                tokens.append(current)
                current = ""
            current += char
        else:
            if current.endswith(" "):
                tokens.append(current)
                current = ""
            current += char
    if current:
        tokens.append(current)
    return tokens


def wrap(text: str, width: float, size: float, *, max_lines: int = 4, bold: bool = False,
         cjk: bool = False, balance: bool = True) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points, at most ``max_lines``.

    Newlines in the text are kept as line breaks. With ``balance``, lines are made as even as
    the same number of lines allows (no lone character on the last line). Text beyond the
    last line is cut and the last line ends with an ellipsis, so a label never grows without
    bound.
    """
    factor = size * (1.06 if bold else 1.0)

    def char_width(char: str) -> float:
        return char_em(char, cjk) * factor

    def token_width(token: str) -> float:
        return _token_em(token, cjk) * factor

    text = str(text)
    paragraphs = [_tokens(p) for p in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = _greedy(paragraphs, width, char_width, token_width)
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = _with_ellipsis(kept[-1], width, lambda value: sum(map(char_width, value)))
        return kept
    if balance and len(lines) > 1 and len(paragraphs) == 1:
        # Never narrower than the widest word: balancing must not break a word in two.
        widest = max((token_width(token) for token in paragraphs[0]), default=0.0)
        low, high = max(width * 0.5, min(widest, width)), width
        for _ in range(6):  # the narrowest width that needs no more lines
            middle = (low + high) / 2
            if len(_greedy(paragraphs, middle, char_width, token_width)) > len(lines):
                low = middle
            else:
                high = middle
        lines = _greedy(paragraphs, high, char_width, token_width)
    return lines


def _greedy(paragraphs: list[list[str]], width: float, char_width, token_width) -> list[str]:
    """Greedy line filling of tokenised paragraphs; each paragraph starts a new line."""
    lines: list[str] = []
    for tokens in paragraphs:
        line, line_width = "", 0.0
        for token in tokens:
            advance = token_width(token)
            if token.isspace():
                if line:
                    line, line_width = line + " ", line_width + char_width(" ")
                continue
            if line_width + advance <= width or (token in _NO_LINE_START and line.strip()):
                # (a closing mark hangs at the end of a line, never starts one)
                line, line_width = line + token, line_width + advance
                continue
            if line.strip():
                carried = ""
                while len(line) > 1 and line[-1] in _NO_LINE_END:  # an opening mark goes with its text
                    carried, line = line[-1] + carried, line[:-1]
                lines.append(line.rstrip())
                line, line_width = carried, sum(map(char_width, carried))
            if line_width + advance <= width:
                line, line_width = line + token, line_width + advance
                continue
            for char in token:  # a word longer than a line: break it by characters
                advance = char_width(char)
                if line and line_width + advance > width:
                    lines.append(line.rstrip())
                    line, line_width = "", 0.0
                line, line_width = line + char, line_width + advance
        lines.append(line.rstrip())
    return lines or [""]


def _with_ellipsis(line: str, width: float, measure) -> str:
    line = line.rstrip()
    while line and measure(line + ELLIPSIS) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS
