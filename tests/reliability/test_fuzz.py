"""Schema-driven fuzzing of the live `/graphql` endpoint.

Schemathesis reads the schema by introspection and Hypothesis generates documents for
every root field: valid ones (any argument values the types allow) and invalid ones
(wrong types, missing or unknown arguments). Whatever is sent, the gateway must answer
without a 5xx, give every error an `extensions.code` other than INTERNAL, and let
nothing of its internals (traceback, engine error text, SQL, file paths) reach the
client. An admin key may see the generated SQL in a cube's `sql` field, nowhere else.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode

from tests.deployment import Deployment
from tests.reliability import budget, figures
from tests.reliability.live_api import admin_key, graphql_headers, leaks, parse_answer


@dataclass
class FuzzLog:
    """What the run saw; failures keep the document that caused them."""

    statuses: Counter[int] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def check(self, case: Case, status: int, content: bytes, home: str, is_admin: bool) -> None:
        self.statuses[status] += 1
        problems: list[str] = []
        if status >= 500:
            problems.append(f"HTTP {status}")
        reply = parse_answer(status, content)
        if reply is None:
            problems.append("body is not a JSON object")
        elif None in reply.error_codes or "INTERNAL" in reply.error_codes:
            problems.append(f"error codes {reply.error_codes}")
        found = leaks(content, home, sql_field_allowed=is_admin and reply is not None)
        if found:
            problems.append(f"leaks {found}")
        if problems:
            self.failures.append(f"{problems}: {case.body!r} -> {content[:300]!r}")


def fuzz(deployment: Deployment, key: str, cases: int, is_admin: bool) -> FuzzLog:
    headers = graphql_headers(key)
    schema = schemathesis.graphql.from_url(f"{deployment.url}/graphql", headers=headers, timeout=30)
    log = FuzzLog()
    home = str(deployment.paths.home)

    @settings(
        max_examples=cases,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(
        case=st.one_of(
            schema.as_strategy(GenerationMode.POSITIVE), schema.as_strategy(GenerationMode.NEGATIVE)
        )
    )
    def send(case: Case) -> None:
        response = case.call(headers=headers, timeout=60)
        log.check(case, response.status_code, response.content, home, is_admin)

    send()
    return log


@pytest.mark.timeout(600)
@pytest.mark.parametrize("role", ["partner", "admin"])
def test_fuzzed_documents_get_coded_errors_and_leak_nothing(
    deployment: Deployment, role: str
) -> None:
    cases = budget.current().fuzz_cases
    is_admin = role == "admin"
    key = admin_key(deployment) if is_admin else deployment.keys[sorted(deployment.keys)[0]]

    log = fuzz(deployment, key, cases, is_admin)

    sent = sum(log.statuses.values())
    figures.record(
        f"fuzz_{role}",
        {
            "cases_run": sent,
            "statuses": {str(status): count for status, count in sorted(log.statuses.items())},
            "server_errors": sum(n for status, n in log.statuses.items() if status >= 500),
            "failures": len(log.failures),
        },
    )
    assert sent >= cases
    # Both valid and invalid documents were sent: some ran, some were refused.
    assert log.statuses[200] and log.statuses[400], log.statuses
    assert not log.failures, "\n".join(log.failures[:10])
