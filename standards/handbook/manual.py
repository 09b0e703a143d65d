"""`blueprint manual FILE... -o OUT`: load, refuse what cannot be printed, build, write atomically.

A blueprint whose errors make it impossible to print (BP001 the format, BP002 duplicate ids,
BP003 unknown references) is refused with its findings, as cli.md says for ``render`` and
``manual``; anything else prints, warnings and all: a handbook of a draft is still useful.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from blueprint.errors import UserError
from blueprint.findings import Finding, Severity
from blueprint.io import check_output, write_atomic
from blueprint.loaders import load
from standards.handbook.parts import Source
from standards.handbook.view import build_handbook

SUFFIXES = (".html", ".pdf", ".md", ".docx")
BLOCKING_CODES = {"BP001", "BP002", "BP003"}


@dataclass
class ManualResult:
    """What happened: the file written (None when refused), the findings that refused it,
    and any URL the printed document named that was not read."""

    output: Path | None
    findings: list[Finding] = field(default_factory=list)
    refused_urls: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # advice for the user, one line each


def output_format(output: str | Path) -> str:
    suffix = Path(output).suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(f"{output}: cannot write a handbook as '{suffix or '(no suffix)'}'; use one of {', '.join(SUFFIXES)}")
    return suffix[1:]


def load_sources(paths: list[str]) -> tuple[list[Source], list[Finding]]:
    """Each path's document, and the findings that stop it from being printed."""
    from blueprint.validation import check_loaded

    sources: list[Source] = []
    blocking: list[Finding] = []
    for path in paths:
        loaded = load(path)
        findings = [f for f in check_loaded(loaded, BLOCKING_CODES) if f.severity is Severity.ERROR]
        if loaded.document is None or findings:
            blocking += findings or [f for f in loaded.findings if f.severity is Severity.ERROR]
            continue
        sources.append(Source(path, loaded.document))
    return sources, sorted(blocking, key=lambda f: f.sort_key)


def write_manual(
    paths: list[str],
    output: str | Path,
    *,
    title: str | None = None,
    organisation: str | None = None,
    lang: str | None = None,
    template_dir: str | Path | None = None,
    against: str | None = None,
) -> ManualResult:
    """Write the handbook of ``paths`` to ``output`` (.html, .pdf, .md or .docx, by its suffix).

    ``against`` (a *before* blueprint) adds the comparison chapter with the first path as
    *after*. Never writes over an input; the file appears whole or not at all.
    """
    from standards.handbook.environment import template_folder

    kind = output_format(output)
    inputs = [*paths, *([against] if against else [])]
    check_output(output, inputs)  # fail before the slow part, not after it
    template_folder(template_dir)
    sources, blocking = load_sources(list(paths))
    before: Source | None = None
    if against:
        before_sources, before_blocking = load_sources([against])
        blocking += before_blocking
        before = before_sources[0] if before_sources else None
    if blocking:
        return ManualResult(None, blocking)
    # Word takes PNG pictures, which docx.py draws itself: its view needs no SVG at all.
    diagrams = {"md": "image", "docx": "none"}.get(kind, "sheets")
    handbook = build_handbook(sources, title=title, organisation=organisation, lang=lang, against=before,
                              diagrams=diagrams)
    refused: list[str] = []
    notes: list[str] = []
    if kind == "md":
        from standards.handbook.markdown import render_markdown

        data: bytes | str = render_markdown(handbook, template_dir)
    elif kind == "docx":
        from standards.handbook.docx import render_docx

        data = render_docx(handbook, sources, against=before)
    else:
        from standards.handbook.html import diagram_files, render_html

        if kind == "html":
            data = render_html(handbook, template_dir)
        else:
            import tempfile

            from standards.handbook.pdf import render_pdf

            with tempfile.TemporaryDirectory(prefix="blueprint-manual-") as scratch:
                html = render_html(handbook, template_dir, diagram_folder=Path(scratch))
                printed = render_pdf(html, template_dir, diagram_files=diagram_files(Path(scratch)))
            data, refused = printed.data, printed.refused
            if any("HarfBuzz-Subset" in warning for warning in printed.warnings):
                # WeasyPrint falls back to fontTools, which takes seconds per CJK font.
                notes.append(handbook.t("notes.harfbuzz_subset"))
    notes += [handbook.t("notes.left_out", output=output, url=url[:160]) for url in refused]
    written = write_atomic(output, data, inputs=inputs)
    return ManualResult(written, [], refused, notes)
