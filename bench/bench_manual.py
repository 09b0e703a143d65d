"""Benchmark: a PDF handbook of 12 blueprints of 40 steps each (issue 6: under 30 s).

    python bench/bench_manual.py [--blueprints 12] [--steps 40] [--keep DIR]

Writes the blueprints (zh-CN, as a trainer would: evidence on customer steps, a standard with
phrases on every contact point, fail points with prevention and recovery) to a temporary
folder, runs what `blueprint manual *.yaml -o handbook.pdf` runs, and prints the time of each
stage, the page count and the file size.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LANES = ["customer", "onstage", "backstage", "support", "onstage"]


def blueprint(number: int, steps: int) -> dict:
    """One long blueprint; every fifth step has a fail point, every contact point a standard."""
    items, standards = [], []
    for index in range(steps):
        lane = LANES[index % len(LANES)]
        step: dict = {"id": f"s{index}", "lane": lane, "name": f"第 {index + 1} 步：核对客户信息并办理业务（第 {number} 号流程）",
                      "duration": {"min": "1m", "likely": "3m", "max": "8m"}}
        if lane == "customer":
            step["evidence"] = ["叫号屏", "业务办理单", "服务评价器"]
            step["wait"] = {"min": "30s", "likely": "2m", "max": "10m"}
        elif lane in ("onstage", "backstage"):
            step["actor"] = "clerk" if lane == "onstage" else "handler"
        else:
            step["actor"] = "system"
        if lane == "onstage":
            step["contact"] = "face-to-face"
            standards.append({
                "id": f"S{index:02d}", "step": f"s{index}",
                "statement": f"客户到达柜台后 30 秒内起身问候，并在 {index % 7 + 3} 分钟内完成业务办理",
                "dimension": ["responsiveness", "empathy", "reliability", "assurance", "tangibles"][index % 5],
                "metric": "到达至问候时长", "target": "<= 10m", "compliance": "95%",
                "measure": "神秘顾客每月 4 次", "owner": "营业厅值班经理",
                "phrases": {"say": ["您好，请问有什么可以帮您？"], "avoid": ["等一下", "这不归我管"]},
            })
        if index % 5 == 2:
            step["fail_points"] = [{
                "id": f"F{index}", "what": "系统响应慢导致客户等候超过 5 分钟",
                "cause": "高峰时段后台查询排队", "prevent": "高峰前预加载客户资料",
                "recover": "营业员致歉并提供预约回电，当天内回电告知结果", "owner": "营业厅班长",
            }]
        if index + 1 < steps:
            step["next"] = f"s{index + 1}"
        items.append(step)
    return {
        "blueprint": {"id": f"flow-{number}", "title": f"营业厅业务办理流程 {number}", "language": "zh-CN",
                      "version": "1.0", "owner": "客户服务部", "scenario": "客户到营业厅办理业务并投诉等候时间过长"},
        "actors": {"clerk": {"name": "柜台营业员", "lane": "onstage"}, "handler": {"name": "后台专员", "lane": "backstage"},
                   "system": {"name": "业务支撑系统", "lane": "support"}},
        "steps": items,
        "standards": standards,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blueprints", type=int, default=12)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="write the inputs and the PDF here instead of a temporary folder")
    arguments = parser.parse_args()

    from blueprint.loaders import load
    from standards.handbook.html import diagram_files, render_html
    from standards.handbook.pdf import render_pdf
    from standards.handbook.view import Source, build_handbook

    with tempfile.TemporaryDirectory() as scratch:
        folder = arguments.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for number in range(1, arguments.blueprints + 1):
            path = folder / f"flow-{number:02d}.yaml"
            path.write_text(json.dumps(blueprint(number, arguments.steps), ensure_ascii=False), encoding="utf-8")
            paths.append(path)
        started = time.perf_counter()
        cpu_started = time.process_time()
        sources = [Source(str(path), load(str(path)).document) for path in paths]
        loaded = time.perf_counter()
        handbook = build_handbook(sources)
        built = time.perf_counter()
        drawings = Path(scratch) / "drawings"
        drawings.mkdir()
        html = render_html(handbook, diagram_folder=drawings)  # what `manual -o x.pdf` does
        templated = time.perf_counter()
        printed = render_pdf(html, diagram_files=diagram_files(drawings))
        finished = time.perf_counter()
        output = folder / "handbook.pdf"
        output.write_bytes(printed.data)
        pages = printed.pages
        sheets = sum(len(chapter.diagram.sheets) for chapter in handbook.chapters)
        print(f"blueprints: {arguments.blueprints} × {arguments.steps} steps; diagram sheets: {sheets}")
        print(f"load {loaded - started:.2f} s · view and diagrams {built - loaded:.2f} s · "
              f"HTML {templated - built:.2f} s · PDF {finished - templated:.2f} s")
        print(f"total {finished - started:.2f} s for {pages} pages, {len(printed.data) / 1e6:.1f} MB"
              f" ({'under' if finished - started < 30 else 'OVER'} the 30 s budget);"
              f" CPU of this process {time.process_time() - cpu_started:.2f} s (dot runs in child processes)")
        if arguments.keep:
            print(f"wrote {output}")


if __name__ == "__main__":
    main()
