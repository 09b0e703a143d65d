"""The blueprint model: pydantic v2, frozen, unknown keys refused.

YAML and the Python DSL both end here, in a ``Document``; nothing downstream can tell them
apart. Each object also knows where it was written (``obj.loc``), which is not part of its
value: two documents written in different files compare equal when they say the same thing.
"""

from __future__ import annotations

from enum import Enum
from functools import cached_property
from typing import Any, Literal

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from blueprint.types import DurationField, Id, Rate, Text
from standards.model import Node, Standard


class Lane(str, Enum):
    """Lanes from top to bottom (Bitner, Ostrom & Morgan 2008; Kingman-Brundage 1989)."""

    EVIDENCE = "evidence"
    CUSTOMER = "customer"
    ONSTAGE = "onstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"
    MANAGEMENT = "management"

    @property
    def rank(self) -> int:
        return list(Lane).index(self)

    @property
    def below_visibility(self) -> bool:
        """Out of the customer's sight: under the line of visibility."""
        return self.rank >= Lane.BACKSTAGE.rank


STEP_LANES = (Lane.CUSTOMER, Lane.ONSTAGE, Lane.BACKSTAGE, Lane.SUPPORT, Lane.MANAGEMENT)
LANE_SYNONYMS = {"frontstage": "onstage", "front-stage": "onstage", "back-stage": "backstage"}

Contact = Literal["phone", "face-to-face", "app", "web", "sms", "email", "letter", "self-service", "other"]


def _lane(value: Any) -> Any:
    if isinstance(value, str):
        return LANE_SYNONYMS.get(value.strip().lower(), value.strip().lower())
    return value


class Header(Node):
    id: Id
    title: Text
    language: Literal["zh-CN", "zh-TW", "en"] = "en"
    version: Text | None = None
    owner: Text | None = None
    scenario: Text | None = None
    start: Id | None = None
    state: Literal["as-is", "to-be"] | None = None
    profile: Text | None = None
    notes: Text | None = None


class Actor(Node):
    name: Text
    lane: Lane | None = None
    notes: Text | None = None

    _lane = field_validator("lane", mode="before")(classmethod(lambda cls, v: _lane(v)))


class FailPoint(Node):
    """A fail point (Shostack 1984): where the service can go wrong, and what is done about it."""

    id: Id
    what: Text
    cause: Text | None = None
    prevent: Text | None = None
    recover: Text | None = None
    owner: Text | None = None
    gap: int | None = Field(default=None, ge=1, le=5)
    likelihood: Rate | None = None
    delay: DurationField | None = None
    severity: int | None = Field(default=None, ge=1, le=5)
    notes: Text | None = None


class Flow(Node):
    """One arrow out of a step. A branch of a decision has ``when``; a plain list is a fork."""

    to: Id
    when: Text | None = None
    probability: Rate | None = None
    max_loops: int | None = None
    notes: Text | None = None

    @property
    def plain(self) -> bool:
        return self.when is None and self.probability is None and self.max_loops is None and self.notes is None


class Step(Node):
    id: Id
    lane: Lane
    name: Text
    actor: Id | None = None
    kind: Literal["action", "decision"] = "action"
    stage: Text | None = None
    evidence: list[Text] = Field(default_factory=list)
    duration: DurationField | None = None
    wait: DurationField | None = None
    tolerance: DurationField | None = None
    emotion: int | None = Field(default=None, ge=-3, le=3)
    contact: Contact | None = None
    moment_of_truth: bool = False
    standards: list[Id] = Field(default_factory=list)
    fail_points: list[FailPoint] = Field(default_factory=list)
    next: list[Flow] = Field(default_factory=list)
    end: bool = False
    notes: Text | None = None

    _lane = field_validator("lane", mode="before")(classmethod(lambda cls, v: _lane(v)))

    @field_validator("lane")
    @classmethod
    def _not_evidence(cls, lane: Lane) -> Lane:
        if lane is Lane.EVIDENCE:
            raise PydanticCustomError("evidence_lane", "the evidence lane holds no steps")
        return lane

    @field_validator("next", mode="before")
    @classmethod
    def _flows(cls, value: Any) -> Any:
        # `next: greet`, `next: [a, b]` and `next: [{to: a, when: ...}]` all become flows.
        if value is None:
            return []
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return [{"to": value}]
        if isinstance(value, list):
            return [{"to": item} if isinstance(item, (str, int)) and not isinstance(item, bool) else item for item in value]
        return value

    @property
    def targets(self) -> list[str]:
        return [flow.to for flow in self.next]

    @property
    def is_decision(self) -> bool:
        return self.kind == "decision"


class Document(Node):
    """One blueprint file: header, lane labels, actors, steps and standards."""

    blueprint: Header
    lanes: dict[Lane, Text] = Field(default_factory=dict)
    actors: dict[Id, Actor] = Field(default_factory=dict)
    steps: list[Step] = Field(default_factory=list)
    standards: list[Standard] = Field(default_factory=list)
    notes: Text | None = None

    @field_validator("lanes", mode="before")
    @classmethod
    def _lane_keys(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {_lane(key): label for key, label in value.items()}
        return value

    @property
    def language(self) -> str:
        return self.blueprint.language

    @cached_property
    def step_index(self) -> dict[str, Step]:
        """Steps by id; with duplicate ids (BP002) the first one wins."""
        index: dict[str, Step] = {}
        for step in self.steps:
            index.setdefault(step.id, step)
        return index

    @cached_property
    def standard_index(self) -> dict[str, Standard]:
        index: dict[str, Standard] = {}
        for standard in self.standards:
            index.setdefault(standard.id, standard)
        return index

    @cached_property
    def standards_by_step(self) -> dict[str, list[Standard]]:
        """Standards of each step: listed in the step's ``standards`` or naming it in ``step``."""
        result: dict[str, list[Standard]] = {step.id: [] for step in self.steps}
        for step in self.steps:
            for standard_id in step.standards:
                standard = self.standard_index.get(standard_id)
                if standard is not None and standard not in result[step.id]:
                    result[step.id].append(standard)
        for standard in self.standards:
            if standard.step in result and standard not in result[standard.step]:
                result[standard.step].append(standard)
        return result

    @cached_property
    def step_of_standard(self) -> dict[str, str]:
        """The step each standard belongs to (its ``step``, else the first step listing it)."""
        owner: dict[str, str] = {}
        for step in self.steps:
            for standard_id in step.standards:
                owner.setdefault(standard_id, step.id)
        for standard in self.standards:
            if standard.step is not None:
                owner[standard.id] = standard.step
        return owner

    def steps_in(self, lane: Lane) -> list[Step]:
        return [step for step in self.steps if step.lane is lane]

    def lane_label(self, lane: Lane, default: str) -> str:
        return self.lanes.get(lane, default)

    @property
    def start_id(self) -> str | None:
        """The start step: ``blueprint.start``, else the first customer step, else the first step."""
        if self.blueprint.start:
            return self.blueprint.start
        for step in self.steps:
            if step.lane is Lane.CUSTOMER:
                return step.id
        return self.steps[0].id if self.steps else None
