"""The results computed once per data state: kept under the fingerprint of everything the
engine reads, and reused by ``results``, ``finalize``, the certificates, the report, the letters
and the app until any of it changes.

The key is a BLAKE2b digest of the engine's whole input as the results service reads it: the
scores (every judge, application, criterion and value), the conflicts that exclude some, the
applications, judges, categories and criteria with the names the results word, the edition's
settings and method, the round, the jury's decisions, and the code that computes: the program's
version, the versions of numpy, scipy and threadpoolctl, and the source of the scoring package
and of the services that word its answer. Any change to any of these gives
another key, so a result is never served for data it was not computed from. The engine is
deterministic (its random draws are seeded by the edition), so a hit gives the same bytes a
fresh computation would; a test holds that.

The entries are files in the user's cache folder (``$WEGO_AWARDS_CACHE``, else the platform's
cache folder; ``WEGO_AWARDS_CACHE=off`` turns the cache off), written whole and renamed into
place, so a reader never sees half an entry. They hold the interface's results JSON,
compressed, and each is checked against its own digest when read: a damaged entry is computed
again. The newest entries are kept and the rest pruned. An entry that cannot be written (a
read-only folder) is not an error: the results were computed and are returned.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from wego_awards.resultdata import Results

FORMAT = 1  # the entries' layout; a change gives every key anew
KEEP = 24  # entries kept in the folder, newest first
_PACKAGE = Path(__file__).resolve().parents[1]
# The code whose output an entry holds: a change to any of it is another key.
_SOURCES = ("scoring", "services/results.py", "services/resultcache.py", "services/edition.py",
            "resultdata.py")
_code: str | None = None


def folder() -> Path | None:
    """Where the entries live, or None when the cache is off."""
    env = os.environ.get("WEGO_AWARDS_CACHE")
    if env is not None:
        return None if env.strip().lower() in ("", "0", "off", "no", "false") else Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "wego-awards" / "Cache" / "results"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "wego-awards" / "results"
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "wego-awards" / "results"


def code_digest() -> str:
    """The digest of the code that computes the results (its package version when the source
    is not there to read, as in a bundled app)."""
    global _code
    if _code is None:
        from wego_awards import __version__

        # The libraries the engine computes with (their installed versions, read without
        # importing them), and the program's version, always; the source too where it is there
        # (a change during development is a new key).
        h = hashlib.blake2b(f"format {FORMAT} wego-awards {__version__}".encode(),
                            digest_size=16)
        for library in ("numpy", "scipy", "threadpoolctl"):
            h.update(f" {library} {_installed(library)}".encode())
        for name in _SOURCES:
            path = _PACKAGE / name
            for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
                with contextlib.suppress(OSError):  # a bundled app holds no source: its
                    h.update(file.name.encode() + b"\0" + file.read_bytes())  # version stands
        _code = h.hexdigest()
    return _code


def _installed(library: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:  # a bundled app: the module's own version, if any
        module = sys.modules.get(library)
        return str(getattr(module, "__version__", "?"))


def fingerprint(header: Any, arrays: Iterable[np.ndarray]) -> str:
    """The key of one computation: ``header`` (the small inputs, as JSON data) and the score
    arrays, with the code's digest."""
    import orjson

    h = hashlib.blake2b(digest_size=32)
    h.update(code_digest().encode())
    h.update(orjson.dumps(header, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS))
    for arr in arrays:
        arr = np.ascontiguousarray(arr)
        h.update(f"|{arr.dtype.str}{arr.shape}|".encode())
        h.update(arr.data)
    return h.hexdigest()


def load(key: str) -> tuple[Results, list[str]] | None:
    """The results and ties kept under ``key``, or None (none kept, or damaged)."""
    where = folder()
    if where is None:
        return None
    path = where / f"{key}.json.z"
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    with contextlib.suppress(OSError):  # a folder shared read-only still serves its entries
        os.utime(path)  # the newest used is the last pruned
    import orjson

    try:
        digest, body = blob[:32], zlib.decompress(blob[32:])
        if hashlib.blake2b(body, digest_size=32).digest() != digest:
            return None
        data = orjson.loads(body)
        if data.get("key") != key:
            return None
        return Results.from_json(data["results"]), list(data["ties"])
    except (zlib.error, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None


def save(key: str, results: Results, ties: list[str]) -> None:
    """Keep ``results`` and ``ties`` under ``key`` (quietly not, where the folder is not
    writable), and prune the oldest entries."""
    where = folder()
    if where is None:
        return
    import orjson

    body = orjson.dumps({"key": key, "results": results.to_json(), "ties": ties})
    blob = hashlib.blake2b(body, digest_size=32).digest() + zlib.compress(body, 1)
    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=where, prefix=f"{key}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(name, where / f"{key}.json.z")
        entries = sorted(where.glob("*.json.z"), key=_age)
        for old in entries[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        return


def _age(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
