"""Fixtures of the handbook tests: sample blueprints, the PDF toolchain, PDF text.

Tests marked ``needs_weasyprint`` (WeasyPrint and poppler's pdftotext/pdffonts) or
``needs_dot`` (Graphviz) skip where the tool is missing, and fail when ``CI`` is set
(support.skip_or_fail).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from handbook_helpers import FIXTURES
from support import skip_or_fail


def _weasyprint_missing() -> str | None:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:  # OSError: Pango or its friends are missing
        return f"WeasyPrint cannot be imported: {error}"
    for tool in ("pdftotext", "pdffonts"):
        if shutil.which(tool) is None:
            return f"{tool} (poppler-utils) is not installed"
    return None


def _dot_missing() -> str | None:
    return None if shutil.which("dot") else "Graphviz's dot is not installed"


@pytest.fixture(autouse=True)
def _required_tools(request):
    for marker, missing in (("needs_weasyprint", _weasyprint_missing), ("needs_dot", _dot_missing)):
        if request.node.get_closest_marker(marker) is None:
            continue
        reason = missing()
        if reason is None:
            continue
        skip_or_fail(reason)


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
