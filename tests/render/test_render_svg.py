"""The drawn SVG, parsed back: lanes, columns, labels, ids, escaping, comparison marks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from blueprint.loaders import load
from blueprint.model import Lane
from blueprint.render import render_dot, render_svg, render_svg_segments

from svg_reading import by_class, read_svg, squeeze

FIXTURES = Path(__file__).parent / "fixtures"
ORDER = ["evidence", "customer", "onstage", "backstage", "support", "management"]

pytestmark = pytest.mark.needs_dot


def document(name: str):
    loaded = load(str(FIXTURES / name))
    assert loaded.document is not None, loaded.findings
    return loaded.document


def lane_bands(groups):
    bands = {}
    for group in by_class(groups, "lane"):
        lane = next(c[5:] for c in group.classes if c.startswith("lane-"))
        bands[lane] = (group.top, group.bottom)
    return bands


@pytest.fixture(scope="module")
def small():
    doc = document("small-zh.yaml")
    return doc, read_svg(render_svg(doc))


def test_lanes_are_in_the_classic_order(small):
    _doc, groups = small
    bands = lane_bands(groups)
    assert list(bands) == ORDER  # management is drawn because a step uses it
    tops = [bands[lane][0] for lane in ORDER]
    assert tops == sorted(tops)
    for upper, lower in zip(ORDER, ORDER[1:]):
        assert bands[upper][1] <= bands[lower][0] + 2


def test_each_step_lies_inside_its_lane_band(small):
    doc, groups = small
    bands = lane_bands(groups)
    steps = {group.title: group for group in by_class(groups, "step")}
    assert set(steps) == {step.id for step in doc.steps}
    for step in doc.steps:
        top, bottom = bands[step.lane.value]
        assert top <= steps[step.id].top and steps[step.id].bottom <= bottom, step.id


def test_node_ids_and_titles_are_the_step_ids(small):
    doc, groups = small
    for group in by_class(groups, "step"):
        assert group.id == group.title
    assert {g.title for g in by_class(groups, "step")} == {s.id for s in doc.steps}
    # No other node is named like a step: our own nodes carry a ':' that ids cannot have.
    others = [g for g in groups if "node" in g.classes and "step" not in g.classes]
    assert all(":" in g.title for g in others)


def test_customer_steps_run_left_to_right_in_flow_order(small):
    _doc, groups = small
    steps = {group.title: group for group in by_class(groups, "step")}
    assert steps["call"].centre_x < steps["confirm"].centre_x
    chain = ["call", "greet", "log", "decide", "approve", "resolve", "confirm"]
    xs = [steps[key].centre_x for key in chain]
    assert xs == sorted(xs)


def test_every_label_is_present_verbatim(small):
    doc, groups = small
    steps = {group.title: group for group in by_class(groups, "step")}
    for step in doc.steps:
        shown = squeeze(steps[step.id].text).replace("★", "")
        assert squeeze(step.name) in shown, (step.id, shown)
    evidence = " ".join(g.text for g in by_class(groups, "evidence"))
    for item in ("IVR 语音导航", "等候提示音", "短信回访"):
        assert squeeze(item) in squeeze(evidence)
    lane_labels = "".join(g.text for g in by_class(groups, "lane-label"))
    assert "投诉客户" in lane_labels  # the document's own lane label wins
    assert "前台接触员工行为" in lane_labels
    branch = "".join(g.text for g in by_class(groups, "branch-label"))
    assert "可当场解决" in branch and "60%" in branch


def test_lines_fail_points_waits_and_moments_are_drawn(small):
    _doc, groups = small
    lines = {g.id for g in by_class(groups, "line")}
    assert lines == {"line:interaction", "line:visibility", "line:internal", "line:implementation"}
    fails = [g for g in by_class(groups, "fail-point-label")]
    assert [g.text for g in fails] == ["F1"]
    waits = [g.text for g in by_class(groups, "wait-label")]
    assert waits == ["40s"]
    assert [g.title for g in by_class(groups, "moment-of-truth")] == ["greet"]
    assert [g.title for g in by_class(groups, "decision")] == ["decide"]
    assert by_class(groups, "legend")


def test_every_flow_is_drawn_as_an_edge(small):
    doc, groups = small
    flows = [g for g in by_class(groups, "flow")]
    assert len(flows) == sum(len(step.next) for step in doc.steps)


AWKWARD = [
    '"]; evil [shape=box label="x',
    "<B>bold</B> & <I>it</I>",
    "back\\slash \\N \\G \\L",
    "{a|b} [c] <port>",
    "node edge subgraph digraph strict graph",
    "two\nlines",
    "&amp; &lt; &#x41;",
    "<TABLE><TR><TD>cell</TD></TR></TABLE>",
    "'single' \"double\"",
]


def awkward_document(tmp_path: Path, lang: str = "en"):
    steps = []
    for index, name in enumerate(AWKWARD):
        step = {"id": f"s{index}", "lane": "customer" if index % 2 == 0 else "onstage", "name": name,
                "evidence": [name] if index % 2 == 0 else [],
                "fail_points": [{"id": f"F{index}", "what": name}]}
        if index + 1 < len(AWKWARD):
            step["next"] = [{"to": f"s{index + 1}", "when": name}] if index == 3 else f"s{index + 1}"
        if index == 3:
            step["kind"] = "action"
        steps.append(step)
    data = {"blueprint": {"id": "awkward", "title": AWKWARD[0], "language": lang, "scenario": AWKWARD[1]},
            "lanes": {"support": AWKWARD[2]}, "steps": steps}
    path = tmp_path / "awkward.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    loaded = load(str(path))
    assert loaded.document is not None, loaded.findings
    return loaded.document


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_user_text_is_shown_verbatim_and_cannot_change_the_graph(tmp_path, lang):
    doc = awkward_document(tmp_path, lang)
    svg = render_svg(doc)
    groups = read_svg(svg)
    steps = {g.title: g for g in by_class(groups, "step")}
    assert set(steps) == {f"s{index}" for index in range(len(AWKWARD))}
    for index, name in enumerate(AWKWARD):
        assert squeeze(steps[f"s{index}"].text) == squeeze(name), (name, steps[f"s{index}"].texts)
    titles = [g.title for g in groups if "node" in g.classes]
    assert not any("evil" in title for title in titles)
    # No markup got through: Graphviz would have drawn <B>/<I> as bold or italic text.
    assert 'font-weight="bold">bold' not in svg and 'font-style="italic">it' not in svg
    assert "<TABLE" not in svg and "cell</text>" not in svg.replace("&lt;TD&gt;cell", "")
    # Every user string reached the DOT only inside an HTML-like label or as an id.
    dot = render_dot(doc)
    assert not any(line.strip().startswith("evil") for line in dot.splitlines())
    assert sum(1 for line in dot.splitlines() if re.match(r'\s*"s\d+" \[', line)) == len(AWKWARD)


def test_id_prefix_reaches_every_id_and_reference(small):
    doc, _groups = small
    svg = render_svg(doc, id_prefix="fig1-")
    ids = re.findall(r'\sid="([^"]*)"', svg)
    assert ids and all(value.startswith("fig1-") for value in ids)
    for reference in re.findall(r'url\(#([^)]*)\)|href="#([^"]*)"', svg):
        assert any(part.startswith("fig1-") for part in reference if part)
    groups = read_svg(svg)
    assert {g.id for g in by_class(groups, "step")} == {f"fig1-{s.id}" for s in doc.steps}


def test_against_marks_added_changed_and_removed_steps():
    after, before = document("small-zh.yaml"), document("before-zh.yaml")
    svg = render_svg(after, against=before)
    groups = read_svg(svg)
    steps = {g.title: g for g in by_class(groups, "step")}
    assert {g.title for g in by_class(groups, "added")} >= {"approve"}
    assert {g.title for g in by_class(groups, "step") if "added" in g.classes} == {"approve"}
    assert {g.title for g in by_class(groups, "step") if "removed" in g.classes} == {"transfer"}
    changed = {g.title for g in by_class(groups, "step") if "changed" in g.classes}
    assert {"greet", "decide"} <= changed and "log" not in changed
    # The ghost stands in its lane, between the steps it used to join.
    bands = lane_bands(groups)
    ghost = steps["transfer"]
    assert bands["backstage"][0] <= ghost.top and ghost.bottom <= bands["backstage"][1]
    assert steps["greet"].centre_x < ghost.centre_x < steps["log"].centre_x
    assert any("removed" in g.classes for g in by_class(groups, "flow"))
    legend = "".join(g.text for g in by_class(groups, "legend-label"))
    assert "新增步骤" in legend and "删除的步骤" in legend


def test_segments_repeat_the_lanes_and_mark_the_cuts(small):
    doc, _ = small
    segments = render_svg_segments(doc, max_columns=3, id_prefix="p-")
    assert len(segments) >= 2
    seen = set()
    for index, svg in enumerate(segments):
        groups = read_svg(svg)
        assert list(lane_bands(groups)) == ORDER
        marks = "".join(g.text for g in by_class(groups, "continuation"))
        assert ("→ 接上页" in marks) == (index > 0)
        assert ("转下页 →" in marks) == (index < len(segments) - 1)
        ids = re.findall(r'\sid="([^"]*)"', svg)
        assert all(value.startswith(f"p-s{index}-") for value in ids)
        seen |= {g.title for g in by_class(groups, "step")}
    assert seen == {step.id for step in doc.steps}


def test_bare_segments_leave_the_title_to_the_page_and_draw_one_legend(small):
    doc, _ = small
    framed = render_svg_segments(doc, max_columns=3)
    bare = render_svg_segments(doc, max_columns=3, bare=True)
    assert len(bare) == len(framed) >= 2
    for index, svg in enumerate(bare):
        groups = read_svg(svg)
        assert not by_class(groups, "title")
        assert bool(by_class(groups, "legend-label")) == (index == len(bare) - 1)
        assert by_class(groups, "continuation")
    height = lambda svg: float(re.search(r'<svg width="[0-9.]+pt" height="([0-9.]+)pt"', svg).group(1))
    assert height(bare[0]) < height(framed[0]) - 40


def test_default_segments_fit_an_a4_landscape_page_at_7_points():
    doc = document("loop-en.yaml")
    for svg in render_svg_segments(doc):
        width = float(re.search(r'<svg width="([0-9.]+)pt"', svg).group(1))
        smallest = min(float(size) for size in re.findall(r'font-size="([0-9.]+)"', svg))
        assert smallest * min(1.0, 770 / width) >= 7.0, (width, smallest)


def test_loops_and_forks_are_routed_without_passing_through_boxes():
    doc = document("loop-en.yaml")
    groups = read_svg(render_svg(doc))
    boxes = {g.title: g for g in by_class(groups, "step")}
    for flow in by_class(groups, "flow"):
        for x, y in zip(flow.xs, flow.ys):
            for box in boxes.values():
                inside_x = min(box.xs) + 1 < x < max(box.xs) - 1
                inside_y = box.top + 1 < y < box.bottom - 1
                assert not (inside_x and inside_y), (flow.title, box.title)


def test_empty_lanes_still_show_the_classic_frame():
    doc = document("loop-en.yaml")
    groups = read_svg(render_svg(doc))
    assert list(lane_bands(groups)) == ORDER[:-1]  # no management step: no management lane
    assert Lane.MANAGEMENT.value not in {g.title.split(":")[-1] for g in by_class(groups, "lane-label")}
