"""Run one input file through every subcommand in-process and check what the CLI promises.

cli.md's contract, checked on every case: no traceback (``catch_exceptions=False`` lets any
exception fail the test), exit status 0 or 1 (2 only where cli.md documents it: here, a
blueprint naming a profile that does not exist), ``--format json`` output that parses, and
the commands agreeing with each other: ``render`` and ``manual`` refuse exactly the blueprints
that ``validate`` finds BP001, BP002 or BP003 in, and write a whole file otherwise.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner, Result
from hypothesis import strategies as st

from blueprint.cli import main
from known_bugs import known_bug, known_usage_error

BLOCKING = {"BP001", "BP002", "BP003"}
FINDING_CODE = re.compile(r"^(BP\d{3}|SM-[SMART])$")
VERDICTS = {"pass", "fail", "unknown"}

#: invocations per subcommand in this process, for the report of how much was run
INVOCATIONS: Counter[str] = Counter()


@dataclass(frozen=True)
class Plan:
    """The choices one case makes besides its input: languages, output formats, extras."""

    lang: str | None
    render_suffix: str
    manual_suffix: str | None  # None: manual is not run on this case (it is the slowest)
    text_formats: bool  # also the text/md forms of validate, stats, diff, simulate
    against: bool  # render and manual with --against the base file
    seed: int


QUICK_RENDER = (".dot", ".svg")
QUICK_MANUAL = (None,) * 6 + (".md",) * 3 + (".html",)
# The long run draws every format; repetition is weight (a PDF handbook takes seconds).
LONG_RENDER = (".dot",) * 10 + (".svg",) * 8 + (".png", ".pdf")
LONG_MANUAL = (None,) * 60 + (".md",) * 25 + (".html",) * 14 + (".pdf",)


def plans(*, render_suffixes=QUICK_RENDER, manual_suffixes=QUICK_MANUAL):
    """Plans for cases: languages, formats (each suffix as often as it is listed), extras."""
    return st.builds(
        Plan,
        lang=st.sampled_from([None, "en", "zh-CN", "zh-TW"]),
        render_suffix=st.sampled_from(list(render_suffixes)),
        manual_suffix=st.sampled_from(list(manual_suffixes)),
        text_formats=st.booleans(),
        against=st.booleans(),
        seed=st.integers(0, 2**32 - 1),
    )


def invoke(args: list[str]) -> Result | None:
    """One command, in-process; an exception escapes (and fails the test) instead of exit 1.

    None when the command met a bug already reported (known_bugs.py): the case goes on with
    the other commands, so one known bug does not hide new ones.
    """
    INVOCATIONS[args[0]] += 1
    try:
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    except Exception as error:
        if known_bug(error) is None:
            raise
        return None
    assert "Traceback (most recent call last)" not in result.output, (args, result.output[-2000:])
    if known_usage_error(args[0], result.exit_code, result.stderr):
        return None
    return result


def _not_json(constant: str):
    raise ValueError(f"{constant} is not JSON (RFC 8259 has no NaN or Infinity)")


def _parse_json(result: Result, args: list[str]):
    """The output as strict JSON: Python's NaN and Infinity, which other parsers refuse, fail."""
    try:
        return json.loads(result.stdout, parse_constant=_not_json)
    except ValueError as error:  # pragma: no cover - the failure message
        raise AssertionError(f"{args}: --format json printed what is not JSON ({error}):\n{result.stdout[:2000]}") from None


def _status(result: Result | None, args: list[str], allowed=(0, 1)) -> int | None:
    """The exit status, checked; None when the command met a known bug."""
    if result is None:
        return None
    assert result.exit_code in allowed, (args, result.exit_code, result.output[-2000:])
    if result.exit_code == 2:
        # a usage error is one line naming the problem, never a dump
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
    return result.exit_code


def _names_unknown_profile(result: Result) -> bool:
    return result.exit_code == 2 and "blueprint.profile" in result.stderr


def check_validate(path: Path, plan: Plan) -> set[str] | None:
    """Validate as JSON (and text); the codes found, or None when a usage error stopped it."""
    args = ["validate", str(path), "--format", "json"]
    result = invoke(args)
    if result is None or _names_unknown_profile(result):
        return None
    status = _status(result, args)
    data = _parse_json(result, args)
    assert data["version"] == 1 and len(data["files"]) == 1, data
    for finding in data["findings"]:
        assert FINDING_CODE.match(finding["code"]), finding
        assert finding["severity"] in ("error", "warning", "info"), finding
        assert finding["line"] >= 1 and finding["column"] >= 1, finding
        assert isinstance(finding["message"], str) and finding["message"].strip(), finding
    assert (status == 1) == (data["summary"]["error"] > 0), data["summary"]
    if plan.text_formats:
        text_args = ["validate", str(path), "--strict"]
        _status(invoke(text_args), text_args)
    return {finding["code"] for finding in data["findings"]}


def check_smart(statements: list[str], plan: Plan) -> None:
    args = ["smart", "--format", "json", *(["--lang", plan.lang] if plan.lang else []), "--", *statements]
    result = invoke(args)
    if _status(result, args, allowed=(0,)) is None:
        return
    data = _parse_json(result, args)
    assert [item["statement"] for item in data] == statements
    for item in data:
        assert set(item["criteria"]) == set("SMART"), item
        for criterion in item["criteria"].values():
            assert criterion["verdict"] in VERDICTS, item
            for reason in criterion["reasons"]:
                assert isinstance(reason, dict) and isinstance(reason.get("text"), str), reason
    if plan.text_formats:
        text_args = ["smart", "--strict", "--", *statements]
        _status(invoke(text_args), text_args)


def _well_formed(output: Path) -> None:
    data = output.read_bytes()
    assert data, output
    if output.suffix == ".svg":
        ElementTree.fromstring(data)  # user text must never break the XML
    elif output.suffix == ".png":
        assert data.startswith(b"\x89PNG"), output
    elif output.suffix == ".pdf":
        assert data.startswith(b"%PDF"), output
    elif output.suffix in (".html",):
        text = data.decode("utf-8")
        assert "<script" not in text.lower(), output
    elif output.suffix in (".md", ".dot"):
        data.decode("utf-8")


def check_writer(command: str, path: Path, base: Path, output: Path, plan: Plan, blocked: bool | None) -> None:
    """render or manual: exit 1 and nothing written exactly when the blueprint cannot be drawn
    (``base``, the --against file, is always a valid blueprint)."""
    args = [command, str(path), "-o", str(output)]
    if plan.lang:
        args += ["--lang", plan.lang]
    if plan.against:
        args += ["--against", str(base)]
    result = invoke(args)
    status = _status(result, args)
    if status is None:
        return
    if status == 0:
        _well_formed(output)
    else:
        assert not output.exists(), (args, "a refused blueprint left an output")
        assert result.stderr.strip(), (args, "refused without saying why")
    if blocked is not None:
        assert (status == 1) == blocked, (args, status, result.output[-2000:])


def check_stats(path: Path, plan: Plan) -> None:
    args = ["stats", str(path), "--format", "json"]
    result = invoke(args)
    if _status(result, args) is not None:
        assert _parse_json(result, args)["version"] == 1
    if plan.text_formats:
        for output_format in ("text", "md"):
            more = ["stats", str(path), "--format", output_format, *(["--lang", plan.lang] if plan.lang else [])]
            _status(invoke(more), more)


def check_diff(base: Path, path: Path, plan: Plan) -> None:
    args = ["diff", str(base), str(path), "--format", "json"]
    result = invoke(args)
    if _status(result, args) == 0:
        data = _parse_json(result, args)
        assert data["version"] == 1 and {"steps", "fail_points", "standards", "measures"} <= set(data), data
    if plan.text_formats:
        for output_format in ("text", "md"):
            more = ["diff", str(base), str(path), "--format", output_format, *(["--lang", plan.lang] if plan.lang else [])]
            _status(invoke(more), more)


def check_simulate(path: Path, plan: Plan, runs: int) -> None:
    args = ["simulate", str(path), "--runs", str(runs), "--seed", str(plan.seed), "--format", "json"]
    result = invoke(args)
    if _status(result, args) is not None:
        data = _parse_json(result, args)
        assert data["version"] == 1, data
        for finding in data.get("findings", []):
            assert FINDING_CODE.match(finding["code"]), finding
    if plan.text_formats:
        for output_format in ("text", "md"):
            more = ["simulate", str(path), "--runs", str(runs), "--format", output_format, "--strict"]
            _status(invoke(more), more)


def check_export(path: Path, workdir: Path) -> None:
    """export: YAML that loads back into the same model, or exit 1 with findings."""
    from blueprint.loaders import load

    args = ["export", str(path)]
    result = invoke(args)
    status = _status(result, args)
    if status is None:
        return
    if status == 1:
        assert result.stderr.strip() and not result.stdout.strip(), result.output[-2000:]
        return
    again = workdir / "exported.yaml"
    again.write_text(result.stdout, encoding="utf-8")
    before, after = load(str(path)), load(str(again))
    assert [f.code for f in after.findings if f.code == "BP001"] == [], (result.stdout[:3000], after.findings)
    assert after.document == before.document


def statements_of(path: Path) -> list[str]:
    """Standards' statements and step names of a file, for `smart` (a few, never empty)."""
    from blueprint.loaders import load

    try:
        raw = load(str(path)).raw
    except Exception:  # noqa: BLE001 - unreadable input: smart still gets a statement
        raw = None
    found: list[str] = []
    if isinstance(raw, dict):
        for key in ("standards", "steps"):
            items = raw.get(key)
            if isinstance(items, list):
                for item in items:
                    if isinstance(item, dict):
                        value = item.get("statement", item.get("name"))
                        if isinstance(value, str):
                            found.append(value)
    return found[:6] or ["电话接通后15秒内问候客户"]


def run_every_command(path: Path, base: Path, workdir: Path, plan: Plan, *, runs: int = 30,
                      extra_statements: list[str] | None = None) -> None:
    """``path`` through validate, smart, render, manual, stats, diff, simulate and export."""
    codes = check_validate(path, plan)
    blocked = None if codes is None else bool(codes & BLOCKING)
    check_smart(statements_of(path) + list(extra_statements or []), plan)
    check_writer("render", path, base, workdir / f"out{plan.render_suffix}", plan, blocked)
    if plan.manual_suffix:
        check_writer("manual", path, base, workdir / f"handbook{plan.manual_suffix}", plan, blocked)
    check_stats(path, plan)
    check_diff(base, path, plan)
    check_simulate(path, plan, runs)
    check_export(path, workdir)


# What `diff` compares a case with, unless the case is a mutated example (then: that example).
STARTER = Path(__file__).resolve().parents[2] / "templates" / "init" / "starter.yaml"


def run_case(text: str, name: str, plan: Plan, *, base: Path = STARTER, runs: int = 30) -> None:
    """``text`` written as ``name`` in a fresh folder, then through every command."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        run_every_command(path, base, Path(folder), plan, runs=runs)
