"""Text searches on person names: any length (the empty string too), case-insensitive,
LIKE's metacharacters taken literally; `minSearchLength` is a hint for search boxes only."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sessionlens.core.settings import Paths
from tests.gateway.conftest import MARTS, Api
from tests.gateway.expect import Row, of_partner
from tests.gateway.marts import publish_snapshot

# Each cube with a person name, and the mart it reads.
MART_OF_CUBE = {"viewers": "participants", "timeline": "timeline", "errors": "errors"}
OPERATORS: dict[str, Callable[[str, str], bool]] = {
    "contains": lambda name, needle: needle.lower() in name.lower(),
    "startsWith": lambda name, needle: name.lower().startswith(needle.lower()),
    "endsWith": lambda name, needle: name.lower().endswith(needle.lower()),
}
SHORT_NEEDLES = ("a", "A", "e", "Gr", "ce", "LO", "bo", " ", " t", "z")
# Names full of LIKE's wildcards and escape: read as a pattern, each needle below would
# match far more names than the ones holding it.
TRICKY_NAMES = ("50% Lee", "Jo_Ng", "O\\Brien", "Wu\\", "100%")
TRICKY_NEEDLES = ("%", "_", "\\", "0%", "o_n", "o\\b", "u\\", "%%", "_%", "\\%", "%_%")


def _search(api: Api, cube: str, operator: str, needle: str) -> list[str | None]:
    document = (
        f"query($needle: String) {{ {cube}(where: {{name: {{{operator}: $needle}}}}, "
        "limit: 10000) { rows { name } } }"
    )
    return sorted(row["name"] for row in api.data(document, {"needle": needle})[cube]["rows"])


def _expected(rows: Iterable[Row], operator: str, needle: str) -> list[str]:
    keep = OPERATORS[operator]
    return sorted(
        {n for r in of_partner(rows, "A") if (n := r.get("name")) is not None and keep(n, needle)}
    )


def test_one_and_two_letter_searches_match_ignoring_case(api: Api) -> None:
    narrowing = 0
    for cube, mart in MART_OF_CUBE.items():
        everyone = _expected(MARTS[mart], "contains", "")
        for operator in OPERATORS:
            for needle in SHORT_NEEDLES:
                expected = _expected(MARTS[mart], operator, needle)
                assert _search(api, cube, operator, needle) == expected, (cube, operator, needle)
                narrowing += 0 < len(expected) < len(everyone)
    # Not vacuous: many searches keep some names and drop others.
    assert narrowing >= 20


def test_an_empty_search_matches_every_non_null_name(api: Api) -> None:
    for cube, mart in MART_OF_CUBE.items():
        names = [row.get("name") for row in of_partner(MARTS[mart], "A")]
        # The data has rows without a name, which an empty search must not keep.
        assert None in names, cube
        non_null = sorted({n for n in names if n is not None})
        for operator in OPERATORS:
            assert _search(api, cube, operator, "") == non_null, (cube, operator)


def _with_tricky_names(rows: list[Row]) -> list[Row]:
    """`rows` and, for each tricky name, a copy of partner A's first row under a new user."""
    template = of_partner(rows, "A")[0]
    added = []
    for number, name in enumerate(TRICKY_NAMES):
        row = {**template, "user_id": f"tricky-{number}", "name": name}
        if "event_id" in row:  # one errors row per event
            row["event_id"] = f"tricky-{number}"
        added.append(row)
    return [*rows, *added]


def test_like_metacharacters_are_matched_literally(api: Api, published: Paths) -> None:
    tricky = {mart: _with_tricky_names(MARTS[mart]) for mart in MART_OF_CUBE.values()}
    publish_snapshot(published, "snap-tricky", {**MARTS, **tricky})
    for cube, mart in MART_OF_CUBE.items():
        for operator in OPERATORS:
            for needle in TRICKY_NEEDLES:
                expected = _expected(tricky[mart], operator, needle)
                assert _search(api, cube, operator, needle) == expected, (cube, operator, needle)
        # Spot checks of what a LIKE pattern would get wrong.
        assert _search(api, cube, "contains", "%") == ["100%", "50% Lee"]
        assert _search(api, cube, "contains", "_") == ["Jo_Ng"]
        assert _search(api, cube, "startsWith", "o\\b") == ["O\\Brien"]
        assert _search(api, cube, "endsWith", "\\") == ["Wu\\"]
        assert _search(api, cube, "startsWith", "_") == []


def test_the_catalog_gives_the_minimum_as_a_hint(api: Api) -> None:
    catalog = api.data("{ catalog { name dimensions { name minSearchLength } } }")["catalog"]
    minimums = {
        (cube["name"], d["name"]): d["minSearchLength"]
        for cube in catalog
        for d in cube["dimensions"]
    }
    assert {key for key, minimum in minimums.items() if minimum} == {
        (cube, "name") for cube in MART_OF_CUBE
    }
    assert {minimums[(cube, "name")] for cube in MART_OF_CUBE} == {3}
    hint = api.data('{ __type(name: "CatalogDimension") { fields { name description } } }')[
        "__type"
    ]["fields"]
    (described,) = [f["description"] for f in hint if f["name"] == "minSearchLength"]
    assert "hint" in described and "Not enforced" in described
    where = api.data('{ __type(name: "ViewersWhere") { inputFields { name description } } }')
    (name,) = [f for f in where["__type"]["inputFields"] if f["name"] == "name"]
    assert "wait for 3 characters" in name["description"]
    assert "a hint: any length works" in name["description"]
