"""Every catalogue has every key in every language, with the same placeholders."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from blueprint.i18n import LANGUAGES, _flatten, normalise_language, t

CATALOGUES = Path(__file__).resolve().parents[1] / "blueprint" / "i18n"
AREAS = sorted(path.name for path in CATALOGUES.iterdir() if path.is_dir() and not path.name.startswith("_"))


def _load(area: str, lang: str) -> dict[str, str]:
    path = CATALOGUES / area / f"{lang}.yaml"
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return dict(_flatten(data or {}))


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(str(text)) if name}


@pytest.mark.parametrize("area", AREAS)
def test_every_language_has_every_key_and_placeholder(area):
    reference = _load(area, "en")
    assert reference, f"{area}/en.yaml is empty or missing"
    for lang in LANGUAGES:
        other = _load(area, lang)
        assert set(other) == set(reference), (area, lang, set(reference) ^ set(other))
        for key, text in reference.items():
            assert _placeholders(other[key]) == _placeholders(text), (area, lang, key)


def test_no_key_is_in_two_areas():
    """Lookups read areas one by one and stop at the first that has the key: a key in two
    areas would give whichever area is read first."""
    owner: dict[str, str] = {}
    for area in AREAS:
        for key in _load(area, "en"):
            assert key not in owner, (key, owner.get(key), area)
            owner[key] = area


def test_lookup_falls_back_to_english_and_normalises_codes():
    assert normalise_language("zh_cn") == "zh-CN" and normalise_language("zh-Hant") == "zh-TW"
    assert t("lane.customer", "zh-CN") == "顾客行为"
    assert t("lane.customer", "fr") == "Customer actions"
    assert t("no.such.key", "en") == "no.such.key"
