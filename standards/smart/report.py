"""Reading statements for `blueprint smart` and printing its verdicts as text."""

from __future__ import annotations

import sys
from pathlib import Path

from blueprint.errors import UserError

_MARK = {"pass": "✓", "fail": "✗", "unknown": "?"}


def read_statements(path: str | None) -> list[str]:
    """Non-blank lines of ``path`` ('-' is standard input); UserError when unreadable."""
    if not path:
        return []
    if path == "-":
        text = sys.stdin.read()
    else:
        file = Path(path)
        if not file.is_file():
            raise UserError(f"{path}: no such file; give a text file with one statement per line")
        try:
            text = file.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise UserError(f"{path}: not UTF-8 text; save it as UTF-8") from None
        except OSError as error:
            raise UserError(f"{path}: cannot be read ({error.strerror})") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


def text_report(results) -> str:
    """One block per statement: the five verdicts, then each failure's reason, quote and fix."""
    blocks = []
    for number, result in enumerate(results, 1):
        verdicts = "  ".join(f"{letter} {_MARK[c.verdict]}" for letter, c in result.criteria.items())
        lines = [f"{number}. {result.statement}  [{result.lang}]", f"   {verdicts}"]
        for letter, criterion in result.criteria.items():
            for reason in criterion.reasons if criterion.verdict == "fail" else ():
                lines.append(f"   {letter}: {reason.text} → {reason.fix}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
