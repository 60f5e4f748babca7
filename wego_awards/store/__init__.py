"""The store: every query of an edition's rows, scoped to the edition in one place.

- :mod:`.edition`: :class:`EditionStore` (one session and its edition) with the lookups the
  services share, the interface's tables and the bulk path; ``reading(db)`` / ``writing(db)``
  open a unit of work.
- :mod:`.tables`: the columns of each kind of file (pure data).
- :mod:`.browsing`: the desktop app's browsable tables (the ordered ids of the rows that pass a
  filter, then the cells of the rows on screen).
- :mod:`.bulk`: hundreds of thousands of rows in and out without an object per row.

It sits between the services and the database layer: it imports ``wego_awards.db`` and never a
service.
"""

from wego_awards.keys import in_sorted, pair_keys
from wego_awards.store.edition import (
    ALL_ROUNDS,
    DEFAULT_SETTINGS,
    CodeMap,
    EditionStore,
    get_edition,
    in_edition,
    pair_key_column,
    reading,
    settings_of,
    writing,
)
from wego_awards.store.tables import (
    COLUMNS,
    KINDS,
    NUMBERS,
    all_columns,
    key_of,
    keyed,
    number_text,
)

__all__ = ["ALL_ROUNDS", "COLUMNS", "DEFAULT_SETTINGS", "KINDS", "NUMBERS", "CodeMap",
           "EditionStore", "all_columns", "get_edition", "in_edition", "in_sorted", "key_of",
           "keyed", "number_text", "pair_key_column", "pair_keys", "reading", "settings_of",
           "writing"]
