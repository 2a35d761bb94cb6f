"""gunicorn for Hiwar: `gunicorn -c deploy/gunicorn.conf.py hiwar.wsgi:application`.

Sync workers, as many as the machine serves well: 2 × CPUs + 1 by gunicorn's own
advice (5 on the 2-core test machine), `GUNICORN_WORKERS` to change it. Every page is
a few milliseconds of Python between database and Redis round trips; the edge
cache in front (deploy/varnish/) answers the spikes, so workers are sized for
misses, purges' refetches and editors.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# A request still running after 30 s is killed; the database deadline
# (DATABASE_REQUEST_DEADLINE, 10 s) answers 503 long before.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 10
# Keep-alive to the edge cache on the same machine or network.
keepalive = 5
# A worker is replaced after this many requests (± jitter): what a long-running
# Python process may accumulate is given back.
max_requests = 5000
max_requests_jitter = 500
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
# Behind nginx and Varnish on this machine: believe their X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
