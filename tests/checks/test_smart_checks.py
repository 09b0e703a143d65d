"""SMART findings in a blueprint: the text criteria, plus what only the blueprint can tell."""

from __future__ import annotations

from pathlib import Path

from blueprint.loaders import load
from blueprint.validation import check_loaded

CASE = Path(__file__).parent / "cases" / "SM.yaml"


def _findings():
    return check_loaded(load(str(CASE)), {"SM-S", "SM-M", "SM-A", "SM-R", "SM-T"})


def test_too_fast_target_is_reported_at_the_target_line():
    (too_fast,) = [f for f in _findings() if f.ref == "standards.S3.target"]
    assert too_fast.code == "SM-A" and too_fast.line == 26
    assert "2h" in too_fast.message  # the fastest the step can be done


def test_standard_on_a_step_with_a_fail_point_needs_no_dimension():
    assert not [f for f in _findings() if f.ref.startswith("standards.S8")]


def test_reasons_are_in_the_blueprint_language():
    vague = [f for f in _findings() if f.code == "SM-S"]
    assert vague and all("热情" in f.message or "耐心" in f.message for f in vague)
