"""Word-list regexes and English verb forms."""

from __future__ import annotations

import re

from standards.smart.patterns import alternation, english_verb_forms, english_words, regex
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


def test_regex_builds_and_compiles_on_first_use_only() -> None:
    builds = []

    def build() -> str:
        builds.append(1)
        return alternation(["call back", "call"], space=r"\s+")

    pattern = regex(build, re.IGNORECASE)
    assert builds == []  # defining a pattern costs nothing
    assert pattern.search("Please CALL  back").group() == "CALL  back"
    assert [m.group() for m in pattern.finditer("call, call back")] == ["call", "call back"]
    assert builds == [1]  # built once, then reused
    assert pattern.flags & re.ASCII and pattern.flags & re.IGNORECASE


def test_alternation_matches_the_longest_word_like_a_plain_alternation() -> None:
    # the trie (with its character classes and chains) against the plain longest-first list
    words = ["ab", "abc", "abd", "b", "c", "d", "bcd", "a b", "x", "xy", "xyz", "工作", "工作日", "日"]
    trie = re.compile(alternation(words))
    plain = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    for text in ("abcd abd a b xyzzy xy 三个工作日内 ab c", "bcdabdxyabc", "a  b"):
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_alternation_keeps_the_order_of_branches_that_differ_only_in_case() -> None:
    # under IGNORECASE "Ab" and "a" both match at "ab": the sorted order decides, as it always did
    # (the one-letter word "a" must not move in front as a character class)
    pattern = re.compile(alternation(["Ab", "a"]), re.IGNORECASE)
    assert pattern.match("ab").group() == "ab"
