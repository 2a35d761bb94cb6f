#!/bin/sh
# Load on one Arabic article (issue 17): gunicorn uncached, through the edge cache
# (Varnish), through nginx proxy_cache (the alternative edge), and nginx serving the
# same bytes from a file (the ceiling); then a purge storm. See bench/load.py.
#   bench/load.sh [--articles 100000] [--seconds 15] [--connections 64] [--storm 30]
# LOAD_PG (default postgres://postgres@127.0.0.1:5432), LOAD_DB (hiwar_bench_load,
# created, migrated and filled when missing), LOAD_REDIS (redis://127.0.0.1:6379/10).
# Needs wrk, nginx and varnish (make bench-tools). Ports 8151-8155 on loopback.
# BAKERY_DIR set (a bakerydemo set up by bench/bakerydemo.sh): Wagtail's demo is
# measured in the same run, uncached, same workers and load (port 8158).
set -eu
cd "$(dirname "$0")/.."
exec timeout 3600 .venv/bin/python bench/load.py "$@"
