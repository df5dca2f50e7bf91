"""The relational schema (SQLAlchemy 2.x typed ORM), portable between SQLite and PostgreSQL.

Alembic migrations in ``db/migrations/`` own the schema; these models are what they create,
and a test asserts that autogenerate finds no difference between the two.
Constraints are named (``NAMING``) so that SQLite batch migrations can address them.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    if TYPE_CHECKING:
        # every model here maps one declared Table (SQLAlchemy types it as any FromClause)
        __table__: ClassVar[Table]


class SourceFile(Base):
    """One input file: its identity (where it is), its content hash, how it was decoded and
    what the manifest said.

    A file is identified by its absolute path (``location_key``, the sha256 of the path's
    bytes, so that any length and any byte fits a unique index); two files with the same
    name in two folders, or the same content at two paths, are two sources.
    """

    __tablename__ = "source_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)  # relative to the folder loaded (the file name for a single file)
    location: Mapped[str | None] = mapped_column(Text)  # absolute path as loaded (NULL: loaded before revision 0004)
    location_key: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the absolute path's bytes
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)  # of the content; NULL when never read
    size_bytes: Mapped[int] = mapped_column(Integer)
    encoding: Mapped[str | None] = mapped_column(String(32))
    newspaper: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(100))
    edition_date: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(16), default="unknown")
    page: Mapped[str | None] = mapped_column(String(50))
    url: Mapped[str | None] = mapped_column(String(2048))  # a web page's canonical URL
    status: Mapped[str] = mapped_column(String(16))  # loaded | failed
    error: Mapped[str | None] = mapped_column(Text)
    raw_text: Mapped[str | None] = mapped_column(Text)  # decoded text, for `etl reprocess`
    layout: Mapped[str | None] = mapped_column(Text)  # PDF/web page structure (JSON), for `etl reprocess`
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    loaded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    articles: Mapped[list[Article]] = relationship(
        back_populates="source_file", cascade="all, delete-orphan", passive_deletes=True
    )


class Article(Base):
    __tablename__ = "article"
    __table_args__ = (UniqueConstraint("source_file_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_file_id: Mapped[int] = mapped_column(ForeignKey("source_file.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)  # order on the page, 1-based
    headline: Mapped[str | None] = mapped_column(Text)
    subheadline: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    raw_start: Mapped[int] = mapped_column(Integer)
    raw_end: Mapped[int] = mapped_column(Integer)
    page_number: Mapped[int | None] = mapped_column(Integer)  # PDF page the article is printed on
    bbox: Mapped[str | None] = mapped_column(String(80))  # "x0,top,x1,bottom" in points on that page
    published: Mapped[date | None] = mapped_column(Date, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    primary_county_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    extractor_version: Mapped[str] = mapped_column(String(32))

    source_file: Mapped[SourceFile] = relationship(back_populates="articles")


class ArticleOccurrence(Base):
    """Every place an article is printed: (file, position on the page, content hash).

    An article printed in several files is stored once (``article``) under its first
    occurrence in (location, seq) order; the occurrences remember the others, so that
    removing or changing one file re-homes the article instead of losing it.
    """

    __tablename__ = "article_occurrence"
    __table_args__ = (UniqueConstraint("source_file_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_file_id: Mapped[int] = mapped_column(ForeignKey("source_file.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)


class Person(Base):
    """A contributor; the same name at the same newspaper is one person ('' when unknown)."""

    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("name", "newspaper"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    newspaper: Mapped[str] = mapped_column(String(200), default="")


class Byline(Base):
    """A byline as printed, with its raw offsets."""

    __tablename__ = "byline"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    raw_start: Mapped[int] = mapped_column(Integer)
    raw_end: Mapped[int] = mapped_column(Integer)


class ArticleContributor(Base):
    __tablename__ = "article_contributor"
    __table_args__ = (UniqueConstraint("article_id", "person_id", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    byline_id: Mapped[int | None] = mapped_column(ForeignKey("byline.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order in the byline, 1-based


class Place(Base):
    """A node of the official hierarchy, or a named place below it (official = false).

    ``key`` is the path of names from the province down, unique; the names and code of
    the province, prefecture and county are repeated on every row so that roll-ups need
    no recursive query.
    """

    __tablename__ = "place"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(400), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    level: Mapped[str] = mapped_column(String(16), index=True)
    adcode: Mapped[str | None] = mapped_column(String(12), index=True)
    official: Mapped[bool] = mapped_column(Boolean, default=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    province: Mapped[str | None] = mapped_column(String(50))
    prefecture: Mapped[str | None] = mapped_column(String(50))
    county: Mapped[str | None] = mapped_column(String(50), index=True)
    county_adcode: Mapped[str | None] = mapped_column(String(12))


class PlaceMention(Base):
    __tablename__ = "place_mention"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    surface: Mapped[str] = mapped_column(String(200))
    raw_start: Mapped[int] = mapped_column(Integer)
    raw_end: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    rule: Mapped[str] = mapped_column(String(40))


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_type_start", "type", "start_date"),
        Index("ix_event_county_type", "county_id", "type"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str | None] = mapped_column(String(40))
    scope: Mapped[str | None] = mapped_column(String(16))
    scope_name: Mapped[str | None] = mapped_column(String(200))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    county_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"))
    start_date: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_date: Mapped[date | None] = mapped_column(Date)
    announced_date: Mapped[date | None] = mapped_column(Date)
    not_after: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(16))
    date_text: Mapped[str | None] = mapped_column(String(200))
    people: Mapped[int | None] = mapped_column(Integer)
    count: Mapped[int | None] = mapped_column(Integer)
    round: Mapped[int | None] = mapped_column(Integer)
    sampling_points: Mapped[int | None] = mapped_column(Integer)
    level: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text)
    evidence_raw_start: Mapped[int] = mapped_column(Integer)
    evidence_raw_end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(80))
    confidence: Mapped[float] = mapped_column(Float)
    extractor_version: Mapped[str] = mapped_column(String(32))
    # "MM-DD" of a start whose year neither the text nor its edition gives (start_date is then NULL)
    month_day: Mapped[str | None] = mapped_column(String(5))


# Full-text tables are dialect-specific (FTS5 on SQLite, tsvector on PostgreSQL) and are
# created in raw SQL by migration 0002, so model/migration comparisons leave them out.
FULL_TEXT_TABLES = ("article_fts", "article_search")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic filter: everything except the full-text tables (and FTS5 shadow tables)."""
    return not (type_ == "table" and name and name.startswith(FULL_TEXT_TABLES))


class CountyDay(Base):
    """The county x day panel (etl/panel.py writes it; the view v_county_day names it).

    Derived data: rebuilt from the events after every load and reprocess, so that the
    same rows come out of SQLite and PostgreSQL.
    """

    __tablename__ = "county_day"

    county_id: Mapped[int] = mapped_column(ForeignKey("place.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    c6: Mapped[int] = mapped_column(Integer)
    c6_general: Mapped[int] = mapped_column(Integer)
    c6_assumed_end: Mapped[int] = mapped_column(Integer)
    c6_undated: Mapped[int] = mapped_column(Integer)
    c6_event_ids: Mapped[str | None] = mapped_column(Text)
    c1: Mapped[int] = mapped_column(Integer)
    c1_general: Mapped[int] = mapped_column(Integer)
    c1_assumed_end: Mapped[int] = mapped_column(Integer)
    c1_event_ids: Mapped[str | None] = mapped_column(Text)
    h2: Mapped[int] = mapped_column(Integer)
    h2_general: Mapped[int] = mapped_column(Integer)
    h2_event_ids: Mapped[str | None] = mapped_column(Text)
