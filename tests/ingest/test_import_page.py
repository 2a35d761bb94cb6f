"""import_page against the real test database and site tree."""

import json

import pytest

from hiwar.ingest.models import DuplicateFlag, ImportBand, ImportRecord
from hiwar.news.models import ArticlePage
from tests.ingest.conftest import FIXTURES

SUMMARY_ONE = "imported 1, unchanged 0, duplicates 0, failed 0"


def block_types(article):
    return [block.block_type for block in article.body]


@pytest.mark.postgres
def test_reference_page_becomes_a_draft(site_tree, seed_page, import_page):
    result = import_page(seed_page)
    assert result.status == 0, result.err
    assert result.out.strip().endswith(SUMMARY_ONE)
    article = ArticlePage.objects.get()
    assert article.get_parent().specific == site_tree.sections[("news", "ar")]
    assert article.locale.language_code == "ar"
    assert article.title == "لافروف يصف العلاقات بين روسيا وطاجيكستان بأنها مثال للشراكة والتحالف"
    assert article.date.date().isoformat() == "2022-09-14"
    assert not article.live and article.latest_revision is not None
    assert (
        block_types(article)
        == ["paragraph"] * 7 + ["subheading"] + ["paragraph"] * 4 + ["subheading"] + ["paragraph"] * 2
    )
    assert article.body[7].value == "تطوير التعاون في مجالات التجارة والاقتصاد"
    assert article.source_name == "تاس"
    assert article.slug and article.slug.isascii()
    record = ImportRecord.objects.get()
    assert record.article_id == article.pk and record.photo_credit == "مجلس الاتحاد الروسي"
    assert record.parsed["translations_offered"] == ["ru", "en"]
    assert any("الوزيرلافروف" in warning for warning in record.warnings)
    assert ImportBand.objects.filter(record=record).count() > 0


@pytest.mark.postgres
def test_reimport_changes_nothing(site_tree, seed_page, import_page):
    import_page(seed_page)
    article = ArticlePage.objects.get()
    revisions = article.revisions.count()
    again = import_page(seed_page)
    assert again.status == 0
    assert "imported 0, unchanged 1, duplicates 0, failed 0" in again.out
    assert ArticlePage.objects.count() == 1 and ImportRecord.objects.count() == 1
    assert article.revisions.count() == revisions


@pytest.mark.postgres
def test_small_edits_are_flagged_on_the_existing_article(site_tree, seed_page, import_page, tmp_path):
    import_page(seed_page)
    article = ArticlePage.objects.get()
    edited = tmp_path / "edited.txt"
    edited.write_text(
        seed_page.read_text(encoding="utf-8")
        .replace("300 شركة", "320 شركة")
        .replace("الوزيرلافروف", "الوزير لافروف"),
        encoding="utf-8",
    )
    result = import_page(edited)
    assert "imported 0, unchanged 0, duplicates 1, failed 0" in result.out, result.out
    assert f"duplicate of page {article.pk}" in result.out
    assert ArticlePage.objects.count() == 1  # not silently duplicated
    flag = DuplicateFlag.objects.get()
    assert flag.article_id == article.pk and flag.reason == DuplicateFlag.NEAR_DUPLICATE
    assert flag.similarity > 0.7
    assert any("320 شركة" in block["text"] for block in flag.incoming["blocks"])  # not silently dropped
    assert "unchanged 1" in import_page(edited).out  # flagged once per version


def test_publish_option(site_tree, import_page):
    assert import_page(FIXTURES / "ru_page.txt", "--publish").status == 0
    article = ArticlePage.objects.get()
    assert article.live and article.locale.language_code == "ru"
    assert article.get_parent().specific == site_tree.sections[("news", "ru")]


def test_section_option(site_tree, import_page):
    assert import_page(FIXTURES / "en_page.txt", "--section", "analysis").status == 0
    assert ArticlePage.objects.get().get_parent().specific == site_tree.sections[("analysis", "en")]
    result = import_page(FIXTURES / "ru_page.txt", "--section", "sport")
    assert result.status == 1
    assert "ru_page.txt: error: no section 'sport' in language ru" in result.err


@pytest.mark.postgres
def test_translation_of_links_the_pages(site_tree, import_page):
    import_page(FIXTURES / "ru_page.txt")
    russian = ArticlePage.objects.get()
    result = import_page(FIXTURES / "en_page.txt", "--translation-of", russian.pk)
    assert result.status == 0, result.err
    english = ArticlePage.objects.get(locale__language_code="en")
    assert english.translation_key == russian.translation_key
    assert english.get_translation(russian.locale) == russian


def test_translation_of_must_be_another_language(site_tree, import_page, tmp_path):
    import_page(FIXTURES / "ru_page.txt")
    russian = ArticlePage.objects.get()
    other = tmp_path / "other_ru.txt"
    other.write_text(
        "Другая новость дня\n\n15 сентября 2022\n\nСовсем другой текст о погоде в Москве.\n", encoding="utf-8"
    )
    result = import_page(other, "--translation-of", russian.pk)
    assert result.status == 1
    assert "already in ru" in result.err
    assert ArticlePage.objects.count() == 1


@pytest.mark.postgres
def test_translation_is_suggested(site_tree, import_page):
    import_page(FIXTURES / "ru_page.txt")
    russian = ArticlePage.objects.get()
    result = import_page(FIXTURES / "en_page.txt")
    assert f"looks like a translation of page {russian.pk}" in result.out
    record = ImportRecord.objects.get(lang="en")
    assert record.suggested_translation_of_id == russian.pk
    english = ArticlePage.objects.get(locale__language_code="en")
    assert english.translation_key != russian.translation_key  # suggested, not linked


def test_json_lines_on_stdout_summary_on_stderr(site_tree, seed_page, import_page, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = import_page(seed_page, FIXTURES / "en_page.txt", empty, "--json")
    lines = result.out.strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["lang"] == "ar" and first["date"] == "2022-09-14" and first["status"] == "imported"
    assert first["photo_credit"] == "مجلس الاتحاد الروسي" and first["translations_offered"] == ["ru", "en"]
    assert json.loads(lines[1])["lang"] == "en"
    assert "empty.txt: error: empty file" in result.err
    assert result.err.strip().endswith("imported 2, unchanged 0, duplicates 0, failed 1")
    assert result.status == 1


def test_dry_run_writes_nothing(site_tree, seed_page, import_page):
    result = import_page(seed_page, "--dry-run", "--json")
    assert result.status == 0
    data = json.loads(result.out)
    assert data["title"].startswith("لافروف") and "status" not in data
    assert sum(block["type"] == "paragraph" for block in data["blocks"]) == 13
    assert ArticlePage.objects.count() == 0 and ImportRecord.objects.count() == 0


def test_bad_files_fail_alone(site_tree, import_page, tmp_path):
    files = {}

    def write(name, data):
        path = tmp_path / name
        path.write_bytes(data)
        files[name] = path
        return path

    write("empty.txt", b"")
    write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    write(
        "arabic-1256.txt",
        "افتتاح معرض الكتاب في قازان\n\n3 مايو 2023\n\nافتتح في مدينة قازان اليوم معرض الكتاب السنوي بمشاركة دور نشر عربية.\n".encode(
            "windows-1256"
        ),
    )
    write(
        "russian-1251.txt",
        "Выставка книг открылась в Казани\n\n3 мая 2023\n\nВ Казани открылась ежегодная книжная выставка с участием арабских издательств.\n".encode(
            "windows-1251"
        ),
    )
    write(
        "greek.txt",
        "Ο υπουργός δήλωσε ότι οι σχέσεις των δύο χωρών είναι παράδειγμα.\n\n3 Μαΐου 2023\n".encode(
            "iso-8859-7"
        ),
    )
    write("no-title.txt", "\u00a0\n\n\u00a0\n".encode("utf-8") + b"Ru En\n")
    write(
        "no-date.txt",
        b"A headline without a date\n\nA paragraph of text that has no date anywhere near it.\n",
    )
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    result = import_page(*files.values(), huge, FIXTURES / "en_page.txt")
    errors = result.err.strip().splitlines()
    assert result.status == 1
    assert result.out.strip().splitlines()[-1] == "imported 3, unchanged 0, duplicates 0, failed 6"
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "greek.txt": "encoding unknown",
        "no-title.txt": "no title found",
        "no-date.txt": "no publication date found",
        "huge.txt": "too large: 50.0 MB",
    }
    assert len(errors) == len(expected)
    for name, problem in expected.items():
        assert any(
            line.startswith(str(tmp_path / name) + ": error: ") and problem in line for line in errors
        ), (name, errors)
    assert set(ArticlePage.objects.values_list("locale__language_code", flat=True)) == {"ar", "ru", "en"}


@pytest.mark.postgres
def test_a_failure_mid_write_leaves_no_half_article(site_tree, seed_page, import_page, monkeypatch):
    from hiwar.ingest import importer

    def broken_record(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer.ImportRecord.objects, "create", broken_record)
    result = import_page(seed_page, FIXTURES / "en_page.txt")
    assert result.status == 1
    assert "error: RuntimeError: disk full" in result.err
    assert ArticlePage.objects.count() == 0  # both rolled back, the batch went on to the second file
    assert result.out.strip().endswith("imported 0, unchanged 0, duplicates 0, failed 2")


def test_html_page_import(site_tree, import_page):
    result = import_page(FIXTURES / "ar_page.html")
    assert result.status == 0, result.err
    article = ArticlePage.objects.get()
    assert article.source_name == "وكالة تتارستان للأنباء"
    assert block_types(article) == ["paragraph", "paragraph", "subheading", "paragraph"]


def test_translation_of_unknown_article(site_tree, import_page):
    result = import_page(FIXTURES / "en_page.txt", "--translation-of", 999999)
    assert result.status == 1
    assert "--translation-of 999999: no such article" in result.err
    assert ArticlePage.objects.count() == 0


def test_lang_option_overrides_detection(site_tree, import_page):
    result = import_page(FIXTURES / "en_page.txt", "--lang", "en", "--json")
    assert result.status == 0
    assert json.loads(result.out)["lang"] == "en"
    assert ArticlePage.objects.get().locale.language_code == "en"


def test_same_story_under_another_file_name_is_unchanged(site_tree, import_page, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(
        (FIXTURES / "ru_page.txt").read_text(encoding="utf-8").replace("\u00a0", " "), encoding="utf-8"
    )
    import_page(FIXTURES / "ru_page.txt")
    assert "imported 0, unchanged 1, duplicates 0, failed 0" in import_page(copy).out


@pytest.mark.postgres
def test_many_files_parsed_in_a_second_process(site_tree, import_page, tmp_path):
    """20 files: pages are read and parsed in a forked worker while this process writes."""
    paths = []
    for number in range(20):
        path = tmp_path / f"story-{number:02d}.txt"
        words = " ".join(f"word{number}x{index}" for index in range(40))
        path.write_text(
            f"Story number {number}\n\n14 September 2022\n\nThe body of story {number}: {words}.\n",
            encoding="utf-8",
        )
        paths.append(path)
    (tmp_path / "story-05.txt").write_bytes(b"")
    result = import_page(*paths, "--jobs", "2")
    assert result.status == 1
    assert result.err.strip() == f"{tmp_path / 'story-05.txt'}: error: empty file"
    assert result.out.strip().splitlines()[-1] == "imported 19, unchanged 0, duplicates 0, failed 1"
    reported = [line.split(":")[0] for line in result.out.splitlines() if "imported as page" in line]
    assert reported == [str(path) for path in paths if path.name != "story-05.txt"]  # in order
    assert ArticlePage.objects.count() == 19
    assert "unchanged 19" in import_page(*paths, "--jobs", "2").out
