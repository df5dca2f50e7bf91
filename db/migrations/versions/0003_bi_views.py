"""BI-ready views: v_lockdowns, v_events, v_articles, v_county_day

Flat, named, documented views so that BI tools and SQL users need no joins. The SQL is
portable except for string aggregation: group_concat on SQLite (ordered through an
ordered sub-select, since SQLite before 3.44 has no ORDER BY inside aggregates) and
string_agg(… ORDER BY …) on PostgreSQL, which also gets COMMENT ON VIEW/COLUMN for
every view and column. The texts below are the ones docs/views.md explains.

Note for later migrations: SQLite rebuilds a table in batch mode by renaming, which
fails while a view refers to it; drop these views first and recreate them afterwards.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NAMES_SEP = "、"  # between person names
IDS_SEP = ","  # between article ids

# --- the views ---------------------------------------------------------------------------

V_LOCKDOWNS = """
CREATE VIEW v_lockdowns AS
SELECT COALESCE(c.province, p.province) AS province,
       COALESCE(c.prefecture, p.prefecture) AS prefecture,
       c.name AS county,
       c.adcode AS adcode,
       e.start_date AS start_date,
       e.start_time AS start_time,
       e.end_date AS end_date,
       e.scope AS scope,
       e.scope_name AS scope_name,
       a.headline AS headline,
       sf.path AS source_file,
       e.evidence AS evidence,
       e.kind AS kind,
       e.date_precision AS date_precision,
       e.not_after AS not_after,
       e.announced_date AS announced_date,
       a.published AS published,
       e.article_id AS article_id,
       e.id AS event_id
FROM event e
JOIN article a ON a.id = e.article_id
JOIN source_file sf ON sf.id = a.source_file_id
LEFT JOIN place c ON c.id = e.county_id
LEFT JOIN place p ON p.id = e.place_id
WHERE e.type = 'lockdown'
"""

V_EVENTS = """
CREATE VIEW v_events AS
SELECT e.id AS event_id,
       e.type AS type,
       e.kind AS kind,
       e.scope AS scope,
       e.scope_name AS scope_name,
       p.name AS place,
       p.level AS place_level,
       p.adcode AS place_adcode,
       c.name AS county,
       c.adcode AS county_adcode,
       COALESCE(c.prefecture, p.prefecture) AS prefecture,
       COALESCE(c.province, p.province) AS province,
       e.start_date AS start_date,
       e.start_time AS start_time,
       e.end_date AS end_date,
       e.announced_date AS announced_date,
       e.not_after AS not_after,
       e.date_precision AS date_precision,
       e.date_text AS date_text,
       e.people AS people,
       e.count AS count,
       e.round AS round,
       e.sampling_points AS sampling_points,
       e.level AS level,
       e.confidence AS confidence,
       e.evidence AS evidence,
       e.article_id AS article_id,
       a.headline AS headline,
       a.published AS published,
       sf.path AS source_file,
       sf.newspaper AS newspaper,
       e.extractor_version AS extractor_version
FROM event e
JOIN article a ON a.id = e.article_id
JOIN source_file sf ON sf.id = a.source_file_id
LEFT JOIN place c ON c.id = e.county_id
LEFT JOIN place p ON p.id = e.place_id
"""

_ROLE_COLUMNS = (("reporters", "reporter"), ("correspondents", "correspondent"),
                 ("photographers", "photographer"), ("editors", "editor"))


def _articles_sql(dialect: str) -> str:
    if dialect == "sqlite":
        aggs = ",\n".join(
            f"       group_concat(CASE WHEN role = '{role}' THEN name END, '{NAMES_SEP}') AS {col}"
            for col, role in _ROLE_COLUMNS)
        contributors = f"""
    SELECT article_id,
{aggs},
       COUNT(DISTINCT person_id) AS n_contributors
    FROM (SELECT ac.article_id, ac.role, ac.person_id, p.name
          FROM article_contributor ac JOIN person p ON p.id = ac.person_id
          ORDER BY ac.article_id, ac.byline_id NULLS LAST, ac.position, ac.id) o
    GROUP BY article_id"""
    else:
        aggs = ",\n".join(
            f"       string_agg(CASE WHEN ac.role = '{role}' THEN p.name END, '{NAMES_SEP}'"
            f" ORDER BY ac.byline_id NULLS LAST, ac.position, ac.id) AS {col}"
            for col, role in _ROLE_COLUMNS)
        contributors = f"""
    SELECT ac.article_id AS article_id,
{aggs},
       COUNT(DISTINCT ac.person_id) AS n_contributors
    FROM article_contributor ac JOIN person p ON p.id = ac.person_id
    GROUP BY ac.article_id"""
    return f"""
CREATE VIEW v_articles AS
SELECT a.id AS article_id,
       sf.path AS source_file,
       a.seq AS seq,
       sf.newspaper AS newspaper,
       sf.edition_date AS edition_date,
       sf.page AS page,
       a.published AS published,
       a.headline AS headline,
       a.subheadline AS subheadline,
       pc.name AS county,
       pc.adcode AS county_adcode,
       pc.prefecture AS prefecture,
       pc.province AS province,
       ct.reporters AS reporters,
       ct.correspondents AS correspondents,
       ct.photographers AS photographers,
       ct.editors AS editors,
       COALESCE(ct.n_contributors, 0) AS n_contributors,
       (SELECT COUNT(*) FROM event e WHERE e.article_id = a.id) AS n_events,
       LENGTH(a.body) AS body_chars,
       a.body AS body,
       a.extractor_version AS extractor_version
FROM article a
JOIN source_file sf ON sf.id = a.source_file_id
LEFT JOIN place pc ON pc.id = a.primary_county_id
LEFT JOIN ({contributors}
) ct ON ct.article_id = a.id
"""


_PANEL = (("c6", "lockdown"), ("c1", "school_closure"), ("h2", "mass_testing"))
_FLAG = {"c6": "c6_stay_at_home", "c1": "c1_school_closing", "h2": "h2_testing"}


def county_day_sql(dialect: str) -> str:
    flags = ",\n".join(f"       MAX(CASE WHEN type = '{t}' THEN 1 ELSE 0 END) AS {_FLAG[k]}" for k, t in _PANEL)
    if dialect == "sqlite":
        ids = ",\n".join(
            f"       group_concat(CASE WHEN type = '{t}' THEN CAST(article_id AS TEXT) END, '{IDS_SEP}') "
            f"AS {k}_article_ids"
            for k, t in _PANEL
        )
        source = ("(SELECT DISTINCT county_id, start_date AS day, type, article_id FROM event"
                  " WHERE county_id IS NOT NULL AND start_date IS NOT NULL"
                  " ORDER BY county_id, start_date, article_id)")
    else:
        ids = ",\n".join(
            f"       string_agg(CASE WHEN type = '{t}' THEN CAST(article_id AS TEXT) END, '{IDS_SEP}'"
            f" ORDER BY article_id) AS {k}_article_ids"
            for k, t in _PANEL)
        source = ("(SELECT DISTINCT county_id, start_date AS day, type, article_id FROM event"
                  " WHERE county_id IS NOT NULL AND start_date IS NOT NULL)")
    return f"""
CREATE VIEW v_county_day AS
SELECT c.province AS province,
       c.prefecture AS prefecture,
       c.name AS county,
       c.adcode AS adcode,
       g.day AS day,
       g.c6_stay_at_home AS c6_stay_at_home,
       g.c1_school_closing AS c1_school_closing,
       g.h2_testing AS h2_testing,
       g.c6_article_ids AS c6_article_ids,
       g.c1_article_ids AS c1_article_ids,
       g.h2_article_ids AS h2_article_ids,
       g.n_articles AS n_articles,
       g.county_id AS county_id
FROM (
    SELECT county_id, day,
{flags},
{ids},
       COUNT(DISTINCT article_id) AS n_articles
    FROM {source} d
    GROUP BY county_id, day
) g
JOIN place c ON c.id = g.county_id
"""


# --- documentation (COMMENT ON … on PostgreSQL; docs/views.md says the same) -----------------

_LOCKDOWN_COLS = {
    "province": "Province of the county (else of the event's place when no county is known).",
    "prefecture": "Prefecture of the county (else of the event's place).",
    "county": "County-level division the lockdown rolls up to (县, 区, 县级市); NULL when unknown.",
    "adcode": "6-digit GB/T 2260 code of the county.",
    "start_date": "First day of the lockdown; NULL when the text gives no date (see date_precision, not_after).",
    "start_time": "Start time HH:MM when the text gives one (11月7日8时起 gives 08:00).",
    "end_date": "Last day when the text gives one (解封, 至…), else NULL.",
    "scope": "Extent: county, town, community, campus, road or other.",
    "scope_name": "Name of the area locked down (平遥县, 龙保社区, 山西大学).",
    "headline": "Headline of the article reporting it (NULL when the page printed none).",
    "source_file": "Path of the page dump, relative to the folder given to etl load.",
    "evidence": "The sentence the event was read from.",
    "kind": "static_management, lockdown, closed_management or stay_at_home.",
    "date_precision": "exact (day known), approximate (within a few days: 连日来, 近日) or unknown.",
    "not_after": "Latest possible start date for an undated event (the article's or edition date).",
    "announced_date": "Date of the notice or the article that announced the measure.",
    "published": "Publication date of the article.",
    "article_id": "article.id of the reporting article.",
    "event_id": "event.id of this event.",
}

_EVENT_COLS = {
    "event_id": "event.id.",
    "type": "lockdown, mass_testing, case_report, school_closure, movement_restriction, supply_assurance, "
            "inspection or emergency_response.",
    "kind": "Sub-type within the type (static_management, confirmed, road_closure...).",
    "scope": "Extent of the measure: county, town, community, campus, road or other.",
    "scope_name": "Name of the area the event concerns.",
    "place": "Most specific place of the event (a county, town, community, campus, road...).",
    "place_level": "Level of that place: province, prefecture, county, town, community or sub.",
    "place_adcode": "GB/T 2260 code of that place (official places down to county level only).",
    "county": "County-level division the event rolls up to.",
    "county_adcode": "6-digit GB/T 2260 code of the county.",
    "prefecture": "Prefecture of the county (else of the place).",
    "province": "Province of the county (else of the place).",
    "start_date": "Start date; NULL when the text gives none.",
    "start_time": "Start time HH:MM when given.",
    "end_date": "End date when given.",
    "announced_date": "Date of the notice or the article that announced the event.",
    "not_after": "Latest possible date for an undated event.",
    "date_precision": "exact, approximate or unknown.",
    "date_text": "The date expression as written in the text.",
    "people": "People concerned (sampled, tested, ...) when a number is given.",
    "count": "Number of cases for case reports.",
    "round": "Round number of mass testing (第N轮).",
    "sampling_points": "Number of sampling points for mass testing.",
    "level": "Emergency response level 1..4.",
    "confidence": "Extractor confidence between 0 and 1.",
    "evidence": "The sentence the event was read from.",
    "article_id": "article.id of the reporting article.",
    "headline": "Headline of the reporting article.",
    "published": "Publication date of the reporting article.",
    "source_file": "Path of the page dump, relative to the folder loaded.",
    "newspaper": "Newspaper of the page (from the manifest).",
    "extractor_version": "Version of the extractor that produced the event.",
}

_ARTICLE_COLS = {
    "article_id": "article.id.",
    "source_file": "Path of the page dump, relative to the folder loaded.",
    "seq": "Order of the article on its page, from 1.",
    "newspaper": "Newspaper (from the manifest).",
    "edition_date": "Edition date of the page (from the manifest).",
    "page": "Page label (from the manifest).",
    "published": "Publication date of the article.",
    "headline": "Headline; NULL when the page printed none.",
    "subheadline": "Subheadline or kicker.",
    "county": "Main county the article is about.",
    "county_adcode": "6-digit GB/T 2260 code of that county.",
    "prefecture": "Prefecture of that county.",
    "province": "Province of that county.",
    "reporters": "Reporters (记者), in byline order, separated by 、.",
    "correspondents": "Correspondents (通讯员), in byline order, separated by 、.",
    "photographers": "Photographers (摄, 文/摄), in byline order, separated by 、.",
    "editors": "Editors, in byline order, separated by 、.",
    "n_contributors": "Number of distinct people credited.",
    "n_events": "Number of events extracted from the article.",
    "body_chars": "Length of the normalised body in characters.",
    "body": "Normalised body text.",
    "extractor_version": "Version of the extractor that produced the article.",
}

_COUNTY_DAY_COLS = {
    "province": "Province of the county.",
    "prefecture": "Prefecture of the county.",
    "county": "County-level division.",
    "adcode": "6-digit GB/T 2260 code of the county.",
    "day": "A day on which at least one event of the county starts, as reported.",
    "c6_stay_at_home": "1 when a lockdown (OxCGRT C6, stay at home) starts that day, else 0.",
    "c1_school_closing": "1 when a school closure (OxCGRT C1) starts that day, else 0.",
    "h2_testing": "1 when mass testing (OxCGRT H2) is reported for that day, else 0.",
    "c6_article_ids": "Ids of the articles supporting c6_stay_at_home, ascending, comma-separated.",
    "c1_article_ids": "Ids of the articles supporting c1_school_closing, ascending, comma-separated.",
    "h2_article_ids": "Ids of the articles supporting h2_testing, ascending, comma-separated.",
    "n_articles": "Number of articles reporting any event of the county for that day.",
    "county_id": "place.id of the county.",
}

VIEWS: dict[str, tuple[str, dict[str, str]]] = {
    "v_lockdowns": ("Lockdown events, one row each, with the columns of `etl query lockdowns` "
                    "(the CSV contract of docs/design.md) plus kind and date precision.", _LOCKDOWN_COLS),
    "v_events": ("Every extracted event, flattened with its place, county, codes, article and source file.",
                 _EVENT_COLS),
    "v_articles": ("Articles with their file metadata, main county and contributors aggregated by role.",
                   _ARTICLE_COLS),
    "v_county_day": ("County x day panel in OxCGRT terms: one row per county and day on which a dated event "
                     "starts, with C6/C1/H2 flags and the article ids that support them.", _COUNTY_DAY_COLS),
}


def quote_literal(text_: str) -> str:
    assert "%" not in text_ and "\\" not in text_  # passed to the driver without parameters
    return "'" + text_.replace("'", "''") + "'"


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    for sql in (V_LOCKDOWNS, V_EVENTS, _articles_sql(dialect), county_day_sql(dialect)):
        bind.exec_driver_sql(sql)
    if dialect == "postgresql":
        for view, (comment, cols) in VIEWS.items():
            bind.exec_driver_sql(f"COMMENT ON VIEW {view} IS {quote_literal(comment)}")
            for col, text_ in cols.items():
                bind.exec_driver_sql(f'COMMENT ON COLUMN {view}."{col}" IS {quote_literal(text_)}')


def downgrade() -> None:
    bind = op.get_bind()
    for view in reversed(VIEWS):
        bind.exec_driver_sql(f"DROP VIEW IF EXISTS {view}")
