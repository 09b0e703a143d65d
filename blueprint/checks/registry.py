"""The registry of checks: one function per finding code, its docstring its documentation.

A check yields ``Hit``s naming the object (and optionally the field) a finding is about; the
runner adds code, severity, place and message, so a check cannot get a line or a code wrong.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from blueprint.findings import Finding, Severity


@dataclass(frozen=True)
class Hit:
    """What a check found: the object, an optional field of it, and message fields."""

    obj: Any
    field: str | None = None
    fields: dict[str, Any] = dataclass_field(default_factory=dict)
    message_key: str | None = None  # a variant message ("BP003.actor") instead of "BP003.message"
    ref: str | None = None  # overrides the object's own ref (e.g. ``profile.receipt``)


def hit(obj: Any, field: str | None = None, *, key: str | None = None, ref: str | None = None, **fields: Any) -> Hit:
    return Hit(obj, field, fields, key, ref)


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    function: Callable[..., Iterable[Hit]]
    phase: str  # "load": emitted by a loader; "check": run on the document

    @property
    def name(self) -> str:
        return self.function.__name__

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""


RULES: dict[str, Rule] = {}


def check(code: str, severity: Severity, *, phase: str = "check") -> Callable:
    """Register a check function under a finding code; a code may be registered once."""

    def register(function: Callable) -> Callable:
        if code in RULES:
            raise ValueError(f"finding code {code} is registered twice")
        if not function.__doc__:
            raise ValueError(f"check {function.__name__} ({code}) needs a docstring")
        RULES[code] = Rule(code, severity, function, phase)
        return function

    return register


def all_rules() -> dict[str, Rule]:
    """Every rule, once every check module has been imported."""
    from blueprint.checks import load_check_modules

    load_check_modules()
    return dict(sorted(RULES.items(), key=lambda item: _code_order(item[0])))


def _code_order(code: str) -> tuple:
    prefix = "".join(ch for ch in code if not ch.isdigit())
    digits = "".join(ch for ch in code if ch.isdigit())
    return (0 if code.startswith("BP") else 1, prefix, int(digits or 0), code)


class SelectorError(ValueError):
    """A --select or --ignore value that names no rule."""


def selected_codes(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> set[str]:
    """Codes on after --select and --ignore: the most specific selector wins, ignore wins ties."""
    codes = list(all_rules())
    select = [s.strip().upper() for s in select if s.strip()]
    ignore = [s.strip().upper() for s in ignore if s.strip()]
    for selector in (*select, *ignore):
        if not any(code.upper().startswith(selector) for code in codes):
            raise SelectorError(selector)
    result = set()
    for code in codes:
        up = code.upper()
        best_select = max((len(s) for s in select if up.startswith(s)), default=-1 if select else 0)
        best_ignore = max((len(s) for s in ignore if up.startswith(s)), default=-1)
        if best_select >= 0 and best_select > best_ignore:
            result.add(code)
    # An unreadable file cannot be checked for anything: its BP001 shows whatever was
    # selected, unless BP001 itself is ignored.
    if "BP001" in codes and not any("BP001".startswith(s) for s in ignore):
        result.add("BP001")
    return result


def run_rules(codes: set[str], document, flow, source, language: str, *, extra: dict | None = None) -> list[Finding]:
    """Run the selected checks over one document and turn their hits into findings."""
    from blueprint.i18n import t

    findings: list[Finding] = []
    for code, rule in all_rules().items():
        if code not in codes or rule.phase != "check":
            continue
        arguments = _arguments(rule.function, document, flow, extra or {})
        if arguments is None:
            continue
        for found in rule.function(*arguments):
            findings.append(_finding(rule, found, source, language, t))
    return findings


def _arguments(function: Callable, document, flow, extra: dict) -> list | None:
    names = list(inspect.signature(function).parameters)
    values = {"doc": document, "document": document, "flow": flow, **extra}
    if any(name not in values for name in names):
        return None  # a check that needs what this run lacks (a profile) does not run
    return [values[name] for name in names]


def _finding(rule: Rule, found: Hit, source, language: str, t) -> Finding:
    loc = getattr(found.obj, "loc", None)
    if loc is None:
        line, column, ref = 1, 1, found.ref or ""
    elif found.field is not None:
        place = source.locate((*loc.path, found.field), prefer_key=True)
        line, column, ref = place.line, place.column, found.ref or f"{loc.ref}.{found.field}"
    else:
        line, column, ref = loc.line, loc.column, found.ref or loc.ref
    key = found.message_key or f"{rule.code}.message"
    fields = {name: _shown(value, language, t) for name, value in found.fields.items()}
    message = t(key, language, **fields)
    return Finding(rule.code, rule.severity, message, source.file, line, column, ref)


def _shown(value: Any, language: str, t) -> Any:
    """Message fields in the output language: lanes by their translated names."""
    from blueprint.model import Lane

    if isinstance(value, Lane):
        return t(f"lane.{value.value}", language)
    return value
