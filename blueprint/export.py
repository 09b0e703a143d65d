"""`blueprint export --to yaml`: any Document written in the YAML format, deterministically.

Values are written as the author wrote them ("2m", "<= 15s", {min, likely, max}); defaults
are left out; keys follow the model's order. Loading the output gives an equal Document and
exporting twice gives identical bytes.
"""

from __future__ import annotations

import io
from typing import Any

from blueprint.model import Document


def document_data(document: Document) -> dict[str, Any]:
    """The document as plain data in the format's shape, defaults left out."""
    data = document.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    for step, step_data in zip(document.steps, data.get("steps", [])):
        if step.next:
            step_data["next"] = _flows(step)
    return data


def _flows(step) -> Any:
    if all(flow.plain for flow in step.next):
        targets = [flow.to for flow in step.next]
        return targets[0] if len(targets) == 1 else targets
    return [flow.model_dump(mode="json", exclude_defaults=True) for flow in step.next]


def export_yaml(document: Document) -> str:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.allow_unicode = True
    yaml.width = 4096  # one value per line: long Chinese sentences are not folded
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump(document_data(document), buffer)
    return buffer.getvalue()
