"""Our resolver (blueprint/safe_yaml.py) gives every node the tag ruamel's own gives it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from blueprint.safe_yaml import safe_yaml

ROOT = Path(__file__).resolve().parents[2]
PLAIN_SCALARS = [
    "", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "yes", "no", "on", "off", "y", "n",
    "0", "-0", "+1", "0o17", "017", "0x1F", "0b101", "1_000", "1.5", ".5", "-1.5e-3", "1e3", ".inf", "-.Inf",
    ".nan", "2024-01-01", "2024-01-01T10:00:00Z", "2024-1-1 10:00:00", "12:30", "1:20:30", "<<", "=",
    "abc", "é", "中文", "3天", "2wd", "15s", "PT2M", "95%", "<= 15s", "s001",
]


def _tags(node, out: list) -> list:
    out.append((node.id, str(node.tag), node.value if node.id == "scalar" else None))
    if node.id == "mapping":
        for key, value in node.value:
            _tags(key, out)
            _tags(value, out)
    elif node.id == "sequence":
        for item in node.value:
            _tags(item, out)
    return out


DOCUMENTS = {
    "plain scalars as values": "\n".join(f"k{index}: {value}" for index, value in enumerate(PLAIN_SCALARS)) + "\n",
    "plain scalars in a list": "".join(f"- {value}\n" for value in PLAIN_SCALARS),
    "quoted scalars": "".join(f"- '{value}'\n" for value in PLAIN_SCALARS),
    "explicit tags": "- !!str 1\n- !!int '2'\n- !!float 3\n- !!null ''\n",
    "YAML 1.1 directive": "%YAML 1.1\n---\n- yes\n- 017\n- 0o17\n",
    **{path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").glob("*.yaml"))},
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_same_tags_as_ruamel(name):
    text = DOCUMENTS[name]
    expected = _tags(YAML(typ="safe").compose(io.StringIO(text)), [])
    assert _tags(safe_yaml().compose(io.StringIO(text)), []) == expected
    assert len(expected) > 3
