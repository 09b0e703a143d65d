"""Profiles: loading (packaged, user files, bad files) and BP401–BP403 on complete, incomplete
and disordered flows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from blueprint.checks.registry import all_rules
from blueprint.cli import main
from blueprint.errors import UserError
from blueprint.loaders import load
from blueprint.profiles.loader import load_profile, packaged_profiles, profile_for
from blueprint.validation import check_loaded

FIXTURES = Path(__file__).parent / "fixtures"
PROFILES = FIXTURES / "profiles"
THREE = str(PROFILES / "three-stages.yaml")
ISO_ORDER = ["receipt", "tracking", "acknowledgement", "assessment", "investigation", "response", "communication", "closing"]


def blueprint_file(tmp_path: Path, stages: list[str | None], *, lanes: dict[str, str] | None = None, header: dict | None = None) -> str:
    """A chain call → s0 → s1 … → done; step ``s<i>`` carries ``stages[i]`` (None: no stage)."""
    lanes = lanes or {}
    steps = [{"id": "call", "lane": "customer", "name": "Call", "evidence": ["phone"], "next": "s0"}]
    for index, stage in enumerate(stages):
        step = {"id": f"s{index}", "lane": lanes.get(f"s{index}", "backstage"), "name": f"Step {index}", "next": f"s{index + 1}" if index + 1 < len(stages) else "done"}
        if stage:
            step["stage"] = stage
        steps.append(step)
    steps.append({"id": "done", "lane": "customer", "name": "Done", "evidence": ["letter"]})
    document = {"blueprint": {"id": "flow", "title": "Flow", **(header or {})}, "steps": steps}
    path = tmp_path / "flow.yaml"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    return str(path)


def profile_findings(path: str, profile: str | None) -> set[tuple[str, str]]:
    loaded = load(path)
    extra = profile_for(profile, loaded)
    codes = {code for code in all_rules() if code.startswith("BP4")}
    return {(f.code, f.ref) for f in check_loaded(loaded, codes, extra)}


def test_packaged_profiles_load_with_names_in_three_languages():
    assert {"iso10002", "counter-7"} <= set(packaged_profiles())
    for name in packaged_profiles():
        profile = load_profile(name)
        assert profile.id == name
        for stage in profile.stages:
            assert {"zh-CN", "zh-TW", "en"} <= set(stage.name), (name, stage.id)


def test_iso10002_stages_in_the_format_docs_order():
    profile = load_profile("iso10002")
    assert [stage.id for stage in profile.stages] == ISO_ORDER
    assert [stage.id for stage in profile.stages if not stage.required] == ["tracking"]


def test_complete_flow_in_order_has_no_finding(tmp_path):
    path = blueprint_file(tmp_path, [stage for stage in ISO_ORDER if stage != "tracking"])
    assert profile_findings(path, "iso10002") == set()


def test_incomplete_flow_reports_each_missing_required_stage_at_the_header(tmp_path):
    path = blueprint_file(tmp_path, ["receipt", "acknowledgement", "investigation", "response"])
    assert profile_findings(path, "iso10002") == {
        ("BP401", "profile.assessment"), ("BP401", "profile.communication"), ("BP401", "profile.closing"),
    }


def test_disordered_flow_reports_the_stage_reached_too_early(tmp_path):
    # open is required first; the flow reaches close (s0) before work (s1) and open (s2).
    # close overtakes open and work: one finding, at close's nearest step s0.
    # work (s1) overtakes open (s2): one finding at s1.
    path = blueprint_file(tmp_path, ["close", "work", "open"], lanes={"s0": "onstage"})
    assert profile_findings(path, THREE) == {("BP402", "steps.s0"), ("BP402", "steps.s1")}


def test_order_uses_each_stages_nearest_step(tmp_path):
    # open at s0 and again at s3: its nearest step s0 comes first, so no disorder.
    path = blueprint_file(tmp_path, ["open", "work", "close", "open"], lanes={"s2": "onstage"})
    assert profile_findings(path, THREE) == set()


def test_a_step_in_a_lane_its_stage_does_not_allow(tmp_path):
    path = blueprint_file(tmp_path, ["open", "close"])  # close belongs onstage or with the customer
    assert profile_findings(path, THREE) == {("BP402", "steps.s1.lane")}


def test_a_stage_the_profile_does_not_have(tmp_path):
    path = blueprint_file(tmp_path, ["open", "finish", "close"], lanes={"s2": "onstage"})
    assert profile_findings(path, THREE) == {("BP403", "steps.s1.stage")}


def test_without_a_profile_stage_is_free_text(tmp_path):
    path = blueprint_file(tmp_path, ["anything", "goes"])
    assert profile_for(None, load(path)) == {}
    assert profile_findings(path, None) == set()


def test_the_blueprints_own_profile_header_is_read_from_its_folder(tmp_path):
    (tmp_path / "mine.yaml").write_text((PROFILES / "three-stages.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    path = blueprint_file(tmp_path, ["work"], header={"profile": "mine.yaml"})
    assert profile_findings(path, None) == {("BP401", "profile.open"), ("BP401", "profile.close")}
    # The option wins over the header.
    assert ("BP401", "profile.receipt") in profile_findings(path, "iso10002")


def test_unknown_profile_name_is_a_usage_error_listing_the_packaged_ones(tmp_path):
    path = blueprint_file(tmp_path, ["open"])
    result = CliRunner().invoke(main, ["validate", path, "--profile", "iso9001"])
    assert result.exit_code == 2
    assert "iso10002" in result.output and "counter-7" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("name", "line"), [("unknown-key.yaml", 7), ("bad-syntax.yaml", 5), ("bad-lane.yaml", 4)])
def test_a_bad_profile_file_is_one_line_naming_file_and_line(name, line):
    path = str(PROFILES / name)
    with pytest.raises(UserError) as error:
        load_profile(path)
    message = str(error.value)
    assert message.startswith(f"{path}:{line}:"), message
    assert "\n" not in message


def test_cli_validate_with_a_profile_file(tmp_path):
    path = blueprint_file(tmp_path, ["close", "open"], lanes={"s0": "onstage"})
    result = CliRunner().invoke(main, ["validate", path, "--profile", THREE, "--format", "json", "--select", "BP4"])
    assert result.exit_code == 0, result.output  # BP401 and BP402 are warnings
    found = {(f["code"], f["ref"]) for f in json.loads(result.output)["findings"]}
    assert found == {("BP402", "steps.s0")}
