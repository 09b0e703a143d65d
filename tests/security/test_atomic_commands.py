"""Outputs are atomic through the real commands: killed mid-write, the old file stays whole.

tests/test_io.py kills a loop of ``write_atomic`` calls. Here the process runs a command
(`blueprint export … -o`, `blueprint render … -o`) over and over, and the test waits until it
is *in the middle of writing* before it sends SIGKILL: it watches the child's open files in
/proc for the unnamed temporary (O_TMPFILE shows as ``#inode (deleted)`` in the output's
folder) or a named temporary beside the output. After every kill the output is the old file
or the new one, whole, and the only thing ever left is a named temporary of the dead writer
from the microseconds between naming it and renaming it, which the next write sweeps away.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from blueprint.cli import main

ROOT = Path(__file__).resolve().parents[2]
LOOP = textwrap.dedent("""
    import sys
    from blueprint.cli import main
    print("ready", flush=True)
    while True:
        try:
            main(sys.argv[1:], standalone_mode=False)
        except SystemExit:
            pass
""")

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see the writer's open files")


def _writing(pid: int, folder: Path, output: Path) -> bool:
    """The child holds a temporary of ``output`` open: unnamed in ``folder``, or named beside it."""
    try:
        descriptors = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for descriptor in descriptors:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{descriptor}")
        except OSError:
            continue
        if target.startswith(f"{folder}/") and (target.endswith("(deleted)") or target.startswith(f"{folder}/.{output.name}.")):
            return True
    return False


def _kill_mid_write(arguments: list[str], folder: Path, output: Path, old: bytes, new: bytes, rounds: int) -> int:
    """Kill the command ``rounds`` times while it writes; check the output after each kill.
    Returns how many named temporaries the kills left (each must be the dead writer's)."""
    leftovers = 0
    for _ in range(rounds):
        child = subprocess.Popen([sys.executable, "-c", LOOP, *arguments], stdout=subprocess.PIPE, cwd=folder,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:
            assert child.stdout.readline().strip() == b"ready"
            deadline = time.monotonic() + 30
            while not _writing(child.pid, folder, output):
                assert time.monotonic() < deadline, "the command never started writing"
                assert child.poll() is None, "the command died on its own"
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.kill()
            child.wait()
        assert output.read_bytes() in (old, new), "a killed command left a partial output"
        for path in folder.iterdir():
            if path.name.startswith("."):
                match = re.fullmatch(rf"\.{re.escape(output.name)}\.(\d+)\.[0-9a-f]+\.tmp", path.name)
                assert match and int(match.group(1)) == child.pid, path.name
                leftovers += 1
    return leftovers


def _finish(arguments: list[str], folder: Path, output: Path, new: bytes, names: set[str]) -> None:
    """One complete run: the new output, and nothing else in the folder."""
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(main, arguments, catch_exceptions=False)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert output.read_bytes() == new
    assert {path.name for path in folder.iterdir()} == names


def test_export_killed_mid_write_leaves_the_old_file_whole(tmp_path):
    source = tmp_path / "in.yaml"
    # 3 MB of notes: an output large enough that the write itself takes a while
    source.write_text((ROOT / "templates" / "init" / "starter.yaml").read_text(encoding="utf-8")
                      + "notes: " + "长" * 1_000_000 + "\n", encoding="utf-8")
    output = tmp_path / "out.yaml"
    arguments = ["export", "in.yaml", "-o", "out.yaml"]
    new = CliRunner().invoke(main, ["export", str(source)], catch_exceptions=False).stdout_bytes
    old = b"old: whole\n" * 50_000
    output.write_bytes(old)
    _kill_mid_write(arguments, tmp_path, output, old, new, rounds=6)
    _finish(arguments, tmp_path, output, new, {"in.yaml", "out.yaml"})


@pytest.mark.needs_dot
def test_render_killed_mid_write_leaves_the_old_file_whole(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate import blueprint_yaml
    finally:
        sys.path.remove(str(ROOT / "bench"))
    (tmp_path / "in.yaml").write_text(blueprint_yaml(60), encoding="utf-8")
    output = tmp_path / "out.svg"
    arguments = ["render", "in.yaml", "-o", "out.svg"]
    old = b"<svg>old</svg>\n" * 100_000
    output.write_bytes(old)
    reference = tmp_path / "reference.svg"
    assert CliRunner().invoke(main, ["render", str(tmp_path / "in.yaml"), "-o", str(reference)], catch_exceptions=False).exit_code == 0
    new = reference.read_bytes()
    reference.unlink()
    _kill_mid_write(arguments, tmp_path, output, old, new, rounds=5)
    _finish(arguments, tmp_path, output, new, {"in.yaml", "out.svg"})
