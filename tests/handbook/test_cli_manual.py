"""`blueprint manual`: exit codes, refusals, atomic writes, never over an input."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from blueprint.cli import main
from handbook_helpers import FIXTURES, write_blueprint

SOURCE = str(FIXTURES / "hotel-checkin.yaml")


def run(*args: str):
    return CliRunner().invoke(main, ["manual", *args])


@pytest.mark.parametrize("suffix", ["html", "md"])
def test_writes_the_handbook(tmp_path, suffix):
    out = tmp_path / f"handbook.{suffix}"
    result = run(SOURCE, "-o", str(out), "--title", "Front office standards", "--org", "Grand Hotel", "--lang", "zh-TW")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Front office standards" in text and "Grand Hotel" in text
    assert "稽核檢查表" in text  # --lang wins over the blueprint's en
    assert [path.name for path in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_unknown_suffix_is_a_usage_error(tmp_path):
    result = run(SOURCE, "-o", str(tmp_path / "handbook.odt"))
    assert result.exit_code == 2
    assert ".html, .pdf, .md, .docx" in result.output


def test_missing_input_is_a_usage_error(tmp_path):
    result = run(str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "out.html"))
    assert result.exit_code == 2
    assert "no such file" in result.output
    assert not (tmp_path / "out.html").exists()


@pytest.mark.parametrize(("data", "code"), [
    ({"blueprint": {"id": "x"}, "steps": []}, "BP001"),
    ({"blueprint": {"id": "x", "title": "X"}, "steps": [
        {"id": "a", "lane": "customer", "name": "A", "next": "nowhere"}]}, "BP003"),
    ({"blueprint": {"id": "x", "title": "X"}, "steps": [
        {"id": "a", "lane": "customer", "name": "A"}, {"id": "a", "lane": "customer", "name": "B"}]}, "BP002"),
])
def test_a_blueprint_that_cannot_be_printed_is_refused(tmp_path, data, code):
    source = write_blueprint(tmp_path / "broken.yaml", data)
    out = tmp_path / "out.html"
    result = run(str(source), "-o", str(out))
    assert result.exit_code == 1
    assert code in result.output
    assert not out.exists()


def test_warnings_do_not_stop_the_handbook(tmp_path):
    """An unreachable step (BP004) or a contact point without a standard (BP103) still prints."""
    source = write_blueprint(tmp_path / "draft.yaml", {
        "blueprint": {"id": "x", "title": "Draft", "language": "en"},
        "steps": [{"id": "a", "lane": "customer", "name": "Ask", "next": "b"},
                  {"id": "b", "lane": "onstage", "name": "Answer"},
                  {"id": "c", "lane": "backstage", "name": "Orphan"}],
    })
    assert run(str(source), "-o", str(tmp_path / "out.md")).exit_code == 0


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_never_writes_over_an_input(tmp_path, suffix):
    source = tmp_path / "hotel.yaml"
    source.write_text((FIXTURES / "hotel-checkin.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    before = source.read_bytes()
    alias = tmp_path / f"alias{suffix}"
    alias.symlink_to(source)
    for target in (alias, tmp_path / "." / alias.name):
        result = run(str(source), "-o", str(target))
        assert result.exit_code == 2 and "refusing to write over the input" in result.output
    before_path = tmp_path / "before.yaml"
    before_path.write_bytes(before)
    (tmp_path / f"b{suffix}").symlink_to(before_path)
    result = run(str(source), "--against", str(before_path), "-o", str(tmp_path / f"b{suffix}"))
    assert result.exit_code == 2
    assert source.read_bytes() == before and before_path.read_bytes() == before


@pytest.mark.parametrize("suffix", [".html", ".docx"])
def test_an_interrupted_write_leaves_the_old_file_whole(tmp_path, monkeypatch, suffix):
    out = tmp_path / f"handbook{suffix}"
    out.write_bytes(b"the previous edition")

    def fail(*args, **kwargs):
        raise KeyboardInterrupt

    import os

    monkeypatch.setattr(os, "fsync", fail)  # dies after the temporary file is written, before the rename
    with pytest.raises(KeyboardInterrupt):
        from standards.handbook.manual import write_manual

        write_manual([SOURCE], out)
    assert out.read_bytes() == b"the previous edition"
    assert [path.name for path in tmp_path.iterdir()] == [out.name]


def test_against_adds_the_comparison_chapter(tmp_path):
    out = tmp_path / "cmp.md"
    result = run(str(FIXTURES / "counter-complaint.yaml"), "--against", str(FIXTURES / "counter-complaint-before.yaml"), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "优化前后对比" in out.read_text(encoding="utf-8")


def test_cli_import_loads_no_heavy_library():
    code = (
        "import sys, blueprint.cli; "
        "heavy = [m for m in ('jinja2', 'weasyprint', 'markupsafe', 'standards.handbook.view', 'networkx') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("suffix", ["html", "md"])
def test_a_blueprint_with_nothing_to_audit_still_prints(tmp_path, suffix):
    source = write_blueprint(tmp_path / "tiny.yaml", {
        "blueprint": {"id": "tiny", "title": "Tiny", "language": "zh-TW"},
        "steps": [{"id": "a", "lane": "customer", "name": "來電"}],
    })
    result = run(str(source), "-o", str(tmp_path / f"tiny.{suffix}"))
    assert result.exit_code == 0, result.output
    text = (tmp_path / f"tiny.{suffix}").read_text(encoding="utf-8")
    assert "本藍圖尚無服務標準" in text and "本藍圖未記錄失誤點" in text
