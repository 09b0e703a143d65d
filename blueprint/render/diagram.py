"""A blueprint as DOT: lane bands, step boxes, badges, flows and a legend, all pinned.

``build_spec`` turns a Document (and an optional before-document) into what to draw;
``dot_source`` lays it out (``layout.py``) and writes DOT in which every node has a pinned
``pos`` and every edge its computed route, to be drawn by ``dot -Kneato -n2`` without any
layout work. Every piece of user text passes through ``escape.dot_label``; the DOT node of a
step is named by the step id, so the SVG ``<title>`` and ``id`` of its group are the step id.
"""

from __future__ import annotations

from dataclasses import dataclass

from blueprint.i18n import normalise_language, t
from blueprint.model import Document, Lane
from blueprint.render import theme
from blueprint.render.changes import StepChanges
from blueprint.render.escape import dot_id, dot_label
from blueprint.render.layout import VIRTUAL, Box, EdgeSpec, NodeSpec, Plan, Spec, full_columns, plan_layout
from blueprint.render.text import text_width, wrap
from blueprint.units import format_seconds

BASE_LANES = (Lane.EVIDENCE, Lane.CUSTOMER, Lane.ONSTAGE, Lane.BACKSTAGE, Lane.SUPPORT)


def build_spec(document: Document, lang: str | None = None, before: Document | None = None,
               changes: StepChanges | None = None) -> Spec:
    """What to draw: the steps and flows of ``document``; with ``before`` and ``changes``,
    the removed steps too, as ghosts joined by their old flows."""
    language = normalise_language(lang or document.language)
    nodes: list[NodeSpec] = []
    seen: set[str] = set()
    changes = changes or StepChanges()
    for step in document.steps:
        if step.id in seen:
            continue
        seen.add(step.id)
        status = "added" if step.id in changes.added else "changed" if step.id in changes.changed else None
        nodes.append(NodeSpec(step.id, step, status, changes.changed.get(step.id, ())))
    edges: list[EdgeSpec] = []
    for node in nodes:
        for index, flow in enumerate(node.step.next):
            if flow.to in seen:
                edges.append(EdgeSpec(node.key, flow.to, flow, False, index))
    if before is not None and changes.removed:
        old = before.step_index
        ghosts = [step_id for step_id in changes.removed if step_id in old and step_id not in seen]
        seen.update(ghosts)
        for step_id in ghosts:
            nodes.append(NodeSpec(step_id, old[step_id], "removed"))
        ghost_set = set(ghosts)
        for step in before.steps:
            for index, flow in enumerate(step.next):
                if (step.id in ghost_set or flow.to in ghost_set) and step.id in seen and flow.to in seen:
                    edges.append(EdgeSpec(step.id, flow.to, flow, True, index))
    used = {node.step.lane for node in nodes}
    lanes = list(BASE_LANES) + ([Lane.MANAGEMENT] if Lane.MANAGEMENT in used else [])
    labels = {lane: document.lanes.get(lane) or t(f"lane.{lane.value}", language) for lane in lanes}
    actors = {actor_id: actor.name for actor_id, actor in document.actors.items()}
    if before is not None:
        for actor_id, actor in before.actors.items():
            actors.setdefault(actor_id, actor.name)
    return Spec(nodes, edges, lanes, document.start_id, language, labels, actors)


@dataclass
class Html:
    """An HTML-like label we assembled (user text inside it went through ``dot_label``)."""

    markup: str


def _value(value) -> str:
    if isinstance(value, Html):
        return f"<{value.markup}>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    return dot_id(str(value))


def _font(text: str, size: float, colour: str | None = None, bold: bool = False) -> str:
    """Markup for already escaped ``text``."""
    inner = f"<B>{text}</B>" if bold else text
    colour_attribute = f' COLOR="{colour}"' if colour else ""
    return f'<FONT POINT-SIZE="{size:g}"{colour_attribute}>{inner}</FONT>'


def _lines(lines: list[str]) -> str:
    return "<BR/>".join(dot_label(line) for line in lines)


def _rows(lines: list[str], size: float, colour: str | None = None, *, bold: bool = False, align: str = "CENTER") -> str:
    """One table row per line: lines a little apart, as CJK text needs (its glyphs fill the em)."""
    return "".join(f'<TR><TD CELLPADDING="1" ALIGN="{align}">{_font(dot_label(line), size, colour, bold)}</TD></TR>'
                   for line in lines)


def _table(rows: str) -> str:
    return f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">{rows}</TABLE>'


class DotWriter:
    """Collects pinned nodes and routed edges; coordinates in points, y downwards."""

    def __init__(self) -> None:
        self.nodes: list[str] = []
        self.edges: list[str] = []
        self.edge_count = 0

    def node(self, name: str, x: float, y: float, width: float, height: float, **attributes) -> None:
        attributes = {"id": name, **attributes}
        attributes.setdefault("shape", "box")
        parts = [f"pos={_value(f'{x:.2f},{-y:.2f}!')}", f"width={_value(width / 72)}", f"height={_value(height / 72)}"]
        parts += [f"{key}={_value(value)}" for key, value in attributes.items()]
        self.nodes.append(f"{dot_id(name)} [{', '.join(parts)}];")

    def text(self, name: str, x: float, y: float, width: float, height: float, markup: str, **attributes) -> None:
        self.node(name, x, y, width, height, shape="plaintext", margin=0, label=Html(markup), **attributes)

    def edge(self, tail: str, head: str, points: list[tuple[float, float]], *, arrow: bool = True, **attributes) -> None:
        self.edge_count += 1
        attributes = {"id": f"flow:{tail}:{head}:{self.edge_count}", **attributes}
        if arrow:
            (ax, ay), (bx, by) = points[-2], points[-1]
            length = max(abs(bx - ax) + abs(by - ay), 0.01)
            back = min(theme.ARROW, length * 0.9)
            base = (bx - (bx - ax) / length * back, by - (by - ay) / length * back)
            spline_points = points[:-1] + [base]
            prefix = f"e,{bx:.2f},{-by:.2f} "
        else:
            spline_points, prefix = points, ""
            attributes.setdefault("dir", "none")
        controls = [spline_points[0]]
        for start, end in zip(spline_points, spline_points[1:]):
            controls += [start, end, end]
        pos = prefix + " ".join(f"{x:.2f},{-y:.2f}" for x, y in controls)
        parts = [f"pos={_value(pos)}"] + [f"{key}={_value(value)}" for key, value in attributes.items()]
        self.edges.append(f"{dot_id(tail)} -> {dot_id(head)} [{', '.join(parts)}];")


@dataclass
class Frame:
    """Words around the diagram: the title line and, for a segment, its place in the series."""

    title: str
    subtitle: str = ""
    continued_from: bool = False
    continues: bool = False
    # On a page that already has the title (a handbook), a segment draws only its
    # continuation marks, and the legend only once: the drawing keeps more of the page.
    bare: bool = False
    legend: bool = True


def frame_for(document: Document, language: str, before: Document | None = None) -> Frame:
    parts = []
    if document.blueprint.state:
        parts.append(t(f"render.state.{document.blueprint.state}", language))
    if before is not None:
        parts.append(t("render.compared_with", language, title=before.blueprint.title))
    if document.blueprint.scenario:
        parts.append(str(document.blueprint.scenario))
    return Frame(str(document.blueprint.title), " · ".join(parts))


def dot_source(spec: Spec, frame: Frame, *, first: int = 0, stop: int | None = None, columns=None,
               comparison: bool = False) -> str:
    """The DOT text of columns ``first``..``stop`` of the spec, every position pinned."""
    language = spec.language
    cjk = theme.is_cjk(language)
    font = theme.font_for(language)
    top = theme.MARGIN + (theme.BARE_TITLE_HEIGHT if frame.bare else theme.TITLE_HEIGHT)
    plan = plan_layout(spec, columns or full_columns(spec), first, stop, top=top)
    out = DotWriter()
    right = plan.grid_right
    page_width = right + theme.MARGIN

    _title(out, frame, plan, language, cjk)
    _bands(out, plan, language, cjk)
    for ev in plan.evidence:
        out.node(f"evidence:{ev.step_key}", ev.x, ev.y, ev.width, ev.height, shape="note", style="filled",
                 fillcolor="#FFFFFF", color=theme.EVIDENCE_STROKE, penwidth=0.8, fontcolor=theme.INK,
                 label=Html(_table(_rows(ev.lines, theme.SMALL_SIZE + 1, theme.INK, align="LEFT"))),
                 **{"class": "evidence"})
    for box in plan.boxes.values():
        if not box.virtual:
            _step(out, box, language, cjk)
    for route in plan.routes:
        _route(out, route, plan)
    legend_bottom = _legend(out, plan, language, cjk, comparison) if frame.legend else plan.bottom
    height = legend_bottom + theme.MARGIN
    # An invisible canvas fixes the drawing's bounding box: margins stay the same in every format.
    out.nodes.insert(0, f'{dot_id("canvas:")} [id={dot_id("canvas:")}, shape=box, style=invis, label="", '
                        f'pos="{page_width / 2:.2f},{-height / 2:.2f}!", width={page_width / 72:.3f}, '
                        f'height={height / 72:.3f}];')
    header = [
        "// A service blueprint drawn by `blueprint render`; every position is fixed.",
        "// Draw it again with: dot -Kneato -n2 -Tsvg THIS.dot -o OUT.svg",
        'digraph "blueprint" {',
        f'  graph [id="bp:graph", outputorder=nodesfirst, bgcolor="#FFFFFF", pad=0, splines=true, '
        f'fontname={dot_id(font)}];',
        f'  node [fixedsize=true, fontname={dot_id(font)}, fontsize={theme.NAME_SIZE:g}, fontcolor="{theme.INK}", '
        f'penwidth=1, margin=0, label=""];',
        f'  edge [color="{theme.EDGE}", arrowsize=0.7, penwidth=1.1, arrowhead=normal];',
    ]
    body = ["  " + line for line in out.nodes + out.edges]
    return "\n".join(header + body + ["}"]) + "\n"


def _title(out: DotWriter, frame: Frame, plan: Plan, language: str, cjk: bool) -> None:
    if not frame.bare:
        _title_lines(out, frame, plan, cjk)
    _continuation_marks(out, frame, plan, language, cjk)


def _title_lines(out: DotWriter, frame: Frame, plan: Plan, cjk: bool) -> None:
    available = plan.grid_right - theme.MARGIN - 160
    title_lines = wrap(frame.title, available, theme.TITLE_SIZE, bold=True, cjk=cjk, max_lines=1)
    width = text_width(title_lines[0], theme.TITLE_SIZE, bold=True, cjk=cjk) + 4
    out.text("title:", theme.MARGIN + width / 2, theme.MARGIN + 10, width, 20,
             _font(_lines(title_lines), theme.TITLE_SIZE, theme.INK, bold=True), **{"class": "title"})
    if frame.subtitle:
        lines = wrap(frame.subtitle, available, theme.SMALL_SIZE + 1, cjk=cjk, max_lines=1)
        width = text_width(lines[0], theme.SMALL_SIZE + 1, cjk=cjk) + 4
        out.text("subtitle:", theme.MARGIN + width / 2, theme.MARGIN + 28, width, 14,
                 _font(_lines(lines), theme.SMALL_SIZE + 1, theme.MUTED), **{"class": "subtitle"})


def _continuation_marks(out: DotWriter, frame: Frame, plan: Plan, language: str, cjk: bool) -> None:
    for flag, key, x_edge, anchor in ((frame.continued_from, "render.continued_from", plan.grid_left, "left"),
                                      (frame.continues, "render.continues", plan.grid_right, "right")):
        if not flag:
            continue
        text = t(key, language)
        width = text_width(text, theme.SMALL_SIZE + 1, cjk=cjk) + 4
        x = x_edge + width / 2 if anchor == "left" else x_edge - width / 2
        out.text(f"mark:{anchor}", x, plan.top - 8, width, 14, _font(dot_label(text), theme.SMALL_SIZE + 1, theme.MUTED),
                 **{"class": "continuation"})


def _bands(out: DotWriter, plan: Plan, language: str, cjk: bool) -> None:
    label_width = theme.LABEL_WIDTH - 8
    for band in plan.bands:
        height = band.bottom - band.top - 1.5
        centre_y = (band.top + band.bottom) / 2
        out.node(f"lane:{band.lane.value}", theme.MARGIN + label_width / 2, centre_y, label_width, height,
                 style="filled", fillcolor=theme.LANE_LABEL_FILL[band.lane], color="none", penwidth=0,
                 label=Html(_table(_rows(band.label_lines, theme.LANE_SIZE, theme.INK, bold=True))),
                 **{"class": f"lane-label lane-{band.lane.value}"})
        band_width = plan.grid_right - plan.grid_left
        out.node(f"band:{band.lane.value}", plan.grid_left + band_width / 2, centre_y, band_width, height,
                 style="filled", fillcolor=theme.LANE_FILL[band.lane], color="none", penwidth=0,
                 **{"class": f"lane lane-{band.lane.value}"})
    for name, y in plan.lines:
        left, right = theme.MARGIN, plan.grid_right
        out.node(f"line:{name}:from", left, y, 0.1, 0.1, shape="point", style="invis")
        out.node(f"line:{name}:to", right, y, 0.1, 0.1, shape="point", style="invis")
        out.edge(f"line:{name}:from", f"line:{name}:to", [(left, y), (right, y)], arrow=False,
                 id=f"line:{name}", style="dashed", color=theme.LINE, penwidth=1.2, **{"class": f"line line-{name}"})
        text = t(f"line.{name}", language)
        width = text_width(text, theme.SMALL_SIZE, cjk=cjk) + 4
        out.text(f"line:{name}:label", plan.grid_left + 6 + width / 2, y + 8, width, 12,
                 _font(dot_label(text), theme.SMALL_SIZE, theme.MUTED), **{"class": "line-label"})


def _step(out: DotWriter, box: Box, language: str, cjk: bool) -> None:
    node = box.node
    step = node.step
    status = node.status
    classes = ["step", f"lane-{box.lane.value}"]
    fill, stroke, pen, font_colour = "#FFFFFF", theme.STROKE, 1.0, theme.INK
    style = "filled" if box.decision else "rounded,filled"
    if step.moment_of_truth:
        classes.append("moment-of-truth")
        fill, stroke, pen = theme.MOMENT_FILL, theme.MOMENT_STROKE, 1.6
    if box.decision:
        classes.append("decision")
    if status:
        classes.append(status)
    if status == "added":
        stroke, pen = theme.ADDED, 2.2
    elif status == "changed":
        stroke, pen = theme.CHANGED, 2.2
    elif status == "removed":
        fill, stroke, pen, font_colour = "#FAFBFC", theme.GHOST, 1.2, theme.GHOST
        style += ",dashed"
    rows = _rows(box.name_lines, theme.NAME_SIZE, font_colour)
    if box.actor_line:
        rows += f'<TR><TD HEIGHT="3"></TD></TR>' + _rows([box.actor_line], theme.SMALL_SIZE,
                                                         theme.GHOST if status == "removed" else theme.MUTED)
    markup = _table(rows)
    out.node(box.key, box.x, box.y, box.width, box.height, shape="diamond" if box.decision else "box",
             style=style, fillcolor=fill, color=stroke, penwidth=pen, label=Html(markup), **{"class": " ".join(classes)})
    top = box.top
    if box.decision:
        top = box.y - box.height / 2 + box.height * 0.18  # badges sit on the diamond's upper edges
    # Wait point: a W in a circle at the top-left corner with the likely wait.
    if step.wait is not None and step.wait.high > 0:
        cx = box.left + (box.width * 0.25 if box.decision else 10)
        _badge(out, f"wait:{box.key}", "W", format_seconds(step.wait.typical), cx, top,
               theme.GHOST if status == "removed" else theme.MUTED, "wait", cjk)
    # Fail points: a red circled F per fail point, from the top-right corner leftwards.
    x = box.right - (box.width * 0.25 if box.decision else 10)
    shown = 0
    for fail_point in step.fail_points:
        label_width = text_width(str(fail_point.id), theme.SMALL_SIZE, bold=True, cjk=cjk)
        needed = theme.BADGE + 3 + label_width
        if shown and x - needed < box.x:
            rest = len(step.fail_points) - shown
            width = text_width(f"+{rest}", theme.SMALL_SIZE, bold=True) + 4
            out.text(f"fail:{box.key}:more", x - width / 2, top - 7, width, 12,
                     _font(dot_label(f"+{rest}"), theme.SMALL_SIZE, theme.FAIL, bold=True), **{"class": "fail-point"})
            break
        cx = x - needed + theme.BADGE / 2
        _badge(out, f"fail:{box.key}:{fail_point.id}", "F", str(fail_point.id), cx, top,
               theme.GHOST if status == "removed" else theme.FAIL, "fail-point", cjk)
        x -= needed + 6
        shown += 1
    if status in ("added", "changed", "removed"):
        text = t(f"render.tag.{status}", language)
        width = text_width(text, theme.SMALL_SIZE, bold=True, cjk=cjk) + 10
        colour = {"added": theme.ADDED, "changed": theme.CHANGED, "removed": theme.GHOST}[status]
        bottom = box.y + box.height / 2 - (box.height * 0.18 if box.decision else 0)
        out.node(f"tag:{box.key}", box.right - width / 2 - 8, bottom, width, 14, style="rounded,filled",
                 fillcolor=colour, color=colour, penwidth=1,
                 label=Html(_font(dot_label(text), theme.SMALL_SIZE, "#FFFFFF", bold=True)),
                 **{"class": f"tag {status}"})


def _badge(out: DotWriter, name: str, letter: str, text: str, cx: float, top: float, colour: str,
           css: str, cjk: bool) -> None:
    out.node(name, cx, top, theme.BADGE, theme.BADGE, shape="circle", style="filled", fillcolor="#FFFFFF",
             color=colour, penwidth=1.3, label=Html(_font(letter, theme.SMALL_SIZE, colour, bold=True)), **{"class": css})
    width = text_width(text, theme.SMALL_SIZE, bold=True, cjk=cjk) + 2
    out.text(f"{name}:text", cx + theme.BADGE / 2 + 2 + width / 2, top - 6.5, width, 11,
             _font(dot_label(text), theme.SMALL_SIZE, colour, bold=True), **{"class": f"{css}-label"})


def _route(out: DotWriter, route, plan: Plan) -> None:
    edge = route.edge
    classes = ["flow"]
    attributes = {}
    if route.back:
        classes.append("loop")
    if edge.ghost:
        classes.append("removed")
        attributes.update(style="dashed", color=theme.GHOST)
    if route.enters_from or route.leaves_to:
        classes.append("continued")
    tail = edge.source if edge.source in plan.boxes else edge.source
    head = edge.target
    # A flow to a step outside the segment ends at a virtual node; name it so the edge stays valid.
    if route.enters_from:
        tail = _border_node(out, route.points[0], edge.source)
    if route.leaves_to:
        head = _border_node(out, route.points[-1], edge.target)
    out.edge(tail, head, route.points, **attributes, **{"class": " ".join(classes)})
    if route.label_box:
        cx, cy, width, height = route.label_box
        colour = theme.GHOST if edge.ghost else theme.MUTED
        out.text(f"branch:{edge.source}:{edge.index}", cx, cy, width + 4, height,
                 _table(_rows(route.label_lines, theme.SMALL_SIZE, colour)), **{"class": "branch-label"})


def _border_node(out: DotWriter, point: tuple[float, float], step_id: str) -> str:
    name = f"{VIRTUAL}{step_id}:{len(out.nodes)}"
    out.node(name, point[0], point[1], 0.1, 0.1, shape="point", style="invis")
    return name


def _legend(out: DotWriter, plan: Plan, language: str, cjk: bool, comparison: bool) -> float:
    items = ["step", "decision", "moment", "fail_point", "wait", "evidence"]
    if comparison:
        items += ["added", "changed", "removed"]
    x = theme.MARGIN
    y = plan.bottom + 22
    row_height = 26
    limit = max(plan.grid_right, 700)
    for item in items:
        text = t(f"render.legend.{item}", language)
        text_w = text_width(text, theme.SMALL_SIZE + 1, cjk=cjk) + 4
        symbol_w = 30
        if x + symbol_w + 6 + text_w > limit:
            x = theme.MARGIN
            y += row_height
        sx = x + symbol_w / 2
        name = f"legend:{item}"
        if item in ("step", "moment", "added", "changed", "removed"):
            fill, stroke, pen, style = "#FFFFFF", theme.STROKE, 1.0, "rounded,filled"
            if item == "moment":
                fill, stroke, pen = theme.MOMENT_FILL, theme.MOMENT_STROKE, 1.6
            elif item == "added":
                stroke, pen = theme.ADDED, 2.2
            elif item == "changed":
                stroke, pen = theme.CHANGED, 2.2
            elif item == "removed":
                fill, stroke, pen, style = "#FAFBFC", theme.GHOST, 1.2, "rounded,filled,dashed"
            out.node(name, sx, y, symbol_w, 16, style=style, fillcolor=fill, color=stroke, penwidth=pen,
                     label=Html(_font("★", theme.SMALL_SIZE, theme.MOMENT_STROKE)) if item == "moment" else "", **{"class": "legend"})
        elif item == "decision":
            out.node(name, sx, y, symbol_w, 18, shape="diamond", style="filled", fillcolor="#FFFFFF",
                     color=theme.STROKE, **{"class": "legend"})
        elif item == "evidence":
            out.node(name, sx, y, symbol_w - 6, 18, shape="note", style="filled", fillcolor="#FFFFFF",
                     color=theme.EVIDENCE_STROKE, penwidth=0.8, **{"class": "legend"})
        else:
            letter, colour = ("F", theme.FAIL) if item == "fail_point" else ("W", theme.MUTED)
            out.node(name, sx, y, theme.BADGE, theme.BADGE, shape="circle", style="filled", fillcolor="#FFFFFF",
                     color=colour, penwidth=1.3, label=Html(_font(letter, theme.SMALL_SIZE, colour, bold=True)), **{"class": "legend"})
        out.text(f"{name}:text", x + symbol_w + 6 + text_w / 2, y, text_w, 14,
                 _font(dot_label(text), theme.SMALL_SIZE + 1, theme.INK), **{"class": "legend-label"})
        x += symbol_w + 6 + text_w + 20
    return y + row_height / 2
