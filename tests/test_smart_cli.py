"""`blueprint smart`: verdicts on bare statements, in the cli.md JSON form."""

from __future__ import annotations

import json

from click.testing import CliRunner

from blueprint.cli import main


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, ["smart", *args], input=stdin)


def test_json_shape_follows_the_contract():
    result = run("电话接通后15秒内问候客户", "Be friendly", "--format", "json")
    assert result.exit_code == 0
    first, second = json.loads(result.output)
    assert first["statement"] == "电话接通后15秒内问候客户" and first["lang"] == "zh-CN"
    assert set(first["criteria"]) == {"S", "M", "A", "R", "T"}
    assert first["criteria"]["R"] == {"verdict": "unknown", "reasons": []}
    assert all(c["verdict"] == "pass" for k, c in first["criteria"].items() if k != "R")
    failed = second["criteria"]["S"]
    assert failed["verdict"] == "fail"
    assert set(failed["reasons"][0]) == {"text", "quote", "fix"}
    assert failed["reasons"][0]["quote"] in "Be friendly"


def test_statements_from_a_file_and_from_stdin(tmp_path):
    listing = tmp_path / "s.txt"
    listing.write_text("\ufeff每日巡厅不少于六次\n\n櫃員於 3 分鐘內完成開戶\n", encoding="utf-8")
    data = json.loads(run("--file", str(listing), "--format", "json").output)
    assert [d["lang"] for d in data] == ["zh-CN", "zh-TW"]
    piped = json.loads(run("--file", "-", "--format", "json", stdin="Reply within 2 working days\n").output)
    assert piped[0]["criteria"]["T"]["verdict"] == "pass"


def test_text_output_names_failures_and_strict_exits_1():
    result = run("服务热情")
    assert result.exit_code == 0
    assert "S ✗" in result.output and "热情" in result.output
    assert run("服务热情", "--strict").exit_code == 1
    assert run("Greet every customer within 10 seconds", "--strict").exit_code == 0


def test_usage_errors_exit_2(tmp_path):
    assert run().exit_code == 2
    assert run("--file", str(tmp_path / "absent.txt")).exit_code == 2
    (tmp_path / "gbk.txt").write_bytes("服务热情".encode("gb18030"))
    assert run("--file", str(tmp_path / "gbk.txt")).exit_code == 2
