"""The comparison chapter (``manual --against BEFORE``): what the redesign changed.

The content is ``blueprint.diff.diff_documents`` (the ``diff --format json`` shape of cli.md),
laid out for a reader: steps, fail points and standards added, removed and changed (which
fields, before and after), steps moved across the line of visibility called out, every measure
side by side, and the to-be diagram with its changes marked when the renderer can draw it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from blueprint.i18n import t
from blueprint.model import Document, Lane


@dataclass
class ChangedItem:
    id: str
    name: str
    fields: list[tuple[str, str, str]]  # (field label, before, after)
    crossed_visibility: bool = False


@dataclass
class ComparisonSection:
    key: str
    title: str
    added: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    removed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[ChangedItem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass
class MeasureRow:
    name: str
    before: str
    after: str
    change: str
    direction: int  # -1, 0, +1: for the stylesheet only


@dataclass
class ComparisonView:
    anchor: str
    title: str
    intro: str
    before_title: str
    after_title: str
    sections: list[ComparisonSection]
    measures: list[MeasureRow]
    diagram: Any  # view.DiagramView
    note: str = ""


def _names(document: Document) -> dict[str, dict[str, str]]:
    """Readable names by id for each kind of object, to print beside the ids."""
    return {
        "steps": {step.id: step.name for step in document.steps},
        "fail_points": {fail.id: fail.what for step in document.steps for fail in step.fail_points},
        "standards": {standard.id: standard.statement for standard in document.standards},
    }


def format_value(value: Any, lang: str) -> str:
    """A field value as written in the source (cli.md: ``[before, after]``), as one line."""
    if value is None or value == "" or value == [] or value == {}:
        return t("handbook.comparison.empty_value", lang)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        from standards.handbook.parts import list_separator

        return list_separator(lang).join(format_value(item, lang) for item in value)
    if isinstance(value, dict):
        if "min" in value and "max" in value and set(value) <= {"min", "likely", "max"}:
            text = f"{value['min']}–{value['max']}"
            if "likely" in value:
                text += " (" + t("handbook.steps.likely", lang, value=value["likely"]) + ")"
            return text
        return ", ".join(f"{key}: {format_value(item, lang)}" for key, item in value.items())
    return str(value)


def _field_value(name: str, value: Any, document: Document, lang: str) -> str:
    """A changed field's value in words a reader knows: lane, actor and step names, labels."""
    from standards.handbook.parts import lane_label

    if value is None:
        return format_value(value, lang)
    if name == "lane" and isinstance(value, str):
        try:
            return lane_label(document, Lane(value), lang)
        except ValueError:
            return value
    if name == "actor" and isinstance(value, str) and value in document.actors:
        return document.actors[value].name
    if name == "next" and isinstance(value, list):
        steps = document.step_index
        from standards.handbook.parts import list_separator

        names = [steps[item].name if isinstance(item, str) and item in steps else format_value(item, lang) for item in value]
        return list_separator(lang).join(names) or format_value(None, lang)
    if name in ("contact", "dimension") and isinstance(value, str):
        label = t(f"handbook.{name}.{value}", lang)
        return value if label.startswith("handbook.") else label
    return format_value(value, lang)


def _label(key: str, fallback: str, lang: str) -> str:
    text = t(key, lang)
    return fallback if text == key else text


def _measure_label(name: str, lang: str) -> str:
    """The analytics catalogue's name of a measure (the one `stats` and `diff` print)."""
    try:
        from blueprint.stats import measure_label
    except ImportError:
        return name
    label = measure_label(name, lang)
    return name if not label or label.startswith("analytics.") else label


def _change(before: Any, after: Any, change: Any) -> tuple[str, int]:
    if isinstance(change, (int, float)) and not isinstance(change, bool):
        direction = (change > 0) - (change < 0)
        text = f"{change:+g}" if isinstance(change, float) else f"{change:+d}"
        return (text if change else "0"), direction
    return ("" if change is None else str(change)), 0


def comparison_from_diff(diff: dict, before: Document, after: Document, lang: str, *, anchor: str, diagram) -> ComparisonView:
    """Lay out a ``diff_documents`` result for the handbook."""
    names_before, names_after = _names(before), _names(after)
    sections = []
    for key in ("steps", "fail_points", "standards"):
        part = diff.get(key) or {}
        section = ComparisonSection(key=key, title=t(f"handbook.comparison.{key}", lang))
        section.added = [(item, names_after[key].get(item, "")) for item in part.get("added", [])]
        section.removed = [(item, names_before[key].get(item, "")) for item in part.get("removed", [])]
        for change in part.get("changed", []):
            item = change.get("id", "")
            fields = []
            for name, values in (change.get("fields") or {}).items():
                pair = list(values) if isinstance(values, (list, tuple)) else [None, values]
                pair += [None] * (2 - len(pair))
                fields.append((
                    _label(f"handbook.field.{name}", name, lang),
                    _field_value(name, pair[0], before, lang),
                    _field_value(name, pair[1], after, lang),
                ))
            section.changed.append(ChangedItem(
                id=item, name=names_after[key].get(item) or names_before[key].get(item, ""),
                fields=fields, crossed_visibility=bool(change.get("crossed_visibility")),
            ))
        sections.append(section)
    measures = []
    for row in diff.get("measures", []):
        name = str(row.get("name", ""))
        text, direction = _change(row.get("before"), row.get("after"), row.get("change"))
        measures.append(MeasureRow(
            name=_measure_label(name, lang),
            before=format_value(row.get("before"), lang), after=format_value(row.get("after"), lang),
            change=text, direction=direction,
        ))
    return ComparisonView(
        anchor=anchor,
        title=t("handbook.comparison.title", lang),
        intro=t("handbook.comparison.intro", lang, before=before.blueprint.title, after=after.blueprint.title),
        before_title=before.blueprint.title,
        after_title=after.blueprint.title,
        sections=sections,
        measures=measures,
        diagram=diagram,
    )


def comparison_view(before_source, after_source, lang: str, *, anchor: str, diagrams: str = "sheets") -> ComparisonView:
    """The comparison chapter of ``after_source`` against ``before_source`` (parts.Source)."""
    from standards.handbook.diagrams import diagram_for
    from standards.handbook.parts import DiagramView

    before, after = before_source.document, after_source.document
    try:
        from blueprint.diff import diff_documents
    except ImportError:
        return ComparisonView(
            anchor=anchor, title=t("handbook.comparison.title", lang),
            intro=t("handbook.comparison.intro", lang, before=before.blueprint.title, after=after.blueprint.title),
            before_title=before.blueprint.title, after_title=after.blueprint.title, sections=[], measures=[],
            diagram=DiagramView(), note=t("handbook.comparison.unavailable", lang),
        )
    diff = diff_documents(before, after, before_source.path, after_source.path)
    diagram = diagram_for(after, lang, f"{anchor}-", diagrams, against=before)
    return comparison_from_diff(diff, before, after, lang, anchor=anchor, diagram=diagram)
