"""The handbook's view types: plain values, every label already translated, and the small
formatting helpers they share.

The builders in ``view.py``, ``diagrams.py``, ``comparison.py`` and ``smart_review.py`` fill
these; the templates only lay them out. Kept apart from the builders so that every builder can
use the types without importing another builder.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from blueprint.i18n import normalise_language, t
from blueprint.model import Document, Lane
from blueprint.types import Duration


@dataclass(frozen=True)
class Source:
    """One input blueprint: the path the user named and its document."""

    path: str
    document: Document


@dataclass
class StepRow:
    number: int
    id: str
    lane: str
    lane_id: str
    name: str
    actor: str
    time: list[tuple[str, str]]  # (the time, its likely value or ""): the wait, then the duration
    evidence: list[str]
    marks: list[tuple[str, str]]  # (kind, label): kind is mot, contact or decision
    fail_point_ids: list[str]


@dataclass
class StandardView:
    id: str
    statement: str
    dimension: str
    metric: str
    target: str
    compliance: str
    measure: str
    owner: str
    say: list[str]
    avoid: list[str]
    step_name: str


@dataclass
class StandardGroup:
    title: str
    step_id: str | None
    contact_point: bool
    standards: list[StandardView]


@dataclass
class FailPointRow:
    id: str
    step_name: str
    what: str
    cause: str
    prevent: str
    recover: str
    owner: str


@dataclass
class ChecklistRow:
    id: str
    statement: str
    step_name: str
    measure: str
    target: str

    @property
    def details(self) -> list[str]:
        """Where and how it is audited, for the line under the statement."""
        return [part for part in (self.step_name, self.measure, self.target) if part]


@dataclass
class DiagramSheet:
    """One printed drawing: an SVG (sanitised, ids unique in the handbook) and where it goes.

    ``placement`` is ``inline`` (in the chapter's flow), ``landscape`` or ``portrait`` (a page
    of its own); ``marks`` asks the template for continuation marks, for slices the renderer
    did not mark itself; ``smallest_text_pt`` is the size its smallest label prints at.
    """

    svg: str
    part: int
    parts: int
    placement: str
    width_pt: float
    height_pt: float
    smallest_text_pt: float
    marks: bool = False

    @property
    def own_page(self) -> bool:
        return self.placement != "inline"


@dataclass
class DiagramView:
    sheets: list[DiagramSheet] = field(default_factory=list)
    note: str = ""  # why there is no diagram, when there is none
    image_data_uri: str = ""  # the whole diagram as one data: URL, for Markdown

    @property
    def inline(self) -> bool:
        """Printed in the chapter's flow (or a note in its place), not on pages of its own."""
        return not self.sheets or not self.sheets[0].own_page


@dataclass
class VerdictView:
    letter: str
    verdict: str  # pass | fail | unknown
    symbol: str
    label: str
    reasons: list[str]


@dataclass
class SmartRow:
    id: str
    statement: str
    verdicts: list[VerdictView]

    @property
    def reasons(self) -> list[tuple[str, str]]:
        return [(verdict.letter, reason) for verdict in self.verdicts for reason in verdict.reasons]


@dataclass
class Chapter:
    number: int
    anchor: str
    id: str
    title: str
    lang: str
    path: str
    scenario: str
    owner: str
    version: str
    state: str
    summary: str
    diagram: DiagramView
    steps: list[StepRow]
    standard_groups: list[StandardGroup]
    fail_points: list[FailPointRow]
    checklist: list[ChecklistRow]
    smart: list[SmartRow]

    @property
    def separator(self) -> str:
        """Joins the blueprint's own lists (evidence) the way its language does."""
        return list_separator(self.lang)


@dataclass
class GlossaryEntry:
    term: str
    other_names: list[tuple[str, str]]  # (language, the term in it)
    definition: str


@dataclass
class Handbook:
    """Everything one handbook prints, in reading order."""

    lang: str
    title: str
    subtitle: str
    organisation: str
    date: str
    versions: list[tuple[str, str]]
    chapters: list[Chapter]
    comparison: Any  # comparison.ComparisonView | None
    smart_available: bool
    glossary: list[GlossaryEntry]

    def t(self, key: str, **fields: object) -> str:
        """A handbook label in this handbook's language."""
        return t(f"handbook.{key}", self.lang, **fields)


GLOSSARY_KEYS = (
    "blueprint", "evidence", "customer_actions", "onstage", "backstage", "support",
    "line_of_interaction", "line_of_visibility", "line_of_internal_interaction", "contact_point",
    "moment_of_truth", "fail_point", "wait_point", "tolerance", "execution_time", "standard",
    "servqual", "reliability", "assurance", "tangibles", "empathy", "responsiveness", "smart",
    "compliance", "phrases", "prevention", "recovery", "mystery_shopping", "as_is_to_be",
)
LANGUAGE_ORDER = ("zh-CN", "zh-TW", "en")


def handbook_language(sources: list[Source], lang: str | None) -> str:
    """``--lang`` when given, else the first blueprint's language."""
    if lang:
        return normalise_language(lang)
    return sources[0].document.language if sources else "en"


def format_date(day: _dt.date, lang: str) -> str:
    months = t("handbook.months", lang).split()
    month_name = months[day.month - 1] if len(months) == 12 else str(day.month)
    return t("handbook.date_format", lang, year=day.year, month=day.month, day=day.day, month_name=month_name)


def today() -> _dt.date:
    """Today, or the date of ``SOURCE_DATE_EPOCH`` so that builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date()
    return _dt.date.today()


def duration_parts(duration: Duration | None, lang: str) -> tuple[str, str]:
    """A duration as its author wrote it, and for a range ``min–max`` and the likely value."""
    if duration is None:
        return "", ""
    if not duration.is_range:
        return str(duration.written), ""
    written = dict(duration.written)
    likely = t("handbook.steps.likely", lang, value=written["likely"]) if "likely" in written else ""
    return f"{written['min']}–{written['max']}", likely


def format_duration(duration: Duration | None, lang: str) -> str:
    """A duration on one line: ``2m``, or ``2m–10m (likely 4m)``."""
    span, likely = duration_parts(duration, lang)
    return f"{span} ({likely})" if likely else span


def list_separator(lang: str) -> str:
    """How a list of items is joined in running text: 、 in Chinese, a comma in English."""
    return "、" if lang.startswith("zh") else ", "


_OPERATORS = (("<=", "≤"), (">=", "≥"), ("=<", "≤"), ("=>", "≥"))


def format_target(written: object) -> str:
    """A target as written, with ``<=``/``>=`` set as the signs a printed page uses."""
    text = str(written).strip()
    for typed, printed in _OPERATORS:
        if text.startswith(typed):
            return printed + " " + text[len(typed):].strip()
    return text


def format_rate(value: float | None) -> str:
    if value is None:
        return ""
    percent = value * 100
    return f"{percent:.1f}".rstrip("0").rstrip(".") + "%"


def lane_label(document: Document, lane: Lane, lang: str) -> str:
    """The blueprint's own name for a lane, else the handbook's short name."""
    return document.lanes.get(lane) or t(f"handbook.lane.{lane.value}", lang)


_Item = TypeVar("_Item")
_Made = TypeVar("_Made")


def map_drawing(function: Callable[[_Item], _Made], items: list[_Item]) -> list[_Made]:
    """``function`` over ``items``, in order; two or more at a time when there are several.

    Why threads: most of the time of a chapter or a drawing is Graphviz's ``dot`` running as
    a child process, which waits without the interpreter lock.
    """
    if len(items) < 2:
        return [function(item) for item in items]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(len(items), max(2, os.cpu_count() or 2))) as pool:
        return list(pool.map(function, items))
