"""WeGO Awards: run an awards competition from applications to printed certificates.

The core package. It holds the data model, the services (imports, scoring, awards, history,
certificates) and the command line, and never imports Qt: the desktop app in ``ui/`` is built on
top of these services.
"""

__version__ = "0.1.0"
