"""Helpers shared by the handbook tests (a module of its own: conftest is not importable)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def pdf_text(path: Path) -> str:
    """The text of a PDF in drawing order (``-raw`` keeps each table cell's lines together)."""
    result = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def squeeze(text: str) -> str:
    """Text without whitespace: a PDF breaks lines inside a sentence, HTML indents."""
    return re.sub(r"\s+", "", text)


def write_blueprint(path: Path, data: dict) -> Path:
    """Write a blueprint as JSON, which is YAML: any string survives without quoting rules."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def wide_blueprint(steps: int = 40, *, language: str = "zh-CN", ident: str = "wide") -> dict:
    """A long linear blueprint: lanes in turn, a standard on each contact point, fail points."""
    lanes = ["customer", "onstage", "backstage", "support", "onstage"]
    names = {"zh-CN": "第{n}步：处理客户的请求并记录结果", "en": "Step {n}: handle the request and record it"}
    items, standards = [], []
    for index in range(steps):
        lane = lanes[index % len(lanes)]
        step = {"id": f"s{index}", "lane": lane, "name": names[language].format(n=index + 1), "duration": "2m"}
        if lane == "customer":
            step["evidence"] = ["叫号屏" if language.startswith("zh") else "Queue screen"]
        if lane == "onstage":
            step["contact"] = "face-to-face"
            standards.append({"id": f"S{index}", "statement": "客户到达后 30 秒内问候" if language.startswith("zh") else "Greet within 30 seconds",
                              "step": f"s{index}", "dimension": "responsiveness", "target": "<= 5m", "compliance": "95%",
                              "measure": "神秘顾客", "owner": "班长"})
        if index % 5 == 2:
            step["fail_points"] = [{"id": f"F{index}", "what": "系统响应慢", "prevent": "缓存", "recover": "人工补录", "owner": "班长"}]
        if index + 1 < steps:
            step["next"] = f"s{index + 1}"
        items.append(step)
    return {"blueprint": {"id": ident, "title": f"宽蓝图 {ident}", "language": language},
            "steps": items, "standards": standards}


def expected_texts(path: str | Path) -> list[tuple[str, str]]:
    """(what, text) that every handbook format must print for the blueprint at ``path``: each
    standard, phrase to say and to avoid, and fail point with its cause, prevention, recovery
    and owner."""
    from blueprint.loaders import load

    document = load(str(path)).document
    name = Path(path).name
    wanted = []
    for standard in document.standards:
        wanted.append((f"{name} standard {standard.id}", standard.statement))
        if standard.phrases:
            wanted += [(f"{name} phrase to say of {standard.id}", phrase) for phrase in standard.phrases.say]
            wanted += [(f"{name} phrase to avoid of {standard.id}", phrase) for phrase in standard.phrases.avoid]
    for step in document.steps:
        for fail in step.fail_points:
            wanted.append((f"{name} fail point {fail.id}", fail.what))
            for field in ("cause", "prevent", "recover", "owner"):
                if getattr(fail, field):
                    wanted.append((f"{name} {fail.id}.{field}", getattr(fail, field)))
    return wanted
