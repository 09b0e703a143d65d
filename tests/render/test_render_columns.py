"""Columns: longest-path layers of the flow once loops are cut."""

from __future__ import annotations

from blueprint.render.columns import assign_columns, back_edges


def test_a_chain_goes_left_to_right():
    order = ["a", "b", "c"]
    result = assign_columns(order, {"a": 1, "b": 2, "c": 1}, [("a", "b"), ("b", "c")], "a")
    assert [result.column[key] for key in order] == [0, 1, 2]


def test_parallel_steps_of_different_lanes_share_a_column():
    lanes = {"a": "customer", "b": "onstage", "c": "support", "d": "customer"}
    edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]
    result = assign_columns(list(lanes), lanes, edges, "a")
    assert result.column["b"] == result.column["c"] == 1
    assert result.column["d"] == 2


def test_steps_of_one_lane_in_one_layer_get_separate_columns():
    lanes = {"a": "backstage", "b": "onstage", "c": "onstage", "d": "customer"}
    edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]
    result = assign_columns(list(lanes), lanes, edges, "a")
    assert result.column["b"] != result.column["c"]
    assert result.column["d"] > max(result.column["b"], result.column["c"])
    assert result.count == 4


def test_a_loop_back_is_cut_and_does_not_push_columns():
    lanes = {key: "x" for key in "abcd"}
    edges = [("a", "b"), ("b", "c"), ("c", "b"), ("c", "d")]
    result = assign_columns(list(lanes), lanes, edges, "a")
    assert result.back_edges == {("c", "b")}
    assert [result.column[key] for key in "abcd"] == [0, 1, 2, 3]


def test_back_edges_of_a_self_loop_and_unreachable_steps():
    successors = {"a": ["b"], "b": ["b"], "z": ["a"]}
    assert back_edges(["a", "b", "z"], successors, "a") == {("b", "b")}
