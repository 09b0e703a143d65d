"""Regression tests for what the fuzzing found in the foundation (and was fixed there)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from blueprint.cli import main


def _strict_json(text: str):
    def refuse(constant: str):
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("duration", ["9" * 400 + "s", "P" + "9" * 310 + "W", "99999999999999wd"])
def test_a_duration_too_long_to_be_a_number_is_bp001_not_infinity(tmp_path, duration):
    """A 400-digit duration was float infinity: `simulate --format json` printed Infinity and NaN."""
    path = tmp_path / "b.yaml"
    path.write_text(
        "blueprint: {id: b, title: B}\n"
        "steps:\n"
        f"  - {{id: a, lane: customer, name: A, evidence: [E], duration: '{duration}', next: b}}\n"
        "  - {id: b, lane: onstage, name: B, duration: 1m}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    validated = runner.invoke(main, ["validate", str(path), "--format", "json"], catch_exceptions=False)
    assert [(f["code"], f["line"]) for f in _strict_json(validated.stdout)["findings"]] == [("BP001", 3)]
    for command in (["simulate", str(path), "--runs", "50", "--format", "json"], ["stats", str(path), "--format", "json"]):
        result = runner.invoke(main, command, catch_exceptions=False)
        assert result.exit_code == 1
        _strict_json(result.stdout)
