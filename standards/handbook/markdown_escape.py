"""The one Markdown escaper: user text printed literally in a Markdown handbook.

Every ``{{ }}`` of the Markdown templates goes through ``md_text`` (the environment's
``finalize``), so no template can forget it. Why this set: CommonMark lets a backslash escape
any ASCII punctuation (https://spec.commonmark.org/0.31.2/#backslash-escapes), which turns
emphasis, links, images, headings, code and GFM table pipes back into text. ``<``, ``>`` and
``&`` become entities instead, because raw HTML and entity references are recognised before
backslash escapes in some renderers, and entities read the same everywhere. A newline becomes
``<br>``: a handbook's cells are table cells, where a bare newline would end the table.
"""

from __future__ import annotations

import re

__all__ = ["MarkdownSafe", "md_text"]


class MarkdownSafe(str):
    """Markdown that we generated ourselves (a diagram image, a rule): printed as it is.

    Only handbook code creates it, from values it built; templates have no way to make one
    from user text, just as HTML templates have no ``|safe`` on user text.
    """


# Punctuation that starts or ends Markdown syntax anywhere in a line: backslash (first, so
# that the escapes added below are not escaped again), code, emphasis, strikethrough, links
# and images (``](`` needs only the brackets), GFM table cells, headings, GitHub's math.
_INLINE = re.compile(r"([\\`*_\[\]#|~$])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# A line that would start a list ("- ", "+ ", "1. ", "2) ") or be a thematic break or a
# setext underline ("---", "==="); "2.0" or "-3" stay as they are.
_LEADING_NUMBER = re.compile(r"^(\s*\d+)([.)])(?=\s|$)", re.MULTILINE)
_LEADING_MARKER = re.compile(r"^(\s*)([-+])(?=\s|$)|^(\s*)([-=])(?=[-=\s]*$)", re.MULTILINE)


def md_text(value: object) -> str:
    """``value`` as Markdown text that renders literally; ``None`` prints as nothing."""
    if value is None:
        return ""
    if isinstance(value, MarkdownSafe):
        return value
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(_ENTITIES.get(char, char) for char in text)
    text = _INLINE.sub(r"\\\1", text)
    text = _LEADING_NUMBER.sub(r"\1\\\2", text)
    text = _LEADING_MARKER.sub(lambda m: (m.group(1) or m.group(3) or "") + "\\" + (m.group(2) or m.group(4)), text)
    lines = [line.strip() for line in text.split("\n")]
    # Leading spaces would make an indented code block; the break keeps a cell one line.
    return "<br>".join(line for line in lines if line) if len(lines) > 1 else lines[0]
