"""Shared pieces of the security tests: blueprints carrying payloads in every text field, a
child Python process watched by an audit hook, and the tools the tests need (skipped on a
laptop without them, a failure in CI: support.skip_or_fail). The local listener is the
``listener`` fixture of tests/conftest.py."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any, Callable

from support import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]

# Every free-text field of the model, as a path into the YAML data (see blueprint/model.py and
# standards/model.py). Ids, enums, numbers and durations are not free text.
TEXT_FIELDS = (
    "blueprint.title", "blueprint.version", "blueprint.owner", "blueprint.scenario", "blueprint.notes",
    "lanes.customer", "lanes.onstage", "lanes.backstage", "lanes.support",
    "actors.clerk.name", "actors.clerk.notes",
    "steps.arrive.name", "steps.arrive.evidence.0", "steps.arrive.evidence.1", "steps.arrive.stage", "steps.arrive.notes",
    "steps.greet.name", "steps.greet.notes", "steps.check.name",
    "steps.check.next.0.when", "steps.check.next.0.notes", "steps.check.next.1.when",
    "steps.serve.name", "steps.serve.fail_points.0.what", "steps.serve.fail_points.0.cause",
    "steps.serve.fail_points.0.prevent", "steps.serve.fail_points.0.recover", "steps.serve.fail_points.0.owner",
    "steps.serve.fail_points.0.notes", "steps.record.name", "steps.leave.name",
    "standards.0.statement", "standards.0.metric", "standards.0.measure", "standards.0.owner",
    "standards.0.phrases.say.0", "standards.0.phrases.avoid.0", "standards.0.notes", "standards.1.statement",
    "notes",
)


def blueprint_data(text: Callable[[str], str]) -> dict[str, Any]:
    """A small valid blueprint (every lane, a decision, a fail point, standards with phrases)
    whose every free-text field is ``text(field)``."""
    return {
        "blueprint": {"id": "inject", "title": text("blueprint.title"), "language": "en", "version": text("blueprint.version"),
                      "owner": text("blueprint.owner"), "scenario": text("blueprint.scenario"), "notes": text("blueprint.notes")},
        "lanes": {lane: text(f"lanes.{lane}") for lane in ("customer", "onstage", "backstage", "support")},
        "actors": {"clerk": {"name": text("actors.clerk.name"), "lane": "onstage", "notes": text("actors.clerk.notes")}},
        "steps": [
            {"id": "arrive", "lane": "customer", "name": text("steps.arrive.name"),
             "evidence": [text("steps.arrive.evidence.0"), text("steps.arrive.evidence.1")], "stage": text("steps.arrive.stage"),
             "notes": text("steps.arrive.notes"), "wait": "2m", "emotion": -1, "next": "greet"},
            {"id": "greet", "lane": "onstage", "actor": "clerk", "name": text("steps.greet.name"), "contact": "face-to-face",
             "moment_of_truth": True, "standards": ["S1"], "notes": text("steps.greet.notes"), "duration": "1m", "next": "check"},
            {"id": "check", "lane": "backstage", "name": text("steps.check.name"), "kind": "decision", "next": [
                {"to": "serve", "when": text("steps.check.next.0.when"), "probability": 0.7, "notes": text("steps.check.next.0.notes")},
                {"to": "record", "when": text("steps.check.next.1.when"), "probability": 0.3}]},
            {"id": "serve", "lane": "onstage", "actor": "clerk", "name": text("steps.serve.name"), "contact": "face-to-face",
             "standards": ["S2"], "duration": "3m", "next": "leave",
             "fail_points": [{"id": "F1", "what": text("steps.serve.fail_points.0.what"), "cause": text("steps.serve.fail_points.0.cause"),
                              "prevent": text("steps.serve.fail_points.0.prevent"), "recover": text("steps.serve.fail_points.0.recover"),
                              "owner": text("steps.serve.fail_points.0.owner"), "notes": text("steps.serve.fail_points.0.notes")}]},
            {"id": "record", "lane": "support", "name": text("steps.record.name"), "duration": "1m", "next": "serve"},
            {"id": "leave", "lane": "customer", "name": text("steps.leave.name"), "evidence": ["receipt"], "end": True},
        ],
        "standards": [
            {"id": "S1", "statement": text("standards.0.statement"), "step": "greet", "metric": text("standards.0.metric"),
             "target": "<= 30s", "compliance": "95%", "measure": text("standards.0.measure"), "owner": text("standards.0.owner"),
             "phrases": {"say": [text("standards.0.phrases.say.0")], "avoid": [text("standards.0.phrases.avoid.0")]},
             "notes": text("standards.0.notes")},
            {"id": "S2", "statement": text("standards.1.statement"), "step": "serve", "target": "<= 5m"},
        ],
        "notes": text("notes"),
    }


def to_yaml(data: Any) -> str:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


def write_blueprint(folder: Path, text: Callable[[str], str], name: str = "inject.yaml") -> Path:
    path = folder / name
    path.write_text(to_yaml(blueprint_data(text)), encoding="utf-8")
    return path


def require_tool(name: str) -> str:
    """The tool's path; skip without it on a laptop, fail in CI (support.skip_or_fail)."""
    found = shutil.which(name)
    if found is None:
        skip_or_fail(f"{name} not installed (scripts/setup.sh installs it)")
    return found


# The events of a process starting another program, or of Python code being run from text.
SPAWN_EVENTS = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty",
                "pty.spawn")


_HOOK = textwrap.dedent("""\
    import json, os, sys
    seen = []
    def _hook(event, args):
        if event.startswith(WATCH):
            detail = args[1] if event == "subprocess.Popen" else args[:1]
            seen.append([event, repr(detail)[:300]])
        elif event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            name = os.fsdecode(args[0])
            if any(needle in name for needle in WATCH_PATHS):
                seen.append(["open", name])
        elif event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
            seen.append([event, repr(args)[:300]])
    sys.addaudithook(_hook)
""")
_REPORT = textwrap.dedent("""\
    sys.stdout.flush()
    with open(REPORT, "w", encoding="utf-8") as _report:
        json.dump(seen, _report)
""")


def run_audited(body: str, *, cwd: Path, watch_paths: tuple[str, ...] = (), timeout: float = 120,
                ) -> tuple[subprocess.CompletedProcess, list[list[str]]]:
    """Run ``body`` in a child Python with an audit hook (so the hook never stays installed in
    the test process); the events it saw: programs started, sockets connected, and files
    opened whose path contains one of ``watch_paths``.

    ``body`` must not end the process (the report is written after it)."""
    report = Path(tempfile.mkdtemp(prefix="audit-")) / "events.json"
    script = (f"WATCH = {SPAWN_EVENTS!r}\nWATCH_PATHS = {tuple(watch_paths)!r}\nREPORT = {str(report)!r}\n"
              + _HOOK + textwrap.dedent(body).strip() + "\n" + _REPORT)
    try:
        completed = subprocess.run([sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True,
                                   timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert report.exists(), f"the audited child did not finish:\n{completed.stdout[-2000:]}\n{completed.stderr[-3000:]}"
        return completed, json.loads(report.read_text(encoding="utf-8"))
    finally:
        shutil.rmtree(report.parent, ignore_errors=True)
