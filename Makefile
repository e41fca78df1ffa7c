# Two commands set everything up on a fresh machine:
#   make report   installs surveystats (runtime dependencies only) in .venv and writes the
#                 report on the bundled example
#   make test     installs surveystats with everything needed to test (Dask, test tools,
#                 benchmark baselines) in .venv and runs ruff and the test suite, one worker
#                 per CPU (pytest-xdist; a test file stays on one worker, so its fixtures
#                 are built once)
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
# One stamp per install set. The test set contains the runtime set, so `make report` after
# `make test` installs nothing; `make test` after `make report` adds the extras.
RUNTIME = $(BIN)/.installed-runtime
DEV = $(BIN)/.installed-dev

.PHONY: report test install benchmark clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUNTIME): pyproject.toml | $(BIN)/python
	@if [ -f $(DEV) ] && [ $(DEV) -nt pyproject.toml ]; then \
		echo "runtime already installed with the test set"; \
	else \
		$(BIN)/python -m pip install --quiet -e .; \
	fi
	touch $@

$(DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(RUNTIME) $@

install: $(DEV)

report: $(RUNTIME)
	$(BIN)/surveystats report

test: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n auto --dist loadfile

benchmark: $(DEV)
	$(BIN)/python benchmarks/bench_numbers.py
	$(BIN)/python benchmarks/bench_pathological.py
	$(BIN)/python benchmarks/bench_batch.py
	$(BIN)/python benchmarks/bench_bulk.py
	$(BIN)/python benchmarks/bench_report.py

clean:
	rm -rf $(VENV) build *.egg-info
