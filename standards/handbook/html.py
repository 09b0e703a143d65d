"""Handbook view → one self-contained HTML file (inline CSS, inline SVG, no external request).

For the PDF the same template can name each drawing's file instead (``diagram_folder``):
WeasyPrint parses and styles every element of an inline SVG as part of the page, which costs
several times more than drawing the same SVG as an image.
"""

from __future__ import annotations

from pathlib import Path

from standards.handbook.environment import HTML_TEMPLATE, html_environment, render, stylesheet, template_folder
from standards.handbook.parts import Handbook


def render_html(handbook: Handbook, template_dir: str | Path | None = None, *, diagram_folder: Path | None = None) -> str:
    """The handbook as HTML, laid out for A4 print and readable on screen.

    With ``diagram_folder``, each drawing is written there as an SVG file and the page names
    it by its ``file:`` URL (see ``diagram_files``); without, every drawing is inline.
    """
    folder = template_folder(template_dir)
    sources: dict[int, str] = {}
    if diagram_folder is not None:
        sources = _write_diagrams(handbook, diagram_folder)

    def diagram_src(sheet) -> str:
        return sources.get(id(sheet), "")

    return render(html_environment(folder), HTML_TEMPLATE, folder, hb=handbook, t=handbook.t,
                  stylesheet=stylesheet(folder), diagram_src=diagram_src)


def _sheets(handbook: Handbook):
    for chapter in handbook.chapters:
        yield chapter.anchor, chapter.diagram.sheets
    if handbook.comparison is not None:
        yield handbook.comparison.anchor, handbook.comparison.diagram.sheets


def _write_diagrams(handbook: Handbook, folder: Path) -> dict[int, str]:
    sources = {}
    for anchor, sheets in _sheets(handbook):
        for sheet in sheets:
            path = (folder / f"{anchor}-{sheet.part}.svg").resolve()
            path.write_text(str(sheet.svg), encoding="utf-8")
            sources[id(sheet)] = path.as_uri()
    return sources


def diagram_files(folder: Path) -> list[Path]:
    """The drawings ``render_html`` wrote to ``folder``: the PDF fetcher's allow-list."""
    return sorted(path.resolve() for path in folder.glob("*.svg"))
