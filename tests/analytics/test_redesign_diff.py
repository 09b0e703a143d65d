"""`diff` on pairs where every change is known."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from blueprint.cli import main
from blueprint.diff import diff_documents, diff_paths
from blueprint.loaders import load
from blueprint.measures import blueprint_measures, numeric_measures

FIXTURES = Path(__file__).parent / "fixtures"
AS_IS, TO_BE = str(FIXTURES / "hall-as-is.yaml"), str(FIXTURES / "hall-to-be.yaml")


def hall_diff() -> dict:
    return diff_paths(AS_IS, TO_BE).result


def write(tmp_path: Path, name: str, document: dict) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    return str(path)


def test_hall_pair_steps_added_removed_and_changed():
    steps = hall_diff()["steps"]
    assert steps["added"] == ["log", "visit"]
    assert steps["removed"] == ["escalate", "queue-again"]
    changed = {change["id"]: change for change in steps["changed"]}
    assert set(changed) == {"arrive", "listen", "investigate", "decide", "confirm"}
    assert changed["arrive"]["fields"] == {
        "wait": [{"min": "5m", "likely": "20m", "max": "1h"}, {"min": "2m", "likely": "8m", "max": "30m"}],
    }
    assert changed["listen"]["fields"] == {"next": [["escalate"], ["log"]]}  # its F1 changed too: not here
    assert changed["investigate"]["fields"] == {"duration": ["2wd", "1wd"]}
    assert changed["decide"]["fields"] == {
        "lane": ["backstage", "onstage"],
        "actor": ["handler", "clerk"],
        "next": [["callback", "queue-again"], ["callback", "visit"]],
    }
    assert changed["confirm"]["fields"] == {"evidence": [["通话记录"], ["通话记录", "满意度短信"]], "emotion": [-1, 2]}
    assert {step_id: change["crossed_visibility"] for step_id, change in changed.items()} == {
        "arrive": False, "listen": False, "investigate": False, "decide": True, "confirm": False,
    }


def test_hall_pair_fail_points_and_standards():
    result = hall_diff()
    assert result["fail_points"] == {
        "added": [],
        "removed": [],
        "changed": [
            {"id": "F1", "fields": {"prevent": [None, "工单必填校验"]}},
            {"id": "F2", "fields": {"prevent": [None, "工单超时自动提醒"], "recover": [None, "主管当日督办"]}},
        ],
    }
    assert result["standards"]["added"] == ["S03", "S04"]
    assert result["standards"]["removed"] == []
    assert result["standards"]["changed"] == [{"id": "S02", "fields": {
        "statement": ["受理后 3 个工作日内电话告知处理结果", "受理后 1 个工作日内电话告知处理结果"],
        "target": ["<= 3wd", "<= 1wd"],
        "compliance": [0.9, 0.95],
    }}]


def test_hall_pair_header_and_measures():
    result = hall_diff()
    assert result["version"] == 1
    assert result["before"] == {"path": AS_IS, "blueprint": "hall-as-is"}
    assert result["after"] == {"path": TO_BE, "blueprint": "hall-to-be"}
    rows = {row["name"]: row for row in result["measures"]}
    # Counted by hand from the two fixtures.
    assert rows["contact_points"] == {"name": "contact_points", "before": 2, "after": 3, "change": 1}
    assert rows["handoffs"] == {"name": "handoffs", "before": 2, "after": 3, "change": 1}
    assert rows["visibility_crossings"] == {"name": "visibility_crossings", "before": 3, "after": 2, "change": -1}
    assert rows["fail_points.without_prevention"]["change"] == -2
    assert rows["steps.by_lane.support"] == {"name": "steps.by_lane.support", "before": 0, "after": 1, "change": 1}
    assert rows["divergence.paths"]["change"] == 1
    assert rows["emotion.end.value"] == {"name": "emotion.end.value", "before": -1, "after": 2, "change": 3}
    for row in result["measures"]:
        if row["before"] is not None and row["after"] is not None:
            assert row["change"] == row["after"] - row["before"]


def test_measures_list_every_number_stats_reports():
    before, after = load(AS_IS).document, load(TO_BE).document
    names = [row["name"] for row in hall_diff()["measures"]]
    assert len(names) == len(set(names))
    assert set(names) == set(numeric_measures(blueprint_measures(before))) | set(numeric_measures(blueprint_measures(after)))


def test_diff_of_a_file_with_itself_changes_nothing():
    document = load(AS_IS).document
    result = diff_documents(document, document, AS_IS, AS_IS)
    for kind in ("steps", "fail_points", "standards"):
        assert result[kind] == {"added": [], "removed": [], "changed": []}
    assert all(row["change"] == 0 for row in result["measures"] if row["change"] is not None)


def _pair(tmp_path, before_steps, after_steps, before_standards=(), after_standards=()):
    def document(steps, standards):
        return {"blueprint": {"id": "p", "title": "P"}, "steps": steps, "standards": list(standards)}

    return (
        write(tmp_path, "before.yaml", document(before_steps, before_standards)),
        write(tmp_path, "after.yaml", document(after_steps, after_standards)),
    )


def test_a_removed_fail_point_or_standard_does_not_mark_its_step_changed(tmp_path):
    call = {"id": "call", "lane": "customer", "name": "Call", "next": "greet"}
    greet = {"id": "greet", "lane": "onstage", "name": "Greet", "standards": ["S1"],
             "fail_points": [{"id": "F1", "what": "No answer"}]}
    before, after = _pair(
        tmp_path, [call, greet], [call, {"id": "greet", "lane": "onstage", "name": "Greet"}],
        [{"id": "S1", "statement": "Greet within 10 seconds"}], [],
    )
    result = diff_paths(before, after).result
    assert result["steps"] == {"added": [], "removed": [], "changed": []}
    assert result["fail_points"]["removed"] == ["F1"]
    assert result["standards"]["removed"] == ["S1"]


def test_next_is_compared_as_sorted_ids_and_moves_are_changes(tmp_path):
    # Same targets listed in another order: no change. F1 and S1 move from greet to help.
    steps = lambda order, fp_on, std_on: [
        {"id": "call", "lane": "customer", "name": "Call", "next": order},
        {"id": "greet", "lane": "onstage", "name": "Greet", "standards": ["S1"] if std_on == "greet" else [],
         "fail_points": [{"id": "F1", "what": "No answer"}] if fp_on == "greet" else []},
        {"id": "help", "lane": "backstage", "name": "Help", "standards": ["S1"] if std_on == "help" else [],
         "fail_points": [{"id": "F1", "what": "No answer"}] if fp_on == "help" else []},
    ]
    standards = [{"id": "S1", "statement": "Answer within 10 seconds"}]
    before, after = _pair(tmp_path, steps(["greet", "help"], "greet", "greet"), steps(["help", "greet"], "help", "help"), standards, standards)
    result = diff_paths(before, after).result
    assert result["steps"]["changed"] == []
    assert result["fail_points"]["changed"] == [{"id": "F1", "fields": {"step": ["greet", "help"]}}]
    assert result["standards"]["changed"] == [{"id": "S1", "fields": {"step": ["greet", "help"]}}]


def test_a_step_moved_below_the_line_is_called_out(tmp_path):
    call = {"id": "call", "lane": "customer", "name": "Call", "next": "check"}
    before, after = _pair(
        tmp_path,
        [call, {"id": "check", "lane": "onstage", "name": "Check", "duration": "2m"}],
        [call, {"id": "check", "lane": "support", "name": "Check", "duration": "30s"}],
    )
    (change,) = diff_paths(before, after).result["steps"]["changed"]
    assert change == {"id": "check", "fields": {"lane": ["onstage", "support"], "duration": ["2m", "30s"]}, "crossed_visibility": True}


def test_cli_diff_json_text_and_markdown(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["diff", AS_IS, TO_BE, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == hall_diff()
    text = runner.invoke(main, ["diff", AS_IS, TO_BE])
    assert text.exit_code == 0
    for name in ("系统建单并短信告知受理编号", "填写纸质投诉单转后台", "判断能否解决", "S03", "F2"):
        assert name in text.output
    out = tmp_path / "diff.md"
    markdown = runner.invoke(main, ["diff", AS_IS, TO_BE, "--format", "md", "--lang", "en", "-o", str(out)])
    assert markdown.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_cli_diff_refuses_to_write_over_an_input():
    result = CliRunner().invoke(main, ["diff", AS_IS, TO_BE, "-o", TO_BE])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_cli_diff_of_an_invalid_or_missing_file(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("blueprint: {id: x, title: X}\nsteps:\n  - {id: a, lane: customer, nmae: A}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", AS_IS, str(broken)])
    assert result.exit_code == 1
    assert "BP001" in result.output
    missing = CliRunner().invoke(main, ["diff", AS_IS, str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2
