"""A real S3 HTTP API on loopback for the media tests: moto's server (`moto_server`,
pinned in requirements/constraints.txt), started once per module, stopped after.

`s3_server` yields the endpoint; `s3_media` (per test) makes a fresh bucket and switches
Django's media storage to it through the same function the settings use
(`s3_media_storage()`, read from MEDIA_S3_* variables), so what is tested is what an
operator's environment produces. If the server cannot start, the tests are skipped with
the reason (its own output) printed.
"""

import contextlib
import json
import socket
import subprocess
import sys
import tempfile
import time
import types
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import boto3
import pytest

# Our share of loopback ports (tests/core/test_database_faults.free_port picks any).
PORTS = range(18300, 18400)
ACCESS_KEY, SECRET_KEY, REGION = "hiwar-test-key", "hiwar-test-secret", "eu-central-1"


def free_port_in(ports) -> int:
    for port in ports:
        with contextlib.closing(socket.socket()) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise OSError(f"no free loopback port in {ports.start}-{ports.stop - 1}")


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True  # any HTTP answer: the server is up
    except OSError:
        return False


@contextlib.contextmanager
def moto_server():
    program = Path(sys.executable).parent / "moto_server"
    if not program.exists():
        pytest.skip(f"moto_server is not installed at {program} (make install-test installs moto[server])")
    port = free_port_in(PORTS)
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        [str(program), "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while not answers(endpoint):
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                reason = log.read().decode("utf-8", "replace").strip()[-500:]
                pytest.skip(f"moto_server did not start on {endpoint}: {reason or 'no output'}")
            time.sleep(0.1)
        yield types.SimpleNamespace(endpoint=endpoint, process=process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )


def make_bucket(endpoint, public=True) -> str:
    """A new bucket; `public`: with the policy docs/deploy.md gives, anyone may read its
    objects (readers' browsers fetch the pictures unsigned). moto enforces it: an unsigned
    GET from a bucket without it is a 403."""
    name = f"hiwar-media-{uuid.uuid4().hex[:12]}"
    s3 = client(endpoint)
    s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    if public:
        s3.put_bucket_policy(Bucket=name, Policy=json.dumps(public_read_policy(name)))
    return name


def public_read_policy(bucket) -> dict:
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/*",
            }
        ],
    }


def bucket_keys(endpoint, bucket) -> list[str]:
    pages = client(endpoint).get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return sorted(item["Key"] for page in pages for item in page.get("Contents", ()))


def empty_bucket(endpoint, bucket) -> None:
    for key in bucket_keys(endpoint, bucket):
        client(endpoint).delete_object(Bucket=bucket, Key=key)


def use_s3_media(monkeypatch, settings, endpoint, bucket, **variables):
    """The media storage an operator gets with these MEDIA_S3_* variables."""
    from hiwar.settings.base import s3_media_storage

    environment = {
        "MEDIA_S3_BUCKET": bucket,
        "MEDIA_S3_ENDPOINT_URL": endpoint,
        "MEDIA_S3_REGION": REGION,
        "MEDIA_S3_ACCESS_KEY_ID": ACCESS_KEY,
        "MEDIA_S3_SECRET_ACCESS_KEY": SECRET_KEY,
        "MEDIA_S3_TIMEOUT": "5",
        **variables,
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings.STORAGES = {**settings.STORAGES, "default": s3_media_storage()}
