"""`blueprint schema`: the JSON Schema of the YAML format, for editors (yaml-language-server)."""

from __future__ import annotations

from typing import Any


def json_schema() -> dict[str, Any]:
    from blueprint.model import Document

    schema = Document.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Service blueprint"
    steps = schema.get("$defs", {}).get("Step", {}).get("properties", {})
    if "next" in steps:
        # `next` is written as one id, a list of ids (a fork) or a list of branches.
        steps["next"] = {
            "anyOf": [
                {"type": "string"},
                {"type": "array", "items": {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/Flow"}]}},
            ]
        }
    return schema
