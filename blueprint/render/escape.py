"""The only escapers of the diagram: user text to DOT, and DOT identifiers.

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
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
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
    control pictures. Braces, bars, brackets and DOT keywords need nothing: inside an
    HTML-like label they are plain text.
    """
    text = str(text).replace("\\", "\\\\").replace("\t", "    ")
    text = _FORBIDDEN.sub(_control_picture, text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return _LINE_BREAKS.sub("<BR/>", text)


def dot_id(name: str) -> str:
    """A DOT identifier (node name, ``id`` value) as a double-quoted DOT string.

    In a quoted DOT string only ``\\"`` is an escape; a backslash before anything else stays,
    except at the end, where it would escape our closing quote, and before a newline, where it
    would continue the line. Step ids are already restricted to letters, digits, ``-``, ``_``
    and ``.``; this quoting keeps any name inert all the same.
    """
    text = _FORBIDDEN.sub(_control_picture, str(name))
    text = _LINE_BREAKS.sub(" ", text)
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def xml_attribute(text: str) -> str:
    """Text for inside a double-quoted XML (SVG) attribute value, such as an id prefix."""
    text = _FORBIDDEN.sub(_control_picture, str(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;").replace(">", "&gt;")
