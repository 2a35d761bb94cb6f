#!/bin/sh
# Two gunicorn app servers, a streaming PostgreSQL replica and nginx on loopback
# (issue 18; see bench/scale_out.py and docs/benchmarks.md). As root (pg_createcluster).
# Clusters hiwar_replica_primary (5451) / hiwar_replica_standby (5452), app servers on
# 8161/8162, nginx on 8163, Redis db 8 (SCALE_OUT_REDIS). Bounded: killed after 30 min;
# removes clusters, servers and files even on failure.
set -eu
cd "$(dirname "$0")/.."
exec timeout --signal=INT 1800 .venv/bin/python bench/scale_out.py "$@"
