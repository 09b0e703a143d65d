"""Where everything goes: lane bands, step boxes in columns, and orthogonal edge routes.

Why we place and route ourselves: Graphviz's spline router took 26 s on a 300-step blueprint
with pinned positions, orthogonal routes computed here take milliseconds (issue 5), and only
our own grid keeps every step inside its lane and every column lined up across lanes.

Coordinates here are points with y growing downwards; ``diagram.py`` turns them into
Graphviz's (y up). An edge leaves a box at the middle of its right side and enters the next
at the middle of its left side. Between two columns lies a *gap* holding vertical *tracks*:
all flows out of one step share a track there (a bus that fans out, as a decision's branches
do), as do all flows into one step. Flows that must pass other boxes run along a free lane row
or in the *corridor*, a strip at the bottom of a lane band, each on its own track. Gap widths
and corridor heights grow with the tracks they carry, and a gap before a step widens to hold
the branch labels of the flows entering it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blueprint.model import Flow, Lane, Step
from blueprint.render import theme
from blueprint.render.columns import assign_columns
from blueprint.render.text import text_width, wrap

# Internal node keys contain ':', which step ids cannot, so they never clash with a step.
VIRTUAL = "virtual:"


@dataclass
class NodeSpec:
    """A step to draw; ``status`` marks a comparison: added, changed or removed (a ghost)."""

    key: str
    step: Step
    status: str | None = None
    changed_fields: tuple[str, ...] = ()


@dataclass
class EdgeSpec:
    source: str
    target: str
    flow: Flow
    ghost: bool = False
    index: int = 0  # the flow's position in the source's `next`


@dataclass
class Spec:
    """What to draw: the steps (document order), their flows and the lanes shown."""

    nodes: list[NodeSpec]
    edges: list[EdgeSpec]
    lanes: list[Lane]
    start: str | None
    language: str
    lane_labels: dict[Lane, str]
    actor_names: dict[str, str] = field(default_factory=dict)


@dataclass
class Box:
    key: str
    lane: Lane
    column: int
    node: NodeSpec | None  # None for a virtual end of a flow that leaves the segment
    decision: bool = False
    name_lines: list[str] = field(default_factory=list)
    actor_line: str | None = None
    width: float = 0.0
    height: float = 0.0
    x: float = 0.0
    y: float = 0.0

    @property
    def left(self) -> float:
        return self.x - self.width / 2

    @property
    def right(self) -> float:
        return self.x + self.width / 2

    @property
    def top(self) -> float:
        return self.y - self.height / 2

    @property
    def virtual(self) -> bool:
        return self.node is None


@dataclass
class EvidenceBox:
    step_key: str
    column: int
    lines: list[str]
    width: float
    height: float
    x: float = 0.0
    y: float = 0.0


@dataclass
class Band:
    lane: Lane
    label_lines: list[str]
    row_height: float
    corridor_tracks: int = 0
    top: float = 0.0
    bottom: float = 0.0
    row_y: float = 0.0
    corridor_top: float = 0.0


@dataclass
class Route:
    edge: EdgeSpec
    points: list[tuple[float, float]]
    back: bool
    label_lines: list[str] = field(default_factory=list)
    label_width: float = 0.0
    label_box: tuple[float, float, float, float] | None = None  # centre x, centre y, width, height
    enters_from: str | None = None  # a virtual end: the step outside the segment
    leaves_to: str | None = None


@dataclass
class Plan:
    bands: list[Band]
    boxes: dict[str, Box]
    evidence: list[EvidenceBox]
    routes: list[Route]
    lines: list[tuple[str, float]]  # (line id, y)
    grid_left: float
    grid_right: float
    top: float
    bottom: float
    columns: int
    first_column: int
    column_centres: list[float]
    column_widths: list[float] = field(default_factory=list)
    gap_widths: list[float] = field(default_factory=list)


def _lane_rank(lane: Lane) -> int:
    return lane.rank


def flow_label(flow: Flow) -> str:
    """The text on a branch: its condition, and its probability when given."""
    parts = []
    if flow.when:
        parts.append(str(flow.when))
    if flow.probability is not None:
        parts.append(f"{flow.probability * 100:g}%")
    return " · ".join(parts)


def full_columns(spec: Spec):
    """Columns of every node of the spec (computed once, shared by all segments)."""
    order = [node.key for node in spec.nodes]
    lanes = {node.key: node.step.lane for node in spec.nodes}
    return assign_columns(order, lanes, [(e.source, e.target) for e in spec.edges], spec.start)


def plan_layout(spec: Spec, columns=None, first: int = 0, stop: int | None = None, top: float = 0.0) -> Plan:
    """Place the columns ``first`` to ``stop`` (exclusive) of ``spec`` and route its flows.

    Flows to or from steps outside the range end at the segment's border, in the lane of
    the step outside, so a reader sees where the flow goes on.
    """
    columns = columns or full_columns(spec)
    stop = columns.count if stop is None else min(stop, columns.count)
    count = max(stop - first, 0)
    lang = spec.language
    cjk = theme.is_cjk(lang)
    lane_of = {node.key: node.step.lane for node in spec.nodes}

    # Boxes and their text.
    boxes: dict[str, Box] = {}
    evidence: list[EvidenceBox] = []
    for node in spec.nodes:
        column = columns.column[node.key]
        if not first <= column < stop:
            continue
        step = node.step
        decision = step.is_decision
        text_width_limit = theme.DECISION_TEXT_WIDTH if decision else theme.NODE_TEXT_WIDTH
        name = ("★ " if step.moment_of_truth else "") + str(step.name)
        lines = wrap(name, text_width_limit, theme.NAME_SIZE, cjk=cjk,
                     max_lines=theme.DECISION_MAX_LINES if decision else theme.NAME_MAX_LINES)
        actor_line = None
        if step.actor and not decision:
            actor_name = spec.actor_names.get(step.actor, step.actor)
            actor_line = wrap(actor_name, text_width_limit, theme.SMALL_SIZE, cjk=cjk, max_lines=1)[0]
        text_height = len(lines) * theme.NAME_LINE + (theme.SMALL_LINE + 3 if actor_line else 0)
        if decision:
            width = theme.DECISION_WIDTH
            # The text must fit inside the diamond: a rectangle of width w inside a diamond of
            # width W and height H is H * (1 - w/W) high.
            height = max(theme.NODE_MIN_HEIGHT + 16, (text_height + 6) / (1 - text_width_limit / width))
        else:
            width = theme.NODE_WIDTH
            height = max(theme.NODE_MIN_HEIGHT, text_height + 18)
        boxes[node.key] = Box(node.key, step.lane, column - first, node, decision, lines, actor_line, width, height)
        if step.lane is Lane.CUSTOMER and step.evidence:
            items = [str(item) for item in step.evidence]
            ev_lines: list[str] = []
            bullet = len(items) > 1
            for item in items:
                # Items as a list: a bullet, and continuation lines indented under its text.
                wrapped = wrap(item, theme.NODE_TEXT_WIDTH - (18 if bullet else 8), theme.SMALL_SIZE + 1, cjk=cjk,
                               max_lines=2, balance=False)
                if bullet:
                    wrapped = ["· " + wrapped[0]] + ["\u00a0\u00a0\u00a0" + line for line in wrapped[1:]]
                ev_lines += wrapped
            if len(ev_lines) > theme.EVIDENCE_MAX_LINES:
                ev_lines = ev_lines[: theme.EVIDENCE_MAX_LINES - 1] + ["…"]
            evidence.append(EvidenceBox(node.key, column - first, ev_lines, theme.NODE_WIDTH - 10,
                                        max(30.0, len(ev_lines) * theme.SMALL_LINE + 16)))

    # Lane bands: rows as high as their highest box; all action boxes of a lane equally high.
    bands: list[Band] = []
    for lane in spec.lanes:
        label = spec.lane_labels[lane]
        label_lines = wrap(label, theme.LABEL_WIDTH - 18, theme.LANE_SIZE, bold=True, cjk=cjk, max_lines=4)
        if lane is Lane.EVIDENCE:
            heights = [ev.height for ev in evidence]
        else:
            heights = [box.height for box in boxes.values() if box.lane is lane]
        row = max(heights, default=theme.NODE_MIN_HEIGHT)
        row = max(row, len(label_lines) * 14 + 4 - theme.TOP_PAD + 8)
        bands.append(Band(lane, label_lines, row))
    band_of = {band.lane: band for band in bands}

    # Flows inside the range, and flows that cross its borders (to virtual boxes).
    virtual_count = 0

    def virtual_box(lane: Lane, column: int) -> Box:
        nonlocal virtual_count
        virtual_count += 1
        box = Box(f"{VIRTUAL}{virtual_count}", lane, column, None)
        boxes[box.key] = box
        return box

    routes_wanted: list[tuple[EdgeSpec, Box, Box, bool, str | None, str | None]] = []
    for edge in spec.edges:
        source_column, target_column = columns.column[edge.source], columns.column[edge.target]
        back = (edge.source, edge.target) in columns.back_edges or target_column <= source_column
        source_in, target_in = first <= source_column < stop, first <= target_column < stop
        if source_in and target_in:
            routes_wanted.append((edge, boxes[edge.source], boxes[edge.target], back, None, None))
        elif source_in:
            side = count if target_column >= stop else -1
            routes_wanted.append((edge, boxes[edge.source], virtual_box(lane_of[edge.target], side), back, None, edge.target))
        elif target_in:
            side = -1 if source_column < first else count
            routes_wanted.append((edge, virtual_box(lane_of[edge.source], side), boxes[edge.target], back, edge.source, None))

    # Route kinds, decided on the grid before any coordinate is known.
    occupied = {(box.lane, box.column) for box in boxes.values() if not box.virtual}
    row_use: dict[Lane, list[tuple[int, int]]] = {}

    def row_free(lane: Lane, low: int, high: int) -> bool:
        """No box of the lane in columns low..high and no other flow along its row there."""
        if any((lane, column) in occupied for column in range(low, high + 1)):
            return False
        return all(high < a or low > b for a, b in row_use.get(lane, ()))

    # Each abstract route: a list alternating x and y references, starting with an x.
    abstract: list[tuple[EdgeSpec, list, bool, Box, Box, str | None, str | None]] = []
    corridor_demands: list[tuple[int, Lane, int, int]] = []  # (route index, lane, low gap, high gap)
    for edge, source, target, back, enters_from, leaves_to in routes_wanted:
        cs, ct = source.column, target.column
        refs: list
        if not back and ct == cs + 1:
            if source.lane is target.lane:
                refs = [("right", source), ("row", source), ("left", target)]
            else:
                refs = [("right", source), ("row", source), ("track", ct, ("out", source.key)),
                        ("row", target), ("left", target)]
        elif not back and source.lane is target.lane and row_free(source.lane, cs + 1, ct - 1):
            row_use.setdefault(source.lane, []).append((cs + 1, ct))
            refs = [("right", source), ("row", source), ("left", target)]
        elif not back and row_free(target.lane, cs + 1, ct - 1):
            row_use.setdefault(target.lane, []).append((cs + 1, ct))
            refs = [("right", source), ("row", source), ("track", cs + 1, ("out", source.key)),
                    ("row", target), ("left", target)]
        elif not back and row_free(source.lane, cs + 1, ct - 1):
            row_use.setdefault(source.lane, []).append((cs + 1, ct))
            refs = [("right", source), ("row", source), ("track", ct, ("in", target.key)),
                    ("row", target), ("left", target)]
        else:
            if source.lane is target.lane or _lane_rank(target.lane) > _lane_rank(source.lane):
                corridor_lane = source.lane
            else:
                corridor_lane = target.lane
            if corridor_lane is Lane.EVIDENCE:
                corridor_lane = Lane.CUSTOMER
            index = len(abstract)
            corridor = ("corridor", corridor_lane, index)
            if source.virtual and cs >= count:  # a loop entering from the right border
                refs = [("border-right",), corridor, ("track", ct, ("in", target.key)), ("row", target), ("left", target)]
                low, high = ct, count
            elif target.virtual and ct < 0:  # a loop leaving by the left border
                refs = [("right", source), ("row", source), ("track", cs + 1, ("out", source.key)), corridor,
                        ("border-left",)]
                low, high = 0, cs + 1
            else:
                refs = [("right", source), ("row", source), ("track", cs + 1, ("out", source.key)), corridor,
                        ("track", ct, ("in", target.key)), ("row", target), ("left", target)]
                low, high = min(cs + 1, ct), max(cs + 1, ct)
            corridor_demands.append((index, corridor_lane, low, high))
        abstract.append((edge, refs, back, source, target, enters_from, leaves_to))

    # Corridor tracks: interval colouring per lane, shorter spans nearer the boxes.
    corridor_track: dict[int, int] = {}
    lane_tracks: dict[Lane, list[int]] = {}  # per lane: the last high gap of each track
    for index, lane, low, high in sorted(corridor_demands, key=lambda d: (d[3] - d[2], d[2])):
        tracks = lane_tracks.setdefault(lane, [])
        spans = [t for t in tracks]
        chosen = None
        for track_index, used in enumerate(spans):
            if all(high < a or low > b for a, b in used):
                chosen = track_index
                break
        if chosen is None:
            tracks.append([])
            chosen = len(tracks) - 1
        tracks[chosen].append((low, high))
        corridor_track[index] = chosen
    for lane, tracks in lane_tracks.items():
        band_of[lane].corridor_tracks = len(tracks)

    # Vertical geometry.
    y = top
    for band in bands:
        band.top = y
        band.row_y = y + theme.TOP_PAD + band.row_height / 2
        below_row = y + theme.TOP_PAD + band.row_height
        if band.corridor_tracks:
            band.corridor_top = below_row + 10
            band.bottom = band.corridor_top + (band.corridor_tracks - 1) * theme.TRACK + 10
        else:
            band.corridor_top = below_row + theme.BOTTOM_PAD / 2
            band.bottom = below_row + theme.BOTTOM_PAD
        y = band.bottom
    for box in boxes.values():
        box.y = band_of[box.lane].row_y if box.lane in band_of else band_of[Lane.CUSTOMER].row_y
    if Lane.EVIDENCE in band_of:
        for ev in evidence:
            ev.y = band_of[Lane.EVIDENCE].row_y

    def y_of(ref) -> float:
        if ref[0] == "row":
            return ref[1].y
        _, lane, index = ref
        return band_of[lane].corridor_top + corridor_track[index] * theme.TRACK

    # Vertical tracks in the gaps: one group per (fan-out source | fan-in target).
    group_extent: dict[tuple[int, tuple], list[float]] = {}
    for _edge, refs, *_ in abstract:
        for position, ref in enumerate(refs):
            if ref[0] != "track":
                continue
            y1, y2 = y_of(refs[position - 1]), y_of(refs[position + 1])
            key = (ref[1], ref[2])
            extent = group_extent.setdefault(key, [min(y1, y2), max(y1, y2)])
            extent[0], extent[1] = min(extent[0], y1, y2), max(extent[1], y1, y2)
    # Per gap: fan-out tracks at the left, then room for branch labels, then fan-in tracks.
    gap_groups: dict[int, dict[tuple, int]] = {}
    track_counts: list[tuple[int, int]] = []
    by_gap: dict[tuple[int, str], list] = {}
    for (gap, group), extent in group_extent.items():
        if extent[1] - extent[0] > 0.01:
            by_gap.setdefault((gap, group[0]), []).append((group, extent))
    for gap in range(count + 1):
        assigned: dict[tuple, int] = {}
        counts = []
        for kind in ("out", "in"):
            groups = sorted(by_gap.get((gap, kind), ()), key=lambda item: (item[1][0], item[1][1]))
            ends: list[float] = []
            for group, (low, high) in groups:
                for track_index, end in enumerate(ends):
                    if end < low - 3:
                        ends[track_index] = high
                        assigned[group] = track_index
                        break
                else:
                    ends.append(high)
                    assigned[group] = len(ends) - 1
            counts.append(len(ends))
        gap_groups[gap] = assigned
        track_counts.append((counts[0], counts[1]))

    # Branch labels sit right after the fan-out of their step, above the line they label.
    label_room = [0.0] * (count + 1)
    label_of: dict[int, tuple[list[str], float, int, object]] = {}
    for index, (edge, refs, back, source, target, enters_from, leaves_to) in enumerate(abstract):
        text = flow_label(edge.flow)
        if not text or source.virtual:
            continue
        lines = wrap(text, 96, theme.SMALL_SIZE, cjk=cjk, max_lines=2)
        width = max(text_width(line, theme.SMALL_SIZE, cjk=cjk) for line in lines)
        gap = min(source.column + 1, count)
        after_fan_out = refs[1]
        for position, ref in enumerate(refs):
            if ref[0] == "track" and ref[2][0] == "out":
                after_fan_out = refs[position + 1]
                break
        label_of[index] = (lines, width, gap, after_fan_out)
        label_room[gap] = max(label_room[gap], width + 8)

    # Horizontal geometry.
    column_width = [theme.NODE_WIDTH] * count
    for box in boxes.values():
        if not box.virtual:
            column_width[box.column] = max(column_width[box.column], box.width)
    gap_layout = []  # per gap: (first fan-out track, label left, first fan-in track), relative
    gap_width = []
    for gap in range(count + 1):
        outs, ins = track_counts[gap]
        out_span = max(outs - 1, 0) * theme.TRACK
        label_left = out_span + (5 if outs else 0)
        room = label_room[gap] or (theme.TRACK if outs and ins else 0)
        in_start = label_left + room
        needed = in_start + max(ins - 1, 0) * theme.TRACK
        width = max(theme.GAP_MIN, needed + 2 * theme.TRACK_PAD)
        shift = (width - needed) / 2  # centre the tracks in a gap wider than they need
        gap_layout.append((shift, shift + label_left, shift + in_start))
        gap_width.append(width)
    grid_left = theme.MARGIN + theme.LABEL_WIDTH
    x = grid_left
    gap_left = []
    centres = []
    for column in range(count):
        gap_left.append(x)
        x += gap_width[column]
        centres.append(x + column_width[column] / 2)
        x += column_width[column]
    gap_left.append(x)
    x += gap_width[count]
    grid_right = x
    for box in boxes.values():
        if box.virtual:
            box.x = grid_left if box.column < 0 else grid_right
        else:
            box.x = centres[box.column]
    for ev in evidence:
        ev.x = centres[ev.column]

    def x_of(ref) -> float:
        kind = ref[0]
        if kind == "right":
            return ref[1].right
        if kind == "left":
            return ref[1].left
        if kind == "border-left":
            return grid_left
        if kind == "border-right":
            return grid_right
        gap, group = ref[1], ref[2]
        first_out, _label_left, first_in = gap_layout[gap]
        track = gap_groups[gap].get(group)
        if track is None:  # a group with no vertical extent: any x in the gap will do
            return gap_left[gap] + first_out
        return gap_left[gap] + (first_out if group[0] == "out" else first_in) + track * theme.TRACK

    routes: list[Route] = []
    for index, (edge, refs, back, source, target, enters_from, leaves_to) in enumerate(abstract):
        points: list[tuple[float, float]] = []
        current_x = x_of(refs[0])
        for position in range(1, len(refs), 2):
            current_y = y_of(refs[position])
            points.append((current_x, current_y))
            if position + 1 < len(refs):
                current_x = x_of(refs[position + 1])
                points.append((current_x, current_y))
        points = _simplified(points)
        route = Route(edge, points, back, enters_from=enters_from, leaves_to=leaves_to)
        if index in label_of:
            lines, width, gap, line_ref = label_of[index]
            height = len(lines) * theme.SMALL_LINE
            left = gap_left[gap] + gap_layout[gap][1]
            route.label_lines, route.label_width = lines, width
            route.label_box = (left + 2 + width / 2, y_of(line_ref) - 1 - height / 2, width, height)
        routes.append(route)

    lines_between = []
    ordered = [band.lane for band in bands]
    for upper, lower, name in ((Lane.CUSTOMER, Lane.ONSTAGE, "interaction"), (Lane.ONSTAGE, Lane.BACKSTAGE, "visibility"),
                               (Lane.BACKSTAGE, Lane.SUPPORT, "internal"), (Lane.SUPPORT, Lane.MANAGEMENT, "implementation")):
        if upper in ordered and lower in ordered and ordered.index(lower) == ordered.index(upper) + 1:
            lines_between.append((name, band_of[lower].top))
    return Plan(bands, {k: b for k, b in boxes.items()}, evidence, routes, lines_between, grid_left, grid_right,
                top, bands[-1].bottom if bands else top, count, first, centres, column_width, gap_width)


def _simplified(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop repeated points and the middle of three points on one straight line."""
    result: list[tuple[float, float]] = []
    for point in points:
        if result and abs(result[-1][0] - point[0]) < 0.01 and abs(result[-1][1] - point[1]) < 0.01:
            continue
        if len(result) >= 2:
            (ax, ay), (bx, by) = result[-2], result[-1]
            if (abs(ax - bx) < 0.01 and abs(bx - point[0]) < 0.01) or (abs(ay - by) < 0.01 and abs(by - point[1]) < 0.01):
                result[-1] = point
                continue
        result.append(point)
    if len(result) == 1:
        result.append(result[0])
    return result


def segment_ranges(plan: Plan, max_columns: int = theme.SEGMENT_COLUMNS,
                   max_width: float = theme.SEGMENT_MAX_WIDTH) -> list[tuple[int, int]]:
    """Column ranges covering the whole plan: each at most ``max_columns`` columns and, as far
    as one column allows, at most ``max_width`` points wide (margins and lane labels included)."""
    max_columns = max(1, int(max_columns))
    fixed = 2 * theme.MARGIN + theme.LABEL_WIDTH
    ranges: list[tuple[int, int]] = []
    start = 0
    while start < plan.columns:
        stop = start + 1
        while stop < plan.columns and stop - start < max_columns:
            width = fixed + sum(plan.column_widths[start:stop + 1]) + sum(plan.gap_widths[start:stop + 2])
            if width > max_width:
                break
            stop += 1
        ranges.append((start, stop))
        start = stop
    return ranges or [(0, 0)]
