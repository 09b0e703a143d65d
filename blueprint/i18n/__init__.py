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


# Areas in the order a lookup reads them: most commands find every key they use in the first
# few, so the handbook's words (the largest file) are read only by the commands that print it.
_AREA_ORDER = ("core", "checks", "render", "smart", "simulate", "analytics", "handbook")


class _Catalogue:
    """One language's texts, read area by area as lookups need them."""

    def __init__(self, lang: str) -> None:
        paths = sorted(_HERE.glob(f"*/{lang}.yaml"),
                       key=lambda path: (_AREA_ORDER.index(path.parent.name) if path.parent.name in _AREA_ORDER
                                         else len(_AREA_ORDER), path.parent.name))
        self.pending = list(reversed(paths))
        self.texts: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        while key not in self.texts and self.pending:
            self._read(self.pending.pop())
        return self.texts.get(key)

    def everything(self) -> dict[str, str]:
        while self.pending:
            self._read(self.pending.pop())
        return self.texts

    def _read(self, path: Path) -> None:
        from blueprint.safe_yaml import safe_yaml

        data = safe_yaml().load(path.read_text(encoding="utf-8")) or {}
        self.texts.update({str(key): str(value) for key, value in _flatten(data)})


@lru_cache(maxsize=None)
def _catalogue(lang: str) -> _Catalogue:
    return _Catalogue(lang)


def catalogue(lang: str) -> dict[str, str]:
    """Every key of one language, all areas merged."""
    return _catalogue(lang).everything()


def lookup(key: str, lang: str) -> str | None:
    """The text of ``key`` in ``lang`` (a supported code), None if that language lacks it."""
    return _catalogue(lang).get(key)


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
    text = lookup(key, lang)
    if text is None:
        text = lookup(key, DEFAULT_LANGUAGE)
    if text is None:
        return key
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError):
        return text
