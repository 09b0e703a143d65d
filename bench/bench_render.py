"""Benchmark: `blueprint render` of a large blueprint to SVG against plain `dot`.

Issue 5's target: the whole render of a 300-step blueprint to SVG (start-up, loading, checks,
layout, writing) takes at most 5x what `dot` alone takes on a plain DOT of the same steps with
one cluster per lane. Run:  python bench/bench_render.py [--sizes 100 300] [--repeat 5]
It writes its blueprints and outputs to a temporary folder and prints the figures.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import installed  # noqa: E402

LANES = ("customer", "onstage", "backstage", "support")
CUSTOMER_ACTIONS = [
    "Call the hotline", "Describe the problem", "Wait for a call-back", "Confirm the address",
    "Receive the engineer", "Check the repair", "Rate the service", "Sign the work order",
]
STAFF_ACTIONS = [
    "Greet and listen", "Log the complaint in the CRM", "Check the account history",
    "Assign an engineer", "Schedule a visit", "Call the customer back", "Review the case",
    "Order spare parts", "Update the ticket", "Escalate to the supervisor",
]


def generate_blueprint(steps: int, seed: int = 0) -> str:
    """A realistic blueprint of ``steps`` steps as YAML text: episodes of a customer action,
    the onstage answer and backstage/support work, with decisions that branch and re-join,
    loops back, fail points, waits and evidence."""
    rng = random.Random(seed)
    lines = [
        "blueprint:",
        f"  id: generated-{steps}",
        f"  title: Generated blueprint with {steps} steps",
        "  language: en",
        "actors:",
        "  agent: {name: Hotline agent, lane: onstage}",
        "  handler: {name: Complaint handler, lane: backstage}",
        "  crm: {name: CRM system, lane: support}",
        "steps:",
    ]
    ids = [f"s{index:03d}" for index in range(steps)]
    lanes: list[str] = []
    for index in range(steps):
        phase = index % 5
        lanes.append(["customer", "onstage", "backstage", "support", "onstage"][phase]
                     if rng.random() < 0.85 else rng.choice(LANES))
    lanes[0] = "customer"
    for index, step_id in enumerate(ids):
        lane = lanes[index]
        names = CUSTOMER_ACTIONS if lane == "customer" else STAFF_ACTIONS
        lines.append(f"  - id: {step_id}")
        lines.append(f"    lane: {lane}")
        lines.append(f"    name: {rng.choice(names)} ({index})")
        if lane == "onstage":
            lines.append("    actor: agent")
        elif lane == "backstage":
            lines.append("    actor: handler")
        elif lane == "support":
            lines.append("    actor: crm")
        if lane == "customer":
            lines.append(f"    evidence: [Ticket {index}, SMS notice]")
            if rng.random() < 0.4:
                lines.append("    wait: {min: 1m, likely: 4m, max: 20m}")
        if rng.random() < 0.12:
            lines.append("    fail_points:")
            lines.append(f"      - {{id: F{index}, what: Something goes wrong at step {index}, "
                         "prevent: A checklist, recover: Call back within an hour}")
        if lane == "onstage" and rng.random() < 0.1:
            lines.append("    moment_of_truth: true")
        if index == steps - 1:
            lines.append("    end: true")
            continue
        following = ids[index + 1]
        if index + 3 < steps and lane != "customer" and rng.random() < 0.12:
            lines.append("    kind: decision")
            lines.append("    next:")
            lines.append(f"      - {{to: {following}, when: resolved, probability: 0.7}}")
            lines.append(f"      - {{to: {ids[index + 2]}, when: needs more work, probability: 0.3}}")
        elif index > 6 and rng.random() < 0.03:
            back = ids[index - rng.randint(2, 5)]
            lines.append("    kind: decision")
            lines.append("    next:")
            lines.append(f"      - {{to: {following}, when: done, probability: 0.8}}")
            lines.append(f"      - {{to: {back}, when: redo, probability: 0.2, max_loops: 2}}")
        else:
            lines.append(f"    next: {following}")
    return "\n".join(lines) + "\n"


def plain_dot(yaml_text: str) -> str:
    """The comparable plain DOT: the same steps and flows, one cluster per lane, dot's own layout."""
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(yaml_text)
    by_lane: dict[str, list[dict]] = {}
    for step in data["steps"]:
        by_lane.setdefault(step["lane"], []).append(step)
    out = ["digraph G {", "  rankdir=LR;", '  node [shape=box, fontname="Liberation Sans"];']
    for lane, steps in by_lane.items():
        out.append(f'  subgraph "cluster_{lane}" {{ label="{lane}";')
        out.extend(f'    "{step["id"]}" [label="{step["name"]}"];' for step in steps)
        out.append("  }")
    for step in data["steps"]:
        targets = step.get("next") or []
        if isinstance(targets, str):
            targets = [targets]
        for target in targets:
            target_id = target["to"] if isinstance(target, dict) else target
            out.append(f'  "{step["id"]}" -> "{target_id}";')
    out.append("}")
    return "\n".join(out) + "\n"


def drawn_dot(yaml_text: str) -> str:
    """The plain DOT a consultant would write for the same diagram by hand: the same steps,
    one cluster per lane, dot's own layout, and each step with the text our diagram shows for
    it (its name and its actor), decisions as diamonds, branches labelled with their
    condition, in the diagram's fonts. What it leaves to us: evidence, F and W marks, lines."""
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(yaml_text)
    actors = {key: actor["name"] for key, actor in (data.get("actors") or {}).items()}
    fonts = "Liberation Sans,Arial,Helvetica,Noto Sans CJK SC,sans-serif"
    by_lane: dict[str, list[dict]] = {}
    for step in data["steps"]:
        by_lane.setdefault(step["lane"], []).append(step)
    out = ["digraph G {", "  rankdir=LR;", f'  node [shape=box, style=rounded, fontname="{fonts}", fontsize=11];',
           f'  edge [fontname="{fonts}", fontsize=9];']
    for lane, steps in by_lane.items():
        out.append(f'  subgraph "cluster_{lane}" {{ label="{lane}";')
        for step in steps:
            label = step["name"] + (f"\\n{actors[step['actor']]}" if step.get("actor") in actors else "")
            shape = ", shape=diamond" if step.get("kind") == "decision" else ""
            out.append(f'    "{step["id"]}" [label="{label}"{shape}];')
        out.append("  }")
    for step in data["steps"]:
        targets = step.get("next") or []
        for target in [targets] if isinstance(targets, str) else targets:
            if isinstance(target, dict):
                out.append(f'  "{step["id"]}" -> "{target["to"]}" [label="{target.get("when", "")}"];')
            else:
                out.append(f'  "{step["id"]}" -> "{target}";')
    out.append("}")
    return "\n".join(out) + "\n"


def timed(argv: list[str], stdin: bytes | None = None) -> float:
    began = time.perf_counter()
    subprocess.run(argv, input=stdin, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", help="write the generated blueprints into this folder too")
    options = parser.parse_args()
    blueprint_command = installed.blueprint_command()
    dot_command = shutil.which("dot") or sys.exit("bench: Graphviz `dot` is not installed")
    parts: list[str] = []
    drawn_rows: list[tuple[int, float, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'steps':>5}  {'render (s)':>10}  {'dot alone (s)':>13}  {'ratio':>5}")
        for size in options.sizes:
            text = generate_blueprint(size)
            source = Path(folder, f"generated-{size}.yaml")
            source.write_text(text, encoding="utf-8")
            if options.keep:
                Path(options.keep, source.name).write_text(text, encoding="utf-8")
            comparable = plain_dot(text).encode("utf-8")
            output = Path(folder, f"generated-{size}.svg")
            render_argv = [blueprint_command, "render", str(source), "-o", str(output)]
            timed(render_argv)  # warm the file cache and fontconfig's cache
            render_times = [timed(render_argv) for _ in range(options.repeat)]
            dot_times = [timed([dot_command, "-Tsvg"], comparable) for _ in range(options.repeat)]
            drawn = drawn_dot(text).encode("utf-8")
            drawn_times = [timed([dot_command, "-Tsvg"], drawn) for _ in range(options.repeat)]
            render_time, dot_time = statistics.median(render_times), statistics.median(dot_times)
            print(f"{size:>5}  {render_time:>10.3f}  {dot_time:>13.3f}  {render_time / dot_time:>5.2f}")
            drawn_rows.append((size, render_time, statistics.median(drawn_times)))
            parts.append(breakdown(size, source, Path(folder), blueprint_command, dot_command, options.repeat))
    print("\nAgainst dot on the steps as drawn (name and actor, decisions, branch labels):")
    print(f"{'steps':>5}  {'render (s)':>10}  {'dot drawn (s)':>13}  {'ratio':>5}")
    for size, render_time, drawn_time in drawn_rows:
        print(f"{size:>5}  {render_time:>10.3f}  {drawn_time:>13.3f}  {render_time / drawn_time:>5.2f}")
    print("\nWhere the render's time goes (medians, seconds):")
    print(f"{'steps':>5}  {'python':>6}  {'+ click, pydantic, model':>24}  {'dot on our drawing':>18}")
    print("\n".join(parts))


def breakdown(size: int, source: Path, folder: Path, blueprint_command: str, dot_command: str, repeat: int) -> str:
    """The fixed costs under a render: a bare interpreter, the imports every command needs
    (click and the pydantic model), and Graphviz drawing our pinned DOT (`-Kneato -n2`)."""
    pinned = folder / f"generated-{size}.dot"
    subprocess.run([blueprint_command, "render", str(source), "-o", str(pinned)], check=True)
    drawing = pinned.read_bytes()
    python = statistics.median(timed([sys.executable, "-c", "pass"]) for _ in range(repeat))
    # with the settings that blueprint.cli.run makes before any of these imports
    floor = ("import gc, os; gc.set_threshold(100_000, 50, 100); os.environ.setdefault('PYDANTIC_DISABLE_PLUGINS', "
             "'__all__'); import click, blueprint.model")
    imports = statistics.median(timed([sys.executable, "-c", floor]) for _ in range(repeat))
    drawn = statistics.median(timed([dot_command, "-Kneato", "-n2", "-q", "-Tsvg"], drawing) for _ in range(repeat))
    return f"{size:>5}  {python:>6.3f}  {imports:>24.3f}  {drawn:>18.3f}"


if __name__ == "__main__":
    main()
