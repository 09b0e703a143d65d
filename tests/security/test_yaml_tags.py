"""Python-constructing YAML tags are never executed, wherever they are written.

Two witnesses: a canary file that each payload would create stays absent, and an audit hook
(in a child process, so it never stays installed here) sees no program started, through the
loader, through every command that reads a blueprint, and through `--profile FILE`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from security_support import SPAWN_EVENTS, run_audited

VALID_TAIL = (
    "steps:\n"
    "  - {id: a, lane: customer, name: A, evidence: [E], next: b}\n"
    "  - {id: b, lane: onstage, name: B, contact: phone, standards: [S1]}\n"
    "standards:\n"
    "  - {id: S1, statement: Answer within 20 seconds, target: '<= 20s'}\n"
)
HEADER = "blueprint: {id: tags, title: Tags, language: en}\n"


def payloads(canary: Path) -> dict[str, str]:
    """YAML texts that would run `touch CANARY` (or import, or read) if a tag were constructed."""
    touch = f"touch {canary}"
    apply = f"!!python/object/apply:os.system [{touch!r}]"
    return {
        "apply-in-value": HEADER + VALID_TAIL.replace("name: A,", f"name: {apply},"),
        "apply-mapping-form": HEADER + f"notes: !!python/object/apply:os.system {{args: [{touch!r}]}}\n" + VALID_TAIL,
        "new": HEADER + f"notes: !!python/object/new:os.system [{touch!r}]\n" + VALID_TAIL,
        "object": HEADER + "notes: !!python/object:subprocess.Popen {args: [touch, " + json.dumps(str(canary)) + "]}\n" + VALID_TAIL,
        "popen": HEADER + f"notes: !!python/object/apply:subprocess.Popen [[touch, {json.dumps(str(canary))}]]\n" + VALID_TAIL,
        "exec": HEADER + f"notes: !!python/object/apply:builtins.exec [\"open({str(canary)!r}, 'w')\"]\n" + VALID_TAIL,
        "eval": HEADER + f"notes: !!python/object/apply:builtins.eval [\"__import__('os').system({touch!r})\"]\n" + VALID_TAIL,
        "name": HEADER + "notes: !!python/name:os.system\n" + VALID_TAIL,
        "module": HEADER + "notes: !!python/module:os\n" + VALID_TAIL,
        "tuple": HEADER + "notes: !!python/tuple [1, 2]\n" + VALID_TAIL,
        "long-form": HEADER + f"notes: !<tag:yaml.org,2002:python/object/apply:os.system> [{touch!r}]\n" + VALID_TAIL,
        "tag-directive": f"%TAG !py! tag:yaml.org,2002:python/\n---\n" + HEADER + f"notes: !py!object/apply:os.system [{touch!r}]\n" + VALID_TAIL,
        "on-a-key": HEADER + f"? !!python/object/apply:os.system [{touch!r}]\n: x\n" + VALID_TAIL,
        "on-the-document": f"--- !!python/object/apply:os.system\nargs: [{touch!r}]\n",
        "on-the-steps": HEADER + VALID_TAIL.replace("steps:\n", f"steps: !!python/object/apply:os.system\n").replace("  - {id: a", f"  - {touch!r}\n  - {{id: a", 1),
        "behind-an-alias": HEADER + f"notes: &boom !!python/object/apply:os.system [{touch!r}]\nlanes: {{customer: *boom}}\n" + VALID_TAIL,
        "in-a-merge": HEADER + VALID_TAIL.replace("  - {id: b,", f"  - {{<<: !!python/object/apply:os.system {{args: [{touch!r}]}}, id: b,"),
        "in-a-valid-merge": HEADER + VALID_TAIL.replace("  - {id: b, lane: onstage,", "  - {<<: !!python/object:os.system {lane: onstage}, id: b,"),
        "in-a-merge-list": HEADER + VALID_TAIL.replace("  - {id: b, lane: onstage,", "  - {<<: [!!python/object/new:os.system {lane: onstage}], id: b,"),
        "in-next": HEADER + VALID_TAIL.replace("next: b", f"next: !!python/object/apply:os.system [{touch!r}]"),
        "local-tag": HEADER + f"notes: !os.system {touch!r}\n" + VALID_TAIL,
    }


def _spawns(events: list[list[str]]) -> list[list[str]]:
    return [event for event in events if event[0].startswith(SPAWN_EVENTS)]


def test_python_tags_are_refused_by_the_loader_and_never_run(tmp_path):
    canary = tmp_path / "canary"
    files = {}
    for name, text in payloads(canary).items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        files[name] = str(path)
    completed, events = run_audited(f"""
        from blueprint.loaders import load
        codes = {{}}
        for name, path in {files!r}.items():
            loaded = load(path)
            codes[name] = [(f.code, f.line) for f in loaded.findings] if loaded.document is None else "LOADED"
        print(json.dumps(codes))
    """, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert _spawns(events) == []
    assert not canary.exists()
    codes = json.loads(completed.stdout)
    for name in files:
        assert codes[name] != "LOADED", f"{name}: a document with a Python tag was accepted"
        assert {code for code, _ in codes[name]} == {"BP001"}, (name, codes[name])


COMMANDS = [
    ["validate", "{file}", "--format", "json"],
    ["export", "{file}"],
    ["stats", "{file}", "--format", "json"],
    ["diff", "{file}", "{file}", "--format", "json"],
    ["simulate", "{file}", "--runs", "10"],
    ["render", "{file}", "-o", "{out}.svg"],
    ["manual", "{file}", "-o", "{out}.md"],
]


def test_python_tags_never_run_through_any_command(tmp_path):
    """Every command that reads a blueprint, in one child; only `dot` may be started."""
    canary = tmp_path / "canary"
    calls = []
    for name, text in payloads(canary).items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        for command in COMMANDS:
            calls.append([part.format(file=path, out=tmp_path / f"out-{name}") for part in command])
    completed, events = run_audited(f"""
        from click.testing import CliRunner
        from blueprint.cli import main
        statuses = []
        for args in {calls!r}:
            result = CliRunner().invoke(main, args, catch_exceptions=False)
            statuses.append(result.exit_code)
        print(json.dumps(statuses))
    """, cwd=tmp_path, timeout=300)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert not canary.exists()
    started = [event for event in _spawns(events) if not (event[0] == "subprocess.Popen" and _is_dot(event[1]))]
    assert started == []
    statuses = json.loads(completed.stdout)
    assert set(statuses) <= {1}, [(call[0], status) for call, status in zip(calls, statuses) if status != 1]


def _is_dot(argv_repr: str) -> bool:
    """A Popen of Graphviz's `dot` (the one program render and manual may start)."""
    return argv_repr.startswith("[") and argv_repr.split(",")[0].strip("[' \"").endswith("/dot")


@pytest.mark.parametrize("name", ["apply-in-value", "tag-directive", "long-form", "on-the-document"])
def test_python_tags_in_a_profile_file_never_run(tmp_path, name):
    canary = tmp_path / "canary"
    blueprint = tmp_path / "b.yaml"
    blueprint.write_text(HEADER + VALID_TAIL, encoding="utf-8")
    touch = f"touch {canary}"
    profile = tmp_path / "evil-profile.yaml"
    profile.write_text({
        "apply-in-value": f"id: p\nstages:\n  - {{id: s, name: !!python/object/apply:os.system [{touch!r}]}}\n",
        "tag-directive": f"%TAG !py! tag:yaml.org,2002:python/\n---\nid: !py!object/apply:os.system [{touch!r}]\nstages: [{{id: s}}]\n",
        "long-form": f"id: p\nstages: !<tag:yaml.org,2002:python/object/apply:os.system> [{touch!r}]\n",
        "on-the-document": f"--- !!python/object/apply:os.system\nargs: [{touch!r}]\n",
    }[name], encoding="utf-8")
    completed, events = run_audited(f"""
        from click.testing import CliRunner
        from blueprint.cli import main
        # Exceptions are caught here: this test is about execution; the traceback that one of
        # these profiles causes is reported in test_profile_limits.py.
        result = CliRunner().invoke(main, ["validate", {str(blueprint)!r}, "--profile", {str(profile)!r}])
        print(result.exit_code)
    """, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert _spawns(events) == [] and not canary.exists()
