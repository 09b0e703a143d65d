"""User text is printed, never run: HTML, template syntax and Markdown stay literal.

A blueprint carries the payloads in every text field the handbook prints; the tests parse the
HTML and read the Markdown and PDF back to see that each payload came out as the same text
and nothing else (no tag, no evaluated template, no link).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from handbook_helpers import pdf_text, squeeze, write_blueprint

SCRIPT = '<script>alert("x")</script>'
TEMPLATE = "{{7*191}}"
BLOCK = "{% for i in range(3) %}LOOP{% endfor %}"
MARKDOWN = "**bold** _em_ `code` # head | pipe"
LINK = "[click](javascript:alert(1))"
IMAGE = '<img src="x" onerror="alert(1)">'
ENTITY = "&lt;b&gt; & <b>"
PAYLOADS = [SCRIPT, TEMPLATE, BLOCK, MARKDOWN, LINK, IMAGE, ENTITY]


def hostile(tmp_path: Path) -> Path:
    """Every printed text field carries a payload (the id says which field it is)."""
    mixed = " ".join(PAYLOADS)
    return write_blueprint(tmp_path / "hostile.yaml", {
        "blueprint": {"id": "hostile", "title": f"T {SCRIPT}", "language": "en", "version": TEMPLATE,
                      "owner": f"O {MARKDOWN}", "scenario": f"Sc {mixed}"},
        "lanes": {"customer": f"L {IMAGE}"},
        "actors": {"clerk": {"name": f"A {LINK}", "lane": "onstage"}},
        "steps": [
            {"id": "come", "lane": "customer", "name": f"N1 {BLOCK}", "evidence": [f"E {ENTITY}", f"E2 {MARKDOWN}"],
             "duration": "2m", "next": "serve"},
            {"id": "serve", "lane": "onstage", "actor": "clerk", "name": f"N2 {SCRIPT}", "contact": "face-to-face",
             "moment_of_truth": True,
             "fail_points": [{"id": "F1", "what": f"W {TEMPLATE}", "cause": f"C {LINK}", "prevent": f"P {IMAGE}",
                              "recover": f"R {BLOCK}", "owner": f"Ow {ENTITY}"}]},
        ],
        "standards": [{
            "id": "S1", "statement": f"Greet within 10 seconds {mixed}", "step": "serve", "dimension": "empathy",
            "metric": f"M {SCRIPT}", "target": "<= 10s", "compliance": "95%", "measure": f"Me {LINK}",
            "owner": f"Ow {TEMPLATE}", "phrases": {"say": [f"Say {MARKDOWN}"], "avoid": [f"Avoid {IMAGE}"]},
        }, {"id": "S2", "statement": f"Unattached {BLOCK}"}],
    })


class Tags(HTMLParser):
    """Collects the tags and attributes of a document, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "svg"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "svg"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    from standards.handbook.manual import write_manual

    folder = tmp_path_factory.mktemp("hostile")
    source = hostile(folder)
    written = {}
    for suffix in ("html", "md"):
        result = write_manual([str(source)], folder / f"out.{suffix}")
        assert result.output is not None, result.findings
        written[suffix] = result.output.read_text(encoding="utf-8")
    return written


def test_html_has_no_tag_from_user_text(outputs):
    parser = Tags()
    parser.feed(outputs["html"])
    names = {tag for tag, _ in parser.tags}
    assert "script" not in names and "img" not in names and "b" not in names
    for tag, attributes in parser.tags:
        assert not any(name.startswith("on") for name in attributes), (tag, attributes)
        assert not any("javascript:" in (value or "") for value in attributes.values()), (tag, attributes)


def test_html_prints_each_payload_as_text(outputs):
    parser = Tags()
    parser.feed(outputs["html"])
    text = squeeze("".join(parser.text))
    for payload in PAYLOADS:
        assert squeeze(payload) in text, payload
    assert "1337" not in text  # {{7*191}} was not evaluated
    assert "LOOPLOOP" not in text


def test_markdown_keeps_payloads_literal(outputs):
    page = outputs["md"]
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(\"x\")&lt;/script&gt;" in page
    assert "\\[click\\](javascript:alert(1))" in page
    assert "\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\# head \\| pipe" in page
    assert "&amp;lt;b&amp;gt; &amp; &lt;b&gt;" in page
    assert "{{7\\*191}}" in page and "1337" not in page
    assert "{% for i in range(3) %}LOOP{% endfor %}" in page and "LOOPLOOP" not in page
    # the only raw HTML the Markdown holds is our own line break
    assert set(__import__("re").findall(r"<(\w+)", page)) <= {"br"}


def test_markdown_table_rows_keep_their_columns(outputs):
    """A pipe in user text must not add a cell: every row of a table has the header's cells."""
    import re

    lines = outputs["md"].splitlines()
    for index, line in enumerate(lines):
        if re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", line):
            width = len(re.findall(r"(?<!\\)\|", line))
            header = lines[index - 1]
            assert len(re.findall(r"(?<!\\)\|", header)) == width
            row = index + 1
            while row < len(lines) and lines[row].startswith("|"):
                assert len(re.findall(r"(?<!\\)\|", lines[row])) == width, lines[row]
                row += 1


@pytest.mark.needs_weasyprint
def test_pdf_prints_each_payload_as_text(tmp_path):
    from standards.handbook.manual import write_manual

    result = write_manual([str(hostile(tmp_path))], tmp_path / "out.pdf")
    assert result.output is not None and result.refused_urls == []
    text = squeeze(pdf_text(result.output))
    for payload in PAYLOADS:
        assert squeeze(payload) in text, payload
    assert "1337" not in text


def test_user_text_is_never_compiled(monkeypatch, tmp_path):
    """No template is ever made from a string: only files of the template folder are compiled."""
    import jinja2

    from standards.handbook.manual import write_manual

    compiled = []
    original = jinja2.Environment.from_string

    def spy(self, source, *args, **kwargs):
        compiled.append(source)
        return original(self, source, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "from_string", spy)
    write_manual([str(hostile(tmp_path))], tmp_path / "out.html")
    write_manual([str(hostile(tmp_path))], tmp_path / "out.md")
    assert compiled == []
