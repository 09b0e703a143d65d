"""Blueprint documents → the handbook view: plain values, every label already translated.

The templates (HTML and Markdown alike) only lay this view out; they decide nothing about
content. Every string here is either a label from the ``handbook`` catalogue or user text to be
escaped by the template's environment; the only pre-built markup is the diagrams' SVG, which
``diagrams.py`` produces and sanitises.

Why a view model: the three formats must say the same things, and the tests must be able to
ask "is every standard, fail point and recovery here?" of one structure.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from typing import Any

from blueprint.graph import FlowGraph
from blueprint.i18n import normalise_language, t
from blueprint.model import Document, Lane, Step
from blueprint.types import Duration
from standards.model import Standard


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


def _actor_name(document: Document, step: Step) -> str:
    if step.actor is None:
        return ""
    actor = document.actors.get(step.actor)
    return actor.name if actor is not None else step.actor


def step_rows(document: Document, flow: FlowGraph, lang: str) -> list[StepRow]:
    """The step table, in the order the author wrote the steps (the process order)."""
    contact_points = set(flow.contact_points)
    rows = []
    for number, step in enumerate(document.steps, start=1):
        time = []
        if step.wait is not None:
            span, likely = duration_parts(step.wait, lang)
            time.append((t("handbook.steps.wait", lang, value=span), likely))
        if step.duration is not None:
            time.append(duration_parts(step.duration, lang))
        marks = []
        if step.moment_of_truth:
            marks.append(("mot", t("handbook.steps.moment_of_truth", lang)))
        if step.id in contact_points:
            contact = t(f"handbook.contact.{step.contact}", lang) if step.contact else ""
            marks.append(("contact", t("handbook.steps.contact", lang) + (f" · {contact}" if contact else "")))
        if step.is_decision:
            marks.append(("decision", t("handbook.steps.decision", lang)))
        rows.append(StepRow(
            number=number, id=step.id, lane=lane_label(document, step.lane, lang), lane_id=step.lane.value,
            name=step.name, actor=_actor_name(document, step), time=time, evidence=list(step.evidence),
            marks=marks, fail_point_ids=[fail.id for fail in step.fail_points],
        ))
    return rows


def standard_view(document: Document, standard: Standard, lang: str) -> StandardView:
    step = document.step_index.get(document.step_of_standard.get(standard.id, ""))
    phrases = standard.phrases
    return StandardView(
        id=standard.id,
        statement=standard.statement,
        dimension=t(f"handbook.dimension.{standard.dimension.value}", lang) if standard.dimension else "",
        metric=standard.metric or "",
        target=format_target(standard.target.written) if standard.target is not None else "",
        compliance=format_rate(standard.compliance),
        measure=standard.measure or "",
        owner=standard.owner or "",
        say=list(phrases.say) if phrases else [],
        avoid=list(phrases.avoid) if phrases else [],
        step_name=step.name if step is not None else "",
    )


def standard_groups(document: Document, flow: FlowGraph, lang: str) -> list[StandardGroup]:
    """Standards grouped by the step they are delivered at, contact points first in flow order.

    Every standard appears exactly once: under its step (``step_of_standard``), or in a last
    group of standards attached to no existing step.
    """
    contact_points = set(flow.contact_points)
    owner_of = document.step_of_standard
    by_step: dict[str, list[Standard]] = {}
    unattached: list[Standard] = []
    seen: set[str] = set()
    for standard in document.standards:
        if standard.id in seen:
            continue  # a duplicate id (BP002) would be refused before printing; never print twice
        seen.add(standard.id)
        step_id = owner_of.get(standard.id)
        if step_id in document.step_index:
            by_step.setdefault(step_id, []).append(standard)
        else:
            unattached.append(standard)
    groups = []
    for step in document.steps:
        if step.id not in by_step:
            continue
        is_contact = step.id in contact_points
        key = "handbook.standards.group_contact" if is_contact else "handbook.standards.group_step"
        groups.append(StandardGroup(
            title=t(key, lang, step=step.name), step_id=step.id, contact_point=is_contact,
            standards=[standard_view(document, standard, lang) for standard in by_step.pop(step.id)],
        ))
    if unattached:
        groups.append(StandardGroup(
            title=t("handbook.standards.group_unattached", lang), step_id=None, contact_point=False,
            standards=[standard_view(document, standard, lang) for standard in unattached],
        ))
    return groups


def fail_point_rows(document: Document) -> list[FailPointRow]:
    return [
        FailPointRow(
            id=fail.id, step_name=step.name, what=fail.what, cause=fail.cause or "",
            prevent=fail.prevent or "", recover=fail.recover or "", owner=fail.owner or "",
        )
        for step in document.steps
        for fail in step.fail_points
    ]


def checklist_rows(groups: list[StandardGroup]) -> list[ChecklistRow]:
    """One row per standard, in the order of the standards chapter (the auditor's walk)."""
    return [
        ChecklistRow(id=view.id, statement=view.statement, step_name=view.step_name, measure=view.measure,
                     target=" · ".join(part for part in (view.target, view.compliance) if part))
        for group in groups
        for view in group.standards
    ]


def glossary(lang: str) -> list[GlossaryEntry]:
    others = [other for other in LANGUAGE_ORDER if other != lang]
    entries = []
    for key in GLOSSARY_KEYS:
        term = t(f"handbook.terms.{key}.term", lang)
        names: list[tuple[str, str]] = []
        for other in others:
            name = t(f"handbook.terms.{key}.term", other)
            if name != term and name not in [known for _, known in names]:
                names.append((other, name))
        entries.append(GlossaryEntry(term, names, t(f"handbook.terms.{key}.definition", lang)))
    return entries


DIAGRAM_MODES = ("sheets", "image", "none")


def diagram_for(document: Document, lang: str, prefix: str, mode: str, against: Document | None = None) -> DiagramView:
    from standards.handbook.diagrams import diagram_view

    if mode == "none":
        return DiagramView()
    return diagram_view(document, lang, id_prefix=prefix, against=against, image=mode == "image")


def build_chapter(number: int, source: Source, lang: str, *, diagrams: str = "sheets") -> Chapter:
    """One blueprint's chapter: the labels in ``lang``, the user's text as written."""
    from standards.handbook.smart_review import smart_rows

    document = source.document
    header = document.blueprint
    flow = FlowGraph(document)
    groups = standard_groups(document, flow, lang)
    fail_points = fail_point_rows(document)
    state = t(f"handbook.chapter.state_{header.state.replace('-', '_')}", lang) if header.state else ""
    summary = t(
        "handbook.chapter.summary", lang, steps=len(document.steps), contact_points=len(flow.contact_points),
        standards=sum(len(group.standards) for group in groups), fail_points=len(fail_points),
    )
    anchor = f"bp{number}"
    return Chapter(
        number=number, anchor=anchor, id=header.id, title=header.title, lang=document.language,
        path=source.path, scenario=header.scenario or "", owner=header.owner or "",
        version=header.version or "", state=state, summary=summary,
        diagram=diagram_for(document, lang, f"{anchor}-", diagrams),
        steps=step_rows(document, flow, lang), standard_groups=groups, fail_points=fail_points,
        checklist=checklist_rows(groups), smart=smart_rows(document, flow, lang),
    )


def _build_chapters(sources: list[Source], lang: str, diagrams: str) -> list[Chapter]:
    """Every chapter, two at a time when there are drawings to make.

    Why threads: most of a chapter's time is Graphviz's ``dot`` running as a child process,
    which waits without the interpreter lock; the order of the chapters is kept.
    """
    numbered = list(enumerate(sources, start=1))
    if diagrams == "none" or len(numbered) < 2:
        return [build_chapter(number, source, lang, diagrams=diagrams) for number, source in numbered]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(len(numbered), max(2, os.cpu_count() or 2))) as pool:
        return list(pool.map(lambda item: build_chapter(item[0], item[1], lang, diagrams=diagrams), numbered))


def build_handbook(
    sources: list[Source],
    *,
    title: str | None = None,
    organisation: str | None = None,
    lang: str | None = None,
    against: Source | None = None,
    date: _dt.date | None = None,
    diagrams: str = "sheets",
) -> Handbook:
    """The whole handbook for these blueprints; ``against`` adds the comparison chapter.

    ``against`` is the *before* blueprint; the first source is the *after* one. ``diagrams``
    is ``sheets`` (SVG placed on pages: HTML and PDF), ``image`` (one ``data:`` image per
    diagram: Markdown) or ``none``.
    """
    if diagrams not in DIAGRAM_MODES:
        raise ValueError(f"diagrams must be one of {DIAGRAM_MODES}, not {diagrams!r}")
    from standards.handbook.comparison import comparison_view
    from standards.handbook.smart_review import smart_available

    language = handbook_language(sources, lang)
    chapters = _build_chapters(sources, language, diagrams)
    first = sources[0].document.blueprint if sources else None
    default_title = first.title if len(sources) == 1 and first is not None else t("handbook.default_title", language)
    versions = [
        (source.document.blueprint.title, source.document.blueprint.version or t("handbook.cover.no_version", language))
        for source in sources
    ]
    comparison = None
    if against is not None and sources:
        comparison = comparison_view(against, sources[0], language, anchor=f"bp{len(sources) + 1}", diagrams=diagrams)
    return Handbook(
        lang=language,
        title=title or default_title,
        subtitle=t("handbook.subtitle", language),
        organisation=organisation if organisation is not None else (first.owner or "" if first else ""),
        date=format_date(date or today(), language),
        versions=versions,
        chapters=chapters,
        comparison=comparison,
        smart_available=smart_available(),
        glossary=glossary(language),
    )
