"""`blueprint stats`: the JSON contract, several files, text and Markdown, bad input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from blueprint.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
REPAIR, TIES = str(FIXTURES / "measures-repair.yaml"), str(FIXTURES / "measures-peak-ties.yaml")


def test_stats_json_has_the_contract_shape_for_every_file():
    result = CliRunner().invoke(main, ["stats", REPAIR, TIES, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["version"] == 1
    assert [entry["path"] for entry in data["blueprints"]] == [REPAIR, TIES]
    repair = data["blueprints"][0]
    assert repair["blueprint"] == "repair"
    for key in ("steps", "complexity", "divergence", "contact_points", "moments_of_truth", "handoffs",
                "visibility_crossings", "fail_points", "standards", "emotion"):
        assert key in repair
    assert set(repair["emotion"]) >= {"peak", "end", "negative_end", "worst_without_standard"}
    assert repair["divergence"] == {"decisions": 2, "branches": 4, "paths": 2}  # no paths_capped below the cap


def test_stats_text_and_markdown_name_the_steps():
    runner = CliRunner()
    text = runner.invoke(main, ["stats", REPAIR])
    assert text.exit_code == 0
    assert "Wait at home" in text.output and "Use the service again" in text.output
    markdown = runner.invoke(main, ["stats", REPAIR, TIES, "--format", "md"])
    assert markdown.exit_code == 0
    table = [line for line in markdown.output.splitlines() if line.startswith("|")]
    assert table[0].count("|") == 4  # measure, then one column per blueprint


def test_stats_language_option():
    zh = CliRunner().invoke(main, ["stats", REPAIR, "--lang", "zh-CN"])
    en = CliRunner().invoke(main, ["stats", REPAIR])
    assert zh.exit_code == en.exit_code == 0
    assert zh.output != en.output


def test_stats_reports_a_broken_file_and_measures_the_others(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("blueprint: {id: x, title: X}\nsteps: [{id: a, lane: customer, nmae: A}]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["stats", str(broken), REPAIR, "--format", "json"])
    assert result.exit_code == 1
    assert "BP001" in result.output
    missing = CliRunner().invoke(main, ["stats", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2
    assert "Traceback" not in missing.output


def test_stats_writes_a_report_file(tmp_path):
    out = tmp_path / "stats.md"
    result = CliRunner().invoke(main, ["stats", REPAIR, "--format", "md", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# ")
