"""The YAML loader: positions, YAML 1.2, duplicate keys, tags, limits, encodings, bad bytes."""

from __future__ import annotations

import codecs
import time
import tracemalloc
from pathlib import Path

import pytest

from blueprint.errors import UserError
from blueprint.loaders import load

HEADER = "blueprint: {id: t, title: T, language: en}\n"
MINIMAL = HEADER + "steps:\n  - {id: a, lane: customer, name: A, evidence: [E]}\n"


def write(tmp_path: Path, text: str | bytes, name: str = "b.yaml") -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def codes_lines(loaded) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in loaded.findings]


def test_minimal_document_loads_with_positions(tmp_path):
    loaded = load(write(tmp_path, MINIMAL))
    assert loaded.findings == []
    step = loaded.document.steps[0]
    assert (step.loc.line, step.loc.column, step.loc.ref) == (3, 5, "steps.a")


def test_yaml_1_2_keeps_no_on_and_clock_times_as_text(tmp_path):
    text = HEADER + "steps:\n  - id: a\n    lane: customer\n    name: NO\n    evidence:\n      - on\n      - 12:30\n      - yes\n"
    step = load(write(tmp_path, text)).document.steps[0]
    assert step.name == "NO"
    assert step.evidence == ["on", "12:30", "yes"]


def test_every_schema_problem_is_reported_at_its_own_line(tmp_path):
    text = HEADER + (
        "steps:\n"
        "  - id: a\n"              # 3
        "    lane: customer\n"
        "    nmae: A\n"            # 5: unknown key (and name missing, at the step)
        "    duration: 2 furlongs\n"  # 6
        "    emotion: 9\n"         # 7
        "  - id: b\n"              # 8
        "    lane: sideways\n"     # 9
        "    name: B\n"
    )
    loaded = load(write(tmp_path, text))
    assert loaded.document is None
    assert sorted(codes_lines(loaded)) == [("BP001", 3), ("BP001", 5), ("BP001", 6), ("BP001", 7), ("BP001", 9)]
    unknown = [f for f in loaded.findings if f.line == 5][0]
    assert "'name'" in unknown.message  # suggests the key meant


def test_wrong_types_are_findings(tmp_path):
    text = HEADER + "steps: {id: a}\n"
    loaded = load(write(tmp_path, text))
    assert codes_lines(loaded) == [("BP001", 2)]


def test_duplicate_keys_are_findings_at_both_lines(tmp_path):
    text = HEADER + "steps:\n  - id: a\n    lane: customer\n    name: A\n    name: B\n"
    loaded = load(write(tmp_path, text))
    assert sorted(codes_lines(loaded)) == [("BP001", 5), ("BP001", 6)]


def test_syntax_error_names_the_line(tmp_path):
    loaded = load(write(tmp_path, HEADER + "steps:\n  - {id: a, lane: customer\n  - b\n"))
    assert [f.code for f in loaded.findings] == ["BP001"]
    assert loaded.findings[0].line == 5  # where the parser gave up ...
    assert "3" in loaded.findings[0].message  # ... and where the unclosed mapping began


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['touch {canary}']",
        "!!python/object/new:os.system ['touch {canary}']",
        "!!python/name:os.system",
        "!!python/module:os",
        "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {canary}']",
    ],
)
def test_python_tags_are_never_executed(tmp_path, tag):
    canary = tmp_path / "canary"
    text = HEADER + "steps:\n  - {id: a, lane: customer, name: A, notes: " + tag.format(canary=canary) + "}\n"
    loaded = load(write(tmp_path, text))
    assert not canary.exists()
    assert loaded.document is None
    assert [f.code for f in loaded.findings] == ["BP001"]


def test_empty_and_non_mapping_documents(tmp_path):
    assert [f.code for f in load(write(tmp_path, "")).findings] == ["BP001"]
    assert [f.code for f in load(write(tmp_path, "- a\n- b\n", "l.yaml")).findings] == ["BP001"]


def test_missing_file_and_folder_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        load(str(tmp_path / "absent.yaml"))
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    with pytest.raises(UserError, match="folder"):
        load(str(folder))


def test_binary_garbage_is_a_finding(tmp_path):
    loaded = load(write(tmp_path, bytes(range(256)) * 10))
    assert [f.code for f in loaded.findings] == ["BP001"]
    assert "UTF-8" in loaded.findings[0].message


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_unicode_with_bom_is_read(tmp_path, codec):
    text = MINIMAL.replace("name: A", "name: 拨打热线")
    loaded = load(write(tmp_path, text.encode(codec)))
    assert loaded.findings == []
    assert loaded.document.steps[0].name == "拨打热线"
    if codec != "utf-8-sig":
        assert text.encode(codec)[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE[:2], codecs.BOM_UTF16_BE)


def test_legacy_chinese_encoding_is_named(tmp_path):
    text = MINIMAL.replace("name: A", "name: 拨打热线投诉处理流程")
    loaded = load(write(tmp_path, text.encode("gb18030")))
    assert [f.code for f in loaded.findings] == ["BP001"]
    assert "GB18030" in loaded.findings[0].message


def _refused_quickly(path: str, limit_seconds: float = 1.0, memory_mb: float = 64):
    tracemalloc.start()
    started = time.perf_counter()
    loaded = load(path)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [f.code for f in loaded.findings] == ["BP001"]
    assert elapsed < limit_seconds
    assert peak < memory_mb * 1024 * 1024
    return loaded


def test_ten_megabyte_file_is_refused_before_parsing(tmp_path):
    text = MINIMAL + "# " + "x" * (10 * 1024 * 1024) + "\n"
    loaded = _refused_quickly(write(tmp_path, text), memory_mb=40)
    assert "bytes" in loaded.findings[0].message


def test_alias_bomb_is_refused(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    loaded = _refused_quickly(write(tmp_path, "\n".join(lines) + "\n"))
    assert "alias" in loaded.findings[0].message


def test_deep_nesting_is_refused(tmp_path):
    depth = 10_000
    loaded = _refused_quickly(write(tmp_path, "[" * depth + "]" * depth + "\n"))
    assert "64" in loaded.findings[0].message


def test_alias_chain_deeper_than_the_limit_is_refused(tmp_path):
    # each anchor nests the previous one: shallow text, deep once expanded
    lines = ["x0: &x0 [leaf]"] + [f"x{i}: &x{i} [*x{i - 1}]" for i in range(1, 80)]
    _refused_quickly(write(tmp_path, "\n".join(lines) + "\n"))


def test_recursive_alias_is_refused(tmp_path):
    _refused_quickly(write(tmp_path, "a: &a [*a]\n"))


def test_merge_keys_are_supported(tmp_path):
    text = HEADER + (
        "defaults: &clerk {lane: onstage, actor: clerk}\n"
    )
    loaded = load(write(tmp_path, text))
    assert [f.code for f in loaded.findings] == ["BP001"]  # `defaults` is not a key of the format
    text = HEADER + (
        "actors:\n  clerk: {name: Clerk, lane: onstage}\n"
        "steps:\n"
        "  - {id: a, lane: customer, name: A, evidence: [E], next: b}\n"
        "  - &b {id: b, lane: onstage, name: B, actor: clerk, duration: 2m}\n"
        "  - {<<: *b, id: c, name: C}\n"
    )
    loaded = load(write(tmp_path, text, "m.yaml"))
    assert loaded.findings == []
    assert loaded.document.steps[2].actor == "clerk"
    assert loaded.document.steps[2].name == "C"


def test_null_document_is_a_finding(tmp_path):
    for text in ("~\n", "null\n", "--- \n...\n"):
        loaded = load(write(tmp_path, text))
        assert loaded.document is None
        assert [f.code for f in loaded.findings] == ["BP001"]


def test_a_large_blueprint_without_aliases_is_not_taken_for_a_bomb(tmp_path):
    """150,000 written nodes (more than aliases may add) and no alias: read, not refused."""
    from blueprint.loaders.yaml_loader import MAX_NODES, read_data

    items = MAX_NODES + 50_000
    path = write(tmp_path, "notes: [" + ", ".join(["a"] * items) + "]\n")
    data, _source, problems = read_data(path)
    assert problems == [] and len(data["notes"]) == items


def test_aliases_that_add_more_than_the_limit_to_a_large_file_are_refused(tmp_path):
    """The limit is on what aliases add, whatever is written around them."""
    from blueprint.loaders.yaml_loader import MAX_NODES, read_data

    written = ", ".join(["a"] * 50_000)
    repeated = ", ".join(["*x"] * (MAX_NODES // 1_000 + 1))
    path = write(tmp_path, f"big: [{written}]\nx: &x [{', '.join(['b'] * 999)}]\nmore: [{repeated}]\n")
    _data, _source, problems = read_data(path)
    assert [problem[0] for problem in problems] == ["load.too_many_nodes"]
    (finding,) = load(path).findings
    assert "aliases expand to more than 100000 nodes beyond what is written" in finding.message


def test_more_written_nodes_than_any_blueprint_needs_are_refused_before_composing(tmp_path):
    from blueprint.loaders.yaml_loader import MAX_WRITTEN_NODES, read_data

    path = write(tmp_path, "[" + "a," * (MAX_WRITTEN_NODES + 1) + "]\n")
    data, _source, problems = read_data(path)
    assert data is None and [problem[0] for problem in problems] == ["load.too_many_written_nodes"]
    (finding,) = load(path).findings
    assert (finding.code, finding.line) == ("BP001", 1)
    assert finding.message == "more than 1000000 nodes; split the blueprint into several files"
