"""Where the packaged data lives: templates, examples, profiles.

In a checkout (or an editable install) they are the top-level folders beside the package; in a
wheel they are installed inside the package as ``blueprint/_data/…``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data(name: str) -> Path:
    # The wheel's copy first: an installed package's parent is site-packages, where a folder
    # called ``templates`` or ``examples`` may belong to some other distribution. A checkout
    # has no ``_data`` (setup.py maps the top-level folders there only when building a wheel).
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def templates_dir() -> Path:
    return _data("templates")


def examples_dir() -> Path:
    return _data("examples")


def profiles_dir() -> Path:
    return _PACKAGE / "profiles"
