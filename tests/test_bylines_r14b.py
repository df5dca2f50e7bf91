"""Byline mechanisms of the fourteenth round's second pass, in invented wording (made-up
people; real place names only where the gazetteer must know them): each test fails on main
08cd0c6."""
from __future__ import annotations

from etl.extract.bylines import standalone_byline


def _people(text: str) -> list[tuple[str, str]] | None:
    p = standalone_byline(text)
    return None if p is None else [(c.name, c.role) for c in p.contributors]


def test_an_account_named_after_its_place_is_no_person() -> None:
    """Reposts credit a local government account like a person: among a reporter's names
    (记者 甲 某地观察 乙) or as a picture's source (图片：某地发布). A piece opening with a city's
    or county's name and going on is that account, not a writer or photographer."""
    assert _people("通化日报记者 柯望川 通化观察 岳青") == [("柯望川", "reporter"), ("岳青", "reporter")]
    assert _people("（图片：安宁发布）") is None
    assert _people("记者 柯望川 岳青") == [("柯望川", "reporter"), ("岳青", "reporter")]
