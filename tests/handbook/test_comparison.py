"""The comparison chapter (`manual --against BEFORE`) on a pair whose every change is known.

counter-complaint-before.yaml documents the changes: steps `listen` added, `queue` removed,
`resolve-now` moved backstage → onstage and `greet` renamed; fail points F1 and F3 added, F9
removed, F2 changed; standards S02 added, S09 removed, S01 changed.
"""

from __future__ import annotations

import pytest

from blueprint.loaders import load
from handbook_helpers import FIXTURES
from standards.handbook.comparison import comparison_from_diff, format_value
from standards.handbook.parts import DiagramView, Source
from standards.handbook.view import build_handbook

AFTER = FIXTURES / "counter-complaint.yaml"
BEFORE = FIXTURES / "counter-complaint-before.yaml"


@pytest.fixture(scope="module")
def comparison():
    handbook = build_handbook([Source(str(AFTER), load(str(AFTER)).document)],
                              against=Source(str(BEFORE), load(str(BEFORE)).document), diagrams="none")
    return handbook.comparison


def _section(comparison, key):
    return next(section for section in comparison.sections if section.key == key)


def test_steps_added_removed_changed(comparison):
    steps = _section(comparison, "steps")
    assert [item for item, _ in steps.added] == ["listen"]
    assert steps.added[0][1] == "倾听投诉并复述确认"
    assert [item for item, _ in steps.removed] == ["queue"]
    assert steps.removed[0][1] == "排队等候叫号"
    changed = {item.id: item for item in steps.changed}
    assert changed["resolve-now"].crossed_visibility is True
    lane = next(field for field in changed["resolve-now"].fields if field[0] == "泳道")
    assert lane[1:] == ("后台", "前台")  # lane labels, not ids
    assert changed["greet"].crossed_visibility is False
    name = next(field for field in changed["greet"].fields if field[0] == "名称")
    assert name[1:] == ("叫号并受理", "迎接客户并引导到投诉专席")


def test_fail_points_and_standards(comparison):
    fail_points = _section(comparison, "fail_points")
    assert sorted(item for item, _ in fail_points.added) == ["F1", "F3"]
    assert [item for item, _ in fail_points.removed] == ["F9"]
    assert [item.id for item in fail_points.changed] == ["F2"]
    standards = _section(comparison, "standards")
    assert [item for item, _ in standards.added] == ["S02"]
    assert [item for item, _ in standards.removed] == ["S09"]
    s01 = next(item for item in standards.changed if item.id == "S01")
    assert ("目标值", "<= 30s", "<= 10s") in s01.fields


def test_every_measure_side_by_side(comparison):
    from blueprint.diff import diff_documents

    before, after = load(str(BEFORE)).document, load(str(AFTER)).document
    expected = diff_documents(before, after, str(BEFORE), str(AFTER))["measures"]
    assert len(comparison.measures) == len(expected)
    steps_total = next(row for row, source in zip(comparison.measures, expected) if source["name"] == "steps.total")
    assert (steps_total.before, steps_total.after, steps_total.change) == ("8", "8", "0")


def test_values_read_as_written():
    assert format_value({"min": "1m", "likely": "4m", "max": "15m"}, "en") == "1m–15m (likely 4m)"
    assert format_value(["叫号屏", "排队小票"], "zh-CN") == "叫号屏、排队小票"
    assert format_value(None, "zh-TW") == "（無）"
    assert format_value(True, "en") == "✓"


def test_chapter_in_each_format(tmp_path):
    from standards.handbook.manual import write_manual

    for suffix in ("html", "md"):
        out = write_manual([str(AFTER)], tmp_path / f"cmp.{suffix}", against=str(BEFORE)).output.read_text(encoding="utf-8")
        assert "优化前后对比" in out and "跨越了可视分界线" in out
        assert "排队等候叫号" in out  # a removed step is named


def test_without_the_diff_engine_the_chapter_says_so(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_diff(name, *args, **kwargs):
        if name == "blueprint.diff":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_diff)
    handbook = build_handbook([Source(str(AFTER), load(str(AFTER)).document)],
                              against=Source(str(BEFORE), load(str(BEFORE)).document), diagrams="none")
    assert handbook.comparison.sections == [] and "blueprint.diff" in handbook.comparison.note


def test_layout_of_an_empty_diff():
    before = load(str(BEFORE)).document
    view = comparison_from_diff({"steps": {}, "fail_points": {}, "standards": {}, "measures": []}, before, before,
                                "en", anchor="bp9", diagram=DiagramView())
    assert all(section.empty for section in view.sections) and view.measures == []


def test_a_field_that_changed_shape_prints():
    """A range on one side and a single value on the other (a known diff text-format trap)."""
    before = load(str(BEFORE)).document
    diff = {"steps": {}, "standards": {}, "measures": [],
            "fail_points": {"changed": [{"id": "F2", "fields": {"delay": ["30s", {"min": "1m", "max": "2m"}],
                                                             "span": [{"from": "a", "to": "b"}, "wait"]}}]}}
    view = comparison_from_diff(diff, before, before, "en", anchor="bp9", diagram=DiagramView())
    fields = _section(view, "fail_points").changed[0].fields
    assert ("delay", "30s", "1m–2m") in fields
    assert ("span", "from: a, to: b", "wait") in fields
