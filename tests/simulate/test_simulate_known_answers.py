"""Simulated figures against answers computed by hand, at 10,000 runs, within ±0.02.

Each blueprint here is small enough that the exact answer is a line of arithmetic, given in
the test. Seeds are fixed, so these tests are deterministic; the tolerance is the issue's.
"""

from __future__ import annotations

import numpy as np
import pytest

TOLERANCE = 0.02
HOUR = 3600.0


def one_step(duration: str, target: str, span: str = "step", wait: str | None = None) -> str:
    wait_line = f"\n        wait: {wait}" if wait else ""
    return f"""
    blueprint: {{id: one, title: One step, language: en}}
    steps:
      - id: ask
        lane: customer
        name: Ask
        evidence: [form]
        next: serve
      - id: serve
        lane: onstage
        name: Serve
        duration: {duration}{wait_line}
        standards: [S1]
        next: leave
      - id: leave
        lane: customer
        name: Leave
        evidence: [receipt]
    standards:
      - {{id: S1, statement: Serve in time, target: "{target}", span: {span}}}
    """


@pytest.mark.parametrize("duration", ["{min: 1m, max: 5m}", "{min: 1m, likely: 2m, max: 5m}", "3m"])
def test_a_target_above_every_possible_time_is_met_in_all_runs(run, result_of, duration):
    result = result_of(run(one_step(duration, "<= 10m")), "S1")
    assert result.cases == 10_000
    assert result.met == 1.0
    assert not result.short


@pytest.mark.parametrize("duration", ["{min: 1m, max: 5m}", "{min: 1m, likely: 2m, max: 5m}", "3m"])
def test_a_target_below_every_possible_time_is_met_in_no_run(run, result_of, duration):
    result = result_of(run(one_step(duration, "<= 30s")), "S1")
    assert result.met == 0.0
    assert result.short


@pytest.mark.parametrize("duration", ["{min: 2m, max: 4m}", "{min: 2m, likely: 3m, max: 4m}"])
def test_a_symmetric_range_at_its_middle_is_met_in_half_the_runs(run, result_of, duration):
    result = result_of(run(one_step(duration, "<= 3m")), "S1")
    assert result.met == pytest.approx(0.5, abs=TOLERANCE)
    low, high = result.ci95
    assert low < result.met < high


def test_a_triangular_range_matches_its_distribution_function(run, result_of):
    # Triangular(0, 1h, 4h): P(T <= 2h) = 1 - (4-2)^2 / ((4-0)(4-1)) = 1 - 4/12 = 2/3.
    result = result_of(run(one_step("{min: 0s, likely: 1h, max: 4h}", "<= 2h")), "S1")
    assert result.met == pytest.approx(2 / 3, abs=TOLERANCE)


@pytest.mark.parametrize(
    ("span", "answer"),
    [
        ("wait", 0.5),  # the wait alone: U(0, 20m) <= 10m
        ("duration", 1.0),  # the duration alone: 5m <= 10m always
        ("step", 0.25),  # wait then duration: U(0, 20m) + 5m <= 10m, so U <= 5m
    ],
)
def test_the_span_says_what_is_measured(run, result_of, span, answer):
    text = one_step("5m", "<= 10m", span=span, wait="{min: 0s, max: 20m}")
    assert result_of(run(text), "S1").met == pytest.approx(answer, abs=TOLERANCE)


BRANCHES = """
blueprint: {id: branches, title: Branches, language: en}
steps:
  - {id: call, lane: customer, name: Call, evidence: [line], next: decide}
  - id: decide
    lane: onstage
    name: Decide
    kind: decision
    next:
      - {to: fix, when: easy, probability: 30%}
      - {to: visit, when: hard, probability: 0.7}
  - {id: fix, lane: onstage, name: Fix, duration: 10m, standards: [S1], next: fixed}
  - {id: visit, lane: backstage, name: Visit, duration: 2h, next: visited}
  - {id: fixed, lane: customer, name: Fixed, evidence: [sms]}
  - {id: visited, lane: customer, name: Visited, evidence: [report]}
standards:
  - {id: S1, statement: Fix within 15 minutes, target: "<= 15m"}
"""


def test_branch_probabilities_are_recovered(run):
    simulation = run(BRANCHES).simulation
    shares = {end.step: end.share for end in simulation.by_end}
    assert shares["fixed"] == pytest.approx(0.3, abs=TOLERANCE)
    assert shares["visited"] == pytest.approx(0.7, abs=TOLERANCE)
    assert shares["fixed"] + shares["visited"] == pytest.approx(1.0)
    by_end = {end.step: end.times for end in simulation.by_end}
    assert by_end["fixed"].max == 600.0 and by_end["visited"].p50 == 2 * HOUR


def test_cases_that_never_reach_the_measured_step_are_not_counted(run, result_of):
    result = result_of(run(BRANCHES), "S1")
    assert result.cases / 10_000 == pytest.approx(0.3, abs=TOLERANCE)
    assert result.met == 1.0  # the 70% that went to `visit` do not count against it


def test_a_decision_without_probabilities_splits_evenly_and_says_so(run):
    text = BRANCHES.replace(", probability: 30%", "").replace(", probability: 0.7", "")
    simulation = run(text).simulation
    shares = {end.step: end.share for end in simulation.by_end}
    assert shares["fixed"] == pytest.approx(0.5, abs=TOLERANCE)
    assert [a.fields["step"] for a in simulation.assumptions if a.key == "even_split"] == ["decide"]


def test_fail_point_likelihood_is_recovered_and_its_delay_added(run, result_of):
    text = """
    blueprint: {id: fail, title: Fail point, language: en}
    steps:
      - {id: come, lane: customer, name: Come, evidence: [door], next: log}
      - id: log
        lane: onstage
        name: Log
        duration: 2m
        standards: [S1]
        fail_points:
          - {id: F1, what: Lost form, prevent: checklist, recover: call back, likelihood: 20%, delay: 10m}
        next: go
      - {id: go, lane: customer, name: Go, evidence: [slip]}
    standards:
      - {id: S1, statement: Log within 5 minutes, target: "<= 5m", span: duration}
    """
    report = run(text)
    assert result_of(report, "S1").met == pytest.approx(0.8, abs=TOLERANCE)
    (fail_point,) = report.simulation.fail_points
    assert fail_point.id == "F1" and fail_point.share == pytest.approx(0.2, abs=TOLERANCE)
    # The delay is part of the duration: 2m, or 12m when the fail point occurs.
    assert set(np.unique(report.simulation.end_to_end_times)) == {120.0, 720.0}


FORK = """
blueprint: {id: fork, title: Fork, language: en}
steps:
  - {id: start, lane: customer, name: Start, evidence: [x], next: split}
  - {id: split, lane: onstage, name: Split, next: [a, b]}
  - {id: a, lane: backstage, name: A, duration: {min: 0s, max: 1h}, next: join}
  - {id: b, lane: backstage, name: B, duration: {min: 0s, max: 1h}, next: join}
  - {id: join, lane: onstage, name: Join, duration: 10m, next: done}
  - {id: done, lane: customer, name: Done, evidence: [y]}
standards:
  - {id: S1, statement: Both checks within 30 minutes, target: "<= 30m", span: {from: split, to: b}}
  - {id: S2, statement: Joined within 40 minutes, target: "<= 40m", span: {from: split, to: join}}
"""


def test_a_fork_joins_at_the_last_path_and_takes_the_max(run, result_of):
    report = run(FORK)
    # max(U1, U2) for two U(0, 1h): P(max <= t) = t², mean 2/3 h; the join adds 10m.
    assert result_of(report, "S2").met == pytest.approx((30 / 60) ** 2, abs=TOLERANCE)
    assert result_of(report, "S1").met == pytest.approx(0.5, abs=TOLERANCE)  # one path alone
    times = report.simulation.end_to_end_times
    assert times.mean() == pytest.approx(2 / 3 * HOUR + 600, abs=30)
    assert (times >= 600).all() and times.max() <= HOUR + 600
    assert report.simulation.visits["join"] == 1.0  # the join runs once per case, not once per path


def test_a_fork_without_a_join_ends_when_its_last_path_ends(run):
    text = """
    blueprint: {id: fork2, title: Fork without join, language: en}
    steps:
      - {id: start, lane: customer, name: Start, evidence: [x], next: [a, b]}
      - {id: a, lane: backstage, name: A, duration: 1h}
      - {id: b, lane: backstage, name: B, duration: 2h, next: tell}
      - {id: tell, lane: customer, name: Told, evidence: [sms]}
    """
    simulation = run(text).simulation
    assert set(simulation.end_to_end_times) == {2 * HOUR}
    assert [(end.step, end.share) for end in simulation.by_end] == [("tell", 1.0)]


def test_a_fork_target_that_is_the_join_waits_for_the_other_path(run):
    text = """
    blueprint: {id: fork3, title: Fork into its own join, language: en}
    steps:
      - {id: start, lane: customer, name: Start, evidence: [x], next: [check, reply]}
      - {id: check, lane: backstage, name: Check, duration: 1h, next: reply}
      - {id: reply, lane: customer, name: Reply, evidence: [letter], duration: 5m}
    """
    simulation = run(text).simulation
    assert set(simulation.end_to_end_times) == {HOUR + 300}
    assert simulation.visits["reply"] == 1.0


LOOP = """
blueprint: {id: loop, title: Loop, language: en}
steps:
  - {id: start, lane: customer, name: Start, evidence: [x], next: investigate}
  - {id: investigate, lane: backstage, name: Investigate, duration: 1h, next: review}
  - id: review
    lane: backstage
    name: Review
    kind: decision
    next:
      - {to: investigate, when: again, probability: 0.9, max_loops: 2}
      - {to: reply, when: ok, probability: 0.1}
  - {id: reply, lane: customer, name: Reply, evidence: [y]}
"""


def test_the_loop_cap_is_respected(run):
    simulation = run(LOOP).simulation
    times = simulation.end_to_end_times
    # 0 loops: 0.1; 1 loop: 0.9 × 0.1; 2 loops (then the loop is closed): 0.9².
    assert set(np.unique(times)) <= {HOUR, 2 * HOUR, 3 * HOUR}
    assert times.max() == 3 * HOUR
    assert (times == 3 * HOUR).mean() == pytest.approx(0.81, abs=TOLERANCE)
    assert (times == HOUR).mean() == pytest.approx(0.1, abs=TOLERANCE)
    assert simulation.visits["investigate"] == pytest.approx(1 + 0.09 + 2 * 0.81, abs=0.05)


def test_the_default_loop_cap_is_three_and_is_listed(run):
    simulation = run(LOOP.replace(", max_loops: 2", "")).simulation
    assert simulation.end_to_end_times.max() == 4 * HOUR
    assert (simulation.end_to_end_times == 4 * HOUR).mean() == pytest.approx(0.9**3, abs=TOLERANCE)
    assert any(a.key == "default_loop_cap" and "review → investigate" in a.fields["branches"] for a in simulation.assumptions)


def test_a_loop_whose_other_branch_has_no_probability_left_still_ends(run):
    # Loop back with probability 1, capped at 1: after the cap nothing is left to rescale,
    # and the case leaves by the branch nearest an end.
    text = LOOP.replace("probability: 0.9", "probability: 1").replace("probability: 0.1", "probability: 0")
    text = text.replace("max_loops: 2", "max_loops: 1")
    assert set(run(text).simulation.end_to_end_times) == {2 * HOUR}


def test_a_step_visited_several_times_meets_a_one_step_span_only_when_every_visit_does(run, result_of):
    text = """
    blueprint: {id: twice, title: Twice, language: en}
    steps:
      - {id: start, lane: customer, name: Start, evidence: [x], next: work}
      - {id: work, lane: backstage, name: Work, duration: {min: 0s, max: 2m}, standards: [S1], next: check}
      - id: check
        lane: backstage
        name: Check
        kind: decision
        next:
          - {to: work, when: again, probability: 1, max_loops: 1}
          - {to: done, when: ok, probability: 0}
      - {id: done, lane: customer, name: Done, evidence: [y]}
    standards:
      - {id: S1, statement: Each pass within a minute, target: "<= 1m", span: duration}
    """
    report = run(text)
    assert report.simulation.visits["work"] == 2.0
    assert result_of(report, "S1").met == pytest.approx(0.25, abs=TOLERANCE)  # both of two U(0, 2m) <= 1m


def test_a_span_runs_from_reaching_its_first_step_to_the_end_of_its_last(run, result_of):
    text = """
    blueprint: {id: span, title: Span, language: en}
    steps:
      - {id: start, lane: customer, name: Start, evidence: [x], duration: 1h, next: receive}
      - {id: receive, lane: onstage, name: Receive, wait: 30m, duration: 10m, next: handle}
      - {id: handle, lane: backstage, name: Handle, duration: {min: 0s, max: 2h}, next: reply}
      - {id: reply, lane: onstage, name: Reply, duration: 20m, next: done}
      - {id: done, lane: customer, name: Done, evidence: [y], duration: 3h}
    standards:
      - {id: S1, statement: Reply within two hours, target: "<= 2h", span: {from: receive, to: reply}}
      - {id: S2, statement: Done same day, target: "<= 1wd", span: {from: start, to: done}}
    """
    report = run(text)
    # receive's wait (30m) counts, start's 1h before it does not: 30m + 10m + U(0, 2h) + 20m <= 2h.
    assert result_of(report, "S1").met == pytest.approx(1 / 2, abs=TOLERANCE)
    # 1h + 1h + U(0, 2h) + 3h <= 8h, always.
    assert result_of(report, "S2").met == 1.0


def test_a_span_over_a_loop_takes_the_first_arrival_and_the_last_end(run, result_of):
    text = LOOP + """
standards:
  - {id: S1, statement: Investigated within two hours, target: "<= 2h", span: {from: investigate, to: investigate}}
"""
    result = result_of(run(text), "S1")
    assert result.cases == 10_000
    assert result.met == pytest.approx(0.1 + 0.09, abs=TOLERANCE)  # at most one loop


def test_missing_durations_count_as_zero_and_are_listed(run):
    simulation = run(BRANCHES).simulation
    (assumption,) = [a for a in simulation.assumptions if a.key == "no_duration"]
    assert assumption.fields["steps"].split(", ") == ["call", "decide", "fixed", "visited"]


def test_a_loop_back_over_a_fork_redoes_both_paths_and_the_join_waits_for_them(run):
    text = """
    blueprint: {id: fork-loop, title: Fork in a loop, language: en}
    steps:
      - {id: start, lane: customer, name: Start, evidence: [x], next: split}
      - {id: split, lane: onstage, name: Split, next: [a, b]}
      - {id: a, lane: backstage, name: A, duration: 1h, next: review}
      - id: review
        lane: backstage
        name: Review
        kind: decision
        next:
          - {to: join, when: ok, probability: 0.5}
          - {to: split, when: redo, probability: 0.3, max_loops: 2}
          - {to: give-up, when: stop, probability: 0.2}
      - {id: give-up, lane: customer, name: Give up, evidence: [z], duration: 30m}
      - {id: b, lane: backstage, name: B, duration: 2h, next: join}
      - {id: join, lane: onstage, name: Join, duration: 10m, next: done}
      - {id: done, lane: customer, name: Done, evidence: [y]}
    """
    simulation = run(text).simulation
    times = simulation.end_to_end_times
    # Each redo starts a new round 1h in; the join waits for the slowest B: 2h10m, 3h10m, 4h10m.
    # Giving up ends path A early; the case still ends with B's path through the join.
    assert set(np.unique(times)) == {7800.0, 11400.0, 15000.0}
    assert (times == 7800).mean() == pytest.approx(0.7, abs=TOLERANCE)
    assert (times == 11400).mean() == pytest.approx(0.3 * 0.7, abs=TOLERANCE)
    assert (times == 15000).mean() == pytest.approx(0.3 * 0.3, abs=TOLERANCE)
    assert simulation.visits["join"] == 1.0
    assert simulation.visits["give-up"] == pytest.approx(0.2 + 0.3 * 0.2 + 0.09 * 0.2 / 0.7, abs=TOLERANCE)
