"""What a recogniser reports: a stretch of the statement and what it is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A recognised stretch of the statement, by position in its normalised text.

    `kind` names what was found ("time", "count", "percentage", "clock", "vague", …);
    `value` is the number read, when there is one (0 for 零差错, 10 for 十分钟).
    """

    kind: str
    start: int
    end: int
    value: float | None = None

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def mask(text: str, spans: list[Span] | tuple[Span, ...], filler: str = "□") -> str:
    """`text` with every span overwritten by `filler`, so later patterns cannot read into it."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        chars[span.start : span.end] = filler * (span.end - span.start)
    return "".join(chars)


def overlapping(span: Span, others: list[Span] | tuple[Span, ...]) -> bool:
    """True when `span` overlaps any of `others`."""
    return any(span.overlaps(other) for other in others)
