"""The reason catalogue: every key in every language, with the same placeholders."""

from __future__ import annotations

import string

from standards.smart import LANGUAGES
from standards.smart.lexicon.messages import MESSAGES


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_every_language_has_every_key() -> None:
    reference = set(MESSAGES["en"])
    assert set(MESSAGES) == set(LANGUAGES)
    for language in LANGUAGES:
        assert set(MESSAGES[language]) == reference, language


def test_every_entry_has_text_and_fix_with_the_same_placeholders() -> None:
    for key, entry in MESSAGES["en"].items():
        for language in LANGUAGES:
            translated = MESSAGES[language][key]
            assert set(translated) == {"text", "fix"}
            for part in ("text", "fix"):
                assert translated[part].strip()
                assert _placeholders(translated[part]) == _placeholders(entry[part]), (language, key, part)


def test_translations_are_not_copies_of_english() -> None:
    for language in ("zh-CN", "zh-TW"):
        for key, entry in MESSAGES[language].items():
            assert entry["text"] != MESSAGES["en"][key]["text"]
    assert MESSAGES["zh-CN"]["S.vague"]["text"] != MESSAGES["zh-TW"]["S.vague"]["text"]


def test_every_reason_the_criteria_give_is_in_the_catalogue() -> None:
    import re
    from pathlib import Path

    import standards.smart.criteria as criteria

    source = Path(criteria.__file__).read_text(encoding="utf-8")
    used = set(re.findall(r'"([SMAT]\.[a-z_]+)"', source))
    used |= {f"A.{kind}" for kind in ("impossible_time", "impossible_speed")}
    assert used <= set(MESSAGES["en"])
