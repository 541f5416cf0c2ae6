# Coordinator — set-up, run and test. `make run` and `make test` do all the set-up themselves.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint translations bench dist dist-check security-report clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 or newer is needed ($(PYTHON) not found); set PYTHON=python3.x"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP) $(QM)

run: translations
	$(BIN)/coordinator-app

lint: $(STAMP)
	$(BIN)/ruff check coordinator_app tests

# Everything but the bundle tests (marked `dist`: `make dist-check`); -rs lists every skip and its reason at the
# end. Touches nothing outside the checkout and the temporary folder; installs nothing system-wide.
test: translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -rs --durations=10 -m "not dist"

bench: translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# The one-folder bundle and the per-user Linux tarball, smoke-tested (installer/README.md).
DIST_DIR ?= dist
dist: translations
	bash installer/linux/prereqs.sh
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[test,dist]'
	bash installer/build_bundle.sh $(BIN)/python $(DIST_DIR)
	bash installer/linux/build_tarball.sh $(BIN)/python $(DIST_DIR)

# dist plus what needs more packages than `make test`: GUI under Xvfb, tarball install/uninstall, NSIS.
# prereqs.sh only checks (it names missing Debian packages and stops); .ci/run installs them in CI.
dist-check: dist
	bash installer/linux/prereqs.sh --check
	COORDINATOR_DIST_DIR=$(DIST_DIR) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -rs \
		-m dist tests/installer

security-report: translations
	rm -f .security/figures.json
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -rs tests/security tests/reliability \
		tests/backup/test_backup_crash.py
	$(BIN)/python -m tests.security.figures --write docs/SECURITY.md

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache resources/i18n/*.qm
