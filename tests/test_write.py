"""The writer's statements (etl.write) on both databases: rows in one statement per table on
PostgreSQL give the same ids, in the same order, as one insert per row; a bounded id cache."""
from __future__ import annotations

import pytest

from db.engine import get_engine, upgrade
from etl import write
from etl.write import MENTION_INSERT, KnownIds, Sql, insert_sql, upsert_people


def test_the_id_cache_starts_again_past_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write, "KNOWN_IDS_LIMIT", 3)
    known = KnownIds()
    known.merge(KnownIds(places={"a": 1, "b": 2}, people={("甲", "报"): 1}))
    known.merge(KnownIds(places={"c": 3}))
    assert known.places == {"a": 1, "b": 2, "c": 3}
    known.merge(KnownIds(places={"d": 4}))
    assert known.places == {"d": 4} and known.people == {("甲", "报"): 1}


def test_rows_of_one_statement_take_ids_in_row_order(db_url: str) -> None:
    engine = get_engine(db_url)
    upgrade(engine)
    names = ["丙记者", "甲记者", "乙记者", "丁记者"]
    with engine.begin() as conn:
        sql = Sql(conn)
        ids = sql.insert_ids("INSERT INTO person (name, newspaper) VALUES (?, ?)", [(n, "某报") for n in names])
        stored = dict(sql.rows("SELECT name, id FROM person"))
    assert ids == [stored[n] for n in names] and ids == sorted(ids)
    with engine.begin() as conn:  # looked up or inserted, the same ids; a new name takes the next one
        found = upsert_people(Sql(conn), [*names, "戊记者"], "某报")
    assert [found[n] for n in names] == ids and found["戊记者"] > max(ids)
    engine.dispose()


def test_a_float_column_takes_whole_numbers_and_fractions_together(db_url: str) -> None:
    """A confidence of 1 (an int) next to 0.5 in one multi-row insert (PostgreSQL arrays
    refuse mixed types unless the writer evens them out)."""
    engine = get_engine(db_url)
    upgrade(engine)
    with engine.begin() as conn:
        sql = Sql(conn)
        file_columns = ("path", "location_key", "size_bytes", "status", "date_precision")
        file_id = sql.insert_id(insert_sql("source_file", file_columns), ("a.txt", "0" * 64, 1, "loaded", "exact"))
        article_columns = ("source_file_id", "seq", "body", "raw_start", "raw_end", "content_hash", "extractor_version")
        article = sql.insert_id(insert_sql("article", article_columns), (file_id, 0, "正文", 0, 2, "h" * 64, "t"))
        place_columns = ("key", "name", "level", "official")
        place = sql.insert_id(insert_sql("place", place_columns), ("某县", "某县", "county", True))
        sql.many(MENTION_INSERT, [(article, place, "某县", 0, 2, 1, "r"), (article, place, "某县", 3, 5, 0.5, "r")])
        got = sql.rows("SELECT confidence FROM place_mention ORDER BY id")
    assert [r[0] for r in got] == [1.0, 0.5]
    engine.dispose()
