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


@dataclass
class Loaded:
    path: str
    document: object | None  # blueprint.model.Document; typed loosely to keep imports light
    source: SourceMap
    findings: list[Finding] = field(default_factory=list)
    language: str = "en"
    raw: object | None = None  # the data as written, before validation


def read_input(path: str) -> bytes:
    """The bytes of an input file; UserError (exit 2) when it cannot be read at all."""
    file = Path(path)
    if not file.exists():
        raise UserError(f"{path}: no such file; check the path")
    if file.is_dir():
        raise UserError(f"{path}: is a folder; name a blueprint file (.yaml, .yml or .py) inside it")
    try:
        with file.open("rb") as handle:
            return handle.read()
    except PermissionError:
        raise UserError(f"{path}: permission denied; make the file readable") from None
    except OSError as error:
        raise UserError(f"{path}: cannot be read ({error.strerror}); check the file") from None


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
