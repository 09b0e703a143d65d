"""Bugs the fuzzing found, kept as regression tests once fixed.

While a bug is open its test is a strict xfail and known_bugs.py lets the fuzz tests tolerate
it; the fix removes both.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from blueprint.cli import main

ONE_STEP = """\
blueprint: {id: d, title: D}
steps:
  - {id: a, lane: customer, name: A, evidence: [E], next: b}
  - id: b
    lane: onstage
    name: B
    fail_points: [{id: F1, what: W, delay: DELAY}]
standards:
  - {id: S1, statement: Answer within 20 seconds, step: b, target: "<= 20s", span: SPAN}
"""


@pytest.mark.parametrize("output_format", ["text", "md"])
@pytest.mark.parametrize(("before", "after"), [
    (("30s", "wait"), ("{min: 1m, max: 2m}", "wait")),
    (("30s", "wait"), ("30s", "{from: a, to: b}")),
], ids=["delay", "span"])
def test_diff_prints_a_field_that_changed_shape(tmp_path, output_format, before, after):
    paths = []
    for name, (delay, span) in (("before", before), ("after", after)):
        path = tmp_path / f"{name}.yaml"
        path.write_text(ONE_STEP.replace("DELAY", delay).replace("SPAN", span), encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(main, ["diff", *paths, "--format", output_format], catch_exceptions=False)
    assert result.exit_code == 0


@pytest.mark.needs_dot
@pytest.mark.parametrize("where", ["blank-lane", "blank-name", "blank-title", "bracket-name", "brackets-name"])
def test_render_draws_any_text_validate_accepts(tmp_path, where):
    text = {
        "blank-lane": "blueprint: {id: a, title: T}\nlanes: {customer: ' '}\nsteps:\n- {id: a, lane: customer, name: A, evidence: [E]}\n",
        "blank-name": "blueprint: {id: a, title: T}\nsteps:\n- {id: a, lane: customer, name: ' ', evidence: [E]}\n",
        "blank-title": "blueprint: {id: a, title: ' '}\nsteps:\n- {id: a, lane: customer, name: A, evidence: [E]}\n",
        "bracket-name": "blueprint: {id: a, title: T}\nsteps:\n- {id: a, lane: customer, name: ']', evidence: [E]}\n",
        "brackets-name": "blueprint: {id: a, title: T}\nsteps:\n- {id: a, lane: customer, name: ']]', evidence: [E]}\n",
    }[where]
    source = tmp_path / "x.yaml"
    source.write_text(text, encoding="utf-8")
    assert CliRunner().invoke(main, ["validate", str(source)], catch_exceptions=False).exit_code == 0
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(tmp_path / "x.svg")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
