"""The two Jinja2 environments of the handbook: HTML (autoescaped) and Markdown (finalized).

Templates come from the packaged folder ``templates/handbook`` or from a user's copy
(``--template DIR``); a file missing from the copy is taken from the packaged folder, so a
user can override one partial. User text only ever reaches a template as a value: it is
never compiled as a template, and every ``{{ }}`` escapes it for the output language
(``markupsafe.escape`` for HTML, ``md_text`` for Markdown). Templates run sandboxed, because a
template folder is passed around like a document, not installed like code.
"""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from blueprint.errors import UserError
from blueprint.resources import templates_dir
from blueprint.render.escape import MarkdownSafe, md_text

HTML_TEMPLATE = "handbook.html.j2"
MARKDOWN_TEMPLATE = "handbook.md.j2"
STYLESHEET = "handbook.css"
_SVG_DATA_URI = re.compile(r"^data:image/svg\+xml;base64,[A-Za-z0-9+/=]+$")


def packaged_folder() -> Path:
    return templates_dir() / "handbook"


def template_folder(template_dir: str | Path | None) -> Path:
    """The folder templates are read from first: the user's, checked, or the packaged one."""
    if template_dir is None:
        return packaged_folder()
    folder = Path(template_dir)
    if not folder.exists():
        raise UserError(f"{template_dir}: no such template folder; copy templates/handbook and pass its path")
    if not folder.is_dir():
        raise UserError(f"{template_dir}: is a file; --template takes a folder holding handbook templates")
    return folder


def _loader(folder: Path) -> ChoiceLoader:
    folders = [folder] if folder.resolve() == packaged_folder().resolve() else [folder, packaged_folder()]
    return ChoiceLoader([FileSystemLoader(str(path)) for path in folders])


def _none_as_empty(value: object) -> object:
    return "" if value is None else value


def md_image(alt: object, uri: object) -> MarkdownSafe:
    """A Markdown image of one of our diagrams; only a base64 SVG ``data:`` URL is accepted."""
    text = str(uri)
    if not _SVG_DATA_URI.match(text):
        return MarkdownSafe("")
    return MarkdownSafe(f"![{md_text(alt)}]({text})")


def row_groups(rows, head: int = 2, tail: int = 3) -> list[tuple[bool, list]]:
    """A long table's rows as ``(keep together, rows)`` groups: its first ``head`` rows, the
    middle, its last ``tail`` rows; a short table is one group kept together.

    Why: printed one ``<tbody>`` per group with ``break-inside: avoid`` on the kept ones, a
    table never leaves one lonely row at the foot of a page or at the head of the next.
    """
    rows = list(rows)
    if len(rows) <= head + tail + 1:
        return [(True, rows)] if rows else []
    return [(True, rows[:head]), (False, rows[head:-tail]), (True, rows[-tail:])]


def html_environment(folder: Path) -> ImmutableSandboxedEnvironment:
    environment = ImmutableSandboxedEnvironment(
        loader=_loader(folder), autoescape=True, finalize=_none_as_empty, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    environment.globals["row_groups"] = row_groups
    return environment


def markdown_environment(folder: Path) -> ImmutableSandboxedEnvironment:
    environment = ImmutableSandboxedEnvironment(
        loader=_loader(folder), autoescape=False, finalize=md_text, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    environment.globals["md_image"] = md_image
    return environment


def stylesheet(folder: Path) -> Markup:
    """The handbook's CSS: the user's copy when it has one. Trusted: it is template, not content."""
    for candidate in (folder / STYLESHEET, packaged_folder() / STYLESHEET):
        if candidate.is_file():
            return Markup(candidate.read_text(encoding="utf-8").replace("</", "<\\/"))
    return Markup("")


def render(environment, name: str, folder: Path, **context) -> str:
    """Render a template; a broken user template is the user's error, with file and line."""
    try:
        return environment.get_template(name).render(**context)
    except TemplateError as error:
        if folder.resolve() == packaged_folder().resolve():
            raise  # our own template: a bug, which keeps its traceback
        if isinstance(error, TemplateSyntaxError):
            raise UserError(f"{error.filename or name}:{error.lineno}: template error: {error.message}; fix the template") from None
        raise UserError(f"{folder}: template error in {name}: {error}; fix the template or start again from templates/handbook") from None
