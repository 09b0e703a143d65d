"""Outputs are written atomically and never over an input."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from blueprint.errors import UserError
from blueprint.io import write_atomic


def test_write_atomic_replaces_whole_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_refuses_inputs_in_any_spelling(tmp_path):
    source = tmp_path / "in.yaml"
    source.write_text("x", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(source)
    for spelling in (source, tmp_path / "." / "in.yaml", tmp_path / "sub" / ".." / "in.yaml", link):
        (tmp_path / "sub").mkdir(exist_ok=True)
        with pytest.raises(UserError):
            write_atomic(spelling, "y", inputs=[source])
    assert source.read_text(encoding="utf-8") == "x"


def test_refuses_folder_and_missing_parent(tmp_path):
    with pytest.raises(UserError):
        write_atomic(tmp_path, "y")
    with pytest.raises(UserError):
        write_atomic(tmp_path / "missing" / "out.txt", "y")


def test_killed_writer_leaves_old_file_whole_and_no_temporary(tmp_path):
    """Kill a process in the middle of many large writes: the old content survives whole."""
    target = tmp_path / "out.bin"
    old = b"A" * 4_000_000
    target.write_bytes(old)
    script = textwrap.dedent(f"""
        import sys
        from blueprint.io import write_atomic
        print("ready", flush=True)
        while True:
            write_atomic({str(target)!r}, b"B" * 4_000_000)
    """)
    for _ in range(20):
        process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
        assert process.stdout.readline().strip() == b"ready"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        data = target.read_bytes()
        assert data in (old, b"B" * 4_000_000)
    # The data is written to an unnamed file (O_TMPFILE) and named only for the final rename;
    # a writer killed in that microsecond window leaves a temporary that the next write removes.
    write_atomic(target, old)
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]
    assert target.read_bytes() == old


def test_orphan_of_a_dead_writer_is_swept(tmp_path):
    target = tmp_path / "out.txt"
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    orphan = tmp_path / f".out.txt.{process.pid}.abcd1234.tmp"
    orphan.write_text("half", encoding="utf-8")
    mine = tmp_path / f".out.txt.{os.getpid()}.abcd1234.tmp"  # a live writer's: kept
    mine.write_text("busy", encoding="utf-8")
    write_atomic(target, "done")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out.txt", mine.name])
