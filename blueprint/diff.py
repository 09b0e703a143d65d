"""`blueprint diff BEFORE AFTER`: what a redesign changed, and what it did to every measure.

``diff_documents`` is the comparison itself, in the JSON shape of cli.md ("diff --format
json"); `render --against` and the handbook's comparison chapter import it. The text and
Markdown forms read like a consultant's summary: the verdict first (which measures improved,
which worsened, how the journey now ends), then the steps, fail points and standards that were
added, removed and changed, then every measure side by side.

Matching is by id. Values are compared as written (``"2m"``, ``{min, likely, max}``,
``"<= 15s"``); ``next`` as the sorted list of target ids. Fail points and standards are
compared on their own, so a removed fail point or standard does not also mark its step
changed; a fail point or standard that moved to another step has ``step`` among its fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from blueprint.findings import Finding
from blueprint.loaders import Loaded, load
from blueprint.stats import (
    DIRECTION, _ordered_names, counted, display_width, md_text, measure_label, number, output_language,
    pad, quoted, signed, step_name, title_of,
)

# Compared elsewhere (fail points, standards) or as the sorted targets (next); never a field change.
_STEP_SKIPPED = {"id", "fail_points", "standards", "next"}
# Free text is quoted in the summary, so that where one value ends and the next begins is clear.
_SENTENCES = {"say", "avoid"}  # phrases: whole sentences, quoted one by one
_FREE_TEXT = {"name", "what", "statement", "cause", "prevent", "recover", "notes", "metric", "measure", "owner"}


def _written(obj) -> dict[str, Any]:
    """An object's fields as written in the source (pydantic's JSON form keeps the written text)."""
    return obj.model_dump(mode="json", by_alias=True)


def _changed_fields(before: dict, after: dict, skip: set[str] = frozenset()) -> dict[str, list]:
    fields: dict[str, list] = {}
    for key in list(before) + [key for key in after if key not in before]:
        if key in skip:
            continue
        old, new = before.get(key), after.get(key)
        if old != new:
            fields[key] = [old, new]
    return fields


def _by_id(objects) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for obj in objects:
        index.setdefault(obj.id, obj)  # duplicate ids are BP002; the first one counts
    return index


def _added_removed(before: dict, after: dict) -> tuple[list[str], list[str], list[str]]:
    added = [key for key in after if key not in before]
    removed = [key for key in before if key not in after]
    common = [key for key in after if key in before]
    return added, removed, common


def _compare_steps(before, after) -> dict[str, Any]:
    old, new = _by_id(before.steps), _by_id(after.steps)
    added, removed, common = _added_removed(old, new)
    changed = []
    for step_id in common:
        a, b = old[step_id], new[step_id]
        fields = _changed_fields(_written(a), _written(b), _STEP_SKIPPED)
        targets_before, targets_after = sorted(a.targets), sorted(b.targets)
        if targets_before != targets_after:
            fields["next"] = [targets_before, targets_after]
        if fields:
            changed.append({
                "id": step_id,
                "fields": fields,
                "crossed_visibility": a.lane.below_visibility != b.lane.below_visibility,
            })
    return {"added": added, "removed": removed, "changed": changed}


def _fail_points(document) -> tuple[dict[str, Any], dict[str, str]]:
    points: dict[str, Any] = {}
    step_of: dict[str, str] = {}
    for step in document.steps:
        for point in step.fail_points:
            if point.id not in points:
                points[point.id] = point
                step_of[point.id] = step.id
    return points, step_of


def _compare_fail_points(before, after) -> dict[str, Any]:
    (old, old_step), (new, new_step) = _fail_points(before), _fail_points(after)
    added, removed, common = _added_removed(old, new)
    changed = []
    for point_id in common:
        fields = _changed_fields(_written(old[point_id]), _written(new[point_id]), {"id"})
        if old_step[point_id] != new_step[point_id]:
            fields["step"] = [old_step[point_id], new_step[point_id]]
        if fields:
            changed.append({"id": point_id, "fields": fields})
    return {"added": added, "removed": removed, "changed": changed}


def _compare_standards(before, after) -> dict[str, Any]:
    old, new = _by_id(before.standards), _by_id(after.standards)
    added, removed, common = _added_removed(old, new)
    changed = []
    for standard_id in common:
        fields = _changed_fields(_written(old[standard_id]), _written(new[standard_id]), {"id"})
        # A standard listed by a step's `standards:` has no `step:` of its own; moving it to
        # another step is still a change of the standard.
        owner_before = before.step_of_standard.get(standard_id)
        owner_after = after.step_of_standard.get(standard_id)
        if "step" not in fields and owner_before != owner_after:
            fields["step"] = [owner_before, owner_after]
        if fields:
            changed.append({"id": standard_id, "fields": fields})
    return {"added": added, "removed": removed, "changed": changed}


def compare_measures(measures_before: dict, measures_after: dict) -> list[dict[str, Any]]:
    """Every number `stats` reports, before and after, with change = after − before."""
    from blueprint.measures import numeric_measures

    flat_before, flat_after = numeric_measures(measures_before), numeric_measures(measures_after)
    rows = []
    for name in _ordered_names([flat_before, flat_after]):
        default = 0 if name.startswith("steps.by_lane.") else None  # a lane with no step has 0
        old, new = flat_before.get(name, default), flat_after.get(name, default)
        change = None if old is None or new is None else new - old
        if isinstance(change, float):
            change = round(change, 4)
        rows.append({"name": name, "before": old, "after": new, "change": change})
    return rows


def diff_documents(before, after, before_path: str, after_path: str) -> dict[str, Any]:
    """The comparison of two blueprints, in the exact shape of `diff --format json` (cli.md)."""
    from blueprint.measures import blueprint_measures

    return _diff(before, after, before_path, after_path, blueprint_measures(before), blueprint_measures(after))


def _diff(before, after, before_path: str, after_path: str, measures_before: dict, measures_after: dict) -> dict[str, Any]:
    return {
        "version": 1,
        "before": {"path": before_path, "blueprint": before.blueprint.id},
        "after": {"path": after_path, "blueprint": after.blueprint.id},
        "steps": _compare_steps(before, after),
        "fail_points": _compare_fail_points(before, after),
        "standards": _compare_standards(before, after),
        "measures": compare_measures(measures_before, measures_after),
    }


@dataclass
class DiffOutcome:
    """A diff with what its words need: both documents, their measures and the comparison."""

    before: Loaded
    after: Loaded
    result: dict[str, Any] | None
    findings: list[Finding]  # why one of the files could not be compared
    measures: tuple[dict, dict] | None = None  # `stats` of before and after


def diff_paths(before_path: str, after_path: str) -> DiffOutcome:
    """Load both files and compare them; a file with format errors leaves ``result`` None.

    Raises UserError when a file cannot be read at all.
    """
    from blueprint.measures import blueprint_measures

    before, after = load(before_path), load(after_path)
    findings = [*before.findings, *after.findings] if before.document is None or after.document is None else []
    if findings:
        return DiffOutcome(before, after, None, findings)
    measures = (blueprint_measures(before.document), blueprint_measures(after.document))
    result = _diff(before.document, after.document, before_path, after_path, *measures)
    return DiffOutcome(before, after, result, [], measures)


# ---- words -------------------------------------------------------------------------------


class _Words:
    """Formatting of one diff in one language: names, values as a reader reads them."""

    def __init__(self, outcome: DiffOutcome, lang: str | None) -> None:
        from blueprint.measures import blueprint_measures

        self.before, self.after = outcome.before.document, outcome.after.document
        self.lang = output_language(lang, self.after)
        self.measures = outcome.measures or (blueprint_measures(self.before), blueprint_measures(self.after))

    def t(self, key: str, **fields: Any) -> str:
        from blueprint.i18n import t

        return t(f"analytics.diff.{key}", self.lang, **fields)

    def sep(self) -> str:
        from blueprint.i18n import t

        return t("analytics.list_separator", self.lang)

    def step(self, step_id: str, document=None) -> str:
        return step_name(document or self.after, step_id, self.lang)

    def field(self, name: str) -> str:
        from blueprint.i18n import t

        return t(f"analytics.field.{name}", self.lang)

    def value(self, field: str, value: Any, document) -> str:
        """A field's value as written, made readable: lanes and actors by name, ranges spelt out."""
        from blueprint.i18n import t

        if value is None or value == [] or value == {}:
            return self.t("none")
        if isinstance(value, bool):
            return self.t("yes") if value else self.t("no")
        if field == "lane":
            return t(f"lane.{value}", self.lang)
        if field in ("kind", "contact", "dimension") or (field == "span" and isinstance(value, str)):
            return t(f"analytics.value.{field}.{value}", self.lang)
        if field == "actor" and value in document.actors:
            return document.actors[value].name
        if field in ("next", "step"):
            ids = value if isinstance(value, list) else [value]
            return self.sep().join(step_name(document, step_id, self.lang) for step_id in ids)
        if field == "emotion":
            return signed(value)
        if isinstance(value, dict):
            if "min" in value and "max" in value:
                if "likely" in value:
                    return self.t("range_likely", low=value["min"], likely=value["likely"], high=value["max"])
                return self.t("range", low=value["min"], high=value["max"])
            if "to" in value and "from" in value:
                return f"{step_name(document, value['from'], self.lang)} → {step_name(document, value['to'], self.lang)}"
            parts = [f"{self.field(key)} {self.value(key, item, document)}" for key, item in value.items() if item not in (None, [], {})]
            return self.t("sub_separator").join(parts) or self.t("none")
        if isinstance(value, list):
            return self.sep().join(str(item) for item in value)
        if isinstance(value, float) and field in ("likelihood", "compliance", "probability"):
            return f"{value * 100:g}%"
        if isinstance(value, str) and field in _FREE_TEXT:
            return quoted(value, self.lang)
        return str(value)

    def delta(self, field: str, old: list | None, new: list | None) -> str | None:
        """A list that gained or lost items, as "+item、−item"; None when only its order changed."""
        old, new = list(old or []), list(new or [])
        gained = [item for item in new if item not in old]
        lost = [item for item in old if item not in new]
        if not gained and not lost:
            return None
        shown = (lambda item: quoted(str(item), self.lang)) if field in _SENTENCES else str
        return self.sep().join([f"+{shown(item)}" for item in gained] + [f"−{shown(item)}" for item in lost])

    def change(self, name: str, old: Any, new: Any) -> str:
        """One field's change: lists (evidence, phrases) by what they gained and lost."""
        if _both_lists(old, new) and name not in ("next",):
            delta = self.delta(name, old, new)
            if delta is not None:
                return self.t("field_delta", field=self.field(name), changes=delta)
        if isinstance(old, (dict, type(None))) and isinstance(new, (dict, type(None))) and (old or new):
            # both mappings (or absent): phrases {say, avoid} change list by list; a field that
            # changed shape (a fixed delay that became a range) is shown whole below
            old_map, new_map = old or {}, new or {}
            keys = [key for key in {*old_map, *new_map} if old_map.get(key) is not None or new_map.get(key) is not None]
            if all(_both_lists(old_map.get(key), new_map.get(key)) for key in keys):
                parts = [
                    self.change(key, old_map.get(key), new_map.get(key))
                    for key in [*old_map, *(key for key in new_map if key not in old_map)]
                    if (old_map.get(key) or []) != (new_map.get(key) or [])
                ]
                return self.t("field_parts", field=self.field(name), parts=self.t("sub_separator").join(parts))
        return self.t(
            "field_change", field=self.field(name),
            before=self.value(name, old, self.before), after=self.value(name, new, self.after),
        )

    def changes(self, fields: dict[str, list]) -> str:
        return self.t("change_separator").join(self.change(name, old, new) for name, (old, new) in fields.items())


def _both_lists(old: Any, new: Any) -> bool:
    """Both values are lists (or absent), and at least one is there."""
    return isinstance(old, (list, type(None))) and isinstance(new, (list, type(None))) and (old is not None or new is not None)


def _verdict(result: dict, words: _Words) -> tuple[list[str], list[str], list[str]]:
    """Measures that improved, worsened, or changed with no better or worse in themselves."""
    better, worse, moved = [], [], []
    for row in result["measures"]:
        if row["before"] == row["after"]:
            continue
        direction = DIRECTION.get(row["name"], 0) if row["change"] is not None else 0
        text = words.t(
            "measure_change", label=measure_label(row["name"], words.lang),
            before=number(row["before"], row["name"]), after=number(row["after"], row["name"]),
        )
        if direction == 0:
            moved.append(text)
        elif (row["change"] > 0) == (direction > 0):
            better.append(text)
        else:
            worse.append(text)
    return better, worse, moved


def _emotion_story(words: _Words) -> list[str]:
    """How the journey's end and its unguarded low points changed (the peak-end rule)."""
    before, after = words.measures[0]["emotion"], words.measures[1]["emotion"]
    lines = []
    end_before, end_after = before["end"], after["end"]
    if end_after is not None:
        value = signed(end_after["value"])
        step = words.step(end_after["step"])
        if end_before is None:
            lines.append(words.t("end_now", value=value, step=step))
        elif end_before["value"] != end_after["value"] or end_before["step"] != end_after["step"]:
            key = "end_better" if end_after["value"] > end_before["value"] else "end_worse" if end_after["value"] < end_before["value"] else "end_same"
            lines.append(words.t(key, before=signed(end_before["value"]), after=value, step=step))
        if after["negative_end"]:
            lines.append(words.t("still_negative_end", value=value, step=step))
    worst_before, worst_after = before["worst_without_standard"], after["worst_without_standard"]
    if worst_before or worst_after:
        names = words.sep().join(words.step(step_id) for step_id in worst_after)
        if worst_after:
            lines.append(words.t("worst_left", n=len(worst_after), before=len(worst_before), steps=names))
        else:
            lines.append(words.t("worst_fixed", before=len(worst_before)))
    return lines


class _Line(NamedTuple):
    """One line of a section of changes, before any format: a heading (level 0, no mark) or an
    item (level 1; level 2 for a note under it) marked "+" added, "−" removed, "~" changed or " "."""

    level: int
    mark: str
    text: str


def _heading_line(text: str) -> _Line:
    return _Line(0, "", text)


def _verdict_lines(result: dict, words: _Words) -> list[tuple[str | None, str]]:
    """The verdict as (label, text): the measures that improved, worsened or otherwise changed
    (label "Better: " and so on), then how the journey's end and low points changed (label None)."""
    better, worse, moved = _verdict(result, words)
    lines: list[tuple[str | None, str]] = [
        (words.t(key), words.sep().join(items))
        for key, items in (("improved", better), ("worsened", worse), ("also_changed", moved)) if items
    ]
    return lines + [(None, line) for line in _emotion_story(words)]


def _sections(result: dict, words: _Words) -> list[list[_Line]]:
    """The steps, fail points and standards added, removed and changed: a list of lines a
    section, sections with nothing to say left out."""
    sections = (_step_lines(result, words), _fail_point_lines(result, words), _standard_lines(result, words))
    return [section for section in sections if section]


def _step_lines(result: dict, words: _Words) -> list[_Line]:
    steps = result["steps"]
    lines: list[_Line] = []
    from blueprint.i18n import t

    def where(document, step_id):
        step = document.step_index[step_id]
        return t(f"lane.{step.lane.value}", words.lang)

    if steps["added"]:
        lines.append(_heading_line(words.t("steps_added")))
        lines += [_Line(1, "+", words.t("in_lane", step=words.step(s, words.after), lane=where(words.after, s))) for s in steps["added"]]
    if steps["removed"]:
        lines.append(_heading_line(words.t("steps_removed")))
        lines += [_Line(1, "−", words.t("in_lane", step=words.step(s, words.before), lane=where(words.before, s))) for s in steps["removed"]]
    if steps["changed"]:
        lines.append(_heading_line(words.t("steps_changed")))
        for change in steps["changed"]:
            fields = dict(change["fields"])
            item = words.step(change["id"], words.after)
            if "name" in fields:  # a renamed step is named old → new, once
                item = f"{quoted(fields.pop('name')[0], words.lang)} → {item}"
            text = words.t("item_change", item=item, changes=words.changes(fields)) if fields else item
            lines.append(_Line(1, "~", text))
            if change["crossed_visibility"]:
                key = "now_below" if words.after.step_index[change["id"]].lane.below_visibility else "now_above"
                lines.append(_Line(2, " ", words.t(key)))
    return lines


def _fail_point_lines(result: dict, words: _Words) -> list[_Line]:
    points = result["fail_points"]
    (old, old_step), (new, new_step) = _fail_points(words.before), _fail_points(words.after)
    lines: list[_Line] = []
    if not (points["added"] or points["removed"] or points["changed"]):
        return lines
    lines.append(_heading_line(words.t("fail_points")))
    for point_id in points["added"]:
        lines.append(_Line(1, "+", words.t("fail_point_at", id=point_id, what=quoted(new[point_id].what, words.lang), step=words.step(new_step[point_id], words.after))))
    for point_id in points["removed"]:
        lines.append(_Line(1, "−", words.t("fail_point_at", id=point_id, what=quoted(old[point_id].what, words.lang), step=words.step(old_step[point_id], words.before))))
    for change in points["changed"]:
        point_id, fields = change["id"], dict(change["fields"])
        item = f"{point_id} {quoted(new[point_id].what, words.lang)}"
        if "what" in fields:  # said once: old → new
            item = f"{point_id} {quoted(fields.pop('what')[0], words.lang)} → {quoted(new[point_id].what, words.lang)}"
        lines.append(_Line(1, "~", words.t("item_change", item=item, changes=words.changes(fields)) if fields else item))
    return lines


def _standard_lines(result: dict, words: _Words) -> list[_Line]:
    standards = result["standards"]
    lines: list[_Line] = []
    if not (standards["added"] or standards["removed"] or standards["changed"]):
        return lines
    lines.append(_heading_line(words.t("standards")))

    def described(document, standard_id):
        standard = document.standard_index[standard_id]
        owner = document.step_of_standard.get(standard_id)
        text = f"{standard_id} {quoted(standard.statement, words.lang)}"
        return words.t("standard_at", standard=text, step=words.step(owner, document)) if owner in document.step_index else text

    lines += [_Line(1, "+", described(words.after, s)) for s in standards["added"]]
    lines += [_Line(1, "−", described(words.before, s)) for s in standards["removed"]]
    for change in standards["changed"]:
        lines.append(_Line(1, "~", words.t("item_change", item=change["id"], changes=words.changes(change["fields"]))))
    return lines


def _summary_line(result: dict, words: _Words) -> str:
    """One sentence of counts: "3 steps added, 2 removed; 1 standard changed; …"."""
    from blueprint.i18n import t

    sentences = []
    for kind in ("steps", "fail_points", "standards"):
        pieces = []
        for verb in ("added", "removed", "changed"):
            count = len(result[kind][verb])
            if not count:
                continue
            verb_text = words.t(f"verb_{verb}")
            if pieces:
                pieces.append(words.t("count_next", n=count, verb=verb_text))
            else:
                noun = counted(f"analytics.diff.noun_{kind}", count, words.lang)
                pieces.append(words.t("count_first", n=count, noun=noun, verb=verb_text))
        if pieces:
            sentences.append(t("analytics.list_separator", words.lang).join(pieces))
    crossed = [change["id"] for change in result["steps"]["changed"] if change["crossed_visibility"]]
    if crossed:
        names = words.sep().join(words.step(step_id, words.after) for step_id in crossed)
        sentences.append(counted("analytics.diff.count_crossed", len(crossed), words.lang, steps=names))
    if not sentences:
        return words.t("nothing_changed")
    return words.t("sentence_separator").join(sentences) + words.t("full_stop")


def _heading(document, words: _Words) -> str:
    """The blueprint's title, with its state (as-is, to-be) unless the title already says it."""
    from blueprint.i18n import t

    state, title = document.blueprint.state, title_of(document)
    if not state:
        return title
    label = t(f"analytics.state.{state}", words.lang)
    return title if label in title else words.t("titled_state", title=title, state=label)


def diff_text(outcome: DiffOutcome, lang: str | None = None) -> str:
    """The comparison as a consultant's summary for a terminal."""
    result, before, after = outcome.result, outcome.before.document, outcome.after.document
    words = _Words(outcome, lang)
    lines = [
        words.t("title", before=_heading(before, words), after=_heading(after, words)),
        f"  {result['before']['path']} → {result['after']['path']}",
        "",
        words.t("in_short") + _summary_line(result, words),
    ]
    lines += [f"  {label or ''}{text}" for label, text in _verdict_lines(result, words)]
    for section in _sections(result, words):
        lines.append("")
        lines += [line.text if line.level == 0 else f"{'  ' * line.level}{line.mark} {line.text}" for line in section]
    lines += ["", *_measure_table_text(result, words)]
    return "\n".join(lines) + "\n"


def _measure_table_text(result: dict, words: _Words) -> list[str]:
    before_label = _state_label(words.before, words, "before")
    after_label = _state_label(words.after, words, "after")
    rows = [(measure_label(row["name"], words.lang), number(row["before"], row["name"]), number(row["after"], row["name"]), _change_text(row), _mark(row, words)) for row in result["measures"]]
    header = (words.t("measures"), before_label, after_label, words.t("change"), "")
    widths = [max(display_width(row[i]) for row in [header, *rows]) for i in range(4)]
    lines = []
    for row in [header, *rows]:
        cells = [pad(row[0], widths[0])] + [pad(row[i], widths[i], right=True) for i in (1, 2, 3)]
        line = "  ".join(cells) + (f"  {row[4]}" if row[4] else "")
        lines.append(line.rstrip())
    return lines


def _state_label(document, words: _Words, fallback: str) -> str:
    from blueprint.i18n import t

    state = document.blueprint.state
    return t(f"analytics.state.{state}", words.lang) if state else words.t(fallback)


def _change_text(row: dict) -> str:
    if row["change"] is None:
        return "—"
    if row["name"].endswith("coverage"):
        return f"{signed(round(row['change'] * 100))}pp" if row["change"] else "0"
    return signed(row["change"])


def _mark(row: dict, words: _Words) -> str:
    if not row["change"]:
        return ""
    direction = DIRECTION.get(row["name"], 0)
    if direction == 0:
        return ""
    return words.t("better") if (row["change"] > 0) == (direction > 0) else words.t("worse")


_MD_MARKS = {"+": "➕ ", "−": "➖ ", "~": "✏️ ", " ": ""}  # an item's mark, as Markdown shows it


def diff_markdown(outcome: DiffOutcome, lang: str | None = None) -> str:
    """The comparison as a Markdown report: summary, changes, and a measures table."""
    result, before, after = outcome.result, outcome.before.document, outcome.after.document
    words = _Words(outcome, lang)
    lines = [
        f"# {md_text(words.t('title', before=_heading(before, words), after=_heading(after, words)))}",
        "",
        f"`{result['before']['path']}` → `{result['after']['path']}`",
        "",
        f"## {md_text(words.t('summary'))}",
        "",
        md_text(_summary_line(result, words)),
        "",
    ]
    for label, text in _verdict_lines(result, words):
        lines.append(f"- {md_text(text)}" if label is None else f"- **{md_text(label.strip())}** {md_text(text)}")
    for section in _sections(result, words):
        for line in section:
            if line.level == 0:
                lines += ([""] if lines[-1] else []) + [f"## {md_text(line.text)}", ""]
            else:
                lines.append(f"{'  ' * (line.level - 1)}- {_MD_MARKS[line.mark]}{md_text(line.text)}")
        lines.append("")
    lines += [f"## {md_text(words.t('measures'))}", ""]
    before_label, after_label = _state_label(before, words, "before"), _state_label(after, words, "after")
    lines.append(f"| {md_text(words.t('measures'))} | {md_text(before_label)} | {md_text(after_label)} | {md_text(words.t('change'))} | |")
    lines.append("|---|---:|---:|---:|---|")
    for row in result["measures"]:
        lines.append(
            f"| {md_text(measure_label(row['name'], words.lang))} | {number(row['before'], row['name'])} | "
            f"{number(row['after'], row['name'])} | {_change_text(row)} | {md_text(_mark(row, words))} |"
        )
    return "\n".join(lines) + "\n"


def render_diff(outcome: DiffOutcome, output_format: str, lang: str | None = None) -> str:
    """The comparison in the chosen format, ready to print or write."""
    import json

    if output_format == "json":
        return json.dumps(outcome.result, ensure_ascii=False, indent=2) + "\n"
    if output_format == "md":
        return diff_markdown(outcome, lang)
    return diff_text(outcome, lang)
