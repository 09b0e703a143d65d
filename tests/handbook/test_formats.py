"""Every standard, fail point and recovery of the input appears in each format.

One handbook of three blueprints (zh-CN, en, zh-TW) is written once as HTML, Markdown and
PDF; each test reads the printed text back (the PDF through pdftotext) and looks for the
blueprints' own words, whitespace aside (a PDF breaks lines inside sentences).
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest

from blueprint.loaders import load
from handbook_helpers import FIXTURES, expected_texts, pdf_text, squeeze

INPUTS = [FIXTURES / "counter-complaint.yaml", FIXTURES / "hotel-checkin.yaml", FIXTURES / "bank-counter-tw.yaml"]


def all_expected_texts() -> list[tuple[str, str]]:
    """(what, text) for every standard, phrase, fail point and recovery of the inputs."""
    return [item for path in INPUTS for item in expected_texts(path)]


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    from standards.handbook.manual import write_manual

    folder = tmp_path_factory.mktemp("formats")
    outputs = {}
    for suffix in ("html", "md"):
        result = write_manual([str(path) for path in INPUTS], folder / f"handbook.{suffix}")
        assert result.output is not None and not result.findings
        outputs[suffix] = result.output
    return outputs


@pytest.fixture(scope="module")
def written_pdf(tmp_path_factory) -> Path:
    from standards.handbook.manual import write_manual

    folder = tmp_path_factory.mktemp("pdf")
    result = write_manual([str(path) for path in INPUTS], folder / "handbook.pdf")
    assert result.output is not None and not result.findings
    return result.output


def _html_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"<style>.*?</style>|<svg.*?</svg>", " ", text, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def _markdown_text(path: Path) -> str:
    # Undo the escaper: backslash escapes, entities, breaks.
    text = path.read_text(encoding="utf-8").replace("<br>", " ")
    return html.unescape(re.sub(r"\\(.)", r"\1", text))


@pytest.mark.parametrize("what", [what for what, _ in all_expected_texts()])
def test_everything_in_html_and_markdown(written, what):
    text = dict(all_expected_texts())[what]
    assert squeeze(text) in squeeze(_html_text(written["html"])), what
    assert squeeze(text) in squeeze(_markdown_text(written["md"])), what


@pytest.mark.needs_weasyprint
def test_everything_in_pdf(written_pdf):
    printed = squeeze(pdf_text(written_pdf))
    missing = [what for what, text in all_expected_texts() if squeeze(text) not in printed]
    assert missing == []


@pytest.mark.needs_weasyprint
def test_pdf_embeds_its_fonts_cjk_included(written_pdf):
    listing = subprocess.run(["pdffonts", str(written_pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert rows, listing
    # columns: name type... emb sub uni object-id generation; "emb" is the 5th from the end
    assert all(row[-5] == "yes" for row in rows), listing
    assert any("CJK" in row[0] for row in rows), listing


def test_checklist_has_one_row_per_standard(written):
    page = written["html"].read_text(encoding="utf-8")
    for path in INPUTS:
        document = load(str(path)).document
        assert page.count('<span class="box"></span>') >= 3 * len(document.standards)
    total = sum(len(load(str(path)).document.standards) for path in INPUTS)
    assert page.count('<span class="box"></span>') == 3 * total


def test_html_is_self_contained(written):
    page = written["html"].read_text(encoding="utf-8")
    assert not re.search(r"<(link|script|img|iframe|object)\b", page)
    assert not re.search(r"""(src|href)\s*=\s*["'](?!#)""", page)
    assert "@page" in page and "size: A4" in page  # print CSS travels with the file


def test_labels_follow_the_first_blueprint_language(written):
    page = written["html"].read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page
    assert "服务标准" in page and "稽核检查表" in page
    # each chapter keeps its own language, for the right glyph forms
    assert 'lang="en"' in page and 'lang="zh-TW"' in page
