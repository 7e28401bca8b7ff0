"""The cost of each analysis feature (`compare`, `window`): its query's latency, caches
bypassed, as a ratio to the same query without the feature."""

from __future__ import annotations

from sessionlens.bench import report
from sessionlens.bench.gateway import GatewayClient, QueryFailed
from sessionlens.bench.queries import VariableValues, feature_payloads
from sessionlens.bench.report import Figure
from sessionlens.bench.stats import ratio

MS = 1_000.0
# A feature may cost at most twice its plain query.
FEATURE_TO_PLAIN = report.Target(2.0, at_least=False)


def feature_figures(client: GatewayClient, values: VariableValues, repeats: int) -> list[Figure]:
    figures = []
    for name, (featured, plain) in feature_payloads(values).items():
        try:
            with_feature = client.uncached_latency(featured, repeats).p50_seconds
            without = client.uncached_latency(plain, repeats).p50_seconds
        except QueryFailed as error:
            figures.append(
                Figure(f"feature.{name}.to_plain", f"{name}: ÷ plain", None, "x", None, str(error))
            )
            continue
        figures += [
            Figure(
                f"feature.{name}.p50_ms", f"{name}: p50, caches bypassed", with_feature * MS, "ms"
            ),
            Figure(f"feature.{name}.plain_p50_ms", f"{name}: plain p50", without * MS, "ms"),
            Figure(
                f"feature.{name}.to_plain",
                f"{name}: ÷ the same query without it",
                ratio(with_feature, without),
                "x",
                FEATURE_TO_PLAIN,
            ),
        ]
    return figures
