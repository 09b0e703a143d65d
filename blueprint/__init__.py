"""blueprint: service blueprints and service standards, checked, drawn and printed.

The DSL names (``Blueprint``, ``Customer``, ``Onstage``, ``When``...) are imported lazily so that
``blueprint --version`` stays fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

_DSL_NAMES = {
    "Blueprint", "Actor", "Customer", "Onstage", "Frontstage", "Backstage", "Support",
    "Management", "Step", "When", "FailPoint", "Standard", "Phrases", "Span",
}

__all__ = ["__version__", *sorted(_DSL_NAMES)]


def __getattr__(name: str):
    if name in _DSL_NAMES:
        from blueprint import dsl

        return getattr(dsl, name)
    raise AttributeError(f"module 'blueprint' has no attribute {name!r}")
