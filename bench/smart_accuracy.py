"""Accuracy of the SMART analyser on labelled statements, per criterion and per language.

Usage: python bench/smart_accuracy.py FILE.jsonl [FILE.jsonl ...] [--misses]

Each line of a file is {"id", "lang", "statement", "expect": {"S": bool, "M": …, "A": …, "T": …}}.
--misses also lists every statement the analyser got wrong, with the criteria it missed.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from standards.smart import analyse

LETTERS = ("S", "M", "A", "T")


def load(path: Path) -> list[dict]:
    """The labelled rows of a jsonl file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(rows: list[dict]) -> tuple[dict[str, dict[str, list[int]]], list[tuple[dict, list[str]]]]:
    """Per language (and "all"), per letter: [right, total]; and the rows with their misses."""
    tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: {letter: [0, 0] for letter in LETTERS})
    misses = []
    for row in rows:
        result = analyse(row["statement"], row.get("lang"))
        wrong = []
        for letter in LETTERS:
            if letter not in row["expect"]:
                continue
            right = result.passed(letter) == row["expect"][letter]
            for group in ("all", row.get("lang", "?")):
                tally[group][letter][0] += right
                tally[group][letter][1] += 1
            if not right:
                wrong.append(letter)
        if wrong:
            misses.append((row, wrong))
    return tally, misses


def main(argv: list[str]) -> int:
    show_misses = "--misses" in argv
    paths = [Path(arg) for arg in argv if not arg.startswith("--")]
    if not paths:
        print(__doc__)
        return 2
    for path in paths:
        rows = load(path)
        tally, misses = score(rows)
        print(f"{path} ({len(rows)} statements)")
        print(f"  {'':8}" + "".join(f"{letter:>9}" for letter in LETTERS))
        for group in ["all", *sorted(g for g in tally if g != "all")]:
            cells = []
            for letter in LETTERS:
                right, total = tally[group][letter]
                cells.append(f"{100 * right / total:8.1f}%" if total else f"{'-':>9}")
            print(f"  {group:8}" + "".join(cells))
        if show_misses:
            for row, wrong in misses:
                print(f"  {row.get('id', '?')} {','.join(wrong)}: {row['statement']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
