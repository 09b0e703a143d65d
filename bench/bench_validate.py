"""Start-up and `validate` times, end to end, as a user runs them (median of several runs)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import write


def median_seconds(command: list[str], runs: int = 5) -> float:
    subprocess.run(command, capture_output=True)  # warm the file cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> list[tuple[str, float, str]]:
    rows = [("blueprint --version", median_seconds(["blueprint", "--version"]), "< 0.2 s")]
    with tempfile.TemporaryDirectory() as folder:
        for steps, goal in ((1_000, "< 1 s"), (10_000, "< 6 s")):
            path = write(Path(folder) / f"b{steps}.yaml", steps)
            rows.append((f"validate, {steps:,} steps", median_seconds(["blueprint", "validate", str(path)], 3), goal))
    return rows


if __name__ == "__main__":
    for name, seconds, goal in main():
        print(f"{name:28} {seconds:7.3f} s   (goal {goal})")
