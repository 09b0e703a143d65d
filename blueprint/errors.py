"""The one exception domain code raises for input it cannot read at all.

Input that is read but invalid is a finding (BP001), never an exception. The CLI catches
UserError alone, prints its one line and exits 2; any other exception is a bug and keeps its
traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """Input that cannot be used: a missing file, a folder, an output over an input.

    ``str(error)`` is the whole line the user sees: what is wrong, where, and the fix.
    """
