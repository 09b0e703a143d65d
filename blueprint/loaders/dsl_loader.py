"""Python DSL modules → Document, by running them with runpy and collecting the blueprint.

A DSL file is Python: running it is what the author asked for, as with any script. What
this loader guarantees is that whatever the module raises, or a ``sys.exit`` in it, becomes
one BP001 finding at the user's line instead of a traceback.
"""

from __future__ import annotations

import runpy
import traceback
from pathlib import Path

from blueprint.i18n import t
from blueprint.loaders import Loaded, read_input
from blueprint.loaders.validate import bp001
from blueprint.source import SourceMap


def load_dsl(path: str) -> Loaded:
    from blueprint import dsl

    read_input(path)  # missing files and folders are exit 2, as for YAML
    source = SourceMap(path)
    collected: list = []
    token = dsl.built.set(collected)
    try:
        runpy.run_path(path, run_name="__blueprint__")
    except SystemExit:
        return Loaded(path, None, source, [bp001(source, _user_line(path), t("load.dsl_exit", "en"), "")])
    except BaseException as error:  # noqa: BLE001 - user code may raise anything
        if isinstance(error, KeyboardInterrupt):
            raise
        detail = str(error).splitlines()[0] if str(error) else ""
        message = t("load.dsl_error", "en", error=type(error).__name__, detail=detail)
        return Loaded(path, None, source, [bp001(source, _user_line(path), message, "")])
    finally:
        dsl.built.reset(token)
    if len(collected) != 1:
        key = "load.dsl_no_blueprint" if not collected else "load.dsl_many_blueprints"
        return Loaded(path, None, source, [bp001(source, (1, 1), t(key, "en", count=len(collected)), "")])
    blueprint = collected[0]
    document = blueprint.build(file=path)
    return Loaded(path, document, blueprint.source, list(blueprint.findings), blueprint.language, blueprint.raw)


def _user_line(path: str) -> tuple[int, int]:
    """The deepest line of the traceback that is in the user's file."""
    import sys

    target = str(Path(path).resolve())
    line = 1
    for frame in traceback.extract_tb(sys.exc_info()[2]):
        if str(Path(frame.filename).resolve()) == target:
            line = frame.lineno or line
    return line, 1
