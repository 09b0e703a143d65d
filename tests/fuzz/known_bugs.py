"""Bugs the fuzzing found in areas other engineers own, until they are fixed.

Each entry is the innermost frame of the project's code where the exception is raised, or
the line a command prints when it wrongly exits 2. The fuzz tests tolerate exactly these
(and count them), so that a bug already reported does not
hide new ones; ``test_known_bugs.py`` holds a strict-xfail reproducer for each, which starts
failing the day the bug is fixed: then delete the entry here and the xfail marker there.
"""

from __future__ import annotations

import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: name -> (exception type, file under the checkout, functions: the innermost frame's name;
#: a comprehension is its own frame before Python 3.12 and part of its function after)
KNOWN_BUGS: dict[str, tuple[str, str, tuple[str, ...]]] = {
}

#: name -> (command, a pattern of the one line it prints when it exits 2 for input that
#: `validate` accepts: a usage error where there should be a drawing)
KNOWN_USAGE_ERRORS: dict[str, tuple[str, str]] = {
}

#: how often each known bug was met in this process
MET: Counter[str] = Counter()


def known_usage_error(command: str, status: int, stderr: str) -> str | None:
    """The name of the known bug behind a usage error (exit 2), or None."""
    import re

    if status != 2:
        return None
    for name, (bugged_command, pattern) in KNOWN_USAGE_ERRORS.items():
        if command == bugged_command and re.search(pattern, stderr):
            MET[name] += 1
            return name
    return None


def known_bug(error: BaseException) -> str | None:
    """The name of the known bug ``error`` is, or None (then it is a new bug)."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if Path(frame.filename).is_relative_to(ROOT) and "/tests/" not in frame.filename]
    if not frames:
        return None
    innermost = frames[-1]
    where = Path(innermost.filename).relative_to(ROOT).as_posix()
    for name, (kind, file, functions) in KNOWN_BUGS.items():
        if type(error).__name__ == kind and where == file and innermost.name in functions:
            MET[name] += 1
            return name
    return None
