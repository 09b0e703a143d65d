"""Fuzzing in the default run: a few hundred derandomized cases through every command.

The same strategies as the long run (test_fuzz_long.py, ``make fuzz``), fewer cases, and a
fixed sequence of them (``derandomize=True``) so that CI gives the same answer every time.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_cli import Plan, check_smart, plans, run_case
from fuzz_inputs import broken_yaml, dsl_case, example_case, generated_yaml, statements

pytestmark = pytest.mark.needs_dot  # render and manual draw with Graphviz

QUICK = settings(
    derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
FILE_NAMES = st.sampled_from(["case.yaml", "案例 一.yaml", "we ird'name.yml", "-dash.yaml"])


@settings(QUICK, max_examples=60)
@given(generated_yaml(), FILE_NAMES, plans())
def test_generated_blueprints_through_every_command(text, name, plan):
    run_case(text, name, plan)


@settings(QUICK, max_examples=70)
@given(broken_yaml(), FILE_NAMES, plans())
def test_broken_blueprints_through_every_command(text, name, plan):
    run_case(text, name, plan)


@settings(QUICK, max_examples=40)
@given(example_case(), plans())
def test_mutated_examples_through_every_command(case, plan):
    example, text = case
    run_case(text, example.name, plan, base=example)


@settings(QUICK, max_examples=30)
@given(dsl_case(), plans())
def test_dsl_modules_through_every_command(source, plan):
    run_case(source, "case.py", plan)


@settings(QUICK, max_examples=150)
@given(st.lists(statements, min_size=1, max_size=4), st.sampled_from([None, "en", "zh-CN", "zh-TW"]))
def test_smart_on_any_statement(items, lang):
    check_smart(items, Plan(lang, ".dot", None, True, False, 0))
