"""WeGO Awards: run an awards competition from applications to printed certificates.

The core package. It holds the data model, the services (imports, scoring, awards, history,
certificates) and the command line, and never imports Qt: the desktop app in ``ui/`` is built on
top of these services.
"""

__version__ = "0.1.0"

import os as _os

# One BLAS thread unless the user asks for more: numpy otherwise starts a thread per core when it
# is imported, which spin while the command reads the database (0.12 s of processor time of a
# 'status' on the large edition, with no gain: the engine runs on one thread anyway, see
# scoring/engine.py). Set here because this package is imported before numpy.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
