"""The PDF step reads nothing that user content names: a canary file and a local listener.

A canary file holds a stylesheet and an image; a listener on 127.0.0.1 counts connections
(the ``listener`` fixture of tests/conftest.py).
Each test first shows that WeasyPrint *would* read them (the default fetcher does), so that a
"nothing was read" result cannot come from a broken test.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from handbook_helpers import FIXTURES, pdf_text, write_blueprint

# A 1×1 PNG: if it is read, the PDF gets an image object.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)
LEAK = "CANARYLEAKED"


@pytest.fixture
def canary(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "secret"
    folder.mkdir()
    css = folder / "canary.css"
    css.write_text(f'body::after {{ content: "{LEAK}"; }}', encoding="utf-8")
    png = folder / "canary.png"
    png.write_bytes(PNG)
    svg = folder / "canary.svg"
    svg.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="50" height="20"><text y="15">{LEAK}</text></svg>', encoding="utf-8")
    return {"css": css, "png": png, "svg": svg}


def hostile_html(canary: dict[str, Path], port: int) -> str:
    """Every way an HTML document can ask WeasyPrint to read a file or an address."""
    css, png, svg = (canary[key].as_uri() for key in ("css", "png", "svg"))
    web = f"http://127.0.0.1:{port}"
    return f"""<!DOCTYPE html><html><head>
<link rel="stylesheet" href="{css}">
<link rel="stylesheet" href="{web}/style.css">
<style>
@import url("{css}");
@import url("{web}/import.css");
@font-face {{ font-family: Leak; src: url("{web}/font.woff"); }}
body {{ background: url("{png}"); font-family: Leak, sans-serif; }}
h1 {{ background-image: url("{web}/background.png"); }}
</style></head><body>
<h1>hostile</h1>
<img src="{png}" alt="">
<img src="{web}/image.png" alt="">
<img src="{svg}" alt="">
<object data="{svg}"></object>
<embed src="{web}/embed.svg">
<iframe src="{css}"></iframe>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="60" height="30">
  <image href="{png}" width="10" height="10"/><image xlink:href="{web}/svg-image.png" width="10" height="10"/>
  <use href="{svg}#x"/>
</svg>
<img src="canary.png" alt=""><img src="../secret/canary.png" alt="">
</body></html>"""


def _image_objects(pdf: bytes) -> int:
    return pdf.count(b"/Subtype /Image") + pdf.count(b"/Subtype/Image")


@pytest.mark.needs_weasyprint
def test_default_fetcher_would_read_the_canary(canary, listener, tmp_path):
    """The control: without our fetcher, WeasyPrint reads the canary and calls the listener."""
    from weasyprint import HTML

    pdf = HTML(string=hostile_html(canary, listener.port), base_url=str(tmp_path)).write_pdf()
    out = tmp_path / "control.pdf"
    out.write_bytes(pdf)
    assert LEAK in pdf_text(out)
    assert _image_objects(pdf) > 0
    assert listener.connections > 0


@pytest.mark.needs_weasyprint
def test_handbook_fetcher_reads_nothing_named(canary, listener, tmp_path):
    from standards.handbook.pdf import render_pdf

    printed = render_pdf(hostile_html(canary, listener.port))
    out = tmp_path / "guarded.pdf"
    out.write_bytes(printed.data)
    assert LEAK not in pdf_text(out)
    assert _image_objects(printed.data) == 0
    assert listener.connections == 0
    refused = "\n".join(printed.refused)
    # The references were asked for and turned away, not overlooked.
    for name in ("canary.css", "canary.png", "canary.svg", f"127.0.0.1:{listener.port}/style.css",
                 f"127.0.0.1:{listener.port}/image.png", f"127.0.0.1:{listener.port}/font.woff"):
        assert name in refused, name


@pytest.mark.needs_weasyprint
def test_user_content_names_nothing_that_is_read(canary, listener, tmp_path):
    """A blueprint whose text is full of references: printed as text, nothing fetched."""
    from standards.handbook.manual import write_manual

    web = f"http://127.0.0.1:{listener.port}"
    payloads = [
        f'<img src="{canary["png"].as_uri()}">',
        f'<link rel="stylesheet" href="{canary["css"].as_uri()}">',
        f'<style>@import url("{canary["css"].as_uri()}"); body {{ background: url({web}/bg.png) }}</style>',
        f'<svg><image href="{canary["png"].as_uri()}"/></svg>',
        f"![x]({canary['png'].as_uri()}) [y]({web}/link)",
        f'<object data="{web}/object.svg"></object>',
    ]
    blueprint = write_blueprint(tmp_path / "hostile.yaml", {
        "blueprint": {"id": "hostile", "title": payloads[0], "language": "en", "scenario": payloads[1]},
        "steps": [
            {"id": "come", "lane": "customer", "name": payloads[2], "evidence": [payloads[3]], "next": "serve"},
            {"id": "serve", "lane": "onstage", "name": payloads[4], "contact": "face-to-face",
             "fail_points": [{"id": "F1", "what": payloads[5], "recover": payloads[0]}]},
        ],
        "standards": [{"id": "S1", "statement": payloads[2], "step": "serve", "measure": payloads[3]}],
    })
    output = tmp_path / "hostile.pdf"
    result = write_manual([str(blueprint)], output)
    assert result.output is not None
    assert result.refused_urls == []  # escaped text asks for nothing at all
    assert listener.connections == 0
    pdf = output.read_bytes()
    assert _image_objects(pdf) == 0
    text = pdf_text(output)
    assert LEAK not in text
    assert "canary.png" in text  # the reference is printed, as text


def test_fetcher_serves_only_data_and_allowed_files(tmp_path, canary):
    from standards.handbook.fetcher import HandbookFetcher, RefusedURL

    allowed = tmp_path / "allowed.css"
    allowed.write_text("p { color: red }", encoding="utf-8")
    fetcher = HandbookFetcher([allowed])
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    assert fetcher.fetch("data:,hello%20there").read() == b"hello there"
    assert fetcher.fetch(allowed.as_uri()).read() == b"p { color: red }"
    link = tmp_path / "link.css"
    link.symlink_to(canary["css"])
    refused = [
        canary["css"].as_uri(),
        f"{allowed.parent.as_uri()}/secret/../secret/canary.css",
        link.as_uri(),
        allowed.as_uri() + "?x=1",
        "file://otherhost" + str(allowed),
        "http://127.0.0.1:9/x.css",
        "https://example.invalid/x.css",
        "ftp://127.0.0.1/x",
        "canary.css",
        "javascript:alert(1)",
    ]
    for url in refused:
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)
    assert fetcher.refused == refused


def test_template_assets_skip_links_and_folders(tmp_path, canary):
    from standards.handbook.fetcher import template_assets

    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "logo.png").write_bytes(PNG)
    (tmp_path / "tpl" / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "tpl" / "sub").mkdir()
    (tmp_path / "tpl" / "evil.css").symlink_to(canary["css"])
    assert [path.name for path in template_assets(tmp_path / "tpl")] == ["logo.png"]


@pytest.mark.needs_weasyprint
def test_a_template_naming_a_file_gets_it_refused_and_reported(canary, listener, tmp_path):
    """A template folder travels like a document: its stylesheet may name what it must not."""
    from standards.handbook.manual import write_manual

    template = tmp_path / "template"
    template.mkdir()
    (template / "handbook.css").write_text(
        f'@import url("{canary["css"].as_uri()}");\nbody {{ background: url("http://127.0.0.1:{listener.port}/bg.png"); }}\n',
        encoding="utf-8")
    result = write_manual([str(FIXTURES / "hotel-checkin.yaml")], tmp_path / "out.pdf", template_dir=template)
    assert listener.connections == 0
    assert LEAK not in pdf_text(result.output)
    assert any("canary.css" in note for note in result.notes)
    assert any(f"127.0.0.1:{listener.port}" in note for note in result.notes)
