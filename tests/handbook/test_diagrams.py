"""Diagrams on paper: sanitised, ids unique, placed and split so no label prints below 7 pt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from blueprint.loaders import load
from handbook_helpers import FIXTURES, wide_blueprint, write_blueprint
from standards.handbook import diagrams
from standards.handbook.diagrams import (
    INLINE_BOX, LANDSCAPE_BOX, MIN_TEXT_PT, PORTRAIT_BOX, layout_segments, measure, prefix_ids, sanitise, slices,
)

SVG_NS = "http://www.w3.org/2000/svg"


def svg(width: float, height: float, font: float = 9.0, *, extra: str = "") -> str:
    return (f'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
            f'<svg xmlns="{SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="{width}pt" height="{height}pt" '
            f'viewBox="0 0 {width} {height}"><g id="node1"><text font-size="{font}">x</text></g>{extra}</svg>')


def test_sanitise_strips_anything_active_or_external():
    hostile = svg(100, 50, extra=(
        '<script>alert(1)</script>'
        '<g onload="alert(1)" id="g2"><a xlink:href="javascript:alert(1)"><text font-size="9">t</text></a></g>'
        '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'
        '<image href="file:///etc/passwd" width="1" height="1"/>'
        '<rect style="fill: url(http://127.0.0.1/x)" width="1" height="1"/>'
        '<use xlink:href="#node1"/><rect fill="url(#grad)" width="1" height="1"/>'
    ))
    root = sanitise(hostile)
    text = ET.tostring(root, encoding="unicode")
    assert "script" not in text and "foreignObject" not in text and "onload" not in text
    assert "javascript:" not in text and "file:" not in text and "127.0.0.1" not in text
    assert 'href="#node1"' in text and "url(#grad)" in text  # references inside the drawing stay


def test_sanitise_refuses_what_is_not_svg():
    with pytest.raises(ValueError):
        sanitise("<html><body/></html>")
    with pytest.raises(ValueError):
        sanitise("<svg")


def test_prefix_ids_renames_ids_and_their_references():
    root = sanitise(svg(10, 10, extra='<linearGradient id="grad"/><rect fill="url(#grad)"/><use xlink:href="#node1"/>'))
    prefix_ids(root, "bp2-p3-")
    text = ET.tostring(root, encoding="unicode")
    assert 'id="bp2-p3-node1"' in text and 'id="bp2-p3-grad"' in text
    assert "url(#bp2-p3-grad)" in text and 'href="#bp2-p3-node1"' in text
    assert 'id="node1"' not in text


def test_measure_reads_size_and_smallest_text():
    measured = measure(sanitise(svg(1000, 500, extra='<text font-size="11">a</text><text font-size="8.00">b</text>')))
    assert (measured.width, measured.height, measured.min_font) == (1000, 500, 8.0)
    # a viewBox larger than the printed size shrinks the text with it
    half = measure(sanitise(f'<svg xmlns="{SVG_NS}" width="500pt" height="250pt" viewBox="0 0 1000 500"><text font-size="10">a</text></svg>'))
    assert half.min_font == 5.0


def _panes(part):
    return [child for child in part.root if child.tag == f"{{{SVG_NS}}}svg"]


def _span(pane):
    x, _y, width, _height = (float(value) for value in pane.get("viewBox").split())
    return x, x + width


def test_slices_cover_the_drawing_and_stay_readable():
    whole = measure(sanitise(svg(3000, 400, 9)))
    parts = slices(whole, LANDSCAPE_BOX)
    assert len(parts) > 1
    spans = [_span(_panes(part)[-1]) for part in parts]
    assert spans[0][0] == 0 and spans[-1][1] == pytest.approx(3000)
    assert all(later[0] < earlier[1] for earlier, later in zip(spans, spans[1:]))  # overlapping, no gap
    assert all(part.min_font * part.scale_for(LANDSCAPE_BOX) >= MIN_TEXT_PT - 1e-6 for part in parts)


def test_slices_repeat_the_lane_labels():
    lanes = ('<g class="node lane-label lane-customer" id="lane:customer">'
             '<polygon points="18,-500 130,-500 130,-400 18,-400 18,-500"/></g>')
    drawing = (f'<svg xmlns="{SVG_NS}" width="3000pt" height="600pt" viewBox="0 0 3000 600">'
               f'<g id="graph0" transform="scale(1 1) rotate(0) translate(0 600)">{lanes}'
               '<text font-size="9" x="40" y="-560">Title</text></g></svg>')
    parts = slices(measure(sanitise(drawing)), LANDSCAPE_BOX)
    assert len(_panes(parts[0])) == 1  # the drawing's own left part, labels and title included
    for part in parts[1:]:
        labels, window = _panes(part)
        assert _span(labels) == (0, 130)
        assert labels.get("y") == "100" and labels.get("height") == "100"  # the lanes' band only
        ids = [element.get("id") for element in part.root.iter() if element.get("id")]
        assert len(ids) == len(set(ids))


class FakeRenderer:
    """Segments of ``per_column`` pt a column plus 150 pt of lane labels, text at 9 pt."""

    def __init__(self, total_columns: int, per_column: float = 180.0, height: float = 480.0) -> None:
        self.total, self.per_column, self.height = total_columns, per_column, height
        self.calls: list[int] = []

    def __call__(self, max_columns: int) -> list[str]:
        self.calls.append(max_columns)
        cuts = list(range(0, self.total, max_columns))
        return [svg(150 + self.per_column * (min(start + max_columns, self.total) - start), self.height)
                for start in cuts]


@pytest.fixture(autouse=True)
def _fresh_calibration(monkeypatch):
    monkeypatch.setattr(diagrams, "_last_columns", [])


def test_a_small_drawing_stays_in_the_chapter():
    sheets = layout_segments(FakeRenderer(2, height=300), "bp1-", 5)
    assert [sheet.placement for sheet in sheets] == ["inline"]
    assert sheets[0].width_pt <= INLINE_BOX[0]


def test_a_wide_drawing_is_split_into_readable_landscape_segments():
    renderer = FakeRenderer(40)
    sheets = layout_segments(renderer, "bp1-", 5)
    assert len(sheets) > 1 and {sheet.placement for sheet in sheets} == {"landscape"}
    assert all(sheet.smallest_text_pt >= MIN_TEXT_PT for sheet in sheets)
    assert all(sheet.width_pt <= LANDSCAPE_BOX[0] + 0.01 and sheet.height_pt <= LANDSCAPE_BOX[1] + 0.01 for sheet in sheets)
    assert [sheet.part for sheet in sheets] == list(range(1, len(sheets) + 1))
    # as few pages as readability allows: one more column per segment would be too small
    columns = renderer.calls[-1]
    assert (150 + 180 * (columns + 1)) * MIN_TEXT_PT / 9 > LANDSCAPE_BOX[0]


def test_the_next_drawing_is_asked_for_the_right_columns_at_once():
    layout_segments(FakeRenderer(40), "bp1-", 5)
    second = FakeRenderer(40)
    layout_segments(second, "bp2-", 5)
    assert len(second.calls) == 1


def test_a_tall_narrow_drawing_goes_on_a_portrait_page():
    sheets = layout_segments(FakeRenderer(2, per_column=150, height=700), "bp1-", 5)
    assert [sheet.placement for sheet in sheets] == ["portrait"]
    assert sheets[0].height_pt <= PORTRAIT_BOX[1] + 0.01


def test_segment_ids_are_unique_across_sheets():
    sheets = layout_segments(FakeRenderer(40), "bp1-", 5)
    ids = [found for sheet in sheets for found in re.findall(r'\sid="([^"]+)"', str(sheet.svg))]
    assert len(ids) == len(set(ids)) and all(found.startswith("bp1-") for found in ids)


# ---- with the real renderer (blueprint.render and Graphviz) --------------------------------

@pytest.mark.needs_dot
def test_a_forty_step_blueprint_prints_readable_segments(tmp_path):
    from standards.handbook.parts import Source
    from standards.handbook.view import build_handbook

    path = write_blueprint(tmp_path / "wide.yaml", wide_blueprint(40))
    handbook = build_handbook([Source(str(path), load(str(path)).document)])
    sheets = handbook.chapters[0].diagram.sheets
    assert len(sheets) > 1
    assert all(sheet.placement in ("landscape", "portrait") for sheet in sheets)
    assert all(sheet.smallest_text_pt >= MIN_TEXT_PT for sheet in sheets), [s.smallest_text_pt for s in sheets]


@pytest.mark.needs_dot
def test_every_inline_svg_has_its_own_ids(tmp_path):
    from standards.handbook.manual import write_manual

    wide = write_blueprint(tmp_path / "wide.yaml", wide_blueprint(12, language="en"))
    out = write_manual([str(FIXTURES / "hotel-checkin.yaml"), str(wide), str(FIXTURES / "counter-complaint.yaml")],
                       tmp_path / "out.html").output
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") >= 3
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    # every reference inside a drawing points at an id of the page
    for reference in re.findall(r'(?:href="#|url\(#)([^")]+)', page):
        assert reference in ids, reference


@pytest.mark.needs_dot
@pytest.mark.parametrize("name", ["counter-complaint.yaml", "hotel-checkin.yaml", "bank-counter-tw.yaml"])
def test_fixture_diagrams_are_readable(name):
    from standards.handbook.parts import Source
    from standards.handbook.view import build_handbook

    path = FIXTURES / name
    handbook = build_handbook([Source(str(path), load(str(path)).document)])
    sheets = handbook.chapters[0].diagram.sheets
    assert sheets, handbook.chapters[0].diagram.note
    assert all(sheet.smallest_text_pt >= MIN_TEXT_PT for sheet in sheets), [s.smallest_text_pt for s in sheets]


def test_without_the_renderer_the_diagram_slot_says_so(monkeypatch):
    """Until a renderer is installed the handbook prints a note, not an empty box."""
    from standards.handbook.parts import Source
    from standards.handbook.view import build_handbook

    monkeypatch.setattr(diagrams, "_renderer", lambda: None)
    path = FIXTURES / "hotel-checkin.yaml"
    chapter = build_handbook([Source(str(path), load(str(path)).document)]).chapters[0]
    assert chapter.diagram.sheets == [] and "blueprint.render" in chapter.diagram.note


def test_a_drawing_that_fails_leaves_a_note(monkeypatch):
    from blueprint.errors import UserError
    from standards.handbook.parts import Source
    from standards.handbook.view import build_handbook

    class Broken:
        SEGMENT_COLUMNS = 5

        @staticmethod
        def render_svg(*args, **kwargs):
            raise UserError("dot: not found; install Graphviz")

        render_svg_segments = render_svg

    monkeypatch.setattr(diagrams, "_renderer", lambda: Broken)
    path = FIXTURES / "hotel-checkin.yaml"
    chapter = build_handbook([Source(str(path), load(str(path)).document)]).chapters[0]
    assert chapter.diagram.sheets == [] and "install Graphviz" in chapter.diagram.note


def test_pdf_uses_diagram_files_html_inlines_them(tmp_path, monkeypatch):
    """The PDF's drawings are files named by exact path; the HTML file carries them inline."""
    from standards.handbook.html import diagram_files, render_html
    from standards.handbook.parts import DiagramSheet, DiagramView, Source
    from standards.handbook.view import build_handbook

    from markupsafe import Markup

    drawing = Markup(diagrams.serialise(sanitise(svg(100, 50))))
    monkeypatch.setattr("standards.handbook.view.diagram_for", lambda *a, **k: DiagramView(
        sheets=[DiagramSheet(drawing, 1, 1, "inline", 100, 50, 9.0)]))
    path = FIXTURES / "hotel-checkin.yaml"
    handbook = build_handbook([Source(str(path), load(str(path)).document)])
    inline = render_html(handbook)
    assert "<svg" in inline and "<img" not in inline
    folder = tmp_path / "drawings"
    folder.mkdir()
    for_pdf = render_html(handbook, diagram_folder=folder)
    files = diagram_files(folder)
    assert len(files) == 1 and f'src="{files[0].as_uri()}"' in for_pdf and "<svg" not in for_pdf
    assert Path(files[0]).read_text(encoding="utf-8") == str(drawing)
