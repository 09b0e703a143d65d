"""A guarantee of an absolute is an absolute outcome; a service run is not a work period."""

from __future__ import annotations

import pytest

from standards.smart import analyse


@pytest.mark.parametrize(
    "statement",
    [
        "前台每班交接钱款，确保任何时候账实相符。",
        "司機出車前檢查車況，保證每一趟行程都不誤點。",
        "Porters check every tag so that no suitcase is ever sent to the wrong room.",
        "Make sure each and every diner leaves happy.",
    ],
)
def test_guaranteed_absolute_outcomes_fail_a(statement):
    assert analyse(statement).criteria["A"].verdict == "fail"


@pytest.mark.parametrize(
    "statement",
    [
        "店长每日开店前检查，确保每位员工 9:00 前佩戴工牌。",
        "Supervisors ensure all staff wear name badges at every shift.",
        "确保投诉处理时间不超过 2 个工作日。",
    ],
)
def test_guarantees_about_staff_or_with_comparisons_pass_a(statement):
    assert analyse(statement).criteria["A"].verdict == "pass"


def test_a_service_run_is_per_occasion_not_a_frequency():
    assert analyse("每班航班起飞前，乘务员核对旅客人数。").criteria["T"].verdict == "fail"
    assert analyse("每班交接时清点现金并签字。").criteria["T"].verdict == "pass"
