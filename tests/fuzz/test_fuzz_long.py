"""The long fuzzing run (`make fuzz`, `pytest -m fuzz`): 5,000 blueprints through every command.

Random (not derandomized) and with every output format drawn now and then, PNG and PDF
included; the default run (test_fuzz_quick.py) keeps to a few hundred fixed cases. Run it
before a release, or with ``--hypothesis-seed=N`` to replay one run. Counts:
generated 1,500 + broken 1,700 + mutated examples 1,000 + DSL modules 800 = 5,000 blueprints
through validate, smart, render, manual (when drawn), stats, diff, simulate and export, plus
3,000 lists of statements through `smart`.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_cli import INVOCATIONS, LONG_MANUAL, LONG_RENDER, Plan, check_smart, plans, run_case
from fuzz_inputs import broken_yaml, dsl_case, example_case, generated_yaml, statements
from known_bugs import MET

pytestmark = [pytest.mark.fuzz, pytest.mark.needs_dot]

LONG = settings(
    deadline=None, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
FILE_NAMES = st.sampled_from(["case.yaml", "案例 一.yaml", "we ird'name.yml", "-dash.yaml", "a.b.c.YML"])
LONG_PLANS = plans(render_suffixes=LONG_RENDER, manual_suffixes=LONG_MANUAL)


@settings(LONG, max_examples=1500)
@given(generated_yaml(), FILE_NAMES, LONG_PLANS)
def test_generated_blueprints_through_every_command(text, name, plan):
    run_case(text, name, plan, runs=100)


@settings(LONG, max_examples=1700)
@given(broken_yaml(), FILE_NAMES, LONG_PLANS)
def test_broken_blueprints_through_every_command(text, name, plan):
    run_case(text, name, plan, runs=100)


@settings(LONG, max_examples=1000)
@given(example_case(), LONG_PLANS)
def test_mutated_examples_through_every_command(case, plan):
    example, text = case
    run_case(text, example.name, plan, base=example, runs=100)


@settings(LONG, max_examples=800)
@given(dsl_case(), LONG_PLANS)
def test_dsl_modules_through_every_command(source, plan):
    run_case(source, "case.py", plan, runs=100)


@settings(LONG, max_examples=3000)
@given(st.lists(statements, min_size=1, max_size=6), st.sampled_from([None, "en", "zh-CN", "zh-TW"]))
def test_smart_on_any_statement(items, lang):
    check_smart(items, Plan(lang, ".dot", None, True, False, 0))


def test_report_what_was_run(capsys):
    """Last in the file: how many commands ran, and which known bugs (known_bugs.py) were met."""
    with capsys.disabled():
        print(f"\nfuzz: command invocations {dict(INVOCATIONS)}; known bugs met {dict(MET)}")
