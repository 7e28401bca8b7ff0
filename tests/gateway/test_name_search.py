"""Text searches on person names need at least three characters (after trimming)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.gateway.conftest import Api
from tests.gateway.data import ERRORS, PARTICIPANTS, TIMELINE
from tests.gateway.expect import Row, of_partner

NAMED_CUBES = {"viewers": PARTICIPANTS, "timeline": TIMELINE, "errors": ERRORS}


def _names(rows: list[Row], keep: Callable[[str], bool]) -> list[str]:
    return sorted({r["name"] for r in of_partner(rows, "A") if r.get("name") and keep(r["name"])})


@pytest.mark.parametrize("cube", NAMED_CUBES)
@pytest.mark.parametrize("operator", ["contains", "startsWith", "endsWith"])
@pytest.mark.parametrize("needle", ["Ad", " ce  ", ""])
def test_short_name_searches_are_refused(api: Api, cube: str, operator: str, needle: str) -> None:
    body = api.post(
        f'{{ {cube}(where: {{OR: [{{name: {{{operator}: "{needle}"}}}}]}}) {{ rows {{ name }} }} }}'
    )
    assert body["data"] is None
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "where"}
    assert f"`where.name.{operator}` needs at least 3 characters" in error["message"]


@pytest.mark.parametrize("cube", NAMED_CUBES)
def test_three_characters_search_case_insensitively(api: Api, cube: str) -> None:
    rows = NAMED_CUBES[cube]
    cases = {
        "contains": ("RAC", lambda name: "rac" in name.lower()),
        "startsWith": ("ADA", lambda name: name.lower().startswith("ada")),
        "endsWith": ("ace", lambda name: name.lower().endswith("ace")),
    }
    for operator, (needle, keep) in cases.items():
        found = api.rows(cube, "name", f'where: {{name: {{{operator}: "{needle}"}}}}')
        assert sorted(r["name"] for r in found) == _names(rows, keep), operator


def test_other_text_dimensions_take_short_searches(api: Api) -> None:
    found = api.rows("viewers", "company", 'where: {company: {contains: "ac"}}')
    assert sorted(r["company"] for r in found) == sorted(
        {
            r["company"]
            for r in of_partner(PARTICIPANTS, "A")
            if "ac" in (r.get("company") or "").lower()
        }
    )
    # Equality on a name is no search: any length is fine.
    assert api.rows("timeline", "name", 'where: {name: {eq: "Al"}}') == []


def test_the_catalog_tells_the_minimum(api: Api) -> None:
    catalog = api.data("{ catalog { name dimensions { name minSearchLength } } }")["catalog"]
    minimums = {
        (cube["name"], d["name"]): d["minSearchLength"]
        for cube in catalog
        for d in cube["dimensions"]
    }
    assert {key for key, minimum in minimums.items() if minimum} == {
        (cube, "name") for cube in NAMED_CUBES
    }
    assert {minimums[(cube, "name")] for cube in NAMED_CUBES} == {3}
