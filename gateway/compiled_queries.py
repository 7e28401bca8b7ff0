"""Compiled cube queries kept for reuse, keyed by the whole CubeQuery.

Compiling (building and rendering sqlglot trees) costs more than running many dashboard
queries. The same CubeQuery — same cube, partner, selection, filters, values, page and
time zone — always compiles to the same statements, whatever document text asked for it
(another panel, a reworded document, or the same document after a publish emptied the
response cache). A query relative to the clock (`inLast` without `asOf`) compiles
afresh each time. A query holding lists (`in` values) is keyed by its repr, which
spells out every value with its type.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from gateway.catalog.model import Cube
from gateway.compiler import CompiledQuery, compile_cube_query
from gateway.compiler.plan import reads_clock
from gateway.query import CubeQuery

MAX_ENTRIES = 1024


class CompiledQueries:
    """At most `max_entries` compiled queries, least recently used dropped first. Used from
    the event loop only, so it needs no lock."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self._compiled: OrderedDict[Hashable, CompiledQuery] = OrderedDict()

    def __len__(self) -> int:
        return len(self._compiled)

    def compiled(self, cube: Cube, query: CubeQuery) -> CompiledQuery:
        if reads_clock(query):
            return compile_cube_query(cube, query)
        key = _key(query)
        compiled = self._compiled.get(key)
        if compiled is not None:
            self._compiled.move_to_end(key)
            return compiled
        compiled = compile_cube_query(cube, query)
        self._compiled[key] = compiled
        if len(self._compiled) > self.max_entries:
            self._compiled.popitem(last=False)
        return compiled


def _key(query: CubeQuery) -> Hashable:
    try:
        hash(query)
    except TypeError:
        return repr(query)
    return query


COMPILED_QUERIES = CompiledQueries()
