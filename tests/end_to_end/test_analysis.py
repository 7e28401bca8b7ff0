"""`compare`, `fill` and `window` over HTTP against the oracle (SPEC 4.5), on generated
data that spans the Europe/Berlin DST change (2026-03-29) and the end of March, computed
in plain Python from the generated events."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests import oracle
from tests.cube_checks import close, from_api
from tests.deployment import Deployment, deploy
from tests.oracle.cube import truncate
from tests.oracle.periods import bucket_end, buckets, moved

BERLIN = "Europe/Berlin"
METRICS = ("uniqueViewers", "minutesViewed", "avgMinutesViewed", "reactingViewersRate")
# Filled buckets: counts and sums 0, averages and rates null.
EMPTY = {
    "uniqueViewers": 0,
    "minutesViewed": 0,
    "avgMinutesViewed": None,
    "reactingViewersRate": None,
}
# Totals over no rows: counts 0, sums and the rest null.
EMPTY_TOTALS = {"uniqueViewers": 0, "minutesViewed": None}
Facts = Sequence[Any]


@pytest.fixture(scope="module")
def spanning(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    """6 days up to 2026-04-01 12:00 UTC: the DST day and the end of March."""
    home: Path = tmp_path_factory.mktemp("analysis")
    with deploy(home, end=datetime(2026, 4, 1, 12, tzinfo=UTC), days=6) as running:
        yield running


@pytest.fixture(scope="module")
def oracles(spanning: Deployment) -> dict[str, oracle.PartnerOracle]:
    return oracle.by_partner(spanning.events)


def _utc(text: str, timezone: str) -> datetime:
    """A `where` bound as the gateway reads it: without an offset, in the query's zone."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(timezone))
    return moment.astimezone(UTC).replace(tzinfo=None)


def _grouped(
    facts: Facts, key: Callable[[Any], tuple], measure: Callable[[Facts], dict]
) -> dict[tuple, dict[str, Any]]:
    members: dict[tuple, list[Any]] = defaultdict(list)
    for fact in facts:
        members[key(fact)].append(fact)
    return {group: measure(rows) for group, rows in members.items()}


def _change(current: Any, previous: Any) -> float | None:
    if current is None or previous is None or previous == 0:
        return None
    return (current - previous) / previous


def _same(actual: Any, expected: Any) -> bool:
    if expected is None or actual is None:
        return actual is expected
    return close(actual, float(expected)) if isinstance(expected, float) else actual == expected


def _assert_values(where: object, actual: dict[str, Any], expected: dict[str, Any]) -> None:
    wrong = {
        name: (actual[name], value)
        for name, value in expected.items()
        if not _same(actual[name], value)
    }
    assert not wrong, f"{where}: (actual, expected) {wrong}"


def _ask(deployment: Deployment, partner: str, arguments: str, rows: str, totals: str = "") -> dict:
    document = (
        f"{{ viewers(limit: 10000, {arguments}) {{ rows {{ {rows} }} "
        f"{f'totals {{ {totals} }}' if totals else ''} rowCount }} }}"
    )
    return deployment.query(partner, document)["viewers"]


def _partners(oracles: dict[str, oracle.PartnerOracle]) -> list[str]:
    return sorted(oracles)


# -- compare ---------------------------------------------------------------------------


def _check_compare(
    deployment: Deployment,
    oracles: dict[str, oracle.PartnerOracle],
    arguments: str,
    current: Callable[[datetime], bool],
    previous: Callable[[datetime], bool],
    forward: Callable[[datetime], datetime],
    grain: str,
    timezone: str,
) -> int:
    """Rows by (day bucket, platform) and totals, with previous and change; the number of
    rows that had a previous group (so the test is not vacuous)."""
    metric_list = " ".join(METRICS)
    selection = (
        f"sessionStart(grain: {grain}) platform {metric_list} "
        f"previous {{ id {metric_list} }} change {{ {metric_list} }}"
    )
    totals = f"{metric_list} previous {{ {metric_list} }} change {{ {metric_list} }}"
    paired = 0
    for partner in _partners(oracles):
        cube = oracles[partner].cube("viewers")
        now = [f for f in cube.facts if current(f.dims["sessionStart"])]
        before = [f for f in cube.facts if previous(f.dims["sessionStart"])]

        def key(fact: Any, shift: Callable[[datetime], datetime]) -> tuple:
            start = shift(fact.dims["sessionStart"])
            return (truncate(start, grain, timezone), fact.dims["platform"])

        expected_now = _grouped(now, lambda f: key(f, lambda t: t), cube.measure)
        expected_before = _grouped(before, lambda f: key(f, forward), cube.measure)
        answer = _ask(deployment, partner, arguments, selection, totals)
        assert answer["rowCount"] == len(expected_now) == len(answer["rows"])
        for row in answer["rows"]:
            group = (from_api("sessionStart", row["sessionStart"]), row["platform"])
            _assert_values(group, row, {m: expected_now[group][m] for m in METRICS})
            earlier = expected_before.get(group, dict.fromkeys(METRICS))
            paired += group in expected_before
            _assert_values((group, "previous"), row["previous"], {m: earlier[m] for m in METRICS})
            _assert_values(
                (group, "change"),
                row["change"],
                {m: _change(expected_now[group][m], earlier[m]) for m in METRICS},
            )
        whole_now, whole_before = (
            {**cube.measure(facts), **({} if facts else EMPTY_TOTALS)} for facts in (now, before)
        )
        _assert_values("totals", answer["totals"], {m: whole_now[m] for m in METRICS})
        _assert_values(
            "totals.previous", answer["totals"]["previous"], {m: whole_before[m] for m in METRICS}
        )
        _assert_values(
            "totals.change",
            answer["totals"]["change"],
            {m: _change(whole_now[m], whole_before[m]) for m in METRICS},
        )
    return paired


def test_previous_period_across_the_dst_day(
    spanning: Deployment, oracles: dict[str, oracle.PartnerOracle]
) -> None:
    """[03-29, 04-01) in Berlin is 3 days less the hour the DST change skips: the previous
    period is that long, and a row at t pairs with the bucket holding t + that length."""
    low, high = _utc("2026-03-29T00:00:00", BERLIN), _utc("2026-04-01T00:00:00", BERLIN)
    length = high - low
    assert length == timedelta(days=3, hours=-1)
    paired = _check_compare(
        spanning,
        oracles,
        f'timezone: "{BERLIN}", compare: {{ previousPeriod: true }}, where: {{ sessionStart: '
        '{ gte: "2026-03-29T00:00:00", lt: "2026-04-01T00:00:00" } }',
        lambda t: low <= t < high,
        lambda t: low - length <= t < high - length,
        lambda t: t + length,
        "DAY",
        BERLIN,
    )
    assert paired > 0


def test_offset_keeps_exclusive_bounds_exclusive(
    spanning: Deployment, oracles: dict[str, oracle.PartnerOracle]
) -> None:
    """(03-30 15:00, 04-01 12:00] two days back is (03-28 15:00, 03-30 12:00]."""
    low, high = datetime(2026, 3, 30, 15), datetime(2026, 4, 1, 12)
    shift = timedelta(days=2)
    paired = _check_compare(
        spanning,
        oracles,
        "compare: { offset: { amount: 2, unit: DAY } }, where: { sessionStart: "
        '{ gt: "2026-03-30T15:00:00Z", lte: "2026-04-01T12:00:00Z" } }',
        lambda t: low < t <= high,
        lambda t: low - shift < t <= high - shift,
        lambda t: moved(t, 2, "DAY", "UTC"),
        "DAY",
        "UTC",
    )
    assert paired > 0


def test_in_last_compares_with_the_window_before_it(
    spanning: Deployment, oracles: dict[str, oracle.PartnerOracle]
) -> None:
    """`inLast` keeps [asOf - L, asOf] (both ends in), its previous period [asOf - 2L, asOf - L]."""
    as_of = datetime(2026, 4, 1, 12)
    length = timedelta(days=3)
    paired = _check_compare(
        spanning,
        oracles,
        'asOf: "2026-04-01T12:00:00Z", compare: { previousPeriod: true }, '
        "where: { sessionStart: { inLast: { amount: 3, unit: DAY } } }",
        lambda t: as_of - length <= t <= as_of,
        lambda t: as_of - 2 * length <= t <= as_of - length,
        lambda t: t + length,
        "DAY",
        "UTC",
    )
    assert paired > 0


# -- fill ------------------------------------------------------------------------------


def test_fill_gives_every_hour_of_the_dst_day_for_every_platform(
    spanning: Deployment, oracles: dict[str, oracle.PartnerOracle]
) -> None:
    """The 2026-03-29 Berlin day has 23 hours: 23 buckets per platform in the result."""
    low, high = _utc("2026-03-29T00:00:00", BERLIN), _utc("2026-03-30T00:00:00", BERLIN)
    hours = list(buckets(low, high - timedelta(microseconds=1), "HOUR", BERLIN))
    hours = [h for h in hours if h < high]
    assert len(hours) == 23
    filled_somewhere = False
    for partner in _partners(oracles):
        cube = oracles[partner].cube("viewers")
        facts = [f for f in cube.facts if low <= f.dims["sessionStart"] < high]
        found = _grouped(
            facts,
            lambda f: (truncate(f.dims["sessionStart"], "HOUR", BERLIN), f.dims["platform"]),
            cube.measure,
        )
        platforms = sorted({platform for _, platform in found}, key=lambda p: (p is None, p))
        expected = {
            (hour, platform): found.get((hour, platform), EMPTY)
            for platform in platforms
            for hour in hours
        }
        answer = _ask(
            spanning,
            partner,
            f'timezone: "{BERLIN}", where: {{ sessionStart: '
            '{ gte: "2026-03-29T00:00:00", lt: "2026-03-30T00:00:00" } }',
            f"sessionStart(grain: HOUR, fill: true) platform {' '.join(METRICS)}",
        )
        assert answer["rowCount"] == len(expected) == len(answer["rows"])
        for row in answer["rows"]:
            group = (from_api("sessionStart", row["sessionStart"]), row["platform"])
            _assert_values(group, row, {m: expected[group][m] for m in METRICS})
        filled_somewhere |= len(found) < len(expected)
    assert filled_somewhere


def test_fill_without_bounds_runs_from_the_first_to_the_last_bucket(
    spanning: Deployment, oracles: dict[str, oracle.PartnerOracle]
) -> None:
    for partner in _partners(oracles):
        cube = oracles[partner].cube("viewers")
        found = _grouped(
            cube.facts,
            lambda f: (truncate(f.dims["sessionStart"], "DAY", BERLIN),),
            cube.measure,
        )
        days = list(buckets(min(found)[0], max(found)[0], "DAY", BERLIN))
        answer = _ask(
            spanning,
            partner,
            f'timezone: "{BERLIN}"',
            f"sessionStart(grain: DAY, fill: true) {' '.join(METRICS)}",
        )
        assert [from_api("sessionStart", r["sessionStart"]) for r in answer["rows"]] == days
        for row in answer["rows"]:
            day = from_api("sessionStart", row["sessionStart"])
            _assert_values(day, row, {m: found.get((day,), EMPTY)[m] for m in METRICS})


# -- window ----------------------------------------------------------------------------


def _window_members(
    facts: Facts, bucket: datetime, grain: str, timezone: str, trailing: tuple | None
) -> list[Any]:
    """The rows a windowed metric of `bucket` covers: cumulative, [window start, end of
    the bucket); trailing, [end of the bucket - span, end of the bucket)."""
    end = bucket_end(bucket, grain, timezone)
    if trailing is None:
        return [f for f in facts if f.dims["sessionStart"] < end]
    start = moved(end, -trailing[0], trailing[1], timezone)
    return [f for f in facts if start <= f.dims["sessionStart"] < end]


@pytest.mark.parametrize(
    ("timezone", "grain", "trailing"),
    [
        (BERLIN, "DAY", (2, "DAY")),
        ("UTC", "DAY", (1, "MONTH")),
        (BERLIN, "WEEK", (10, "DAY")),
        (BERLIN, "MONTH", (1, "MONTH")),
    ],
    ids=["berlin-days", "utc-month-trailing", "berlin-weeks", "berlin-months"],
)
def test_cumulative_and_trailing_metrics_come_from_the_rows(
    spanning: Deployment,
    oracles: dict[str, oracle.PartnerOracle],
    timezone: str,
    grain: str,
    trailing: tuple[int, str],
) -> None:
    """Per platform; distinct counts and rates over the whole span, never added up."""
    low = _utc("2026-03-01T00:00:00", timezone)
    amount, unit = trailing
    windowed = " ".join(
        f"c_{m}: {m}(window: {{ cumulative: true }}) "
        f"t_{m}: {m}(window: {{ trailing: {{ amount: {amount}, unit: {unit} }} }})"
        for m in METRICS
    )
    not_sums = 0
    for partner in _partners(oracles):
        cube = oracles[partner].cube("viewers")
        facts = [f for f in cube.facts if f.dims["sessionStart"] >= low]
        answer = _ask(
            spanning,
            partner,
            f'timezone: "{timezone}", where: {{ sessionStart: {{ gte: "2026-03-01T00:00:00" }} }}',
            f"sessionStart(grain: {grain}) platform {' '.join(METRICS)} {windowed}",
            f"{METRICS[0]}(window: {{ cumulative: true }})",
        )
        assert answer["rows"]
        for row in answer["rows"]:
            bucket = from_api("sessionStart", row["sessionStart"])
            same = [f for f in facts if f.dims["platform"] == row["platform"]]
            cumulative = cube.measure(_window_members(same, bucket, grain, timezone, None))
            recent = cube.measure(_window_members(same, bucket, grain, timezone, trailing))
            _assert_values((bucket, "cumulative"), row, {f"c_{m}": cumulative[m] for m in METRICS})
            _assert_values((bucket, "trailing"), row, {f"t_{m}": recent[m] for m in METRICS})
            plain = _grouped(
                [f for f in same if truncate(f.dims["sessionStart"], grain, timezone) <= bucket],
                lambda f: (truncate(f.dims["sessionStart"], grain, timezone),),
                cube.measure,
            )
            added = sum(group["uniqueViewers"] for group in plain.values())
            not_sums += added != cumulative["uniqueViewers"]
        # Totals ignore `window`.
        assert answer["totals"][METRICS[0]] == cube.measure(facts)[METRICS[0]]
    if grain == "DAY":
        assert not_sums > 0, "no bucket where adding up buckets differs: the test is vacuous"


def test_the_data_spans_the_cases(oracles: dict[str, oracle.PartnerOracle]) -> None:
    """Guard: viewers on the DST day and on both sides of the month end."""
    starts = [f.dims["sessionStart"] for o in oracles.values() for f in o.cube("viewers").facts]
    assert any(datetime(2026, 3, 29) <= t < datetime(2026, 3, 30) for t in starts)
    assert any(datetime(2026, 3, 31) <= t < datetime(2026, 4, 1) for t in starts)
    assert any(t >= datetime(2026, 4, 1) for t in starts)
