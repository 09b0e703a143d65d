"""Checks: structure (BP0xx), contact (BP1xx), fail points (BP2xx), analysis and SMART.

Importing a check module registers its rules; ``load_check_modules`` imports them all.
"""

from __future__ import annotations

import importlib

CHECK_MODULES = (
    "blueprint.checks.structure",
    "blueprint.checks.contact",
    "blueprint.checks.fail_points",
    "blueprint.checks.analysis",
    "blueprint.checks.profiles",
    "blueprint.checks.smart",
)


def load_check_modules() -> None:
    for name in CHECK_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:  # a module that exists but fails to import is a bug
                raise
