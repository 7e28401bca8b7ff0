# Two commands do all the set-up on a fresh machine (Python 3.11 + pip):
#   make demo   — install, generate sample data, materialize, serve GraphiQL
#   make test   — install, lint, run the whole test suite (what CI runs)
# For development, `make check` gives fast feedback: lint plus the unit tier.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(PYTHON) -m uv

.PHONY: install demo test check lint schema graphiql bench reliability dagster clean

# Bytecode compiled at install: otherwise every `sessionlens materialize` (and its dbt
# subprocess) compiles Dagster and dbt from source when the .pyc cannot be written.
$(BIN)/sessionlens: pyproject.toml uv.lock
	$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet "uv>=0.8"
	$(UV) sync --frozen --extra dev --compile-bytecode --python $(PYTHON)
	touch $@

install: $(BIN)/sessionlens

demo: install
	$(BIN)/sessionlens demo

test: lint
	$(BIN)/pytest -q

# Lint, the unit tier and the dbt unit tests, on both cores (under two minutes here).
check: lint
	$(BIN)/pytest -q -m unit -n 2

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# The committed SDL frontends run codegen on; a unit test fails when it is stale.
schema: install
	$(BIN)/sessionlens schema > schema.graphql

# Re-vendor GraphiQL and React from the npm registry at the versions of
# gateway/graphiql/package-lock.json (needs npm; the result is committed).
graphiql: install
	$(BIN)/python -m gateway.graphiql.vendor

bench: install
	$(BIN)/sessionlens bench

# The reliability suite at full strength (RELIABILITY.md); `make test` runs its short mode.
reliability: install
	SESSIONLENS_RELIABILITY=full $(BIN)/pytest -q tests/reliability

dagster: install
	$(BIN)/sessionlens dagster

clean:
	rm -rf $(VENV) .sessionlens dbt_project/target dbt_project/logs
