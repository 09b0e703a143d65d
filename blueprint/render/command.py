"""`blueprint render FILE -o OUT`: load, refuse what cannot be drawn, draw, write atomically."""

from __future__ import annotations

from dataclasses import dataclass, field

from blueprint.findings import Finding
from blueprint.loaders import Loaded, load

# Errors that make a blueprint impossible to draw (cli.md): unreadable, duplicate ids, dangling ids.
BLOCKING = {"BP001", "BP002", "BP003"}


@dataclass
class RenderOutcome:
    findings: list[Finding] = field(default_factory=list)  # blocking errors: nothing was drawn
    written: str | None = None


def blocking_findings(loaded: Loaded) -> list[Finding]:
    """BP001 from loading, BP002 and BP003 from the checks; empty when the file can be drawn.

    Why the quick scan first: the checks build a networkx graph, and importing networkx alone
    costs about 0.1 s, a sixth of a whole render. A blueprint whose ids are unique and whose
    references all resolve cannot have BP002 or BP003, so the registered checks (the one
    source of these findings and their messages) run only when the scan sees a problem.
    """
    findings = [finding for finding in loaded.findings if finding.code in BLOCKING]
    if loaded.document is None or findings or not _may_be_broken(loaded.document):
        return findings
    from blueprint.validation import check_loaded

    return [finding for finding in check_loaded(loaded, BLOCKING) if finding.code in BLOCKING]


def _may_be_broken(document) -> bool:
    """Whether some id is repeated or some reference names no object (BP002, BP003)."""
    step_ids = [step.id for step in document.steps]
    standard_ids = [standard.id for standard in document.standards]
    fail_ids = [fail.id for step in document.steps for fail in step.fail_points]
    if any(len(set(ids)) != len(ids) for ids in (step_ids, standard_ids, fail_ids)):
        return True
    steps, standards = set(step_ids), set(standard_ids)
    if document.blueprint.start and document.blueprint.start not in steps:
        return True
    for step in document.steps:
        if any(flow.to not in steps for flow in step.next) or any(s not in standards for s in step.standards):
            return True
        if step.actor and step.actor not in document.actors:
            return True
    for standard in document.standards:
        if standard.step and standard.step not in steps:
            return True
        span = standard.span
        if span is not None and not isinstance(span, str) and (span.from_ not in steps or span.to not in steps):
            return True
    return False


def render_file(path: str, output: str, *, lang: str | None = None, against: str | None = None) -> RenderOutcome:
    """Draw ``path`` into ``output`` (format from its suffix); with ``against``, mark the changes.

    UserError (exit 2) for an unknown suffix, an unreadable input, a missing or failing
    Graphviz; a blueprint with blocking errors returns them and writes nothing.
    """
    from blueprint.io import check_output, write_atomic
    from blueprint.render import render_bytes
    from blueprint.render.formats import format_for

    output_format = format_for(output, lang)
    inputs = [path] + ([against] if against else [])
    check_output(output, inputs)  # refuse before the work, not after
    loaded = load(path)
    findings = blocking_findings(loaded)
    before_document = None
    if against:
        before = load(against)
        findings += blocking_findings(before)
        before_document = before.document
    if findings:
        return RenderOutcome(findings)
    data = render_bytes(loaded.document, output_format, lang=lang, against=before_document)
    write_atomic(output, data, inputs=inputs)
    return RenderOutcome([], output)
