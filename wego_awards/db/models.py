"""The data model: one edition of a competition and everything judged in it.

Typed SQLAlchemy 2 models on one ``DeclarativeBase``. Constraints are named so that Alembic's
batch mode can alter them on SQLite. Nothing here is SQLite-only: the same models serve the
shared PostgreSQL server.

Scores are the one big table (hundreds of thousands of rows); the services read and write them
through Core statements into numpy arrays, never one ORM object per score.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    FetchedValue,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Edition(Base):
    """One run of the competition (e.g. the 4th WeGO Awards, 2020)."""

    __tablename__ = "editions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)  # identity across copies and packages
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    finalized: Mapped[bool] = mapped_column(Boolean, default=False)
    finalized_at: Mapped[str | None] = mapped_column(String(40))
    results_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    # Signs judge packages and their returns; never leaves the secretariat's database except as
    # the per-judge key derived from it.
    # Deferred: loaded only where it is used, so a judge's role on the shared server, which may
    # not read it, can still load the edition.
    secret: Mapped[str] = mapped_column(String(64), deferred=True)
    # A judge package is an edition file made for one judge; None in the secretariat's file.
    package_judge: Mapped[str | None] = mapped_column(String(64))
    # The hash of the newest history entry: anchors the chain's end, so removing the newest
    # entries is seen too (revision 0002).
    history_head: Mapped[str | None] = mapped_column(String(64))
    # The round now being judged: criteria, assignments and scores are read and written in it
    # unless a round is named (revision 0005).
    open_round_id: Mapped[int | None] = mapped_column(Integer)


class Round(Base):
    """A judging round. The first (``R1``) takes every application; each later one takes those
    that went on from the round before (``RoundEntry``). The awards come from the last round."""

    __tablename__ = "rounds"
    __table_args__ = (UniqueConstraint("edition_id", "code", name="uq_rounds_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="scoring")  # or "qualifying"
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 ...
    # True when the round was given criteria of its own; else it takes the previous round's
    # criteria (copied when it opens, so scores always name their round's criterion rows).
    own_criteria: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(40))
    opened_at: Mapped[str | None] = mapped_column(String(40))
    # How the applications went on into this round: "top 5", "min score 7", "passed (> 1/2)".
    advanced_by: Mapped[str] = mapped_column(Text, default="")


class RoundEntry(Base):
    """An application that went on into a (later) round."""

    __tablename__ = "round_entries"
    __table_args__ = (
        UniqueConstraint("round_id", "application_id", name="uq_round_entries_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(16), default="advance")  # or "promote"


class RoundDecision(Base):
    """The jury's decision at a round's cut: take an application on (``promote``) or leave it
    out (``demote``) when the round advances, with the reason."""

    __tablename__ = "round_decisions"
    __table_args__ = (
        UniqueConstraint("round_id", "application_id", name="uq_round_decisions_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[str] = mapped_column(String(40))


class Category(Base):
    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("edition_id", "code", name="uq_categories_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Criterion(Base):
    """A weighted criterion with its range and rubric text."""

    __tablename__ = "criteria"
    __table_args__ = (UniqueConstraint("round_id", "code", name="uq_criteria_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    # Each round has its own criterion rows, so a score names its round through its criterion.
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    weight: Mapped[float] = mapped_column(Float)
    min: Mapped[float] = mapped_column(Float)
    max: Mapped[float] = mapped_column(Float)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Application(Base):
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("edition_id", "code", name="uq_applications_code"),
        Index("ix_applications_category", "category_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    city: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")

    category: Mapped[Category] = relationship(lazy="joined")


class Attachment(Base):
    """The application's document (a PDF), stored in the database so packages can carry it."""

    __tablename__ = "attachments"

    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Judge(Base):
    __tablename__ = "judges"
    __table_args__ = (UniqueConstraint("edition_id", "code", name="uq_judges_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(300), default="")


class Conflict(Base):
    """A judge who must never score an application (declared, or by the own-country rule)."""

    __tablename__ = "conflicts"
    __table_args__ = (
        UniqueConstraint("judge_id", "application_id", name="uq_conflicts_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(32), default="secretariat")


class Assignment(Base):
    __tablename__ = "assignments"
    __table_args__ = (
        UniqueConstraint("round_id", "judge_id", "application_id", name="uq_assignments_pair"),
        Index("ix_assignments_application", "application_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(32), default="import")


class Score(Base):
    """One judge's score of one application on one criterion."""

    __tablename__ = "scores"
    __table_args__ = (
        UniqueConstraint("judge_id", "application_id", "criterion_id", name="uq_scores_key"),
        Index("ix_scores_application", "application_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id", ondelete="CASCADE"))
    value: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(64), default="")


class Override(Base):
    """The jury's decision over the computed award, with its reason."""

    __tablename__ = "overrides"
    __table_args__ = (
        UniqueConstraint("category_id", "award", name="uq_overrides_award"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"))
    award: Mapped[str] = mapped_column(String(32))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[str] = mapped_column(String(40))


class HistoryEntry(Base):
    """One act in the append-only, hash-chained history of an edition.

    ``changes`` holds what the act changed, compressed, so that replaying the history rebuilds
    the scores, overrides and state the database must hold (``audit verify``).
    """

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    changes: Mapped[bytes | None] = mapped_column(LargeBinary)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The database role that wrote the entry (PostgreSQL fills it in; revision 0003): on the
    # shared server a judge may read back only their own entries.
    db_user: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue())


class JudgeLogin(Base):
    """A judge's own role on the shared PostgreSQL server (revision 0003). Row-level security
    lets that role read and write only this judge's scores (services/server.py)."""

    __tablename__ = "judge_logins"

    role: Mapped[str] = mapped_column(String(63), primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"),
                                          unique=True)


class PackageKey(Base):
    """The key of a judge's sealed package as the secretariat keeps it (revision 0004): the raw
    key derived from the passphrase and the file's salt, so that a return opens without the
    passphrase. Exporting the judge's package again supersedes the older one, whose returns are
    then refused. The passphrase itself is kept nowhere."""

    __tablename__ = "package_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"))
    salt: Mapped[str] = mapped_column(String(32), unique=True)  # hex: the file's first 16 bytes
    key: Mapped[str] = mapped_column(String(64))  # hex
    made_at: Mapped[str] = mapped_column(String(40))
    superseded_at: Mapped[str | None] = mapped_column(String(40), default=None)
