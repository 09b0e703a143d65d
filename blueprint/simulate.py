"""`blueprint simulate`: Monte Carlo of a blueprint's times, and its time standards kept or not.

Public API:

- ``simulate(document, runs=10_000, seed=0) -> Simulation``: the figures of one document
  (which must have no errors: see ``simulate_file``).
- ``simulate_file(path, runs=10_000, seed=0, lang=None) -> SimulationReport``: load, refuse a
  blueprint with errors (they become the report's findings), simulate, and add a BP301 for
  every time standard whose simulated share is below its compliance.
- ``to_text(report)``, ``to_markdown(report)``, ``to_json(report)``: the report written out.

The semantics are those of blueprint-format.md ("Semantics, which simulate and its tests
follow"); the same seed gives the same figures (numpy's PCG64).
"""

from __future__ import annotations

from blueprint.findings import Finding, Severity
from blueprint.graph import FlowGraph
from blueprint.i18n import normalise_language, t
from blueprint.model import Document
from blueprint.simulation.compile import compile_flow
from blueprint.simulation.engine import walk
from blueprint.simulation.report import (
    SimulationReport, format_compliance, format_count, format_share, to_json, to_markdown, to_text,
)
from blueprint.simulation.sampling import new_generator
from blueprint.simulation.summary import Simulation, StandardResult

DEFAULT_RUNS = 10_000
DEFAULT_SEED = 0

__all__ = [
    "DEFAULT_RUNS", "DEFAULT_SEED", "Simulation", "SimulationReport", "simulate", "simulate_file",
    "short_standard_findings", "to_json", "to_markdown", "to_text",
]


def simulate(document: Document, runs: int = DEFAULT_RUNS, seed: int = DEFAULT_SEED, *,
             flow: FlowGraph | None = None) -> Simulation:
    """Simulate ``runs`` cases of a document that has no errors (BP003, BP006, BP008 ...)."""
    from blueprint.simulation.summary import summarise

    if runs < 1:
        raise ValueError("runs must be at least 1")
    flow = flow or FlowGraph(document)
    if flow.start is None:
        raise ValueError("the blueprint has no start step to simulate from (see BP003, BP007)")
    compiled = compile_flow(document, flow)
    return summarise(compiled, walk(compiled, runs, new_generator(seed)), seed)


def simulate_file(path: str, runs: int = DEFAULT_RUNS, seed: int = DEFAULT_SEED, lang: str | None = None) -> SimulationReport:
    """Load a blueprint file and simulate it, or report the errors that prevent it.

    Raises ``UserError`` only for a file that cannot be read at all.
    """
    from blueprint.checks.registry import all_rules
    from blueprint.loaders import load
    from blueprint.validation import check_loaded

    loaded = load(path)
    language = normalise_language(lang or loaded.language)
    document = loaded.document
    report = SimulationReport(
        path, document.blueprint.id if document is not None else None,
        document.blueprint.title if document is not None else path, language, runs, seed, None,
    )
    error_codes = {code for code, rule in all_rules().items() if rule.severity is Severity.ERROR}
    errors = [finding for finding in check_loaded(loaded, error_codes) if finding.severity is Severity.ERROR]
    if document is None or errors:
        report.findings = errors or list(loaded.findings)
        return report
    flow = FlowGraph(document)
    report.simulation = simulate(document, runs, seed, flow=flow)
    report.findings = short_standard_findings(report.simulation, path, language)
    report.step_names = {step.id: step.name for step in document.steps}
    report.fail_point_names = {fp.id: fp.what for step in document.steps for fp in step.fail_points}
    return report


def short_standard_findings(simulation: Simulation, path: str, lang: str) -> list[Finding]:
    """A BP301 for each time standard whose simulated share is below its compliance."""
    from blueprint.checks.registry import all_rules

    severity = all_rules()["BP301"].severity
    findings = []
    for result in simulation.standards:
        if result.short:
            findings.append(_bp301(result, path, lang, severity))
    return sorted(findings, key=lambda finding: finding.sort_key)


def _bp301(result: StandardResult, path: str, lang: str, severity: Severity) -> Finding:
    standard = result.standard
    loc = standard.loc
    line, column, ref = (loc.line, loc.column, loc.ref) if loc is not None else (1, 1, f"standards.{standard.id}")
    low, high = result.ci95
    message = t(
        "BP301.message", lang, id=standard.id, share=format_share(result.met), cases=format_count(result.cases),
        target=standard.target.written, low=f"{low * 100:.1f}", high=f"{high * 100:.1f}",
        compliance=format_compliance(result.measure.compliance),
    )
    return Finding("BP301", severity, message, path, line, column, ref)
