"""md_text, the one Markdown escaper: a table of awkward inputs and what they must become."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from blueprint.render.escape import MarkdownSafe, md_text

CASES = [
    # plain text, Chinese and English, is left alone
    ("电话接通后15秒内问候客户", "电话接通后15秒内问候客户"),
    ("Greet within 10 seconds (95%)", "Greet within 10 seconds (95%)"),
    ("version 2.0, -3 points", "version 2.0, -3 points"),
    # HTML and entities stay literal
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("a & b", "a &amp; b"),
    ("&lt;already&gt;", "&amp;lt;already&amp;gt;"),
    ('<img src="file:///etc/passwd">', '&lt;img src="file:///etc/passwd"&gt;'),
    # links and images lose their brackets
    ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
    ("![x](file:///etc/passwd)", "!\\[x\\](file:///etc/passwd)"),
    ("<http://example.invalid>", "&lt;http://example.invalid&gt;"),
    # emphasis, code, strikethrough, math, table cells, headings
    ("*bold* _em_", "\\*bold\\* \\_em\\_"),
    ("`code`", "\\`code\\`"),
    ("~~gone~~", "\\~\\~gone\\~\\~"),
    ("$x$", "\\$x\\$"),
    ("a | b", "a \\| b"),
    ("# not a heading", "\\# not a heading"),
    ("back\\slash", "back\\\\slash"),
    # line starts that would make lists, quotes, rules
    ("- item", "\\- item"),
    ("+ item", "\\+ item"),
    ("1. item", "1\\. item"),
    ("2) item", "2\\) item"),
    ("> quote", "&gt; quote"),
    ("---", "\\---"),
    ("===", "\\==="),
    # template syntax is just text here
    ("{{7*7}}", "{{7\\*7}}"),
    ("{% if true %}x{% endif %}", "{% if true %}x{% endif %}"),
    # newlines become breaks (a table cell stays one line); indentation cannot start code
    ("line one\nline two", "line one<br>line two"),
    ("a\r\n- b", "a<br>\\- b"),
    ("    indented code", "indented code"),
    ("", ""),
    (None, ""),
    (42, "42"),
]


@pytest.mark.parametrize(("raw", "escaped"), CASES)
def test_md_text(raw, escaped):
    assert md_text(raw) == escaped


def test_markdown_safe_passes_through():
    assert md_text(MarkdownSafe("![d](data:image/svg+xml;base64,AAAA)")) == "![d](data:image/svg+xml;base64,AAAA)"


@given(st.text())
def test_no_markup_survives(text):
    escaped = md_text(text)
    without_breaks = escaped.replace("<br>", "")
    assert "<" not in without_breaks and ">" not in without_breaks
    assert "\n" not in escaped
    # every markup character is preceded by a backslash (which is itself escaped when literal)
    unescaped = re.sub(r"\\.", "", without_breaks)
    assert not re.search(r"[`*_\[\]#|~$]", unescaped)
    # every & starts an entity we wrote
    assert not re.search(r"&(?!amp;|lt;|gt;)", without_breaks)
