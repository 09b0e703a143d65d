"""Fixtures for the simulation tests: small blueprints written on the fly, simulated."""

from __future__ import annotations

import textwrap

import pytest

from blueprint.simulate import simulate_file


@pytest.fixture
def write_blueprint(tmp_path):
    """Write YAML text (dedented) to a file in tmp_path and return its path."""

    def write(text: str, name: str = "blueprint.yaml") -> str:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return str(path)

    return write


@pytest.fixture
def run(write_blueprint):
    """Simulate YAML text: ``run(text, runs=10_000, seed=0)`` → SimulationReport."""

    def simulate_text(text: str, runs: int = 10_000, seed: int = 0, lang: str | None = None):
        report = simulate_file(write_blueprint(text), runs, seed, lang)
        assert not report.refused, [finding.to_text() for finding in report.findings]
        return report

    return simulate_text


@pytest.fixture
def result_of():
    """``result_of(report, "S1")``: the simulated result of one standard."""

    def find(report, standard_id: str):
        return next(result for result in report.simulation.standards if result.standard.id == standard_id)

    return find
