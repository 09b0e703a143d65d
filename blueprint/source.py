"""Where every object of a blueprint was written: file, line and column.

Data paths are tuples of keys and list indexes into the document as written
(``("steps", 3, "fail_points", 0)``); refs are the same path spelled with ids
(``steps.log.fail_points.F1``), which is what users and findings see.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DataPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Location:
    """Where an object came from. ``line`` and ``column`` are 1-based."""

    file: str
    line: int
    column: int
    ref: str
    path: DataPath = ()


@dataclass
class SourceMap:
    """Positions of every node of one document, by data path, and the ref of each path."""

    file: str
    positions: dict[DataPath, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[DataPath, tuple[int, int]] = field(default_factory=dict)
    refs: dict[DataPath, str] = field(default_factory=dict)

    def record(self, path: DataPath, line: int, column: int, ref: str) -> None:
        self.positions[path] = (line, column)
        self.refs[path] = ref

    def record_key(self, path: DataPath, line: int, column: int) -> None:
        """The position of the key naming ``path`` (``next:`` rather than its value)."""
        self.key_positions[path] = (line, column)

    def locate(self, path: DataPath, *, prefer_key: bool = False) -> Location:
        """The nearest recorded place for ``path``: the path itself or its closest parent."""
        probe = tuple(path)
        while True:
            if prefer_key and probe in self.key_positions:
                line, column = self.key_positions[probe]
                return Location(self.file, line, column, self.ref_of(path), tuple(path))
            if probe in self.positions:
                line, column = self.positions[probe]
                return Location(self.file, line, column, self.ref_of(path), tuple(path))
            if not probe:
                return Location(self.file, 1, 1, self.ref_of(path), tuple(path))
            probe = probe[:-1]

    def ref_of(self, path: DataPath) -> str:
        """The ref of ``path``: the recorded one, or the nearest parent's plus the rest."""
        probe = tuple(path)
        rest: list[str] = []
        while probe and probe not in self.refs:
            rest.insert(0, str(probe[-1]))
            probe = probe[:-1]
        head = self.refs.get(probe, "")
        return ".".join(part for part in (head, *rest) if part != "")


def ref_for(parent_ref: str, key: str | int, value: object) -> str:
    """The ref of a child: list items that carry an ``id`` are named by it."""
    if isinstance(key, int) and isinstance(value, dict):
        item_id = value.get("id")
        if isinstance(item_id, (str, int)) and not isinstance(item_id, bool):
            key = str(item_id)
    return f"{parent_ref}.{key}" if parent_ref else str(key)
