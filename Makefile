# Two commands set everything up on a fresh machine:
#   make report   installs surveystats in .venv and writes the report on the bundled example
#   make test     installs surveystats in .venv and runs ruff and the test suite
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: report test install benchmark clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/.installed

report: $(BIN)/.installed
	$(BIN)/surveystats report

test: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

benchmark: $(BIN)/.installed
	$(BIN)/python benchmarks/bench_numbers.py
	$(BIN)/python benchmarks/bench_pathological.py
	$(BIN)/python benchmarks/bench_batch.py
	$(BIN)/python benchmarks/bench_bulk.py

clean:
	rm -rf $(VENV) build *.egg-info
