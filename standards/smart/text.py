"""The statement as the recognisers read it, and its clauses.

Why one-to-one folding: every recogniser reports positions in the normalised text and the
reasons quote the *original* statement at the same positions, so normalising may change
characters but never the length (full-width → ASCII, Traditional → Simplified).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from blueprint.numerals import fold_width
from standards.smart.lexicon.hanzi import SIMPLIFIED_FORMS, TRADITIONAL_FORMS
from standards.smart.patterns import regex

# full-width letters and the ideographic space, which fold_width leaves alone
_EXTRA_FOLD = {code: code - 0xFEE0 for code in range(0xFF21, 0xFF5B) if chr(code - 0xFEE0).isalpha()}
_EXTRA_FOLD[0x3000] = ord(" ")
_EXTRA_FOLD[0xFF0F] = ord("/")
_EXTRA_FOLD[0xFF03] = ord("#")
_EXTRA_FOLD[0xFF1B] = ord(";")
_EXTRA_FOLD[0xFF01] = ord("!")
_EXTRA_FOLD[0xFF1F] = ord("?")
_EXTRA_FOLD[0x2019] = ord("'")
_TO_SIMPLIFIED = str.maketrans(TRADITIONAL_FORMS, SIMPLIFIED_FORMS)


def _composed_fold() -> dict[int, str]:
    """The three foldings composed into one table, so a statement is translated once.

    All the characters are folded in one string, three translations in all rather than three
    per character: each folding maps one character to one, so the result stays aligned.
    """
    chars = "".join(map(chr, sorted({*range(0xFF01, 0xFF5F), 0x3000, 0x2019, *_TO_SIMPLIFIED})))
    folded = fold_width(chars).translate(_EXTRA_FOLD).translate(_TO_SIMPLIFIED)
    return {ord(char): new for char, new in zip(chars, folded, strict=True) if new != char}


_FOLD_ALL = _composed_fold()

# a clause ends at sentence or clause punctuation; "." only when not inside a number (4.5)
_CLAUSE_END = regex(r"[，,；;。！？!?\n：]|:(?!\d)|\.(?!\d)|\s[-–—]\s")
_CJK = regex(r"[\u4e00-\u9fff]")
_LATIN = regex(r"[A-Za-z]")


def normalise(statement: str) -> str:
    """Full-width folded, Traditional folded to Simplified; same length as `statement`."""
    return statement.translate(_FOLD_ALL)


@dataclass(frozen=True, slots=True)
class Text:
    """A statement with its normalised form and clause boundaries, read once per analysis."""

    original: str
    norm: str
    clause_starts: tuple[int, ...]
    has_cjk: bool
    has_latin: bool

    @classmethod
    def of(cls, statement: str) -> Text:
        norm = normalise(statement)
        starts = [0] + [match.end() for match in _CLAUSE_END.finditer(norm)]
        has_cjk = not norm.isascii() and bool(_CJK.search(norm))  # ASCII: no need to compile _CJK
        return cls(statement, norm, tuple(starts), has_cjk, bool(_LATIN.search(norm)))

    def clause_of(self, position: int) -> int:
        """Index of the clause holding `position`."""
        return bisect.bisect_right(self.clause_starts, position) - 1

    def clause_span(self, position: int) -> tuple[int, int]:
        """Start and end of the clause holding `position`."""
        index = self.clause_of(position)
        start = self.clause_starts[index]
        end = self.clause_starts[index + 1] if index + 1 < len(self.clause_starts) else len(self.norm)
        return start, end

    def same_clause(self, first: int, second: int) -> bool:
        return self.clause_of(first) == self.clause_of(second)
