"""One ruamel.yaml reader for the whole tool: the safe loader, the C parser when it is there.

Why not ``YAML(typ="safe")`` as it comes: its resolver, called for every scalar, asks for the
document's YAML version through attribute lookups that usually raise, and reaches its patterns
through lazy proxies that cost a Python call on every use; at 10,000 steps that was more than
half of the compose time. The version cannot change inside a document, so ``_Resolver`` asks
it once and keeps the compiled patterns in a table by first character: the same tags (checked
against ruamel's own resolver on every example and test document), in less than half the time.
A reader from ``safe_yaml()`` reads one document.
"""

from __future__ import annotations

from typing import Any


def safe_yaml() -> Any:
    """A fresh ``YAML(typ="safe")`` whose resolver asks the YAML version once per document."""
    from ruamel.yaml import YAML

    try:
        yaml = YAML(typ="safe")  # the C parser when ruamel.yaml.clib is installed
    except Exception:  # pragma: no cover - the pure parser is the fallback
        yaml = YAML(typ="safe", pure=True)
    yaml.Resolver = _resolver_class()
    return yaml


def _resolver_class() -> type:
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver
    from ruamel.yaml.tag import Tag

    global _RESOLVER
    if _RESOLVER is None:

        class _Resolver(VersionedResolver):
            _version: Any = None
            _by_first: dict | None = None
            _anywhere: list = []

            @property
            def processing_version(self) -> Any:
                # Asked first when the composer resolves the first scalar, which is after
                # the `%YAML` directive (if any) has been read.
                if self._version is None:
                    self._version = VersionedResolver.processing_version.fget(self)
                return self._version

            def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
                """The tag of a plain scalar by the same rules as ruamel's, from a table of
                compiled patterns by first character, built once per document: ruamel's own
                patterns are lazy proxies that cost a Python call on every use."""
                if kind is ScalarNode and implicit[0]:
                    for tag, pattern in self._candidates(value[:1]):
                        if pattern.match(value):
                            return Tag(suffix=tag)
                return VersionedResolver.resolve(self, kind, value, (False, False))

            def _candidates(self, first: str) -> list:
                if self._by_first is None:
                    def compiled(entries: list) -> list:
                        return [(tag, getattr(pattern, "lazy_self", lambda p=pattern: p)()) for tag, pattern in entries]

                    resolvers = self.versioned_resolver
                    anywhere = compiled(resolvers.get(None, []))  # patterns for any first character
                    self._by_first = {key: compiled(entries) + anywhere for key, entries in resolvers.items()
                                      if key is not None}
                    self._anywhere = anywhere
                return self._by_first.get(first, self._anywhere)

        _RESOLVER = _Resolver
    return _RESOLVER


_RESOLVER: type | None = None
