"""HTML/JS and template injection in every handbook format, where tests/handbook does not go.

tests/handbook/test_escaping.py prints one blueprint with payloads in its fields. Here every
free-text field of the model carries them, and so do the parts of a handbook it does not
print: the comparison chapter (`--against`, which prints the before blueprint's text too),
a handbook of several blueprints, and the `--title` and `--org` options. HTML: no element or
attribute the baseline (the same handbook with harmless text) lacks; Markdown: no raw tag;
all three formats (PDF read back with pdftotext): `{{7*7}}` printed as written, never 49.
"""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from blueprint.cli import main
from security_support import TEXT_FIELDS, require_tool, write_blueprint

pytestmark = pytest.mark.needs_dot  # every handbook draws its diagrams

PAYLOAD = "Q{{7*7}}Q <script>alert(1)</script> {% raw %}R{% endraw %} ${7*7} <img src=x onerror=alert(1)> </style></title>"
HARMLESS = "plain words"


class Parsed(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data):
        self.text.append(data)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _handbook(folder: Path, words: str, suffix: str) -> Path:
    """Two blueprints and a before for the comparison chapter, every text field ``words``."""
    folder.mkdir(exist_ok=True)
    after = write_blueprint(folder, lambda field: f"A{TEXT_FIELDS.index(field)} {words}", "after.yaml")
    other = write_blueprint(folder, lambda field: f"O{TEXT_FIELDS.index(field)} {words}", "other.yaml")
    before = write_blueprint(folder, lambda field: f"B{TEXT_FIELDS.index(field)} {words}", "before.yaml")
    output = folder / f"handbook{suffix}"
    result = CliRunner().invoke(main, [
        "manual", str(after), str(other), "--against", str(before), "-o", str(output),
        "--title", f"T {words}", "--org", f"Org {words}",
    ], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return output


def _parse(path: Path) -> Parsed:
    parsed = Parsed()
    parsed.feed(path.read_text(encoding="utf-8"))
    return parsed


def test_html_gains_no_element_or_attribute_from_user_text(tmp_path):
    baseline = _parse(_handbook(tmp_path / "harmless", HARMLESS, ".html"))
    hostile = _parse(_handbook(tmp_path / "hostile", PAYLOAD, ".html"))
    assert "script" not in hostile.tags
    assert hostile.tags <= baseline.tags, hostile.tags - baseline.tags
    assert hostile.attributes <= baseline.attributes, hostile.attributes - baseline.attributes
    text = _squeeze("".join(hostile.text))
    assert "Q{{7*7}}Q" in text and "Q49Q" not in text
    assert "{%raw%}R{%endraw%}" in text
    # the payload is printed for the options, the comparison chapter and both blueprints
    for marker in ("T", "Org", "A11", "O11", "B11"):
        assert _squeeze(f"{marker} {PAYLOAD}") in text, marker


def test_markdown_holds_no_raw_tag_and_no_evaluated_template(tmp_path):
    page = _handbook(tmp_path, PAYLOAD, ".md").read_text(encoding="utf-8")
    assert not re.search(r"<(script|img|style|title)\b", page, re.IGNORECASE)
    assert "Q49Q" not in page and ("Q{{7*7}}Q" in page or "Q{{7\\*7}}Q" in page)
    assert "{% raw %}R{% endraw %}" in page
    assert page.count("Q{{7") >= 3


@pytest.mark.needs_weasyprint
def test_pdf_prints_templates_as_written(tmp_path):
    pdftotext = require_tool("pdftotext")
    output = _handbook(tmp_path, PAYLOAD, ".pdf")
    text = subprocess.run([pdftotext, "-raw", "-enc", "UTF-8", str(output), "-"], capture_output=True, check=True).stdout.decode()
    squeezed = _squeeze(text)
    assert "Q{{7*7}}Q" in squeezed and "Q49Q" not in squeezed
    assert "{%raw%}R{%endraw%}" in squeezed and "<script>alert(1)</script>" in squeezed
