"""The JSONL export contract of docs/design.md: one object per article, every field present."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from db import models as m

BATCH = 500


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def article_records(conn: Connection) -> Iterator[dict[str, Any]]:
    """Articles in file and page order, streamed in batches (flat memory on big databases)."""
    a, sf = m.Article.__table__, m.SourceFile.__table__
    ids = [r[0] for r in conn.execute(select(a.c.id).join(sf, sf.c.id == a.c.source_file_id)
                                      .order_by(sf.c.path, a.c.seq))]
    for i in range(0, len(ids), BATCH):
        yield from _batch(conn, ids[i : i + BATCH])


def _batch(conn: Connection, ids: list[int]) -> Iterator[dict[str, Any]]:
    a, sf = m.Article.__table__, m.SourceFile.__table__
    contributors: dict[int, list[dict]] = defaultdict(list)
    ac, person = m.ArticleContributor.__table__, m.Person.__table__
    for r in conn.execute(
        select(ac.c.article_id, person.c.name, ac.c.role).join(person, person.c.id == ac.c.person_id)
        .where(ac.c.article_id.in_(ids)).order_by(ac.c.article_id, ac.c.byline_id, ac.c.position, ac.c.id)
    ):
        contributors[r.article_id].append({"name": r.name, "role": r.role})
    places: dict[int, list[dict]] = defaultdict(list)
    seen: dict[int, set[int]] = defaultdict(set)
    pm, pl = m.PlaceMention.__table__, m.Place.__table__
    for r in conn.execute(
        select(pm.c.article_id, pl.c.id, pl.c.name, pl.c.level, pl.c.adcode, pl.c.county, pl.c.prefecture,
               pl.c.province)
        .join(pl, pl.c.id == pm.c.place_id).where(pm.c.article_id.in_(ids))
        .order_by(pm.c.article_id, pm.c.raw_start, pm.c.id)
    ):
        if r.id in seen[r.article_id]:
            continue
        seen[r.article_id].add(r.id)
        places[r.article_id].append({"name": r.name, "level": r.level, "adcode": r.adcode, "county": r.county,
                                     "prefecture": r.prefecture, "province": r.province})
    events: dict[int, list[dict]] = defaultdict(list)
    ev = m.Event.__table__
    county = aliased(m.Place)
    for r in conn.execute(
        select(ev, county.name.label("county_name"), county.prefecture.label("c_pref"), county.province.label("c_prov"),
               county.adcode.label("c_code"))
        .join(county, county.id == ev.c.county_id, isouter=True).where(ev.c.article_id.in_(ids))
        .order_by(ev.c.article_id, ev.c.id)
    ):
        events[r.article_id].append({
            "type": r.type, "kind": r.kind, "scope": r.scope, "scope_name": r.scope_name,
            "county": r.county_name, "prefecture": r.c_pref, "province": r.c_prov, "adcode": r.c_code,
            # a start whose year nothing gives stays null (no made-up year); its day is in month_day
            "start": _iso(r.start_date), "month_day": r.month_day,
            "start_time": r.start_time, "end": _iso(r.end_date),
            "announced": _iso(r.announced_date), "date_precision": r.date_precision, "date_text": r.date_text,
            "people": r.people, "count": r.count, "round": r.round, "sampling_points": r.sampling_points,
            "level": r.level, "evidence": r.evidence, "evidence_span": [r.evidence_raw_start, r.evidence_raw_end],
            "rule": r.rule, "confidence": r.confidence,
        })
    rows = conn.execute(
        select(a, sf.c.path, sf.c.url).join(sf, sf.c.id == a.c.source_file_id).where(a.c.id.in_(ids))
        .order_by(sf.c.path, a.c.seq)
    )
    for r in rows:
        yield {
            "source_file": r.path, "seq": r.seq, "headline": r.headline, "subheadline": r.subheadline,
            "published": _iso(r.published), "body": r.body, "raw_span": [r.raw_start, r.raw_end],
            "page_number": r.page_number, "bbox": [float(v) for v in r.bbox.split(",")] if r.bbox else None,
            "url": r.url,
            "contributors": contributors.get(r.id, []), "places": places.get(r.id, []), "events": events.get(r.id, []),
        }


def write_jsonl(conn: Connection, out: IO[str]) -> int:
    n = 0
    for record in article_records(conn):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n
