"""Output formats and the one place Graphviz runs.

The format comes from the output file's suffix; an unknown suffix is refused with the list of
supported ones (xflr6/graphviz ``graphviz/backend/rendering.py``). Graphviz runs from an
argument list, never a shell, reads the DOT on standard input, and gets ``SERVER_NAME`` in its
environment: in that mode it refuses to read local files (images, shape files) named in the
input, so no diagram can make it read the user's disk. A missing ``dot``, a failure or a
timeout is one clear line (``UserError``); the caller writes nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from blueprint.errors import UserError
from blueprint.i18n import t

FORMATS = {".svg": "svg", ".png": "png", ".pdf": "pdf", ".dot": "dot"}
TIMEOUT_SECONDS = 120
PNG_DPI = 144
PNG_MAX_PIXELS = 30000  # cairo refuses surfaces wider than 32767 pixels


def format_for(output: str, lang: str | None = None) -> str:
    """The output format named by the suffix of ``output``; UserError for any other."""
    suffix = Path(output).suffix.lower()
    if suffix not in FORMATS:
        raise UserError(t("render.error.unknown_format", lang, path=output, suffix=suffix or "(none)",
                          supported=" ".join(FORMATS)))
    return FORMATS[suffix]


def run_graphviz(dot_text: str, output_format: str, *, width_points: float = 0.0, lang: str | None = None,
                 timeout: float = TIMEOUT_SECONDS) -> bytes:
    """Draw pinned DOT with ``dot -Kneato -n2`` and return the bytes of ``output_format``."""
    executable = shutil.which("dot")
    if executable is None:
        raise UserError(t("render.error.no_dot", lang))
    argv = [executable, "-Kneato", "-n2", "-q", f"-T{_device(output_format)}"]
    if output_format == "png":
        inches = max(width_points / 72, 1.0)
        argv.append(f"-Gdpi={min(PNG_DPI, int(PNG_MAX_PIXELS / inches)) or 1}")
    environment = {**os.environ, "SERVER_NAME": "blueprint"}
    try:
        completed = subprocess.run(argv, input=dot_text.encode("utf-8"), capture_output=True, env=environment,
                                   timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise UserError(t("render.error.timeout", lang, seconds=int(timeout))) from None
    except OSError as error:
        raise UserError(t("render.error.dot_failed", lang, detail=error.strerror or str(error))) from None
    if completed.returncode != 0 or not completed.stdout:
        detail = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        message = detail[-1] if detail else f"exit status {completed.returncode}"
        raise UserError(t("render.error.dot_failed", lang, detail=message))
    return completed.stdout


def _device(output_format: str) -> str:
    # Cairo draws PNG and PDF with real (CJK) fonts and antialiasing; plain svg is Graphviz's own.
    return {"png": "png:cairo", "pdf": "pdf:cairo"}.get(output_format, output_format)
