# Coordinator — set-up, run and test. `make run` and `make test` do all the set-up themselves.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)
PO     := $(wildcard resources/locale/*/LC_MESSAGES/*.po)
MO     := $(PO:.po=.mo)

.PHONY: run test lint translations bench dist dist-check security-report clean lock

# Every package, test and build tools included, comes from requirements.lock with its hashes; the app itself
# is installed on top without resolving anything (`make lock` renews the lock after pyproject.toml changes).
$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 or newer is needed ($(PYTHON) not found); set PYTHON=python3.x"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Renew requirements.lock from pyproject.toml (all extras, every platform, with hashes). uv is pinned and
# lives in a throw-away venv outside the project's own.
UV_VERSION := 0.13.9
lock:
	test -x .uv/bin/uv || { $(PYTHON) -m venv .uv && .uv/bin/python -m pip install --quiet uv==$(UV_VERSION); }
	printf 'setuptools>=69\nwheel\n' > .uv/build-requirements.in
	.uv/bin/uv pip compile pyproject.toml .uv/build-requirements.in --all-extras --universal --generate-hashes \
		--python-version 3.11 --no-header --quiet -o requirements.lock

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The gettext catalogues of the Qt-free texts (service messages, route messages, letters): .po -> .mo with Babel.
resources/locale/%.mo: resources/locale/%.po $(STAMP)
	$(BIN)/python tools/compile_catalogues.py $<

translations: $(STAMP) $(QM) $(MO)

run: translations
	$(BIN)/coordinator-app

lint: $(STAMP)
	$(BIN)/ruff check coordinator_app tests
	$(BIN)/mypy

# Everything but the bundle tests (marked `dist`: `make dist-check`); -rs lists every skip and its reason at the
# end. Touches nothing outside the checkout and the temporary folder; installs nothing system-wide.
test: translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -rs --durations=10 -m "not dist"

bench: translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# The one-folder bundle and the per-user Linux tarball, smoke-tested (installer/README.md). The bundle is built
# with CPython 3.12 when one runs here (there None, True and False are immortal, so shiboken6 6.12.0's
# reference-count bug cannot end a session: coordinator_app/ui/__init__.py), in its own venv from the same
# lock; otherwise with $(PYTHON), and the bundle then carries the workaround. `--self-test` says which.
DIST_DIR ?= dist
BUNDLE_PYTHON ?= $(shell python3.12 -c 'import sys; print(sys.executable)' 2>/dev/null)
BUNDLE_VENV := .venv-bundle
ifeq ($(strip $(BUNDLE_PYTHON)),)
BUNDLE_BIN := $(BIN)
else
BUNDLE_BIN := $(BUNDLE_VENV)/bin
endif

$(BUNDLE_VENV)/.installed: pyproject.toml requirements.lock
	rm -rf $(BUNDLE_VENV)
	$(BUNDLE_PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BUNDLE_VENV)/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

dist: translations $(if $(strip $(BUNDLE_PYTHON)),$(BUNDLE_VENV)/.installed)
	bash installer/linux/prereqs.sh
	@echo "== bundle Python: $$($(BUNDLE_BIN)/python -c 'import platform; print(platform.python_version())')" \
		"$(if $(strip $(BUNDLE_PYTHON)),,(no CPython 3.12 found: set BUNDLE_PYTHON=/path/to/python3.12))"
	bash installer/build_bundle.sh $(BUNDLE_BIN)/python $(DIST_DIR)
	bash installer/linux/build_tarball.sh $(BUNDLE_BIN)/python $(DIST_DIR)

# dist plus what needs more packages than `make test`: GUI under Xvfb, tarball install/uninstall, NSIS.
# prereqs.sh only checks (it names missing Debian packages and stops); .ci/run installs them in CI.
dist-check: dist
	bash installer/linux/prereqs.sh --check
	COORDINATOR_DIST_DIR=$(DIST_DIR) COORDINATOR_BUNDLE_PYTHON=$(abspath $(BUNDLE_BIN))/python QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -rs \
		-m dist tests/installer

security-report: translations
	rm -f .security/figures.json
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -rs tests/security tests/reliability \
		tests/backup/test_backup_crash.py tests/foundation/test_create_atomic.py
	$(BIN)/python -m tests.security.figures --write docs/SECURITY.md

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) .uv build dist .pytest_cache .ruff_cache resources/i18n/*.qm resources/locale/*/LC_MESSAGES/*.mo
