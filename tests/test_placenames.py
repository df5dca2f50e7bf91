"""Places users can name (etl/placename.py): names, short names, paths, codes; ambiguous and unknown names.

The sample database (test_query.fill_sample) gets two more prefectures with a county each
called 城关区, so that a bare 城关区 is ambiguous; every case runs through the API and the
CLI on SQLite and PostgreSQL.
"""
from __future__ import annotations

import json

import pytest
from conftest import run_etl  # type: ignore[import-not-found]
from sqlalchemy import insert
from test_query import fill_sample  # type: ignore[import-not-found]

from db import models as m
from db.engine import get_engine
from etl import query
from etl.placename import PlaceError, resolve, short_forms

_MORE = [  # key, name, level, adcode, province, prefecture, county
    ("西藏自治区", "西藏自治区", "province", "540000", "西藏自治区", None, None),
    ("西藏自治区/拉萨市", "拉萨市", "prefecture", "540100", "西藏自治区", "拉萨市", None),
    ("西藏自治区/拉萨市/城关区", "城关区", "county", "540102", "西藏自治区", "拉萨市", "城关区"),
    ("甘肃省", "甘肃省", "province", "620000", "甘肃省", None, None),
    ("甘肃省/兰州市", "兰州市", "prefecture", "620100", "甘肃省", "兰州市", None),
    ("甘肃省/兰州市/城关区", "城关区", "county", "620102", "甘肃省", "兰州市", "城关区"),
]


@pytest.fixture
def places_db(db_url: str) -> str:
    fill_sample(db_url)
    with get_engine(db_url).begin() as conn:
        ids: dict[str, int] = {}
        for key, name, level, code, prov, pref, county in _MORE:
            parent = ids.get(key.rsplit("/", 1)[0]) if "/" in key else None
            ids[key] = conn.execute(insert(m.Place.__table__).values(
                key=key, name=name, level=level, adcode=code, official=True, parent_id=parent, province=prov,
                prefecture=pref, county=county, county_adcode=code if level == "county" else None)
                .returning(m.Place.__table__.c.id)).scalar_one()
    return db_url


def test_short_forms() -> None:
    assert short_forms("平遥县") == {"平遥县", "平遥"}
    assert short_forms("广西壮族自治区") == {"广西壮族自治区", "广西"}
    assert short_forms("新疆维吾尔自治区") == {"新疆维吾尔自治区", "新疆"}
    assert short_forms("龙保社区") == {"龙保社区", "龙保"}
    assert short_forms("山西大学") == {"山西大学"}


def test_every_way_of_naming(places_db: str) -> None:
    with get_engine(places_db).connect() as conn:
        for text in ("平遥县", "平遥", "山西省平遥县", "山西平遥县", "晋中市平遥县", "山西省晋中市平遥县", "140728"):
            ref = resolve(conn, text, ("county",))
            assert (ref.name, ref.adcode) == ("平遥县", "140728"), text
        assert resolve(conn, "拉萨市城关区", ("county",)).adcode == "540102"
        assert resolve(conn, "兰州城关区", ("county",)).adcode == "620102"
        assert resolve(conn, "620102").key == "甘肃省/兰州市/城关区"
        assert resolve(conn, "山西", ("province",)).name == "山西省"
        assert resolve(conn, "西藏", ("province",)).adcode == "540000"
        assert resolve(conn, "山西大学").level == "sub"


def test_ambiguous_and_unknown_names(places_db: str) -> None:
    with get_engine(places_db).connect() as conn:
        with pytest.raises(PlaceError) as amb:
            resolve(conn, "城关区", ("county",), option="--county")
        msg = str(amb.value)
        assert "ambiguous" in msg and "540102" in msg and "620102" in msg and "\n" not in msg
        with pytest.raises(PlaceError) as unk:
            resolve(conn, "平摇县", ("county",), option="--county")
        assert "平遥县" in str(unk.value) and "140728" in str(unk.value)
        with pytest.raises(PlaceError, match="not in"):
            query.lockdowns(conn, province="甘肃", county="平遥")


def test_filters_accept_every_form(places_db: str) -> None:
    with get_engine(places_db).connect() as conn:
        full = query.lockdowns(conn, county="平遥县")
        assert full and all(r.adcode == "140728" for r in full)
        for form in ("平遥", "140728", "山西省平遥县"):
            assert query.lockdowns(conn, county=form) == full
        assert len(query.lockdowns(conn, province="山西")) == len(query.lockdowns(conn, province="140000")) == 5
        assert {e.county for e in query.events(conn, prefecture="晋中")} == {"平遥县", "灵石县", None}
        assert query.timeline(conn, "拉萨市城关区") == []  # known, nothing reported


def test_cli_place_errors_are_one_line(places_db: str) -> None:
    r = run_etl("query", "timeline", "城关区", "--db", places_db)
    assert r.returncode == 2 and r.stdout == ""
    line = r.stderr.strip()
    assert "\n" not in line and "540102" in line and "620102" in line and "拉萨市" in line
    r = run_etl("query", "lockdowns", "--county", "平摇县", "--db", places_db)
    assert r.returncode == 2 and "平遥县" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run_etl("query", "lockdowns", "--county", "平遥", "--db", places_db, "-f", "json")
    assert r.returncode == 0 and {d["adcode"] for d in json.loads(r.stdout)} == {"140728"}
    r = run_etl("query", "events", "--county", "140105", "--db", places_db, "-f", "json")
    assert r.returncode == 0 and {(d["county"], d["province"]) for d in json.loads(r.stdout)} == {("小店区", "山西省")}
    r = run_etl("query", "timeline", "山西省平遥县", "--db", places_db, "-f", "json")
    assert r.returncode == 0 and {(d["adcode"], d["province"]) for d in json.loads(r.stdout)} == {("140728", "山西省")}
