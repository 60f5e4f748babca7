"""The WeGO Awards desktop app (PySide6), on top of the core's services.

Nothing in ``wego_awards`` imports this package or Qt; the app reaches the data only through
``wego_awards.services``, and only from its one database worker thread (``ui.worker``).
"""
