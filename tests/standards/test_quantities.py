"""Numbers and units: Chinese numerals, full-width digits, ranges, clock times, labels, idioms."""

from __future__ import annotations

import pytest

from standards.smart.evidence import gather


def quantities(statement: str) -> list[tuple[str, str, float | None]]:
    """(kind, quoted words, value) of every quantity found."""
    evidence = gather(statement)
    return [(span.kind, evidence.quote(span), span.value) for span in evidence.quantities]


def clock_times(statement: str) -> list[str]:
    evidence = gather(statement)
    return [evidence.quote(span) for span in evidence.clock_times]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("三个工作日内回复", [("time", "三个工作日", 3.0)]),
        ("十五秒内接听", [("time", "十五秒", 15.0)]),
        ("重复叫号两次", [("count", "两次", 2.0)]),
        ("二十四小时内上门", [("time", "二十四小时", 24.0)]),
        ("一百零五分钟", [("time", "一百零五分钟", 105.0)]),
        ("兩個工作天內回電", [("time", "兩個工作天", 2.0)]),
        ("半小时内到场", [("time", "半小时", 0.5)]),
        ("１５分钟内处理", [("time", "１５分钟", 15.0)]),
        ("满意率不低于９５％", [("percentage", "９５％", 95.0)]),
        ("百分之九十的来电", [("percentage", "百分之九十", 90.0)]),
        ("八成以上", [("percentage", "八成", 8.0)]),
        ("距离柜台1米", [("distance", "1米", 1.0)]),
        ("补偿50元", [("money", "50元", 50.0)]),
        ("评分4.5分以上", [("score", "4.5分", 4.5)]),
        ("10多分钟", [("time", "10多分钟", 10.0)]),
        ("within 10 seconds", [("time", "10 seconds", 10.0)]),
        ("within three rings", [("time", "three rings", 3.0)]),
        ("within twenty-four hours", [("time", "twenty-four hours", 24.0)]),
        ("within an hour", [("time", "within an hour", 1.0)]),
        ("within 15s", [("time", "15s", 15.0)]),
        ("offer two options", [("count", "two options", 2.0)]),
        ("count cash twice", [("count", "twice", 2.0)]),
        ("NPS ≥ 40", [("score", "40", 40.0)]),
        ("a rating of 4.5 or above", [("score", "4.5 or above", 4.5)]),
        ("a 2-hour window", [("time", "2-hour", 2.0)]),
    ],
)
def test_numbers_with_units(statement: str, expected: list) -> None:
    assert quantities(statement) == expected


@pytest.mark.parametrize(
    ("statement", "quoted", "upper"),
    [
        ("3-5个工作日内办结", "3-5个工作日", 5.0),
        ("三至五天内", "三至五天", 5.0),
        ("３～５分钟", "３～５分钟", 5.0),
        ("一到两个工作日", "一到两个工作日", 2.0),
        ("within 3 to 5 days", "3 to 5 days", 5.0),
        ("2–4 hours", "2–4 hours", 4.0),
    ],
)
def test_ranges_take_the_unit_of_their_second_number(statement: str, quoted: str, upper: float) -> None:
    assert quantities(statement) == [("time", quoted, upper)]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("次日12:00前寄出", ["12:00"]),
        ("每日９：００前填写", ["９：００"]),
        ("下午五点前提交", ["下午五点前"]),
        ("每天八点半开门", ["每天八点半"]),
        ("by 5 pm", ["5 pm"]),
        ("by 5:30pm on Friday", ["5:30pm"]),
        ("before noon", ["noon"]),
        ("每月5日前上报", ["每月5日"]),
    ],
)
def test_clock_times_and_dates(statement: str, expected: list[str]) -> None:
    assert clock_times(statement) == expected


@pytest.mark.parametrize(
    "statement",
    [
        "２号窗口柜员",
        "第3步核对身份",
        "3楼服务台",
        "Staff at Counter 5",
        "the 2nd step",
        "按照第二条规定",
        "一次性告知",
        "第一时间报告",
        "一流的服务",
        "一站式服务",
        "一对一辅导",
        "十分耐心",
        "6S管理",
        "5G网络",
        "10086热线",
        "a one-stop shop",
        "每一位客户",
        "提供一个舒适的环境",
        "所有客户",
        "every customer",
        "杜绝差错",
        "never late",
    ],
)
def test_labels_idioms_and_quantifiers_are_not_quantities(statement: str) -> None:
    assert quantities(statement) == []


@pytest.mark.parametrize(
    ("statement", "value"),
    [("确保零差错", 0.0), ("zero complaints", 0.0), ("Reduce complaints to zero.", 0.0), ("0投诉", 0.0)],
)
def test_zero_is_a_count(statement: str, value: float) -> None:
    found = quantities(statement)
    assert [(kind, number) for kind, _, number in found] == [("count", value)]


@pytest.mark.parametrize(
    ("statement", "count_found"),
    [
        ("每周一次", True),
        ("至少一次", True),
        ("重复叫号一次。", True),
        ("每月對每間客房進行一次設備檢查", True),
        ("一次办好", False),
        ("请客户再确认一下", False),
    ],
)
def test_a_lone_one_counts_only_as_a_count(statement: str, count_found: bool) -> None:
    assert bool(quantities(statement)) is count_found
