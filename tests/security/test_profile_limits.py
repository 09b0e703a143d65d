"""A profile file is read like a blueprint (a client's blueprint names it in `profile:`), so it
must meet the same limits: refused in under a second as a usage error (exit 2), never a
traceback, never an endless expansion.

The profile reader goes through the blueprint loader's own guards (limits, no tags).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _blueprint_naming(folder: Path, profile_text: str) -> Path:
    (folder / "profile.yaml").write_text(profile_text, encoding="utf-8")
    blueprint = folder / "b.yaml"
    blueprint.write_text(
        "blueprint: {id: b, title: B, language: en, profile: profile.yaml}\n"
        "steps:\n  - {id: a, lane: customer, name: A, evidence: [E]}\n",
        encoding="utf-8",
    )
    return blueprint


def _refused(blueprint: Path, timeout: float = 2.0) -> None:
    """`blueprint validate` in a child (memory capped, so a runaway fails there, not here):
    exit 2 with one line, in under a second of the command's own time."""
    script = textwrap.dedent(f"""
        import resource, time
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from click.testing import CliRunner
        from blueprint.cli import main
        started = time.perf_counter()
        result = CliRunner().invoke(main, ["validate", {str(blueprint)!r}])
        print(result.exit_code, len(result.stderr.strip().splitlines()), type(result.exception).__name__, time.perf_counter() - started)
    """)
    try:
        completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=timeout,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    except subprocess.TimeoutExpired:
        pytest.fail(f"still reading the profile after {timeout} s")
    status, lines, exception, seconds = completed.stdout.split()
    assert (status, lines) == ("2", "1"), (status, exception, completed.stderr[-1000:])
    assert float(seconds) < 1.0


def test_deeply_nested_profile_is_a_usage_error(tmp_path):
    _refused(_blueprint_naming(tmp_path, "id: p\nstages: " + "[" * 10_000 + "]" * 10_000 + "\n"))


def test_tagged_profile_is_a_usage_error(tmp_path):
    _refused(_blueprint_naming(tmp_path, "id: p\nstages: !<tag:yaml.org,2002:python/object/apply:os.system> [x]\n"))


BOMB = "\n".join(
    ["id: p", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    + [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    + ["stages: [{id: s}]"]
) + "\n"


def test_alias_bomb_profile_is_refused_quickly(tmp_path):
    _refused(_blueprint_naming(tmp_path, BOMB))
