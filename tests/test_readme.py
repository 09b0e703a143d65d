"""The README's promises: its commands exist, and its finding-code table is the registry's."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_finding_code_table_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme.py"), "--check"])
    assert result.returncode == 0, "run `python3 scripts/readme.py` to refresh the README's code table"


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one():
    first_block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", README, re.S).group(1)
    assert "make demo" in first_block and "make test" in first_block
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_subcommand_in_the_cli_table_exists():
    from click.testing import CliRunner

    from blueprint.cli import main

    listed = set(re.findall(r"^\| `blueprint (\w+)", README, re.M))
    assert {"validate", "render", "manual", "smart", "stats", "diff", "simulate"} <= listed
    for command in listed:
        assert CliRunner().invoke(main, [command, "--help"]).exit_code == 0, command


def test_gallery_images_exist():
    for image in re.findall(r"\]\((docs/[^)]+\.png)\)", README):
        assert (ROOT / image).is_file(), image
