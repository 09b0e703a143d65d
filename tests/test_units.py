"""Durations, rates and targets as consultants write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from blueprint.numerals import parse_number
from blueprint.units import UnitError, format_seconds, parse_probability, parse_seconds, parse_target

MIN, HOUR, WD = 60, 3600, 8 * 3600


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("30s", 30), ("2m", 2 * MIN), ("1h", HOUR), ("3d", 3 * 24 * HOUR), ("2wd", 2 * WD),
        ("1h30m", 90 * MIN), ("2 minutes", 2 * MIN), ("2 working days", 2 * WD), ("3 business days", 3 * WD),
        ("15秒", 15), ("2分钟", 2 * MIN), ("1小時", HOUR), ("三个工作日", 3 * WD), ("三個工作天", 3 * WD),
        ("十五秒", 15), ("两分钟", 2 * MIN), ("二十四小时", 24 * HOUR), ("半小时", 30 * MIN),
        ("1个半小时", 90 * MIN), ("１５分鐘", 15 * MIN), ("2周", 14 * 24 * HOUR),
        ("PT2M", 2 * MIN), ("P1DT2H", 26 * HOUR), ("PT1H30M", 90 * MIN), ("P2W", 14 * 24 * HOUR),
        ("1.5h", 90 * MIN), (0, 0), ("0", 0),
    ],
)
def test_durations(text, seconds):
    assert parse_seconds(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "2", 5, "2 furlongs", "12:30", "P", "PT", "m2", True, None, "2m x"])
def test_not_durations(text):
    with pytest.raises(UnitError):
        parse_seconds(text)


@pytest.mark.parametrize(
    "text, op, value, kind",
    [
        ("<= 15s", "<=", 15, "duration"), ("< 2wd", "<", 2 * WD, "duration"), ("≤ 10分钟", "<=", 600, "duration"),
        ("95%", ">=", 0.95, "percent"), ("≥ 95%", ">=", 0.95, "percent"), (">= 4.5", ">=", 4.5, "number"),
        ("不超过10分钟", "<=", 600, "duration"), ("2 个工作日内", "<=", 2 * WD, "duration"),
        ("at most 3 min", "<=", 180, "duration"), ("15s", "<=", 15, "duration"), (4.5, ">=", 4.5, "number"),
    ],
)
def test_targets(text, op, value, kind):
    target = parse_target(text)
    assert (target.op, target.kind) == (op, kind)
    assert target.value == pytest.approx(value)


def test_target_comparison():
    assert parse_target("<= 15s").met_by(15) and not parse_target("<= 15s").met_by(15.5)
    assert parse_target(">= 95%").met_by(0.95) and not parse_target("> 95%").met_by(0.95)


@pytest.mark.parametrize("text, value", [(0.05, 0.05), ("5%", 0.05), ("５％", 0.05), (1, 1.0), ("0.3", 0.3)])
def test_probabilities(text, value):
    assert parse_probability(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text, value",
    [("十五", 15), ("二十四", 24), ("两", 2), ("一百零五", 105), ("三千五百", 3500), ("两万", 20000), ("１５", 15), ("1,200", 1200)],
)
def test_numerals(text, value):
    assert parse_number(text) == value


def test_format_seconds():
    assert [format_seconds(s) for s in (40, 60, 1200, 5400, 7200, 3 * 86400)] == ["40s", "1m", "20m", "90m", "2h", "3d"]


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["s", "m", "h", "d", "wd", "秒", "分钟", "小时", "个工作日"]))
def test_any_whole_amount_with_a_unit_parses(amount, unit):
    assert parse_seconds(f"{amount}{unit}") >= 0


@given(st.text(max_size=30))
def test_parsers_raise_only_unit_errors(text):
    for parser in (parse_seconds, parse_target, parse_probability):
        try:
            parser(text)
        except UnitError:
            pass
