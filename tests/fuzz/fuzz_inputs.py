"""Hypothesis strategies for the fuzz tests: blueprints valid and broken, as YAML and as DSL.

Built on ``tests/strategies/blueprints.py`` (its ``documents()`` are the valid-looking seeds)
and on the bundled examples; what this module adds is breakage:

- ``mutated(data)``: structural edits of a document as data (a key deleted, a value replaced
  by one of the wrong type or an awkward one, an unknown key, a duplicated item, an id pointed
  somewhere else, a loop, a shuffled list), the kind of mistakes people make by hand;
- ``text_mutations(text)``: edits of the YAML text itself (cut, spliced, re-indented, YAML
  syntax dropped in), for the parser;
- ``dsl_source(data)``: the same data written as a Python DSL module, so both loaders are fuzzed.

Every strategy returns text ready to be written to a file; the commands run on that file.
"""

from __future__ import annotations

import copy
import io
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from strategies.blueprints import documents

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

# Strings that mean something to some part of the tool: units, targets, rates, lanes, kinds,
# contacts, languages, profile names, markup of every output language, and the edge cases of
# each (negative, huge, empty, full-width and Chinese numerals, other scripts' digits).
SPECIAL_STRINGS = [
    "", " ", "\n", "\t", "~", "null", "-", "--", "0", "-1", "1e999", "nan", "inf", "0x1F", "1_000",
    "30s", "2m", "1h", "3d", "2wd", "0s", "-5m", "1e308s", "99999999999999999999wd", "PT2M", "PT", "P1Y2M",
    "P0D", "1h30m", "15秒", "2分钟", "三个工作日", "十万个工作日", "兩分鐘", "１５秒", "٣ min", "½h", "1.5.3m",
    "<= 15s", "< 2wd", ">= 95%", "≤ 10分钟", "== 5", "<=", ">= 200%", "<= -1s", "> nan", "95%", "150%", "-5%",
    "0.5", "1.0000001", "customer", "onstage", "frontstage", "backstage", "support", "management", "evidence",
    "decision", "action", "phone", "face-to-face", "zh-CN", "zh-TW", "en", "zh_Hant", "fr",
    "as-is", "to-be", "iso10002", "counter-7", "reliability", "移情性",
    '"];evil[label="x', "<TABLE>", "</TD></TR></TABLE>>", "\\N", "\\G", "}", "{", "&amp;", "&#0;", "<BR/>",
    "<script>alert(1)</script>", "{{7*7}}", "{% raw %}", "{#", "${7*7}", "| a | b |", "# heading", "`code`",
    "[link](javascript:alert(1))", "![i](file:///etc/passwd)", "<img src=x onerror=alert(1)>",
    "url(file:///etc/passwd)", "]", "]]", "[", "]]>", "\u202eRTL", "\u200b", "a\x00b", "\x7f", "\ufffe", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "👩‍👩‍👧",
    "x" * 300, "长" * 120, "a\u0301" * 20, "9" * 400 + "s", "P" + "9" * 310 + "W", "<= " + "9" * 400 + "s", "1e400%",
]
SPECIAL_KEYS = ["colour", "nxt", "Id", "next ", "", "<<", "steps", "when", "from", "notes", "0", "标题"]

WILD_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
wild_text = st.text(alphabet=WILD_ALPHABET, max_size=24)


nasty_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.integers(-5, 5),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(SPECIAL_STRINGS),
    wild_text,
)
nasty_value = st.recursive(
    nasty_scalar,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(SPECIAL_KEYS) | wild_text, children, max_size=3),
    max_leaves=6,
)


# --- data → text ------------------------------------------------------------------------------

def to_yaml(data: Any) -> str:
    """Data as YAML text (the safe dumper: plain data only, any Unicode, floats as .nan/.inf)."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    stream = io.StringIO()
    try:
        yaml.dump(data, stream)
    except Exception:  # noqa: BLE001 - data the dumper cannot write is not a case
        assume(False)
    return stream.getvalue()


@lru_cache(maxsize=None)
def example_files() -> tuple[Path, ...]:
    return tuple(sorted(EXAMPLES.glob("*.yaml")))


@lru_cache(maxsize=None)
def _example_data(path: Path) -> Any:
    from blueprint.loaders import load

    return load(str(path)).raw


def example_data(path: Path) -> Any:
    """The data of an example file as written (a fresh copy each time)."""
    return copy.deepcopy(_example_data(path))


# --- structural mutations --------------------------------------------------------------------

def _slots(data: Any, path: tuple = ()) -> list[tuple]:
    """Every place in the data: the root, each mapping value and each list item."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _slots(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _slots(value, (*path, index))
    return found


def _get(data: Any, path: tuple) -> Any:
    for part in path:
        data = data[part]
    return data


def _ids_in(data: Any) -> list[str]:
    """Every id written in the data, to point references at (right or wrong)."""
    found: list[str] = []
    if isinstance(data, dict):
        if isinstance(data.get("id"), str):
            found.append(data["id"])
        for value in data.values():
            found += _ids_in(value)
    elif isinstance(data, list):
        for value in data:
            found += _ids_in(value)
    return found


def _step_ids(data: Any) -> list[str]:
    steps = data.get("steps") if isinstance(data, dict) else None
    if not isinstance(steps, list):
        return []
    return [step["id"] for step in steps if isinstance(step, dict) and isinstance(step.get("id"), str)]


OPERATIONS = ("delete", "replace", "retype", "unknown_key", "duplicate", "reference", "loop", "shuffle", "grow", "branch",
              "enrich", "enrich")


@st.composite
def mutated(draw, data: Any, max_operations: int = 3) -> Any:
    """``data`` after one to ``max_operations`` hand-made mistakes (see OPERATIONS)."""
    data = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, max_operations))):
        data = _apply(draw, data, draw(st.sampled_from(OPERATIONS)))
    return data


def _apply(draw, data: Any, operation: str) -> Any:
    slots = _slots(data)
    path = draw(st.sampled_from(slots))
    parent = _get(data, path[:-1]) if path else None
    value = _get(data, path)
    if operation == "delete" and path:
        del parent[path[-1]]
    elif operation == "replace":
        replacement = draw(nasty_value)
        if not path:
            return replacement
        parent[path[-1]] = replacement
    elif operation == "retype" and path:
        parent[path[-1]] = _retyped(value)
    elif operation == "unknown_key" and isinstance(value, dict):
        value[draw(st.sampled_from(SPECIAL_KEYS) | wild_text)] = draw(nasty_value)
    elif operation == "duplicate" and path and isinstance(parent, list):
        parent.insert(path[-1], copy.deepcopy(value))
    elif operation == "reference" and path:
        ids = _ids_in(data) + ["ghost", "S999", "F0"]
        parent[path[-1]] = draw(st.sampled_from(ids))
    elif operation in ("loop", "branch"):
        _rewire(draw, data, operation)
    elif operation == "shuffle" and isinstance(value, list) and len(value) > 1:
        order = draw(st.permutations(range(len(value))))
        value[:] = [value[index] for index in order]
    elif operation == "grow":
        _grow(draw, data)
    elif operation == "enrich":
        _enrich(draw, data)
    return data


def _retyped(value: Any) -> Any:
    """The same content in the wrong shape: text as a list, a list as its first item, …"""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return value[0] if value else {}
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return [value] if math.isfinite(value) else str(value)
    return "null"


def _rewire(draw, data: Any, operation: str) -> None:
    """A flow back to an earlier step (a loop, maybe with no exit) or a decision's branches."""
    steps = data.get("steps") if isinstance(data, dict) else None
    ids = _step_ids(data)
    if not isinstance(steps, list) or not ids:
        return
    index = draw(st.integers(0, len(steps) - 1))
    step = steps[index]
    if not isinstance(step, dict):
        return
    if operation == "loop":
        step["next"] = draw(st.sampled_from(ids[: index + 1] or ids))
        if draw(st.booleans()):
            step.pop("end", None)
        return
    targets = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3))
    step["kind"] = "decision"
    step["next"] = [
        {
            "to": target,
            "when": draw(st.sampled_from(["yes", "no", "可当场解决", ""]) | wild_text),
            **({"probability": draw(st.sampled_from([0.5, 0.3, 1, 0, -0.1, 1.5, "50%", "x"]))} if draw(st.booleans()) else {}),
            **({"max_loops": draw(st.sampled_from([0, 1, 3, -1, 10**9]))} if draw(st.booleans()) else {}),
        }
        for target in targets
    ]


def _grow(draw, data: Any) -> None:
    """More steps: copies of existing ones under new ids, chained on."""
    steps = data.get("steps") if isinstance(data, dict) else None
    if not isinstance(steps, list) or not steps:
        return
    count = draw(st.integers(1, 12))
    template = steps[-1] if isinstance(steps[-1], dict) else {"lane": "customer", "name": "x"}
    previous = template
    for number in range(count):
        step = copy.deepcopy(template)
        step["id"] = f"grown-{len(steps)}-{number}"
        step.pop("fail_points", None)
        step.pop("next", None)
        if isinstance(previous, dict):
            previous["next"] = step["id"]
        steps.append(step)
        previous = step


ISO_STAGES = ["receipt", "tracking", "acknowledgement", "assessment", "investigation", "response", "communication", "closing"]
COUNTER_STAGES = ["greet", "ask", "receive", "process", "guide", "remind", "farewell"]
plausible_durations = st.sampled_from(["0s", "10s", "2m", "1h", "2wd", "三个工作日", "PT2M", {"min": "1m", "max": "5m"},
                                        {"min": "1m", "likely": "2m", "max": "9m"}, {"min": "0s", "likely": "0s", "max": "0s"}])


def _enrich(draw, data: Any) -> None:
    """Keys for analysis and profiles with plausible values: what stats, diff, simulate and
    validate --profile work on (spans, compliance, probabilities, loops, stages, states)."""
    if not isinstance(data, dict):
        return
    steps = [step for step in data.get("steps", []) if isinstance(step, dict)] if isinstance(data.get("steps"), list) else []
    ids = _step_ids(data) or ["ghost"]
    header = data.get("blueprint")
    choice = draw(st.sampled_from(["profile", "span", "probabilities", "fail_point", "timing", "state", "lanes"]))
    if choice == "profile" and isinstance(header, dict):
        profile = draw(st.sampled_from(["iso10002", "counter-7"]))
        header["profile"] = profile
        stages = ISO_STAGES if profile == "iso10002" else COUNTER_STAGES
        for step in steps:
            if draw(st.booleans()):
                step["stage"] = draw(st.sampled_from(stages + ["elsewhere"]))
    elif choice == "span":
        standards = data.setdefault("standards", []) if isinstance(data.get("standards", []), list) else []
        standards.append({
            "id": f"S{len(standards) + 500}", "statement": draw(st.sampled_from(["受理后 2 个工作日内书面答复客户", "Answer within 20 seconds", "x"])),
            "step": draw(st.sampled_from(ids)), "target": draw(st.sampled_from(["<= 15s", "< 2wd", "≤ 10分钟", ">= 95%", "<= 0s"])),
            "compliance": draw(st.sampled_from([0.95, "80%", 1, 0])),
            "span": draw(st.sampled_from(["duration", "wait", "step"]) | st.builds(lambda a, b: {"from": a, "to": b}, st.sampled_from(ids), st.sampled_from(ids))),
        })
    elif choice == "probabilities" and steps:
        step = draw(st.sampled_from(steps))
        targets = draw(st.lists(st.sampled_from(ids), min_size=2, max_size=4, unique=True)) if len(ids) > 1 else ids * 2
        weights = draw(st.lists(st.integers(0, 10), min_size=len(targets), max_size=len(targets)))
        total = sum(weights) or 1
        step["kind"] = "decision"
        step["next"] = [{"to": target, "when": f"case {index}", "probability": round(weight / total, 3),
                         **({"max_loops": draw(st.integers(1, 4))} if draw(st.booleans()) else {})}
                        for index, (target, weight) in enumerate(zip(targets, weights))]
    elif choice == "fail_point" and steps:
        step = draw(st.sampled_from(steps))
        points = step.setdefault("fail_points", []) if isinstance(step.get("fail_points", []), list) else []
        points.append({"id": f"F{len(points) + 900}", "what": "Something goes wrong",
                       "likelihood": draw(st.sampled_from([0, 0.05, 1, "5%", 0.999])), "delay": draw(plausible_durations),
                       **({"prevent": "check"} if draw(st.booleans()) else {}), **({"recover": "call back"} if draw(st.booleans()) else {})})
    elif choice == "timing" and steps:
        step = draw(st.sampled_from(steps))
        for key in ("duration", "wait", "tolerance"):
            if draw(st.booleans()):
                step[key] = draw(plausible_durations)
        step["emotion"] = draw(st.integers(-3, 3))
    elif choice == "state" and isinstance(header, dict):
        header["state"] = draw(st.sampled_from(["as-is", "to-be"]))
        header["start"] = draw(st.sampled_from(ids))
    elif choice == "lanes":
        data["lanes"] = {lane: draw(st.sampled_from(["投诉客户", "Guest", "<b>x</b>", "前台"]) | wild_text)
                         for lane in draw(st.lists(st.sampled_from(["customer", "onstage", "backstage", "support", "management", "evidence"]), max_size=3, unique=True))}


# --- text mutations --------------------------------------------------------------------------

YAML_TOKENS = [": ", "- ", "\t", "{", "}", "[", "]", "&a ", "*a", "<<: *a\n", "!!python/object ", "!!binary ",
               "\n  ", "'", '"', "#", "|\n", ">-\n", "---\n", "...\n", "%YAML 1.1\n", "? ", "\ufeff", "\r\n", "\x00"]


def text_mutations(text: str):
    """Strategies for ``text`` cut, spliced, re-indented or with YAML syntax dropped in."""
    lines = text.splitlines(keepends=True) or [""]
    size = len(text)

    def splice(lines_list, index, new):
        return "".join(lines_list[:index] + new + lines_list[index + 1 :])

    line_index = st.integers(0, len(lines) - 1)
    return st.one_of(
        st.builds(lambda i, j: text[: min(i, j)] + text[max(i, j) :], st.integers(0, size), st.integers(0, size)),
        st.builds(lambda i, s: text[:i] + s + text[i:], st.integers(0, size), st.sampled_from(YAML_TOKENS) | wild_text),
        st.builds(lambda i: text[:i], st.integers(0, size)),
        st.builds(lambda i: splice(lines, i, []), line_index),
        st.builds(lambda i: splice(lines, i, [lines[i], lines[i]]), line_index),
        st.builds(lambda i, pad: splice(lines, i, [pad + lines[i]]), line_index, st.sampled_from([" ", "  ", "\t", "    "])),
        st.builds(lambda i: splice(lines, i, [lines[i].lstrip()]), line_index),
    )


# --- DSL -------------------------------------------------------------------------------------

def py_literal(value: Any) -> str:
    """Python source for plain data (floats that ``repr`` cannot write as literals included)."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(item) for item in value) + "]"
    return repr(value)


def _variable(index: int) -> str:
    return f"step_{index}"


def dsl_source(data: Any) -> str:
    """``data`` written as a DSL module: steps in their lanes, flows with ``>>`` where they can
    be (both ends are steps of the file), keyword arguments for everything else as written."""
    lines = ["from blueprint import Actor, Blueprint, FailPoint, Standard, Step, When", ""]
    if not isinstance(data, dict) or not isinstance(data.get("blueprint"), dict):
        # Not a blueprint at all: the module builds one from whatever is there.
        lines.append(f"with Blueprint('x', title={py_literal(data)!s}):\n    pass")
        return "\n".join(lines) + "\n"
    header = dict(data["blueprint"])
    args = [py_literal(header.pop("id", None))] + [f"{key}={py_literal(value)}" for key, value in header.items() if isinstance(key, str) and key.isidentifier()]
    if "lanes" in data:
        args.append(f"lanes={py_literal(data['lanes'])}")
    lines.append(f"with Blueprint({', '.join(args)}):")
    body: list[str] = []
    actors = data.get("actors")
    if isinstance(actors, dict):
        for actor_id, actor in actors.items():
            fields = dict(actor) if isinstance(actor, dict) else {"name": actor}
            name = fields.pop("name", None)
            body.append(f"Actor({py_literal(name)}, id={py_literal(actor_id)}{_kwargs(fields)})")
    steps = data.get("steps") if isinstance(data.get("steps"), list) else []
    variables: dict[str, str] = {}
    flows: list[str] = []
    for index, step in enumerate(steps):
        if not isinstance(step, dict):
            body.append(f"Step({py_literal(step)}, lane='customer', id='s{index}')")
            continue
        fields = dict(step)
        name, lane, step_id = fields.pop("name", None), fields.pop("lane", None), fields.pop("id", None)
        fail_points = fields.pop("fail_points", None)
        if isinstance(fail_points, list) and all(isinstance(item, dict) for item in fail_points):
            fields["fail_points"] = _Raw("[" + ", ".join(f"FailPoint({_kwargs(item, first=True)})" for item in fail_points) + "]")
        elif fail_points is not None:
            fields["fail_points"] = fail_points
        variable = _variable(index)
        body.append(f"{variable} = Step({py_literal(name)}, lane={py_literal(lane)}, id={py_literal(step_id)}{_kwargs(fields, skip=('next',))})")
        if isinstance(step_id, str):
            variables.setdefault(step_id, variable)
    for index, step in enumerate(steps):
        if isinstance(step, dict) and "next" in step:
            flows.extend(_flow_lines(_variable(index), step["next"], variables))
    body.extend(flows)
    standards = data.get("standards")
    if isinstance(standards, list):
        for standard in standards:
            if isinstance(standard, dict):
                fields = dict(standard)
                body.append(f"Standard({py_literal(fields.pop('id', None))}, {py_literal(fields.pop('statement', None))}{_kwargs(fields)})")
    lines.extend("    " + line for line in body or ["pass"])
    return "\n".join(lines) + "\n"


class _Raw(str):
    """Source text to write as it is (not as a literal)."""


def _kwargs(fields: dict, *, skip: tuple = (), first: bool = False) -> str:
    parts = []
    for key, value in fields.items():
        if key in skip:
            continue
        if not (isinstance(key, str) and key.isidentifier()) or key in ("lambda", "from", "if", "else", "None", "True", "False", "class", "def"):
            parts.append(f"**{{{py_literal(key)}: {value if isinstance(value, _Raw) else py_literal(value)}}}")
        else:
            parts.append(f"{key}={value if isinstance(value, _Raw) else py_literal(value)}")
    text = ", ".join(parts)
    return text if first or not text else ", " + text


def _flow_lines(variable: str, next_value: Any, variables: dict[str, str]) -> list[str]:
    items = next_value if isinstance(next_value, list) else [next_value]
    lines = []
    for item in items:
        if isinstance(item, str) and item in variables:
            lines.append(f"{variable} >> {variables[item]}")
        elif isinstance(item, dict) and isinstance(item.get("to"), str) and item["to"] in variables and "when" in item:
            extra = {key: value for key, value in item.items() if key not in ("to", "when")}
            lines.append(f"{variable} >> When({py_literal(item['when'])}{_kwargs(extra)}) >> {variables[item['to']]}")
        else:
            # A target the module does not define, or an odd shape: as written, for the loader.
            lines.append(f"{variable}.fields['next'] = {py_literal(next_value)}")
            return lines
    return lines


# --- the cases -------------------------------------------------------------------------------

@st.composite
def generated_yaml(draw) -> str:
    """A generated blueprint, valid or nearly so (tests/strategies), as YAML, sometimes with
    the keys for analysis and profiles added (see ``_enrich``)."""
    data = draw(documents(max_steps=draw(st.sampled_from([3, 8, 16]))))
    for _ in range(draw(st.integers(0, 3))):
        _enrich(draw, data)
    return to_yaml(data)


@st.composite
def broken_yaml(draw) -> str:
    """A generated blueprint with mistakes in its data, sometimes in its text too."""
    data = draw(mutated(draw(documents(max_steps=8))))
    text = to_yaml(data)
    if draw(st.integers(0, 3)) == 0:
        text = draw(text_mutations(text))
    return text


@st.composite
def example_case(draw) -> tuple[Path, str]:
    """(an example file, its text after mistakes in the data or the text)."""
    path = draw(st.sampled_from(example_files()))
    if draw(st.integers(0, 2)) == 0:
        text = path.read_text(encoding="utf-8")
        return path, draw(text_mutations(text))
    return path, to_yaml(draw(mutated(example_data(path))))


def dsl_line_mutations(text: str):
    """The example module with a line deleted, doubled, swapped with the next or re-indented.

    Only whole lines of the example move (it has no loop, so no edit can make one): the
    module stays the author's code, broken the way hand edits break it.
    """
    lines = text.splitlines(keepends=True)
    index = st.integers(0, len(lines) - 1)

    def swap(i: int) -> str:
        changed = list(lines)
        if i + 1 < len(changed):
            changed[i], changed[i + 1] = changed[i + 1], changed[i]
        return "".join(changed)

    return st.one_of(
        st.builds(lambda i: "".join(lines[:i] + lines[i + 1 :]), index),
        st.builds(lambda i: "".join(lines[: i + 1] + lines[i:]), index),
        st.builds(swap, index),
        st.builds(lambda i, pad: "".join(lines[:i] + [pad + lines[i].lstrip(" ")] + lines[i + 1 :]), index, st.sampled_from(["", "  ", "        "])),
    )


@lru_cache(maxsize=None)
def dsl_examples() -> tuple[Path, ...]:
    return tuple(sorted(EXAMPLES.glob("*.py")))


@st.composite
def dsl_case(draw) -> str:
    """A DSL module: a generated blueprint or an example written as DSL, with or without
    mistakes, or the DSL example itself with hand-edit mistakes."""
    if dsl_examples() and draw(st.integers(0, 3)) == 0:
        text = draw(st.sampled_from(dsl_examples())).read_text(encoding="utf-8")
        return draw(dsl_line_mutations(text))
    if draw(st.booleans()):
        data = draw(documents(max_steps=8))
    else:
        data = example_data(draw(st.sampled_from(example_files())))
    if draw(st.booleans()):
        data = draw(mutated(data, max_operations=2))
    return dsl_source(data)


statements = st.one_of(
    st.sampled_from(SPECIAL_STRINGS),
    wild_text,
    st.text(alphabet=st.sampled_from("电话接通后15秒内问候客户每次在三个工作日分钟小時內回覆顧客answer the call within 2 minutes% <=≤ 0123456789.，。!"), max_size=40),
)
