"""Wrapping labels: Chinese by characters, English by words, capped with an ellipsis."""

from __future__ import annotations

from blueprint.render.text import text_width, wrap


def test_chinese_wraps_by_characters_and_keeps_every_character():
    text = "受理投诉并登记客户的联系方式，核实身份后创建工单"
    lines = wrap(text, 116, 11, cjk=True)
    assert len(lines) > 1
    assert "".join(lines) == text
    assert all(text_width(line, 11, cjk=True) <= 116 + 11 for line in lines)


def test_a_closing_mark_never_starts_a_line_and_an_opening_mark_never_ends_one():
    for text in ("记下受理编号，结束通话", "拨打客服热线，选择“投诉”菜单并按提示操作", "确认。问题已经全部解决了吗？是的。"):
        for width in (40, 60, 80, 116):
            lines = wrap(text, width, 11, cjk=True)
            assert not any(line[0] in "，。、；：！？）”" for line in lines), lines
            assert not any(line[-1] in "“（" for line in lines[:-1]), lines


def test_english_wraps_between_words():
    text = "Log the complaint in the CRM and check the account history"
    lines = wrap(text, 116, 11)
    assert " ".join(lines) == text
    assert all(not line.startswith(" ") and not line.endswith(" ") for line in lines)


def test_a_word_longer_than_a_line_is_broken():
    text = "Supercalifragilisticexpialidocious" * 2
    lines = wrap(text, 80, 11, max_lines=10)
    assert "".join(lines) == text
    assert all(text_width(line, 11) <= 80 for line in lines)


def test_long_labels_are_capped_with_an_ellipsis():
    lines = wrap("投诉" * 200, 116, 11, cjk=True, max_lines=4)
    assert len(lines) == 4
    assert lines[-1].endswith("…")


def test_newlines_in_the_text_are_kept():
    assert wrap("first\nsecond", 116, 11) == ["first", "second"]


def test_balanced_lines_leave_no_lone_character():
    lines = wrap("远程重置端口并恢复业务", 116, 11, cjk=True)
    assert len(lines) == 2 and min(len(line) for line in lines) >= 5
