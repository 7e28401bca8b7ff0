"""countries and devices: exact at any grouping, from the pre-aggregated mart when every
group is whole cells of it, else from viewer_contexts; `extensions.sources` says which."""

from __future__ import annotations

from typing import Any

from tests.gateway.conftest import SESSIONS, Api
from tests.gateway.data import VIEWER_CONTEXTS
from tests.gateway.expect import Row, groups, keyed, of_partner, users, where

METRICS = "liveUniqueViewers recordingUniqueViewers uniqueViewers"


def expected(rows: list[Row]) -> dict[str, int]:
    return {
        "liveUniqueViewers": users(rows, lambda r: r["side"] == "LIVE"),
        "recordingUniqueViewers": users(rows, lambda r: r["side"] == "RECORDING"),
        "uniqueViewers": users(rows),
    }


def _query(api: Api, cube: str, arguments: str, body: str, as_: str = "A") -> dict[str, Any]:
    arguments = f"({arguments})" if arguments else ""
    response = api.post(f"{{ {cube}{arguments} {{ {body} }} }}", as_=as_)
    assert not response.get("errors"), response
    return response


def test_session_and_country_is_answered_by_the_countries_mart(api: Api) -> None:
    response = _query(api, "countries", "limit: 100", f"rows {{ sessionId country {METRICS} }}")
    assert response["extensions"]["sources"] == {"countries": ["countries"]}
    own = of_partner(VIEWER_CONTEXTS, "A")
    assert keyed(response["data"]["countries"]["rows"], "sessionId", "country") == {
        key: expected(group) for key, group in groups(own, "session_id", "country").items()
    }


def test_country_alone_falls_back_and_counts_a_user_once(api: Api) -> None:
    response = _query(api, "countries", "limit: 100", f"rows {{ country {METRICS} }}")
    assert response["extensions"]["sources"] == {"countries": ["viewer_contexts"]}
    own = of_partner(VIEWER_CONTEXTS, "A")
    rows = keyed(response["data"]["countries"]["rows"], "country")
    assert rows == {key: expected(group) for key, group in groups(own, "country").items()}
    # u1 watched live from the US in s1 and s2: summing the mart's rows would give 3.
    assert rows[("US",)]["liveUniqueViewers"] == 2


def test_determined_dimensions_and_their_filters_keep_the_mart(api: Api) -> None:
    response = _query(
        api,
        "countries",
        'where: {sessionStart: {lt: "2026-04-01T00:00:00Z"}, country: {ne: "FR"}}',
        "rows { sessionId day: sessionStart(grain: DAY) country uniqueViewers }",
    )
    assert response["extensions"]["sources"] == {"countries": ["countries"]}
    early = {
        s["session_id"] for s in SESSIONS if s["partner_id"] == "A" and s["started_at"].month == 3
    }
    own = where(
        of_partner(VIEWER_CONTEXTS, "A"),
        lambda r: r["session_id"] in early and r["country"] != "FR",
    )
    assert keyed(response["data"]["countries"]["rows"], "sessionId", "day", "country") == {
        (session, "2026-03-29T00:00:00+00:00", country): {"uniqueViewers": users(group)}
        for (session, country), group in groups(own, "session_id", "country").items()
    }


def test_filter_on_an_ungrouped_grain_key_and_totals_fall_back(api: Api) -> None:
    response = _query(
        api,
        "countries",
        'where: {country: {eq: "US"}}',
        f"rows {{ sessionId {METRICS} }} totals {{ {METRICS} }}",
    )
    assert response["extensions"]["sources"] == {"countries": ["viewer_contexts"]}
    us = where(of_partner(VIEWER_CONTEXTS, "A"), lambda r: r["country"] == "US")
    data = response["data"]["countries"]
    assert keyed(data["rows"], "sessionId") == {
        key: expected(group) for key, group in groups(us, "session_id").items()
    }
    assert data["totals"] == expected(us)

    # Rows from the mart, totals (no grouping) from viewer_contexts.
    response = _query(api, "countries", "", "rows { sessionId country } totals { uniqueViewers }")
    assert response["extensions"]["sources"] == {"countries": ["countries", "viewer_contexts"]}
    assert response["data"]["countries"]["totals"] == {
        "uniqueViewers": users(of_partner(VIEWER_CONTEXTS, "A"))
    }


def test_admin_sums_partners_cells_without_merging_their_users(api: Api) -> None:
    response = _query(api, "countries", "", f"rows {{ sessionId country {METRICS} }}", "admin")
    assert response["extensions"]["sources"] == {"countries": ["countries"]}
    rows = keyed(response["data"]["countries"]["rows"], "sessionId", "country")
    assert rows == {
        key: expected(group)
        for key, group in groups(VIEWER_CONTEXTS, "session_id", "country").items()
    }
    fallback = _query(api, "countries", "", f"rows {{ {METRICS} }}", "admin")
    assert fallback["extensions"]["sources"] == {"countries": ["viewer_contexts"]}
    assert fallback["data"]["countries"]["rows"] == [expected(VIEWER_CONTEXTS)]


def test_devices_use_their_mart_only_with_the_whole_grain(api: Api) -> None:
    grain = "sessionId platform device os browser"
    response = _query(api, "devices", "", f"rows {{ {grain} {METRICS} }}")
    assert response["extensions"]["sources"] == {"devices": ["devices"]}
    own = of_partner(VIEWER_CONTEXTS, "A")
    columns = ("session_id", "platform", "device", "os", "browser")
    assert keyed(response["data"]["devices"]["rows"], *grain.split()) == {
        key: expected(group) for key, group in groups(own, *columns).items()
    }
    response = _query(api, "devices", "", f"rows {{ device {METRICS} }}")
    assert response["extensions"]["sources"] == {"devices": ["viewer_contexts"]}
    assert keyed(response["data"]["devices"]["rows"], "device") == {
        key: expected(group) for key, group in groups(own, "device").items()
    }

    # Each cube field reports under its response key.
    response = api.post(
        f"{{ fine: devices {{ rows {{ os }} }} coarse: devices {{ rows {{ {grain} }} }} }}"
    )
    assert response["extensions"]["sources"] == {
        "fine": ["viewer_contexts"],
        "coarse": ["devices"],
    }
