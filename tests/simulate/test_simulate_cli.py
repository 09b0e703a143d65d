"""`blueprint simulate`: exit codes, the JSON contract of cli.md, seeds, languages, formats."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from blueprint.cli import main
from blueprint.i18n import t

FIXTURES = Path(__file__).parent / "fixtures"
STARTER = str(Path(__file__).parents[2] / "templates" / "init" / "starter.yaml")

GOOD = """
blueprint: {id: hall, title: 营业厅投诉, language: zh-CN}
steps:
  - {id: arrive, lane: customer, name: 到厅投诉, evidence: [叫号单], next: receive}
  - id: receive
    lane: onstage
    name: 受理投诉并登记
    wait: {min: 1m, likely: 5m, max: 20m}
    duration: {min: 2m, likely: 4m, max: 10m}
    fail_points:
      - {id: F2, what: 漏登客户联系方式, prevent: 工单必填校验, recover: 班长当日回拨补录, likelihood: 0.05, delay: {min: 10m, likely: 30m, max: 2h}}
    next:
      - {to: resolve-now, when: 可当场解决, probability: 0.6}
      - {to: dispatch, when: 需后台处理, probability: 0.4}
  - {id: resolve-now, lane: onstage, name: 当场解决, duration: 10m, next: reply}
  - {id: dispatch, lane: backstage, name: 后台处理, duration: {min: 2h, likely: 6h, max: 20h}, next: reply}
  - {id: reply, lane: onstage, name: 书面答复客户, duration: 15m, next: done}
  - {id: done, lane: customer, name: 收到答复, evidence: [答复函]}
standards:
  - id: S07
    statement: 受理后 2 个工作日内书面答复客户
    step: reply
    target: "<= 2wd"
    compliance: 95%
    span: {from: receive, to: reply}
  - {id: S08, statement: 受理后 1 小时内书面答复客户, step: reply, target: "<= 1h", compliance: 95%, span: {from: receive, to: reply}}
"""


def invoke(*args):
    return CliRunner().invoke(main, ["simulate", *args])


@pytest.fixture
def good(write_blueprint):
    return write_blueprint(GOOD, "hall.yaml")


def test_json_follows_the_contract(good):
    result = invoke(good, "--format", "json", "--runs", "2000", "--seed", "7")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"version", "path", "blueprint", "runs", "seed", "end_to_end", "by_end", "standards", "contributors",
            "assumptions", "findings"} <= set(data)
    assert (data["version"], data["path"], data["blueprint"], data["runs"], data["seed"]) == (1, good, "hall", 2000, 7)
    assert set(data["end_to_end"]) == {"mean", "p50", "p90", "p95", "max"}
    assert [end["step"] for end in data["by_end"]] == ["done"]
    assert {"step", "share", "mean", "p50", "p90", "p95", "max"} <= set(data["by_end"][0])
    s07, s08 = data["standards"]
    assert {"id", "target", "compliance", "cases", "met", "ci95", "short"} <= set(s07)
    assert (s07["id"], s07["target"], s07["compliance"], s07["cases"], s07["short"]) == ("S07", "<= 2wd", 0.95, 2000, False)
    assert s07["ci95"][0] <= s07["met"] <= s07["ci95"][1]
    assert s08["short"] is True
    assert [(f["code"], f["ref"]) for f in data["findings"]] == [("BP301", "standards.S08")]
    assert {"code", "severity", "message", "path", "line", "column", "ref"} == set(data["findings"][0])
    assert data["contributors"][0]["step"] == "dispatch"
    assert {"step", "mean", "share"} <= set(data["contributors"][0])
    assert isinstance(data["assumptions"], list) and data["assumptions"]


def test_bp301_exits_0_and_1_with_strict(good):
    assert invoke(good, "--runs", "500").exit_code == 0
    assert invoke(good, "--runs", "500", "--strict").exit_code == 1


def test_strict_exits_0_when_every_standard_is_kept(write_blueprint):
    kept = write_blueprint(GOOD.split("  - {id: S08")[0], "kept.yaml")
    assert invoke(kept, "--runs", "500", "--strict").exit_code == 0


def test_a_blueprint_with_errors_is_printed_and_exits_1():
    result = invoke(str(FIXTURES / "bad_analysis.yaml"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert re.search(r"bad_analysis\.yaml:15:5 BP008", result.output)
    data = json.loads(invoke(str(FIXTURES / "bad_analysis.yaml"), "--format", "json").output)
    assert data["end_to_end"] is None and data["standards"] == []
    assert {f["code"] for f in data["findings"]} == {"BP008", "BP003"}


def test_unreadable_input_is_a_usage_error(tmp_path):
    result = invoke(str(tmp_path / "missing.yaml"))
    assert result.exit_code == 2
    assert invoke(STARTER, "--runs", "0").exit_code == 2


def test_a_file_that_is_not_a_blueprint_exits_1(write_blueprint):
    result = invoke(write_blueprint("steps: [1, 2\n", "broken.yaml"))
    assert result.exit_code == 1 and "BP001" in result.output and "Traceback" not in result.output


def test_same_seed_same_output_and_another_seed_other_samples(good):
    first = invoke(good, "--format", "json", "--runs", "3000", "--seed", "11").output
    again = invoke(good, "--format", "json", "--runs", "3000", "--seed", "11").output
    other = invoke(good, "--format", "json", "--runs", "3000", "--seed", "12").output
    assert first == again
    assert json.loads(first)["end_to_end"] != json.loads(other)["end_to_end"]


def test_same_seed_same_samples_in_the_api(good):
    from blueprint.simulate import simulate_file

    one = simulate_file(good, 2000, 3).simulation.end_to_end_times
    two = simulate_file(good, 2000, 3).simulation.end_to_end_times
    three = simulate_file(good, 2000, 4).simulation.end_to_end_times
    assert (one == two).all()
    assert not (one == three).all()


def test_text_reads_in_the_blueprints_language_and_can_be_switched(good):
    chinese = invoke(good, "--runs", "1000").output
    assert "S07 受理后 2 个工作日内书面答复客户" in chinese
    assert t("simulate.kept", "zh-CN") in chinese and t("simulate.short", "zh-CN") in chinese
    english = invoke(good, "--runs", "1000", "--lang", "en").output
    assert t("simulate.kept", "en") in english
    traditional = invoke(good, "--runs", "1000", "--lang", "zh-TW").output
    assert t("simulate.kept", "zh-TW") in traditional


def test_markdown_has_the_tables(good):
    result = invoke(good, "--runs", "1000", "--format", "md", "--lang", "en")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("# ")
    assert any(line.startswith("| S07 |") for line in lines)
    assert any(line.startswith("| S08 |") for line in lines)


def test_markdown_report_escapes_user_text(tmp_path):
    source = tmp_path / "b.yaml"
    source.write_text(
        "blueprint: {id: md, title: 'A|B *C* <D>', language: en}\n"
        "steps:\n  - {id: a, lane: customer, name: A, evidence: [E], duration: 1m}\n",
        encoding="utf-8",
    )
    result = invoke(str(source), "--runs", "100", "--format", "md")
    assert "A\\|B \\*C\\* &lt;D&gt;" in result.output
    assert "<D>" not in result.output


def test_every_language_has_every_simulate_key_with_the_same_placeholders():
    from ruamel.yaml import YAML

    from blueprint.i18n import _flatten

    folder = Path(__file__).parents[2] / "blueprint" / "i18n" / "simulate"
    yaml = YAML(typ="safe")
    keys = {lang: dict(_flatten(yaml.load((folder / f"{lang}.yaml").read_text(encoding="utf-8")))) for lang in ("en", "zh-CN", "zh-TW")}
    for lang in ("zh-CN", "zh-TW"):
        assert set(keys[lang]) == set(keys["en"]), lang
        for key, text in keys["en"].items():
            assert set(re.findall(r"\{(\w+)\}", keys[lang][key])) == set(re.findall(r"\{(\w+)\}", text)), (lang, key)


def test_importing_the_cli_does_not_load_numpy():
    code = "import sys, blueprint.cli; sys.exit(1 if 'numpy' in sys.modules or 'networkx' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_rules_documents_bp008_and_bp301():
    result = CliRunner().invoke(main, ["rules", "BP301"])
    assert result.exit_code == 0 and result.output.startswith("BP301 (warning)")
    assert CliRunner().invoke(main, ["rules", "BP008"]).output.startswith("BP008 (error)")
