"""Readers' reads on a streaming replica, everything else on the primary (issue 18).

A real PostgreSQL primary (pg_createcluster, port 5451), migrated and given a site,
and a real streaming replica of it (pg_basebackup -R, port 5452); the shared cluster
on 5432 is never touched. Each test runs Hiwar in a process of its own with
DATABASE_URL on the primary and DATABASE_REPLICA_URL on the replica, sends requests
with Django's test Client, and counts the queries each alias ran (an execute_wrapper on
both connections) — so "served by the replica" means the replica answered the page's
queries. Every step has a time limit; both clusters are dropped even on failure.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRIMARY_PORT, REPLICA_PORT = 5451, 5452
PRIMARY, STANDBY = "hiwar_replica_primary", "hiwar_replica_standby"
PRIMARY_URL = f"postgres://postgres@127.0.0.1:{PRIMARY_PORT}/hiwar"
REPLICA_URL = f"postgres://postgres@127.0.0.1:{REPLICA_PORT}/hiwar"

pytestmark = pytest.mark.postgres


def pg_version():
    found = (
        sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_basebackup"))
        if Path("/usr/lib/postgresql").exists()
        else []
    )
    return found[-1].parts[-3] if found else None


def run(*args, timeout=60, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False, **kwargs)


def psql(port, sql, timeout=20):
    done = run("psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", "hiwar",
               "-tAc", sql, timeout=timeout)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def wait_for_replay(timeout=60):
    """Until the replica has replayed everything the primary has written so far."""
    target = psql(PRIMARY_PORT, "SELECT pg_current_wal_lsn()")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if psql(REPLICA_PORT, f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn") == "t":
            return
        time.sleep(0.2)
    raise AssertionError("the replica did not catch up with the primary within a minute")


def drop_clusters(version):
    for name in (STANDBY, PRIMARY):
        run("pg_dropcluster", "--stop", version, name, timeout=120)


# What every process under test starts with: the query counters and two helpers.
PRELUDE = """
import json, time
from django.conf import settings
from django.db import close_old_connections, connections
from django.test import Client

SQL = []  # (alias, sql) of every query, in order


def counted(alias):
    def wrapper(execute, sql, params, many, context):
        SQL.append((alias, sql))
        return execute(sql, params, many, context)
    return wrapper


_counting = [connections[alias].execute_wrapper(counted(alias)) for alias in settings.DATABASES]
for _wrapper in _counting:  # kept referenced: a collected one would remove itself
    _wrapper.__enter__()


def fetch(client, path, method="get", **kwargs):
    start, began = len(SQL), time.monotonic()
    # What a real server does around each request, and the test Client leaves out:
    # persistent connections get their once-per-request health check again.
    close_old_connections()
    response = getattr(client, method)(path, **kwargs)
    close_old_connections()
    ran = SQL[start:]
    return {
        "status": response.status_code,
        "seconds": round(time.monotonic() - began, 3),
        "default": sum(alias == "default" for alias, _ in ran),
        "replica": sum(alias == "replica" for alias, _ in ran),
        "pages_on_default": sum(alias == "default" and "wagtailcore_page" in sql for alias, sql in ran),
        "pages_on_replica": sum(alias == "replica" and "wagtailcore_page" in sql for alias, sql in ran),
        "body": response.content.decode()[:20000] if response.status_code < 300 else "",
        "cookies": {name: morsel.value for name, morsel in response.cookies.items()},
    }
"""


def hiwar(code, timeout=120, **variables):
    """Run PRELUDE + code in a process of Hiwar's own on the primary and the replica;
    the JSON of the last line it printed."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hiwar.settings.test",
        "DATABASE_URL": PRIMARY_URL,
        "DATABASE_REPLICA_URL": REPLICA_URL,
        "DATABASE_CONNECT_TIMEOUT": "2",
        "DATABASE_REPLICA_CHECK_TIMEOUT": "2",
        "DATABASE_REQUEST_DEADLINE": "5",
        **{name: str(value) for name, value in variables.items()},
    }
    env.pop("REDIS_URL", None)  # the local memory cache: no cached page hides a query
    done = subprocess.run(
        [sys.executable, "-c", "import django\ndjango.setup()\n" + PRELUDE + code],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[:1500] + done.stderr[-2500:]
    return json.loads(done.stdout.strip().splitlines()[-1])


SETUP = """
from django.contrib.auth import get_user_model
from tests.factories import make_article, make_site_tree

locales, homes, sections = make_site_tree()
article = make_article(sections[("news", "ar")], title="Replica article", summary="Served from the replica")
article.tags.add("replication")
article.save_revision().publish()
get_user_model().objects.create_superuser("editor", "editor@example.org", "not-a-real-password")
print(json.dumps({"article": article.get_url(), "home": homes["ar"].get_url(), "home_id": homes["ar"].pk, "section_id": sections[("news", "ar")].pk}))
"""


@pytest.fixture(scope="module")
def clusters():
    """A migrated primary with a site on 5451, its streaming replica on 5452."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("PostgreSQL only (set DATABASE_URL=postgres://…): a replica is a PostgreSQL feature")
    version = pg_version()
    if version is None or shutil.which("pg_createcluster") is None:
        pytest.skip("needs PostgreSQL's server, pg_basebackup and pg_createcluster (postgresql-common)")
    bin_dir = Path(f"/usr/lib/postgresql/{version}/bin")
    drop_clusters(version)  # left over from an interrupted run
    try:
        created = run(
            "pg_createcluster", version, PRIMARY, "-p", str(PRIMARY_PORT), "--start",
            "--", "--auth-local=trust", "--auth-host=trust",
            timeout=120,
        )  # fmt: skip
        assert created.returncode == 0, created.stderr
        psql_create = run("psql", "-h", "127.0.0.1", "-p", str(PRIMARY_PORT), "-U", "postgres",
                          "-c", "CREATE DATABASE hiwar")  # fmt: skip
        assert psql_create.returncode == 0, psql_create.stderr
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hiwar.settings.test", "DATABASE_URL": PRIMARY_URL}
        env.pop("REDIS_URL", None)
        env.pop("DATABASE_REPLICA_URL", None)
        migrated = run(sys.executable, "manage.py", "migrate", "--noinput", cwd=ROOT, env=env, timeout=900)
        assert migrated.returncode == 0, migrated.stderr[-2000:]
        seeded = run(sys.executable, "-c", "import django\ndjango.setup()\n" + PRELUDE + SETUP,
                     cwd=ROOT, env=env, timeout=300)  # fmt: skip
        assert seeded.returncode == 0, seeded.stderr[-3000:]
        site = json.loads(seeded.stdout.strip().splitlines()[-1])

        # The replica: a cluster of its own (config, port, service) whose data directory
        # is a base backup of the primary, with standby.signal and primary_conninfo (-R).
        created = run(
            "pg_createcluster", version, STANDBY, "-p", str(REPLICA_PORT),
            "--", "--auth-local=trust", "--auth-host=trust",
            timeout=120,
        )  # fmt: skip
        assert created.returncode == 0, created.stderr
        data = Path(f"/var/lib/postgresql/{version}/{STANDBY}")
        for child in data.iterdir():  # emptied, kept: the directory is postgres's
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        backup = run(
            "runuser", "-u", "postgres", "--", str(bin_dir / "pg_basebackup"),
            "-h", "127.0.0.1", "-p", str(PRIMARY_PORT), "-U", "postgres",
            "-D", str(data), "-R", "-X", "stream", "--checkpoint=fast",
            timeout=300,
        )  # fmt: skip
        assert backup.returncode == 0, backup.stderr
        started = run("pg_ctlcluster", version, STANDBY, "start", timeout=120)
        assert started.returncode == 0, started.stderr
        assert psql(REPLICA_PORT, "SELECT pg_is_in_recovery()") == "t"
        wait_for_replay()
        yield {"version": version, **site}
    finally:
        for port in (REPLICA_PORT,):  # a test stopped mid-way may leave replay paused
            run(
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "postgres",
                "-c",
                "SELECT pg_wal_replay_resume()",
            )
        drop_clusters(version)


@pytest.fixture
def replica_paused(clusters):
    """The replica's replay paused (it still receives WAL): it falls behind the primary."""
    psql(REPLICA_PORT, "SELECT pg_wal_replay_pause()")
    try:
        yield
    finally:
        psql(REPLICA_PORT, "SELECT pg_wal_replay_resume()")
        wait_for_replay()


def test_an_anonymous_readers_pages_are_read_from_the_replica(clusters):
    # Page bundles off: an article served from its bundle reads no database at all, and
    # builds it on the primary (the next test); here the routing rule itself is checked.
    result = hiwar(
        f"""
reader = Client()
fetch(reader, {clusters["home"]!r})  # the menu is cached now (it is built on the primary)
out = {{path: fetch(reader, path) for path in ({clusters["home"]!r}, {clusters["article"]!r}, "/ar/news/")}}
print(json.dumps(out))
""",
        PAGE_BUNDLE_MAX_AGE=0,
    )
    for path, page in result.items():
        assert page["status"] == 200, path
        assert page["replica"] > 0, f"{path}: no query on the replica"
        assert page["pages_on_default"] == 0, f"{path}: pages read from the primary: {page}"
    assert "Replica article" in result[clusters["article"]]["body"]


def test_an_article_bundle_is_built_on_the_primary_and_then_reads_no_database(clusters, replica_paused):
    """A bundle is kept under the new content generation: built from a replica that has
    not replayed the edit, it would keep the old title (hiwar/news/bundles.py)."""
    result = hiwar(
        f"""
from hiwar.news.models import ArticlePage
reader = Client()
fetch(reader, {clusters["article"]!r})
article = ArticlePage.objects.get(title="Replica article")
article.title = "Replica article, edited"
article.save_revision().publish()
built = fetch(reader, {clusters["article"]!r})
served = fetch(reader, {clusters["article"]!r})
print(json.dumps({{"built": built, "served": served}}))
""",
        DATABASE_REPLICA_MAX_LAG=3600,
    )
    assert result["built"]["status"] == 200 and "Replica article, edited" in result["built"]["body"]
    assert result["built"]["pages_on_replica"] == 0, result["built"]
    assert result["served"]["default"] == 0 and result["served"]["replica"] == 0, result["served"]
    assert "Replica article, edited" in result["served"]["body"]


def test_the_admin_signed_in_users_and_writes_use_the_primary(clusters):
    result = hiwar(f"""
from django.contrib.auth import get_user_model
editor = Client()
editor.force_login(get_user_model().objects.get(username="editor"))
out = {{
    "admin": fetch(editor, "/admin/"),
    "admin_pages": fetch(editor, "/admin/pages/"),
    "signed_in_page": fetch(editor, {clusters["article"]!r}),
    "anonymous_post": fetch(Client(), {clusters["article"]!r}, method="post", data={{"q": "replica"}}),
    "anonymous_admin": fetch(Client(), "/admin/login/"),
}}
print(json.dumps(out))
""")
    for name, page in result.items():
        assert page["status"] < 500, name
        assert page["default"] > 0 and page["replica"] == 0, f"{name}: {page}"
    assert "Replica article" in result["signed_in_page"]["body"]


# Pinned to the primary even inside an anonymous reader's request.
PINNED = [
    "wagtailcore.Revision",
    "wagtailcore.WorkflowState",
    "wagtailcore.TaskState",
    "wagtailcore.ReferenceIndex",
    "taggit.TaggedItem",
    "news.ArticleTag",
    "sessions.Session",
    "auth.User",
    "auth.Group",
    "auth.Permission",
    "axes.AccessAttempt",
    "axes.AccessLog",
    "django_tasks_database.DBTaskResult",
]
NOT_PINNED = ["wagtailcore.Page", "news.ArticlePage", "taggit.Tag", "wagtailcore.Locale"]


@pytest.fixture(scope="module")
def reads_inside_a_readers_request(clusters):
    """Where each model's read went while the request was a reader's (replica chosen),
    plus a write and a read inside a transaction in the same request."""
    return hiwar(f"""
from django.apps import apps
from django.db import transaction
from hiwar.core import routing
from wagtail.models import Page

where = {{}}
token = routing._read_alias.set("replica")
try:
    for label in {PINNED + NOT_PINNED!r}:
        model = apps.get_model(label)
        start = len(SQL)
        list(model.objects.all()[:1])
        where[label] = sorted({{alias for alias, _ in SQL[start:]}})
    root = Page.objects.get(depth=1)
    start = len(SQL)
    Page.objects.filter(pk=-1).update(title="nothing")
    root.save(update_fields=["title"])
    where["writes"] = sorted({{alias for alias, _ in SQL[start:]}})
    start = len(SQL)
    with transaction.atomic():
        list(Page.objects.all()[:1])
    where["read_in_transaction"] = sorted({{alias for alias, _ in SQL[start:] if "wagtailcore_page" in _}})
finally:
    routing._read_alias.reset(token)
print(json.dumps(where))
""")


@pytest.mark.parametrize("label", PINNED)
def test_pinned_models_are_read_from_the_primary_in_a_readers_request(reads_inside_a_readers_request, label):
    assert reads_inside_a_readers_request[label] == ["default"]


@pytest.mark.parametrize("label", NOT_PINNED)
def test_other_models_are_read_from_the_replica_in_a_readers_request(reads_inside_a_readers_request, label):
    assert reads_inside_a_readers_request[label] == ["replica"]


def test_writes_and_transactions_use_the_primary(reads_inside_a_readers_request):
    assert reads_inside_a_readers_request["writes"] == ["default"]
    assert reads_inside_a_readers_request["read_in_transaction"] == ["default"]


def test_a_browser_that_just_published_reads_its_own_writes(clusters, replica_paused):
    """The replica does not replay (so it really lacks the new article); the lag limit
    is high so that lag alone does not send readers to the primary."""
    result = hiwar(
        f"""
from django.contrib.auth import get_user_model
from wagtail.models import Page
from tests.factories import make_article
from hiwar.core.routing import COOKIE

draft = make_article(Page.objects.get(pk={clusters["section_id"]}).specific, title="Just published", live=False)
editor = Client()
editor.force_login(get_user_model().objects.get(username="editor"))
published = fetch(editor, f"/admin/bulk/wagtailcore/page/publish/?id={{draft.pk}}", method="post", data={{}})
url = Page.objects.get(pk=draft.pk).get_url()
same_browser = Client()
same_browser.cookies[COOKIE] = editor.cookies[COOKIE].value
out = {{
    "published": published,
    "live": Page.objects.get(pk=draft.pk).live,
    "same_browser": fetch(same_browser, url),
    "other_reader": fetch(Client(), url),
}}
time.sleep(2.5)  # DATABASE_REPLICA_READ_YOUR_WRITES
out["same_browser_later"] = fetch(same_browser, url)
print(json.dumps(out))
""",
        DATABASE_REPLICA_MAX_LAG=3600,
        DATABASE_REPLICA_READ_YOUR_WRITES=2,
        PAGE_BUNDLE_MAX_AGE=0,  # a bundle would be built on the primary: the rule under test is the router's
    )
    assert result["published"]["status"] == 302 and result["live"], result["published"]
    assert "hiwar_primary" in result["published"]["cookies"]
    assert result["same_browser"]["status"] == 200 and result["same_browser"]["replica"] == 0
    assert "Just published" in result["same_browser"]["body"]
    # The replica has not replayed the publish: a reader it serves does not see it yet.
    assert result["other_reader"]["status"] == 404 and result["other_reader"]["replica"] > 0
    assert result["same_browser_later"]["replica"] > 0, "the primary is for a few seconds only"


def test_the_cached_menu_is_rebuilt_from_the_primary(clusters, replica_paused):
    """The menu is cached until a page changes; rebuilt from a replica behind that change
    it would stay stale for an hour."""
    result = hiwar(
        f"""
from wagtail.models import Page
from tests.factories import publish
from hiwar.news.models import SectionPage

home = Page.objects.get(pk={clusters["home_id"]})
reader = Client()
before = fetch(reader, {clusters["home"]!r})
section = publish(home.specific, SectionPage(title="Replica desk", slug="replica-desk", show_in_menus=True,
                                             locale=home.locale))
after = fetch(reader, {clusters["home"]!r})
print(json.dumps({{"before": before, "after": after}}))
""",
        DATABASE_REPLICA_MAX_LAG=3600,
    )
    assert result["after"]["replica"] > 0, "the page itself still comes from the replica"
    assert "Replica desk" not in result["before"]["body"]
    assert "Replica desk" in result["after"]["body"]


def test_a_lagging_replica_sends_reads_to_the_primary_and_healthz_says_so(clusters, replica_paused):
    result = hiwar(
        f"""
from wagtail.models import Page
from tests.factories import make_article

reader = Client()
out = {{"before": fetch(reader, {clusters["home"]!r})}}
make_article(Page.objects.get(pk={clusters["section_id"]}).specific, title="Written while the replica waits")
time.sleep(2)  # past DATABASE_REPLICA_MAX_LAG and the cached reading
out["lagging"] = fetch(reader, {clusters["home"]!r})
out["health"] = fetch(reader, "/healthz")
print(json.dumps(out))
""",
        DATABASE_REPLICA_MAX_LAG=1,
        DATABASE_REPLICA_CHECK_INTERVAL=0.5,
    )
    assert result["before"]["replica"] > 0
    assert result["lagging"]["status"] == 200
    assert result["lagging"]["pages_on_default"] > 0
    health = json.loads(result["health"]["body"])
    assert result["health"]["status"] == 200
    assert health["database"] == "ok" and health["replica"] == "lagging" and health["replica_lag"] > 1, health

    # Replay resumed: caught up again, the replica serves again (however idle the primary).
    psql(REPLICA_PORT, "SELECT pg_wal_replay_resume()")
    wait_for_replay()
    time.sleep(2)  # the primary stays idle: an idle primary is no lag
    result = hiwar(f"""
fetch(Client(), {clusters["home"]!r})  # the menu, built on the primary, is cached
out = {{"page": fetch(Client(), {clusters["home"]!r}), "health": fetch(Client(), "/healthz")}}
print(json.dumps(out))
""")
    assert result["page"]["replica"] > 0 and result["page"]["pages_on_default"] == 0
    health = json.loads(result["health"]["body"])
    assert health["replica"] == "ok" and health["replica_lag"] == 0 and health["status"] == "ok", health


def test_a_stopped_replica_sends_reads_to_the_primary_quickly_and_comes_back(clusters):
    version = clusters["version"]
    try:
        result = hiwar(
            f"""
import subprocess
reader = Client()
home = {clusters["home"]!r}
out = {{"up": fetch(reader, home)}}
subprocess.run(["pg_ctlcluster", {version!r}, {STANDBY!r}, "stop", "-m", "fast"], check=True, timeout=60)
out["stopped"] = fetch(reader, home)
out["stopped_again"] = fetch(reader, {clusters["article"]!r})
out["health"] = fetch(reader, "/healthz")
subprocess.run(["pg_ctlcluster", {version!r}, {STANDBY!r}, "start"], check=True, timeout=60)
time.sleep(2.5)  # DATABASE_REPLICA_RETRY_AFTER
out["back"] = fetch(reader, home)
print(json.dumps(out))
""",
            DATABASE_REPLICA_RETRY_AFTER=2,
        )
    finally:
        run("pg_ctlcluster", version, STANDBY, "start", timeout=60)
    assert result["up"]["replica"] > 0
    for name in ("stopped", "stopped_again"):
        page = result[name]
        assert page["status"] == 200 and page["pages_on_replica"] == 0 and page["pages_on_default"] > 0, (
            name,
            page,
        )
        assert page["seconds"] < 3, f"{name}: {page['seconds']} s"
    # The failure is remembered: the next request does not even try the replica.
    assert result["stopped_again"]["replica"] == 0
    health = json.loads(result["health"]["body"])
    assert result["health"]["status"] == 200
    assert health["database"] == "ok" and health["replica"] == "down" and health["replica_lag"] is None
    assert result["back"]["status"] == 200 and result["back"]["replica"] > 0


def test_a_restarted_replica_of_an_idle_primary_is_caught_up(clusters):
    """After a restart the standby streams again from the start of its WAL segment: its
    receive LSN is behind its replay LSN until the primary writes. That is caught up,
    not behind by the age of the last commit (the cause of this module's order-dependent
    failures: the test after a restart saw every reader sent to the primary)."""
    version = clusters["version"]
    psql(PRIMARY_PORT, "ALTER SYSTEM SET autovacuum = off")  # no WAL of its own meanwhile
    psql(PRIMARY_PORT, "SELECT pg_reload_conf()")
    behind_sql = "SELECT pg_last_wal_receive_lsn() < pg_last_wal_replay_lsn()"
    try:
        for _attempt in range(3):  # a WAL record of the primary's (a checkpoint) ends the state
            wait_for_replay()
            assert (
                run("pg_ctlcluster", version, STANDBY, "restart", "-m", "fast", timeout=120).returncode == 0
            )
            deadline = time.monotonic() + 60
            while (
                psql(REPLICA_PORT, "SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'")
                != "1"
            ):
                assert time.monotonic() < deadline, (
                    "the restarted replica did not stream again within a minute"
                )
                time.sleep(0.2)
            time.sleep(2)  # the last commit is now older than DATABASE_REPLICA_MAX_LAG
            result = hiwar(
                f"""
def received_behind_replayed():
    with connections["replica"].cursor() as cursor:
        cursor.execute({behind_sql!r})
        return cursor.fetchone()[0]

out = {{"before": received_behind_replayed(), "health": fetch(Client(), "/healthz")}}
fetch(Client(), {clusters["home"]!r})  # the menu, built on the primary, is cached
out["page"] = fetch(Client(), {clusters["home"]!r})
out["after"] = received_behind_replayed()
print(json.dumps(out))
""",
                DATABASE_REPLICA_MAX_LAG=1,
            )
            if result["before"] and result["after"]:
                break
        else:
            raise AssertionError("three restarts, and the primary wrote each time: the case was not made")
    finally:
        psql(PRIMARY_PORT, "ALTER SYSTEM RESET autovacuum")
        psql(PRIMARY_PORT, "SELECT pg_reload_conf()")
    health = json.loads(result["health"]["body"])
    assert health["replica"] == "ok" and health["replica_lag"] == 0, health
    assert result["page"]["pages_on_replica"] > 0 and result["page"]["pages_on_default"] == 0


def test_no_replica_configured_means_one_database(clusters):
    result = hiwar(
        """
from django.conf import settings
from django.db import router
from wagtail.models import Page
out = {"aliases": sorted(settings.DATABASES), "routers": settings.DATABASE_ROUTERS,
       "health": json.loads(Client().get("/healthz").content)}
print(json.dumps(out))
""",
        DATABASE_REPLICA_URL="",
    )
    assert result["aliases"] == ["default"] and result["routers"] == []
    assert "replica" not in result["health"]


def standby_pids(version):
    postmaster = int(Path(f"/var/lib/postgresql/{version}/{STANDBY}/postmaster.pid").read_text().split()[0])
    children = run("ps", "-o", "pid=", "--ppid", str(postmaster)).stdout.split()
    return [postmaster, *map(int, children)]


def test_a_hung_replica_costs_readers_one_bounded_wait(clusters):
    """SIGSTOP: the replica accepts TCP and never answers (no error, no timeout of its
    own). The first reader waits at most the check's deadline and the connect timeout,
    and is served by the primary; the next ones do not wait at all."""
    try:
        result = hiwar(
            f"""
import os, signal
from tests.core.test_replica import standby_pids
reader = Client()
fetch(reader, {clusters["home"]!r})
out = {{"up": fetch(reader, {clusters["home"]!r})}}
from hiwar.core import routing
out["replica_status"] = vars(routing.replica_status())
for pid in standby_pids({clusters["version"]!r}):  # with the backend serving this process
    os.kill(pid, signal.SIGSTOP)
time.sleep(1.2)  # past DATABASE_REPLICA_CHECK_INTERVAL
out["hung"] = fetch(reader, {clusters["article"]!r})
out["hung_again"] = fetch(reader, {clusters["home"]!r})
out["health"] = fetch(reader, "/healthz")
print(json.dumps(out))
""",
            timeout=180,
        )
    finally:
        for pid in standby_pids(clusters["version"]):
            os.kill(pid, signal.SIGCONT)
    assert result["up"]["pages_on_replica"] > 0, result["replica_status"]
    hung = result["hung"]
    assert hung["status"] == 200 and hung["pages_on_default"] > 0 and hung["pages_on_replica"] == 0, hung
    assert hung["seconds"] < 2 + 2 + 2, f"{hung['seconds']} s: check deadline + connect timeout, not a hang"
    again = result["hung_again"]
    assert again["status"] == 200 and again["replica"] == 0 and again["seconds"] < 2, again
    health = json.loads(result["health"]["body"])
    assert result["health"]["status"] == 200 and health["replica"] == "down", health
