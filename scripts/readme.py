"""Regenerate the generated parts of README.md: the finding-code table (from the registry).

`python3 scripts/readme.py` rewrites the part between the markers; `--check` exits 1 when the
README is stale (tests/test_readme.py runs that check, so the table cannot drift).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

START, END = "<!-- codes:start -->", "<!-- codes:end -->"


def codes_table() -> str:
    from blueprint.checks.registry import all_rules

    rows = ["| code | severity | finding |", "|---|---|---|"]
    for code, rule in all_rules().items():
        rows.append(f"| {code} | {rule.severity.value} | {rule.summary.rstrip('.')} |")
    return "\n".join(rows)


def updated(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{codes_table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = updated(text)
    if "--check" in argv:
        return 0 if new == text else 1
    if new != text:
        from blueprint.io import write_atomic

        write_atomic(readme, new)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
