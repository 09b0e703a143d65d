"""Each finding code fires on its minimal case file, exactly where the case says.

A case file names what it must report in comment lines ``# expect: CODE ref``; the test
compares the set of (code, ref) pairs for the codes the case is about, so a case also proves
that its code does not fire anywhere else in the file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from blueprint.checks.registry import all_rules
from blueprint.loaders import load
from blueprint.validation import check_loaded

CASES = Path(__file__).parent / "cases"
EXPECT = re.compile(r"^# expect: (\S+) (\S+)$", re.MULTILINE)


def findings_of(path: Path, codes: set[str] | None = None):
    loaded = load(str(path))
    return check_loaded(loaded, codes or set(all_rules()))


@pytest.mark.parametrize("case", sorted(CASES.glob("*.yaml")), ids=lambda p: p.stem)
def test_case_reports_exactly_what_it_expects(case: Path):
    expected = set(EXPECT.findall(case.read_text(encoding="utf-8")))
    assert expected, f"{case.name} names no expectation"
    codes = {code for code, _ in expected}
    found = {(f.code, f.ref) for f in findings_of(case) if f.code in codes}
    assert found == expected


def test_every_structural_code_has_a_case():
    covered = {path.stem for path in CASES.glob("*.yaml")} | {"BP001"}
    wanted = {code for code in all_rules() if code.startswith(("BP0", "BP1", "BP2")) and code != "BP008"}
    assert wanted <= covered


def test_clean_realistic_blueprint_has_no_findings():
    assert findings_of(Path(__file__).parent / "clean.yaml") == []


def test_findings_point_at_their_lines():
    by_ref = {f.ref: f for f in findings_of(CASES / "BP104.yaml")}
    assert by_ref["steps.greet"].line == 7
    assert by_ref["steps.decide-fee"].line == 8
    assert by_ref["steps.greet"].column == 5


def test_messages_follow_the_blueprint_language():
    (zh_tw,) = [f for f in findings_of(CASES / "BP203.yaml") if f.code == "BP203"]
    assert "等候" in zh_tw.message and "候" in zh_tw.message
    (en,) = [f for f in findings_of(CASES / "BP101.yaml") if f.code == "BP101"]
    assert "evidence" in en.message


def test_rule_docstrings_document_why_and_fix():
    for code, rule in all_rules().items():
        assert rule.summary, code
        if code.startswith("BP"):
            assert "Why" in rule.doc and "Fix" in rule.doc, code
