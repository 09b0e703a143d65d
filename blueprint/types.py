"""Field types shared by the blueprint and standards models: text, ids, durations, rates.

Each type parses what consultants write ("2m", "三个工作日", "5%") and keeps the written form,
so that ``blueprint export`` writes back exactly what the author wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from blueprint import units

_ID_RE = re.compile(r"^[\w][\w\-.]*$")


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _coerce_text(value: Any) -> Any:
    # YAML reads `version: 2.1` or `name: 2024` as numbers; authors mean text.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and not value.isascii():  # the common text needs no search
        broken = _SURROGATE_RE.search(value)
        if broken:
            # Half of a UTF-16 pair, only a Python DSL can hold it (YAML refuses it): no file,
            # diagram or handbook can be written with it, so it is refused where it was made.
            code = f"U+{ord(broken.group()):04X}"
            raise PydanticCustomError("surrogate", "lone surrogate {code}", {"code": code})
    return value


def _check_id(value: Any) -> Any:
    value = _coerce_text(value)
    if isinstance(value, str) and not _ID_RE.match(value):
        raise PydanticCustomError("bad_id", "invalid id {value!r}", {"value": value})
    return value


Text = Annotated[str, BeforeValidator(_coerce_text)]
Id = Annotated[str, BeforeValidator(_check_id)]


@dataclass(frozen=True, slots=True)
class Duration:
    """A time in seconds: fixed (low == likely == high), triangular, or uniform (likely None).

    ``written`` is the source form: a string, or a tuple of (key, string) pairs for a range.
    """

    low: float
    likely: float | None
    high: float
    written: Any

    @property
    def fixed(self) -> bool:
        return self.low == self.high and (self.likely is None or self.likely == self.low)

    @property
    def typical(self) -> float:
        """The likely value, or the middle of a uniform range."""
        return self.likely if self.likely is not None else (self.low + self.high) / 2

    @property
    def is_range(self) -> bool:
        return isinstance(self.written, tuple)

    def source(self) -> Any:
        """The value as the author wrote it, for export."""
        return dict(self.written) if self.is_range else self.written


_RANGE_KEYS = ("min", "likely", "max")


def parse_duration(value: Any) -> Duration:
    if isinstance(value, Duration):
        return value
    try:
        if isinstance(value, dict):
            unknown = set(value) - set(_RANGE_KEYS)
            if unknown or "min" not in value or "max" not in value:
                raise units.UnitError(
                    "a range needs min and max (and optionally likely), e.g. {min: 2m, likely: 4m, max: 10m}"
                )
            low = units.parse_seconds(value["min"])
            high = units.parse_seconds(value["max"])
            likely = units.parse_seconds(value["likely"]) if "likely" in value else None
            written = tuple((key, value[key]) for key in _RANGE_KEYS if key in value)
            return Duration(low, likely, high, written)
        seconds = units.parse_seconds(value)
    except units.UnitError as error:
        raise PydanticCustomError("duration", "{detail}", {"detail": str(error), "value": str(value)}) from None
    return Duration(seconds, seconds, seconds, value)


DurationField = Annotated[
    Duration,
    PlainValidator(parse_duration),
    PlainSerializer(lambda duration: duration.source()),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "description": "30s, 2m, 1h, 3d, 2wd, 15秒, 三个工作日, PT2M"},
                {"type": "integer", "const": 0},
                {
                    "type": "object",
                    "properties": {key: {"type": "string"} for key in _RANGE_KEYS},
                    "required": ["min", "max"],
                    "additionalProperties": False,
                },
            ]
        }
    ),
]


def parse_rate(value: Any) -> float:
    try:
        return units.parse_probability(value)
    except units.UnitError as error:
        raise PydanticCustomError("rate", "{detail}", {"detail": str(error), "value": str(value)}) from None


Rate = Annotated[
    float,
    PlainValidator(parse_rate),
    WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string", "pattern": "%$"}]}),
]


@dataclass(frozen=True, slots=True)
class TargetSpec:
    """A standard's target as written ("<= 15s") with its parsed comparison."""

    written: str
    target: units.Target


def parse_target_spec(value: Any) -> TargetSpec:
    if isinstance(value, TargetSpec):
        return value
    try:
        parsed = units.parse_target(value)
    except units.UnitError as error:
        raise PydanticCustomError("target", "{detail}", {"detail": str(error), "value": str(value)}) from None
    return TargetSpec(str(value) if not isinstance(value, (int, float)) else value, parsed)


TargetField = Annotated[
    TargetSpec,
    PlainValidator(parse_target_spec),
    PlainSerializer(lambda spec: spec.written),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "number"}], "examples": ["<= 15s", ">= 95%"]}),
]
