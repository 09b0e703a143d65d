"""One ruamel.yaml reader for the whole tool: the safe loader, the C parser when it is there.

Why not ``YAML(typ="safe")`` as it comes: its resolver asks for the document's YAML version on
every scalar, through two attribute lookups that usually raise; at 300 steps that was half of
the compose time. The version cannot change inside a document, so it is asked once per
document (see ``_Resolver``), which gives the same tags twice as fast.
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
    from ruamel.yaml.resolver import VersionedResolver

    global _RESOLVER
    if _RESOLVER is None:

        class _Resolver(VersionedResolver):
            _version: Any = None

            @property
            def processing_version(self) -> Any:
                # Asked first when the composer resolves the first scalar, which is after
                # the `%YAML` directive (if any) has been read.
                if self._version is None:
                    self._version = VersionedResolver.processing_version.fget(self)
                return self._version

        _RESOLVER = _Resolver
    return _RESOLVER


_RESOLVER: type | None = None
