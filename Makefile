# Two set-up commands on a fresh machine: `make demo` and `make test`.
# Each bootstraps .venv (pinned dependencies from pyproject.toml) when it is missing.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
BASE ?= main
HEAD ?= spec/interactions.openapi.yaml

.PHONY: demo test unit generate check-generated lint typecheck format spec-diff bench soak emulator clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

demo: $(STAMP)
	$(BIN)/python -m interactions_ext.demo

test: $(STAMP) check-generated lint typecheck
	$(BIN)/python -m pytest -q

unit: $(STAMP)
	$(BIN)/python -m pytest -q -x

generate: $(STAMP)
	scripts/generate

check-generated: $(STAMP)
	scripts/check_generated

lint: $(STAMP)
	$(BIN)/ruff check interactions_ext scripts tests bench examples
	$(BIN)/ruff format --check interactions_ext scripts tests bench examples

format: $(STAMP)
	$(BIN)/ruff check --fix interactions_ext scripts tests bench examples
	$(BIN)/ruff format interactions_ext scripts tests bench examples

typecheck: $(STAMP)
	$(BIN)/mypy

spec-diff: $(STAMP)
	$(BIN)/python scripts/spec_diff.py --git-base "$(BASE)" "$(HEAD)"

bench: $(STAMP)
	$(BIN)/python -m bench

soak: $(STAMP)
	$(BIN)/python -m bench.soak --streams $${STREAMS:-1000}

emulator: $(STAMP)
	$(BIN)/interactions emulator

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
