"""Blueprint diagrams: the classic layout of Bitner, Ostrom & Morgan (2008), drawn by Graphviz.

For the handbook (several inline SVGs on one page):

- ``render_svg(document, *, lang=None, against=None, id_prefix="") -> str``: the whole
  blueprint as an SVG string; with ``against`` (the before Document) added steps are marked,
  changed ones highlighted and removed ones drawn as ghosts. Every ``id`` and every
  ``url(#…)``/``href="#…"`` reference is prefixed with ``id_prefix``.
- ``render_svg_segments(document, *, lang=None, max_columns=5, id_prefix="") -> list[str]``:
  a wide blueprint cut into ranges of at most ``max_columns`` columns, lane labels on each,
  "→ continued" / "continued →" marks at the cuts; segment ``i`` gets ids prefixed
  ``f"{id_prefix}s{i}-"`` (when there are several segments or a prefix). A segment is also cut
  before it grows wider than 990 pt (``theme.SEGMENT_MAX_WIDTH``, only a single very wide
  column can exceed it), so fitted to an A4 landscape page (about 770 pt of width) the
  smallest text (9 pt) prints at 7 pt or more. Wider blueprints need more segments, not
  smaller text.
- ``render_segments(document, output_format, *, lang=None, max_columns=5, bare=False)
  -> list[bytes]``: the same segments drawn in any format (the Word handbook takes PNG).

For the CLI: ``render_file(path, output, lang=None, against=None) -> (findings, written)``.
Nothing here imports Graphviz's Python package; ``dot`` runs as a program.
"""

from __future__ import annotations

import re

from blueprint.render.theme import SEGMENT_COLUMNS

__all__ = ["render_svg", "render_svg_segments", "render_segments", "render_dot", "render_bytes", "SEGMENT_COLUMNS"]

_REFERENCES = re.compile(r'(\sid=")|(url\(#)|(href="#)')


def render_dot(document, *, lang=None, against=None) -> str:
    """The pinned DOT text of the whole blueprint (what `render -o x.dot` writes)."""
    from blueprint.render.diagram import build_spec, dot_source, frame_for

    changes = _changes(against, document)
    spec = build_spec(document, lang, against, changes)
    return dot_source(spec, frame_for(document, spec.language, against), comparison=against is not None)


def render_bytes(document, output_format: str, *, lang=None, against=None) -> bytes:
    """The blueprint drawn in ``output_format`` (svg, png, pdf or dot)."""
    text = render_dot(document, lang=lang, against=against)
    if output_format == "dot":
        return text.encode("utf-8")
    from blueprint.render.formats import run_graphviz

    return run_graphviz(text, output_format, width_points=_width_of(text), lang=lang or document.language)


def render_svg(document, *, lang=None, against=None, id_prefix: str = "") -> str:
    """The blueprint as an SVG string, its ids prefixed with ``id_prefix``."""
    svg = render_bytes(document, "svg", lang=lang, against=against).decode("utf-8")
    return prefix_ids(svg, id_prefix)


def render_segments(document, output_format: str, *, lang=None, max_columns: int = SEGMENT_COLUMNS,
                    bare: bool = False) -> list[bytes]:
    """The blueprint cut into segments of at most ``max_columns`` columns, each drawn in
    ``output_format`` (svg, png or pdf), lane labels on each and "continued" marks at the cuts.

    ``bare``: for a page that already carries the title (a handbook), segments leave out the
    title lines and draw the legend on the last segment only.
    """
    from blueprint.render.diagram import build_spec, dot_source, frame_for
    from blueprint.render.formats import run_graphviz
    from blueprint.render.layout import full_columns, plan_layout, segment_ranges
    from blueprint.i18n import t

    spec = build_spec(document, lang)
    columns = full_columns(spec)
    ranges = segment_ranges(plan_layout(spec, columns), max_columns=max_columns)
    result = []
    for index, (first, stop) in enumerate(ranges):
        frame = frame_for(document, spec.language)
        if len(ranges) > 1:
            part = t("render.part", spec.language, index=index + 1, count=len(ranges))
            frame.subtitle = " · ".join(p for p in (frame.subtitle, part) if p)
        frame.continued_from, frame.continues = index > 0, index < len(ranges) - 1
        frame.bare, frame.legend = bare, not bare or index == len(ranges) - 1
        text = dot_source(spec, frame, first=first, stop=stop, columns=columns)
        result.append(run_graphviz(text, output_format, lang=spec.language))
    return result


def render_svg_segments(document, *, lang=None, max_columns: int = SEGMENT_COLUMNS, id_prefix: str = "",
                        bare: bool = False) -> list[str]:
    """``render_segments`` as SVG strings; segment ``i`` gets ids prefixed ``f"{id_prefix}s{i}-"``
    (when there are several segments or a prefix)."""
    segments = render_segments(document, "svg", lang=lang, max_columns=max_columns, bare=bare)
    several = len(segments) > 1 or id_prefix
    return [prefix_ids(svg.decode("utf-8"), f"{id_prefix}s{index}-" if several else "")
            for index, svg in enumerate(segments)]


def prefix_ids(svg: str, prefix: str) -> str:
    """Every ``id="…"``, ``url(#…)`` and ``href="#…"`` of ``svg`` with ``prefix`` in front.

    User text never matches: Graphviz writes it with ``"`` as ``&quot;``.
    """
    if not prefix:
        return svg
    from blueprint.render.escape import xml_attribute

    safe = xml_attribute(prefix)
    return _REFERENCES.sub(lambda match: match.group(0) + safe, svg)


def _changes(against, document):
    if against is None:
        return None
    from blueprint.render.changes import step_changes

    return step_changes(against, document)


def _width_of(dot_text: str) -> float:
    match = re.search(r'"canvas:" \[[^\]]*width=([0-9.]+)', dot_text)
    return float(match.group(1)) * 72 if match else 0.0
