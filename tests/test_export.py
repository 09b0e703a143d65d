"""`export --to yaml`: loading the export gives an equal model; exporting twice, equal bytes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from blueprint.export import export_yaml
from blueprint.loaders import load
from blueprint.loaders.validate import validate_document
from blueprint.source import SourceMap
from strategies.blueprints import documents

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _round_trip(document) -> None:
    text = export_yaml(document)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "b.yaml"
        path.write_text(text, encoding="utf-8")
        loaded = load(str(path))
    assert loaded.findings == [], text
    assert loaded.document == document
    assert export_yaml(loaded.document) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_export_round_trips_generated_documents(data):
    document, findings = validate_document(data, SourceMap("generated"), "en")
    assert findings == []
    _round_trip(document)


def test_export_round_trips_every_example():
    paths = sorted(EXAMPLES.glob("*.yaml")) + sorted(EXAMPLES.glob("*.py"))
    for path in paths:
        loaded = load(str(path))
        if loaded.document is not None:
            _round_trip(loaded.document)


def test_dsl_module_exports_to_yaml(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "from blueprint import Blueprint, Customer, Onstage\n"
        "with Blueprint('m', title='M'):\n"
        "    Customer('Arrive', id='a', evidence=['Sign']) >> Onstage('Greet', id='g')\n",
        encoding="utf-8",
    )
    text = export_yaml(load(str(module)).document)
    assert "id: a" in text and "next: g" in text
