"""Structured fields: a blueprint's target and compliance satisfy M, a duration target T."""

from __future__ import annotations

import pytest

from standards.smart import StructuredFields, analyse
from standards.smart.fields import target_reading

STATEMENT = "起身迎接客户。"  # observable, but no measure and no time


@pytest.mark.parametrize(
    ("target", "reading"),
    [
        ("<= 15s", (True, True)),
        ("< 2wd", (True, True)),
        ("<= 2wd", (True, True)),
        ("≤ 10分钟", (True, True)),
        ("三个工作日内", (True, True)),
        ("PT2M", (True, True)),
        ("95%", (True, False)),
        (">= 4.5", (True, False)),
        ("<= 3", (True, False)),
        ("", (False, False)),
        ("尽快", (False, False)),
    ],
)
def test_target_reading(target: str, reading: tuple[bool, bool]) -> None:
    assert target_reading(target) == reading


def test_a_duration_target_satisfies_m_and_t() -> None:
    result = analyse(STATEMENT, fields=StructuredFields(target="<= 15s"))
    assert (result.criteria["M"].verdict, result.criteria["T"].verdict) == ("pass", "pass")


def test_a_rate_target_satisfies_m_only() -> None:
    result = analyse(STATEMENT, fields=StructuredFields(target="95%"))
    assert (result.criteria["M"].verdict, result.criteria["T"].verdict) == ("pass", "fail")


def test_a_compliance_rate_satisfies_m() -> None:
    result = analyse(STATEMENT, fields=StructuredFields(compliance="95%", measure="录音抽检"))
    assert result.criteria["M"].verdict == "pass"


def test_without_fields_the_statement_alone_decides() -> None:
    result = analyse(STATEMENT, fields=StructuredFields(owner="客服班长", dimension="empathy"))
    assert (result.criteria["M"].verdict, result.criteria["T"].verdict) == ("fail", "fail")
    assert result.criteria["R"].verdict == "unknown"


def test_fields_are_frozen_and_optional() -> None:
    fields = StructuredFields()
    assert fields.target is None
    with pytest.raises(AttributeError):
        fields.target = "<= 15s"  # type: ignore[misc]
