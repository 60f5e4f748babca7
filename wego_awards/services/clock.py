"""When and who: the time and the person every recorded act carries.

A leaf of the services (it imports nothing of the program), so the history, the edition and
every service can ask it without importing one another.
"""

from __future__ import annotations

import getpass
import os
from datetime import UTC, datetime


def now() -> str:
    """The current time in UTC, to the second, as ISO 8601 text."""
    fixed = os.environ.get("WEGO_AWARDS_NOW")  # reproducible documentation and tests
    if fixed:
        return fixed
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def current_actor() -> str:
    """Who is acting, for the history: ``$WEGO_AWARDS_USER`` or the login name."""
    name = os.environ.get("WEGO_AWARDS_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"
