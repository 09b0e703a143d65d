"""Generated blueprints of any size for the benchmarks: realistic in shape, not in words.

A chain of customer / onstage / backstage / support steps with a decision every 10 steps,
evidence on customer steps, durations, a fail point every 7 steps and a standard on every
onstage step, so that every check has work to do.
"""

from __future__ import annotations

import sys
from pathlib import Path

LANES = ("customer", "onstage", "backstage", "support", "backstage", "onstage")


def blueprint_yaml(steps: int, language: str = "en") -> str:
    lines = [
        f"blueprint: {{id: generated-{steps}, title: Generated {steps}-step service, language: {language}}}",
        "actors:",
        "  clerk: {name: Clerk, lane: onstage}",
        "  officer: {name: Officer, lane: backstage}",
        "steps:",
    ]
    standards = []
    for index in range(steps):
        lane = LANES[index % len(LANES)]
        sid = f"s{index}"
        parts = [f"id: {sid}", f"lane: {lane}", f"name: Step {index} of the service"]
        if lane == "customer":
            parts.append("evidence: [Screen]")
        if lane == "onstage":
            parts.append("actor: clerk")
            standards.append(f"  - {{id: S{index}, statement: Serve within 5 minutes, step: {sid}, target: '<= 5m', dimension: reliability}}")
        if lane == "backstage":
            parts.append("actor: officer")
        parts.append("duration: {min: 1m, likely: 2m, max: 5m}")
        if index % 7 == 3:
            parts.append(f"fail_points: [{{id: F{index}, what: Delay, prevent: Check, recover: Call back, likelihood: 0.05, delay: 10m}}]")
        if index + 1 < steps:
            if index % 10 == 5 and index + 2 < steps:
                parts.append("kind: decision")
                parts.append(f"next: [{{to: s{index + 1}, when: usual, probability: 0.7}}, {{to: s{index + 2}, when: quick, probability: 0.3}}]")
            else:
                parts.append(f"next: s{index + 1}")
        lines.append("  - {" + ", ".join(parts) + "}")
    if standards:
        lines.append("standards:")
        lines.extend(standards)
    return "\n".join(lines) + "\n"


def write(path: str | Path, steps: int) -> Path:
    path = Path(path)
    path.write_text(blueprint_yaml(steps), encoding="utf-8")
    return path


if __name__ == "__main__":
    write(sys.argv[1], int(sys.argv[2]))
