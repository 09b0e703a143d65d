"""The Python DSL: blueprints as code, building exactly the model the YAML loader builds.

    with Blueprint("complaint-hotline", title="热线投诉处理", language="zh-CN"):
        csr = Actor("热线客服代表", id="csr", lane="onstage")
        call = Customer("拨打热线投诉", id="call", evidence=["IVR 语音导航"], duration="2m")
        greet = Onstage("问候并倾听投诉", id="greet", actor=csr, moment_of_truth=True)
        decide = Backstage("判断能否当场解决", id="decide", kind="decision")
        call >> greet >> decide
        decide >> When("可当场解决", probability=0.6) >> Onstage("当场解决", id="resolve")

As in mingrammer/diagrams, the blueprint being built lives in a ContextVar, a step registers
itself when constructed, ``>>`` returns its right operand, a list fans out, and ``When`` between
two ``>>`` labels a branch. Keyword arguments are the YAML keys. Each object records the line
that created it, so findings on a ``.py`` file point at Python lines. ``__exit__`` builds the
mapping the YAML loader reads and validates it; it never renders or writes.
"""

from __future__ import annotations

import sys
from contextvars import ContextVar
from typing import Any

from blueprint.source import SourceMap

_current: ContextVar[Blueprint | None] = ContextVar("blueprint_current", default=None)
#: blueprints finished while a DSL file runs (the loader sets and reads this)
built: ContextVar[list | None] = ContextVar("blueprint_built", default=None)


def _caller(depth: int = 2) -> tuple[str, int]:
    """File and line of the user's code that called into the DSL."""
    frame = sys._getframe(depth)
    here = __file__
    while frame is not None and frame.f_code.co_filename == here:
        frame = frame.f_back
    if frame is None:  # pragma: no cover
        return "<dsl>", 1
    return frame.f_code.co_filename, frame.f_lineno


def _blueprint() -> Blueprint:
    current = _current.get()
    if current is None:
        raise RuntimeError("DSL objects must be created inside `with Blueprint(...):`")
    return current


def _plain(value: Any) -> Any:
    """DSL objects inside keyword arguments become what YAML would hold (ids, mappings)."""
    if isinstance(value, (StepNode, ActorRef)):
        return value.id
    if isinstance(value, (FailPoint, Phrases, Span)):
        return value.data
    if isinstance(value, Standard):
        return value.id
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


class Blueprint:
    """A blueprint being built; ``with`` it, create steps inside, flows with ``>>``."""

    def __init__(self, id: str, *, title: str, lanes: dict | None = None, **header: Any) -> None:
        self.header = {"id": id, "title": title, **header}
        self.lanes = dict(lanes or {})
        self.actors: dict[str, dict] = {}
        self.steps: list[StepNode] = []
        self.standards: list[Standard] = []
        self.file, self.line = _caller()
        self.document = None
        self.findings: list = []
        self.source: SourceMap | None = None
        self._token = None

    def __enter__(self) -> Blueprint:
        self._token = _current.set(self)
        return self

    def __exit__(self, kind, error, traceback) -> None:
        _current.reset(self._token)
        if kind is not None:
            return
        self.build()
        collected = built.get()
        if collected is not None:
            collected.append(self)

    def data(self) -> dict:
        """The mapping the YAML loader would read for this blueprint."""
        data: dict[str, Any] = {"blueprint": dict(self.header)}
        if self.lanes:
            data["lanes"] = dict(self.lanes)
        if self.actors:
            data["actors"] = {key: dict(value) for key, value in self.actors.items()}
        data["steps"] = [step.data() for step in self.steps]
        if self.standards:
            data["standards"] = [standard.data for standard in self.standards]
        return data

    def build(self, file: str | None = None):
        """Validate into a Document; schema problems become findings at the Python lines.

        ``file`` names the module as the user named it (the loader passes it).
        """
        from blueprint.loaders.validate import document_language, validate_document

        raw = self.data()
        source = SourceMap(file or self.file)
        source.record((), self.line, 1, "")
        source.record(("blueprint",), self.line, 1, "blueprint")
        for actor_id, line in self._actor_lines.items():
            source.record(("actors", actor_id), line, 1, f"actors.{actor_id}")
        for index, step in enumerate(self.steps):
            ref = f"steps.{step.id}"
            source.record(("steps", index), step.line, 1, ref)
            for flow_index, line in enumerate(step.flow_lines):
                source.record(("steps", index, "next", flow_index), line, 1, f"{ref}.next.{flow_index}")
            if step.flow_lines:
                source.record_key(("steps", index, "next"), step.flow_lines[0], 1)
            for fp_index, fail_point in enumerate(step.fail_points):
                source.record(("steps", index, "fail_points", fp_index), fail_point.line, 1, f"{ref}.fail_points.{fail_point.data.get('id')}")
        for index, standard in enumerate(self.standards):
            source.record(("standards", index), standard.line, 1, f"standards.{standard.id}")
        language = document_language(raw)
        self.document, self.findings = validate_document(raw, source, language)
        self.source, self.language, self.raw = source, language, raw
        return self.document

    @property
    def _actor_lines(self) -> dict[str, int]:
        return {actor_id: line for actor_id, line in self.__dict__.setdefault("_lines", {}).items()}


class ActorRef:
    """An actor; pass it as ``actor=`` to steps."""

    def __init__(self, name: str, *, id: str, lane: str | None = None, **details: Any) -> None:
        blueprint = _blueprint()
        self.id = id
        details = {"name": name, **({"lane": lane} if lane is not None else {}), **details}
        blueprint.actors[id] = details
        blueprint.__dict__.setdefault("_lines", {})[id] = _caller()[1]


Actor = ActorRef


class When:
    """A branch label between two ``>>``: ``decide >> When("可当场解决", probability=0.6) >> fix``."""

    def __init__(self, when: str, *, probability: float | str | None = None, max_loops: int | None = None, notes: str | None = None) -> None:
        self.flow = {"when": when}
        for key, value in (("probability", probability), ("max_loops", max_loops), ("notes", notes)):
            if value is not None:
                self.flow[key] = value


class _PendingBranch:
    def __init__(self, source: StepNode, branch: When) -> None:
        self.source, self.branch = source, branch

    def __rshift__(self, other: StepNode) -> StepNode:
        if not isinstance(other, StepNode):
            return NotImplemented
        self.source._add_flow(other, self.branch.flow)
        return other


class StepNode:
    """A step in a lane. Keyword arguments are the YAML step keys (``next`` comes from ``>>``)."""

    lane = "customer"

    def __init__(self, name: str, *, id: str, fail_points: list | None = None, standards: list | None = None, **fields: Any) -> None:
        blueprint = _blueprint()
        self.id = id
        self.name = name
        self.line = _caller()[1]
        self.fields = fields
        self.flows: list[dict] = []
        self.flow_lines: list[int] = []
        self.fail_points: list[FailPoint] = list(fail_points or [])
        self.standard_ids: list[str] = []
        for standard in standards or []:
            if isinstance(standard, Standard):
                self.standard_ids.append(standard.id)
            else:
                self.standard_ids.append(str(standard))
        blueprint.steps.append(self)

    def data(self) -> dict:
        data: dict[str, Any] = {"id": self.id, "lane": self.fields.get("lane") or self.lane, "name": self.name}
        data.update({key: _plain(value) for key, value in self.fields.items() if key != "lane"})
        if self.standard_ids:
            data["standards"] = list(self.standard_ids)
        if self.fail_points:
            data["fail_points"] = [fail_point.data for fail_point in self.fail_points]
        if self.flows:
            data["next"] = [dict(flow) for flow in self.flows]
        return data

    def _add_flow(self, target: StepNode, extra: dict | None = None) -> None:
        self.flows.append({"to": target.id, **(extra or {})})
        self.flow_lines.append(_caller()[1])

    def __rshift__(self, other):
        if isinstance(other, When):
            return _PendingBranch(self, other)
        if isinstance(other, StepNode):
            self._add_flow(other)
            return other
        if isinstance(other, (list, tuple)) and all(isinstance(item, StepNode) for item in other):
            for item in other:
                self._add_flow(item)
            return list(other)
        return NotImplemented

    def __rrshift__(self, other):
        # [a, b] >> c: a join
        if isinstance(other, (list, tuple)) and all(isinstance(item, StepNode) for item in other):
            for item in other:
                item._add_flow(self)
            return self
        return NotImplemented

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, id={self.id!r})"


class Customer(StepNode):
    lane = "customer"


class Onstage(StepNode):
    lane = "onstage"


Frontstage = Onstage


class Backstage(StepNode):
    lane = "backstage"


class Support(StepNode):
    lane = "support"


class Management(StepNode):
    lane = "management"


def Step(name: str, *, lane: str, id: str, **fields: Any) -> StepNode:  # noqa: N802 - reads like the others
    """A step in a lane named by its id (``Step("建单", lane="support", id="log")``)."""
    return StepNode(name, id=id, lane=lane, **fields)


class FailPoint:
    """A fail point; pass a list of them as ``fail_points=`` on a step."""

    def __init__(self, id: str, what: str, **fields: Any) -> None:
        self.data = {"id": id, "what": what, **fields}
        self.line = _caller()[1]


class Phrases:
    def __init__(self, say: list[str] | None = None, avoid: list[str] | None = None) -> None:
        self.data = {key: list(value) for key, value in (("say", say), ("avoid", avoid)) if value}


class Span:
    """What a time standard measures: ``Span(receive, reply)`` from one step to another."""

    def __init__(self, start, end) -> None:
        self.data = {"from": _plain(start), "to": _plain(end)}


class Standard:
    """A service standard; keyword arguments are the YAML standard keys."""

    def __init__(self, id: str, statement: str, **fields: Any) -> None:
        blueprint = _blueprint()
        self.id = id
        self.line = _caller()[1]
        self.data = {"id": id, "statement": statement, **{key: _plain(value) for key, value in fields.items()}}
        blueprint.standards.append(self)
