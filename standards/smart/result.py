"""The analyser's answer: five verdicts, each with the reasons for a failure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Verdict = Literal["pass", "fail", "unknown"]
CRITERIA = ("S", "M", "A", "R", "T")


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a criterion failed: `text` says what is wrong, `quote` holds the words of the
    statement at fault (always a substring of it), `fix` says how to put it right."""

    text: str
    quote: str
    fix: str

    def to_json(self) -> dict[str, str]:
        return {"text": self.text, "quote": self.quote, "fix": self.fix}


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One criterion's verdict; a 'fail' always carries at least one reason."""

    verdict: Verdict
    reasons: list[Reason] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "reasons": [reason.to_json() for reason in self.reasons]}


@dataclass(frozen=True, slots=True)
class SmartResult:
    """The SMART verdicts on one statement, keyed "S", "M", "A", "R", "T"."""

    statement: str
    lang: str
    criteria: dict[str, CriterionResult]

    def to_json(self) -> dict[str, Any]:
        """The JSON object of `blueprint smart --format json` (cli.md), as a dict ready for json.dumps."""
        return {
            "statement": self.statement,
            "lang": self.lang,
            "criteria": {letter: self.criteria[letter].to_json() for letter in CRITERIA},
        }

    def passed(self, letter: str) -> bool:
        """True when criterion `letter` passed."""
        return self.criteria[letter].verdict == "pass"
