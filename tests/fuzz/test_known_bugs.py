"""Reproducers of the bugs the fuzzing found in other areas (known_bugs.py lists them).

Strict xfail: the day a bug is fixed its test passes, the run fails, and whoever fixed it
removes the marker here and the entry in known_bugs.py (so the fuzz tests stop tolerating it).
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


@pytest.mark.xfail(strict=True, raises=AttributeError, reason=(
    "diff.py Words.change: a field that is a mapping on one side and text on the other (a range "
    "delay against a fixed one, a {from, to} span against `wait`) raises AttributeError in the "
    "text and md formats: blueprint diff a.yaml b.yaml, where F1 has `delay: 30s` in a.yaml and "
    "`delay: {min: 1m, max: 2m}` in b.yaml"))
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
@pytest.mark.xfail(strict=True, reason=(
    "render: labels Graphviz rejects (exit 2 'Graphviz `dot` failed: in label of node …' for a blueprint "
    "validate accepts): a text that is only whitespace (lane label, step name, title) becomes an empty "
    "<B></B>, and a text that is only ']' or ']]' breaks dot's HTML-label parser: printf 'blueprint: "
    "{id: a, title: T}\\nsteps:\\n- {id: e, lane: customer, name: \"]\", evidence: [E]}\\n' > x.yaml; "
    "blueprint render x.yaml -o x.svg"))
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
