"""BP008 (validate) and BP301 (simulate): each at its line, and only when due."""

from __future__ import annotations

from pathlib import Path

from blueprint.checks.registry import all_rules
from blueprint.findings import Severity
from blueprint.loaders import load
from blueprint.simulate import simulate_file
from blueprint.validation import check_loaded

FIXTURES = Path(__file__).parent / "fixtures"


def findings_of(path, code_prefix="BP00"):
    codes = {code for code in all_rules() if code.startswith(code_prefix)}
    return check_loaded(load(str(path)), codes)


def test_bp008_fires_on_each_bad_input_at_its_line():
    found = {(f.code, f.line, f.ref) for f in findings_of(FIXTURES / "bad_analysis.yaml") if f.code in ("BP008", "BP003")}
    assert found == {
        ("BP008", 8, "steps.start.duration"),  # likely below min
        ("BP008", 9, "steps.start.wait"),  # uniform with min above max
        ("BP008", 15, "steps.decide.next"),  # probabilities sum to 1.2, at the decision's `next`
        ("BP008", 22, "steps.fix.next"),  # a probability on some branches only
        ("BP008", 29, "steps.visit.fail_points.F1.likelihood"),  # likelihood 1.5
        ("BP008", 29, "steps.visit.fail_points.F1.delay"),  # likely above max
        ("BP008", 31, "steps.visit.next.0.probability"),  # 120%
        ("BP008", 32, "steps.visit.next.1.probability"),  # -0.2
        ("BP008", 32, "steps.visit.next.1.max_loops"),  # on a branch that does not loop back
        ("BP008", 39, "steps.review.next.1.max_loops"),  # max_loops 0
        ("BP008", 45, "standards.S1.compliance"),  # 95 meant as 95%
        ("BP008", 45, "standards.S1.span"),  # `to` cannot be reached from `from`
        ("BP003", 46, "standards.S2.span"),  # a span naming an unknown step
    }


def test_bp008_is_silent_on_good_analysis_data():
    good = Path(__file__).parents[2] / "templates" / "init" / "starter.yaml"
    assert [f for f in findings_of(good, "BP008")] == []


def test_bp008_accepts_probabilities_summing_to_one_within_a_thousandth(write_blueprint):
    text = """
    blueprint: {id: sums, title: Sums, language: en}
    steps:
      - {id: a, lane: customer, name: A, evidence: [x], next: d}
      - id: d
        lane: onstage
        name: D
        kind: decision
        next:
          - {to: b, when: one, probability: 0.3333}
          - {to: c, when: two, probability: 0.3333}
          - {to: c, when: three, probability: 0.3333}
      - {id: b, lane: customer, name: B, evidence: [y]}
      - {id: c, lane: customer, name: C, evidence: [z]}
    """
    assert findings_of(write_blueprint(text), "BP008") == []
    off_by_two_thousandths = text.replace("probability: 0.3333}", "probability: 0.3313}", 1)
    found = findings_of(write_blueprint(off_by_two_thousandths, "off.yaml"), "BP008")
    assert [(f.code, f.ref) for f in found] == [("BP008", "steps.d.next")]


def test_simulate_refuses_a_blueprint_with_errors_and_reports_them():
    report = simulate_file(str(FIXTURES / "bad_analysis.yaml"), runs=100)
    assert report.refused
    assert {f.code for f in report.findings} == {"BP008", "BP003"}
    assert all(f.severity is Severity.ERROR for f in report.findings)


def test_a_loop_with_no_exit_is_bp006_and_refused_without_a_hang(write_blueprint):
    text = """
    blueprint: {id: trap, title: Trap, language: en}
    steps:
      - {id: a, lane: customer, name: A, evidence: [x], next: b}
      - {id: b, lane: onstage, name: B, duration: 1m, next: c}
      - {id: c, lane: backstage, name: C, duration: 1m, next: b}
    """
    report = simulate_file(write_blueprint(text), runs=1000)
    assert report.refused
    assert [f.code for f in report.findings] == ["BP006"]


BP301_CASE = """
blueprint: {{id: compliance, title: Compliance, language: en}}
steps:
  - {{id: come, lane: customer, name: Come, evidence: [door], next: serve}}
  - {{id: serve, lane: onstage, name: Serve, duration: {{min: 2m, max: 4m}}, next: go}}
  - {{id: go, lane: customer, name: Go, evidence: [slip]}}
standards:
  - {{id: S1, statement: Serve within 10 minutes, step: serve, target: "<= 10m"{above}}}
  - {{id: S2, statement: Serve within 30 seconds, step: serve, target: "<= 30s", compliance: 1%}}
  - {{id: S3, statement: Serve within 3 minutes, step: serve, target: "<= 3m", compliance: 40%}}
  - {{id: S4, statement: Serve within 3 minutes, step: serve, target: "<= 3m", compliance: 60%}}
  - {{id: S5, statement: Serve within 3 minutes, step: serve, target: "<= 3m"}}
"""


def test_bp301_fires_exactly_when_the_share_is_below_compliance(run):
    report = run(BP301_CASE.format(above=""))
    short = {result.standard.id for result in report.simulation.standards if result.short}
    # S1 always met (default compliance 100% kept); S2 never met; S3/S4 about half met;
    # S5 half met against the default 100%.
    assert short == {"S2", "S4", "S5"}
    for result in report.simulation.standards:
        assert result.short == (result.met < result.measure.compliance)
    assert sorted((f.code, f.ref, f.line) for f in report.findings) == [
        ("BP301", "standards.S2", 9), ("BP301", "standards.S4", 11), ("BP301", "standards.S5", 12),
    ]
    assert all(f.severity is Severity.WARNING for f in report.findings)


def test_bp301_is_not_reported_by_validate_but_documented_by_rules(write_blueprint):
    rule = all_rules()["BP301"]
    assert rule.phase == "simulate" and rule.severity is Severity.WARNING
    assert "Wilson" in rule.doc and rule.summary
    assert all_rules()["BP008"].severity is Severity.ERROR
    path = write_blueprint(BP301_CASE.format(above=""))
    assert [f for f in check_loaded(load(path), set(all_rules())) if f.code == "BP301"] == []
