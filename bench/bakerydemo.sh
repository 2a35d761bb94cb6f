#!/bin/sh
# Wagtail's own demo site under the same load as bench/load.sh's uncached article:
# wagtail/bakerydemo at a commit that runs on Python 3.11 (5a01dcd, Wagtail 7.2,
# Django 5.2), set up OUTSIDE this repository in BAKERY_DIR (default /tmp/bakerydemo)
# from a checkout or archive of it, with its production settings on PostgreSQL
# (BAKERY_DB, default bakery_bench; its cache: local memory, as it configures without
# Redis), gunicorn with the same worker count, wrk on its longest blog post, after 10
# concurrent warm-up requests (as bench/uncached_load.py gives Hiwar). BAKERY_PORT (8158) on loopback.
# Prints wrk's report, then each worker's peak memory (VmHWM).
#   git archive --remote … or: git --git-dir=<bakerydemo.git> archive 5a01dcd | tar -x -C /tmp/bakerydemo
#   bench/bakerydemo.sh [WORKERS] [SECONDS] [CONNECTIONS]
set -eu
DIR="${BAKERY_DIR:-/tmp/bakerydemo}"
PG="${LOAD_PG:-postgres://postgres@127.0.0.1:5432}"
DB="${BAKERY_DB:-bakery_bench}"
WORKERS="${1:-5}" SECONDS_="${2:-15}" CONNECTIONS="${3:-64}"
PORT="${BAKERY_PORT:-8158}"
cd "$DIR"
# django-tasks 0.8.1: 0.9.0 (what its pin gives) fails on Python 3.11.7 when a page is saved.
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q -r requirements/base.txt \
    gunicorn "psycopg[binary]>=3.2.2,<3.3" whitenoise==6.6.0 django-tasks==0.8.1; }
export DJANGO_SETTINGS_MODULE=bakerydemo.settings.production DATABASE_URL="$PG/$DB"
export DJANGO_SECRET_KEY=bench-not-secret DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1 DJANGO_DEBUG=off
if ! psql "$PG/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
    psql "$PG/postgres" -qc "CREATE DATABASE $DB"
    .venv/bin/python manage.py migrate --noinput -v0
    .venv/bin/python manage.py load_initial_data
fi
.venv/bin/python manage.py collectstatic --noinput -v0
POST="$(psql "$PG/$DB" -tAc "SELECT p.url_path FROM wagtailcore_page p JOIN blog_blogpage b ON b.page_ptr_id = p.id
        WHERE p.live ORDER BY length(b.body::text) DESC LIMIT 1" | sed 's|^/home||')"
.venv/bin/gunicorn bakerydemo.wsgi:application --workers "$WORKERS" --bind "127.0.0.1:$PORT" \
    --pid "$DIR/gunicorn.pid" --daemon --log-level warning
# On exit the master is stopped and waited for, so the next server measured has the cores.
stop() { m="$(cat "$DIR/gunicorn.pid" 2>/dev/null)" || return 0; kill "$m" 2>/dev/null || return 0
    i=0; while kill -0 "$m" 2>/dev/null && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.2; done; }
trap stop EXIT
# Its production settings redirect plain HTTP to HTTPS: the requests say they came through TLS.
TLS="X-Forwarded-Proto: https"
i=0; until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$TLS" "http://127.0.0.1:$PORT$POST")" = 200 ]; do i=$((i + 1)); [ $i -lt 120 ] || exit 1; sleep 0.5; done
# Warm-up at once, so that every worker, not only the first, has served the post.
for _ in 1 2 3 4 5 6 7 8 9 10; do curl -s -o /dev/null -H "$TLS" "http://127.0.0.1:$PORT$POST" & done; wait
echo "bakerydemo $POST: $(curl -s -H "$TLS" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$POST" | wc -c) bytes"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_}s" --latency --timeout 10s -H "Accept-Encoding: gzip" -H "$TLS" "http://127.0.0.1:$PORT$POST"
for pid in $(ps -o pid= --ppid "$(cat "$DIR/gunicorn.pid")"); do
    echo "bakerydemo worker $pid $(grep VmHWM "/proc/$pid/status")"
done
