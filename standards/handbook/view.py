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

from blueprint.graph import FlowGraph
from blueprint.i18n import t
from blueprint.model import Document, Step
from standards.handbook.diagrams import DIAGRAM_MODES, diagram_for
from standards.handbook.parts import (
    Chapter,
    ChecklistRow,
    FailPointRow,
    GLOSSARY_KEYS,
    GlossaryEntry,
    Handbook,
    LANGUAGE_ORDER,
    Source,
    StandardGroup,
    StandardView,
    StepRow,
    duration_parts,
    format_date,
    format_rate,
    format_target,
    handbook_language,
    lane_label,
    map_drawing,
    today,
)
from standards.model import Standard


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
    """Every chapter, in order; several at a time when there are drawings to make."""
    numbered = list(enumerate(sources, start=1))
    if diagrams == "none":
        return [build_chapter(number, source, lang, diagrams=diagrams) for number, source in numbered]
    return map_drawing(lambda item: build_chapter(item[0], item[1], lang, diagrams=diagrams), numbered)


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
