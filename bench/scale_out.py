"""Two app servers, a streaming replica and nginx on loopback (issue 18). Run through
bench/scale_out.sh.

Builds a PostgreSQL primary (port 5453) and a replica of it (pg_basebackup -R, 5454),
migrates and fills the primary, starts gunicorn A (8161) and B (8162) with
DATABASE_REPLICA_URL, and nginx (8163) with both in one upstream. Then:

1. an editor signs in to A's admin and publishes a draft (the explorer's bulk action);
   how long until the article answers 200 through B and through nginx (anonymous
   readers, on the replica);
2. wrk reads through nginx; A is stopped (SIGTERM) 3 s in: failed requests counted,
   then a second wrk run once nginx has taken A out; A is started again;
3. import_page writes 1,000 pages on the primary while the replica's lag is sampled,
   and the editor publishes 10 drafts through A, each opened through nginx at once
   (editor, a browser with only the hiwar_primary cookie, an anonymous reader): 404s.

Everything is bounded in time and removed at the end (clusters, servers, files).
"""

import http.cookiejar
import importlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.core.test_replica import pg_version, run  # noqa: E402  the clusters are made as the tests make them

# Clusters and ports of its own, so that the bench never drops the test module's clusters.
PRIMARY_PORT, REPLICA_PORT = 5453, 5454
PRIMARY, STANDBY = "hiwar_scaleout_primary", "hiwar_scaleout_standby"
PRIMARY_URL = f"postgres://postgres@127.0.0.1:{PRIMARY_PORT}/hiwar"
REPLICA_URL = f"postgres://postgres@127.0.0.1:{REPLICA_PORT}/hiwar"


def psql(port, sql, timeout=20):
    done = run("psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", "hiwar",
               "-tAc", sql, timeout=timeout)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def wait_for_replay(timeout=60):
    target = psql(PRIMARY_PORT, "SELECT pg_current_wal_lsn()")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if psql(REPLICA_PORT, f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn") == "t":
            return
        time.sleep(0.2)
    raise SystemExit("the replica did not catch up within a minute")


def drop_clusters(version):
    for name in (STANDBY, PRIMARY):
        run("pg_dropcluster", "--stop", version, name, timeout=120)


PORT_A, PORT_B, PORT_NGINX = 8161, 8162, 8163
WORK = Path(tempfile.mkdtemp(prefix="hiwar-scale-out-"))
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "hiwar.settings.test",
    "DATABASE_URL": PRIMARY_URL,
    "REDIS_URL": os.environ.get("SCALE_OUT_REDIS", "redis://127.0.0.1:6379/8"),
    "DATABASE_REQUEST_DEADLINE": "10",
    "PYTHONUNBUFFERED": "1",
}


def log(*parts):
    print(f"[{time.strftime('%H:%M:%S')}]", *parts, flush=True)


def python(code, timeout=600, **variables):
    done = subprocess.run(
        [sys.executable, "-c", "import django\ndjango.setup()\n" + code],
        cwd=ROOT, env={**ENV, **variables}, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    if done.returncode:
        raise SystemExit(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def build_clusters(version):
    bin_dir = Path(f"/usr/lib/postgresql/{version}/bin")
    trust = ["--", "--auth-local=trust", "--auth-host=trust"]
    assert (
        run(
            "pg_createcluster", version, PRIMARY, "-p", str(PRIMARY_PORT), "--start", *trust, timeout=120
        ).returncode
        == 0
    )
    psql_create = run(
        "psql", "-h", "127.0.0.1", "-p", str(PRIMARY_PORT), "-U", "postgres", "-c", "CREATE DATABASE hiwar"
    )
    assert psql_create.returncode == 0, psql_create.stderr
    migrated = run(sys.executable, "manage.py", "migrate", "--noinput", cwd=ROOT, env=ENV, timeout=900)
    assert migrated.returncode == 0, migrated.stderr[-2000:]
    site = python("""
import json
from django.contrib.auth import get_user_model
from tests.factories import make_article, make_site_tree
locales, homes, sections = make_site_tree()
news = sections[("news", "ar")]
for number in range(20):
    make_article(news, title=f"Scale-out article {number}")
draft = make_article(news, title="Published through A", live=False)
told = [make_article(news, title=f"Told about {n}", live=False) for n in range(10)]
get_user_model().objects.create_superuser("editor", "editor@example.org", "scale-out-password")
print(json.dumps({"section": news.pk, "draft": draft.pk, "draft_url": draft.url or draft.get_url(),
                  "told": [[t.pk, t.url or t.get_url()] for t in told],
                  "article": make_article(news, title="Read by wrk").url}))
""")
    assert (
        run("pg_createcluster", version, STANDBY, "-p", str(REPLICA_PORT), *trust, timeout=120).returncode
        == 0
    )
    data = Path(f"/var/lib/postgresql/{version}/{STANDBY}")
    for child in data.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    backup = run("runuser", "-u", "postgres", "--", str(bin_dir / "pg_basebackup"), "-h", "127.0.0.1",
                 "-p", str(PRIMARY_PORT), "-U", "postgres", "-D", str(data), "-R", "-X", "stream",
                 "--checkpoint=fast", timeout=300)  # fmt: skip
    assert backup.returncode == 0, backup.stderr
    assert run("pg_ctlcluster", version, STANDBY, "start", timeout=120).returncode == 0
    wait_for_replay()
    return site


def gunicorn(port):
    return subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "hiwar.wsgi:application", "-b", f"127.0.0.1:{port}",
         "-w", "2", "--timeout", "30", "--graceful-timeout", "5"],
        cwd=ROOT, env={**ENV, "DATABASE_REPLICA_URL": REPLICA_URL},
        stdout=subprocess.DEVNULL, stderr=open(WORK / f"gunicorn-{port}.log", "w"),
    )  # fmt: skip


NGINX_CONF = """
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    upstream hiwar {{
        server 127.0.0.1:{a} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:{b} max_fails=1 fail_timeout=10s;
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://hiwar;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_connect_timeout 1s;
        }}
    }}
}}
"""


def wait_for(port, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"nothing listens on {port} after {seconds} s")


def status(url, timeout=60):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class Editor:
    """An editor's browser on A's admin: signs in, publishes with the page edit form's
    publish action, follows the admin's redirect, keeps its cookies (session, CSRF,
    hiwar_primary) for 127.0.0.1 — nginx on another port gets them too, as a browser
    would send them to the public site on the same host."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def post(self, url, fields):
        request = urllib.request.Request(
            url, urllib.parse.urlencode(fields).encode(), headers={"Referer": url}
        )
        return self.opener.open(request, timeout=60)

    def sign_in(self):
        url = f"{self.base}/admin/login/"
        page = self.opener.open(url, timeout=30).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        answer = self.post(
            url, {"username": "editor", "password": "scale-out-password", "csrfmiddlewaretoken": token}
        )
        if answer.geturl().rstrip("/").endswith("/admin/login"):
            raise SystemExit("signing in to A's admin failed")

    def publish(self, page_id, parent_id):
        """The explorer's "Publish" bulk action, as the admin's listing links it (with
        `next` back to the listing). Without `next` Wagtail redirects to the action's own
        URL without the page ids, which answers 404 after a successful publish: the 404
        of the last session. (The edit form cannot be sent without a browser: its
        StreamFields are built by the admin's JavaScript.) Returns the moment the admin
        answered, after its redirect."""
        listing = f"/admin/pages/{parent_id}/"
        query = urllib.parse.urlencode({"id": page_id, "next": listing})
        url = f"{self.base}/admin/bulk/wagtailcore/page/publish/?{query}"
        html = self.opener.open(url, timeout=60).read().decode()  # the confirmation page
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        try:
            answer = self.post(url, {"csrfmiddlewaretoken": token})
        except urllib.error.HTTPError as error:
            raise SystemExit(f"publishing through A: {error.code} {error.read().decode()[:2000]}") from None
        if urllib.parse.urlsplit(answer.geturl()).path != listing:
            raise SystemExit(f"publishing through A: not redirected to the listing: {answer.geturl()}")
        answer.read()
        return time.monotonic()

    def status(self, url):
        try:
            with self.opener.open(url, timeout=60) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


def cookie_only(editor):
    """A browser holding only the editor's hiwar_primary cookie (not signed in): what the
    router's read-your-writes pinning alone decides."""
    jar = http.cookiejar.CookieJar()
    for cookie in editor.jar:
        if cookie.name == "hiwar_primary":
            jar.set_cookie(cookie)
    browser = Editor(editor.base)
    browser.jar = jar
    browser.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    return browser


def main():
    version = pg_version()
    if version is None:
        raise SystemExit("needs PostgreSQL's server (pg_basebackup, pg_createcluster)")
    drop_clusters(version)
    servers, nginx = {}, None
    figures = {}
    try:
        started = time.monotonic()
        log("building the primary, its site and the replica")
        site = build_clusters(version)
        figures["setup_seconds"] = round(time.monotonic() - started, 1)
        subprocess.run(
            ["redis-cli", "-n", ENV["REDIS_URL"].rsplit("/", 1)[1], "FLUSHDB"], capture_output=True
        )
        servers = {"A": gunicorn(PORT_A), "B": gunicorn(PORT_B)}
        (WORK / "nginx.conf").write_text(NGINX_CONF.format(work=WORK, a=PORT_A, b=PORT_B, port=PORT_NGINX))
        nginx = subprocess.Popen(
            ["nginx", "-c", str(WORK / "nginx.conf"), "-p", str(WORK), "-g", "daemon off;"]
        )
        for port in (PORT_A, PORT_B, PORT_NGINX):
            wait_for(port)
        for port in (PORT_A, PORT_B):
            assert status(f"http://127.0.0.1:{port}/healthz") == 200

        # 1. Published through A's admin (the edit form's publish), visible through B and nginx.
        log("publishing through A's admin")
        editor = Editor(f"http://127.0.0.1:{PORT_A}")
        editor.sign_in()
        published_at = editor.publish(site["draft"], site["section"])
        url = site["draft_url"]
        seen = {}
        while len(seen) < 2 and time.monotonic() - published_at < 30:
            for name, port in (("B", PORT_B), ("nginx", PORT_NGINX)):
                if name not in seen and status(f"http://127.0.0.1:{port}{url}") == 200:
                    seen[name] = round(time.monotonic() - published_at, 3)
            time.sleep(0.02)
        figures["visible_after_publish_s"] = seen
        log("visible after publish:", seen)

        # 2. wrk through nginx: A stopped (SIGTERM) 3 s into a first 12 s run; a second
        #    run of 12 s after that, when nginx's passive check (max_fails=1) has taken A out.
        def read_with_wrk(seconds, stop_a_after=None):
            wrk = subprocess.Popen(["wrk", "-t2", "-c8", f"-d{seconds}s", "--timeout", "5s",
                                    f"http://127.0.0.1:{PORT_NGINX}{site['article']}"],
                                   stdout=subprocess.PIPE, text=True)  # fmt: skip
            if stop_a_after is not None:
                time.sleep(stop_a_after)
                servers["A"].send_signal(signal.SIGTERM)
            output = wrk.communicate(timeout=120)[0]
            non_2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", output) or [0, 0])[1])
            errors = re.search(
                r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
            )
            return {
                "requests": int(re.search(r"(\d+) requests in", output).group(1)),
                "non_2xx": non_2xx,
                "socket_errors": dict(
                    zip(("connect", "read", "write", "timeout"), map(int, errors.groups()), strict=True)
                )
                if errors
                else {},
                "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
            }

        log("wrk through nginx: 12 s with A stopped after 3 s, then 12 s more")
        figures["wrk_while_stopping_a"] = read_with_wrk(12, stop_a_after=3)
        servers["A"].wait(30)
        figures["wrk_after_a_is_out"] = read_with_wrk(12)
        log("wrk:", figures["wrk_while_stopping_a"], figures["wrk_after_a_is_out"])
        servers["A"] = gunicorn(PORT_A)  # the operator brings A back; the editor works on A
        wait_for(PORT_A)

        # 3. Replication lag while import_page writes 1,000 pages; meanwhile the editor
        #    publishes through A and, told by the admin's redirect, opens each article
        #    through nginx at once: as the editor, as a browser holding only the editor's
        #    hiwar_primary cookie, and as an anonymous reader (who was told nothing).
        log("import_page of 1,000 pages on the primary; sampling the replica's lag")
        sys.path.insert(0, str(ROOT / "bench"))
        pages = WORK / "pages"
        pages.mkdir()
        importlib.import_module("import").write_pages(pages, 1000, seed=18)
        writer = subprocess.Popen(
            [sys.executable, "manage.py", "import_page", "--lang", "ar", *sorted(map(str, pages.iterdir()))],
            cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=open(WORK / "import.log", "w"),
        )  # fmt: skip
        lags, began = [], time.monotonic()
        lag_sql = (
            "SELECT CASE WHEN pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() THEN 0 "
            "ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) END"
        )
        told, nginx_base = [], f"http://127.0.0.1:{PORT_NGINX}"
        pinned, anonymous = cookie_only(editor), Editor(nginx_base)
        while writer.poll() is None and time.monotonic() - began < 900:
            lags.append(float(psql(REPLICA_PORT, lag_sql) or 0))
            if site["told"] and time.monotonic() - began > 3:
                page_id, path = site["told"].pop(0)
                editor.publish(page_id, site["section"])
                pinned = cookie_only(editor)  # the cookie the publish just renewed
                told.append({
                    "editor": editor.status(nginx_base + path),
                    "cookie_only": pinned.status(nginx_base + path),
                    "anonymous": anonymous.status(nginx_base + path),
                })  # fmt: skip
            time.sleep(0.25)
        if writer.poll() is None:
            writer.kill()
        figures["told_about"] = {
            who: {"published": len(told), "404": sum(t[who] == 404 for t in told)}
            for who in ("editor", "cookie_only", "anonymous")
        }
        log("told about:", figures["told_about"], told)
        ordered = sorted(lags)
        figures["import"] = {
            "seconds": round(time.monotonic() - began, 1),
            "samples": len(lags),
            "lag_median_s": round(ordered[len(ordered) // 2], 3) if lags else None,
            "lag_p99_s": round(ordered[int(len(ordered) * 0.99)], 3) if lags else None,
            "lag_max_s": round(ordered[-1], 3) if lags else None,
            "writer_exit": writer.returncode,
        }
        log("import:", figures["import"])
        figures["load_average"] = [round(x, 2) for x in os.getloadavg()]
        print(json.dumps(figures))
    finally:
        for process in [*servers.values(), nginx]:
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
        drop_clusters(version)
        kept = Path(tempfile.gettempdir()) / "hiwar-scale-out-logs"
        shutil.rmtree(kept, ignore_errors=True)
        kept.mkdir()
        for path in WORK.glob("*.log"):
            shutil.copy(path, kept / path.name)
        log(f"logs kept in {kept}")
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
