"""A simulation written out: text for the workshop, Markdown for the report, JSON for machines.

Text and Markdown are in the output language (the blueprint's unless ``--lang`` says
otherwise); the JSON shape is the contract of cli.md (``simulate --format json``), with the
extra keys ``fail_points`` and, on standards and contributors, a few more fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blueprint.findings import Finding
from blueprint.i18n import t
from blueprint.simulation.compile import Assumption
from blueprint.simulation.summary import Simulation, StandardResult, TimeSummary
from blueprint.units import WORKING_DAY_SECONDS
from blueprint.render.escape import md_text


@dataclass
class SimulationReport:
    """What `blueprint simulate FILE` has to say: the figures, or the errors that prevent them."""

    path: str
    blueprint: str | None
    title: str
    language: str
    runs: int
    seed: int
    simulation: Simulation | None  # None when the blueprint has errors
    findings: list[Finding] = field(default_factory=list)  # the errors, or BP301s
    step_names: dict[str, str] = field(default_factory=dict)
    fail_point_names: dict[str, str] = field(default_factory=dict)

    @property
    def refused(self) -> bool:
        return self.simulation is None

    @property
    def short(self) -> list[StandardResult]:
        return [result for result in self.simulation.standards if result.short] if self.simulation else []


# ---- numbers as people read them ---------------------------------------------------------


def format_time(seconds: float, lang: str) -> str:
    """A time for a workshop: 42s, 12.5min, 3.4h, and from a working day on 20.1h (2.5wd)."""
    if seconds < 60:
        return t("simulate.unit.seconds", lang, value=f"{seconds:.0f}")
    if seconds < 3600:
        return t("simulate.unit.minutes", lang, value=f"{seconds / 60:.1f}")
    hours = t("simulate.unit.hours", lang, value=f"{seconds / 3600:.1f}")
    if seconds < WORKING_DAY_SECONDS:
        return hours
    days = t("simulate.unit.working_days", lang, value=f"{seconds / WORKING_DAY_SECONDS:.1f}")
    return t("simulate.unit.hours_and_days", lang, hours=hours, days=days)


def format_share(share: float) -> str:
    return f"{share * 100:.1f}%"


def format_compliance(share: float) -> str:
    return f"{share * 100:.4g}%"


def format_count(count: int) -> str:
    return f"{count:,}"


def assumption_text(assumption: Assumption, lang: str) -> str:
    return t(f"simulate.assumption.{assumption.key}", lang, **assumption.fields)


def _times(summary: TimeSummary, lang: str) -> dict[str, str]:
    return {key: format_time(getattr(summary, key), lang) for key in ("mean", "p50", "p90", "p95", "max")}


def _span(result: StandardResult, lang: str) -> str:
    measure = result.measure
    if measure.kind == "range":
        span = measure.standard.span
        return t("simulate.span.range", lang, start=span.from_, end=span.to)
    return t(f"simulate.span.{measure.kind}", lang)


# ---- JSON --------------------------------------------------------------------------------


def to_json(report: SimulationReport) -> dict:
    """The `simulate --format json` object (cli.md); times in seconds, shares in 0..1."""
    data: dict = {
        "version": 1, "path": report.path, "blueprint": report.blueprint, "runs": report.runs, "seed": report.seed,
    }
    simulation = report.simulation
    if simulation is None:
        data.update({"end_to_end": None, "by_end": [], "standards": [], "contributors": [], "assumptions": []})
    else:
        data["end_to_end"] = simulation.end_to_end.to_json()
        data["by_end"] = [
            {"step": end.step, "share": round(end.share, 4), **end.times.to_json()} for end in simulation.by_end
        ]
        data["standards"] = [_standard_json(result) for result in simulation.standards]
        data["contributors"] = [
            {"step": c.step, "mean": round(c.mean, 1), "share": round(c.share, 4),
             "wait": round(c.wait, 1), "duration": round(c.duration, 1), "visits": round(c.visits, 3)}
            for c in simulation.contributors
        ]
        data["assumptions"] = [assumption_text(a, report.language) for a in simulation.assumptions]
        data["fail_points"] = [
            {"id": fp.id, "step": fp.step, "share": round(fp.share, 4)} for fp in simulation.fail_points
        ]
    data["findings"] = [finding.to_json() for finding in report.findings]
    return data


def _standard_json(result: StandardResult) -> dict:
    measure = result.measure
    span = measure.standard.span
    return {
        "id": measure.standard.id,
        "target": str(measure.standard.target.written),
        "compliance": measure.compliance,
        "cases": result.cases,
        "met": round(result.met, 4) if result.met is not None else None,
        "ci95": [round(result.ci95[0], 4), round(result.ci95[1], 4)] if result.ci95 else None,
        "short": result.short,
        "span": {"from": span.from_, "to": span.to} if measure.kind == "range" else measure.kind,
    }


# ---- text --------------------------------------------------------------------------------


def to_text(report: SimulationReport) -> str:
    """The workshop reading: one line per figure, in the output language."""
    lang = report.language
    if report.simulation is None:
        lines = [finding.to_text() for finding in report.findings]
        lines.append(t("simulate.refused", lang, path=report.path, count=len(report.findings)))
        return "\n".join(lines) + "\n"
    simulation = report.simulation
    lines = [
        t("simulate.title", lang, title=report.title, id=report.blueprint, runs=format_count(report.runs), seed=report.seed),
        "",
        t("simulate.end_to_end", lang, **_times(simulation.end_to_end, lang)),
    ]
    if len(simulation.by_end) > 1 or (simulation.by_end and simulation.by_end[0].share < 1):
        lines.append(t("simulate.by_end_heading", lang))
        for end in simulation.by_end:
            lines.append("  " + t(
                "simulate.by_end", lang, step=end.step, name=report.step_names.get(end.step, ""),
                share=format_share(end.share), **_times(end.times, lang),
            ))
    lines += ["", t("simulate.standards_heading", lang)]
    if not simulation.standards:
        lines.append("  " + t("simulate.no_standards", lang))
    for result in simulation.standards:
        lines.append("  " + standard_line(result, lang))
    lines += ["", t("simulate.contributors_heading", lang)]
    for contributor in simulation.contributors[:5]:
        lines.append("  " + t(
            "simulate.contributor", lang, step=contributor.step, name=report.step_names.get(contributor.step, ""),
            mean=format_time(contributor.mean, lang), share=format_share(contributor.share),
            wait=format_time(contributor.wait, lang), work=format_time(contributor.duration, lang),
            visits=f"{contributor.visits:.2f}",
        ))
    occurring = [fp for fp in simulation.fail_points if fp.share > 0]
    if occurring:
        lines += ["", t("simulate.fail_points_heading", lang)]
        for fp in occurring:
            lines.append("  " + t(
                "simulate.fail_point", lang, id=fp.id, what=report.fail_point_names.get(fp.id, ""),
                step=fp.step, share=format_share(fp.share),
            ))
    if simulation.assumptions:
        lines += ["", t("simulate.assumptions_heading", lang)]
        lines += ["  - " + assumption_text(assumption, lang) for assumption in simulation.assumptions]
    if report.findings:
        lines += [""] + [finding.to_text() for finding in report.findings]
    return "\n".join(lines) + "\n"


def standard_line(result: StandardResult, lang: str) -> str:
    """"S07 受理后 2 个工作日内书面答复客户: 97.3% of 10,000 cases meet <= 2wd (95% CI …): kept"."""
    standard = result.standard
    if result.met is None:
        return t("simulate.standard_none", lang, id=standard.id, statement=standard.statement, span=_span(result, lang))
    low, high = result.ci95
    return t(
        "simulate.standard", lang, id=standard.id, statement=standard.statement, share=format_share(result.met),
        cases=format_count(result.cases), target=standard.target.written, low=f"{low * 100:.1f}",
        high=f"{high * 100:.1f}", compliance=format_compliance(result.measure.compliance),
        verdict=t("simulate.short" if result.short else "simulate.kept", lang),
    )


# ---- Markdown ----------------------------------------------------------------------------

def _row(*cells: object) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def to_markdown(report: SimulationReport) -> str:
    """The same figures as tables, for a report or a pull request."""
    lang = report.language
    if report.simulation is None:
        lines = [f"# {md_text(t('simulate.md.refused_title', lang, path=report.path))}", ""]
        lines += [f"- `{f.path}:{f.line}:{f.column}` {f.code} {md_text(f.message)}" for f in report.findings]
        return "\n".join(lines) + "\n"
    simulation = report.simulation
    heading = t("simulate.md.columns", lang).split("|")
    lines = [
        f"# {md_text(t('simulate.md.title', lang, title=report.title))}", "",
        md_text(t("simulate.md.intro", lang, runs=format_count(report.runs), seed=report.seed, path=report.path)), "",
        f"## {md_text(t('simulate.md.end_to_end', lang))}", "",
        _row(*heading), _row(*["---"] * len(heading)),
        _row(md_text(t("simulate.md.all_cases", lang)), "100.0%", *_times(simulation.end_to_end, lang).values()),
    ]
    for end in simulation.by_end:
        name = md_text(f"{end.step} {report.step_names.get(end.step, '')}".strip())
        lines.append(_row(name, format_share(end.share), *_times(end.times, lang).values()))
    standard_heading = t("simulate.md.standard_columns", lang).split("|")
    lines += ["", f"## {md_text(t('simulate.md.standards', lang))}", ""]
    if simulation.standards:
        lines += [_row(*standard_heading), _row(*["---"] * len(standard_heading))]
    else:
        lines.append(md_text(t("simulate.no_standards", lang)))
    for result in simulation.standards:
        standard = result.standard
        if result.met is None:
            met = ci = "–"
            verdict = md_text(t("simulate.md.not_reached", lang))
        else:
            met = format_share(result.met)
            ci = f"{result.ci95[0] * 100:.1f}–{result.ci95[1] * 100:.1f}%"
            verdict = md_text(t("simulate.short" if result.short else "simulate.kept", lang))
        lines.append(_row(
            md_text(standard.id), md_text(standard.statement), md_text(standard.target.written), md_text(_span(result, lang)),
            format_count(result.cases), met, ci, format_compliance(result.measure.compliance), verdict,
        ))
    contributor_heading = t("simulate.md.contributor_columns", lang).split("|")
    lines += ["", f"## {md_text(t('simulate.md.contributors', lang))}", "",
              _row(*contributor_heading), _row(*["---"] * len(contributor_heading))]
    for c in simulation.contributors[:10]:
        lines.append(_row(
            md_text(f"{c.step} {report.step_names.get(c.step, '')}".strip()), format_time(c.mean, lang),
            format_share(c.share), format_time(c.wait, lang), format_time(c.duration, lang), f"{c.visits:.2f}",
        ))
    if simulation.fail_points:
        fail_heading = t("simulate.md.fail_point_columns", lang).split("|")
        lines += ["", f"## {md_text(t('simulate.fail_points_heading', lang).rstrip(':：'))}", "",
                  _row(*fail_heading), _row(*["---"] * len(fail_heading))]
        for fp in simulation.fail_points:
            lines.append(_row(
                md_text(fp.id), md_text(report.fail_point_names.get(fp.id, "")), md_text(fp.step), format_share(fp.share),
            ))
    if simulation.assumptions:
        lines += ["", f"## {md_text(t('simulate.assumptions_heading', lang).rstrip(':：'))}", ""]
        lines += [f"- {md_text(assumption_text(a, lang))}" for a in simulation.assumptions]
    if report.findings:
        lines += ["", f"## {md_text(t('simulate.md.findings', lang))}", ""]
        lines += [f"- `{f.path}:{f.line}:{f.column}` {f.code} {md_text(f.message)}" for f in report.findings]
    return "\n".join(lines) + "\n"
