"""WeasyPrint reads no local file and no URL named in user content, end to end.

tests/handbook/test_fetcher.py tests the fetcher and one hostile blueprint in-process. What
this adds: the real command (`blueprint manual … -o x.pdf`) in a child process under an audit
hook, so that *any* read of the secret files by Python code and any socket connection is seen,
whatever path it takes; every text field of the model naming the secret and a local listener;
and a `--template DIR` whose stylesheet names them too (a template folder travels like a
document), with an asset in it that is a symlink to the secret.
"""

from __future__ import annotations

import subprocess

import pytest

from security_support import TEXT_FIELDS, require_tool, run_audited, write_blueprint

pytestmark = [pytest.mark.needs_weasyprint, pytest.mark.needs_dot]

LEAK = "CANARYLEAKED"


def test_manual_pdf_reads_no_file_or_address_named_anywhere(tmp_path, listener):
    pdftotext = require_tool("pdftotext")
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "canary.css").write_text(f'body::after {{ content: "{LEAK}"; }}', encoding="utf-8")
    (secret / "canary.svg").write_text(f'<svg xmlns="http://www.w3.org/2000/svg"><text y="15">{LEAK}</text></svg>', encoding="utf-8")
    (secret / "canary.txt").write_text(LEAK, encoding="utf-8")
    web = f"http://127.0.0.1:{listener.port}"
    references = [
        f'<img src="{(secret / "canary.svg").as_uri()}">',
        f'<link rel="stylesheet" href="{(secret / "canary.css").as_uri()}">',
        f'<style>@import url("{web}/i.css"); body {{ background: url({(secret / "canary.svg").as_uri()}) }}</style>',
        f'<iframe src="{(secret / "canary.txt").as_uri()}"></iframe>',
        f'<object data="{web}/o.svg"></object>',
        f"![x]({(secret / 'canary.svg').as_uri()}) [y]({web}/link) {secret / 'canary.txt'}",
        f'<svg><image href="{web}/s.png"/></svg>',
    ]
    blueprint = write_blueprint(tmp_path, lambda field: references[TEXT_FIELDS.index(field) % len(references)])
    template = tmp_path / "template"
    template.mkdir()
    (template / "leak.png").symlink_to(secret / "canary.svg")
    (template / "handbook.css").write_text(
        f'@import url("{(secret / "canary.css").as_uri()}");\n'
        + f'@import url("{web}/template.css");\n'
        + f'@font-face {{ font-family: Leak; src: url("{web}/font.woff"); }}\n'
        + f'body {{ font-family: Leak, sans-serif; background: url("{(secret / "canary.svg").as_uri()}"); }}\n'
        + 'h1 { background-image: url("leak.png"); }\n'
        + 'h2 { background-image: url("../secret/canary.svg"); }\n',
        encoding="utf-8",
    )
    output = tmp_path / "handbook.pdf"
    completed, events = run_audited(f"""
        from click.testing import CliRunner
        from blueprint.cli import main
        result = CliRunner().invoke(main, ["manual", {str(blueprint)!r}, "--template", {str(template)!r}, "-o", {str(output)!r}],
                                    catch_exceptions=False)
        print(result.exit_code)
        print(result.stderr)
    """, cwd=tmp_path, watch_paths=("canary",), timeout=180)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert completed.stdout.splitlines()[0] == "0", completed.stdout
    assert [event for event in events if event[0] == "open"] == []
    assert [event for event in events if event[0].startswith(("socket", "urllib"))] == []
    assert listener.connections == 0
    text = subprocess.run([pdftotext, "-enc", "UTF-8", str(output), "-"], capture_output=True, check=True).stdout.decode()
    assert LEAK not in text
    assert "canary.txt" in text  # the references are printed, as text
    # The template's references were asked for and turned away (the command says so).
    assert "template.css" in completed.stdout and "leak.png" in completed.stdout
