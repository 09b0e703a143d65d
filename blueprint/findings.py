"""Findings: small frozen values that every check, loader and command speaks in."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to tell the author, at the place in their file it is about.

    Tests compare ``(code, ref)`` or ``(code, line, column)``, never the translated message.
    """

    code: str  # "BP101"; published codes are never renumbered or reused
    severity: Severity
    message: str  # already in the output language
    path: str  # the file as the user named it
    line: int  # 1-based, as editors show it
    column: int  # 1-based
    ref: str  # "steps.log.fail_points.F1"

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.ref)

    def to_json(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        return {key: data[key] for key in ("code", "severity", "message", "path", "line", "column", "ref")}

    def to_text(self) -> str:
        return f"{self.path}:{self.line}:{self.column} {self.code} {self.message}"


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts
