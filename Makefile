# Two set-up commands on a fresh machine: `make demo` and `make test`.
# Each bootstraps .venv from requirements-dev.lock (every package pinned and
# hash-checked) when it is missing or older than the lock or pyproject.toml.

SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
LOCK := requirements-dev.lock
API_DOCS := build/api
BASE ?= main
HEAD ?= spec/interactions.openapi.yaml

# pip-compile reads no dependency groups: the dev group goes in as requirement lines
# on stdin, next to pyproject.toml's runtime dependencies and every extra.
DEV_GROUP = $(BIN)/python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["dependency-groups"]["dev"]))'
PIP_COMPILE = CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes \
	--all-extras --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
NAME_STDIN = sed -i 's/-r -$$/dependency-groups.dev (pyproject.toml)/'

.PHONY: demo test unit generate check-generated check-lock lock docs lint typecheck format spec-diff bench soak emulator clean

$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

demo: $(STAMP)
	$(BIN)/python -m interactions_ext.demo

test: $(STAMP) check-lock check-generated lint typecheck docs
	$(BIN)/python -m pytest -q

unit: $(STAMP)
	$(BIN)/python -m pytest -q -x

generate: $(STAMP)
	scripts/generate

check-generated: $(STAMP)
	scripts/check_generated

# Re-resolve requirements-dev.lock after a dependency change in pyproject.toml; pins
# already in the lock are kept (upgrade one with ARGS="-P NAME" or ARGS="-P NAME==VERSION").
lock: $(STAMP)
	$(DEV_GROUP) | $(PIP_COMPILE) $(ARGS) --output-file $(LOCK) pyproject.toml -
	$(NAME_STDIN) $(LOCK)

# The lock is current when resolving pyproject.toml again, from the lock's own pins,
# gives the same file.
check-lock: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && cp $(LOCK) "$$tmp/lock" && \
	$(DEV_GROUP) | $(PIP_COMPILE) --output-file "$$tmp/lock" pyproject.toml - && \
	$(NAME_STDIN) "$$tmp/lock" && \
	{ diff -u $(LOCK) "$$tmp/lock" || { echo "$(LOCK) is stale: run 'make lock'"; exit 1; }; }

# API reference from the docstrings into $(API_DOCS)/; any pdoc warning fails it.
docs: $(STAMP)
	rm -rf $(API_DOCS)
	$(BIN)/python docs/api.py $(API_DOCS)

lint: $(STAMP)
	$(BIN)/ruff check interactions_ext scripts tests bench examples docs/api.py
	$(BIN)/ruff format --check interactions_ext scripts tests bench examples docs/api.py

format: $(STAMP)
	$(BIN)/ruff check --fix interactions_ext scripts tests bench examples docs/api.py
	$(BIN)/ruff format interactions_ext scripts tests bench examples docs/api.py

typecheck: $(STAMP)
	$(BIN)/mypy

spec-diff: $(STAMP)
	$(BIN)/python scripts/spec_diff.py --git-base "$(BASE)" "$(HEAD)"

bench: $(STAMP)
	$(BIN)/python -m bench

# Twice: against a server that resumes from the cursor, then one that replays every
# resume from the first event.
soak: $(STAMP)
	$(BIN)/python -m bench.soak --streams $${STREAMS:-1000}
	$(BIN)/python -m bench.soak --streams $${STREAMS:-1000} --replay-from-start

emulator: $(STAMP)
	$(BIN)/interactions emulator

clean:
	rm -rf $(VENV) $(API_DOCS) .pytest_cache .mypy_cache .ruff_cache .hypothesis
