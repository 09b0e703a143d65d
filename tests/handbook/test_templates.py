"""`--template DIR`: a user's copy of templates/handbook changes the handbook, safely."""

from __future__ import annotations

import shutil

import pytest

from blueprint.errors import UserError
from handbook_helpers import FIXTURES
from standards.handbook.environment import packaged_folder
from standards.handbook.manual import write_manual

SOURCE = str(FIXTURES / "hotel-checkin.yaml")


def test_a_copied_folder_overrides_templates_and_stylesheet(tmp_path):
    folder = tmp_path / "mine"
    shutil.copytree(packaged_folder(), folder)
    cover = folder / "cover.html.j2"
    cover.write_text(cover.read_text(encoding="utf-8").replace(
        '<h1 class="cover-title">', '<p class="house-style">HOUSE STYLE</p><h1 class="cover-title">'), encoding="utf-8")
    (folder / "handbook.css").write_text("body { color: rebeccapurple; }", encoding="utf-8")
    (folder / "handbook.md.j2").write_text("# {{ hb.title }} (house edition)\n", encoding="utf-8")
    html = write_manual([SOURCE], tmp_path / "out.html", template_dir=folder).output.read_text(encoding="utf-8")
    assert "HOUSE STYLE" in html and "rebeccapurple" in html
    assert "size: A4" not in html  # the packaged stylesheet was replaced, not added to
    markdown = write_manual([SOURCE], tmp_path / "out.md", template_dir=folder).output.read_text(encoding="utf-8")
    assert markdown == "# Hotel check-in (house edition)\n"


def test_a_partial_folder_falls_back_to_the_packaged_files(tmp_path):
    folder = tmp_path / "partial"
    folder.mkdir()
    (folder / "glossary.html.j2").write_text('<section id="glossary"><p>OUR GLOSSARY</p></section>', encoding="utf-8")
    html = write_manual([SOURCE], tmp_path / "out.html", template_dir=folder).output.read_text(encoding="utf-8")
    assert "OUR GLOSSARY" in html
    assert "Audit checklist" in html and "size: A4" in html  # the rest is the packaged handbook


def test_user_templates_still_escape_user_text(tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "cover.html.j2").write_text("<h1>{{ hb.chapters[0].steps[0].name }}</h1>", encoding="utf-8")
    source = tmp_path / "x.yaml"
    source.write_text((FIXTURES / "hotel-checkin.yaml").read_text(encoding="utf-8").replace(
        "name: Arrive at the front desk", 'name: "<b>Arrive</b>"'), encoding="utf-8")
    html = write_manual([str(source)], tmp_path / "out.html", template_dir=folder).output.read_text(encoding="utf-8")
    assert "<h1>&lt;b&gt;Arrive&lt;/b&gt;</h1>" in html


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("cover.html.j2", "{% if %}", "cover.html.j2:1"),
    ("cover.html.j2", "{{ hb.no_such_field }}", "template error"),
    ("cover.html.j2", "{{ hb.__class__.__mro__ }}", "template error"),  # the sandbox refuses
    ("cover.html.j2", "{{ ''.__class__.__subclasses__() }}", "template error"),
])
def test_a_broken_or_hostile_template_is_a_user_error(tmp_path, name, text, expected):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=expected.replace(".", r"\.")):
        write_manual([SOURCE], tmp_path / "out.html", template_dir=folder)
    assert not (tmp_path / "out.html").exists()


def test_template_folder_must_be_a_folder(tmp_path):
    with pytest.raises(UserError, match="no such template folder"):
        write_manual([SOURCE], tmp_path / "out.html", template_dir=tmp_path / "missing")
    file = tmp_path / "file.txt"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="is a file"):
        write_manual([SOURCE], tmp_path / "out.html", template_dir=file)


def test_row_groups_keep_the_first_and_last_rows_together():
    from standards.handbook.environment import row_groups

    assert row_groups([]) == []
    assert row_groups([1, 2, 3]) == [(True, [1, 2, 3])]
    assert row_groups(list(range(10))) == [(True, [0, 1]), (False, [2, 3, 4, 5, 6]), (True, [7, 8, 9])]


def test_a_python_dsl_blueprint_prints_like_yaml(tmp_path):
    dsl = tmp_path / "counter.py"
    dsl.write_text(
        "from blueprint import Blueprint, Customer, Onstage, Standard, FailPoint\n"
        "with Blueprint('counter', title='Counter', language='en'):\n"
        "    ask = Customer('Ask at the counter', id='ask', evidence=['Counter sign'])\n"
        "    answer = Onstage('Answer the question', id='answer', contact='face-to-face',\n"
        "                     fail_points=[FailPoint(id='F1', what='Wrong answer given', recover='Call back the same day')])\n"
        "    ask >> answer\n"
        "    Standard(id='S1', statement='Answer within 2 minutes', step=answer, dimension='reliability')\n",
        encoding="utf-8",
    )
    page = write_manual([str(dsl)], tmp_path / "out.md").output.read_text(encoding="utf-8")
    assert "Answer within 2 minutes" in page and "Call back the same day" in page
