# The two commands a newcomer needs: `make serve` and `make test`.
# Everything installs into .venv from the pinned requirements files.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build pdf test lint format check bench clean help

help:
	@echo "make serve  - build and serve the site on http://$(HOST):$(PORT) (rebuilds on change)"
	@echo "make test   - strict build, content checks, unit, integration, browser and workflow tests"
	@echo "make build  - strict build into site/ (left absent when the build fails)"
	@echo "make pdf    - save the print edition of site/ as a PDF with headless Chromium"
	@echo "make check  - validate all content front matter in about a second"
	@echo "make lint   - ruff format check and lint, American spelling (codespell); make format rewrites"
	@echo "make bench  - measure build time and site size"

$(BIN)/mkdocs: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(BIN)/pytest: requirements-dev.txt requirements.txt $(BIN)/mkdocs
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# After the first full build, a save rebuilds only the changed pages (--dirty,
# which MkDocs reports as a warning, so warnings are shown without stopping;
# content errors still stop it) and only their social cards; the catalogue
# re-reads only saved files. Other pages' generated lists, the feeds, open data,
# print edition and prebuilt search index (marked stale: the browser then indexes as
# stock Material does) catch up on the next start. `make serve FULL=1` rebuilds
# everything, strictly, on every save. `make build` and `make test` are always strict.
SERVE_FLAGS := $(if $(FULL),--strict,--no-strict --dirty)
serve: $(BIN)/mkdocs
	$(BIN)/mkdocs serve $(SERVE_FLAGS) --dev-addr $(HOST):$(PORT)

# Build into a scratch folder and move it into place only on success, so a
# failed build never leaves a half-built site/ for a deploy to pick up.
build: $(BIN)/mkdocs
	rm -rf site .site-build
	$(BIN)/mkdocs build --strict --site-dir .site-build || { rm -rf .site-build; exit 1; }
	mv .site-build site

# The print edition as a PDF, beside its page in site/print/ (after make build).
pdf: $(BIN)/pytest
	$(BIN)/python scripts/print_pdf.py site

check: $(BIN)/mkdocs
	$(BIN)/python scripts/check_content.py

test: lint
	$(BIN)/python scripts/check_content.py
	$(BIN)/pytest

lint: $(BIN)/pytest
	$(BIN)/ruff format --check macros scripts tests
	$(BIN)/ruff check macros scripts tests
	$(BIN)/codespell docs README.md CONTRIBUTING.md

format: $(BIN)/pytest
	$(BIN)/ruff format macros scripts tests
	$(BIN)/ruff check --fix macros scripts tests

bench: $(BIN)/pytest
	$(BIN)/python scripts/benchmark.py

clean:
	rm -rf site .site-build .pytest_cache .ruff_cache
