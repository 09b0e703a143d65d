"""`blueprint render`: formats, exit codes, refusals, and Graphviz missing or failing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from blueprint.cli import main
from blueprint.errors import UserError
from blueprint.render.formats import format_for, run_graphviz

from svg_reading import read_svg

FIXTURES = Path(__file__).parent / "fixtures"
SMALL = str(FIXTURES / "small-zh.yaml")


def run(*args: str):
    return CliRunner().invoke(main, ["render", *args])


@pytest.mark.needs_dot
@pytest.mark.parametrize(("suffix", "magic"), [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".pdf", b"%PDF")])
def test_each_format_is_written(tmp_path, suffix, magic):
    output = tmp_path / f"out{suffix}"
    result = run(SMALL, "-o", str(output))
    assert result.exit_code == 0, result.output
    assert output.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [output.name]  # no temporary file left


def test_dot_output_needs_no_graphviz(tmp_path, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    output = tmp_path / "out.dot"
    result = run(SMALL, "-o", str(output))
    assert result.exit_code == 0, result.output
    text = output.read_text(encoding="utf-8")
    assert '"greet" [' in text and '"call" -> "greet"' in text


def test_unknown_suffix_is_refused_with_the_supported_list(tmp_path):
    output = tmp_path / "out.jpg"
    result = run(SMALL, "-o", str(output))
    assert result.exit_code == 2
    assert ".svg .png .pdf .dot" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not output.exists()


def test_missing_dot_is_one_clear_line_and_no_output(tmp_path, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    output = tmp_path / "out.svg"
    result = run(SMALL, "-o", str(output))
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Graphviz" in lines[0] and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == [empty]


def test_a_blueprint_that_cannot_be_drawn_prints_its_errors_and_exits_1(tmp_path):
    output = tmp_path / "out.svg"
    result = run(str(FIXTURES / "dangling.yaml"), "-o", str(output))
    assert result.exit_code == 1
    assert "BP003" in result.output
    assert not output.exists()


def test_unreadable_input_and_output_over_input_exit_2(tmp_path):
    assert run(str(tmp_path / "missing.yaml"), "-o", str(tmp_path / "x.svg")).exit_code == 2
    source = tmp_path / "b.yaml"
    source.write_text(Path(SMALL).read_text(encoding="utf-8"), encoding="utf-8")
    link = tmp_path / "b.svg"
    link.symlink_to(source)  # an output that is the input under another name
    result = run(str(source), "-o", str(link))
    assert result.exit_code == 2
    assert source.read_text(encoding="utf-8") == Path(SMALL).read_text(encoding="utf-8")


def test_refuses_to_write_over_the_before_file(tmp_path):
    before = tmp_path / "before.dot"
    before.write_text("not a blueprint", encoding="utf-8")
    result = run(SMALL, "--against", str(before), "-o", str(before))
    assert result.exit_code == 2
    assert before.read_text(encoding="utf-8") == "not a blueprint"


@pytest.mark.needs_dot
def test_against_and_lang(tmp_path):
    output = tmp_path / "cmp.svg"
    result = run(SMALL, "--against", str(FIXTURES / "before-zh.yaml"), "--lang", "en", "-o", str(output))
    assert result.exit_code == 0, result.output
    svg = output.read_text(encoding="utf-8")
    assert "Onstage contact" in svg and "New step" in svg
    removed = [g.title for g in read_svg(svg) if {"step", "removed"} <= g.classes]
    assert removed == ["transfer"]


def test_format_comes_from_the_suffix():
    assert format_for("a.SVG") == "svg" and format_for("x/y.pdf") == "pdf"
    with pytest.raises(UserError):
        format_for("a.svgz")


@pytest.mark.needs_dot
def test_a_dot_failure_or_timeout_is_one_line():
    with pytest.raises(UserError) as failure:
        run_graphviz("digraph { a -> }", "svg")
    assert "\n" not in str(failure.value)
    with pytest.raises(UserError) as slow:
        run_graphviz("digraph { a }", "svg", timeout=0.000001)
    assert "\n" not in str(slow.value)


def test_duplicate_ids_are_refused_like_validate_reports_them(tmp_path):
    source = tmp_path / "dup.yaml"
    source.write_text(
        "blueprint: {id: dup, title: Dup, language: en}\n"
        "steps:\n"
        "  - {id: a, lane: customer, name: One, next: b}\n"
        "  - {id: b, lane: onstage, name: Two}\n"
        "  - {id: b, lane: onstage, name: Three}\n",
        encoding="utf-8",
    )
    output = tmp_path / "dup.dot"
    result = run(str(source), "-o", str(output))
    assert result.exit_code == 1
    assert "BP002" in result.output and not output.exists()
