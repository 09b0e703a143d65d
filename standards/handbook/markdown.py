"""Handbook view → Markdown (CommonMark with GFM tables); diagrams as SVG ``data:`` images."""

from __future__ import annotations

import re
from pathlib import Path

from standards.handbook.environment import (
    MARKDOWN_TEMPLATE,
    markdown_environment,
    render,
    template_folder,
)
from standards.handbook.parts import Handbook

_BLANK_RUNS = re.compile(r"\n{3,}")


def render_markdown(handbook: Handbook, template_dir: str | Path | None = None) -> str:
    """The handbook as Markdown; every value printed through ``md_text``."""
    folder = template_folder(template_dir)
    text = render(markdown_environment(folder), MARKDOWN_TEMPLATE, folder, hb=handbook, t=handbook.t)
    # Template control lines leave runs of blank lines; one is all Markdown needs.
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"
