"""Start-up and `validate` times, end to end, as a user runs them (median of several runs).

Each validate run must read the whole blueprint (its JSON names every step): a file refused
by a limit would be timed as quickly as it is refused, and the figure would mean nothing.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import write
from installed import blueprint_command


def median_seconds(command: list[str], runs: int = 5) -> float:
    subprocess.run(command, capture_output=True)  # warm the file cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def read_whole(command: str, path: Path, steps: int) -> None:
    """Stop the benchmark unless `validate` read all ``steps`` steps of ``path``."""
    completed = subprocess.run([command, "validate", str(path), "--format", "json"], capture_output=True, text=True)
    report = json.loads(completed.stdout)
    read = report["files"][0]["steps"]
    if read != steps:
        codes = sorted({finding["code"] for finding in report["findings"]})
        sys.exit(f"bench: validate read {read} of {steps} steps of {path.name} ({', '.join(codes)}); not a figure")


def main() -> list[tuple[str, float, str]]:
    command = blueprint_command()
    rows = [("blueprint --version", median_seconds([command, "--version"]), "< 0.2 s")]
    with tempfile.TemporaryDirectory() as folder:
        for steps, goal in ((1_000, "< 1 s"), (10_000, "< 6 s")):
            path = write(Path(folder) / f"b{steps}.yaml", steps)
            read_whole(command, path, steps)
            rows.append((f"validate, {steps:,} steps", median_seconds([command, "validate", str(path)], 3), goal))
    return rows


if __name__ == "__main__":
    for name, seconds, goal in main():
        print(f"{name:28} {seconds:7.3f} s   (goal {goal})")
