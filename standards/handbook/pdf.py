"""Handbook HTML → PDF with WeasyPrint, fonts embedded, nothing read but our own assets.

The HTML is the same self-contained file ``html.py`` writes. WeasyPrint gets it as a string
with the template folder as its base, and the ``HandbookFetcher`` as its only way to read:
``data:`` URLs, the template folder's assets and any diagram files we name, by exact path.
Fonts come from the system through fontconfig (Noto CJK for Chinese), and WeasyPrint embeds
the subset of each font that the pages use.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from standards.handbook.environment import template_folder
from standards.handbook.fetcher import HandbookFetcher, template_assets


@dataclass
class PdfResult:
    data: bytes
    pages: int = 0
    refused: list[str] = field(default_factory=list)  # URLs the document named and we did not read
    warnings: list[str] = field(default_factory=list)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def render_pdf(
    html: str,
    template_dir: str | Path | None = None,
    *,
    diagram_files: Iterable[Path] = (),
) -> PdfResult:
    """Print ``html`` to PDF bytes; only the template folder's assets and ``diagram_files`` are readable."""
    from weasyprint import HTML

    folder = template_folder(template_dir)
    assets = template_assets(folder)
    if folder.resolve() != template_folder(None).resolve():
        assets += template_assets(template_folder(None))
    fetcher = HandbookFetcher([*assets, *diagram_files])
    # WeasyPrint logs each refused URL and each CSS rule it skips; collect them for the
    # caller instead of letting them reach the user's terminal as a wall of warnings.
    logger = logging.getLogger("weasyprint")
    collector = _Collect()
    previous = logger.propagate
    logger.addHandler(collector)
    logger.propagate = False
    try:
        document = HTML(string=html, base_url=folder.resolve().as_uri() + "/", url_fetcher=fetcher).render()
        data = document.write_pdf()
    finally:
        logger.removeHandler(collector)
        logger.propagate = previous
    return PdfResult(data=data, pages=len(document.pages), refused=list(fetcher.refused), warnings=collector.messages)
