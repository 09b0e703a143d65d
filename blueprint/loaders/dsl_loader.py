"""Python DSL modules → Document, by running them with runpy and collecting the blueprint.

A DSL file is Python: running it is what the author asked for, as with any script. What
this loader guarantees is that whatever the module raises, or a ``sys.exit`` in it, becomes
one BP001 finding at the user's line instead of a traceback.
"""

from __future__ import annotations

import contextlib
import runpy
import sys
import traceback
from pathlib import Path

from blueprint.i18n import t
from blueprint.loaders import MAX_INPUT_BYTES, Loaded, input_size, read_input
from blueprint.loaders.validate import bp001
from blueprint.source import SourceMap


def load_dsl(path: str) -> Loaded:
    from blueprint import dsl

    data = read_input(path)  # missing files and folders are exit 2, as for YAML
    source = SourceMap(path)
    if len(data) > MAX_INPUT_BYTES:
        message = t("load.too_big", "en", size=input_size(path, data), limit=MAX_INPUT_BYTES)
        return Loaded(path, None, source, [bp001(source, (1, 1), message, "")])
    collected: list = []
    token = dsl.built.set(collected)
    try:
        # What the module prints goes to stderr: stdout carries the command's output
        # (`--format json` must stay parseable whatever a module prints).
        with contextlib.redirect_stdout(sys.stderr):
            runpy.run_path(path, run_name="__blueprint__")
    except SystemExit:
        return Loaded(path, None, source, [bp001(source, _user_line(path), t("load.dsl_exit", "en"), "")])
    except BaseException as error:  # noqa: BLE001 - user code may raise anything
        if isinstance(error, KeyboardInterrupt):
            raise
        detail = _first_line(error)
        message = t("load.dsl_error", "en", error=_type_name(error), detail=detail)
        return Loaded(path, None, source, [bp001(source, _error_line(path, error), message, "")])
    finally:
        dsl.built.reset(token)
    if len(collected) != 1:
        key = "load.dsl_no_blueprint" if not collected else "load.dsl_many_blueprints"
        return Loaded(path, None, source, [bp001(source, (1, 1), t(key, "en", count=len(collected)), "")])
    blueprint = collected[0]
    document = blueprint.build(file=path)
    return Loaded(path, document, blueprint.source, list(blueprint.findings), blueprint.language, blueprint.raw)


def _first_line(error: BaseException) -> str:
    """The first line of the error's message; an exception whose ``str`` fails says nothing."""
    try:
        text = str(error)
    except Exception:  # noqa: BLE001 - a user's exception class may break even str()
        return ""
    return text.splitlines()[0] if text.strip() else ""


def _type_name(error: BaseException) -> str:
    name = getattr(type(error), "__name__", "")
    return name if isinstance(name, str) and name else "an exception"


def _error_line(path: str, error: BaseException) -> tuple[int, int]:
    """Where the user must look: a syntax error in the module itself is at its own line (the
    traceback has no frame in the file then); anything else at the deepest frame in the file."""
    if isinstance(error, SyntaxError) and error.filename:
        try:
            same = Path(error.filename).resolve() == Path(path).resolve()
        except (OSError, RuntimeError, ValueError):
            same = False
        if same and error.lineno:
            return error.lineno, max(error.offset or 1, 1)
    return _user_line(path)


def _user_line(path: str) -> tuple[int, int]:
    """The deepest line of the traceback that is in the user's file."""
    target = str(Path(path).resolve())
    line = 1
    for frame in traceback.extract_tb(sys.exc_info()[2]):
        if str(Path(frame.filename).resolve()) == target:
            line = frame.lineno or line
    return line, 1
