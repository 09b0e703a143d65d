"""`blueprint stats`: the measures of one or more blueprints, as text, JSON or Markdown.

The figures come from ``blueprint.measures``; this module only loads, gathers and words them.
Text and Markdown are written for a workshop wall: labels in the blueprint's language, steps
by name, and the two emotion warnings of the peak-end rule spelled out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from blueprint.errors import UserError
from blueprint.findings import Finding
from blueprint.i18n import lookup, normalise_language, t
from blueprint.loaders import Loaded, load
from blueprint.render.escape import md_text

# Whether a rise in a measure is better (+1), worse (-1) or neither in itself (0): the wording
# of `diff`. Neutral ones depend on the strategy (Shostack 1987: reducing complexity or
# divergence specialises and standardises, raising them broadens and customises; fewer contact
# points may be less effort or less care). Hand-offs are where work waits and gets lost.
DIRECTION = {
    "steps.total": 0,
    "steps.by_lane.customer": -1,  # the customer's own effort
    "complexity.steps": 0,
    "complexity.flows": 0,
    "divergence.decisions": 0,
    "divergence.branches": 0,
    "divergence.paths": 0,
    "contact_points": 0,
    "moments_of_truth": 0,
    "handoffs": -1,
    "visibility_crossings": 0,  # more of the work in sight is a choice, not a fault
    "fail_points.total": 0,
    "fail_points.without_prevention": -1,
    "fail_points.without_recovery": -1,
    "standards.total": 0,
    "standards.contact_points_covered": 1,
    "standards.coverage": 1,
    "emotion.peak.value": 0,
    "emotion.end.value": 1,
}


@dataclass
class Measured:
    """One blueprint that could be measured."""

    path: str
    loaded: Loaded
    measures: dict[str, Any]

    @property
    def document(self):
        return self.loaded.document


@dataclass
class StatsReport:
    measured: list[Measured] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # why a file could not be measured
    unreadable: list[str] = field(default_factory=list)  # one line each, for exit 2


def measure_paths(paths: list[str]) -> StatsReport:
    """Load and measure every path; a file with format errors is reported, not measured."""
    from blueprint.graph import FlowGraph
    from blueprint.measures import blueprint_measures

    report = StatsReport()
    for path in paths:
        try:
            loaded = load(path)
        except UserError as error:
            report.unreadable.append(str(error))
            continue
        if loaded.document is None:
            report.findings.extend(loaded.findings)
            continue
        measures = blueprint_measures(loaded.document, FlowGraph(loaded.document))
        report.measured.append(Measured(path, loaded, measures))
    return report


def stats_json(report: StatsReport) -> dict[str, Any]:
    """The `stats --format json` document (cli.md)."""
    return {
        "version": 1,
        "blueprints": [
            {"path": item.path, "blueprint": item.document.blueprint.id, **item.measures} for item in report.measured
        ],
    }


# ---- words -------------------------------------------------------------------------------


def output_language(lang: str | None, document) -> str:
    """The language to write in: ``--lang``, else the blueprint's."""
    return normalise_language(lang or (document.language if document is not None else None))


def counted(key: str, count: int, lang: str, **fields: Any) -> str:
    """A counted phrase: ``KEY_one`` for one when the language has it, else ``KEY``."""
    if count == 1 and lookup(f"{key}_one", lang) is not None:
        return t(f"{key}_one", lang, n=count, **fields)
    return t(key, lang, n=count, **fields)


def quoted(text: str, lang: str) -> str:
    """User text in the language's quotation marks (“…” or 「…」)."""
    return t("analytics.quote", lang, text=text)


def step_name(document, step_id: str | None, lang: str) -> str:
    """A step by its name, quoted as the language quotes; its id when it has no step."""
    step = document.step_index.get(step_id) if step_id else None
    return quoted(step.name if step is not None else str(step_id), lang)


def signed(value: float | int | None) -> str:
    """+2, −1, 0: emotions and changes read with their sign."""
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        text = f"{abs(value):.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{abs(int(value))}"
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else "0"


def number(value: float | int | None, name: str = "") -> str:
    """A measure's value as a reader wants it: shares as percentages, none as a dash."""
    if value is None:
        return "—"
    if name.endswith("coverage"):
        return f"{value * 100:.0f}%"
    if name.startswith("emotion."):
        return signed(value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def measure_label(name: str, lang: str) -> str:
    """The label of a dotted measure name (``steps.by_lane.customer`` → "Steps: Customer actions")."""
    if name.startswith("steps.by_lane."):
        lane = name.rsplit(".", 1)[1]
        return t("analytics.measure.by_lane", lang, lane=t(f"lane.{lane}", lang))
    return t(f"analytics.measure.{name.replace('.', '_')}", lang)


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def pad(text: str, width: int, right: bool = False) -> str:
    """``text`` padded to ``width`` terminal columns, on the right (or the left for numbers)."""
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap


def _lines_of(item: Measured, lang: str) -> list[tuple[str, str]]:
    """(label, value) rows of one blueprint for text output."""
    m, doc = item.measures, item.document
    sep = t("analytics.list_separator", lang)
    lanes = sep.join(f"{t(f'lane.{lane}', lang)} {n}" for lane, n in m["steps"]["by_lane"].items())
    divergence = m["divergence"]
    paths = f"{divergence['paths']}+" if divergence.get("paths_capped") else divergence["paths"]
    standards = m["standards"]
    if standards["coverage"] is None:
        coverage = t("analytics.stats.no_contact_points", lang)
    else:
        coverage = t("analytics.stats.covered", lang, covered=standards["contact_points_covered"], share=number(standards["coverage"], "coverage"))
    fail = m["fail_points"]
    rows = [
        (t("analytics.measure.steps_total", lang), t("analytics.stats.steps_value", lang, total=m["steps"]["total"], lanes=lanes) if lanes else "0"),
        (t("analytics.stats.complexity", lang), t("analytics.stats.complexity_value", lang, steps=m["complexity"]["steps"], flows=m["complexity"]["flows"])),
        (t("analytics.stats.divergence", lang), t("analytics.stats.divergence_value", lang, decisions=divergence["decisions"], branches=divergence["branches"], paths=paths)),
        (t("analytics.measure.contact_points", lang), f"{m['contact_points']}{t('analytics.stats.comma', lang)}{coverage}"),
        (t("analytics.measure.moments_of_truth", lang), str(m["moments_of_truth"])),
        (t("analytics.measure.handoffs", lang), str(m["handoffs"])),
        (t("analytics.measure.visibility_crossings", lang), str(m["visibility_crossings"])),
        (t("analytics.measure.fail_points_total", lang), t("analytics.stats.fail_points_value", lang, total=fail["total"], prevention=fail["without_prevention"], recovery=fail["without_recovery"])),
        (t("analytics.measure.standards_total", lang), str(standards["total"])),
    ]
    rows.extend(_emotion_rows(m["emotion"], doc, lang))
    return rows


def _emotion_rows(emotion: dict, doc, lang: str) -> list[tuple[str, str]]:
    if emotion["peak"] is None:
        return [(t("analytics.stats.curve", lang), t("analytics.stats.no_emotion", lang))]
    curve = " → ".join(f"{step_name(doc, point['step'], lang)} {signed(point['value'])}" for point in emotion["curve"])
    rows = []
    if curve:
        rows.append((t("analytics.stats.curve", lang), curve))
    peak, end = emotion["peak"], emotion["end"]
    rows.append((t("analytics.stats.peak", lang), t("analytics.stats.at", lang, value=signed(peak["value"]), step=step_name(doc, peak["step"], lang))))
    if end is not None:
        rows.append((t("analytics.stats.end", lang), t("analytics.stats.at", lang, value=signed(end["value"]), step=step_name(doc, end["step"], lang))))
    return rows


def warnings_of(measures: dict, doc, lang: str) -> list[str]:
    """The peak-end warnings of one blueprint, in words."""
    emotion = measures["emotion"]
    notes = []
    if emotion["negative_end"]:
        end = emotion["end"]
        notes.append(t("analytics.stats.negative_end", lang, value=signed(end["value"]), step=step_name(doc, end["step"], lang)))
    for step_id in emotion["worst_without_standard"]:
        value = doc.step_index[step_id].emotion
        notes.append(t("analytics.stats.worst_without_standard", lang, value=signed(value), step=step_name(doc, step_id, lang)))
    return notes


def title_of(document) -> str:
    return document.blueprint.title


def stats_text(report: StatsReport, lang: str | None = None) -> str:
    """Every measured blueprint as an aligned block of labelled figures, then its warnings."""
    blocks = []
    for item in report.measured:
        language = output_language(lang, item.document)
        rows = _lines_of(item, language)
        width = max(display_width(label) for label, _ in rows) + 2
        state = item.document.blueprint.state
        state_text = f" · {t(f'analytics.state.{state}', language)}" if state else ""
        lines = [f"{title_of(item.document)}  [{item.document.blueprint.id}{state_text} · {item.path}]"]
        lines += [f"  {pad(label, width)}{value}" for label, value in rows]
        lines += [f"  ! {note}" for note in warnings_of(item.measures, item.document, language)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def stats_markdown(report: StatsReport, lang: str | None = None) -> str:
    """One table with a column per blueprint (a workshop compares them side by side), then notes."""
    from blueprint.measures import numeric_measures

    if not report.measured:
        return ""
    language = output_language(lang, report.measured[0].document)
    flats = [numeric_measures(item.measures) for item in report.measured]
    names = _ordered_names(flats)
    header = [t("analytics.stats.measure", language)] + [md_text(title_of(item.document)) for item in report.measured]
    lines = [f"# {t('analytics.stats.heading', language)}", ""]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" + "---:|" * len(report.measured))
    for name in names:
        if name.startswith("emotion."):
            continue  # shown with their steps below
        cells = [number(flat.get(name, 0 if name.startswith("steps.by_lane.") else None), name) for flat in flats]
        label = measure_label(name, language)
        lines.append(f"| {md_text(label)} | " + " | ".join(cells) + " |")
    for key in ("peak", "end"):
        cells = []
        for item in report.measured:
            point = item.measures["emotion"][key]
            cells.append(md_text(f"{signed(point['value'])} {step_name(item.document, point['step'], language)}") if point else "—")
        lines.append(f"| {md_text(t(f'analytics.stats.{key}', language))} | " + " | ".join(cells) + " |")
    for item in report.measured:
        notes = warnings_of(item.measures, item.document, language)
        curve = item.measures["emotion"]["curve"]
        lines += ["", f"## {md_text(title_of(item.document))}", "", f"`{item.path}`", ""]
        if curve:
            steps = " → ".join(f"{step_name(item.document, point['step'], language)} {signed(point['value'])}" for point in curve)
            lines.append(f"- {md_text(t('analytics.stats.curve', language))}: {md_text(steps)}")
        lines += [f"- ⚠ {md_text(note)}" for note in notes]
        if not curve and not notes:
            lines.append(f"- {md_text(t('analytics.stats.no_emotion', language) if item.measures['emotion']['peak'] is None else t('analytics.stats.no_warning', language))}")
    return "\n".join(lines) + "\n"


def _ordered_names(flats: list[dict]) -> list[str]:
    """Measure names of several blueprints in the stats order, lanes top to bottom."""
    from blueprint.model import STEP_LANES

    seen = {name for flat in flats for name in flat}
    canonical = ["steps.total"] + [f"steps.by_lane.{lane.value}" for lane in STEP_LANES]
    canonical += [name for name in DIRECTION if name not in canonical]
    ordered = [name for name in canonical if name in seen]
    return ordered + sorted(seen - set(ordered))


def render_stats(report: StatsReport, output_format: str, lang: str | None = None) -> str:
    """The report in the chosen format, as text ready to print or write."""
    import json

    if output_format == "json":
        return json.dumps(stats_json(report), ensure_ascii=False, indent=2) + "\n"
    if output_format == "md":
        return stats_markdown(report, lang)
    return stats_text(report, lang)
