"""One test per "Settled borderline case" of smart-rubric.md, on sentences not in any corpus.

Verdicts are written S M A T, 1 = pass, 0 = fail, '-' = not what the case is about.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("收银员每日结账时确保现金零短款。", "1101"),
        ("每日現金差錯為零。", "-10-"),
        ("Drivers complete every trip with zero safety incidents.", "-10-"),
        ("Reduce billing errors to zero this month.", "-10-"),
    ],
)
def test_zero_is_a_count_and_an_absolute_outcome(expect_verdicts, statement: str, expected: str) -> None:
    """ "Zero" is a count: 零差错, zero complaints → M passes (and A fails)."""
    expect_verdicts(statement, expected)


@pytest.mark.parametrize(
    "statement",
    [
        "大堂经理为所有客户提供取号引导。",
        "The concierge greets every guest by name.",
        "櫃員為每位客戶核對身分證件。",
    ],
)
def test_all_or_every_is_not_a_quantity(verdicts, statement: str) -> None:
    """ "All" or "every" with no number is not a quantity: 所有客户, every customer → M fails."""
    assert verdicts(statement)[1] == "0"


@pytest.mark.parametrize(
    "statement",
    [
        "话务员在电话铃响两声内接起电话。",
        "Pick up the phone within four rings.",
        "總機於鈴響三聲內接聽來電。",
    ],
)
def test_rings_are_time(verdicts, statement: str) -> None:
    """Rings are time: 铃响三声内, within three rings → M and T pass."""
    got = verdicts(statement)
    assert (got[1], got[3]) == ("1", "1")


@pytest.mark.parametrize(
    "statement",
    [
        "半年内将投诉率降低15%。",
        "Increase first-call resolution by 5% within six months.",
        "一年內客戶滿意度提升8%。",
    ],
)
def test_a_goal_stays_a_goal_with_numbers(expect_verdicts, statement: str) -> None:
    """ "三个月内客户满意度提高10%" → S fails (no action), M and T pass."""
    expect_verdicts(statement, "01-1")


@pytest.mark.parametrize(
    ("statement", "expected_a"),
    [
        ("每位旅客的值机排队时间不超过5分钟。", "0"),
        ("Every caller waits less than two minutes.", "0"),
        ("Every guest's check-in takes under 3 minutes.", "0"),
        ("至少95%的旅客值机排队时间不超过5分钟。", "1"),
        ("At least 85% of callers wait less than two minutes.", "1"),
    ],
)
def test_every_customers_wait_is_absolute(verdicts, statement: str, expected_a: str) -> None:
    """Every customer's wait is an absolute outcome (A fails); "at least 90% within 15 minutes" passes."""
    assert verdicts(statement)[2] == expected_a


@pytest.mark.parametrize(
    "statement",
    [
        "发现故障后立即上报值班主管。",
        "Staff remain at their desks at all times.",
        "Tellers verify the signature on each cheque 100% of the time.",
        "每笔转账都须二次核对收款人姓名。",
        "每次交接班核对钥匙数量。",
        "Instantly acknowledge each online order.",
    ],
)
def test_immediacy_and_per_occasion_words_are_not_time_limits(verdicts, statement: str) -> None:
    """立即, instantly, at all times, 100% of the time, 每笔, 每次 are not time limits (T fails)."""
    assert verdicts(statement)[3] == "0"


@pytest.mark.parametrize(
    "statement",
    [
        "收费站排队车辆不超过10辆。",
        "Average queue length at the pharmacy stays below 6 people.",
        "候診時間不超過三十分鐘。",
    ],
)
def test_a_result_the_customer_experiences_is_observable(verdicts, statement: str) -> None:
    """A result the customer experiences (waiting time, queue length) is observable: S passes."""
    assert verdicts(statement)[0] == "1"


@pytest.mark.parametrize(
    "statement",
    [
        "5号柜台柜员双手递还证件。",
        "按照第2步的要求核对客户身份。",
        "Staff at desk 12 stamp every form.",
        "Gate 7 agents check boarding passes.",
        "３樓服務台人員協助旅客填單。",
    ],
)
def test_a_number_that_labels_is_not_a_quantity(verdicts, statement: str) -> None:
    """A number that labels rather than measures (第3步, 2号窗口, counter 5) is not a quantity."""
    assert verdicts(statement)[1] == "0"


@pytest.mark.parametrize(
    ("statement", "expected_a"),
    [
        ("取药等候时间不超过15分钟。", "1"),
        ("Check-in time under 3 minutes.", "1"),
        ("所有患者取药等候时间不超过15分钟。", "0"),
        ("每位旅客安检排队时间不超过10分钟。", "0"),
        ("All diners receive their food within 20 minutes.", "0"),
        ("Nurses answer every call bell within 3 minutes.", "1"),
        ("柜员在10秒内问候每一位客户。", "1"),
    ],
)
def test_a_target_on_an_experienced_result_is_the_norm_unless_universal(
    verdicts, statement: str, expected_a: str
) -> None:
    """No universal word: A passes; with 所有, 每位, every or all: A fails; every or all on a
    staff action with a time limit passes."""
    assert verdicts(statement)[2] == expected_a


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Cut average delivery time by 15%.", "01"),
        ("退货率下降2个百分点。", "01"),
        ("平均候診時間縮短20%。", "01"),
        ("Average delivery time is 45 minutes or less.", "11"),
        ("热线平均通话时长不超过180秒。", "11"),
    ],
)
def test_a_change_target_is_a_goal_and_a_level_is_observable(verdicts, statement: str, expected: str) -> None:
    """ "reduce average hold time by 20%", "投诉量下降 10%" → S fails, M passes; a level of a result
    ("average hold time ≤ 60 s") is observable: S passes."""
    assert verdicts(statement)[:2] == expected


@pytest.mark.parametrize(
    ("statement", "expected_t"),
    [
        ("送餐前核对订单。", "0"),
        ("Check tyre pressure before each journey.", "0"),
        ("出貨前確認包裝完整。", "0"),
        ("登机口在起飞前30分钟关闭。", "1"),
        ("Open the gate at least 45 minutes before departure.", "1"),
    ],
)
def test_before_an_event_needs_an_amount(verdicts, statement: str, expected_t: str) -> None:
    """ "Before"/"after" an event with no amount is an event trigger: T fails; with an amount T passes."""
    assert verdicts(statement)[3] == expected_t


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("窗口人员一次性告知客户所需材料。", "1010"),
        ("发现火情第一时间报警。", "-0-0"),
        ("Offer customers a one-stop service.", "-0-0"),
        ("提供一站式开户服务。", "-0-0"),
        ("安全员每月一次检查灭火器。", "1111"),
        ("Supervisors audit the cash drawer once per shift.", "1111"),
        ("督導每週一次抽查服務錄音。", "1111"),
    ],
)
def test_numerals_in_idioms_and_counts_with_frequencies(
    expect_verdicts, statement: str, expected: str
) -> None:
    """Numerals inside idioms are not quantities; a count with a frequency is both M and T."""
    expect_verdicts(statement, expected)


@pytest.mark.parametrize(
    ("statement", "expected_m", "expected_t"),
    [
        ("保洁员每小时巡查洗手间。", "0", "1"),
        ("保洁员每两小时巡查洗手间。", "1", "1"),
        ("Cleaners check the restrooms hourly.", "0", "1"),
        ("Porters check the lobby every two hours.", "1", "1"),
        ("回访客户中九成以上给予好评。", "1", "0"),
        ("八成来电在铃响三声内接听。", "1", "1"),
    ],
)
def test_sub_day_frequencies_and_cheng_percentages(
    verdicts, statement: str, expected_m: str, expected_t: str
) -> None:
    """每小时, 每两小时, hourly → T passes; M only with a number. 八成, 九成 are percentages."""
    got = verdicts(statement)
    assert (got[1], got[3]) == (expected_m, expected_t)


@pytest.mark.parametrize(
    "statement",
    [
        "好评率提升至98%。",
        "Increase the CSAT score to 4.6.",
        "Reduce lost-baggage reports to zero.",
        "客户满意度评分不低于4.8分。",
        "CSAT of 90% or higher.",
        "NPS ≥ 45.",
        "顧客滿意度調查分數達4.5分以上。",
    ],
)
def test_goal_levels_and_rating_levels_name_no_action(verdicts, statement: str) -> None:
    """A change verb with a target level is still a goal; a rating level alone names no action:
    S fails, M passes."""
    assert verdicts(statement)[:2] == "01"


@pytest.mark.parametrize(
    ("statement", "expected_t"),
    [
        ("消防设施每年检测。", "1"),
        ("Review the staff rota each shift.", "1"),
        ("夜班主管每班清點保險箱。", "1"),
        ("Audit the petty cash yearly.", "1"),
        ("每间客房配备两瓶饮用水。", "0"),
        ("Cabin crew count meals per flight.", "0"),
        ("Nurses record blood pressure at each visit.", "0"),
    ],
)
def test_calendar_units_are_frequencies_occasions_are_triggers(
    verdicts, statement: str, expected_t: str
) -> None:
    """每日, 每班, each shift, yearly: T passes; 每笔, per flight, per room, at each visit: T fails."""
    assert verdicts(statement)[3] == expected_t


@pytest.mark.parametrize(
    ("statement", "expected_a"),
    [
        ("坚决杜绝员工私下收取客户财物。", "1"),
        ("Never leave the cash drawer open.", "1"),
        ("确保营业期间不发生客户财物丢失。", "0"),
        ("No guest ever finds a dirty room.", "0"),
        ("確保全年不發生任何行車事故。", "0"),
    ],
)
def test_no_never_and_bans_are_not_counts(verdicts, statement: str, expected_a: str) -> None:
    """No, never, 不发生, 杜绝 are not counts (M fails); A fails when they promise an outcome
    rather than a staff action."""
    got = verdicts(statement)
    assert (got[1], got[2]) == ("0", expected_a)
