"""What `render --against BEFORE` marks: steps added, changed and removed.

The comparison itself belongs to ``blueprint.diff`` (`blueprint diff`); the diagram reads
only its ``steps`` part, so the drawing and the diff can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blueprint.model import Document


@dataclass(frozen=True)
class StepChanges:
    added: frozenset[str] = frozenset()
    removed: tuple[str, ...] = ()  # in the order of the before document
    changed: dict[str, tuple[str, ...]] = field(default_factory=dict)  # step id -> changed fields
    crossed_visibility: frozenset[str] = frozenset()


def step_changes(before: Document, after: Document) -> StepChanges:
    """The steps added, removed and changed from ``before`` to ``after`` (matched by id)."""
    from blueprint.diff import diff_documents

    try:
        result = diff_documents(before, after, "", "")
    except TypeError:  # the two-argument form of the diff module's API
        result = diff_documents(before, after)
    steps = result["steps"]
    return StepChanges(
        added=frozenset(steps["added"]),
        removed=tuple(steps["removed"]),
        changed={item["id"]: tuple(item["fields"]) for item in steps["changed"]},
        crossed_visibility=frozenset(item["id"] for item in steps["changed"] if item.get("crossed_visibility")),
    )
