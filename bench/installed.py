"""The `blueprint` program the benchmarks time: the one installed beside this Python.

Beside the interpreter first: a version manager's shim on PATH (pyenv's is a shell script that
starts a second program) adds its own start-up to every run, which is not ours to count.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def blueprint_command() -> str:
    beside = Path(sys.executable).with_name("blueprint")
    if beside.is_file():
        return str(beside)
    return shutil.which("blueprint") or sys.exit("bench: the `blueprint` command is not installed")
