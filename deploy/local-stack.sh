#!/bin/sh
# The production stack on loopback ports, for the tests and the benchmarks:
# gunicorn (deploy/gunicorn.conf.py, hiwar.settings.production) and Varnish
# (deploy/varnish/hiwar.vcl) in front of it, purged by the app.
#
#   deploy/local-stack.sh start     # start both, wait until they answer
#   deploy/local-stack.sh stop      # stop both
#
# Reads: DATABASE_URL, REDIS_URL (required: PostgreSQL and Redis, as in production);
# STACK_DIR (default /tmp/hiwar-stack; pid files, logs, static files, Varnish's
# work directory); APP_PORT (8141), EDGE_PORT (8142), EDGE_ADMIN_PORT (8143);
# GUNICORN_WORKERS (2 × CPUs + 1); EDGE_MEMORY (256m); EDGE_PURGERS (who may purge,
# default 127.0.0.1). The database must be migrated (manage.py migrate).
set -eu
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
STACK_DIR="${STACK_DIR:-/tmp/hiwar-stack}"
APP_PORT="${APP_PORT:-8141}"
EDGE_PORT="${EDGE_PORT:-8142}"
EDGE_ADMIN_PORT="${EDGE_ADMIN_PORT:-8143}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"

wait_for() {  # wait_for URL SECONDS: until it answers 200
    "$PY" - "$1" "$2" <<'PYEOF'
import sys, time, urllib.request
url, limit = sys.argv[1], float(sys.argv[2])
deadline = time.monotonic() + limit
while True:
    try:
        urllib.request.urlopen(url, timeout=2).close()
        break
    except OSError:
        if time.monotonic() > deadline:
            sys.exit(f"{url} did not answer within {limit:.0f} s")
        time.sleep(0.2)
PYEOF
}

stop_pid() {  # stop_pid FILE: TERM, then KILL after 10 s
    [ -f "$1" ] || return 0
    pid="$(cat "$1")"
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        i=0
        while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$1"
}

start() {
    : "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database}"
    : "${REDIS_URL:?REDIS_URL must name the Redis database}"
    command -v varnishd >/dev/null || { echo "varnishd is missing: apt-get install -y varnish (make edge)"; exit 1; }
    mkdir -p "$STACK_DIR"
    export DJANGO_SETTINGS_MODULE=hiwar.settings.production
    export SECRET_KEY="${SECRET_KEY:-local-stack-$(date +%s)-not-secret}"
    export ALLOWED_HOSTS="${ALLOWED_HOSTS:-localhost,127.0.0.1}"
    export SECURE_SSL_REDIRECT=false SECURE_COOKIES=false
    export LOG_LEVEL="${LOG_LEVEL:-WARNING}"
    export STATIC_ROOT="${STATIC_ROOT:-$STACK_DIR/static}"
    export MEDIA_ROOT="${MEDIA_ROOT:-$STACK_DIR/media}"
    export EDGE_PURGE_URL="http://127.0.0.1:$EDGE_PORT"
    export TRUSTED_PROXIES="127.0.0.1"
    [ -f "$STATIC_ROOT/staticfiles.json" ] || "$PY" manage.py collectstatic --noinput -v 0

    # The site's part of the VCL, for loopback: this gunicorn, these purgers, these hosts.
    purgers=""
    for address in $(echo "${EDGE_PURGERS:-127.0.0.1}" | tr ',' ' '); do purgers="$purgers    \"$address\";
"; done
    cat > "$STACK_DIR/hiwar-site.vcl" <<VCL
backend app1 {
    .host = "127.0.0.1";
    .port = "$APP_PORT";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = { .url = "/healthz"; .interval = 1s; .timeout = 2s; .window = 3; .threshold = 2; }
}
acl purgers {
$purgers}
sub hiwar_host {
    if (req.http.host ~ "(?i)^(localhost|127\.0\.0\.1)(:[0-9]+)?\$") {
        set req.http.x-host = "localhost";
    } else {
        return (synth(400, "Unknown host"));
    }
}
VCL

    "$PY" -m gunicorn -c deploy/gunicorn.conf.py hiwar.wsgi:application \
        --bind "127.0.0.1:$APP_PORT" --pid "$STACK_DIR/gunicorn.pid" \
        --error-logfile "$STACK_DIR/gunicorn.log" --daemon
    head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$STACK_DIR/varnish-secret"
    varnishd -j none -n "$STACK_DIR/varnish" -P "$STACK_DIR/varnish.pid" \
        -a "127.0.0.1:$EDGE_PORT" -T "127.0.0.1:$EDGE_ADMIN_PORT" -S "$STACK_DIR/varnish-secret" \
        -p vcl_path="$STACK_DIR:$ROOT/deploy/varnish" -f "$ROOT/deploy/varnish/hiwar.vcl" \
        -s "malloc,${EDGE_MEMORY:-256m}" > "$STACK_DIR/varnish.log" 2>&1
    wait_for "http://127.0.0.1:$APP_PORT/healthz" 90
    wait_for "http://127.0.0.1:$EDGE_PORT/healthz" 30
    echo "gunicorn on 127.0.0.1:$APP_PORT, Varnish on 127.0.0.1:$EDGE_PORT (admin $EDGE_ADMIN_PORT); $STACK_DIR"
}

case "${1:-}" in
start) start ;;
stop)
    stop_pid "$STACK_DIR/varnish.pid"
    stop_pid "$STACK_DIR/gunicorn.pid"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
