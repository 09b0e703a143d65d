"""Helpers shared across the test folders (tests/conftest.py turns them into fixtures).

- ``skip_or_fail``: the rule for a test whose tool or data is missing: it skips on a laptop,
  and with ``CI`` set it fails, so that CI cannot go green without running it (style.md section 8).
- ``Listener``: a TCP listener on 127.0.0.1 that counts the connections it accepts, for the
  tests that show the PDF step fetches nothing (the ``listener`` fixture).
"""

from __future__ import annotations

import os
import socket
import threading
from typing import NoReturn

import pytest


def in_ci() -> bool:
    """``CI`` is set (CI=true in the pipeline, .ci/run)."""
    return bool(os.environ.get("CI"))


def skip_or_fail(reason: str) -> NoReturn:
    """Skip the test for ``reason``; with ``CI`` set, fail it instead."""
    if in_ci():
        pytest.fail(f"{reason}; CI must have it")
    pytest.skip(reason)


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it accepts (and answers 404).

    Tests assert ``connections == 0`` after the code under test ran; the control in
    tests/handbook/test_fetcher.py shows that WeasyPrint's default fetcher does connect to it,
    so that 0 cannot come from a listener that hears nothing."""

    def __init__(self) -> None:
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                connection, _ = self.server.accept()
            except OSError:  # socket.timeout included: look at `stopping` again
                continue
            self.connections += 1
            try:
                connection.settimeout(0.5)
                connection.recv(4096)
                connection.sendall(b"HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            except OSError:
                pass
            finally:
                connection.close()

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=2)
        self.server.close()
