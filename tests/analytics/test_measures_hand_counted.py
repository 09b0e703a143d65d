"""Measures on small fixtures counted by hand (the counts are written in each fixture's header)."""

from __future__ import annotations

import json
from pathlib import Path

from blueprint.graph import FlowGraph
from blueprint.loaders import load
from blueprint.measures import (
    PATHS_CAP, blueprint_measures, count_paths, handoffs, main_path, numeric_measures,
)

FIXTURES = Path(__file__).parent / "fixtures"


def measured(name: str) -> dict:
    loaded = load(str(FIXTURES / name))
    assert loaded.document is not None, loaded.findings
    return blueprint_measures(loaded.document)


def flow_of(tmp_path: Path, document: dict) -> FlowGraph:
    path = tmp_path / "flow.yaml"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    loaded = load(str(path))
    assert loaded.document is not None, loaded.findings
    return FlowGraph(loaded.document)


def test_repair_fixture_counts_match_the_hand_count():
    m = measured("measures-repair.yaml")
    assert m["steps"] == {"total": 10, "by_lane": {"customer": 3, "onstage": 3, "backstage": 3, "support": 1}}
    assert m["complexity"] == {"steps": 10, "flows": 11}
    assert m["divergence"] == {"decisions": 2, "branches": 4, "paths": 2}
    assert m["contact_points"] == 3
    assert m["moments_of_truth"] == 1
    assert m["handoffs"] == 2
    assert m["visibility_crossings"] == 5
    assert m["fail_points"] == {"total": 3, "without_prevention": 2, "without_recovery": 2}
    assert m["standards"] == {"total": 1, "contact_points_covered": 1, "coverage": 0.3333}


def test_repair_fixture_emotion_follows_the_peak_end_rule():
    emotion = measured("measures-repair.yaml")["emotion"]
    assert emotion["peak"] == {"step": "wait-home", "value": -3}
    assert emotion["end"] == {"step": "leave", "value": -2}
    assert emotion["negative_end"] is True
    assert emotion["worst_without_standard"] == ["wait-home", "leave"]
    assert [point["step"] for point in emotion["curve"]] == ["arrive", "wait-home", "leave"]


def test_main_path_takes_the_most_probable_branch_and_never_loops():
    loaded = load(str(FIXTURES / "measures-repair.yaml"))
    assert main_path(FlowGraph(loaded.document)) == [
        "arrive", "greet", "triage", "dispatch", "wait-home", "repair", "review", "call-back", "leave",
    ]


def test_peak_ties_go_to_the_lower_value_then_the_step_nearer_the_start():
    emotion = measured("measures-peak-ties.yaml")["emotion"]
    assert emotion["peak"] == {"step": "near", "value": -2}
    assert emotion["end"] == {"step": "far", "value": -2}
    assert emotion["negative_end"] is True
    assert emotion["worst_without_standard"] == ["far", "near"]


def test_no_contact_point_gives_no_coverage_and_no_emotion_gives_no_peak():
    m = measured("measures-peak-ties.yaml")
    assert m["contact_points"] == 0
    assert m["standards"]["coverage"] is None
    starter = load(str(Path(__file__).resolve().parents[2] / "templates" / "init" / "starter.yaml"))
    plain = starter.document.model_copy(update={"steps": [s.model_copy(update={"emotion": None}) for s in starter.document.steps]})
    emotion = blueprint_measures(plain)["emotion"]
    assert emotion["peak"] is None and emotion["end"] is None and emotion["negative_end"] is False


def test_first_branch_wins_a_tie_and_a_worst_step_next_to_a_covered_contact_point_is_guarded(tmp_path):
    # ask (−2) → desk (onstage, standard S1): the contact point next to ask has a standard.
    # desk branches evenly (no probabilities): the first listed, happy (+1), is the main path.
    flow = flow_of(tmp_path, {
        "blueprint": {"id": "t", "title": "T"},
        "steps": [
            {"id": "ask", "lane": "customer", "name": "Ask", "emotion": -2, "next": "desk"},
            {"id": "desk", "lane": "onstage", "name": "Desk", "standards": ["S1"], "kind": "decision",
             "next": [{"to": "happy", "when": "a"}, {"to": "sad", "when": "b"}]},
            {"id": "happy", "lane": "customer", "name": "Happy", "emotion": 1},
            {"id": "sad", "lane": "customer", "name": "Sad", "emotion": -1},
        ],
        "standards": [{"id": "S1", "statement": "Greet within 10 seconds"}],
    })
    emotion = blueprint_measures(flow.document, flow)["emotion"]
    assert emotion["end"] == {"step": "happy", "value": 1}
    assert emotion["worst_without_standard"] == []


def test_handoffs_count_a_missing_actor_as_its_lanes_unnamed_actor(tmp_path):
    # a→b: both backstage without actor, the same unnamed actor: no hand-off.
    # b→c: backstage to support, both unnamed: two actors, one hand-off.
    # c→d: support to a customer step: an interaction, not a hand-off.
    flow = flow_of(tmp_path, {
        "blueprint": {"id": "t", "title": "T", "start": "a"},
        "steps": [
            {"id": "a", "lane": "backstage", "name": "A", "next": "b"},
            {"id": "b", "lane": "backstage", "name": "B", "next": "c"},
            {"id": "c", "lane": "support", "name": "C", "next": "d"},
            {"id": "d", "lane": "customer", "name": "D"},
        ],
    })
    assert handoffs(flow) == 1


def _diamonds(count: int, back_edge: bool = False) -> dict:
    """``count`` diamonds in a row: 2**count simple paths from j0 to the last joint."""
    steps = []
    for index in range(count):
        steps.append({"id": f"j{index}", "lane": "customer", "name": f"J{index}", "next": [f"u{index}", f"d{index}"]})
        steps.append({"id": f"u{index}", "lane": "onstage", "name": f"U{index}", "next": f"j{index + 1}"})
        steps.append({"id": f"d{index}", "lane": "onstage", "name": f"D{index}", "next": f"j{index + 1}"})
    last = {"id": f"j{count}", "lane": "customer", "name": "End"}
    steps.append(last)
    if back_edge:
        # u1 may also go back to j0: loops, yet no new simple path (j0 is always visited).
        steps[4]["next"] = ["j2", "j0"]
    return {"blueprint": {"id": "d", "title": "D"}, "steps": steps}


def test_paths_are_counted_with_and_without_loops(tmp_path):
    # 3 diamonds: 2 × 2 × 2 = 8 simple paths; the back edge j0 ← u1 adds none.
    assert count_paths(flow_of(tmp_path, _diamonds(3))) == (8, False)
    assert count_paths(flow_of(tmp_path, _diamonds(3, back_edge=True))) == (8, False)


def test_paths_are_capped_at_ten_thousand(tmp_path):
    # 14 diamonds: 16,384 paths, over the cap, with and without loops.
    for back_edge in (False, True):
        flow = flow_of(tmp_path, _diamonds(14, back_edge=back_edge))
        assert count_paths(flow) == (PATHS_CAP, True)
        divergence = blueprint_measures(flow.document, flow)["divergence"]
        assert divergence["paths"] == 10000 and divergence["paths_capped"] is True


def test_numeric_measures_name_every_number_by_its_dotted_key():
    flat = numeric_measures(measured("measures-repair.yaml"))
    assert flat["steps.by_lane.support"] == 1
    assert flat["fail_points.without_recovery"] == 2
    assert flat["emotion.end.value"] == -2
    assert "emotion.negative_end" not in flat  # a flag, not a number
