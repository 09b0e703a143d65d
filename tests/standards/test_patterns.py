"""Word-list regexes and English verb forms."""

from __future__ import annotations

import re

from standards.smart.patterns import alternation, english_verb_forms, english_words
from standards.smart.text import Text, normalise


def test_alternation_prefers_the_longest_word() -> None:
    pattern = re.compile(alternation(["工作", "工作日", "日"]))
    assert pattern.findall("三个工作日内") == ["工作日"]


def test_alternation_escapes_and_handles_empty_lists() -> None:
    assert re.fullmatch(alternation(["a.b", "c+"]), "a.b")
    assert re.fullmatch(alternation(["a.b", "c+"]), "axb") is None
    assert re.search(alternation([]), "anything") is None


def test_english_words_match_whole_words_and_any_spacing() -> None:
    pattern = re.compile(english_words(["call back", "log"]), re.IGNORECASE)
    assert [m.group() for m in pattern.finditer("Call  back; logs; log; blog")] == ["Call  back", "log"]


def test_english_verb_forms() -> None:
    forms = english_verb_forms(["greet", "reply", "log", "wear", "call back"], {"wear": ("wore", "worn")})
    assert {
        "greets",
        "greeted",
        "greeting",
        "replies",
        "replied",
        "logged",
        "logging",
        "worn",
        "calls back",
        "called back",
    } <= forms


def test_normalising_keeps_positions() -> None:
    statement = "櫃員於９：００前受理，ＡＢＣ　客訴"
    assert len(normalise(statement)) == len(statement)
    assert normalise(statement) == "柜员于9:00前受理,ABC 客诉"


def test_clauses() -> None:
    text = Text.of("客户到达时，起身迎接。Rate 4.5 or above; daily")
    assert text.same_clause(0, 4)
    assert not text.same_clause(0, 7)
    assert text.same_clause(text.norm.index("Rate"), text.norm.index("above"))  # 4.5 does not end a clause
