#!/bin/sh
# Soak test on the production configuration over loopback (see bench/soak.py).
#   bench/soak.sh [--readers 50] [--seconds 60] [--publish-every 3]
# SOAK_DB (default h_faults_soak) is created on the PostgreSQL at SOAK_PG
# (default postgres://postgres@127.0.0.1:5432); Redis at SOAK_REDIS
# (default redis://127.0.0.1:6379/4). Bounded: the whole run is killed after
# the soak time plus 15 minutes of set-up (migrations on a busy machine).
set -eu
cd "$(dirname "$0")/.."
PG="${SOAK_PG:-postgres://postgres@127.0.0.1:5432}"
DB="${SOAK_DB:-h_faults_soak}"
psql "$PG/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1 \
    || psql "$PG/postgres" -qc "CREATE DATABASE $DB"
WORK="$(mktemp -d /tmp/hiwar-soak-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export DJANGO_SETTINGS_MODULE=hiwar.settings.production
export DATABASE_URL="$PG/$DB" REDIS_URL="${SOAK_REDIS:-redis://127.0.0.1:6379/4}"
export SECRET_KEY="soak-$(date +%s)-not-secret" ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false SECURE_COOKIES=false LOG_LEVEL=WARNING
export STATIC_ROOT="$WORK/static" MEDIA_ROOT="$WORK/media"
exec timeout 1200 .venv/bin/python bench/soak.py "$@"
