# Two entry points: `make example` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: example test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[test,test-batch,bench]'
	touch $(STAMP)

example: $(STAMP)
	$(VENV)/bin/checker check fixtures/articles; test $$? -le 1

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q -n auto -m ""; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 1; fi; exit $$rc

clean:
	rm -rf $(VENV) build *.egg-info
