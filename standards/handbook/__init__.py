"""The standards handbook: blueprints → a printable manual in HTML, PDF, Markdown or Word.

Public API (heavy libraries load only when used)::

    from standards.handbook import write_manual, build_handbook, render_html, render_markdown, render_pdf

    result = write_manual(["hall.yaml"], "hall.pdf", title=None, organisation=None, lang=None,
                          template_dir=None, against=None)          # what `blueprint manual` runs
    handbook = build_handbook([Source(path, document)], lang="zh-CN")  # the view model
    html = render_html(handbook)            # one self-contained HTML file
    text = render_markdown(handbook)        # Markdown, every value escaped by md_text
    pdf = render_pdf(html).data             # WeasyPrint, with the allow-list URL fetcher
    docx = render_docx(handbook, sources)   # python-docx; build the view with diagrams="none"

Modules: view.py (Document → view), diagrams.py (SVG on paper), smart_review.py (SMART
appendix), comparison.py (``--against`` chapter), environment.py (the two Jinja2
environments; the Markdown escaper is blueprint.render.escape.md_text), html.py, markdown.py, pdf.py,
fetcher.py (the PDF step's only way to read), docx.py (the handbook walked into Word),
word.py (a Word-document builder that knows nothing of handbooks), docx_diagrams.py (PNG
diagrams for Word), manual.py (the CLI's worker).
"""

from __future__ import annotations

__all__ = [
    "SUFFIXES",
    "ManualResult",
    "Source",
    "build_handbook",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_pdf",
    "write_manual",
]


def __getattr__(name: str):
    # Lazy: `blueprint --help` must not pay for Jinja2 or WeasyPrint.
    if name in ("ManualResult", "SUFFIXES", "write_manual"):
        from standards.handbook import manual

        return getattr(manual, name)
    if name == "Source":
        from standards.handbook.parts import Source

        return Source
    if name == "build_handbook":
        from standards.handbook.view import build_handbook

        return build_handbook
    if name == "render_html":
        from standards.handbook.html import render_html

        return render_html
    if name == "render_markdown":
        from standards.handbook.markdown import render_markdown

        return render_markdown
    if name == "render_docx":
        from standards.handbook.docx import render_docx

        return render_docx
    if name == "render_pdf":
        from standards.handbook.pdf import render_pdf

        return render_pdf
    raise AttributeError(f"module 'standards.handbook' has no attribute {name!r}")
