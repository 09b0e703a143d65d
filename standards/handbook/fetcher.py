"""The only door through which WeasyPrint may read anything while it prints a handbook.

Why: a handbook prints text that anyone who edits a blueprint wrote. Escaping keeps that text
from becoming markup, and this fetcher is the second wall: even if markup naming a local file
(``file:///etc/passwd``, a CSS ``url()``, ``<link>``, an SVG ``<image>``) or a URL
(``http://169.254.169.254/``) reached the renderer, through a bug or an edited template,
nothing would be read. It allows exactly three things: ``data:`` URLs, the files of the
handbook template folder (packaged or ``--template DIR``), and diagram files we wrote
ourselves, each by its exact resolved path. Everything else raises, before any I/O.
"""

from __future__ import annotations

import base64
import binascii
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

from weasyprint.urls import URLFetcher, URLFetcherResponse

# Asset kinds a template folder may hold and a stylesheet or template may name.
ASSET_SUFFIXES = (".css", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2", ".ttf", ".otf")
_MEDIA_TYPES = {
    ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp", ".woff": "font/woff",
    ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf",
}


class RefusedURL(ValueError):
    """A URL the handbook's fetcher does not serve (WeasyPrint logs it and leaves it out)."""


def template_assets(folder: Path) -> list[Path]:
    """The asset files directly in a template folder (not in sub-folders, not links out)."""
    if not folder.is_dir():
        return []
    assets = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in ASSET_SUFFIXES and path.is_file() and not path.is_symlink():
            assets.append(path.resolve())
    return assets


class HandbookFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that serves ``data:`` URLs and an allow-list of files.

    ``refused`` records every URL turned away, so that tests (and a curious user) can see
    what the document asked for.
    """

    def __init__(self, allowed_files: Iterable[Path | str] = ()) -> None:
        # No protocol is allowed to the parent's opener: it is never called.
        super().__init__(allowed_protocols=(), allow_redirects=False, fail_on_errors=False)
        self.allowed = {Path(path).resolve() for path in allowed_files}
        self.refused: list[str] = []
        self.served: list[str] = []

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            response = _data_response(url)
        elif scheme == "file":
            response = self._file_response(url)
        else:
            response = None
        if response is None:
            self.refused.append(url)
            raise RefusedURL(f"the handbook reads no {scheme or 'relative'} URL: {url[:200]}")
        self.served.append(url if scheme != "data" else "data:")
        return response

    def _file_response(self, url: str) -> URLFetcherResponse | None:
        parsed = urllib.parse.urlsplit(url)
        if parsed.netloc not in ("", "localhost") or parsed.query:
            return None
        path = Path(urllib.parse.unquote(parsed.path))
        # Compare resolved paths: ``..``, doubled slashes and links cannot reach a file the
        # allow-list does not name. Resolving touches only the path, never the content.
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):
            return None
        if resolved not in self.allowed:
            return None
        media_type = _MEDIA_TYPES.get(resolved.suffix.lower(), "application/octet-stream")
        headers = {"Content-Type": media_type + ("; charset=utf-8" if media_type == "text/css" else "")}
        return URLFetcherResponse(resolved.as_uri(), resolved.read_bytes(), headers)


def _data_response(url: str) -> URLFetcherResponse | None:
    """Decode a ``data:`` URL ourselves, so the parent's opener is never involved."""
    try:
        header, payload = url[5:].split(",", 1)
    except ValueError:
        return None
    parts = header.split(";")
    media_type = parts[0] or "text/plain"
    try:
        if "base64" in (part.strip().lower() for part in parts[1:]):
            body = base64.b64decode(urllib.parse.unquote(payload), validate=False)
        else:
            body = urllib.parse.unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        return None
    charset = next((part.split("=", 1)[1] for part in parts[1:] if part.strip().lower().startswith("charset=")), None)
    content_type = media_type + (f"; charset={charset}" if charset else "")
    return URLFetcherResponse(url, body, {"Content-Type": content_type})
