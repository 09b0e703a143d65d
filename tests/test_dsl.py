"""The Python DSL builds the same model as YAML, and its errors point at Python lines."""

from __future__ import annotations

import textwrap
from pathlib import Path

from blueprint.loaders import load

DSL = '''
from blueprint import Blueprint, Actor, Customer, Onstage, Backstage, Support, When, FailPoint, Standard, Phrases, Span

with Blueprint("hotline", title="热线投诉处理", language="zh-CN", version="1.0"):
    csr = Actor("热线客服代表", id="csr", lane="onstage")
    call = Customer("拨打热线投诉", id="call", evidence=["IVR 语音导航"], duration="2m",
                    wait={"min": "10s", "likely": "40s", "max": "5m"}, tolerance="2m", emotion=-2)
    greet = Onstage("问候并倾听投诉", id="greet", actor=csr, contact="phone", moment_of_truth=True, standards=["S01"])
    decide = Backstage("判断能否当场解决", id="decide", actor=csr, kind="decision")
    resolve = Onstage("当场解决", id="resolve", actor=csr)
    log = Support("创建工单", id="log", duration="3m", fail_points=[
        FailPoint("F1", "工单分类错误", prevent="自动推荐分类", recover="主管巡检", likelihood=0.1, delay="30m")])
    done = Customer("确认解决", id="done", evidence=["短信"])
    call >> greet >> decide
    decide >> When("可当场解决", probability=0.6) >> resolve >> done
    decide >> When("需转派", probability=0.4) >> log >> [resolve]
    Standard("S01", "电话接通后 15 秒内问候客户", target="<= 15s", compliance="95%",
             dimension="responsiveness", phrases=Phrases(say=["您好"], avoid=["不知道"]),
             span=Span(call, greet))
'''

YAML = '''
blueprint: {id: hotline, title: 热线投诉处理, language: zh-CN, version: "1.0"}
actors:
  csr: {name: 热线客服代表, lane: onstage}
steps:
  - {id: call, lane: customer, name: 拨打热线投诉, evidence: [IVR 语音导航], duration: 2m,
     wait: {min: 10s, likely: 40s, max: 5m}, tolerance: 2m, emotion: -2, next: greet}
  - {id: greet, lane: onstage, name: 问候并倾听投诉, actor: csr, contact: phone, moment_of_truth: true,
     standards: [S01], next: decide}
  - id: decide
    lane: backstage
    name: 判断能否当场解决
    actor: csr
    kind: decision
    next:
      - {to: resolve, when: 可当场解决, probability: 0.6}
      - {to: log, when: 需转派, probability: 0.4}
  - {id: resolve, lane: onstage, name: 当场解决, actor: csr, next: done}
  - id: log
    lane: support
    name: 创建工单
    duration: 3m
    fail_points:
      - {id: F1, what: 工单分类错误, prevent: 自动推荐分类, recover: 主管巡检, likelihood: 0.1, delay: 30m}
    next: resolve
  - {id: done, lane: customer, name: 确认解决, evidence: [短信]}
standards:
  - id: S01
    statement: 电话接通后 15 秒内问候客户
    target: "<= 15s"
    compliance: 95%
    dimension: responsiveness
    phrases: {say: [您好], avoid: [不知道]}
    span: {from: call, to: greet}
'''


def test_dsl_and_yaml_give_equal_models(tmp_path: Path):
    (tmp_path / "b.py").write_text(DSL, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(YAML, encoding="utf-8")
    from_dsl, from_yaml = load(str(tmp_path / "b.py")), load(str(tmp_path / "b.yaml"))
    assert from_dsl.findings == [] and from_yaml.findings == []
    assert from_dsl.document == from_yaml.document


def test_dsl_steps_know_their_python_lines(tmp_path: Path):
    (tmp_path / "b.py").write_text(DSL, encoding="utf-8")
    document = load(str(tmp_path / "b.py")).document
    lines = DSL.splitlines()
    greet = document.step_index["greet"]
    assert "Onstage(\"问候并倾听投诉\"" in lines[greet.loc.line - 1]
    assert greet.loc.file == str(tmp_path / "b.py")


def _bp001(tmp_path: Path, source: str):
    path = tmp_path / "m.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    loaded = load(str(path))
    assert loaded.document is None
    assert [f.code for f in loaded.findings] == ["BP001"]
    return loaded.findings[0]


def test_exception_in_dsl_is_bp001_at_the_users_line(tmp_path):
    finding = _bp001(tmp_path, """\
        from blueprint import Blueprint, Customer
        with Blueprint("x", title="X"):
            a = Customer("A", id="a")
            raise ValueError("boom")
        """)
    assert finding.line == 4 and "boom" in finding.message


def test_sys_exit_in_dsl_is_bp001(tmp_path):
    finding = _bp001(tmp_path, """\
        import sys
        from blueprint import Blueprint, Customer
        with Blueprint("x", title="X"):
            sys.exit(0)
        """)
    assert finding.line == 4


def test_bad_operand_is_a_type_error_finding(tmp_path):
    finding = _bp001(tmp_path, """\
        from blueprint import Blueprint, Customer
        with Blueprint("x", title="X"):
            a = Customer("A", id="a")
            a >> "b"
        """)
    assert finding.line == 4 and "TypeError" in finding.message


def test_schema_errors_point_at_python_lines(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(textwrap.dedent("""\
        from blueprint import Blueprint, Customer, Onstage
        with Blueprint("x", title="X"):
            a = Customer("A", id="a", evidence=["E"])
            b = Onstage("B", id="b", colour="red")
            a >> b
        """), encoding="utf-8")
    loaded = load(str(path))
    assert [(f.code, f.line) for f in loaded.findings] == [("BP001", 4)]


def test_module_without_blueprint_is_bp001(tmp_path):
    _bp001(tmp_path, "x = 1\n")


def test_a_lone_surrogate_is_bp001_not_a_crash_in_any_command(tmp_path):
    """Only Python can make half a UTF-16 pair; no SVG, HTML or YAML can be written with it."""
    from click.testing import CliRunner

    from blueprint.cli import main

    path = tmp_path / "broken.py"
    path.write_text(DSL.replace('title="热线投诉处理"', 'title="热线\\ud800投诉"').replace('id="csr"', 'id="c\\udc80sr"'),
                    encoding="utf-8")
    loaded = load(str(path))
    messages = [finding.message for finding in loaded.findings]
    assert loaded.document is None
    assert any("'title'" in message and "U+D800" in message for message in messages)
    assert any("U+DC80" in message for message in messages)
    for args in (["validate", str(path)], ["render", str(path), "-o", str(tmp_path / "x.svg")],
                 ["manual", str(path), "-o", str(tmp_path / "x.html")], ["export", str(path), "-o", str(tmp_path / "x.yaml")],
                 ["stats", str(path)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.py"]
