"""Raw data (dicts and lists as written) → Document, with every schema error a BP001 finding.

Shared by the YAML and DSL loaders, so both report the same errors at their own lines.
"""

from __future__ import annotations

import difflib
from typing import Any

from blueprint.findings import Finding, Severity
from blueprint.i18n import normalise_language, t
from blueprint.source import DataPath, Location, SourceMap


def document_language(raw: Any) -> str:
    """The blueprint's language as written, for messages, even when the rest is invalid."""
    if isinstance(raw, dict):
        header = raw.get("blueprint")
        if isinstance(header, dict) and isinstance(header.get("language"), str):
            return normalise_language(header["language"])
    return "en"


def bp001(source: SourceMap, location: Location | tuple[int, int], message: str, ref: str) -> Finding:
    if isinstance(location, Location):
        line, column = location.line, location.column
    else:
        line, column = location
    return Finding("BP001", Severity.ERROR, message, source.file, line, column, ref)


def validate_document(raw: Any, source: SourceMap, language: str):
    """The Document, or None and the BP001 findings for every schema problem at once."""
    from pydantic import ValidationError

    from blueprint.model import Document

    if not isinstance(raw, dict):
        return None, [bp001(source, (1, 1), t("load.not_mapping", language), "")]
    try:
        document = Document.model_validate(raw)
    except ValidationError as error:
        return None, _schema_findings(error, raw, source, language)
    attach_locations(document, source)
    return document, []


def _schema_findings(error, raw: Any, source: SourceMap, language: str) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple] = set()
    for item in error.errors(include_url=False):
        path = _data_path(raw, item["loc"])
        key = (path, item["type"] if item["type"] != "missing" else item["loc"][-1])
        if path in seen and item["type"] not in ("missing", "extra_forbidden"):
            continue  # one message per place: union members repeat the same problem
        seen.add(path)
        if key in seen:
            continue
        seen.add(key)
        message = _message(item, path, raw, language)
        location = source.locate(path, prefer_key=item["type"] == "extra_forbidden")
        findings.append(bp001(source, location, message, location.ref))
    return findings


def _data_path(raw: Any, loc: tuple) -> DataPath:
    """The part of a pydantic ``loc`` that exists in the data (union member tags dropped)."""
    path: list[str | int] = []
    node = raw
    for part in loc:
        if isinstance(node, dict) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif isinstance(node, dict) and part == "from_" and "from" in node:
            path.append("from")
            node = node["from"]
        elif isinstance(node, dict) and isinstance(part, str) and part not in node:
            # a missing field or an extra key named by loc's last part
            if part == loc[-1]:
                path.append(part)
            break
        else:
            continue
    return tuple(path)


_FIELD_CHOICES = {
    "enum": "expected",
    "literal_error": "expected",
}


def _message(item: dict, path: DataPath, raw: Any, language: str) -> str:
    kind = item["type"]
    field = str(path[-1]) if path else "document"
    ctx = item.get("ctx") or {}
    value = item.get("input")
    shown = _short(value)
    if kind == "missing":
        return t("schema.missing", language, field=field)
    if kind == "extra_forbidden":
        allowed = _allowed_keys(item["loc"], raw)
        close = difflib.get_close_matches(field, allowed, n=1, cutoff=0.6)
        if close:
            return t("schema.unknown_key_close", language, field=field, suggestion=close[0])
        return t("schema.unknown_key", language, field=field, allowed=", ".join(sorted(allowed)))
    if kind in _FIELD_CHOICES:
        return t("schema.choice", language, field=field, value=shown, expected=ctx.get("expected", ""))
    if kind in ("duration", "rate", "target"):
        return t(f"schema.{kind}", language, field=field, value=shown)
    if kind == "bad_id":
        return t("schema.bad_id", language, field=field, value=shown)
    if kind == "surrogate":
        return t("schema.surrogate", language, field=field, code=ctx.get("code", ""))
    if kind == "evidence_lane":
        return t("schema.evidence_lane", language)
    if kind in ("greater_than_equal", "less_than_equal"):
        low, high = _field_bounds(field)
        return t("schema.range", language, field=field, value=shown, ge=low, le=high)
    if kind in ("string_type", "str_type"):
        return t("schema.want_text", language, field=field, value=shown)
    if kind in ("list_type",):
        return t("schema.want_list", language, field=field, value=shown)
    if kind in ("dict_type", "model_type", "model_attributes_type", "dataclass_type"):
        return t("schema.want_mapping", language, field=field, value=shown)
    if kind in ("bool_type", "bool_parsing"):
        return t("schema.want_bool", language, field=field, value=shown)
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return t("schema.want_int", language, field=field, value=shown)
    return t("schema.other", language, field=field, value=shown, detail=item.get("msg", kind))


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "..."


def _allowed_keys(loc: tuple, raw: Any) -> list[str]:
    """The keys the model accepts where an unknown key was found."""
    from blueprint.model import Actor, Document, FailPoint, Flow, Header, Step
    from standards.model import Phrases, SpanRange, Standard

    by_parent = {
        (): Document, ("blueprint",): Header, ("steps",): Step, ("standards",): Standard,
        ("actors",): Actor, ("fail_points",): FailPoint, ("next",): Flow, ("phrases",): Phrases,
        ("span",): SpanRange,
    }
    names = [part for part in loc[:-1] if isinstance(part, str) and part not in ("SpanRange",)]
    names = [name for name in names if name in {"blueprint", "steps", "standards", "actors", "fail_points", "next", "phrases", "span"}]
    model = by_parent.get(tuple(names[-1:]), Document)
    return [info.alias or name for name, info in model.model_fields.items()]


def attach_locations(document, source: SourceMap) -> None:
    """Give each object of the document its ``loc``: file, line, column and ref."""

    def put(obj: Any, path: DataPath) -> None:
        obj.__dict__["_loc"] = source.locate(path)

    put(document, ())
    put(document.blueprint, ("blueprint",))
    for actor_id, actor in document.actors.items():
        put(actor, ("actors", actor_id))
    for index, step in enumerate(document.steps):
        put(step, ("steps", index))
        for fail_index, fail_point in enumerate(step.fail_points):
            put(fail_point, ("steps", index, "fail_points", fail_index))
        for flow_index, flow in enumerate(step.next):
            put(flow, ("steps", index, "next", flow_index))
    for index, standard in enumerate(document.standards):
        put(standard, ("standards", index))


def _field_bounds(field: str) -> tuple[object, object]:
    """The allowed range of a bounded number field, for the message."""
    return {"emotion": (-3, 3), "gap": (1, 5), "severity": (1, 5)}.get(field, ("", ""))
