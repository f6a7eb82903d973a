# One command per task, the same locally and in CI.
VENV ?= .venv
PY := $(VENV)/bin/python
DEMO_DIR ?= demo-data
DEMO_CASES ?= 500
# Demo data only: where no OS keyring exists, the demo database is locked with this passphrase.
export COLLECTION_DESK_DEMO_PASSPHRASE ?= demo-passphrase

.PHONY: install app demo test lint types contracts scripts-check unit bench screenshots clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $@

install: $(VENV)/.installed

## Install, build a demo portfolio (first time only) and open the window on it.
app: install
	$(PY) tools/demo_app.py --data-dir $(DEMO_DIR) --cases $(DEMO_CASES)

## Everything CI checks: lint, types, import contracts, shipped scripts, the test suite.
test: install lint types contracts scripts-check unit

lint:
	$(VENV)/bin/ruff check .

types:
	$(VENV)/bin/mypy local_db desktop_app

contracts:
	$(VENV)/bin/lint-imports

scripts-check:
	$(PY) -m desktop_app scripts check

unit:
	$(VENV)/bin/pytest -q -n 2 -p no:cacheprovider

bench: install
	$(PY) bench/import_bench.py
	$(PY) bench/worklist_bench.py

clean:
	rm -rf $(VENV) build *.egg-info
