"""Helper the case tests share: the county case rows a whole page gives, read as a load reads
it (shipped gazetteer, the page's edition date)."""
from __future__ import annotations

from datetime import date

from etl.extract.context import shared
from etl.extract.model import PageMeta
from etl.pipeline import extract_page


def county_cases(text: str, edition: date) -> set[tuple[str | None, date | None]]:
    """(county, day) of every case row with a county."""
    facts = extract_page(text, PageMeta(edition_date=edition, date_precision="exact"), shared())
    return {(e.county.name, e.start) for f in facts for e in f.events
            if e.type == "case_report" and e.county is not None}
