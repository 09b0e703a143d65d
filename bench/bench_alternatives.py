"""Benchmark: the same large swimlane diagram drawn by `blueprint render`, plain `dot`, PlantUML
and the Mermaid CLI, for the README's comparison.

    python bench/bench_alternatives.py [--steps 300] [--repeat 3] [--keep DIR]

From one generated blueprint (bench_render.generate_blueprint) it writes four equivalent sources:
the blueprint YAML, the plain DOT with one cluster per lane (bench_render.plain_dot), a PlantUML
state diagram with one composite state per lane, and a Mermaid `flowchart LR` with one
`subgraph` per lane. The PlantUML and Mermaid sources are derived from the plain DOT itself, so
all three hold exactly the same nodes, labels and edges, grouped by lane. (A PlantUML activity
diagram with `|Lane|` swimlanes cannot hold these flows: its if/else and loops must nest, while
the generated decisions skip ahead and loop back across each other. A state diagram is the
fastest of PlantUML's graph diagrams here; `--plantuml-kind component` draws rectangles instead.)

Each tool runs as a whole process (start-up included): one untimed warm-up run, whose SVG is
checked for the step labels, then the median of `--repeat` timed runs. A tool that is not
installed, fails or times out gets a row saying so. The output is a Markdown table with the
ratio of each tool's time to `dot`'s, then the tool versions. PlantUML and the Mermaid CLI are
not dependencies of the project; install them by hand to measure them:

    apt-get install -y plantuml chromium
    PUPPETEER_SKIP_DOWNLOAD=1 npm install -g @mermaid-js/mermaid-cli

When /usr/bin/chromium exists (or --chromium names another browser), `mmdc` is pointed at it
through a puppeteer config written to the temporary folder, so puppeteer needs no browser of its
own. Only the Python standard library is used here (bench_render.plain_dot reads the YAML with
ruamel.yaml, which the project already depends on).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_render import generate_blueprint, plain_dot
from installed import blueprint_command

PUPPETEER_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
MERMAID_CONFIG = {"maxTextSize": 10_000_000, "maxEdges": 100_000}
PLANTUML_JAR = "/usr/share/plantuml/plantuml.jar"


@dataclass
class Diagram:
    """The graph of the plain DOT: lanes in order, each with its (id, label) nodes, and the edges."""

    lanes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    edges: list[tuple[str, str]] = field(default_factory=list)


def parse_plain_dot(dot_text: str) -> Diagram:
    """Read back the few line shapes that bench_render.plain_dot writes."""
    diagram, lane = Diagram(), None
    for line in dot_text.splitlines():
        if match := re.match(r'\s*subgraph "cluster_([^"]+)"', line):
            lane = match.group(1)
            diagram.lanes[lane] = []
        elif match := re.match(r'\s*"([^"]+)" \[label="(.*)"\];$', line):
            if lane is None:
                raise ValueError(f"node outside a lane in the plain DOT: {line!r}")
            diagram.lanes[lane].append((match.group(1), match.group(2)))
        elif match := re.match(r'\s*"([^"]+)" -> "([^"]+)";$', line):
            diagram.edges.append((match.group(1), match.group(2)))
    return diagram


def safe_id(name: str) -> str:
    return "n_" + re.sub(r"\W", "_", name)


def plantuml_source(diagram: Diagram, kind: str = "state") -> str:
    """A PlantUML state (or component) diagram: one composite per lane holding its steps, the
    same edges, left to right like the plain DOT. PlantUML lays it out with Graphviz."""
    def quoted(text: str) -> str:
        return '"' + text.replace('"', "'") + '"'

    keyword = "state" if kind == "state" else "rectangle"
    out = ["@startuml", "left to right direction"]
    for lane, nodes in diagram.lanes.items():
        out.append(f"{keyword} {quoted(lane)} as {safe_id('lane ' + lane)} {{")
        out.extend(f"  {keyword} {quoted(label)} as {safe_id(node)}" for node, label in nodes)
        out.append("}")
    out.extend(f"{safe_id(tail)} --> {safe_id(head)}" for tail, head in diagram.edges)
    out.append("@enduml")
    return "\n".join(out) + "\n"


def mermaid_source(diagram: Diagram) -> str:
    """A Mermaid `flowchart LR`: one subgraph per lane holding its steps, the same edges."""
    def quoted(text: str) -> str:
        return '"' + text.replace('"', "#quot;") + '"'

    out = ["flowchart LR"]
    for lane, nodes in diagram.lanes.items():
        out.append(f"  subgraph {safe_id('lane ' + lane)} [{quoted(lane)}]")
        out.extend(f"    {safe_id(node)}[{quoted(label)}]" for node, label in nodes)
        out.append("  end")
    out.extend(f"  {safe_id(tail)} --> {safe_id(head)}" for tail, head in diagram.edges)
    return "\n".join(out) + "\n"


@dataclass
class Tool:
    name: str
    argv: list[str] | None  # None: not installed
    output: Path
    missing: str = "not installed"


@dataclass
class Result:
    tool: Tool
    seconds: float | None = None
    problem: str | None = None
    found: str = "–"


def descendants(pid: int) -> list[int]:
    """The processes below ``pid``, read from /proc (empty where there is no /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        for child in children.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def end_tree(pid: int) -> None:
    """Kill a timed-out run: its session's process group and every process below it. Puppeteer
    starts Chromium detached, in a group of its own, so the group alone would leave it running;
    such a group is killed too, never this script's own."""
    below = descendants(pid)
    groups = {pid}
    for child in below:
        try:
            groups.add(os.getpgid(child))
        except OSError:
            pass
    groups.discard(os.getpgrp())
    for group in groups:
        try:
            os.killpg(group, signal.SIGKILL)
        except OSError:
            pass
    for child in below:
        try:
            os.kill(child, signal.SIGKILL)
        except OSError:
            pass


def run(argv: list[str], timeout: float) -> float:
    """Run one whole process and return its wall-clock time; raise RuntimeError when it fails.
    It runs in its own session so that a timeout can end it together with its children (the
    JVM's dot, mmdc's Chromium)."""
    began = time.perf_counter()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        end_tree(process.pid)
        process.communicate()
        raise RuntimeError(f"timed out after {timeout:g} s") from None
    elapsed = time.perf_counter() - began
    if process.returncode != 0:
        lines = (stderr or stdout).decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"exit {process.returncode}: {lines[-1] if lines else 'no message'}")
    return elapsed


def steps_found(svg: Path, diagram: Diagram) -> str:
    """How many steps the SVG shows: a step counts when its label, or the end of its label when
    the tool wraps it over lines (blueprint render does), ends a text run: "... (17)<"."""
    if not svg.is_file():
        return "no SVG"
    text = svg.read_text(encoding="utf-8", errors="replace")
    labels = [label for nodes in diagram.lanes.values() for _, label in nodes]
    found = 0
    for label in labels:
        tail = re.search(r"\(\d+\)$", label)
        needle = html.escape(tail.group(0) if tail else label, quote=False) + "<"
        found += needle in text
    return f"{found}/{len(labels)}"


def locate_tools(folder: Path, stem: str, options: argparse.Namespace) -> list[Tool]:
    files = {suffix: folder / f"{stem}.{suffix}" for suffix in ("yaml", "dot", "puml", "mmd")}
    tools = []

    blueprint = blueprint_command()
    out = folder / f"{stem}.blueprint.svg"
    tools.append(Tool("blueprint render", blueprint and [blueprint, "render", str(files["yaml"]), "-o", str(out)], out))

    dot = shutil.which("dot")
    out = folder / f"{stem}.dot.svg"
    tools.append(Tool("dot -Tsvg", dot and [dot, "-Tsvg", str(files["dot"]), "-o", str(out)], out))

    out = files["puml"].with_suffix(".svg")  # PlantUML writes NAME.svg next to NAME.puml
    plantuml, java = shutil.which("plantuml"), shutil.which("java")
    jar = os.environ.get("PLANTUML_JAR", PLANTUML_JAR)
    if plantuml:
        argv = [plantuml, "-tsvg", str(files["puml"])]
    elif java and Path(jar).is_file():
        argv = [java, "-Djava.awt.headless=true", "-jar", jar, "-tsvg", str(files["puml"])]
    else:
        argv = None
    missing = "not installed (no java)" if Path(jar).is_file() and not java else "not installed"
    tools.append(Tool(f"PlantUML ({options.plantuml_kind} diagram)", argv, out, missing))

    mmdc = shutil.which("mmdc")
    out = folder / f"{stem}.mermaid.svg"
    argv = None
    if mmdc:
        config = folder / "mermaid-config.json"
        config.write_text(json.dumps(MERMAID_CONFIG), encoding="utf-8")
        argv = [mmdc, "-q", "-i", str(files["mmd"]), "-o", str(out), "-c", str(config)]
        if options.chromium and Path(options.chromium).is_file():
            puppeteer = folder / "puppeteer-config.json"
            puppeteer.write_text(json.dumps({"executablePath": options.chromium, "args": PUPPETEER_ARGS}),
                                 encoding="utf-8")
            argv += ["-p", str(puppeteer)]
    tools.append(Tool("Mermaid CLI (mmdc)", argv, out))
    return tools


def version_of(argv: list[str], pattern: str = r".+") -> str | None:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(pattern, done.stdout + "\n" + done.stderr)
    return match.group(0).strip() if match else None


def versions(options: argparse.Namespace) -> list[str]:
    found = []
    checks = [
        ("blueprint", ["blueprint", "--version"], r"version \S+"),
        ("Graphviz", ["dot", "-V"], r"graphviz version \S+"),
        ("PlantUML", ["plantuml", "-version"], r"PlantUML version \S+"),
        ("Java", ["java", "-version"], r"(openjdk|java) version \S+"),
        ("Mermaid CLI", ["mmdc", "--version"], r"\S+"),
        ("Chromium", [options.chromium or "chromium", "--version"], r"Chromium \S+"),
    ]
    for name, argv, pattern in checks:
        if shutil.which(argv[0]) and (text := version_of(argv, pattern)):
            found.append(f"{name}: {text}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=300, help="steps of the generated blueprint (300)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per tool; the median is shown (3)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before one run is given up (600)")
    parser.add_argument("--plantuml-kind", choices=("state", "component"), default="state",
                        help="PlantUML diagram holding the lanes (state: the fastest here)")
    parser.add_argument("--chromium", default="/usr/bin/chromium",
                        help="browser for mmdc when it exists (/usr/bin/chromium); '' for puppeteer's own")
    parser.add_argument("--keep", help="copy the sources and SVGs into this folder too")
    options = parser.parse_args()

    yaml_text = generate_blueprint(options.steps)
    dot_text = plain_dot(yaml_text)
    diagram = parse_plain_dot(dot_text)
    stem = f"generated-{options.steps}"
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-alternatives-") as name:
        folder = Path(name)
        (folder / f"{stem}.yaml").write_text(yaml_text, encoding="utf-8")
        (folder / f"{stem}.dot").write_text(dot_text, encoding="utf-8")
        (folder / f"{stem}.puml").write_text(plantuml_source(diagram, options.plantuml_kind), encoding="utf-8")
        (folder / f"{stem}.mmd").write_text(mermaid_source(diagram), encoding="utf-8")
        for tool in locate_tools(folder, stem, options):
            result = Result(tool)
            results.append(result)
            if tool.argv is None:
                result.problem = tool.missing
                continue
            print(f"bench: {tool.name} ...", file=sys.stderr, flush=True)
            try:
                run(tool.argv, options.timeout)  # warm-up: file cache, fontconfig, JIT caches
                result.found = steps_found(tool.output, diagram)
                result.seconds = statistics.median(run(tool.argv, options.timeout)
                                                   for _ in range(max(1, options.repeat)))
            except (OSError, RuntimeError) as error:
                result.problem = f"failed ({error})".replace("|", "\\|")
        if options.keep:
            keep = Path(options.keep)
            keep.mkdir(parents=True, exist_ok=True)
            for path in folder.iterdir():
                if path.suffix in (".yaml", ".dot", ".puml", ".mmd", ".svg"):
                    shutil.copy2(path, keep / path.name)

    dot_seconds = next((r.seconds for r in results if r.tool.name.startswith("dot")), None)
    edges = len(diagram.edges)
    print(f"{options.steps} steps, {edges} edges, {len(diagram.lanes)} lanes; "
          f"median of {options.repeat} runs after one warm-up, whole processes\n")
    print("| tool | seconds (median) | ratio to `dot` | steps in the SVG |")
    print("|---|---:|---:|---:|")
    for result in results:
        if result.seconds is None:
            print(f"| {result.tool.name} | {result.problem} | – | {result.found} |")
            continue
        ratio = f"{result.seconds / dot_seconds:.1f}" if dot_seconds else "–"
        print(f"| {result.tool.name} | {result.seconds:.3f} | {ratio} | {result.found} |")
    print()
    for line in versions(options):
        print(f"- {line}")


if __name__ == "__main__":
    main()
