"""The only escapers: user text to DOT (and DOT identifiers), to Markdown, and to Word runs.

HTML needs none here: the handbook's Jinja2 environment autoescapes with markupsafe.

Every label we give Graphviz is an HTML-like label that we assemble ourselves, so user text
is only ever *text* inside it: with ``& < > "`` escaped, no user text can open a tag, close
the label or add an attribute (xflr6/graphviz ``graphviz/quoting.py`` shows why a raw
``<VIP> 客户`` would be read as markup; the grammar is
https://graphviz.org/doc/info/shapes.html#html). Graphviz still expands its escapes
(``\\N`` the node name, ``\\G`` the graph name) in the text of HTML-like labels, after
entities are decoded, so a backslash is doubled: ``\\\\`` is Graphviz's escape for one
backslash. The table test in tests/render/test_render_escape.py and the drawn SVG in
test_render_svg.py hold this.
"""

from __future__ import annotations

import re

# XML 1.0 forbids these code points; Graphviz would write them into an SVG no viewer opens.
# They are shown as the Unicode "control picture" for the character (U+2400 + code), so the
# text stays visible instead of silently changing.
# Lone surrogates (which only a Python DSL can produce) cannot even be written as UTF-8.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029\x85]")


def _control_picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def dot_label(text: str) -> str:
    """User text as the content of an HTML-like DOT label, shown verbatim.

    ``& < > "`` become entities; a backslash is doubled, so ``\\N`` or ``\\G`` is not expanded;
    every kind of newline becomes ``<BR/>`` (the one piece of markup user text can produce,
    and only as a line break); tabs become spaces; characters that XML forbids become visible
    control pictures; a blank text becomes one no-break space and ``]`` a character reference
    (Graphviz rejects both as they are). Braces, bars, ``[`` and DOT keywords need nothing:
    inside an HTML-like label they are plain text.
    """
    text = str(text).replace("\\", "\\\\").replace("\t", "    ")
    if not text.strip():
        return "&#160;"  # Graphviz refuses an empty <B></B>: a blank text is one visible space
    text = _FORBIDDEN.sub(_control_picture, text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    # "]" as a character reference: Graphviz's HTML-label lexer trips over a bare "]" or "]]"
    text = text.replace("]", "&#93;")
    return _LINE_BREAKS.sub("<BR/>", text)


def dot_id(name: str) -> str:
    """A DOT identifier (node name, ``id`` value) as a double-quoted DOT string.

    In a quoted DOT string only ``\\"`` is an escape; a backslash before anything else stays,
    except at the end, where it would escape our closing quote, and before a newline, where it
    would continue the line. Step ids are already restricted to letters, digits, ``-``, ``_``
    and ``.``; this quoting keeps any name inert all the same.
    """
    text = str(name)
    if text.isascii() and text.isprintable() and "\\" not in text and '"' not in text:
        return f'"{text}"'  # nothing to change: most names and attribute values
    text = _FORBIDDEN.sub(_control_picture, text)
    text = _LINE_BREAKS.sub(" ", text)
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def xml_attribute(text: str) -> str:
    """Text for inside a double-quoted XML (SVG) attribute value, such as an id prefix."""
    text = _FORBIDDEN.sub(_control_picture, str(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;").replace(">", "&gt;")


# ---- Markdown: every `{{ }}` of the Markdown handbook, and the Markdown of stats, diff and
# simulate. CommonMark lets a backslash escape any ASCII punctuation
# (https://spec.commonmark.org/0.31.2/#backslash-escapes), which turns emphasis, links, images,
# headings, code and GFM table pipes back into text. ``<``, ``>`` and ``&`` become entities
# instead, because raw HTML and entity references are recognised before backslash escapes in
# some renderers. A newline becomes ``<br>``: a handbook's cells are table cells, where a bare
# newline would end the table.

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


def word_text(text: object) -> str:
    """User text for a Word run (python-docx): characters XML forbids as visible control
    pictures, every kind of line break as ``\\n`` (python-docx writes ``<w:br/>`` for it).
    python-docx escapes ``& < >`` itself; nothing else in a run is markup."""
    if text is None:
        return ""
    return _LINE_BREAKS.sub("\n", _FORBIDDEN.sub(_control_picture, str(text)))
