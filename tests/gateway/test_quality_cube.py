"""The quality cube: statistics per measure, category rates and health (ties → worse)."""

from __future__ import annotations

from datetime import datetime

from tests.gateway.conftest import Api
from tests.gateway.data import QUALITY_SAMPLES
from tests.gateway.expect import Row, approx, groups, keyed, mean, of_partner, quantile

MEASURES = {
    "JitterMs": "jitter_ms",
    "RttMs": "rtt_ms",
    "BitrateKbps": "bitrate_kbps",
    "PacketLossPct": "packet_loss_pct",
    "Fps": "fps",
    "Height": "height",
}
WORST_FIRST = ("POOR", "MODERATE", "GOOD")


def expected(rows: list[Row]) -> dict[str, object]:
    metrics: dict[str, object] = {"samples": len(rows)}
    for stem, column in MEASURES.items():
        values = [r[column] for r in rows if r[column] is not None]
        metrics[f"avg{stem}"] = mean(values)
        metrics[f"p95{stem}"] = quantile(values, 0.95)
        metrics[f"max{stem}"] = max(values, default=None)
    counts = {category: sum(r["category"] == category for r in rows) for category in WORST_FIRST}
    for category, count in counts.items():
        metrics[f"{category.lower()}Rate"] = count / len(rows)
    # max() keeps the first of equal counts, and the worst comes first.
    metrics["health"] = max(WORST_FIRST, key=lambda category: counts[category])
    return metrics


METRICS = " ".join(expected(QUALITY_SAMPLES))


def test_whole_set_and_per_media_with_health_ties(api: Api) -> None:
    own = of_partner(QUALITY_SAMPLES, "A")
    assert api.rows("quality", METRICS) == [approx(expected(own))]
    rows = keyed(api.rows("quality", f"media {METRICS}"), "media")
    assert rows == {key: approx(expected(group)) for key, group in groups(own, "media").items()}
    # AUDIO and SCREEN_SHARE: one GOOD and one MODERATE sample each, a tie → the worse.
    assert rows[("AUDIO",)]["health"] == "MODERATE"
    assert rows[("SCREEN_SHARE",)]["health"] == "MODERATE"


def test_sender_receiver_direction_and_time_window(api: Api) -> None:
    rows = api.rows(
        "quality",
        "senderUserId receiverUserId direction p95JitterMs health",
        'where: {time: {gte: "2026-03-29T00:40:30Z", lt: "2026-03-29T01:30:00Z"}, '
        "direction: {eq: RECEIVE}}",
    )
    window = [
        r
        for r in of_partner(QUALITY_SAMPLES, "A")
        if r["direction"] == "RECEIVE"
        and datetime(2026, 3, 29, 0, 40, 30) <= r["sampled_at"] < datetime(2026, 3, 29, 1, 30)
    ]
    assert keyed(rows, "senderUserId", "receiverUserId", "direction") == {
        key: approx({k: expected(group)[k] for k in ("p95JitterMs", "health")})
        for key, group in groups(window, "sender_user_id", "receiver_user_id", "direction").items()
    }
    assert rows[0]["health"] == "POOR"  # one POOR, one GOOD: a tie goes to the worse


def test_by_browser_with_a_null_browser_and_having_on_health(api: Api) -> None:
    rows = api.rows("quality", "browser samples maxRttMs", "having: {health: {eq: POOR}}")
    own = of_partner(QUALITY_SAMPLES, "A")
    assert keyed(rows, "browser") == {
        key: {"samples": len(group), "maxRttMs": max(r["rtt_ms"] for r in group)}
        for key, group in groups(own, "browser").items()
        if expected(group)["health"] == "POOR"
    }
    assert (None,) in keyed(rows, "browser")
