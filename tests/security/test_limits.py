"""Hostile sizes are refused in under a second with bounded memory.

Alias bombs (sequences, mappings, merge keys, long text behind many aliases), 10,000-deep
nesting in every YAML style, 50 MB files (YAML and DSL) and an endless device named as the
profile: each is measured in a child process (time, tracemalloc peak, and the child's peak
resident memory from ``getrusage``), through the loader and through ``blueprint validate``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from support import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 1.0
TRACED_MB = 40  # Python allocations while refusing one file
RESIDENT_MB = 64  # the child's peak resident memory above what it had after importing

HEADER = "blueprint: {id: big, title: Big, language: en}\n"
STEPS = "steps:\n  - {id: a, lane: customer, name: A, evidence: [E]}\n"


def _bomb(kind: str) -> str:
    """Nine levels of ten aliases each: 10^9 nodes once expanded."""
    lines = [HEADER.rstrip(), STEPS.rstrip()]
    if kind == "sequence":
        lines.append("x0: &x0 [a, a, a, a, a, a, a, a, a, a]")
        lines += [f"x{n}: &x{n} [{', '.join([f'*x{n - 1}'] * 10)}]" for n in range(1, 10)]
    elif kind == "mapping":
        lines.append("x0: &x0 {k0: a, k1: a, k2: a, k3: a, k4: a, k5: a, k6: a, k7: a, k8: a, k9: a}")
        lines += [f"x{n}: &x{n} {{{', '.join(f'k{i}: *x{n - 1}' for i in range(10))}}}" for n in range(1, 10)]
    elif kind == "merge":
        lines.append("x0: &x0 {k0: [a, a, a, a, a, a, a, a, a, a]}")
        lines += [f"x{n}: &x{n} {{<<: *x{n - 1}, k{n}: [{', '.join([f'*x{n - 1}'] * 10)}]}}" for n in range(1, 10)]
    elif kind == "in-a-field":
        # inside a valid blueprint, in its free-text `notes`
        lines.append("notes:")
        lines.append("  - &x0 [a, a, a, a, a, a, a, a, a, a]")
        lines += [f"  - &x{n} [{', '.join([f'*x{n - 1}'] * 10)}]" for n in range(1, 10)]
    return "\n".join(lines) + "\n"


def _cases(folder: Path) -> dict[str, tuple[str, str]]:
    """name -> (file name, text); the 50 MB files are written separately (see _write)."""
    depth = 10_000
    return {
        "alias-bomb-sequence": ("a.yaml", _bomb("sequence")),
        "alias-bomb-mapping": ("b.yaml", _bomb("mapping")),
        "alias-bomb-merge": ("c.yaml", _bomb("merge")),
        "alias-bomb-in-fields": ("d.yaml", _bomb("in-a-field")),
        "long-text-behind-aliases": ("e.yaml", HEADER + 'notes: &s "' + "x" * 1_000_000 + '"\n'
                                     + "steps:\n  - {id: a, lane: customer, name: A, evidence: [" + ", ".join(["*s"] * 2000) + "]}\n"),
        "recursive-alias": ("f.yaml", HEADER + STEPS + "notes: &r [a, *r]\n"),
        "nesting-flow-sequence": ("g.yaml", "[" * depth + "]" * depth + "\n"),
        "nesting-flow-mapping": ("h.yaml", "{a: " * depth + "x" + "}" * depth + "\n"),
        "nesting-block-sequence": ("i.yaml", "- " * depth + "x\n"),
        # 2,000 levels: at two spaces a level, 10,000 would be a 100 MB file (refused for its size)
        "nesting-block-mapping-2000": ("j.yaml", "".join(" " * (2 * level) + "a:\n" for level in range(2000)) + " " * 4000 + "x\n"),
        "nesting-in-a-valid-blueprint": ("k.yaml", HEADER + STEPS + "notes: " + "[" * depth + "]" * depth + "\n"),
        "nesting-in-a-dsl-module": ("l.py", "from blueprint import Blueprint, Customer\nx = " + "[" * depth + "]" * depth + "\n"),
    }


BIG = 50 * 1024 * 1024


def _write_big(folder: Path) -> dict[str, str]:
    """Three 50 MB files: YAML that is mostly a comment, YAML that is one long string, a DSL module."""
    files = {"50-MB-yaml-comment": folder / "big1.yaml", "50-MB-yaml-string": folder / "big2.yaml", "50-MB-dsl-module": folder / "big3.py"}
    with open(files["50-MB-yaml-comment"], "w", encoding="utf-8") as handle:
        handle.write(HEADER + STEPS + "# " + "x" * BIG + "\n")
    with open(files["50-MB-yaml-string"], "w", encoding="utf-8") as handle:
        handle.write(HEADER + STEPS + "notes: '" + "长" * (BIG // 3) + "'\n")
    with open(files["50-MB-dsl-module"], "w", encoding="utf-8") as handle:
        handle.write("from blueprint import Blueprint, Customer\nx = '" + "x" * BIG + "'\n")
    return {name: str(path) for name, path in files.items()}


MEASURE = textwrap.dedent("""
    import json, resource, sys, time, tracemalloc
    from click.testing import CliRunner
    from blueprint.cli import main
    from blueprint.loaders import load
    import blueprint.loaders.yaml_loader, blueprint.loaders.dsl_loader, blueprint.dsl, blueprint.model  # warm
    load(sys.argv[2])  # a small valid file: every import done before measuring
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = {}
    for name, path in json.loads(sys.argv[1]).items():
        started = time.perf_counter()
        loaded = load(path)
        load_seconds = time.perf_counter() - started
        tracemalloc.start()
        load(path)
        traced = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        started = time.perf_counter()
        result = CliRunner().invoke(main, ["validate", path, "--format", "json"], catch_exceptions=False)
        command_seconds = time.perf_counter() - started
        report[name] = {"codes": [f.code for f in loaded.findings], "document": loaded.document is not None,
                        "load_seconds": load_seconds, "command_seconds": command_seconds, "traced": traced,
                        "exit": result.exit_code, "json_codes": [f["code"] for f in json.loads(result.stdout)["findings"]]}
    report["_resident_growth"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - baseline) * 1024
    print(json.dumps(report))
""")


def _measure(files: dict[str, str], small: Path, cwd: Path) -> dict:
    completed = subprocess.run([sys.executable, "-c", MEASURE, json.dumps(files), str(small)], capture_output=True, text=True,
                               cwd=cwd, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(completed.stdout)


def test_hostile_files_are_refused_quickly_with_bounded_memory(tmp_path):
    files = {}
    for name, (file_name, text) in _cases(tmp_path).items():
        path = tmp_path / file_name
        path.write_text(text, encoding="utf-8")
        files[name] = str(path)
    files.update(_write_big(tmp_path))
    small = tmp_path / "small.yaml"
    small.write_text(HEADER + STEPS, encoding="utf-8")
    report = _measure(files, small, tmp_path)
    problems = []
    for name in files:
        result = report[name]
        if result["document"] or result["codes"] != ["BP001"] or result["json_codes"] != ["BP001"] or result["exit"] != 1:
            problems.append(f"{name}: not refused with one BP001: {result}")
        if result["load_seconds"] > SECONDS or result["command_seconds"] > SECONDS:
            problems.append(f"{name}: took {result['load_seconds']:.2f} s to load, {result['command_seconds']:.2f} s to validate")
        if result["traced"] > TRACED_MB * 2**20:
            problems.append(f"{name}: allocated {result['traced'] / 2**20:.0f} MB while refusing it")
    assert problems == []
    assert report["_resident_growth"] < RESIDENT_MB * 2**20, f"peak memory grew by {report['_resident_growth'] / 2**20:.0f} MB"


def test_an_endless_device_named_as_the_profile_is_refused_quickly(tmp_path):
    """`profile: /dev/zero` in a client's blueprint: a usage error, not an endless read."""
    if not Path("/dev/zero").exists():
        skip_or_fail("no /dev/zero here")
    blueprint = tmp_path / "b.yaml"
    blueprint.write_text(HEADER.replace("language: en", "language: en, profile: /dev/zero") + STEPS, encoding="utf-8")
    script = textwrap.dedent(f"""
        import resource, time
        from click.testing import CliRunner
        from blueprint.cli import main
        resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))  # a runaway read fails here, not the machine
        started = time.perf_counter()
        result = CliRunner().invoke(main, ["validate", {str(blueprint)!r}], catch_exceptions=False)
        print(result.exit_code, time.perf_counter() - started)
    """)
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert completed.returncode == 0, completed.stderr[-2000:]
    status, seconds = completed.stdout.split()
    assert status == "2" and float(seconds) < SECONDS
