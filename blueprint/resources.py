"""Where the packaged data lives: templates, examples, profiles.

In a checkout (or an editable install) they are the top-level folders beside the package; in a
wheel they are installed inside the package as ``blueprint/_data/…``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data(name: str) -> Path:
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    return _PACKAGE / "_data" / name


def templates_dir() -> Path:
    return _data("templates")


def examples_dir() -> Path:
    return _data("examples")


def profiles_dir() -> Path:
    return _PACKAGE / "profiles"
