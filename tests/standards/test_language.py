"""Language detection and the lang / reason_lang options."""

from __future__ import annotations

import pytest

from standards.smart import LANGUAGES, analyse, detect_language


@pytest.mark.parametrize(
    ("statement", "language"),
    [
        ("柜员双手递送单据。", "zh-CN"),
        ("櫃員雙手遞送單據。", "zh-TW"),
        ("客訴受理後一小時內聯繫承辦人員。", "zh-TW"),
        ("客户到达时起身迎接。", "zh-CN"),
        ("Greet every customer within 10 seconds.", "en"),
        ("NPS ≥ 40", "en"),
        ("使用POS机刷卡后10秒内打印小票。", "zh-CN"),
        ("１５分钟内回电", "zh-CN"),
        ("起身迎接", "zh-CN"),  # no characteristic character: Simplified by default
    ],
)
def test_detect_language(statement: str, language: str) -> None:
    assert detect_language(statement) == language


def test_the_given_language_is_reported() -> None:
    assert analyse("Greet customers.", "en").lang == "en"
    assert analyse("起身迎接客户。", "zh-TW").lang == "zh-TW"
    assert analyse("起身迎接客户。").lang == "zh-CN"


def test_reasons_follow_the_statement_language_by_default() -> None:
    s = analyse("服務親切週到。").criteria["S"]
    assert s.verdict == "fail"
    assert "「" in s.reasons[0].text  # the zh-TW catalogue quotes with corner brackets


@pytest.mark.parametrize("reason_lang", LANGUAGES)
def test_reasons_in_any_language(reason_lang: str) -> None:
    from standards.smart.lexicon.messages import MESSAGES

    result = analyse("Be friendly.", reason_lang=reason_lang)
    reason = result.criteria["S"].reasons[0]
    templates = [entry["fix"] for entry in MESSAGES[reason_lang].values()]
    assert reason.fix in templates
    assert result.lang == "en"


@pytest.mark.parametrize("option", ["lang", "reason_lang"])
def test_an_unknown_language_is_refused(option: str) -> None:
    with pytest.raises(ValueError, match="zh-CN"):
        analyse("Greet customers.", **{option: "fr"})
