"""Cache ids of results, rows and totals.

A normalized client cache (Apollo Client, urql Graphcache, Relay) merges objects that
share `__typename` and `id`. A result's id hashes its cube, the partner and the
normalized arguments (filters, order, page, timezone, `asOf`), so two panels asking the
same cube with the same arguments meet in one object whatever fields they select, and
any argument that changes the answer changes the id. A row's id adds its dimensions
(name and grain) and their values; totals add a fixed tag.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from gateway.executor import CubeResult
from gateway.query import AllOf, AnyOf, Condition, CubeQuery, Negation, TimeGrain


@dataclass(frozen=True)
class IdentifiedResult:
    """A cube result as its GraphQL Result type reads it: the executor's parts plus `id`."""

    id: str
    rows: list[dict[str, Any]]
    totals: dict[str, Any] | None
    row_count: int | None
    sql: str | None


@dataclass(frozen=True)
class IdKeys:
    """The response keys `id` is selected under, in `rows` and in `totals`, and as
    (part key, id key) in their `previous` / `change` objects."""

    rows: tuple[str, ...] = ()
    totals: tuple[str, ...] = ()
    row_parts: tuple[tuple[str, str], ...] = ()
    totals_parts: tuple[tuple[str, str], ...] = ()


def _digest(material: object) -> str:
    # Every part is a str, number, bool, None, datetime or a frozen dataclass of those,
    # whose repr is the same in every process.
    return hashlib.blake2b(repr(material).encode(), digest_size=16).hexdigest()


def _canonical(condition: Condition | None) -> Condition | None:
    """The same condition whatever order its AND / OR parts were written in (Apollo
    Client, for one, keys a field by its arguments with object keys sorted)."""
    if isinstance(condition, AllOf | AnyOf):
        parts = sorted((_canonical(part) for part in condition.conditions), key=repr)
        return type(condition)(tuple(parts))  # type: ignore[arg-type]
    if isinstance(condition, Negation):
        return Negation(_canonical(condition.condition))  # type: ignore[arg-type]
    return condition


def result_id(query: CubeQuery) -> str:
    return _digest(
        (
            query.cube,
            query.partner_id,
            _canonical(query.where),
            _canonical(query.having),
            query.order_by,
            query.limit,
            query.offset,
            query.timezone,
            query.as_of,
            query.compare,
        )
    )


def identify(query: CubeQuery, result: CubeResult, keys: IdKeys) -> IdentifiedResult:
    """The result with its id, and the ids of its rows and totals under the keys asked for
    (computed only then: hashing every row of a large result is not free)."""
    identity = result_id(query)
    if keys.rows or keys.row_parts:
        _set_row_ids(identity, query, result.rows, keys.rows, keys.row_parts)
    if (keys.totals or keys.totals_parts) and result.totals is not None:
        totals_id = _digest((identity, "totals"))
        result.totals.update(dict.fromkeys(keys.totals, totals_id))
        _set_part_ids(result.totals, totals_id, keys.totals_parts)
    return IdentifiedResult(identity, result.rows, result.totals, result.row_count, result.sql)


def _set_part_ids(owner: dict[str, Any], owner_id: str, parts: Sequence[tuple[str, str]]) -> None:
    """A `previous` / `change` object's id, derived from its row's or totals' id (the two
    types differ, so they may share it, as aliases of one object do)."""
    if parts:
        part_id = _digest((owner_id, "compared"))
        for part, key in parts:
            owner[part][key] = part_id


def _set_row_ids(
    identity: str,
    query: CubeQuery,
    rows: list[dict[str, Any]],
    keys: Sequence[str],
    parts: Sequence[tuple[str, str]],
) -> None:
    # One alias per (dimension, grain): aliases of the same field hold the same value.
    groups: dict[tuple[str, TimeGrain | None], str] = {}
    for selection in query.dimensions:
        groups.setdefault((selection.dimension, selection.grain), selection.alias)
    # Hashed once for the result; each row only adds its values (a 10 000-row answer
    # would otherwise spend noticeable time re-hashing the same prefix).
    prefix = hashlib.blake2b(repr((identity, tuple(groups))).encode(), digest_size=16)
    if not groups:  # one row: the whole filtered set
        row_ids = [prefix.hexdigest()] * len(rows)
    else:
        values = itemgetter(*groups.values())
        row_ids = []
        for row in rows:
            digest = prefix.copy()
            digest.update(repr(values(row)).encode())
            row_ids.append(digest.hexdigest())
    for row, row_id in zip(rows, row_ids, strict=True):
        for key in keys:
            row[key] = row_id
        _set_part_ids(row, row_id, parts)
