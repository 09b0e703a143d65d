"""A DSL module that raises, exits or misbehaves gives one BP001 at the user's line.

Running a DSL file is running Python (what its author asked for); what the loader promises
is that whatever the module does short of killing the process (an exception of any kind, a
syntax error, sys.exit, exit(), an exception that cannot even be printed, output on stdout)
ends as one finding at the line to fix, through the real command: exit 1, JSON that parses.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from blueprint.cli import main

START = "from blueprint import Blueprint, Customer, Onstage\n"

# (name, module source, the line BP001 must name); `# <-` marks that line for the reader.
CASES = [
    ("raise", START + "with Blueprint('x', title='X'):\n    a = Customer('A', id='a')\n    raise ValueError('boom')  # <-\n", 4),
    ("raise-in-a-function", START + "def helper():\n    raise KeyError('k')  # <-\n\nwith Blueprint('x', title='X'):\n    helper()\n", 3),
    ("raise-before-the-blueprint", START + "import os\nos.environ['NEVER_SET_BY_ANYONE']  # <-\n", 3),
    ("sys-exit", START + "import sys\nwith Blueprint('x', title='X'):\n    sys.exit(0)  # <-\n", 4),
    ("sys-exit-message", START + "import sys\nsys.exit('stop here')  # <-\n", 3),
    ("raise-systemexit", START + "raise SystemExit(3)  # <-\n", 2),
    ("builtin-exit", START + "with Blueprint('x', title='X'):\n    exit()  # <-\n", 3),
    ("builtin-quit", START + "quit(1)  # <-\n", 2),
    ("syntax-error", START + "with Blueprint('x', title='X'):\n    a = Customer('A', id='a'  # <-\n", 3),
    ("indentation-error", START + "with Blueprint('x', title='X'):\n    a = Customer('A', id='a')\n      b = 1  # <-\n", 4),
    ("unprintable-exception", START + "class Odd(Exception):\n    def __str__(self):\n        raise RuntimeError('no')\n"
                               "with Blueprint('x', title='X'):\n    raise Odd()  # <-\n", 6),
    ("multi-line-message", START + "raise ValueError('first line\\nsecond line\\nthird')  # <-\n", 2),
    ("base-exception", START + "class Stop(BaseException):\n    pass\nraise Stop()  # <-\n", 4),
    ("recursion", START + "def down(n):\n    return down(n + 1)  # <-\n\ndown(0)\n", 3),
    ("division", START + "with Blueprint('x', title='X'):\n    Customer('A', id='a', duration=1 / 0)  # <-\n", 3),
    ("bad-operand", START + "with Blueprint('x', title='X'):\n    a = Customer('A', id='a')\n    a >> 'b'  # <-\n", 4),
    ("outside-a-blueprint", START + "Customer('A', id='a')  # <-\n", 2),
]


def _validate(path: Path):
    result = CliRunner().invoke(main, ["validate", str(path), "--format", "json"], catch_exceptions=False)
    return result, json.loads(result.stdout)


@pytest.mark.parametrize(("name", "source", "line"), CASES, ids=[case[0] for case in CASES])
def test_bp001_at_the_users_line(tmp_path, name, source, line):
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    assert "# <-" in source.splitlines()[line - 1]
    result, data = _validate(path)
    assert result.exit_code == 1
    assert [(f["code"], f["line"]) for f in data["findings"]] == [("BP001", line)]
    message = data["findings"][0]["message"]
    assert message.strip() and "\n" not in message and "Traceback" not in message


def test_error_in_an_imported_module_points_at_the_users_call(tmp_path):
    (tmp_path / "helpers_for_dsl.py").write_text("def boom():\n    raise RuntimeError('deep')\n", encoding="utf-8")
    path = tmp_path / "uses.py"
    path.write_text(START + textwrap.dedent("""\
        import sys, os
        sys.path.insert(0, os.path.dirname(__file__))
        import helpers_for_dsl
        with Blueprint('x', title='X'):
            helpers_for_dsl.boom()
        """), encoding="utf-8")
    result, data = _validate(path)
    assert [(f["code"], f["line"]) for f in data["findings"]] == [("BP001", 6)]


def test_what_a_module_prints_keeps_json_output_parseable(tmp_path):
    path = tmp_path / "noisy.py"
    path.write_text(START + textwrap.dedent("""\
        import sys
        print("{not json")
        sys.stdout.write("more noise\\n")
        with Blueprint('x', title='X'):
            a = Customer('A', id='a', evidence=['E'])
        """), encoding="utf-8")
    for command in (["validate", str(path), "--format", "json"], ["stats", str(path), "--format", "json"],
                    ["simulate", str(path), "--runs", "10", "--format", "json"]):
        result = CliRunner().invoke(main, command, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        json.loads(result.stdout)
        assert "{not json" in result.stderr  # shown, on the other stream
    exported = CliRunner().invoke(main, ["export", str(path)], catch_exceptions=False)
    assert "{not json" not in exported.stdout and "more noise" not in exported.stdout
