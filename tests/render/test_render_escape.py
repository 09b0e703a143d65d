"""The escapers of blueprint/render/escape.py, on a table of awkward inputs."""

from __future__ import annotations

import pytest

from blueprint.render.escape import dot_id, dot_label, xml_attribute


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("拨打热线投诉", "拨打热线投诉"),
        ("<VIP> 客户", "&lt;VIP&gt; 客户"),
        ('say "hello"', "say &quot;hello&quot;"),
        ("A & B", "A &amp; B"),
        ("&amp;", "&amp;amp;"),
        ("<B>bold</B>", "&lt;B&gt;bold&lt;/B&gt;"),
        ("line\nbreak", "line<BR/>break"),
        ("crlf\r\nbreak", "crlf<BR/>break"),
        ("sep\u2028line", "sep<BR/>line"),
        ("\\N and \\G and \\l", "\\\\N and \\\\G and \\\\l"),
        ("back\\", "back\\\\"),
        ("{a|b} [c]", "{a|b} [c&#93;"),
        ("]]", "&#93;&#93;"),
        ('"]; evil [shape=box', "&quot;&#93;; evil [shape=box"),
        ("node edge subgraph digraph strict", "node edge subgraph digraph strict"),
        ("tab\there", "tab    here"),
        ("bell\x07", "bell\u2407"),
        ("nul\x00", "nul\u2400"),
        ("", "&#160;"),
        ("   ", "&#160;"),
    ],
)
def test_dot_label(text, expected):
    assert dot_label(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("greet", '"greet"'),
        ("resolve-now", '"resolve-now"'),
        ('a"b', '"a\\"b"'),
        ("end\\", '"end\\\\"'),
        ("two\nlines", '"two lines"'),
        ("lane:customer", '"lane:customer"'),
    ],
)
def test_dot_id(name, expected):
    assert dot_id(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("fig1-", "fig1-"), ('x"y', "x&quot;y"), ("a<b>&", "a&lt;b&gt;&amp;")],
)
def test_xml_attribute(text, expected):
    assert xml_attribute(text) == expected
