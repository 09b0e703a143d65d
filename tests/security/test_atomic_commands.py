"""Outputs are atomic through the real commands: killed mid-write, the old file stays whole.

tests/test_io.py kills a loop of ``write_atomic`` calls. Here the process runs a command
(`blueprint export … -o`, `blueprint render … -o`) over and over, and the test waits until it
is *in the middle of writing* before it sends SIGKILL: it watches the child's open files in
/proc for the unnamed temporary (O_TMPFILE shows as ``#inode (deleted)`` in the output's
folder) or a named temporary beside the output. After every kill the output is the old file
or the new one, whole, and the only thing ever left is a named temporary of the dead writer
from the microseconds between naming it and renaming it, which the next write sweeps away.
Without O_TMPFILE (forced in the child) a kill leaves the named temporary it was writing: it
carries the dead writer's pid, and the next write sweeps it away too.
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
    import os, sys
    if os.environ.get("BLUEPRINT_TEST_NO_TMPFILE"):
        del os.O_TMPFILE  # the named-temporary path, as on systems without O_TMPFILE
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


def _kill_mid_write(arguments: list[str], folder: Path, output: Path, old: bytes, new: bytes, rounds: int,
                    *, named: bool = False) -> int:
    """Kill the command ``rounds`` times while it writes; check the output after each kill.
    Returns how many named temporaries the kills left (each must be the dead writer's).
    ``named``: the child writes through named temporaries (no O_TMPFILE)."""
    leftovers = 0
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **({"BLUEPRINT_TEST_NO_TMPFILE": "1"} if named else {})}
    for _ in range(rounds):
        child = subprocess.Popen([sys.executable, "-c", LOOP, *arguments], stdout=subprocess.PIPE, cwd=folder,
                                 env=environment)
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


def _export_case(folder: Path) -> tuple[list[str], Path, bytes, bytes]:
    source = folder / "in.yaml"
    # 3 MB of notes: an output large enough that the write itself takes a while
    source.write_text((ROOT / "templates" / "init" / "starter.yaml").read_text(encoding="utf-8")
                      + "notes: " + "长" * 1_000_000 + "\n", encoding="utf-8")
    output = folder / "out.yaml"
    new = CliRunner().invoke(main, ["export", str(source)], catch_exceptions=False).stdout_bytes
    old = b"old: whole\n" * 50_000
    output.write_bytes(old)
    return ["export", "in.yaml", "-o", "out.yaml"], output, old, new


def test_export_killed_mid_write_leaves_the_old_file_whole(tmp_path):
    arguments, output, old, new = _export_case(tmp_path)
    leftovers = _kill_mid_write(arguments, tmp_path, output, old, new, rounds=4)
    assert leftovers <= 1  # only a kill in the microseconds between naming and renaming leaves one
    _finish(arguments, tmp_path, output, new, {"in.yaml", "out.yaml"})


def test_without_o_tmpfile_a_killed_writers_temporary_is_swept(tmp_path):
    """Where O_TMPFILE is missing, a kill mid-write leaves a named temporary: it carries the dead
    writer's pid, so the next write removes it."""
    arguments, output, old, new = _export_case(tmp_path)
    leftovers = _kill_mid_write(arguments, tmp_path, output, old, new, rounds=2, named=True)
    assert leftovers >= 1
    _finish(arguments, tmp_path, output, new, {"in.yaml", "out.yaml"})


@pytest.mark.skipif(not hasattr(os, "O_TMPFILE"), reason="O_TMPFILE is Linux's")
def test_write_atomic_uses_the_unnamed_temporary(tmp_path, monkeypatch):
    """The unnamed file must get its name (linkat through /proc, following the link): before,
    os.link() without a dir_fd called link(), failed with EXDEV, and every write went the
    named way, leaving a temporary when killed."""
    import blueprint.io

    def refuse(*args):
        raise AssertionError("fell back to a named temporary")

    monkeypatch.setattr(blueprint.io, "_write_named", refuse)
    blueprint.io.write_atomic(tmp_path / "out.txt", "whole")
    assert [path.name for path in tmp_path.iterdir()] == ["out.txt"]


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
    _kill_mid_write(arguments, tmp_path, output, old, new, rounds=4)
    _finish(arguments, tmp_path, output, new, {"in.yaml", "out.svg"})
