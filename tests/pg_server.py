"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, start it on a free
port on 127.0.0.1, stop and delete it afterwards. Debian's server binaries are used; as root the
server runs as the ``postgres`` user (PostgreSQL refuses to run as root).

It speaks TLS only, as the shared server must: the tests make a certificate authority and a
server certificate for 127.0.0.1 and localhost (with ``cryptography``), the server refuses every
connection that is not encrypted (``hostnossl ... reject``), and the URLs it hands out ask for
``sslmode=verify-full`` with that authority, so the client checks it talks to this server. Judges'
logins authenticate with SCRAM; the owner ``postgres`` is trusted over TLS from 127.0.0.1."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def available() -> bool:
    return _bin("initdb") is not None and _bin("pg_ctl") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="wego-pg-", dir="/tmp"))
        self.port = _free_port()
        self.data = self.dir / "data"
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> Server:
        self.run(_bin("initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
                 "--no-sync", "-E", "UTF8", "--locale=C")
        self.ca = make_certificates(self.dir)
        if self.as_user:
            for name in ("server.crt", "server.key"):
                shutil.chown(self.dir / name, "postgres", "postgres")
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostnossl all all 0.0.0.0/0 reject\n"
            "hostnossl all all ::/0 reject\n"
            "hostssl all postgres 127.0.0.1/32 trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8")
        self.run(_bin("pg_ctl"), "-D", str(self.data), "-w", "-t", "60", "-l",
                 str(self.dir / "log"), "-o",
                 f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                 f"-c ssl=on -c ssl_cert_file={self.dir / 'server.crt'} "
                 f"-c ssl_key_file={self.dir / 'server.key'} "
                 "-c password_encryption=scram-sha-256 -c log_statement=all",
                 "start")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.1)
        raise RuntimeError("PostgreSQL did not start")

    def url(self, database: str = "postgres", user: str = "postgres", password: str = "") -> str:
        auth = f"{user}:{password}@" if password else f"{user}@"
        return (f"postgresql+psycopg://{auth}127.0.0.1:{self.port}/{database}"
                f"?sslmode=verify-full&sslrootcert={self.ca}")

    def log(self) -> str:
        """What the server wrote to its log (every statement: log_statement=all)."""
        return (self.dir / "log").read_text(encoding="utf-8", errors="replace")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres "
                             f"sslmode=verify-full sslrootcert={self.ca}",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self.run(_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def make_certificates(folder: Path) -> Path:
    """A certificate authority (``ca.crt``) and a server certificate it signs for 127.0.0.1 and
    localhost (``server.crt``, ``server.key`` readable by its owner only); returns the CA's."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "wego-awards test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .sign(ca_key, hashes.SHA256()))
    (folder / "ca.crt").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "server.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file = folder / "server.key"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.TraditionalOpenSSL,
                                           serialization.NoEncryption()))
    key_file.chmod(0o600)
    (folder / "ca.crt").chmod(0o644)
    return folder / "ca.crt"
