# Two commands set a fresh machine up: `make extract` and `make test`.
# Each creates .venv and installs the pinned dependencies when missing.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: extract test bench eval golden diff clean-venv

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

extract: $(STAMP)
	$(PY) -m pipeline extract

test: $(STAMP)
	$(PY) -m pytest

# What changed in extracted/ since the last commit (exit 1 when anything did).
diff: $(STAMP)
	$(PY) -m pipeline diff --git HEAD

bench: $(STAMP)
	$(PY) scripts/bench.py

eval: $(STAMP)
	$(PY) scripts/eval.py

golden: $(STAMP)
	$(PY) scripts/golden.py

clean-venv:
	rm -rf $(VENV)
