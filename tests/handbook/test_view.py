"""The handbook view: what each chapter holds, grouped and labelled as issue 6 asks."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from blueprint.i18n import catalogue
from blueprint.loaders import load
from handbook_helpers import FIXTURES, write_blueprint
from standards.handbook.parts import GLOSSARY_KEYS, Source, format_date
from standards.handbook.view import build_handbook


def source(name: str) -> Source:
    path = FIXTURES / name
    return Source(str(path), load(str(path)).document)


@pytest.fixture(scope="module")
def complaint():
    return build_handbook([source("counter-complaint.yaml")], diagrams="none", date=dt.date(2025, 3, 9))


def test_cover_defaults_come_from_the_blueprint(complaint):
    assert complaint.title == "营业厅柜台投诉受理"
    assert complaint.organisation == "客户服务部"
    assert complaint.versions == [("营业厅柜台投诉受理", "3.1")]
    assert complaint.date == "2025年3月9日"


def test_cover_options_win():
    handbook = build_handbook([source("counter-complaint.yaml"), source("hotel-checkin.yaml")], title="手册",
                              organisation="某公司", diagrams="none")
    assert (handbook.title, handbook.organisation) == ("手册", "某公司")
    assert [version for _, version in handbook.versions] == ["3.1", "1.0"]


def test_title_of_several_blueprints_is_the_handbook_title():
    handbook = build_handbook([source("hotel-checkin.yaml"), source("counter-complaint.yaml")], diagrams="none")
    assert handbook.title == "Service standards handbook"


def test_standards_grouped_by_contact_point_each_once(complaint):
    chapter = complaint.chapters[0]
    groups = [(group.step_id, group.contact_point, [view.id for view in group.standards]) for group in chapter.standard_groups]
    assert groups == [
        ("greet", True, ["S01"]),      # listed in the step's `standards`
        ("listen", False, ["S02"]),    # named by the standard's `step`; no flow to a customer step
        ("dispatch", True, ["S03"]),   # a support step with `contact` that leads to a customer step
        (None, False, ["S04"]),        # attached to no step: still printed, in a group of its own
    ]


def test_standard_fields(complaint):
    s01 = complaint.chapters[0].standard_groups[0].standards[0]
    assert (s01.dimension, s01.metric, s01.target, s01.compliance, s01.measure, s01.owner) == (
        "响应性", "进厅至迎接时长", "≤ 10s", "95%", "神秘顾客每月 4 次", "营业厅值班经理")
    assert s01.say == ["您好，请问有什么可以帮您？", "请这边坐"] and s01.avoid == ["等一下", "这不归我管"]


def test_step_table(complaint):
    rows = {row.id: row for row in complaint.chapters[0].steps}
    assert [row.number for row in rows.values()] == list(range(1, 9))
    assert rows["arrive"].lane == "到厅投诉客户"  # the blueprint's own lane name
    assert rows["listen"].lane == "前台" and rows["listen"].actor == "柜台营业员"
    assert rows["arrive"].time == [("等候 1m–15m", "最可能 4m")]
    assert rows["resolve-now"].time == [("2m–8m", "")]
    assert rows["arrive"].evidence == ["营业厅门头", "取号机", "排队小票"]
    assert [kind for kind, _ in rows["greet"].marks] == ["mot", "contact"]
    assert [kind for kind, _ in rows["decide"].marks] == ["decision"]
    assert rows["log"].fail_point_ids == ["F2"]


def test_fail_points_and_checklist(complaint):
    chapter = complaint.chapters[0]
    assert [(row.id, row.step_name) for row in chapter.fail_points] == [
        ("F1", "倾听投诉并复述确认"), ("F2", "创建投诉工单"), ("F3", "派单给装维班组并短信告知客户上门时间")]
    assert chapter.fail_points[1].recover == "班长每小时巡检未派单工单并人工改派"
    assert [row.id for row in chapter.checklist] == ["S01", "S02", "S03", "S04"]
    assert chapter.checklist[0].details == ["迎接客户并引导到投诉专席", "神秘顾客每月 4 次", "≤ 10s · 95%"]


def test_relevant_judged_against_the_blueprint(complaint):
    verdicts = {row.id: {v.letter: v.verdict for v in row.verdicts} for row in complaint.chapters[0].smart}
    assert verdicts["S01"]["R"] == "pass"  # a step and a dimension
    assert verdicts["S03"]["R"] == "pass"  # no dimension, but its step has a fail point
    assert verdicts["S04"]["R"] == "fail"  # attached to no step


def test_relevant_fails_on_a_step_without_dimension_or_fail_point(tmp_path):
    path = write_blueprint(tmp_path / "r.yaml", {
        "blueprint": {"id": "r", "title": "R", "language": "en"},
        "steps": [{"id": "a", "lane": "customer", "name": "Ask", "next": "b"},
                  {"id": "b", "lane": "onstage", "name": "Answer"}],
        "standards": [{"id": "S1", "statement": "Answer within 2 minutes", "step": "b"}],
    })
    handbook = build_handbook([Source(str(path), load(str(path)).document)], diagrams="none")
    row = handbook.chapters[0].smart[0]
    relevant = next(v for v in row.verdicts if v.letter == "R")
    assert relevant.verdict == "fail" and relevant.reasons


def test_smart_verdicts_come_from_the_analyser(complaint):
    rows = {row.id: {v.letter: v.verdict for v in row.verdicts} for row in complaint.chapters[0].smart}
    assert rows["S01"] == {"S": "pass", "M": "pass", "A": "pass", "R": "pass", "T": "pass"}
    # "每班交接时检查……是否齐全": a frequency but no quantity and no target
    assert rows["S04"]["M"] == "fail" and rows["S04"]["T"] == "pass"
    s04 = next(row for row in complaint.chapters[0].smart if row.id == "S04")
    assert any(letter == "M" for letter, _ in s04.reasons)


@pytest.mark.parametrize(("lang", "title", "checklist"), [
    ("en", "Service standards", "Audit checklist"),
    ("zh-CN", "服务标准", "稽核检查表"),
    ("zh-TW", "服務標準", "稽核檢查表"),
])
def test_labels_in_each_language(lang, title, checklist):
    handbook = build_handbook([source("counter-complaint.yaml")], lang=lang, diagrams="none")
    assert handbook.lang == lang
    assert handbook.t("standards.title") == title and handbook.t("checklist.title") == checklist


def test_language_defaults_to_the_first_blueprint():
    assert build_handbook([source("bank-counter-tw.yaml")], diagrams="none").lang == "zh-TW"
    assert build_handbook([source("hotel-checkin.yaml")], diagrams="none").lang == "en"


def test_glossary_in_each_language_with_the_other_names():
    for lang in ("en", "zh-CN", "zh-TW"):
        glossary = build_handbook([source("hotel-checkin.yaml")], lang=lang, diagrams="none").glossary
        assert len(glossary) == len(GLOSSARY_KEYS)
        assert all(entry.term and entry.definition for entry in glossary)
    english = build_handbook([source("hotel-checkin.yaml")], diagrams="none").glossary
    fail_point = next(entry for entry in english if entry.term.startswith("Fail point"))
    assert fail_point.other_names == [("zh-CN", "失误点（F）"), ("zh-TW", "失誤點（F）")]


def test_every_language_has_every_handbook_key_with_the_same_placeholders():
    reference = {key: value for key, value in catalogue("en").items() if key.startswith("handbook.")}
    for lang in ("zh-CN", "zh-TW"):
        other = {key: value for key, value in catalogue(lang).items() if key.startswith("handbook.")}
        assert set(other) == set(reference), lang
        for key, text in reference.items():
            assert set(re.findall(r"{(\w+)}", other[key])) == set(re.findall(r"{(\w+)}", text)), (lang, key)
    for key in GLOSSARY_KEYS:
        assert f"handbook.terms.{key}.term" in reference and f"handbook.terms.{key}.definition" in reference


def test_dates_per_language():
    day = dt.date(2025, 11, 3)
    assert format_date(day, "en") == "3 November 2025"
    assert format_date(day, "zh-CN") == "2025年11月3日"
    assert format_date(day, "zh-TW") == "2025年11月3日"


def test_source_date_epoch_fixes_the_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 UTC
    handbook = build_handbook([source("hotel-checkin.yaml")], diagrams="none")
    assert handbook.date == "14 November 2023"


@pytest.mark.parametrize("name", ["counter-complaint.yaml", "hotel-checkin.yaml", "bank-counter-tw.yaml"])
def test_appendix_agrees_with_validate(name):
    """A letter fails in the appendix exactly when `validate` reports SM-<letter> on that standard."""
    from blueprint.checks.registry import all_rules
    from blueprint.validation import check_loaded

    assert {"SM-S", "SM-M", "SM-A", "SM-R", "SM-T"} <= set(all_rules())
    loaded = load(str(FIXTURES / name))
    findings = check_loaded(loaded, {"SM-S", "SM-M", "SM-A", "SM-R", "SM-T"})
    reported = {(finding.code[-1], finding.ref.split(".")[1]) for finding in findings}
    handbook = build_handbook([Source(str(FIXTURES / name), loaded.document)], diagrams="none")
    failed = {(verdict.letter, row.id) for row in handbook.chapters[0].smart for verdict in row.verdicts
              if verdict.verdict == "fail"}
    assert failed == reported


def test_a_time_target_faster_than_its_step_fails_achievable():
    handbook = build_handbook([source("hotel-checkin.yaml")], diagrams="none")
    row = handbook.chapters[0].smart[0]
    achievable = next(v for v in row.verdicts if v.letter == "A")
    assert achievable.verdict == "fail"
    assert any("2m" in reason for reason in achievable.reasons)
