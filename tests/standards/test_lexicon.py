"""The lexicon holds word lists of categories, not statements."""

from __future__ import annotations

import importlib
import pkgutil
import re

import standards.smart.lexicon as lexicon

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _word_lists():
    for module_info in pkgutil.iter_modules(lexicon.__path__):
        if module_info.name in ("messages", "hanzi"):
            continue
        module = importlib.import_module(f"{lexicon.__name__}.{module_info.name}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, tuple) and all(isinstance(item, str) for item in value):
                yield f"{module_info.name}.{name}", value


def test_entries_are_words_or_short_phrases() -> None:
    for name, words in _word_lists():
        for word in words:
            assert word == word.strip() and word, (name, word)
            if _CJK.search(word):
                assert len(word) <= 6, (name, word)
            else:
                assert len(word.split()) <= 5, (name, word)


def test_chinese_entries_are_simplified() -> None:
    from standards.smart.text import normalise

    for name, words in _word_lists():
        for word in words:
            assert normalise(word) == word, (name, word)


def test_english_entries_are_lower_case() -> None:
    for name, words in _word_lists():
        for word in words:
            if not _CJK.search(word) and word.isascii() and name != "units.COMPARATORS_SYMBOLS":
                assert word == word.lower() or word in ("dB",), (name, word)


def test_no_sample_statement_is_in_the_lexicon(sample_rows: list[dict]) -> None:
    from standards.smart.text import normalise

    statements = [normalise(row["statement"]).rstrip("。.") for row in sample_rows]
    for name, words in _word_lists():
        assert not set(words) & set(statements), name
