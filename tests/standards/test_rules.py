"""The rubric's main rules, letter by letter, on sentences not in any corpus."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("statement", "expected_s"),
    [
        ("柜员对客户要耐心细致。", "0"),  # attitude words only
        ("服務人員儀容整潔、態度親切。", "0"),
        ("Be courteous to every caller.", "0"),
        ("Staff should be knowledgeable.", "0"),
        ("Keep the lobby clean and tidy.", "0"),
        ("Smile.", "0"),  # fewer than two content words
        ("微笑。", "0"),
        ("提高服务效率。", "0"),  # goals only
        ("Improve the guest experience.", "0"),
        ("做好客户接待工作。", "0"),
        ("Provide excellent service at the front desk.", "0"),  # a weak verb with a quality
        ("柜员热情地双手递送单据。", "1"),  # a vague word beside an observable action
        ("Greet customers warmly.", "1"),
        ("客服人员通话中使用“请”“您”等礼貌用语。", "1"),  # quoted words are observable
        ("护士为病人更换床单。", "1"),
        ("老師每週批改學生作業。", "1"),  # a verb the lexicon may not list: no fault named
        ("Housekeepers leave two bottles of water per room.", "1"),
        ("Courteously redirect callers to the right department.", "1"),  # an adverb marks a verb
        ("志工耐心地為長者示範自助機操作。", "1"),
        ("Provide friendly service.", "0"),  # "friendly" is an adjective, not an adverb
        ("維修技師應以專業態度服務每位車主。", "0"),  # 维修 in 维修技师 is a noun
    ],
)
def test_specific(verdicts, statement: str, expected_s: str) -> None:
    assert verdicts(statement)[0] == expected_s


@pytest.mark.parametrize(
    ("statement", "expected_m"),
    [
        ("起身迎接客户。", "0"),  # observable but unquantified
        ("Escort elderly customers to the counter.", "0"),
        ("柜员每日核对现金不少于两次。", "1"),  # a count in Chinese numerals
        ("Offer at least two payment options.", "1"),
        ("大堂经理每日9:00前完成巡检。", "1"),  # a clock time
        ("Rate of sampled compliance ≥ 95%.", "1"),
        ("每桌配备一瓶洗手液。", "1"),  # 一 before a thing counts it
        ("為一位客戶辦理開戶。", "0"),  # 一位: "a customer", not a count
        ("Keep the temperature at 24 degrees.", "1"),
        ("Refund up to ¥200 on the spot.", "1"),
        ("营业时间内保证至少两个窗口开放。", "1"),  # 个 itself is the unit
    ],
)
def test_measurable(verdicts, statement: str, expected_m: str) -> None:
    assert verdicts(statement)[1] == expected_m


@pytest.mark.parametrize(
    ("statement", "expected_a"),
    [
        ("100%员工佩戴工牌上岗。", "1"),  # an absolute on staff's own behaviour
        ("Every teller greets every customer.", "1"),
        ("Answer 80% of calls within 20 seconds.", "1"),  # demanding but possible
        ("客户满意率达到100%。", "0"),
        ("确保零投诉。", "0"),
        ("1分钟内解决所有投诉。", "0"),  # impossible
        ("热线工单2秒内完成派单和处理。", "0"),
        ("Resolve every complaint instantly.", "0"),
        ("客户等候时间为0秒。", "0"),
        ("No passenger ever misses a connection.", "0"),
        ("Bus drivers wait at each stop until passengers are seated.", "1"),  # "each stop" is no one
        ("Log every complaint in the CRM.", "1"),  # every on a staff action
    ],
)
def test_achievable(verdicts, statement: str, expected_a: str) -> None:
    assert verdicts(statement)[2] == expected_a


@pytest.mark.parametrize(
    ("statement", "expected_t"),
    [
        ("客服专员受理后两个工作日内回电。", "1"),
        ("Reply to written complaints within 10 working days.", "1"),
        ("当天受理，当天办结。", "1"),
        ("次日12:00前寄出发票。", "1"),
        ("Balance the till by end of shift.", "1"),
        ("每周五下午5点前提交周报。", "1"),
        ("Deliver parcels between 9 am and 5 pm.", "1"),
        ("月底前完成对账。", "1"),
        ("Close the month's accounts by year-end.", "1"),
        ("等候时间不超过10分钟。", "1"),  # a duration target is a time limit
        ("客户到达时，保安人员主动开门。", "0"),  # an event trigger alone
        ("Each time a customer calls, confirm their identity.", "0"),
        ("营业前完成大厅环境清洁。", "0"),  # before an event, no amount
        ("Call the customer back as soon as possible.", "0"),
        ("定期检查消防器材。", "0"),  # "regularly" says no period
    ],
)
def test_time_bound(verdicts, statement: str, expected_t: str) -> None:
    assert verdicts(statement)[3] == expected_t


def test_relevance_is_unknown_as_bare_text() -> None:
    from standards.smart import analyse

    result = analyse("电话接通后15秒内问候客户")
    assert result.criteria["R"].verdict == "unknown"
    assert result.criteria["R"].reasons == []
