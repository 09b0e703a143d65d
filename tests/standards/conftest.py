"""Fixtures for the SMART analyser tests: labelled statements and a verdict helper."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from standards.smart import analyse
from support import skip_or_fail

REPO = Path(__file__).parents[2]


def _shared_dir() -> Path:
    """shared/ beside the checkout (as in CI), else where BLUEPRINT_SHARED points."""
    beside = REPO.parent / "shared"
    if beside.is_dir() or "BLUEPRINT_SHARED" not in os.environ:
        return beside
    return Path(os.environ["BLUEPRINT_SHARED"])


def _load_labelled(path: Path) -> list[dict]:
    """Rows of a labelled jsonl file; the test is skipped when it is absent, and fails under CI."""
    if not path.exists():
        skip_or_fail(f"labelled statements not found: {path}")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def sample_rows() -> list[dict]:
    """The public sample: shared/corpus/smart-sample.jsonl."""
    return _load_labelled(_shared_dir() / "corpus" / "smart-sample.jsonl")


@pytest.fixture(scope="session")
def corpus_rows() -> list[dict]:
    """The labelled corpus: tests/data/smart-corpus.jsonl."""
    return _load_labelled(REPO / "tests" / "data" / "smart-corpus.jsonl")


def verdict_string(statement: str, **options) -> str:
    """The S, M, A, T verdicts as 1 (pass) and 0 (fail), e.g. "1101"."""
    result = analyse(statement, **options)
    return "".join("1" if result.passed(letter) else "0" for letter in "SMAT")


@pytest.fixture
def verdicts() -> Callable[..., str]:
    """verdicts(statement) -> "1101" (S, M, A, T)."""
    return verdict_string


@pytest.fixture
def expect_verdicts() -> Callable[[str, str], None]:
    """expect_verdicts(statement, "1-01"): '-' accepts either verdict."""

    def check(statement: str, expected: str) -> None:
        got = verdict_string(statement)
        assert all(want in ("-", have) for want, have in zip(expected, got, strict=True)), (
            f"{statement!r}: expected S M A T = {expected}, got {got}"
        )

    return check
