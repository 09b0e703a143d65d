"""Diagrams on paper: the blueprint's SVG placed on portrait or landscape A4, split when wide.

Why: a 40-step blueprint is about 6,500 pt wide; shrunk onto one A4 page its labels would be
2 pt high. So a diagram is printed at a scale that keeps every label at 7 pt or more: on the
chapter's portrait page when it fits there, on one landscape page when it fits there, and else
split by ``blueprint.render.render_svg_segments`` into segments (the lanes repeated on each)
printed on landscape pages with continuation marks.

Every SVG is parsed, stripped of anything active or external (scripts, event handlers,
``foreignObject``, links and images that leave the document) and given ids unique in the
handbook: Graphviz calls the nodes of every SVG ``node1``, ``node2``..., and inline SVGs share
one id space with the page.
"""

from __future__ import annotations

import base64
import copy
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.sax.saxutils import escape as xml_escape, quoteattr

from markupsafe import Markup

from blueprint.i18n import t
from blueprint.model import Document
from standards.handbook.parts import DiagramSheet, DiagramView

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

MIN_TEXT_PT = 7.0
# The room the stylesheet (templates/handbook/handbook.css) gives a diagram, in pt (A4 is
# 595.3 × 841.9 pt): in the flow of a chapter's portrait page; alone on a landscape page; alone
# on a portrait page (a tall, narrow drawing). Page boxes less margins, with a little slack.
INLINE_BOX = (481.0, 400.0)
LANDSCAPE_BOX = (780.0, 538.0)
PORTRAIT_BOX = (534.0, 785.0)
PLATES = {"landscape": LANDSCAPE_BOX, "portrait": PORTRAIT_BOX}
# The renderer's default segment width (blueprint.render.SEGMENT_COLUMNS) is tried first; a
# drawing still too wide is asked for again with fewer columns, at most this many times.
MAX_ATTEMPTS = 3
# The line of continuation marks the handbook prints under a slice it cut itself.
MARKS_PT = 22.0
# Width of a segment that does not grow with its columns: the lane labels and the margins.
SEGMENT_OVERHEAD_PT = 150.0

_UNITS_PT = {"pt": 1.0, "px": 0.75, "in": 72.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "": 0.75, "pc": 12.0}
_LENGTH = re.compile(r"^\s*([0-9.]+)\s*([a-z]*)\s*$")
_FONT_SIZE_STYLE = re.compile(r"font-size\s*:\s*([0-9.]+)\s*(pt|px)?")
_URL_REF = re.compile(r"url\(\s*#([^)\s]+)\s*\)")


@dataclass
class Measured:
    """A sanitised SVG root with its natural size (pt) and its smallest text (pt)."""

    root: ET.Element
    width: float
    height: float
    min_font: float

    def scale_for(self, box: tuple[float, float]) -> float:
        return min(1.0, box[0] / self.width, box[1] / self.height) if self.width and self.height else 1.0

    def readable_in(self, box: tuple[float, float]) -> bool:
        return self.min_font * self.scale_for(box) >= MIN_TEXT_PT - 1e-6


def _length_pt(value: str | None) -> float | None:
    if not value:
        return None
    match = _LENGTH.match(value)
    if not match or match.group(2) not in _UNITS_PT:
        return None
    return float(match.group(1)) * _UNITS_PT[match.group(2)]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def sanitise(svg_text: str) -> ET.Element:
    """The SVG's root element with everything active or external removed.

    Raises ``ValueError`` when the text is not one well-formed SVG document.
    """
    # Graphviz starts with an XML declaration and a DOCTYPE naming an external DTD; expat
    # never fetches it, and neither survives re-serialisation.
    try:
        root = ET.fromstring(svg_text)
    except ET.ParseError as error:
        raise ValueError(f"the diagram is not well-formed SVG: {error}") from None
    if _local(root.tag) != "svg":
        raise ValueError("the diagram is not an SVG document")
    for parent in list(root.iter()):
        for child in list(parent):
            # Only SVG's own elements are kept: no script, no foreign content, no comments.
            if not isinstance(child.tag, str) or not child.tag.startswith(f"{{{SVG_NS}}}") \
                    or _local(child.tag) in ("script", "foreignObject", "iframe", "embed", "object"):
                parent.remove(child)
    for element in root.iter():
        for name in list(element.attrib):
            local = _local(name).lower()
            value = element.attrib[name]
            if local.startswith("on"):
                del element.attrib[name]
            elif local == "href" and not value.startswith("#"):
                # Graphviz writes node URLs and <image> files here; a printed manual needs
                # neither, and the PDF fetcher would refuse them anyway.
                del element.attrib[name]
            elif name == f"{{{XLINK_NS}}}href":
                # SVG 2's plain `href`: serialising then needs no namespace prefix, which
                # ElementTree would take from its process-wide registry (WeasyPrint edits it).
                del element.attrib[name]
                element.set("href", value)
            elif local == "style" and "url(" in value and not _URL_REF.search(value):
                del element.attrib[name]
    return root


def measure(root: ET.Element) -> Measured:
    """The natural size of an SVG in pt (width/height, else its viewBox) and its smallest text."""
    width = _length_pt(root.get("width"))
    height = _length_pt(root.get("height"))
    view_box = root.get("viewBox")
    if view_box:
        parts = [float(part) for part in re.split(r"[\s,]+", view_box.strip()) if part]
        if len(parts) == 4:
            width = width or parts[2] * 0.75
            height = height or parts[3] * 0.75
    width, height = width or 0.0, height or 0.0
    if not view_box and width and height:
        root.set("viewBox", f"0 0 {width:g} {height:g}")
    # Text size in pt on paper at scale 1: the SVG's user units are mapped onto width/height.
    unit_scale = 1.0
    if view_box and width:
        parts = [float(part) for part in re.split(r"[\s,]+", view_box.strip()) if part]
        if len(parts) == 4 and parts[2]:
            unit_scale = width / parts[2]
    sizes = []
    for element in root.iter():
        if _local(element.tag) not in ("text", "tspan", "g", "svg"):
            continue
        size = element.get("font-size")
        if size is None:
            match = _FONT_SIZE_STYLE.search(element.get("style", ""))
            size = match.group(1) if match else None
        if size is not None:
            try:
                sizes.append(float(re.sub(r"[a-z]+$", "", size.strip())) * unit_scale)
            except ValueError:
                continue
    has_text = any(_local(element.tag) == "text" for element in root.iter())
    # Graphviz's default is 14; an SVG with text but no size takes the CSS default of 16 px.
    min_font = min(sizes) if sizes else (12.0 if has_text else MIN_TEXT_PT)
    return Measured(root, width, height, min_font)


def prefix_ids(root: ET.Element, prefix: str) -> None:
    """Prefix every id of the SVG and every reference to one (``url(#…)``, ``href="#…"``)."""
    ids = {element.get("id") for element in root.iter() if element.get("id")}
    if not ids:
        return
    for element in root.iter():
        for name, value in list(element.attrib.items()):
            if name == "id":
                element.set(name, prefix + value)
            elif _local(name) == "href" and value.startswith("#") and value[1:] in ids:
                element.set(name, "#" + prefix + value[1:])
            elif "url(#" in value:
                element.set(name, _URL_REF.sub(lambda m: f"url(#{prefix}{m.group(1)})" if m.group(1) in ids else m.group(0), value))


_XML_NS = "http://www.w3.org/XML/1998/namespace"


def serialise(root: ET.Element) -> str:
    """The SVG as text: SVG as the default namespace, no ``ns0:`` prefixes.

    Why not ``ET.tostring``: it takes prefixes from a process-wide registry that WeasyPrint
    rewrites when it loads, and an inline SVG whose tags read ``ns0:svg`` is not drawn by a
    browser. Elements outside the SVG namespace were removed by ``sanitise``.
    """
    parts: list[str] = []

    def name_of(qualified: str) -> str | None:
        if not qualified.startswith("{"):
            return qualified
        namespace, local = qualified[1:].split("}", 1)
        if namespace == SVG_NS:
            return local
        if namespace == _XML_NS:
            return f"xml:{local}"
        if namespace == XLINK_NS:
            return f"xlink:{local}"
        return None

    def write(element: ET.Element, top: bool) -> None:
        tag = name_of(element.tag) if isinstance(element.tag, str) else None
        if tag is None:
            return
        parts.append(f"<{tag}")
        if top:
            parts.append(f' xmlns="{SVG_NS}" xmlns:xlink="{XLINK_NS}"')
        for key, value in element.attrib.items():
            attribute = name_of(key)
            if attribute is not None:
                parts.append(f" {attribute}={quoteattr(value)}")
        children = list(element)
        if not children and not element.text:
            parts.append("/>")
        else:
            parts.append(">" + xml_escape(element.text or ""))
            for child in children:
                write(child, False)
                parts.append(xml_escape(child.tail or ""))
            parts.append(f"</{tag}>")

    write(root, True)
    return "".join(parts)


def placed(measured: Measured, box: tuple[float, float]) -> tuple[str, float, float]:
    """The SVG markup sized for its box (the viewBox keeps the drawing), and that size in pt."""
    scale = measured.scale_for(box)
    width, height = measured.width * scale, measured.height * scale
    root = measured.root
    root.set("width", f"{width:.2f}pt")
    root.set("height", f"{height:.2f}pt")
    root.set("preserveAspectRatio", "xMinYMin meet")
    return serialise(root), width, height


def data_uri(svg_text: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg_text.encode("utf-8")).decode("ascii")


def _renderer():
    try:
        from blueprint import render
    except ImportError:
        return None
    if not hasattr(render, "render_svg"):
        return None
    return render


def renderer_available() -> bool:
    return _renderer() is not None


def _sheets_for(measured_list: list[Measured], prefix: str, placement: str, *, marks: bool = False) -> list:

    box = INLINE_BOX if placement == "inline" else PLATES[placement]
    if marks:
        box = (box[0], box[1] - MARKS_PT)
    sheets = []
    parts = len(measured_list)
    for index, measured in enumerate(measured_list, start=1):
        if parts > 1:
            prefix_ids(measured.root, f"{prefix}p{index}-")
        smallest = measured.min_font * measured.scale_for(box)
        markup, width, height = placed(measured, box)
        # Trusted markup: Graphviz output, parsed and stripped by sanitise() above.
        sheets.append(DiagramSheet(Markup(markup), index, parts, placement, width, height, round(smallest, 2), marks))
    return sheets


def best_plate(measured_list: list[Measured]) -> tuple[str, float]:
    """The page orientation that prints these drawings largest, and its smallest scale."""
    choices = {name: min(m.scale_for(box) for m in measured_list) for name, box in PLATES.items()}
    name = max(choices, key=lambda key: (choices[key], key == "landscape"))
    return name, choices[name]


def _readable(measured_list: list[Measured], scale: float) -> bool:
    return all(m.min_font * scale >= MIN_TEXT_PT - 1e-6 for m in measured_list)


_TRANSLATE = re.compile(r"translate\(\s*([-0-9.]+)[\s,]+([-0-9.]+)\s*\)")


def lane_label_box(root: ET.Element) -> tuple[float, float, float]:
    """The lane-label column of a drawing: (right edge, top, bottom) in the drawing's units.

    The renderer draws each lane's label in a group of class ``lane-label``; (0, 0, 0) when
    there is none, or when the drawing is scaled (then the column is not repeated on slices).
    """
    shift_x = shift_y = 0.0
    right, top, bottom = 0.0, math.inf, -math.inf
    for group in root.iter(f"{{{SVG_NS}}}g"):
        transform = group.get("transform", "")
        if "scale(" in transform and "scale(1 1)" not in transform and "scale(1)" not in transform:
            return 0.0, 0.0, 0.0
        match = _TRANSLATE.search(transform)
        if match:
            shift_x, shift_y = float(match.group(1)), float(match.group(2))  # Graphviz's one graph transform
        if "lane-label" not in (group.get("class") or "").split():
            continue
        for polygon in group.iter(f"{{{SVG_NS}}}polygon"):
            for point in (polygon.get("points") or "").split():
                try:
                    x, y = (float(value) for value in point.split(",")[:2])
                except ValueError:
                    continue
                right, top, bottom = max(right, x + shift_x), min(top, y + shift_y), max(bottom, y + shift_y)
    return (right, top, bottom) if right and top < bottom else (0.0, 0.0, 0.0)


def _window(whole: Measured, view_box: list[float], start: float, width: float,
            labels: tuple[float, float, float], tag: str) -> ET.Element:
    """A sheet: the lane labels (when there are any) and then ``width`` units from ``start``."""
    label, top, bottom = labels
    total = label + width
    root = ET.Element(f"{{{SVG_NS}}}svg", {"viewBox": f"0 {view_box[1]:g} {total:g} {view_box[3]:g}"})
    panes = [(label, view_box[1], start, width, view_box[1], view_box[3], "window")]
    if label:
        # Only the lanes' own band: the title and the legend are in the window pane already.
        panes.insert(0, (0.0, top, view_box[0], label, top, bottom - top, "labels"))
    for x, y, source_x, pane_width, source_y, pane_height, name in panes:
        pane = ET.SubElement(root, f"{{{SVG_NS}}}svg", {
            "x": f"{x:g}", "y": f"{y:g}", "width": f"{pane_width:g}", "height": f"{pane_height:g}",
            "viewBox": f"{source_x:g} {source_y:g} {pane_width:g} {pane_height:g}", "overflow": "hidden",
        })
        for child in whole.root:
            pane.append(copy.deepcopy(child))
        # Both panes hold the same drawing: each gets its own ids.
        prefix_ids(pane, f"{tag}{name}-")
    return root


def slices(whole: Measured, box: tuple[float, float], overlap: float = 0.06) -> list[Measured]:
    """Windows onto one wide SVG, each readable in ``box``, overlapping a little, with the
    lane labels repeated at the left of each.

    The fallback when the renderer cannot segment a drawing (the ``--against`` comparison):
    the handbook prints its own continuation marks; no label is printed below MIN_TEXT_PT
    unless the drawing is too tall for the page, and a step cut at one edge is whole on the
    next sheet.
    """
    scale = min(MIN_TEXT_PT / whole.min_font, box[1] / whole.height) if whole.height else 1.0
    room_pt = box[0] / scale
    if room_pt >= whole.width:
        return [whole]
    view_box = [float(part) for part in re.split(r"[\s,]+", whole.root.get("viewBox", "").strip()) if part]
    if len(view_box) != 4 or not view_box[2]:
        return [whole]
    units_per_pt = view_box[2] / whole.width
    labels = lane_label_box(whole.root)
    label_pt = labels[0] / units_per_pt
    if label_pt >= room_pt / 2:
        labels, label_pt = (0.0, 0.0, 0.0), 0.0  # a column taking half the sheet is not worth repeating
    window_pt = room_pt - label_pt
    # The first sheet is the drawing's own left part (title, lane labels); each later sheet
    # repeats the labels beside the next window, overlapping the one before a little.
    starts = [0.0]
    while starts[-1] + (room_pt if len(starts) == 1 else window_pt) < whole.width - 1e-6:
        previous_end = starts[-1] + (room_pt if len(starts) == 1 else window_pt)
        starts.append(min(previous_end - window_pt * overlap, whole.width - window_pt))
    result = [Measured(_window(whole, view_box, view_box[0], room_pt * units_per_pt, (0.0, 0.0, 0.0), "w0"),
                       room_pt, whole.height, whole.min_font)]
    for index, start_pt in enumerate(starts[1:], start=1):
        root = _window(whole, view_box, view_box[0] + start_pt * units_per_pt, window_pt * units_per_pt,
                       labels, f"w{index}")
        result.append(Measured(root, room_pt, whole.height, whole.min_font))
    return result


def layout_whole(whole: Measured, prefix: str) -> list:
    """Sheets for a drawing that cannot be segmented: inline, one plate, or slices of it."""
    if whole.readable_in(INLINE_BOX):
        return _sheets_for([whole], prefix, "inline")
    plate, scale = best_plate([whole])
    if _readable([whole], scale):
        return _sheets_for([whole], prefix, plate)
    # Slices on the orientation whose height keeps the text readable, fewest pages first.
    options = []
    for name, box in PLATES.items():
        room = (box[0], box[1] - MARKS_PT)
        cut = slices(whole, room)
        readable = whole.min_font * min(MIN_TEXT_PT / whole.min_font, room[1] / whole.height) >= MIN_TEXT_PT - 1e-6
        options.append((not readable, len(cut), name != "landscape", name, cut))
    _unreadable, _count, _portrait, name, cut = min(options, key=lambda option: option[:3])
    return _sheets_for(cut, prefix, name, marks=len(cut) > 1)


# The width one column took in the last drawing segmented (the renderer's columns are all
# alike), so that the next drawing is asked for the right number of columns at once.
_last_columns: list[tuple[float, float]] = []  # (width of a column, smallest text), in pt


def _first_guess(default_columns: int) -> int:
    if not _last_columns:
        return max(1, default_columns)
    column_width, smallest = _last_columns[-1]
    room = LANDSCAPE_BOX[0] * smallest / MIN_TEXT_PT - SEGMENT_OVERHEAD_PT
    return max(1, min(default_columns, math.floor(room / column_width)))


def _columns_that_fit(segments: list[Measured], columns: int) -> int | None:
    """The most columns a segment may hold and print readable, on the page whose height allows
    it (landscape first: a tall drawing may need portrait pages); None when neither does."""
    smallest = min(m.min_font for m in segments)
    tallest = max(m.height for m in segments)
    widest = max(m.width for m in segments)
    per_column = max(1.0, (widest - SEGMENT_OVERHEAD_PT) / columns)
    fits = []
    for box in (LANDSCAPE_BOX, PORTRAIT_BOX):
        if smallest * box[1] / tallest < MIN_TEXT_PT - 1e-6:
            continue
        room = box[0] * smallest / MIN_TEXT_PT - SEGMENT_OVERHEAD_PT
        fits.append(max(1, math.floor(room / per_column)))
    return max(fits) if fits else None


def layout_segments(render_segments, prefix: str, first_columns: int) -> list:
    """Sheets for a drawing the renderer segments: inline or one plate when it fits whole,
    else segments of as many columns as stay readable (lanes repeated, continuation marked).

    ``render_segments(max_columns)`` returns the SVG text of each segment.
    """
    columns = _first_guess(first_columns)
    best: tuple[float, list[Measured], str] | None = None
    for _attempt in range(MAX_ATTEMPTS):
        segments = [measure(sanitise(text)) for text in render_segments(columns)]
        if len(segments) == 1 and segments[0].readable_in(INLINE_BOX):
            return _sheets_for(segments, prefix, "inline")
        plate, scale = best_plate(segments)
        smallest = min(m.min_font for m in segments) * scale
        if best is None or smallest > best[0] + 1e-6 or (smallest >= MIN_TEXT_PT and len(segments) < len(best[1])):
            best = (smallest, segments, plate)
        if len(segments) > 1:
            widest = max(segments, key=lambda m: m.width)
            _last_columns[:] = [(max(1.0, (widest.width - SEGMENT_OVERHEAD_PT) / columns), widest.min_font)]
            # Would the whole drawing fit one page? Then ask for it whole, once.
            whole = Measured(segments[0].root, sum(m.width for m in segments) - SEGMENT_OVERHEAD_PT * (len(segments) - 1),
                             max(m.height for m in segments), min(m.min_font for m in segments))
            if _readable([whole], best_plate([whole])[1]):
                columns *= len(segments)
                continue
        if _readable(segments, scale) or columns == 1:
            break
        target = _columns_that_fit(segments, columns)
        if target is None:
            break  # too tall for either orientation: fewer columns would not make the text larger
        columns = max(1, min(columns - 1, target))
    _smallest, segments, plate = best
    return _sheets_for(segments, prefix, plate)


def diagram_view(document: Document, lang: str, *, id_prefix: str, against: Document | None = None, image: bool = False):
    """The diagram of one blueprint (or, with ``against``, of its comparison).

    With ``image`` the whole drawing is returned as a ``data:`` URL for Markdown, and no sheets.
    """

    render = _renderer()
    if render is None:
        # TODO(diagrams): without blueprint.render the handbook prints this note in the
        # diagram's place, and tests/handbook/test_diagrams.py skips.
        return DiagramView(note=t("handbook.diagram.pending", lang))
    from blueprint.errors import UserError

    keywords = {"lang": lang, "id_prefix": id_prefix}
    if against is not None:
        keywords["against"] = against
    try:
        if image:
            whole = sanitise(render.render_svg(document, **keywords))
            return DiagramView(image_data_uri=data_uri(serialise(whole)))
        segments = getattr(render, "render_svg_segments", None)
        if segments is not None and (against is None or _accepts(segments, "against")):
            if _accepts(segments, "bare"):
                keywords["bare"] = True  # the chapter heading names the blueprint already

            def render_segments(max_columns: int) -> list[str]:
                return segments(document, max_columns=max_columns, **keywords)

            first = getattr(render, "SEGMENT_COLUMNS", 5)
            return DiagramView(sheets=layout_segments(render_segments, id_prefix, first))
        whole_measured = measure(sanitise(render.render_svg(document, **keywords)))
        return DiagramView(sheets=layout_whole(whole_measured, id_prefix))
    except (UserError, ValueError, OSError) as error:
        # A diagram that cannot be drawn (no `dot` installed, a Graphviz failure) must not cost
        # the reader the rest of the handbook; the note says why it is missing.
        return DiagramView(note=t("handbook.diagram.failed", lang, reason=str(error)[:200]))


def _accepts(function, name: str) -> bool:
    import inspect

    try:
        return name in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


DIAGRAM_MODES = ("sheets", "image", "none")


def diagram_for(document: Document, lang: str, prefix: str, mode: str, against: Document | None = None) -> DiagramView:
    if mode == "none":
        return DiagramView()
    return diagram_view(document, lang, id_prefix=prefix, against=against, image=mode == "image")

