# Two commands set up everything on a fresh machine:
#   make run   – install, migrate, load demo content, serve http://127.0.0.1:8000 (SQLite)
#   make test  – install test dependencies and run the whole suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test
# The second run is production's pair: PostgreSQL and Redis (its own database number, emptied by the tests).
REDIS_TEST_URL ?= redis://127.0.0.1:6379/15

.PHONY: run test install install-test migrate demo serve check lint test-sqlite test-postgres test-text chromium hunspell java vnu lock messages edge bench-tools

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements/base.txt requirements/constraints.txt | $(VENV)/bin/python hunspell
	$(PIP) install -q -r requirements/base.txt -c requirements/constraints.txt
	touch $@

$(VENV)/.test-installed: requirements/test.txt requirements/base.txt requirements/constraints.txt | $(VENV)/bin/python hunspell
	$(PIP) install -q -r requirements/test.txt -c requirements/constraints.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.test-installed

migrate: install
	mkdir -p var
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: demo serve

serve: install
	@echo ""
	@echo "Hiwar is starting on http://127.0.0.1:8000/ (Arabic /ar/, Russian /ru/, English /en/)."
	@echo "There is no default account. Create one for the admin at /admin/ with:"
	@echo "    $(PY) manage.py add_staff NAME --role admin   (roles: docs/newsroom.md)"
	@echo ""
	@echo "Scheduled publishing: manage.py run_scheduler runs beside the server (every 60 s)."
	@$(PY) manage.py run_scheduler & SCHEDULER=$$!; \
	  trap 'kill $$SCHEDULER 2>/dev/null' EXIT INT TERM; \
	  $(PY) manage.py runserver 127.0.0.1:8000

# Browser tests need Debian's Chromium; install it when missing (we run as root here).
# Proofreading's spelling (hiwar/text/spelling.py): Debian's Hunspell dictionaries, and
# libhunspell-dev for building the `hunspell` binding pinned in requirements/.
HUNSPELL_PACKAGES := hunspell-ar hunspell-ru hunspell-en-us hunspell-en-gb libhunspell-dev
hunspell:
	@dpkg -s $(HUNSPELL_PACKAGES) >/dev/null 2>&1 || { \
	  echo "Hunspell dictionaries are missing: installing $(HUNSPELL_PACKAGES) with apt-get"; \
	  (apt-get update -q && apt-get install -y -q $(HUNSPELL_PACKAGES)) >/dev/null || { \
	    echo "ERROR: could not install them. Run: apt-get update && apt-get install -y $(HUNSPELL_PACKAGES)"; exit 1; }; }

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Chromium is missing: installing Debian's chromium (apt-get install -y chromium)"; \
	  (apt-get update -q && apt-get install -y -q chromium) >/dev/null || { \
	    echo "ERROR: could not install Chromium. Run: apt-get update && apt-get install -y chromium"; exit 1; }; }

# The edge cache (deploy/varnish/hiwar.vcl): tests/edge starts Debian's Varnish in
# front of gunicorn (deploy/local-stack.sh); installed when missing, like Chromium.
edge:
	@command -v varnishd >/dev/null 2>&1 || { \
	  echo "Varnish is missing: installing Debian's varnish (apt-get install -y varnish)"; \
	  (apt-get update -q && apt-get install -y -q varnish) >/dev/null || { \
	    echo "ERROR: could not install Varnish. Run: apt-get update && apt-get install -y varnish"; exit 1; }; }

# bench/load.sh: wrk for the load, nginx (with the cache-purge module) for the ceiling.
BENCH_PACKAGES := varnish wrk nginx-light libnginx-mod-http-cache-purge
bench-tools:
	@dpkg -s $(BENCH_PACKAGES) >/dev/null 2>&1 || { \
	  echo "Installing the benchmark's tools: $(BENCH_PACKAGES)"; \
	  (apt-get update -q && apt-get install -y -q $(BENCH_PACKAGES)) >/dev/null || { \
	    echo "ERROR: could not install them. Run: apt-get update && apt-get install -y $(BENCH_PACKAGES)"; exit 1; }; }

# The W3C HTML checker (tests/news/test_html_validity.py): vnu.jar pinned in
# tools/vnu/package-lock.json, installed from npm, run with Java.
VNU_JAR := tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar

java:
	@command -v java >/dev/null 2>&1 || { \
	  echo "Java is missing: installing Debian's default-jre-headless"; \
	  (apt-get update -q && apt-get install -y -q default-jre-headless) >/dev/null || { \
	    echo "ERROR: could not install Java. Run: apt-get update && apt-get install -y default-jre-headless"; exit 1; }; }

$(VNU_JAR): tools/vnu/package.json tools/vnu/package-lock.json
	npm ci --prefix tools/vnu --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

vnu: java $(VNU_JAR)

# The habits CI enforces: lint, formatting, and no model change without its migration.
LINTED := hiwar tests bench
check: install-test
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)
	$(PY) manage.py makemigrations --check --dry-run

# Fix what can be fixed automatically (imports, modern syntax, formatting).
lint: install-test
	$(VENV)/bin/ruff check --fix $(LINTED)
	$(VENV)/bin/ruff format $(LINTED)

# The SQLite pass measures coverage of hiwar/ and prints the report at its end.
# Two workers (pytest-xdist; each has its own in-memory database): about 7 minutes
# instead of 20 on two cores. TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= 2
test-sqlite: install-test chromium vnu edge
	$(PY) -m pytest -p no:cacheprovider -n $(TEST_WORKERS) --cov=hiwar --cov-report=term:skip-covered

test-postgres: install-test chromium vnu edge
	DATABASE_URL=$(PG_TEST_URL) REDIS_URL=$(REDIS_TEST_URL) $(PY) -m pytest -p no:cacheprovider -m postgres

test: check test-sqlite test-postgres

# hiwar/text's tests alone: no Django, no pytest plugin, no database (about 15 s, mostly the hypothesis properties; tests/text/conftest.py).
test-text: install-test
	PYTEST_DISABLE_PLUGIN_AUTOLOAD=1 $(PY) -m pytest -p no:cacheprovider --confcutdir tests/text \
	  -W ignore::pytest.PytestConfigWarning tests/text

# Recompile the message catalogues after editing hiwar/locale/*/LC_MESSAGES/django.po.
# (compilemessages skips a .mo newer than its .po, as a merge can leave it: touch first;
# tests/core/test_catalogues.py fails on a stale .mo.)
messages: install
	touch hiwar/locale/*/LC_MESSAGES/django.po
	cd hiwar && ../$(PY) ../manage.py compilemessages

lock:
	$(PIP) freeze --exclude-editable | sed '1i # Exact versions installed and tested (pip freeze of requirements/test.txt).\n# Regenerate with: make lock' > requirements/constraints.txt
