"""One- and two-letter name searches over HTTP, in every cube with a person name, against a
Python filter of the oracle's facts (README "Query language": text search of any length)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from gateway.catalog import CATALOG
from tests.cube_checks import CubeQuery, check, oracle_of
from tests.deployment import Deployment

# Each cube with a person name, and metrics to check on the groups a search keeps.
NAMED_CUBES = {
    "viewers": ("uniqueViewers", "minutesViewed"),
    "timeline": ("liveUniqueViewers", "reactions"),
    "errors": ("errors", "affectedParticipants"),
}
MATCH: dict[str, Callable[[str, str], bool]] = {
    "contains": lambda name, needle: needle in name,
    "startsWith": str.startswith,
    "endsWith": str.endswith,
}
# One and two letters, mixed case, an accented capital ("Ó" finds "Wójcik"), a space and
# the empty string (every non-null name).
NEEDLES = {
    "startsWith": ("a", "M", "so", "LO", "j"),
    "contains": ("e", "Ó", "an", "Li", " ", ""),
    "endsWith": ("a", "S", "ta", "ik", "TO"),
}
SEARCHES = [(operator, needle) for operator, needles in NEEDLES.items() for needle in needles]


def name_filter(operator: str, needle: str) -> Callable[[dict], bool]:
    """The search as plain Python: case-insensitive, and a null name never matches."""
    match = MATCH[operator]
    return lambda dims: dims["name"] is not None and match(dims["name"].lower(), needle.lower())


def test_every_cube_with_a_person_name_is_covered() -> None:
    """Person names are the `name`s with a search-box hint (appEvents' `name` is an event's)."""
    assert {
        c.name
        for c in CATALOG
        if any(d.name == "name" and d.min_search_length for d in c.dimensions)
    } == set(NAMED_CUBES)


@pytest.mark.parametrize("cube", NAMED_CUBES)
def test_the_data_exercises_the_searches(deployment: Deployment, cube: str) -> None:
    """Guard: most searches keep some of the cube's rows and drop others, so the checks
    below compare real selections, not everything or nothing."""
    facts = [f for p in deployment.keys for f in oracle_of(deployment, p).cube(cube).facts]
    narrowing = [
        (operator, needle)
        for operator, needle in SEARCHES
        if 0 < sum(map(name_filter(operator, needle), (f.dims for f in facts))) < len(facts)
    ]
    assert len(narrowing) >= len(SEARCHES) - 4, narrowing


@pytest.mark.parametrize("cube", NAMED_CUBES)
@pytest.mark.parametrize(("operator", "needle"), SEARCHES, ids=[f"{o}-{n!r}" for o, n in SEARCHES])
def test_short_name_searches_match_the_python_filter(
    deployment: Deployment, cube: str, operator: str, needle: str
) -> None:
    keep = name_filter(operator, needle)
    query = CubeQuery(
        cube,
        ("userId", "name"),
        NAMED_CUBES[cube],
        where=f"{{ name: {{ {operator}: {json.dumps(needle)} }} }}",
        keep=keep,
    )
    for partner in sorted(deployment.keys):
        if query.expected(oracle_of(deployment, partner)).facts:
            check(deployment, partner, query)
        else:
            # Nothing of this partner's matches: the answer is empty, not an error.
            answer = deployment.query(partner, query.document())[cube]
            assert answer["rows"] == [] and answer["rowCount"] == 0, answer
