"""The shared PostgreSQL server: each judge gets a database role of their own that can read and
write only their own scores.

The secretariat connects as the database's owner (row-level security does not restrict the
owner). ``grant_judge`` creates (or updates) a login role for one judge, puts it in the group
role ``wego_judges``, and ties it to the judge in ``judge_logins``. The group's privileges and
row-level-security policies are (re)made each time, so they follow the schema:

- scores: only the judge's own rows, to read, add, change and clear;
- judges, conflicts, assignments: only the judge's own rows;
- applications and their documents: never one the judge has a conflict with;
- editions: every column but the secret; the history's anchor may be moved on (each score
  saved extends the history);
- history: entries may be added, and only the judge's own read back;
- rounds and which applications went on into each: read only (the open round is what a judge
  scores in).

Nothing else is granted: the judges' group cannot read the package keys, the edition's secret,
the jury's decisions at a round's cut or other judges' logins. A password never travels nor
rests in plain text: the client turns it into a SCRAM-SHA-256 verifier (libpq's
``PQencryptPasswordConn``) and only the verifier is sent, over the TLS link (``db/engine.py``
asks for ``sslmode=verify-full``), and stored by the server.
"""

from __future__ import annotations

import re

from sqlalchemy import delete, select, text

from wego_awards.db import Database
from wego_awards.db.models import Judge, JudgeLogin
from wego_awards.errors import Refused
from wego_awards.services import history
from wego_awards.services.edition import get_edition
from wego_awards.store import EditionStore

GROUP = "wego_judges"
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

_SECURE = [
    f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{GROUP}') THEN
            CREATE ROLE {GROUP} NOLOGIN;
        END IF;
    END $$""",
    """CREATE OR REPLACE FUNCTION wego_judge_id() RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT judge_id FROM judge_logins WHERE role = session_user $$""",
    "REVOKE ALL ON FUNCTION wego_judge_id() FROM PUBLIC",
    f"GRANT EXECUTE ON FUNCTION wego_judge_id() TO {GROUP}",
    f"GRANT USAGE ON SCHEMA public TO {GROUP}",
    f"GRANT SELECT ON alembic_version, categories, criteria, applications, attachments, judges, "
    f"conflicts, assignments, rounds, round_entries TO {GROUP}",
    f"GRANT SELECT (id, uid, name, year, settings, finalized, finalized_at, results_hash, "
    f"created_at, package_judge, history_head, open_round_id) ON editions TO {GROUP}",
    f"GRANT UPDATE (history_head) ON editions TO {GROUP}",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON scores TO {GROUP}",
    f"GRANT SELECT, INSERT ON history TO {GROUP}",
    f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {GROUP}",
    "ALTER TABLE history ALTER COLUMN db_user SET DEFAULT session_user",
]

# table -> (for which commands, USING, WITH CHECK)
_POLICIES = {
    "scores": ("ALL", "judge_id = wego_judge_id()", "judge_id = wego_judge_id()"),
    "judges": ("SELECT", "id = wego_judge_id()", None),
    "conflicts": ("SELECT", "judge_id = wego_judge_id()", None),
    "assignments": ("SELECT", "judge_id = wego_judge_id()", None),
    "applications": ("SELECT", "NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.application_id = "
                               "applications.id AND c.judge_id = wego_judge_id())", None),
    "attachments": ("SELECT", "application_id IN (SELECT id FROM applications)", None),
    "history": ("ALL", "db_user = session_user", "db_user = session_user"),
}


def _secure(conn) -> None:  # noqa: ANN001 - a SQLAlchemy connection
    for statement in _SECURE:
        conn.exec_driver_sql(statement)
    for table, (command, using, check) in _POLICIES.items():
        conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS wego_judge ON {table}")
        policy = f"CREATE POLICY wego_judge ON {table} FOR {command} TO {GROUP} USING ({using})"
        if check:
            policy += f" WITH CHECK ({check})"
        conn.exec_driver_sql(policy)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


MIN_PASSWORD = 12


def _server_only(db: Database) -> None:
    if db.is_sqlite:
        raise Refused("judges' own logins are for the shared PostgreSQL server; a SQLite file "
                      "is shared by sending judge packages instead")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise Refused(f"the password must have at least {MIN_PASSWORD} characters (a few plain "
                      "words will do)")


def _verifier(conn, role: str, password: str) -> str:  # noqa: ANN001 - a SQLAlchemy connection
    """The SCRAM-SHA-256 verifier of ``password`` for ``role``, made here: the server gets (and
    logs, if it logs statements) the verifier, never the password."""
    raw = conn.connection.driver_connection
    return raw.pgconn.encrypt_password(password.encode("utf-8"), role.encode("utf-8"),
                                       b"scram-sha-256").decode("ascii")


def _login_of(session, edition, judge: str) -> tuple[Judge, JudgeLogin]:  # noqa: ANN001
    j = EditionStore(session, edition).find(Judge, judge, "judge")
    login = session.scalar(select(JudgeLogin).where(JudgeLogin.judge_id == j.id))
    if login is None:
        raise Refused(f"judge {j.code} has no login on the server; give one with "
                      f"'wego-awards server grant-judge --judge {j.code} --role NAME'")
    return j, login


def set_password(db: Database, judge: str, password: str) -> str:
    """Give ``judge``'s login a new password (a forgotten one, or one that was seen)."""
    _server_only(db)
    _check_password(password)
    with db.write() as session:
        edition = get_edition(session)
        j, login = _login_of(session, edition, judge)
        conn = session.connection()
        conn.exec_driver_sql(f'ALTER ROLE "{login.role}" PASSWORD '
                             f'{_literal(_verifier(conn, login.role, password))}')
        history.record(session, edition, "server password",
                       f"judge {j.code}'s server login '{login.role}' has a new password")
    return f"judge {j.code}'s login '{login.role}' has a new password; the old one no longer works"


def revoke_judge(db: Database, judge: str) -> str:
    """Take ``judge``'s login away: their sessions are ended and the role removed; their scores
    stay in the edition."""
    _server_only(db)
    with db.write() as session:
        edition = get_edition(session)
        j, login = _login_of(session, edition, judge)
        role = login.role
        conn = session.connection()
        conn.exec_driver_sql(f'ALTER ROLE "{role}" NOLOGIN')
        conn.exec_driver_sql(f'REVOKE {GROUP} FROM "{role}"')
        ended = 0
        with conn.begin_nested():  # ending sessions needs pg_signal_backend; try it
            try:
                ended = len(conn.execute(text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"),
                    {"r": role}).all())
            except Exception:
                ended = 0
        session.execute(delete(JudgeLogin).where(JudgeLogin.role == role))
        dropped = True
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(f'DROP ROLE "{role}"')
        except Exception:  # it owns something after all: it stays, without login or rights
            dropped = False
        history.record(session, edition, "server revoke",
                       f"judge {j.code} may no longer log in to the server ('{role}' "
                       + ("removed" if dropped else "without login or rights") + ")")
    text_ = f"judge {j.code} can no longer log in ('{role}' {'removed' if dropped else 'disabled'})"
    if ended:
        text_ += f"; {ended} open session{'s' if ended > 1 else ''} ended"
    return text_ + "; their scores stay in the edition"


def grant_judge(db: Database, judge: str, role: str, password: str) -> str:
    """Give ``judge`` the login ``role`` (created, or its password changed) on the server."""
    _server_only(db)
    if not ROLE_NAME.match(role):
        raise Refused(f"'{role}' is not a usable role name: lower-case letters, digits and _, "
                      "starting with a letter (at most 63)")
    _check_password(password)
    with db.write() as session:
        edition = get_edition(session)
        j = EditionStore(session, edition).find(Judge, judge, "judge")
        taken = session.scalar(select(JudgeLogin).where(JudgeLogin.role == role))
        if taken is not None and taken.judge_id != j.id:
            raise Refused(f"the role '{role}' already belongs to another judge")
        conn = session.connection()
        _secure(conn)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": role}).scalar()
        verb = "ALTER" if exists else "CREATE"
        conn.exec_driver_sql(f'{verb} ROLE "{role}" LOGIN PASSWORD '
                             f'{_literal(_verifier(conn, role, password))}')
        conn.exec_driver_sql(f'GRANT {GROUP} TO "{role}"')
        session.execute(delete(JudgeLogin).where(JudgeLogin.judge_id == j.id))
        session.add(JudgeLogin(role=role, judge_id=j.id))
        history.record(session, edition, "server login",
                       f"judge {j.code} may log in to the server as '{role}'")
    return f"judge {j.code} logs in as '{role}' and can read and write only their own scores"
