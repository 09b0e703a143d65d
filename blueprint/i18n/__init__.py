"""User-facing text in zh-CN, zh-TW and en: ``t(key, lang, **fields)``.

Catalogues are YAML files ``blueprint/i18n/<area>/<lang>.yaml`` (one area per concern:
``checks``, ``cli``, ``render``...). English is the reference; a missing key in another
language falls back to it, and a test holds every language to the same keys and placeholders.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANGUAGES = ("zh-CN", "zh-TW", "en")
DEFAULT_LANGUAGE = "en"
_HERE = Path(__file__).parent


def normalise_language(lang: str | None) -> str:
    """A supported language code for ``lang`` (``zh``, ``zh_cn``, ``zh-Hant`` ...), else English."""
    if not lang:
        return DEFAULT_LANGUAGE
    low = str(lang).replace("_", "-").lower()
    if low in ("zh-tw", "zh-hk", "zh-mo", "zh-hant") or low.startswith("zh-hant"):
        return "zh-TW"
    if low.startswith("zh"):
        return "zh-CN"
    return "en" if low.startswith("en") else DEFAULT_LANGUAGE


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[str, str]:
    """Every key of one language, all areas merged."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")  # the C loader when ruamel.yaml.clib is there
    merged: dict[str, str] = {}
    for path in sorted(_HERE.glob(f"*/{lang}.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8")) or {}
        merged.update({str(key): str(value) for key, value in _flatten(data)})
    return merged


def _flatten(data: dict, prefix: str = ""):
    for key, value in data.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from _flatten(value, f"{full}.")
        else:
            yield full, value


def t(key: str, lang: str | None = None, /, **fields: object) -> str:
    """The text for ``key`` in ``lang`` with ``fields`` filled in; the key itself if unknown."""
    lang = normalise_language(lang)
    text = catalogue(lang).get(key)
    if text is None:
        text = catalogue(DEFAULT_LANGUAGE).get(key, key)
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError):
        return text
