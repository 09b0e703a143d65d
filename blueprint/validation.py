"""`blueprint validate`: load each file, build its graph, run the selected checks.

One broken file never hides the findings of the others: each file is loaded and checked on
its own, and a file that cannot be read at all is reported and skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blueprint.errors import UserError
from blueprint.findings import Finding, Severity
from blueprint.loaders import Loaded, load


@dataclass
class FileReport:
    path: str
    blueprint: str | None
    steps: int
    standards: int
    findings: list[Finding] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"path": self.path, "blueprint": self.blueprint, "steps": self.steps, "standards": self.standards}


@dataclass
class Report:
    files: list[FileReport] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # one line each, for exit 2

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for report in self.files for f in report.findings), key=lambda f: f.sort_key)

    def has(self, *severities: Severity) -> bool:
        return any(f.severity in severities for f in self.findings)


def check_loaded(loaded: Loaded, codes: set[str], extra: dict | None = None) -> list[Finding]:
    """Findings of one loaded file: the loader's, then the checks' when there is a model."""
    from blueprint.checks.registry import run_rules

    findings = [f for f in loaded.findings if f.code in codes]
    if loaded.document is not None:
        from blueprint.graph import FlowGraph

        flow = FlowGraph(loaded.document)
        findings += run_rules(codes, loaded.document, flow, loaded.source, loaded.language, extra=extra)
    return sorted(findings, key=lambda f: f.sort_key)


def validate_paths(paths: list[str], codes: set[str], extra_for=None) -> Report:
    """Validate every path; ``extra_for(loaded)`` may add check inputs (a profile) per file."""
    report = Report()
    for path in paths:
        try:
            loaded = load(path)
            extra = extra_for(loaded) if extra_for else None
        except UserError as error:
            report.unreadable.append(str(error))
            continue
        document = loaded.document
        report.files.append(
            FileReport(
                path,
                document.blueprint.id if document is not None else None,
                len(document.steps) if document is not None else 0,
                len(document.standards) if document is not None else 0,
                check_loaded(loaded, codes, extra),
            )
        )
    return report
