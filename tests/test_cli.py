"""The command line: exit codes, JSON shapes, one clear line for bad input, fast start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from blueprint.cli import main

ROOT = Path(__file__).resolve().parents[1]
CLEAN = ROOT / "tests" / "checks" / "clean.yaml"
CASES = ROOT / "tests" / "checks" / "cases"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and "0." in result.output


def test_validate_clean_file_exits_0():
    result = run("validate", str(CLEAN))
    assert result.exit_code == 0
    assert "0 error(s)" in result.output


def test_validate_text_lines_name_file_line_column_code():
    result = run("validate", str(CASES / "BP104.yaml"))
    assert result.exit_code == 1
    assert f"{CASES / 'BP104.yaml'}:7:5 BP104 " in result.output


def test_validate_json_shape():
    result = run("validate", "--format", "json", "--select", "BP", str(CASES / "BP101.yaml"), str(CLEAN))
    data = json.loads(result.output)
    assert data["version"] == 1
    assert [f["blueprint"] for f in data["files"]] == ["bp101", "clinic-checkin"]
    assert data["summary"] == {"error": 0, "warning": 1, "info": 0}
    (finding,) = data["findings"]
    assert set(finding) == {"code", "severity", "message", "path", "line", "column", "ref"}
    assert (finding["code"], finding["ref"], finding["line"]) == ("BP101", "steps.arrive", 5)
    assert result.exit_code == 0  # warnings only


def test_strict_turns_warnings_into_exit_1():
    assert run("validate", "--strict", str(CASES / "BP101.yaml")).exit_code == 1


def codes(*args: str) -> set[str]:
    return {f["code"] for f in json.loads(run("validate", "--format", "json", *args).output)["findings"]}


def test_select_and_ignore_take_codes_and_prefixes():
    path = str(CASES / "BP105.yaml")
    assert {"BP105", "SM-R"} <= codes(path)
    assert codes("--ignore", "BP1", "--ignore", "SM", path) == set()
    # the more specific selector wins, and ignore wins a tie
    assert codes("--ignore", "BP1", "--select", "BP105", path) == {"BP105"}
    assert codes("--select", "BP1", "--ignore", "BP1", path) == set()
    assert codes("--select", "SM-R,BP2", path) == {"SM-R"}


def test_unknown_selector_is_a_usage_error():
    result = run("validate", "--select", "XX9", str(CLEAN))
    assert result.exit_code == 2
    assert "XX9" in result.output


def test_one_broken_file_does_not_hide_others(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("blueprint: [\n", encoding="utf-8")
    result = run("validate", "--format", "json", "--select", "BP", str(broken), str(CASES / "BP101.yaml"))
    by_file = {(f["path"], f["code"]) for f in json.loads(result.output)["findings"]}
    assert by_file == {(str(broken), "BP001"), (str(CASES / "BP101.yaml"), "BP101")}
    assert result.exit_code == 1


def test_missing_file_and_folder_exit_2_with_one_line(tmp_path):
    for target in (tmp_path / "absent.yaml", tmp_path):
        result = subprocess.run(
            [sys.executable, "-m", "blueprint", "validate", str(target)], capture_output=True, text=True
        )
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert str(target) in result.stderr


def test_rules_lists_every_code_and_documents_one():
    listing = run("rules").output
    for code in ("BP001", "BP002", "BP104", "BP203"):
        assert code in listing
    detail = run("rules", "BP101").output
    assert "Why" in detail and "Fails" in detail
    data = json.loads(run("rules", "--format", "json", "BP2").output)
    assert [r["code"] for r in data] == ["BP201", "BP202", "BP203"]
    assert run("rules", "ZZ1").exit_code == 2


def test_schema_is_json_schema_that_knows_the_keys():
    data = json.loads(run("schema").output)
    assert data["$schema"].startswith("https://json-schema.org/")
    step = data["$defs"]["Step"]["properties"]
    assert {"id", "lane", "name", "next", "fail_points", "moment_of_truth"} <= set(step)


def test_export_refuses_to_write_over_its_input(tmp_path):
    source = tmp_path / "b.yaml"
    source.write_bytes(CLEAN.read_bytes())
    before = source.read_bytes()
    for spelling in (str(source), str(tmp_path / "." / "b.yaml")):
        result = run("export", str(source), "-o", spelling)
        assert result.exit_code == 2
    link = tmp_path / "link.yaml"
    link.symlink_to(source)
    assert run("export", str(source), "-o", str(link)).exit_code == 2
    assert source.read_bytes() == before


def test_export_of_invalid_file_prints_findings_and_exits_1(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("blueprint: {id: x}\n", encoding="utf-8")
    result = run("export", str(bad))
    assert result.exit_code == 1
    assert "BP001" in result.output


def test_init_creates_a_valid_blueprint_and_refuses_non_empty_folder(tmp_path):
    target = tmp_path / "new"
    result = run("init", str(target))
    assert result.exit_code == 0
    (created,) = list(target.iterdir())
    assert run("validate", "--strict", str(created)).exit_code == 0
    again = run("init", str(target))
    assert again.exit_code == 2 and "--force" in again.output
    assert run("init", str(target), "--force").exit_code == 2  # the same file would be overwritten
    assert run("init", str(target), "--template", "nope").exit_code == 2


def test_importing_the_cli_loads_no_heavy_library():
    code = (
        "import sys, blueprint.cli; heavy = {'networkx', 'graphviz', 'weasyprint', 'jinja2', 'numpy', 'pydantic', 'ruamel'};"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_no_traceback_for_any_bad_input_from_the_shell(tmp_path):
    cases = {
        "garbage.yaml": os.urandom(2048),
        "tags.yaml": b"blueprint: !!python/object/apply:os.system ['true']\n",
        "types.yaml": b"blueprint: {id: 1, title: [a], language: xx}\nsteps: 5\n",
        "empty.yaml": b"",
        "weird.txt": b"hello",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = subprocess.run(
            [sys.executable, "-m", "blueprint", "validate", str(path)], capture_output=True, text=True
        )
        assert "Traceback" not in result.stderr + result.stdout, name
        assert result.returncode in (1, 2), name


def test_init_list_needs_no_directory_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("init", "--list")
    assert result.exit_code == 0
    names = result.output.split()
    assert names[0] == "starter" and "hotline-complaint" in names and "bank-counter" in names
    assert list(tmp_path.iterdir()) == []
    missing = run("init")  # without --list, DIRECTORY is still required
    assert missing.exit_code == 2 and "Missing argument 'DIRECTORY'" in missing.output


def test_the_installed_program_is_run_and_importing_the_cli_keeps_the_collector_setting():
    from importlib.metadata import entry_points

    (script,) = [point for point in entry_points(group="console_scripts") if point.name == "blueprint"]
    assert script.value == "blueprint.cli:run"
    code = ("import gc; before = gc.get_threshold(); import blueprint.cli; assert gc.get_threshold() == before;"
            "import sys; sys.argv = ['blueprint', '--version'];\n"
            "try: blueprint.cli.run()\nexcept SystemExit: pass\n"
            "import os; print(gc.get_threshold()[0], os.environ.get('PYDANTIC_DISABLE_PLUGINS'))")
    environment = {key: value for key, value in os.environ.items() if key != "PYDANTIC_DISABLE_PLUGINS"}
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment)
    assert completed.stdout.split()[-2:] == ["100000", "__all__"]
    environment["PYDANTIC_DISABLE_PLUGINS"] = "logfire"  # the user's own choice is kept
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment)
    assert completed.stdout.split()[-1] == "logfire"
