# Two entry points: `make example` and `make test`. Both create .venv on first use.
# `make example` installs the runtime only (the package and its dependencies); `make test` adds
# the test stack (the test, test-batch and bench extras) on top, with a stamp of its own.
PYTHON ?= python3
VENV := .venv
RUNTIME_STAMP := $(VENV)/.installed-runtime
TEST_STAMP := $(VENV)/.installed-test

.PHONY: example test clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip

$(RUNTIME_STAMP): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/python -m pip install --quiet -e .
	touch $(RUNTIME_STAMP)

$(TEST_STAMP): pyproject.toml $(RUNTIME_STAMP)
	$(VENV)/bin/python -m pip install --quiet -e '.[test,test-batch,bench]'
	touch $(TEST_STAMP)

# The bytecode cache is written here too, as a non-editable install writes it: an editable
# install (or PYTHONDONTWRITEBYTECODE=1) would compile the sources again at every start.
example: $(RUNTIME_STAMP)
	$(VENV)/bin/python -m compileall -q checker plugins > /dev/null
	$(VENV)/bin/checker check fixtures/articles; test $$? -le 1

test: $(TEST_STAMP)
	$(VENV)/bin/python -m pytest -q -n auto -m ""; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 1; fi; exit $$rc

clean:
	rm -rf $(VENV) build *.egg-info
