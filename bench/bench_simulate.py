"""Benchmark: 10,000 runs of a 200-step blueprint (issue 7 asks for under 1 s).

Prints the time of the simulation itself (compiling the flow, walking it, summarising), best
of several repeats, and the time of the whole command `blueprint simulate FILE` as a user runs
it (start-up, loading, checks, simulation, output).

    python bench/bench_simulate.py [--steps 200] [--runs 10000] [--repeat 5]

The generated blueprint has what real ones have, in proportion: triangular and uniform
durations and waits, decisions with probabilities, a review loop with a cap, parallel forks
that join, fail points with likelihood and delay, and time standards on steps and spans.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# A segment of 10 steps; `{n}` numbers the segment, `{next}` is the first step of the next one.
_SEGMENT = """\
  - id: c{n}
    lane: customer
    name: 顾客步骤 {n}
    evidence: [单据 {n}]
    wait: {{min: 10s, likely: 1m, max: 5m}}
    duration: {{min: 30s, likely: 1m, max: 3m}}
    next: o{n}
  - id: o{n}
    lane: onstage
    name: 前台受理 {n}
    contact: face-to-face
    standards: [S{n}]
    duration: {{min: 2m, likely: 4m, max: 10m}}
    fail_points:
      - {{id: F{n}, what: 漏登信息 {n}, prevent: 必填校验, recover: 当日回拨, likelihood: 0.05, delay: {{min: 10m, likely: 30m, max: 2h}}}}
    next: d{n}
  - id: d{n}
    lane: backstage
    name: 判断 {n}
    kind: decision
    duration: 1m
    next:
      - {{to: quick{n}, when: 简单, probability: 0.6}}
      - {{to: split{n}, when: 复杂, probability: 0.4}}
  - id: quick{n}
    lane: onstage
    name: 当场处理 {n}
    duration: {{min: 5m, max: 15m}}
    next: review{n}
  - id: split{n}
    lane: backstage
    name: 分派 {n}
    duration: 2m
    next: [field{n}, system{n}]
  - id: field{n}
    lane: backstage
    name: 现场核查 {n}
    wait: {{min: 30m, likely: 1h, max: 4h}}
    duration: {{min: 20m, likely: 40m, max: 2h}}
    next: merge{n}
  - id: system{n}
    lane: support
    name: 系统核查 {n}
    duration: {{min: 5m, likely: 10m, max: 30m}}
    next: merge{n}
  - id: merge{n}
    lane: backstage
    name: 汇总 {n}
    duration: 5m
    next: review{n}
  - id: review{n}
    lane: backstage
    name: 复核 {n}
    kind: decision
    duration: {{min: 2m, likely: 5m, max: 10m}}
    next:
      - {{to: reply{n}, when: 合格, probability: 0.9}}
      - {{to: d{n}, when: 重做, probability: 0.1, max_loops: 2}}
  - id: reply{n}
    lane: onstage
    name: 答复 {n}
    contact: phone
    duration: {{min: 1m, likely: 3m, max: 8m}}
    next: {next}
"""

_STANDARD = """\
  - {{id: S{n}, statement: 受理 {n} 在 15 分钟内完成, target: "<= 15m", compliance: 90%}}
  - {{id: T{n}, statement: 第 {n} 段 1 个工作日内答复, target: "<= 1wd", compliance: 95%, span: {{from: c{n}, to: reply{n}}}}}
"""


def blueprint_text(steps: int) -> str:
    """A valid blueprint of ``steps`` steps (a multiple of 10, plus a closing step)."""
    segments = max(1, steps // 10)
    body = [
        _SEGMENT.format(n=n, next=f"c{n + 1}" if n + 1 < segments else "close") for n in range(segments)
    ]
    body.append("  - {id: close, lane: customer, name: 结束, evidence: [回执]}\n")
    standards = [_STANDARD.format(n=n) for n in range(segments)]
    header = "blueprint: {id: bench, title: 基准蓝图, language: zh-CN}\nsteps:\n"
    return header + "".join(body) + "standards:\n" + "".join(standards)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    from blueprint.graph import FlowGraph
    from blueprint.io import write_atomic
    from blueprint.loaders import load
    from blueprint.simulate import simulate

    folder = Path(tempfile.mkdtemp(prefix="bench-simulate-"))
    try:
        path = folder / "bench.yaml"
        write_atomic(path, blueprint_text(options.steps))
        loaded = load(str(path))
        if loaded.document is None:
            for finding in loaded.findings:
                print(finding.to_text())
            return 1
        document = loaded.document
        simulate(document, 1000, 0)  # warm up: imports, numpy's first calls
        timings = []
        for repeat in range(options.repeat):
            began = time.perf_counter()
            result = simulate(document, options.runs, repeat, flow=FlowGraph(document))
            timings.append(time.perf_counter() - began)
        best, worst = min(timings), max(timings)
        print(f"blueprint: {len(document.steps)} steps, {len(document.standards)} standards; {options.runs:,} runs")
        print(f"simulation itself: best {best:.3f} s, worst {worst:.3f} s over {options.repeat} repeats "
              f"({'under' if best < 1 else 'OVER'} the 1 s asked)")
        print(f"  end-to-end mean {result.end_to_end.mean / 3600:.1f} h; standards short: "
              f"{sum(1 for s in result.standards if s.short)} of {len(result.standards)}")

        command = [shutil.which("blueprint") or sys.executable, "simulate", str(path), "--runs", str(options.runs)]
        if command[0] == sys.executable:
            command[1:1] = ["-m", "blueprint"]
        began = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - began
        print(f"command `blueprint simulate bench.yaml --runs {options.runs}`: {elapsed:.3f} s (exit {completed.returncode})")
        if completed.returncode not in (0, 1) or completed.stderr.strip():
            print(completed.stderr)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
