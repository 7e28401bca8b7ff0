"""Every dashboard panel query in docs/queries runs against a real deployment.

Each file is sent as a frontend would, with variables taken from the oracle (a real session,
poll, watermark), and must answer without errors, with rows (and totals) shaped exactly as
its selection, and with rows where the data must have some.
"""

from __future__ import annotations

import pytest
from graphql import FieldNode, OperationDefinitionNode, SelectionSetNode, parse

from tests.deployment import Deployment
from tests.end_to_end.panels import QUERIES, VARIABLES, Panel


def response_keys(selection: SelectionSetNode) -> set[str]:
    return {(f.alias or f.name).value for f in selection.selections if isinstance(f, FieldNode)}


def expected_shapes(document: str) -> dict[str, dict[str, set[str]]]:
    """Per root field (by response key): the keys its `rows` and `totals` select."""
    [operation] = parse(document).definitions
    assert isinstance(operation, OperationDefinitionNode)
    shapes = {}
    for root in operation.selection_set.selections:
        assert isinstance(root, FieldNode) and root.selection_set
        parts = {
            part.name.value: response_keys(part.selection_set)
            for part in root.selection_set.selections
            if isinstance(part, FieldNode) and part.selection_set
        }
        shapes[(root.alias or root.name).value] = parts
    return shapes


def test_every_query_file_has_variables() -> None:
    assert sorted(path.stem for path in QUERIES.glob("*.graphql")) == sorted(VARIABLES)


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_dashboard_query(deployment: Deployment, name: str) -> None:
    document = (QUERIES / f"{name}.graphql").read_text()
    shapes = expected_shapes(document)
    for partner in deployment.keys:
        variables = VARIABLES[name](Panel(deployment, partner))
        data = deployment.query(partner, document, variables)
        for field, parts in shapes.items():
            answer = data[field]
            assert answer["rows"], f"{name} {field}: no rows for {partner} {variables}"
            assert all(set(row) == parts["rows"] for row in answer["rows"])
            if "totals" in parts:
                assert set(answer["totals"]) == parts["totals"]
            if name == "a3-viewer-engagement-table":
                search = variables["where"]["name"]["contains"].lower()
                assert all(search in row["name"].lower() for row in answer["rows"])
