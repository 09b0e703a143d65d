"""Reasons: every failure has one, it quotes the statement exactly and says how to fix it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standards.smart import analyse

FRAGMENTS = [
    "柜员",
    "客户到达时",
    "热情",
    "耐心",
    "起身迎接",
    "15秒内",
    "每日",
    "所有客户",
    "零差错",
    "提升满意度",
    "2号窗口",
    "一次性告知",
    "立即",
    "百分之百",
    "三个工作日内",
    "每笔业务",
    "杜绝",
    "等候时间不超过十分钟",
    "櫃員",
    "親切",
    "兩個工作天內",
    "客訴",
    "Greet",
    "every customer",
    "within 10 seconds",
    "friendly",
    "as soon as possible",
    "100%",
    "zero complaints",
    "improve satisfaction",
    "counter 5",
    "at all times",
    "daily",
    "before departure",
    "NPS ≥ 40",
    "，",
    "、",
    "。",
    " ",
    "and",
]


def assert_well_formed(statement: str) -> None:
    result = analyse(statement)
    assert result.statement == statement
    for letter, criterion in result.criteria.items():
        if criterion.verdict == "fail":
            assert criterion.reasons, f"{letter} fails without a reason"
        for reason in criterion.reasons:
            assert reason.quote in statement
            assert reason.quote or not statement  # only an empty statement quotes nothing
            assert reason.text and reason.fix
            assert reason.quote in reason.text


@pytest.mark.parametrize(
    ("statement", "letter", "quote"),
    [
        ("服务热情，态度耐心。", "S", "热情"),
        ("提升客户满意度，打造优质服务品牌。", "S", "提升客户满意度"),
        ("Provide excellent, professional service.", "S", "excellent"),
        ("Be friendly.", "S", "Be friendly"),
        ("２号窗口柜员双手递送单据。", "M", "２号窗口"),
        ("大堂经理为所有客户提供引导。", "M", "所有"),
        ("柜员每日核对现金，杜绝差错。", "M", "杜绝"),
        ("窗口人员一次性告知客户所需材料。", "M", "一次性"),
        ("起身迎接客户。", "M", "起身迎接客户"),
        ("柜员应做到１００％客户满意。", "A", "１００％客户满意"),
        ("确保零差错。", "A", "零差错"),
        ("10086热线坐席在来电接通后0秒内报出工号。", "A", "0秒"),
        ("Instantly resolve every complaint.", "A", "Instantly resolve"),
        ("客户进入网点时，大堂经理起身迎接。", "T", "客户进入网点时"),
        ("每笔业务办理完毕后提醒客户核对回单。", "T", "每笔业务办理完毕后"),
        (
            "After a complaint is recorded, call the customer back as soon as possible.",
            "T",
            "as soon as possible",
        ),
        ("Each time a customer calls, confirm their identity.", "T", "Each time a customer calls"),
        ("双手接递证件和单据。", "T", "双手接递证件和单据"),
    ],
)
def test_failures_quote_the_words_at_fault(statement: str, letter: str, quote: str) -> None:
    criterion = analyse(statement).criteria[letter]
    assert criterion.verdict == "fail"
    assert quote in [reason.quote for reason in criterion.reasons]


def test_labelled_statements_give_well_formed_reasons(
    sample_rows: list[dict], corpus_rows: list[dict]
) -> None:
    for row in sample_rows + corpus_rows:
        assert_well_formed(row["statement"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map("".join))
def test_any_statement_gives_well_formed_reasons(statement: str) -> None:
    assert_well_formed(statement)


@pytest.mark.parametrize("statement", ["一" * 2000, "1" * 2000, "每" * 1000 + "次", "all " * 700, "", "。"])
def test_degenerate_statements(statement: str) -> None:
    assert_well_formed(statement)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=60))
def test_arbitrary_text_never_breaks_the_analyser(statement: str) -> None:
    result = analyse(statement)
    assert set(result.criteria) == {"S", "M", "A", "R", "T"}
    for criterion in result.criteria.values():
        assert criterion.verdict != "fail" or criterion.reasons
        assert all(reason.quote in statement for reason in criterion.reasons)
