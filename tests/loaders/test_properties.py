"""Generated documents, valid and broken, never make the loader raise."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint.export import export_yaml
from blueprint.loaders import load
from blueprint.loaders.validate import validate_document
from blueprint.source import SourceMap
from strategies.blueprints import documents


def _load_text(data: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "b.yaml"
        path.write_bytes(data)
        return load(str(path))


def _mutations(text: str):
    return st.one_of(
        st.builds(lambda i, j: text[:i] + text[j:], st.integers(0, len(text)), st.integers(0, len(text))),
        st.builds(lambda i, s: text[:i] + s + text[i:], st.integers(0, len(text)), st.text(max_size=12)),
        st.builds(lambda i, s: text[:i] + s + text[i:], st.integers(0, len(text)), st.sampled_from([": ", "- ", "\t", "{", "]", "&a ", "*a", "!!python/object ", "\n  ", "'", '"'])),
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_mutated_documents_give_findings_not_exceptions(data):
    raw = data.draw(documents(max_steps=5))
    document, _ = validate_document(raw, SourceMap("g"), "en")
    text = export_yaml(document)
    mutated = data.draw(_mutations(text))
    loaded = _load_text(mutated.encode("utf-8"))
    assert (loaded.document is None) == bool([f for f in loaded.findings if f.code == "BP001"])
    for finding in loaded.findings:
        assert finding.line >= 1 and finding.column >= 1


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_give_findings_not_exceptions(data):
    loaded = _load_text(data)
    assert loaded.document is None or loaded.findings == []
