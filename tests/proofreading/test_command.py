"""`manage.py proofread PATH_OR_PAGE_ID [...] [--json]`."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from hiwar.proofreading.models import Dismissal
from hiwar.text.proofreading import Warning
from tests.factories import make_article, paragraph
from tests.text.test_proofreading import REFERENCE_SLIPS

# Also run on PostgreSQL (`make test-postgres`): dismissals, vocabulary and page reads are DB work.
pytestmark = pytest.mark.postgres

FIXTURES = Path(__file__).resolve().parents[1] / "ingest" / "fixtures"
REFERENCE = FIXTURES / "000_e58cfb67f5e5646e.txt"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    status = 0
    try:
        call_command("proofread", *map(str, args), stdout=out, stderr=err)
    except SystemExit as exit:
        status = exit.code
    return status, out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_reference_page_json_has_the_six_slips():
    status, out, _ = run(REFERENCE, "--json")
    assert status == 0
    found = json.loads(out)
    assert all(set(item) == {"check", "block", "excerpt", "suggestion"} for item in found)
    slips = [(item["check"], item["block"], item["excerpt"]) for item in found if item["check"] != "spelling"]
    assert slips == REFERENCE_SLIPS
    assert len(found) - len(slips) <= 2  # spelling's false alarms: the agency's name, `الأوراسي`
    assert any("الوزير لافروف" in item["suggestion"] for item in found)


@pytest.mark.django_db
def test_text_output_one_line_a_warning():
    status, out, err = run(REFERENCE, "--no-spelling")
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == len(REFERENCE_SLIPS)
    assert lines[0].startswith(f"{REFERENCE}: glued-number in block 2: الـ 30الماضية — ")
    assert err.strip() == f"{len(REFERENCE_SLIPS)} warnings"


@pytest.mark.django_db
def test_the_sites_vocabulary_silences_the_agencys_name():
    from hiwar.proofreading.models import AcceptedWord

    AcceptedWord.objects.create(language="ar", word="خوفار")
    _, out, _ = run(REFERENCE, "--json")
    assert "خوفار" not in [item["excerpt"] for item in json.loads(out)]


@pytest.mark.django_db
def test_missing_file_and_unknown_page_one_line_and_status_1(tmp_path):
    status, out, err = run(tmp_path / "absent.txt")
    assert status == 1
    assert err.strip() == f"{tmp_path / 'absent.txt'}: error: no such file"
    status, out, err = run("987654")
    assert status == 1 and err.strip() == "987654: error: no page with id 987654"
    assert out == ""
    # a good input beside a bad one is still proofread; the status says one failed
    status, out, err = run(REFERENCE, tmp_path / "absent.txt", "--json", "--no-spelling")
    assert status == 1 and len(err.strip().splitlines()) == 1
    assert {item["source"] for item in json.loads(out)} == {str(REFERENCE)}


@pytest.mark.django_db
def test_directory_and_binary_file(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    for target in (tmp_path, binary):
        status, _, err = run(target)
        assert status == 1 and len(err.strip().splitlines()) == 1, err


@pytest.mark.django_db
def test_page_id_latest_version_without_dismissed(site_tree):
    article = make_article(
        site_tree.sections[("news", "ru")],
        "Визит в Душанбе",
        body=[paragraph('Министр сказал агентству "Ховар" , что визит прошел успешно.')],
        live=False,
    )
    status, out, _ = run(article.pk, "--json", "--no-spelling")
    assert status == 0
    found = json.loads(out)
    assert {item["check"] for item in found} == {"russian-quotes", "space-before-punctuation"}
    quote = next(item for item in found if item["check"] == "russian-quotes")
    Dismissal.objects.create(
        page=article,
        check_name="russian-quotes",
        fingerprint=Warning("russian-quotes", 0, quote["excerpt"], "").key,
    )
    _, out, _ = run(article.pk, "--json", "--no-spelling")
    assert [item["check"] for item in json.loads(out)] == ["space-before-punctuation"]
