"""Writing outputs safely: atomically, and never over one of the command's inputs.

Why: a consultant's blueprint is their work; an interrupted render must not leave half a file,
and ``blueprint export x.yaml --to yaml -o x.yaml`` must not destroy the source.
"""

from __future__ import annotations

import os
from glob import escape as glob_escape
from pathlib import Path
from collections.abc import Iterable

from blueprint.errors import UserError


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def check_output(output: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """The output path, once it is known not to be (another spelling of, or a link to) an input."""
    out = Path(output)
    for source in inputs:
        if _same_file(out, Path(source)):
            raise UserError(
                f"{output}: refusing to write over the input file {source}; choose another output path"
            )
    if out.exists() and out.is_dir():
        raise UserError(f"{output}: is a folder; give a file name for the output")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise UserError(f"{output}: the folder {parent} does not exist; create it first")
    return out


def write_atomic(output: str | Path, data: bytes | str, inputs: Iterable[str | Path] = ()) -> Path:
    """Write ``data`` to ``output`` through a temporary file in the same folder, fsync, rename.

    The old file stays whole until the rename. Where the system has O_TMPFILE (Linux), the data
    is written to an unnamed file that is given a name only after fsync, so a process killed
    while writing leaves nothing behind; elsewhere a failure removes the named temporary.
    """
    out = check_output(output, inputs)
    if out.is_symlink():
        # Write where the link points, so the link stays and the input check above applies.
        out = out.resolve()
    payload = data.encode("utf-8") if isinstance(data, str) else data
    _sweep_orphans(out)
    mode = out.stat().st_mode & 0o777 if out.exists() else 0o644
    if hasattr(os, "O_TMPFILE"):
        try:
            _write_unnamed(out, payload, mode)
            return out
        except OSError:
            pass  # a file system without O_TMPFILE support: use a named temporary
    _write_named(out, payload, mode)
    return out


def _sweep_orphans(out: Path) -> None:
    """Remove temporaries of this output left by a killed writer: between naming its finished
    unnamed file and renaming it (a window of microseconds), or anywhere in a named write
    (where O_TMPFILE is missing); the pid is in the name."""
    for leftover in out.parent.glob(f".{glob_escape(out.name)}.*.tmp"):
        parts = leftover.name[len(out.name) + 2 : -len(".tmp")].split(".")
        if len(parts) == 2 and parts[0].isdigit() and not _alive(int(parts[0])):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _temporary_name(out: Path) -> str:
    """A temporary's name beside ``out``, with its writer's pid: `_sweep_orphans` can tell
    the leftover of a dead writer from the file of a live one."""
    return f".{out.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"


def _write_unnamed(out: Path, payload: bytes, mode: int) -> None:
    descriptor = os.open(out.parent, os.O_TMPFILE | os.O_WRONLY, mode)
    temporary = out.parent / _temporary_name(out)
    try:
        _write_all(descriptor, payload)
        os.fchmod(descriptor, mode)
        folder = os.open(out.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            # Given a dir_fd, CPython calls linkat(..., AT_SYMLINK_FOLLOW), which names the file
            # behind /proc/self/fd/N; without one it calls link(), which tries to link that
            # /proc symlink itself and always fails (EXDEV), so every write fell back to a
            # named temporary.
            os.link(f"/proc/self/fd/{descriptor}", temporary.name, dst_dir_fd=folder, follow_symlinks=True)
        finally:
            os.close(folder)
    finally:
        os.close(descriptor)
    try:
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _write_named(out: Path, payload: bytes, mode: int) -> None:
    temporary = out.parent / _temporary_name(out)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        _write_all(descriptor, payload)
        os.fchmod(descriptor, mode)
        os.close(descriptor)
        descriptor = -1
        os.replace(temporary, out)
    except BaseException:
        if descriptor >= 0:
            os.close(descriptor)
        temporary.unlink(missing_ok=True)
        raise


def _write_all(descriptor: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]
    os.fsync(descriptor)
