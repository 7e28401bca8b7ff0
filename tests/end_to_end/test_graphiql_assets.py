"""The GraphiQL assets committed under gateway/graphiql/assets/vendor are exactly what
`make graphiql` makes from the npm registry at the locked versions (needs npm)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gateway.graphiql import vendor


def test_vendored_graphiql_is_current(tmp_path: Path) -> None:
    if shutil.which("npm") is None:
        pytest.fail("checking the vendored GraphiQL needs Node.js and npm on PATH")
    fresh = vendor.vendored_files(vendor.install(tmp_path))
    committed = {
        path.relative_to(vendor.VENDOR).as_posix(): path.read_bytes()
        for path in vendor.VENDOR.rglob("*")
        if path.is_file()
    }
    assert sorted(committed) == sorted(fresh), "run `make graphiql`"
    assert [name for name in fresh if fresh[name] != committed[name]] == [], "run `make graphiql`"
