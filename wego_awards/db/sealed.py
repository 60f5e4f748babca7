"""Sealed judge packages: SQLite files encrypted with SQLCipher under a key from a passphrase.

A package travels by e-mail or on a USB stick, so its file must tell a stranger nothing and let
nobody who lacks the passphrase write a return the secretariat accepts. SQLCipher encrypts every
page of the database with AES-256 and authenticates it with HMAC-SHA512: a page changed by anyone
without the key fails its check and the file does not open. The key is not SQLCipher's own
PBKDF2 of the passphrase but a raw key we derive with scrypt (memory-hard, 32 MiB per try), with
the 16-byte salt SQLCipher keeps in plain at the head of the file; so the file itself says how to
derive its key and nothing else, and the secretariat, who keeps the raw key when it exports the
package, opens a return without the passphrase.

Why SQLCipher and not the ``cryptography`` package over the whole file: the judge's app saves
each score as a SQLite transaction in write-ahead-log mode, so a save shown as done is on disk and
the app killed at any moment leaves a file that opens; encrypting a whole file after each save
would have to rewrite it (and keep a plain copy somewhere while it is open). SQLCipher is
SQLite with page encryption, maintained by Zetetic, and ``sqlcipher3`` ships it in wheels.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
# scrypt's cost: N = 2^15, r = 8 (32 MiB, about 0.15 s here). A passphrase of five words from a
# list of 7,776 holds 64 bits; at that cost a guess takes a stranger's machine 0.15 s.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
ENV = "WEGO_AWARDS_PASSPHRASE"


def normalise(passphrase: str) -> str:
    """The passphrase as it is keyed: read out on the phone and typed again, it must match
    whatever the case, the spaces between words or the form of an accented letter."""
    return " ".join(unicodedata.normalize("NFC", passphrase).casefold().split())


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The package's raw 256-bit key: scrypt of the normalised passphrase with the file's salt."""
    return hashlib.scrypt(normalise(passphrase).encode("utf-8"), salt=salt, n=SCRYPT_N,
                          r=SCRYPT_R, p=SCRYPT_P, maxmem=128 * 2**20, dklen=KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def _key_literal(key: bytes, salt: bytes) -> str:
    """SQLCipher's raw key with an explicit salt (no PBKDF2 of its own), as SQL text."""
    return f"\"x'{key.hex()}{salt.hex()}'\""


def key_pragma(key: bytes, salt: bytes) -> str:
    """The PRAGMA that opens a sealed file with ``key`` and ``salt``."""
    return f"PRAGMA key = {_key_literal(key, salt)}"


def file_head(path: Path) -> bytes:
    """The first 16 bytes of a file: SQLite's magic for a plain database, the salt for a sealed
    package (b'' for an empty file)."""
    with open(path, "rb") as fh:
        return fh.read(SALT_BYTES)


def salt_in(head: bytes) -> bytes | None:
    """The salt a file's first 16 bytes hold if it may be a sealed package (a file that is
    neither plain SQLite nor too short), else None."""
    return head if len(head) == SALT_BYTES and head != SQLITE_MAGIC else None


def salt_of(path: Path) -> bytes | None:
    """:func:`salt_in` of ``path``'s head (None for a file that cannot be read)."""
    try:
        return salt_in(file_head(path))
    except OSError:
        return None


def sqlcipher_module():  # noqa: ANN201 - the DB-API module, untyped
    """The SQLCipher DB-API module (imported only when a sealed file is opened)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def encrypt_copy(plain: Path, out: Path, key: bytes, salt: bytes) -> None:
    """Write ``plain`` (an ordinary SQLite file) to ``out`` encrypted with ``key`` and ``salt``."""
    mod = sqlcipher_module()
    conn = mod.connect(str(plain), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"ATTACH DATABASE ? AS sealed KEY {_key_literal(key, salt)}", (str(out),))
        conn.execute("SELECT sqlcipher_export('sealed')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA sealed.user_version = {int(version)}")
        conn.execute("DETACH DATABASE sealed")
    finally:
        conn.close()
