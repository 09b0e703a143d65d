"""The Word handbook (`blueprint manual ... -o X.docx`): same content as the other formats,
real Word styles, CJK fonts and languages, user text only ever text, written safely.

Each test opens the written file with python-docx and reads the document's XML back: every
paragraph's text (runs, line breaks, links, table cells and check boxes included).
"""

from __future__ import annotations

import glob
import itertools
import json
import re
import zipfile
from pathlib import Path

import docx  # a dependency of the project: missing, it must fail, not skip
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from blueprint.cli import main
from blueprint.loaders import load
from handbook_helpers import FIXTURES, expected_texts, squeeze, wide_blueprint, write_blueprint

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(glob.glob(str(ROOT / "examples" / "*.yaml")))


def paragraphs(document) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph in the body, tables and content controls included."""
    styles = {style.style_id: style.name for style in document.styles}
    result = []
    for paragraph in document.element.body.iter(qn("w:p")):
        parts = []
        for node in paragraph.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
            parts.append(node.text or "" if node.tag == qn("w:t") else ("\n" if node.tag == qn("w:br") else "\t"))
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        result.append((styles.get(style.get(qn("w:val")), "") if style is not None else "Normal", "".join(parts)))
    return result


def text_of(document) -> str:
    return "\n".join(text for _style, text in paragraphs(document))


def write(tmp_path: Path, inputs: list[str], name: str = "handbook.docx", **options) -> Path:
    from standards.handbook.manual import write_manual

    result = write_manual(inputs, tmp_path / name, **options)
    assert result.output is not None, [finding.to_text() for finding in result.findings]
    return Path(result.output)


@pytest.fixture(scope="module")
def examples_docx(tmp_path_factory) -> Path:
    """One handbook of every bundled example, as `blueprint manual examples/*.yaml -o X.docx`."""
    assert len(EXAMPLES) >= 5, EXAMPLES
    out = tmp_path_factory.mktemp("docx") / "handbook.docx"
    result = CliRunner().invoke(main, ["manual", *EXAMPLES, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_is_a_word_document(examples_docx):
    with zipfile.ZipFile(examples_docx) as archive:
        names = set(archive.namelist())
        assert {"[Content_Types].xml", "word/document.xml", "word/styles.xml"} <= names
        assert archive.testzip() is None
    document = docx.Document(str(examples_docx))
    assert len(document.paragraphs) > 100
    assert [path.name for path in examples_docx.parent.iterdir()] == ["handbook.docx"]  # no temporary file


@pytest.mark.parametrize("path", EXAMPLES, ids=[Path(path).stem for path in EXAMPLES])
def test_every_standard_phrase_and_fail_point_of_each_example(examples_docx, path):
    printed = squeeze(text_of(docx.Document(str(examples_docx))))
    wanted = expected_texts(path)
    assert any("phrase to avoid" in what for what, _ in wanted)  # every example has 禁语
    missing = [what for what, text in wanted if squeeze(text) not in printed]
    assert missing == []


def test_every_standard_is_a_table_with_statement_target_measure_and_smart(examples_docx):
    document = docx.Document(str(examples_docx))
    tables = [table for table in document.tables if any(row.cells[0].text == "SMART" for row in table.rows)]
    total = sum(len({standard.id for standard in load(path).document.standards}) for path in EXAMPLES)
    assert len(tables) == total
    for table in tables:
        cells = [cell.text for row in table.rows for cell in row.cells]
        smart_row = next(row for row in table.rows if row.cells[0].text == "SMART")
        assert re.search(r"S [✓✗?].*M [✓✗?].*A [✓✗?].*R [✓✗?].*T [✓✗?]", smart_row.cells[1].text), cells
    labels = squeeze(text_of(document))  # the first example is zh-TW: labels in its language
    for label in ("達標率", "目標值", "稽核方式", "服務用語", "服務禁語"):
        assert label in labels


def test_waits_and_checklists(examples_docx):
    document = docx.Document(str(examples_docx))
    printed = text_of(document)
    for path in EXAMPLES:
        for step in load(path).document.steps:
            if step.wait is not None:
                assert squeeze(step.name) in squeeze(printed)
    assert "等候" in printed  # the zh-TW label of a wait ("等候 {value}")
    xml = document.element.xml
    standards = sum(len({standard.id for standard in load(path).document.standards}) for path in EXAMPLES)
    # three boxes a standard (met, not met, n/a), each a Word check box showing ☐
    assert xml.count("<w14:checkbox>") == 3 * standards
    assert printed.count("☐") == 3 * standards


def test_headings_use_word_heading_styles(examples_docx):
    document = docx.Document(str(examples_docx))
    found = paragraphs(document)
    by_style: dict[str, list[str]] = {}
    for style, text in found:
        by_style.setdefault(style, []).append(text)
    for path in EXAMPLES:
        title = load(path).document.blueprint.title
        assert any(text.endswith(title) for text in by_style["Heading 1"]), title
    for label in ("服務步驟", "服務標準", "失誤點"):
        assert by_style["Heading 2"].count(label) == len(EXAMPLES), label
    assert len(by_style["Heading 3"]) >= len(EXAMPLES)  # contact points
    assert any(text.startswith("附錄") for text in by_style["Heading 1"])  # the SMART appendix
    assert by_style["Title"] and by_style["TOC Heading"]
    assert len(by_style.get("List Bullet", []) + by_style.get("Table Bullet", [])) > 10  # phrases
    bullet = document.styles["Table Bullet"]
    assert bullet.base_style.name == "List Bullet"
    table_styles = {table.style.name for table in document.tables}
    assert table_styles == {"Handbook Table"}
    assert document.styles["Handbook Table"].base_style.name == "Table Grid"
    # Word joins two tables with nothing between them into one: each standard stays its own.
    blocks = [element.tag for element in document.element.body]
    assert all(not (a == b == qn("w:tbl")) for a, b in itertools.pairwise(blocks))
    assert blocks[-2] == qn("w:p")  # the last block before the section properties
    xml = document.element.xml
    assert 'w:instrText' in xml and "TOC \\o" in xml  # a contents field Word can update
    # The contents link to the headings' bookmarks, named as Word allows.
    names = {node.get(qn("w:name")) for node in document.element.body.iter(qn("w:bookmarkStart"))}
    assert names and all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,39}", name) for name in names)
    anchors = [node.get(qn("w:anchor")) for node in document.element.body.iter(qn("w:hyperlink"))]
    assert len(anchors) >= len(EXAMPLES) + 2 and set(anchors) <= names


def test_diagrams_are_pictures_on_landscape_pages(examples_docx):
    document = docx.Document(str(examples_docx))
    with zipfile.ZipFile(examples_docx) as archive:
        media = [name for name in archive.namelist() if name.startswith("word/media/")]
    assert len(media) >= len(EXAMPLES)
    assert all(archive_name.endswith(".png") for archive_name in media)
    landscape = [section for section in document.sections if section.page_width > section.page_height]
    assert landscape, "the examples are wide: their diagrams go on landscape pages"
    for section in document.sections:
        assert abs(min(section.page_width.pt, section.page_height.pt) - 595.3) < 1  # A4
    width = max(section.page_width - section.left_margin - section.right_margin for section in document.sections)
    for shape in document.inline_shapes:
        assert 0 < shape.width <= width
        assert shape.width.pt > 150  # fitted to the page, not thumbnails


@pytest.mark.needs_dot
def test_wide_diagram_sheets_stay_readable(tmp_path):
    from standards.handbook.docx_diagrams import MIN_TEXT_PT, drawing_for

    source = write_blueprint(tmp_path / "wide.yaml", wide_blueprint(40))
    drawing = drawing_for(load(str(source)).document, "zh-CN")
    assert not drawing.note
    assert drawing.placement == "landscape" and len(drawing.sheets) > 1
    for sheet in drawing.sheets:
        assert sheet.smallest_pt * sheet.scale_for(drawing.box) >= MIN_TEXT_PT - 1e-6


@pytest.mark.needs_dot
def test_comparison_slices_repeat_the_lane_labels(tmp_path):
    from standards.handbook.docx_diagrams import MIN_TEXT_PT, drawing_for

    after = load(str(ROOT / "examples" / "telecom-hall-to-be.yaml")).document
    before = load(str(ROOT / "examples" / "telecom-hall-as-is.yaml")).document
    drawing = drawing_for(after, "zh-CN", before)
    assert len(drawing.sheets) > 1
    box_width = drawing.box[0]
    for sheet in drawing.sheets:
        assert sheet.smallest_pt * sheet.scale_for(drawing.box) >= MIN_TEXT_PT - 1e-6
        assert sheet.width * sheet.scale_for(drawing.box) <= box_width + 1e-6
    # after the first, each sheet is the lane labels and a window, from one stored picture
    assert all(len(sheet.pieces) == 2 for sheet in drawing.sheets[1:])
    assert len({piece.png for sheet in drawing.sheets for piece in sheet.pieces}) == 1


def _styles_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/styles.xml").decode("utf-8")


@pytest.mark.parametrize(("source", "font", "lang"), [
    (FIXTURES / "counter-complaint.yaml", "Microsoft YaHei", "zh-CN"),
    (FIXTURES / "bank-counter-tw.yaml", "Microsoft JhengHei", "zh-TW"),
])
def test_cjk_font_and_language(tmp_path, source, font, lang):
    out = write(tmp_path, [str(source)])
    document = docx.Document(str(out))
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == font
    language = defaults.find(qn("w:lang"))
    assert language.get(qn("w:val")) == lang and language.get(qn("w:eastAsia")) == lang
    # no theme font left to override the East Asian font, in the defaults or any style
    assert "eastAsiaTheme" not in _styles_xml(out)
    for style in document.styles:
        element = style.element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if element is not None:
            assert element.get(qn("w:eastAsia")) == font, style.name
    assert document.core_properties.language == lang


def test_a_chapter_in_another_language_keeps_its_own(tmp_path):
    """A zh-CN handbook with a zh-TW chapter: that chapter's runs are zh-TW, in JhengHei."""
    out = write(tmp_path, [str(FIXTURES / "counter-complaint.yaml"), str(FIXTURES / "bank-counter-tw.yaml")])
    document = docx.Document(str(out))
    tw = load(str(FIXTURES / "bank-counter-tw.yaml")).document
    statement = tw.standards[0].statement
    runs = [run for run in document.element.body.iter(qn("w:r"))
            if "".join(node.text or "" for node in run.iter(qn("w:t"))) == statement]
    assert runs
    for run in runs:
        language = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        assert language is not None and language.get(qn("w:eastAsia")) == "zh-TW"
        assert run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:eastAsia")) == "Microsoft JhengHei"


HOSTILE = {
    "xml": "<w:p><w:r><w:t>injected</w:t></w:r></w:p>",
    "field": '{ INCLUDETEXT "C:\\\\secret.txt" } { DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/c calc" }',
    "template": "{{7*191}} {% for i in range(3) %}LOOP{% endfor %}",
    "cdata": "]]> <![CDATA[x]]> &amp; &lt;b&gt;",
    "markup": '<w:fldSimple w:instr="PAGE"/> <w:instrText>TOC</w:instrText>',
}
CONTROLS = "bell\x07 nul\x00 esc\x1b vt\x0b ff\x0c del\x7f"
CONTROLS_SHOWN = "bell␇ nul␀ esc␛ vt␋ ff␌ del␡"


def hostile_blueprint(tmp_path: Path) -> Path:
    """Every printed field carries a payload. Written as ASCII JSON (which is YAML): the
    control characters travel as escapes, which YAML allows where it refuses raw ones."""
    mixed = " ".join(HOSTILE.values())
    path = tmp_path / "hostile.yaml"
    path.write_text(json.dumps({
        "blueprint": {"id": "hostile", "title": f"T {HOSTILE['xml']}", "language": "zh-CN", "version": HOSTILE["template"],
                      "owner": f"O {HOSTILE['field']}", "scenario": f"Sc {mixed} {CONTROLS}"},
        "lanes": {"customer": f"L {HOSTILE['markup']}"},
        "actors": {"clerk": {"name": f"A {HOSTILE['cdata']}", "lane": "onstage"}},
        "steps": [
            {"id": "come", "lane": "customer", "name": f"N1 {HOSTILE['template']}", "evidence": [f"E {HOSTILE['xml']}"],
             "duration": "2m", "wait": "1m", "next": "serve"},
            {"id": "serve", "lane": "onstage", "actor": "clerk", "name": f"N2 {CONTROLS}", "contact": "face-to-face",
             "fail_points": [{"id": "F1", "what": f"W {HOSTILE['field']}", "cause": f"C {HOSTILE['cdata']}",
                              "prevent": f"P {HOSTILE['markup']}", "recover": f"R {CONTROLS}", "owner": "Ow"}]},
        ],
        "standards": [{
            "id": "S1", "statement": f"Greet within 10 seconds {mixed}", "step": "serve", "dimension": "empathy",
            "metric": f"M {HOSTILE['xml']}", "target": "<= 10s", "compliance": "95%", "measure": f"Me {CONTROLS}",
            "owner": f"Ow {HOSTILE['template']}",
            "phrases": {"say": [f"Say {HOSTILE['cdata']}"], "avoid": [f"Avoid {HOSTILE['field']}", f"禁语 {CONTROLS}"]},
        }],
    }, ensure_ascii=True), encoding="ascii")
    return path


def test_hostile_text_round_trips_as_text(tmp_path):
    out = write(tmp_path, [str(hostile_blueprint(tmp_path))], title=f"Title {HOSTILE['xml']} {CONTROLS}",
                organisation=HOSTILE["field"])
    document = docx.Document(str(out))  # opens: no forbidden character reached the XML
    printed = text_of(document)
    for name, payload in HOSTILE.items():
        assert payload in printed, name
    assert CONTROLS_SHOWN in printed
    for shown in ("禁语 " + CONTROLS_SHOWN, "R " + CONTROLS_SHOWN, "Avoid " + HOSTILE["field"]):
        assert shown in printed
    assert document.core_properties.title == f"Title {HOSTILE['xml']} {CONTROLS_SHOWN}"
    # Nothing the user wrote became an element: the only fields are ours.
    body = document.element.body
    assert [node.text.strip() for node in body.iter(qn("w:instrText"))] == ['TOC \\o "1-2" \\h \\z \\u']
    assert not list(body.iter(qn("w:fldSimple")))
    assert "injected" not in [node.text for node in body.iter(qn("w:t"))]
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                data = archive.read(name)
                assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", data), name


def test_plain_maps_what_xml_forbids():
    from blueprint.render.escape import word_text as plain

    assert plain("a\x00b\x1fc\x7fd\ufffe") == "a␀b␟c␡d\ufffd"
    assert plain("one\r\ntwo\rthree\u2028four") == "one\ntwo\nthree\nfour"
    assert plain("tab\there <w:p> {{x}}") == "tab\there <w:p> {{x}}"
    assert plain(None) == ""


def test_cover_options_and_comparison_chapter(tmp_path):
    out = tmp_path / "cmp.docx"
    result = CliRunner().invoke(main, [
        "manual", str(FIXTURES / "counter-complaint.yaml"), "--against", str(FIXTURES / "counter-complaint-before.yaml"),
        "-o", str(out), "--title", "柜台投诉标准", "--org", "某银行", "--lang", "zh-TW"])
    assert result.exit_code == 0, result.output
    found = paragraphs(docx.Document(str(out)))
    assert ("Title", "柜台投诉标准") in found
    assert any(text == "某银行" for _style, text in found)
    assert any(style == "Heading 1" and "優化前後對照" in text for style, text in found)
    assert any(style == "Heading 1" and text.startswith("附錄") for style, text in found)
    assert any(style == "Heading 1" and text == "術語表" for style, text in found)


def test_a_blueprint_with_nothing_to_audit_still_prints(tmp_path):
    source = write_blueprint(tmp_path / "tiny.yaml", {
        "blueprint": {"id": "tiny", "title": "Tiny", "language": "zh-TW"},
        "steps": [{"id": "a", "lane": "customer", "name": "來電"}],
    })
    printed = text_of(docx.Document(str(write(tmp_path, [str(source)], "tiny.docx"))))
    assert "本藍圖尚無服務標準" in printed and "本藍圖未記錄失誤點" in printed
