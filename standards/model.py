"""Service standards: the auditable promise attached to a contact point.

Imports nothing from ``blueprint`` but its field types, so that the SMART analyser and the
handbook can use standards without the blueprint graph.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from blueprint.types import Id, Rate, TargetField, Text


class Dimension(str, Enum):
    """The five SERVQUAL dimensions (Parasuraman, Zeithaml & Berry 1988)."""

    RELIABILITY = "reliability"
    ASSURANCE = "assurance"
    TANGIBLES = "tangibles"
    EMPATHY = "empathy"
    RESPONSIVENESS = "responsiveness"


# Trainers write the dimension in Chinese as often as in English.
DIMENSION_SYNONYMS = {
    "可靠性": "reliability", "可靠": "reliability",
    "保证性": "assurance", "保證性": "assurance", "安全性": "assurance", "专业性": "assurance",
    "有形性": "tangibles", "有形": "tangibles",
    "移情性": "empathy", "关怀性": "empathy", "關懷性": "empathy", "同理心": "empathy",
    "响应性": "responsiveness", "響應性": "responsiveness", "回应性": "responsiveness",
    "tangible": "tangibles",
}


class Node(BaseModel):
    """Base of every model object: frozen, unknown keys refused, ``notes`` allowed."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @property
    def loc(self):
        """Where this object was written (a ``blueprint.source.Location``), when known."""
        return self.__dict__.get("_loc")


class Phrases(Node):
    say: list[Text] = Field(default_factory=list, description="phrases to use (服务用语)")
    avoid: list[Text] = Field(default_factory=list, description="phrases never to use (服务禁语)")
    notes: Text | None = None


class SpanRange(Node):
    from_: Id = Field(alias="from")
    to: Id
    notes: Text | None = None


SpanKind = Literal["duration", "wait", "step"]


class Standard(Node):
    """A service standard: who does what, to what level, by when; audited how, owned by whom."""

    id: Id
    statement: Text
    step: Id | None = None
    dimension: Dimension | None = None
    metric: Text | None = None
    target: TargetField | None = None
    compliance: Rate | None = None
    measure: Text | None = None
    owner: Text | None = None
    phrases: Phrases | None = None
    span: SpanKind | SpanRange | None = None
    notes: Text | None = None

    @field_validator("dimension", mode="before")
    @classmethod
    def _dimension_synonyms(cls, value: Any) -> Any:
        if isinstance(value, str):
            return DIMENSION_SYNONYMS.get(value.strip(), value.strip().lower())
        return value
