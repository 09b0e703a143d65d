"""Shared fixtures and markers.

Tests that need Graphviz's `dot` or WeasyPrint are marked; they skip on a laptop without the
tool, but with CI set a missing tool fails the run (style.md section 8). The rule itself is
``support.skip_or_fail``, which tests with other needs (a program, a data file) call too.
"""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pytest

from support import Listener, skip_or_fail

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def shared_dir() -> Path | None:
    """The shared contracts folder beside the checkout (``../shared``), or $BLUEPRINT_SHARED."""
    candidates = [os.environ.get("BLUEPRINT_SHARED"), ROOT.parent / "shared"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def _weasyprint_ok() -> bool:
    try:
        import weasyprint  # noqa: F401
    except Exception:
        return False
    return True


_TOOL_CHECKS = {
    "needs_dot": lambda: shutil.which("dot") is not None,
    "needs_weasyprint": _weasyprint_ok,
}


@functools.cache
def _tool_missing(marker: str) -> bool:
    return not _TOOL_CHECKS[marker]()


def pytest_runtest_setup(item):
    # Runs before the test's fixtures. (It once marked such tests as a strict xfail with
    # run=False under CI: pytest reports those as xfailed and the run passed.)
    for marker in _TOOL_CHECKS:
        if item.get_closest_marker(marker) is not None and _tool_missing(marker):
            skip_or_fail(f"{marker}: tool not installed")


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def listener():
    """A TCP listener on 127.0.0.1 counting the connections it gets (support.Listener)."""
    server = Listener()
    yield server
    server.close()
