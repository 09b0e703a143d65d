"""Every performance figure of the project in one Markdown table, with its goal and the machine.

    python bench/run.py [--repeat N] [--only NAME ...]      (make bench)

Runs the per-area benchmarks of this folder and reads their figures: bench_validate.py
(start-up, validate at 1,000 and 10,000 steps, imported), bench_render.py (render against
`dot` on plain DOTs of the same 300 steps), bench_smart.py (10,000 SMART statements), bench_manual.py (a PDF
handbook of 12 blueprints of 40 steps) and bench_simulate.py (10,000 runs of 200 steps), each
run as its own process so that one area's imports do not warm another's. A script that is
missing, fails or prints what this reader does not recognise gets a row saying so (its output
is shown under the table) instead of stopping the others. The output is Markdown, ready to be
pasted into the README: the machine first, then the table.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TIMEOUT_SECONDS = 1800


@dataclass
class Row:
    figure: str
    measured: str
    goal: str
    met: bool | None  # None: no goal, or not measured
    source: str


class NotRead(Exception):
    """A benchmark ran but its output did not hold the figure (or it failed)."""

    def __init__(self, message: str, output: str = "") -> None:
        super().__init__(message)
        self.output = output


# --- the machine -------------------------------------------------------------------------------

def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith(("model name", "hardware", "processor\t: arm")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except (OSError, ValueError):
        pass
    try:
        return f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        return "unknown"


def _cores() -> str:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{usable} core{'s' if usable != 1 else ''}" + (f" (of {os.cpu_count()})" if usable != os.cpu_count() else "")


def _tool_version(argv: list[str], pattern: str) -> str:
    if shutil.which(argv[0]) is None:
        return "absent"
    completed = subprocess.run(argv, capture_output=True, text=True, check=False)
    match = re.search(pattern, completed.stdout + completed.stderr)
    return match.group(1) if match else "present"


def machine() -> list[str]:
    """The machine, as Markdown list items."""
    try:
        from importlib.metadata import version

        weasyprint = version("weasyprint")
    except Exception:  # noqa: BLE001 - absent or broken: say so
        weasyprint = "absent"
    return [
        f"- CPU: {_cpu_model()}, {_cores()}",
        f"- Memory: {_memory()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}) on {platform.system()} {platform.release()}",
        f"- Graphviz {_tool_version(['dot', '-V'], r'version ([0-9.]+)')}, WeasyPrint {weasyprint}",
    ]


# --- running the area scripts ------------------------------------------------------------------

def run_script(name: str, *arguments: str) -> str:
    """The standard output of ``bench/NAME``; NotRead when it is missing or fails."""
    script = BENCH / name
    if not script.exists():
        raise NotRead(f"bench/{name} is not there yet")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    try:
        completed = subprocess.run([sys.executable, str(script), *arguments], capture_output=True, text=True, cwd=ROOT,
                                   env=environment, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise NotRead(f"bench/{name} ran for more than {TIMEOUT_SECONDS} s") from None
    if completed.returncode != 0:
        raise NotRead(f"bench/{name} exited {completed.returncode}", completed.stdout + completed.stderr)
    return completed.stdout


def search(pattern: str, output: str, name: str) -> re.Match[str]:
    match = re.search(pattern, output, re.MULTILINE)
    if match is None:
        raise NotRead(f"bench/{name} printed no figure this script recognises", output)
    return match


def seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


# --- one function per area: each returns its rows --------------------------------------------------

def validate_rows(repeat: int) -> list[Row]:
    """Start-up and validate at 1,000 and 10,000 steps, end to end, from bench_validate.py."""
    sys.path.insert(0, str(BENCH))
    try:
        import bench_validate
    except Exception as error:  # noqa: BLE001 - a script being written may not import yet
        raise NotRead(f"bench/bench_validate.py does not import ({type(error).__name__}: {error})") from None
    finally:
        sys.path.remove(str(BENCH))
    figures = {
        "blueprint --version": "Start-up: `blueprint --version`",
        "validate, 1,000 steps": "`validate`, 1,000 steps",
        "validate, 10,000 steps": "`validate`, 10,000 steps",
    }
    rows = []
    for name, measured, goal in bench_validate.main():
        limit = _limit(goal)
        rows.append(Row(figures.get(name, name), seconds(measured), goal, None if limit is None else measured < limit,
                        "bench_validate.py, median of runs, end to end"))
    return rows


def render_rows(repeat: int) -> list[Row]:
    output = run_script("bench_render.py", "--sizes", "300", "--repeat", str(repeat))
    rows = re.findall(r"^\s*300\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)\s*$", output, re.MULTILINE)
    if len(rows) < 2:
        raise NotRead("bench_render.py printed no 300-step rows for both baselines")
    how = f"bench_render.py, median of {repeat}, end to end"
    result = []
    for (render, dot, ratio), baseline in zip(rows, ("names only", "the steps as drawn")):
        render, dot, ratio = float(render), float(dot), float(ratio)
        result.append(Row(f"`render` to SVG, 300 steps, against `dot` on a plain DOT of the same steps ({baseline})",
                          f"{ratio:.2f}× ({seconds(render)} against {seconds(dot)})", "≤ 5×", ratio <= 5, how))
    return result


def smart_rows(repeat: int) -> list[Row]:
    best = None
    for _ in range(max(1, repeat)):
        output = run_script("bench_smart.py", "10000")
        match = search(r"(\d+) statements in ([0-9.]+) s(?: \(([0-9.]+) s CPU\))?", output, "bench_smart.py")
        elapsed = float(match.group(2))
        best = elapsed if best is None else min(best, elapsed)
    return [Row("SMART analyser, 10,000 statements", seconds(best), "< 2 s", best < 2,
                f"bench_smart.py, best of {max(1, repeat)}, in-process")]


def manual_rows(repeat: int) -> list[Row]:
    output = run_script("bench_manual.py", "--blueprints", "12", "--steps", "40")
    match = search(r"total ([0-9.]+) s for (\d+) pages", output, "bench_manual.py")
    total, pages = float(match.group(1)), int(match.group(2))
    return [Row("Handbook PDF, 12 blueprints × 40 steps", f"{seconds(total)} ({pages} pages)", "< 30 s", total < 30,
                "bench_manual.py, one run, in-process")]


def simulate_rows(repeat: int) -> list[Row]:
    output = run_script("bench_simulate.py", "--steps", "200", "--runs", "10000", "--repeat", str(max(repeat, 1)))
    best = float(search(r"simulation itself: best ([0-9.]+) s", output, "bench_simulate.py").group(1))
    rows = [Row("Simulation, 10,000 runs × 200 steps", seconds(best), "< 1 s", best < 1,
                f"bench_simulate.py, best of {max(repeat, 1)}, in-process")]
    command = re.search(r"^command `([^`]*)`: ([0-9.]+) s", output, re.MULTILINE)
    if command:
        rows.append(Row("`simulate` command, 10,000 runs × 200 steps, end to end", seconds(float(command.group(2))),
                        "—", None, "bench_simulate.py, one run"))
    return rows


AREAS = {
    "validate": (validate_rows, ["Start-up: `blueprint --version`", "`validate`, 1,000 steps", "`validate`, 10,000 steps"]),
    "render": (render_rows, ["`render` to SVG, 300 steps, against `dot` on a plain DOT of the same steps (names only)",
                             "`render` to SVG, 300 steps, against `dot` on a plain DOT of the same steps (the steps as drawn)"]),
    "smart": (smart_rows, ["SMART analyser, 10,000 statements"]),
    "manual": (manual_rows, ["Handbook PDF, 12 blueprints × 40 steps"]),
    "simulate": (simulate_rows, ["Simulation, 10,000 runs × 200 steps"]),
}
GOALS = {
    "Start-up: `blueprint --version`": "< 0.2 s", "`validate`, 1,000 steps": "< 1 s", "`validate`, 10,000 steps": "< 6 s",
    "`render` to SVG, 300 steps, against `dot` on a plain DOT of the same steps (names only)": "≤ 5×",
    "`render` to SVG, 300 steps, against `dot` on a plain DOT of the same steps (the steps as drawn)": "≤ 5×",
    "SMART analyser, 10,000 statements": "< 2 s",
    "Handbook PDF, 12 blueprints × 40 steps": "< 30 s", "Simulation, 10,000 runs × 200 steps": "< 1 s",
}


def _limit(goal: str) -> float | None:
    match = re.fullmatch(r"\s*<\s*([0-9.]+)\s*s\s*", goal)
    return float(match.group(1)) if match else None


def table(rows: list[Row]) -> list[str]:
    lines = ["| Figure | Measured | Goal | Met | How |", "|---|---|---|---|---|"]
    for row in rows:
        met = "—" if row.met is None else ("yes" if row.met else "**no**")
        lines.append(f"| {row.figure} | {row.measured} | {row.goal} | {met} | {row.source} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="repeats where a script takes them (default 3)")
    parser.add_argument("--only", nargs="+", choices=sorted(AREAS), help="only these areas")
    options = parser.parse_args(argv)
    started = time.perf_counter()
    rows: list[Row] = []
    unread: list[tuple[str, NotRead]] = []
    for area, (measure, figures) in AREAS.items():
        if options.only and area not in options.only:
            continue
        print(f"bench: {area} …", file=sys.stderr, flush=True)
        try:
            rows += measure(options.repeat)
        except NotRead as problem:
            unread.append((area, problem))
            rows += [Row(figure, f"not measured: {problem}", GOALS.get(figure, "—"), None, "—") for figure in figures]
    lines = ["### Benchmarks", "", f"Measured {time.strftime('%Y-%m-%d')} with `python bench/run.py` on:", "", *machine(), "",
             *table(rows), "", f"All figures in {time.perf_counter() - started:.0f} s."]
    if any(row.met is False for row in rows):
        lines.append("Rows marked **no** miss their goal.")
    print("\n".join(lines))
    for area, problem in unread:
        print(f"\n<details><summary>{area}: {problem}</summary>\n\n```\n{problem.output.strip()[-3000:]}\n```\n</details>")
    return 0


if __name__ == "__main__":
    sys.exit(main())
