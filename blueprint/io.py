"""Writing outputs safely: atomically, and never over one of the command's inputs.

Why: a consultant's blueprint is their work; an interrupted render must not leave half a file,
and ``blueprint export x.yaml --to yaml -o x.yaml`` must not destroy the source.
"""

from __future__ import annotations

import os
import tempfile
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

    The old file stays whole until the rename; no temporary file is left on failure.
    """
    out = check_output(output, inputs)
    if out.is_symlink():
        # Write where the link points, so the link stays and the input check above applies.
        out = out.resolve()
    payload = data.encode("utf-8") if isinstance(data, str) else data
    descriptor, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if out.exists():
            try:
                os.chmod(temporary, out.stat().st_mode & 0o777)
            except OSError:
                pass
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, out)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    return out
