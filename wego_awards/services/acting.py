"""Who is acting on the open database: the secretariat, a judge in their package, or a judge
logged in to the shared server with their own role.

One value instead of ``edition.package_judge`` tested in every service: what a judge may do
(their own scores and comments, declaring their own conflicts) and what only the secretariat
does (imports of anything but scores, records, assignments, withdrawing a conflict) are asked
of it, and it words the refusal the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wego_awards.db.models import Edition, Judge
from wego_awards.errors import Refused
from wego_awards.store import in_edition

SECRETARIAT = "secretariat"
PACKAGE = "package"  # a judge in their offline package
SERVER = "server"  # a judge with their own login on the shared server


@dataclass(frozen=True)
class Acting:
    kind: str = SECRETARIAT
    judge: str | None = None  # the judge's code, for a judge

    @property
    def is_judge(self) -> bool:
        return self.judge is not None

    @property
    def in_package(self) -> bool:
        return self.kind == PACKAGE

    def where(self) -> str:
        """Where the person is, as a refusal says it ("J2's package")."""
        if self.kind == PACKAGE:
            return f"{self.judge}'s package"
        if self.kind == SERVER:
            return f"{self.judge}'s own login on the server"
        return "the secretariat's edition"

    def is_other(self, code: str) -> bool:
        """Whether ``code`` is a judge other than the one acting (never, for the secretariat)."""
        return self.judge is not None and code.casefold() != self.judge.casefold()

    def secretariat_only(self, what: str) -> None:
        """Refuse ``what`` (e.g. "importing judges") to a judge."""
        if self.judge is not None:
            raise Refused(f"this is {self.where()}: {what} is done by the secretariat")

    def not_for_others(self, code: str,
                       what: str = "only their scores can be entered") -> str | None:
        """Why a judge may not act for judge ``code`` (None when they may)."""
        if self.is_other(code):
            return f"this is {self.where()}: {what} in it"
        return None


def acting(edition: Edition) -> Acting:
    """Who acts on ``edition``'s database, as far as the edition row says (no query): the
    judge of a package, else the secretariat. See :func:`acting_in` for the server's logins."""
    if edition.package_judge:
        return Acting(PACKAGE, edition.package_judge)
    return Acting()


def acting_in(session: Session, edition: Edition) -> Acting:
    """Who acts, a judge's own login on the shared server included (one query there)."""
    found = acting(edition)
    if found.is_judge:
        return found
    judge = login_judge(session, edition)
    return Acting(SERVER, judge) if judge else found


def login_judge(session: Session, edition: Edition) -> str | None:
    """The judge whose own login this session uses on the shared server (None for the
    secretariat, for SQLite files, and on a server where no judge has a login yet)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    if session.execute(text("SELECT to_regprocedure('wego_judge_id()')")).scalar() is None:
        return None
    judge_id = session.execute(text("SELECT wego_judge_id()")).scalar()
    if judge_id is None:
        return None
    return session.scalar(select(Judge.code).where(Judge.id == judge_id,
                                                   in_edition(Judge, edition)))
