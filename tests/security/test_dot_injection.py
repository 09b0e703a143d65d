"""DOT injection through every text field of the model.

For each payload, every free-text field of a blueprint carries it (security_support.TEXT_FIELDS).
The `.dot` that `blueprint render` writes is parsed by Graphviz itself: its nodes and edges
must be exactly those of the same blueprint with harmless text. The `.svg` must show the text
verbatim wherever the diagram shows that field, and hold no element user text could open.
"""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from click.testing import CliRunner

from blueprint.cli import main
from security_support import TEXT_FIELDS, require_tool, write_blueprint

pytestmark = pytest.mark.needs_dot

PAYLOADS = [
    '"];evil[label="x',
    "<TABLE>",
    "</TD></TR></TABLE>>];evil[shape=box];x[label=<",
    "\\N \\G \\L \\l",
    "} {",
    "};digraph evil{",
    "&amp; &lt; &#60;",
    "line one\nline two\r\nline three",
    '<IMG SRC="/etc/passwd"/>',
    "-> evil; evil -> evil",
    "\\",
    '"',
    "<!-- ]]> <![CDATA[",
]


def _marker(field: str) -> str:
    return f"Q{TEXT_FIELDS.index(field):02d}"


def _render(source: Path, output: Path, *extra: str) -> None:
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(output), *extra], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def _graph(dot_file: Path) -> tuple[set[str], set[tuple[str, str]]]:
    """Nodes and edges of a DOT file, as Graphviz reads it."""
    dot = require_tool("dot")
    completed = subprocess.run([dot, "-Kneato", "-n2", "-Tjson0", str(dot_file)], capture_output=True, check=True)
    data = json.loads(completed.stdout)
    objects = data.get("objects", [])
    names = {item["name"] for item in objects}
    edges = {(objects[edge["tail"]]["name"], objects[edge["head"]]["name"]) for edge in data.get("edges", [])}
    return names, edges


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _shown_verbatim(squeezed: str, written: str) -> bool:
    """The text is in the drawing as written, or as written up to a visible cut ("…").

    Long labels wrap at spaces and a newline starts a new line, so whitespace is not compared;
    labels longer than their box are capped with an ellipsis by design (tests/render).
    """
    full = _squeeze(written)
    if full in squeezed:
        return True
    return any(full[:end] + "…" in squeezed for end in range(len(full) - 1, 3, -1))


def _svg_text(svg_file: Path) -> tuple[str, set[str]]:
    """All text of the SVG (one line per <text>), and the set of element names."""
    root = ElementTree.parse(svg_file).getroot()
    texts, tags = [], set()
    for element in root.iter():
        tags.add(element.tag.rsplit("}", 1)[-1])
        if element.tag.endswith("text"):
            texts.append("".join(element.itertext()))
    return "\n".join(texts), tags


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """The harmless blueprint: its graph, and which fields the diagram shows."""
    folder = tmp_path_factory.mktemp("baseline")
    source = write_blueprint(folder, lambda field: f"{_marker(field)}ok")
    _render(source, folder / "out.dot")
    _render(source, folder / "out.svg")
    text, tags = _svg_text(folder / "out.svg")
    shown = [field for field in TEXT_FIELDS if f"{_marker(field)}ok" in text]
    assert len(shown) >= 10, shown  # the diagram shows names, evidence, lanes, branches, fail points...
    return _graph(folder / "out.dot"), shown, tags


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_payload_in_every_text_field_cannot_change_the_graph(tmp_path, baseline, payload):
    (nodes, edges), shown, baseline_tags = baseline
    source = write_blueprint(tmp_path, lambda field: f"{_marker(field)}{payload}")
    _render(source, tmp_path / "out.dot")
    assert _graph(tmp_path / "out.dot") == (nodes, edges)
    _render(source, tmp_path / "out.svg")
    text, tags = _svg_text(tmp_path / "out.svg")
    assert tags <= baseline_tags, tags - baseline_tags  # no <image>, <a>, <script>... from user text
    squeezed = _squeeze(text)
    for field in shown:
        assert _shown_verbatim(squeezed, _marker(field) + payload), (field, payload)


def test_payloads_cannot_change_the_graph_with_against(tmp_path, baseline):
    """`render --against`: the before blueprint's text (removed steps are drawn) is escaped too."""
    (nodes, edges), _, _ = baseline
    everything = " ".join(PAYLOADS)
    before = write_blueprint(tmp_path, lambda field: f"{_marker(field)}{everything}", "before.yaml")
    after = write_blueprint(tmp_path, lambda field: f"{_marker(field)}{everything}", "after.yaml")
    _render(after, tmp_path / "out.dot", "--against", str(before))
    compared_nodes, compared_edges = _graph(tmp_path / "out.dot")
    harmless = write_blueprint(tmp_path, lambda field: f"{_marker(field)}ok", "harmless.yaml")
    _render(harmless, tmp_path / "harmless.dot", "--against", str(harmless))
    assert (compared_nodes, compared_edges) == _graph(tmp_path / "harmless.dot")
    assert nodes <= compared_nodes
