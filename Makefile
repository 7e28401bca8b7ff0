# Two commands do all the set-up on a fresh machine (Python 3.11 + pip):
#   make demo   — install, generate sample data, materialize, serve GraphiQL
#   make test   — install, lint, run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(PYTHON) -m uv

.PHONY: install demo test lint bench reliability dagster clean

$(BIN)/sessionlens: pyproject.toml uv.lock
	$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet "uv>=0.8"
	$(UV) sync --frozen --extra dev --python $(PYTHON)
	touch $@

install: $(BIN)/sessionlens

demo: install
	$(BIN)/sessionlens demo

test: install
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	$(BIN)/sessionlens bench

# The reliability suite at full strength (RELIABILITY.md); `make test` runs its short mode.
reliability: install
	SESSIONLENS_RELIABILITY=full $(BIN)/pytest -q tests/reliability

dagster: install
	$(BIN)/sessionlens dagster

clean:
	rm -rf $(VENV) .sessionlens dbt_project/target dbt_project/logs
