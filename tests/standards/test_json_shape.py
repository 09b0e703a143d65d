"""SmartResult.to_json(): the object of `blueprint smart --format json` (cli.md)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from standards.smart import CriterionResult, Reason, SmartResult, analyse


def test_the_cli_example_round_trips() -> None:
    result = analyse("电话接通后15秒内问候客户")
    assert result.to_json() == {
        "statement": "电话接通后15秒内问候客户",
        "lang": "zh-CN",
        "criteria": {
            "S": {"verdict": "pass", "reasons": []},
            "M": {"verdict": "pass", "reasons": []},
            "A": {"verdict": "pass", "reasons": []},
            "R": {"verdict": "unknown", "reasons": []},
            "T": {"verdict": "pass", "reasons": []},
        },
    }


def test_reasons_are_text_quote_fix_objects() -> None:
    data = json.loads(json.dumps(analyse("Be friendly.").to_json(), ensure_ascii=False))
    assert list(data) == ["statement", "lang", "criteria"]
    assert list(data["criteria"]) == ["S", "M", "A", "R", "T"]
    for criterion in data["criteria"].values():
        assert set(criterion) == {"verdict", "reasons"}
        assert criterion["verdict"] in {"pass", "fail", "unknown"}
        for reason in criterion["reasons"]:
            assert list(reason) == ["text", "quote", "fix"]
            assert all(isinstance(value, str) for value in reason.values())
    assert data["criteria"]["S"]["verdict"] == "fail"


def test_results_are_frozen() -> None:
    result = analyse("Be friendly.")
    for value, field in (
        (result, "statement"),
        (result.criteria["S"], "verdict"),
        (result.criteria["S"].reasons[0], "quote"),
    ):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, field, "changed")
    assert isinstance(result, SmartResult)
    assert isinstance(result.criteria["S"], CriterionResult)
    assert isinstance(result.criteria["S"].reasons[0], Reason)
