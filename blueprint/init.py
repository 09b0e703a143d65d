"""`blueprint init DIR`: a new blueprint to start from, copied from a template or an example."""

from __future__ import annotations

from pathlib import Path

from blueprint.errors import UserError
from blueprint.io import write_atomic
from blueprint.resources import examples_dir, templates_dir


def _sources() -> dict[str, Path]:
    found = {"starter": templates_dir() / "init" / "starter.yaml"}
    for path in sorted(examples_dir().glob("*.yaml")) + sorted(examples_dir().glob("*.py")):
        found.setdefault(path.stem, path)
    return {name: path for name, path in found.items() if path.exists()}


def available_templates() -> list[str]:
    return list(_sources())


def init_directory(directory: str, template: str, *, force: bool = False) -> list[Path]:
    """Copy the template into ``directory``; refuse a non-empty folder unless ``force``."""
    sources = _sources()
    if template not in sources:
        raise UserError(f"unknown template '{template}'; choose one of: {', '.join(sources)}")
    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{directory}: is a file, not a folder; choose a folder name")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise UserError(f"{directory}: the folder is not empty; choose an empty folder or add --force")
    source = sources[template]
    target = folder / ("blueprint" + source.suffix if template == "starter" else source.name)
    if target.exists():
        raise UserError(f"{target}: already exists; nothing was overwritten (choose another folder)")
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(target, source.read_bytes())
    return [target]
