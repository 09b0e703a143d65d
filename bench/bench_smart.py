"""Time analyse() over 10,000 statements and print statements per second.

Usage: python bench/bench_smart.py [N]

The statements cycle through the public sample (shared/corpus/smart-sample.jsonl) and the
labelled corpus (tests/data/smart-corpus.jsonl), whichever are present. The budget is
10,000 statements in under 2 seconds.
"""

from __future__ import annotations

import json
import os
import sys
import time
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from standards.smart import analyse  # noqa: E402  (after the path insert)

SHARED = Path(os.environ.get("BLUEPRINT_SHARED", REPO.parent / "shared"))
SOURCES = (SHARED / "corpus" / "smart-sample.jsonl", REPO / "tests" / "data" / "smart-corpus.jsonl")


def statements() -> list[str]:
    """Every statement of the sources that exist."""
    found = []
    for path in SOURCES:
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                found += [json.loads(line)["statement"] for line in handle if line.strip()]
    if not found:
        raise SystemExit("no statements found: set BLUEPRINT_SHARED or add tests/data/smart-corpus.jsonl")
    return found


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    batch = list(islice(cycle(statements()), count))
    start, cpu_start = time.perf_counter(), time.process_time()
    for statement in batch:
        analyse(statement)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    # CPU time too: on a busy machine the wall clock also counts other processes' turns
    print(
        f"{count} statements in {elapsed:.2f} s ({cpu:.2f} s CPU): {count / elapsed:,.0f} statements/second"
    )


if __name__ == "__main__":
    main()
