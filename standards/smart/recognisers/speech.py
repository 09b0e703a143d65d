"""Quoted words: a script staff say or write (使用“您好”问候, say "Good morning").

Why: rubric, S: "使用标准问候语“您好”热情问候客户 passes: the greeting is observable". Words
given in quotation marks are what a supervisor hears or reads, so they are observable even
when the verb beside them is weak (使用 “请” “您” 等礼貌用语).
"""

from __future__ import annotations

from standards.smart.patterns import regex
from standards.smart.spans import Span
from standards.smart.text import Text

_QUOTED = regex(r"“[^”]{1,40}”|「[^」]{1,40}」|『[^』]{1,40}』|‘[^’]{1,40}’|\"[^\"]{1,40}\"")


def find_quoted_speech(text: Text) -> list[Span]:
    """Quoted words and titles (kind "speech")."""
    return [Span("speech", m.start(), m.end()) for m in _QUOTED.finditer(text.norm)]
