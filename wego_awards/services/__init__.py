"""The services: everything the command line and the desktop app do, on an open Database."""

# A judge's package must renew its seal after every recorded act, or the secretariat refuses the
# return as altered. The history (a leaf) does not import the seal; ``seal`` registers its
# ``reseal`` with ``history.after_record`` when it is imported. It is imported here, not in
# ``open_database`` or in the callers that happen to touch a package: Python runs this file
# before any ``wego_awards.services.*`` module, so whatever code records an act (the app, the
# command line, a script importing only ``history`` and ``judging``, a Database opened without
# ``open_database``) has the hook registered. tests/core/test_packages.py checks it in a fresh
# interpreter. ``seal`` is light (no pandas), so commands that need little start fast.
from wego_awards.services import seal as _seal  # noqa: F401
