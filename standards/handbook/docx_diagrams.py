"""Diagrams for the Word handbook: PNG pictures sized for A4, cut into readable sheets.

Word cannot take the handbook's SVG sheets (diagrams.py), so the drawings are rendered again
as PNG by Graphviz, through the project's renderer:

- a chapter's blueprint is drawn segment by segment exactly as ``render_svg_segments`` cuts it
  (lanes repeated on each segment, the renderer's own continuation marks): each segment is at
  most ``theme.SEGMENT_MAX_WIDTH`` wide, so fitted to a landscape page its smallest text prints
  at 7 pt or more;
- a drawing the renderer cannot segment (the ``--against`` comparison, or a renderer without
  segments) is drawn whole once and shown as overlapping windows of that one picture (Word
  crops a picture without changing it: the PNG is stored once), the lane labels repeated at
  the left of each window, as ``diagrams.slices`` does for HTML and PDF.

Everything here is measured in pt of the drawing as Graphviz laid it out ("natural" size).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from blueprint.i18n import t
from blueprint.model import Document
from standards.handbook.diagrams import MIN_TEXT_PT, lane_label_box, measure, sanitise

# Room for a drawing, in pt, on the pages word.py sets up (A4 is 595.3 × 841.9 pt): in the
# flow of a chapter's portrait page, and alone on a landscape or portrait page (less margins,
# the section heading and the caption line under each picture).
# A few pt of slack on each width: two pictures side by side that fill the line exactly
# would wrap onto two lines in some word processors.
INLINE_BOX = (476.0, 400.0)
LANDSCAPE_BOX = (764.0, 455.0)
PORTRAIT_BOX = (518.0, 700.0)
PLATES = {"landscape": LANDSCAPE_BOX, "portrait": PORTRAIT_BOX}
OVERLAP = 0.06  # share of a window repeated from the one before it


@dataclass
class Piece:
    """A picture, or the part of it inside ``window`` (left, top, right, bottom, as shares)."""

    png: bytes
    width_pt: float  # the whole picture's natural size
    height_pt: float
    window: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)

    @property
    def shown_width(self) -> float:
        return self.width_pt * (self.window[2] - self.window[0])

    @property
    def shown_height(self) -> float:
        return self.height_pt * (self.window[3] - self.window[1])

    @property
    def cropped(self) -> bool:
        return self.window != (0.0, 0.0, 1.0, 1.0)


@dataclass
class Sheet:
    """What one page shows: one picture, or the lane labels and a window side by side."""

    pieces: list[Piece]
    part: int
    parts: int
    smallest_pt: float  # the smallest text at natural size
    marks: bool = False  # our own continuation marks (the renderer did not draw any)

    @property
    def width(self) -> float:
        return sum(piece.shown_width for piece in self.pieces)

    @property
    def height(self) -> float:
        return max(piece.shown_height for piece in self.pieces)

    def scale_for(self, box: tuple[float, float]) -> float:
        if not self.width or not self.height:
            return 1.0
        return min(1.0, box[0] / self.width, box[1] / self.height)

    def readable_in(self, box: tuple[float, float]) -> bool:
        return self.smallest_pt * self.scale_for(box) >= MIN_TEXT_PT - 1e-6


@dataclass
class Drawing:
    """A diagram ready for Word: its sheets and where they go, or a note saying why not."""

    sheets: list[Sheet] = field(default_factory=list)
    placement: str = "inline"  # inline (in the chapter's flow), landscape or portrait pages
    note: str = ""

    @property
    def box(self) -> tuple[float, float]:
        return INLINE_BOX if self.placement == "inline" else PLATES[self.placement]


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height in pixels of a PNG (from its IHDR chunk)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("the renderer did not return a PNG picture")
    return struct.unpack(">II", data[16:24])


def place(sheets: list[Sheet]) -> str:
    """Inline when one sheet is readable in the chapter's flow; else the orientation that
    prints the sheets largest (landscape on a tie)."""
    if len(sheets) == 1 and sheets[0].readable_in(INLINE_BOX):
        return "inline"
    scales = {name: min(sheet.scale_for(box) for sheet in sheets) for name, box in PLATES.items()}
    return max(scales, key=lambda name: (scales[name], name == "landscape"))


def segment_sheets(document: Document, lang: str) -> list[Sheet] | None:
    """The blueprint as the renderer's segments, one PNG each; None when this renderer has no
    segments to offer (then the caller cuts the whole drawing itself).

    The renderer's own segments (``blueprint.render.render_segments``, bare: the chapter
    heading names the blueprint and the legend is drawn once, on the last segment), as PNG.
    """
    try:
        from blueprint.render import render_segments
        from blueprint.render.formats import PNG_DPI
        from blueprint.render.theme import SMALL_SIZE
    except ImportError:
        return None
    pngs = render_segments(document, "png", lang=lang, bare=True)
    points_per_pixel = 72 / PNG_DPI  # segments are narrow enough for the full resolution
    sheets = []
    for index, png in enumerate(pngs):
        width_px, height_px = png_size(png)
        piece = Piece(png, width_px * points_per_pixel, height_px * points_per_pixel)
        sheets.append(Sheet([piece], index + 1, len(pngs), SMALL_SIZE))
    return sheets


def whole_sheets(document: Document, lang: str, against: Document | None = None) -> tuple[list[Sheet], str | None]:
    """The whole drawing as one picture, or as windows onto it when it is too wide to read,
    with the orientation the windows were cut for (None: let ``place`` choose)."""
    from blueprint.render import render_bytes, render_svg

    measured = measure(sanitise(render_svg(document, lang=lang, against=against)))
    png = render_bytes(document, "png", lang=lang, against=against)
    png_size(png)
    whole = Piece(png, measured.width, measured.height)
    sheet = Sheet([whole], 1, 1, measured.min_font)
    if sheet.readable_in(INLINE_BOX) or any(sheet.readable_in(box) for box in PLATES.values()):
        return [sheet], None
    labels = _label_shares(measured)
    options = []
    for name, box in PLATES.items():
        cut = slices(whole, measured.min_font, labels, box)
        readable = all(piece.readable_in(box) for piece in cut)
        # Readable first, then the fewest pages, then landscape.
        options.append((not readable, len(cut), name != "landscape", name, cut))
    _unreadable, _count, _portrait, name, cut = min(options, key=lambda option: option[:3])
    return cut, name


def _label_shares(measured) -> tuple[float, float, float]:
    """The lane-label column as shares of the picture: (right edge, top, bottom); zeros if none."""
    import re

    right, top, bottom = lane_label_box(measured.root)
    view_box = [float(part) for part in re.split(r"[\s,]+", measured.root.get("viewBox", "").strip()) if part]
    if not right or len(view_box) != 4 or not view_box[2] or not view_box[3]:
        return 0.0, 0.0, 0.0
    return ((right - view_box[0]) / view_box[2], (top - view_box[1]) / view_box[3], (bottom - view_box[1]) / view_box[3])


def slices(whole: Piece, min_font: float, labels: tuple[float, float, float], box: tuple[float, float]) -> list[Sheet]:
    """Windows onto ``whole``, each readable in ``box``, overlapping a little, with the lane
    labels at the left of every window after the first (the first is the drawing's own left
    part: title, labels and legend)."""
    scale = min(MIN_TEXT_PT / min_font, box[1] / whole.height_pt) if whole.height_pt else 1.0
    room = box[0] / scale  # natural pt that fit across one sheet
    width = whole.width_pt
    if room >= width:
        return [Sheet([whole], 1, 1, min_font)]
    label_share, top, bottom = labels
    label = label_share * width
    if label >= room / 2:
        label = 0.0  # a column taking half the sheet is not worth repeating
    window = room - label
    starts = [0.0]
    while starts[-1] + (room if len(starts) == 1 else window) < width - 1e-6:
        previous_end = starts[-1] + (room if len(starts) == 1 else window)
        starts.append(max(0.0, min(previous_end - window * OVERLAP, width - window)))
    parts = len(starts)
    sheets = [Sheet([Piece(whole.png, whole.width_pt, whole.height_pt, (0.0, 0.0, room / width, 1.0))],
                    1, parts, min_font, marks=True)]
    for index, start in enumerate(starts[1:], start=2):
        pieces = []
        band = (top, bottom) if label else (0.0, 1.0)
        if label:
            pieces.append(Piece(whole.png, whole.width_pt, whole.height_pt, (0.0, band[0], label / width, band[1])))
        pieces.append(Piece(whole.png, whole.width_pt, whole.height_pt,
                            (start / width, band[0], min(1.0, (start + window) / width), band[1])))
        sheets.append(Sheet(pieces, index, parts, min_font, marks=True))
    return sheets


def drawing_for(document: Document, lang: str, against: Document | None = None) -> Drawing:
    """The chapter's (or, with ``against``, the comparison's) diagram as pictures for Word.

    A diagram that cannot be drawn (no ``dot``, a Graphviz failure) becomes a note in its
    place, as in the other formats: the rest of the handbook is still worth having.
    """
    try:
        from blueprint import render  # noqa: F401
    except ImportError:
        return Drawing(note=t("handbook.diagram.pending", lang))
    from blueprint.errors import UserError

    try:
        sheets = segment_sheets(document, lang) if against is None else None
        placement = None
        if sheets is None:
            sheets, placement = whole_sheets(document, lang, against)
    except (UserError, ValueError, OSError) as error:
        return Drawing(note=t("handbook.diagram.failed", lang, reason=str(error)[:200]))
    return Drawing(sheets, placement or place(sheets))
