"""No command writes over one of its inputs, whatever the spelling of the output path.

Every command that writes (export, render, manual, stats -o, diff -o, init) is given, as its
output, each of its inputs spelled another way: the same path, `./x`, `sub/../x`, `x//` doubled
separators, the absolute path, a path through a linked folder, a symlink to it, a symlink to that symlink, a hard link, and
the input itself given through a symlink. Each is refused as a usage error (exit 2, one line),
before any work, and the input is left byte for byte as it was (links stay links).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from blueprint.cli import main

ROOT = Path(__file__).resolve().parents[2]
STARTER = (ROOT / "templates" / "init" / "starter.yaml").read_text(encoding="utf-8")


def _spellings(folder: Path, name: str, suffix: str) -> dict[str, str]:
    """Ways to name ``folder/name`` as an output path ending in ``suffix`` (links where the
    suffix must differ from the input's: a link is any name)."""
    target = folder / name
    (folder / "sub").mkdir(exist_ok=True)
    spellings = {}
    linked_folder = folder / "linked-folder"
    if not linked_folder.exists():
        linked_folder.symlink_to(folder, target_is_directory=True)
    if target.suffix == suffix:
        spellings.update({
            "same": name, "dot-slash": f"./{name}", "parent-walk": f"sub/../{name}", "doubled-separator": f".//{name}",
            "absolute": str(target), "absolute-walk": str(folder / "sub" / ".." / name),
            "through-a-linked-folder": f"linked-folder/{name}",
        })
    link = folder / f"link-to-{target.stem}{suffix}"
    link.symlink_to(target)
    chain = folder / f"chain-to-{target.stem}{suffix}"
    chain.symlink_to(link)
    hard = folder / f"hard-{target.stem}{suffix}"
    os.link(target, hard)
    relative_link = folder / "sub" / f"relative-{target.stem}{suffix}"
    relative_link.symlink_to(Path("..") / name)
    spellings.update({"symlink": link.name, "symlink-chain": chain.name, "hard-link": hard.name,
                      "relative-symlink": f"sub/{relative_link.name}"})
    return spellings


# command -> (files to create, arguments with {out}, the inputs whose spellings are tried, suffix)
COMMANDS = {
    "export": (["in.yaml"], ["export", "in.yaml", "-o", "{out}"], ["in.yaml"], ".yaml"),
    "export-dsl": (["in.py"], ["export", "in.py", "-o", "{out}"], ["in.py"], ".py"),
    "render": (["in.yaml"], ["render", "in.yaml", "-o", "{out}"], ["in.yaml"], ".svg"),
    "render-against": (["in.yaml", "before.yaml"], ["render", "in.yaml", "--against", "before.yaml", "-o", "{out}"], ["before.yaml"], ".dot"),
    "manual": (["in.yaml", "second.yaml"], ["manual", "in.yaml", "second.yaml", "-o", "{out}"], ["in.yaml", "second.yaml"], ".md"),
    "manual-against": (["in.yaml", "before.yaml"], ["manual", "in.yaml", "--against", "before.yaml", "-o", "{out}"], ["before.yaml"], ".html"),
    "stats": (["in.yaml", "second.yaml"], ["stats", "in.yaml", "second.yaml", "-o", "{out}"], ["in.yaml", "second.yaml"], ".yaml"),
    "diff": (["in.yaml", "before.yaml"], ["diff", "before.yaml", "in.yaml", "-o", "{out}"], ["in.yaml", "before.yaml"], ".yaml"),
}

DSL = ("from blueprint import Blueprint, Customer\n"
       "with Blueprint('d', title='D'):\n    Customer('A', id='a', evidence=['E'])\n")


def _cases():
    for command, (_, _, inputs, suffix) in COMMANDS.items():
        for source in inputs:
            yield command, source, suffix


@pytest.mark.parametrize(("command", "source", "suffix"), list(_cases()), ids=[f"{c}-{s}" for c, s, _ in _cases()])
def test_no_command_writes_over_an_input(tmp_path, monkeypatch, command, source, suffix):
    files, arguments, _, _ = COMMANDS[command]
    for name in files:
        (tmp_path / name).write_text(DSL if name.endswith(".py") else STARTER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    spellings = _spellings(tmp_path, source, suffix)
    before = {name: (tmp_path / name).read_bytes() for name in files}
    links = {path for path in tmp_path.rglob("*") if path.is_symlink()}
    refused = {}
    for spelling, output in spellings.items():
        result = CliRunner().invoke(main, [part.replace("{out}", output) for part in arguments], catch_exceptions=False)
        refused[spelling] = (result.exit_code, len(result.stderr.strip().splitlines()))
    assert {spelling: outcome for spelling, outcome in refused.items() if outcome != (2, 1)} == {}
    assert {name: (tmp_path / name).read_bytes() for name in files} == before
    assert {path for path in tmp_path.rglob("*") if path.is_symlink()} == links
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary left


def test_init_never_writes_over_a_file(tmp_path):
    folder = tmp_path / "project"
    folder.mkdir()
    existing = folder / "blueprint.yaml"
    existing.write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", str(folder), "--force"], catch_exceptions=False)
    assert result.exit_code == 2 and existing.read_text(encoding="utf-8") == "mine"
    # a link named like the file init writes, pointing at someone's work
    other = tmp_path / "other"
    other.mkdir()
    precious = tmp_path / "precious.yaml"
    precious.write_text("precious", encoding="utf-8")
    (other / "blueprint.yaml").symlink_to(precious)
    result = CliRunner().invoke(main, ["init", str(other), "--force"], catch_exceptions=False)
    assert result.exit_code == 2 and precious.read_text(encoding="utf-8") == "precious"


def test_schema_output_is_written_whole(tmp_path):
    """schema -o has no input to protect; it writes atomically like the others."""
    output = tmp_path / "schema.json"
    output.write_text("old", encoding="utf-8")
    result = CliRunner().invoke(main, ["schema", "-o", str(output)], catch_exceptions=False)
    assert result.exit_code == 0
    assert output.read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in tmp_path.iterdir()] == ["schema.json"]
