"""Loading a blueprint file, YAML or Python DSL, into a Document with its source map.

``load(path)`` picks the loader by suffix. Both loaders return a ``Loaded``: the document
(None when the file has schema errors), its source map and the findings met while loading
(BP001, and BP001 for duplicate keys). Only input that cannot be read at all raises
``UserError``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from blueprint.errors import UserError
from blueprint.findings import Finding
from blueprint.source import SourceMap

YAML_SUFFIXES = (".yaml", ".yml")
DSL_SUFFIXES = (".py",)
# The largest blueprint file read (YAML or DSL). A real blueprint is tens of kilobytes.
MAX_INPUT_BYTES = 5 * 1024 * 1024


@dataclass
class Loaded:
    path: str
    document: object | None  # blueprint.model.Document; typed loosely to keep imports light
    source: SourceMap
    findings: list[Finding] = field(default_factory=list)
    language: str = "en"
    raw: object | None = None  # the data as written, before validation


def read_input(path: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of an input file, at most ``limit + 1`` of them; UserError (exit 2) when it
    cannot be read at all.

    Why the cap: a caller tells a file that is too big by getting more than ``limit`` bytes,
    without holding a 50 MB file (or an endless ``/dev/zero`` named as a profile) in memory.
    """
    file = Path(path)
    if not file.exists():
        raise UserError(f"{path}: no such file; check the path")
    if file.is_dir():
        raise UserError(f"{path}: is a folder; name a blueprint file (.yaml, .yml or .py) inside it")
    try:
        with file.open("rb") as handle:
            return _read_at_most(handle, limit + 1)
    except PermissionError:
        raise UserError(f"{path}: permission denied; make the file readable") from None
    except OSError as error:
        raise UserError(f"{path}: cannot be read ({error.strerror}); check the file") from None


def _read_at_most(handle, count: int) -> bytes:
    """Up to ``count`` bytes, read in chunks: ``read(count)`` would allocate all of them at once."""
    chunks: list[bytes] = []
    remaining = count
    while remaining > 0:
        chunk = handle.read(min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def input_size(path: str, data: bytes) -> int:
    """The size of an input for messages: the file's, or what was read of a device or pipe."""
    try:
        return max(Path(path).stat().st_size, len(data))
    except OSError:
        return len(data)


def load(path: str) -> Loaded:
    """Load one blueprint file, YAML or DSL by its suffix."""
    suffix = Path(path).suffix.lower()
    if suffix in DSL_SUFFIXES:
        from blueprint.loaders.dsl_loader import load_dsl

        return load_dsl(path)
    if suffix in YAML_SUFFIXES:
        from blueprint.loaders.yaml_loader import load_yaml

        return load_yaml(path)
    raise UserError(f"{path}: unknown file type {suffix or '(none)'}; use .yaml, .yml or .py")
