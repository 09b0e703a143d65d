"""Accuracy on labelled statements: at least 95% per criterion (S, M, A, T)."""

from __future__ import annotations

import pytest

from standards.smart import analyse, detect_language

THRESHOLD = 0.95
LETTERS = ("S", "M", "A", "T")


def _accuracy(rows: list[dict], letter: str) -> float:
    right = sum(
        analyse(row["statement"], row.get("lang")).passed(letter) == row["expect"][letter] for row in rows
    )
    return right / len(rows)


@pytest.mark.parametrize("letter", LETTERS)
def test_public_sample_accuracy(sample_rows: list[dict], letter: str) -> None:
    assert _accuracy(sample_rows, letter) >= THRESHOLD


@pytest.mark.parametrize("letter", LETTERS)
def test_corpus_accuracy(corpus_rows: list[dict], letter: str) -> None:
    assert _accuracy(corpus_rows, letter) >= THRESHOLD


def test_labelled_statements_are_detected_in_their_language(
    sample_rows: list[dict], corpus_rows: list[dict]
) -> None:
    rows = sample_rows + corpus_rows
    wrong = [row["id"] for row in rows if detect_language(row["statement"]) != row["lang"]]
    assert wrong == []
