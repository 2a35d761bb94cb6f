"""Proofreading in the Wagtail admin: the warnings on the article's edit page in the
admin's language, dismissals that survive later saves, the count a chief editor sees,
publishing never refused, and the site's vocabulary accepted by spelling."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.utils import translation
from wagtail.test.utils.form_data import rich_text, streamfield

from hiwar.news.models import ArticlePage
from hiwar.proofreading import editor
from hiwar.proofreading.models import AcceptedWord, Dismissal
from hiwar.text import proofreading
from tests.factories import make_article, paragraph
from tests.newsroom.forms import article_form

SLIP = "قال الوزيرلافروف إن التعاون بين البلدين مستمر منذ السنوات الـ 30الماضية."
# Also run on PostgreSQL (`make test-postgres`): dismissals, vocabulary and page reads are DB work.
pytestmark = pytest.mark.postgres

CLEAN = "قال الوزير لافروف إن التعاون بين البلدين مستمر منذ السنوات الـ 30 الماضية."


def login(client, username, language):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser(username, f"{username}@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


@pytest.fixture
def newsroom_staff(db):
    """The site, an Arabic desk editor and a chief editor, made with add_staff (tests/newsroom)."""
    import types

    from tests.factories import make_site_tree
    from tests.newsroom.conftest import add_staff

    _, _, sections = make_site_tree()
    for username, role in (("ar.desk", "ar-desk"), ("chief", "chief")):
        add_staff(username, role, language="en")
    return types.SimpleNamespace(sections=sections, users={"ar-desk": "ar.desk", "chief": "chief"})


@pytest.fixture
def arabic_article(site_tree):
    AcceptedWord.objects.create(language="ar", word="لافروف")  # a name the site uses
    return make_article(
        site_tree.sections[("news", "ar")], "وزير الخارجية في زيارة رسمية", body=[paragraph(SLIP)], live=False
    )


def panel(response):
    soup = BeautifulSoup(response.content, "html.parser")
    found = soup.select_one("[data-proofreading]")
    assert found is not None, "no proofreading panel on the edit page"
    return found


def edit_data(page, text):
    """The edit form's fields as the browser posts them, the body being `text`."""
    return article_form(page, body=streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]))


def test_edit_page_lists_the_warnings_in_the_admins_language(client, arabic_article):
    login(client, "desk", "ar")
    box = panel(client.get(f"/admin/pages/{arabic_article.pk}/edit/"))
    checks = [item["data-check"] for item in box.select("[data-proofreading-warning]")]
    assert "run-together" in checks and "glued-number" in checks
    text = box.get_text(" ")
    with translation.override("ar"):
        assert str(editor.CHECK_LABELS["run-together"]) in text
        assert editor.CHECK_LABELS["run-together"] != "Words run together"
    assert "الوزيرلافروف" in text
    assert "كلمتان" in text or "كلمتين" in text  # the message itself is in Arabic
    # the count, with the Arabic plural for two
    assert "تحذيران" in box.select_one("[data-proofreading-count]").get_text()


def test_russian_admin_reads_the_same_warnings_in_russian(client, arabic_article):
    login(client, "redaktor", "ru")
    text = panel(client.get(f"/admin/pages/{arabic_article.pk}/edit/")).get_text(" ")
    assert "Слова написаны слитно" in text
    assert "2 замечания корректуры не сняты" in text


def test_dismissal_stays_across_saves_of_the_same_text(client, arabic_article):
    login(client, "desk", "en")
    box = panel(client.get(f"/admin/pages/{arabic_article.pk}/edit/"))
    button = box.select_one('[data-proofreading-dismiss][data-check="run-together"]')
    response = client.post(
        f"/admin/proofreading/{arabic_article.pk}/dismiss/",
        {"action": "dismiss", "check": button["data-check"], "key": button["data-key"], "excerpt": "x"},
    )
    assert response.status_code == 200 and response.json() == {"dismissed": True}
    assert Dismissal.objects.filter(page=arabic_article, check_name="run-together").count() == 1

    # another save, a new paragraph before it: the words are the same, it stays dismissed
    page = ArticlePage.objects.get(pk=arabic_article.pk)
    page.body = [paragraph("فقرة جديدة عن الاقتصاد."), paragraph(SLIP)]
    page.save_revision()
    box = panel(client.get(f"/admin/pages/{arabic_article.pk}/edit/"))
    open_checks = [item["data-check"] for item in box.select("[data-proofreading-warning]")]
    assert open_checks == ["glued-number"]
    assert "1 warning dismissed as intended" in box.get_text(" ")
    assert "1 proofreading warning not dismissed" in box.get_text(" ")

    # restore brings it back
    client.post(
        f"/admin/proofreading/{arabic_article.pk}/dismiss/",
        {"action": "restore", "check": button["data-check"], "key": button["data-key"]},
    )
    box = panel(client.get(f"/admin/pages/{arabic_article.pk}/edit/"))
    assert len(box.select("[data-proofreading-warning]")) == 2


def test_dismiss_refuses_an_unknown_check_and_get(client, arabic_article):
    login(client, "desk", "en")
    url = f"/admin/proofreading/{arabic_article.pk}/dismiss/"
    assert client.post(url, {"check": "nonsense", "key": "abc"}).status_code == 400
    assert client.post(url, {"check": "spelling", "key": ""}).status_code == 400
    assert client.get(url).status_code == 405
    assert (
        client.post("/admin/proofreading/999999/dismiss/", {"check": "spelling", "key": "a"}).status_code
        == 404
    )
    assert not Dismissal.objects.exists()


def test_check_url_reads_the_unsaved_text(client, arabic_article):
    login(client, "desk", "en")
    data = edit_data(arabic_article, CLEAN)
    response = client.post(f"/admin/proofreading/{arabic_article.pk}/check/", data)
    assert response.status_code == 200
    assert "No proofreading warnings" in response.content.decode()
    # nothing was saved by checking
    assert (
        ArticlePage.objects.get(pk=arabic_article.pk)
        .get_latest_revision_as_object()
        .body.raw_data[0]["value"]
        .count("الوزيرلافروف")
        == 1
    )


def test_an_editor_who_cannot_edit_the_page_cannot_check_or_dismiss(client, arabic_article):
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user("reader", "r@example.com", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    url = f"/admin/proofreading/{arabic_article.pk}/"
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message
    check = client.post(url + "check/", {})
    assert check.status_code in (302, 403) and b"proofreading" not in check.content
    assert client.post(url + "dismiss/", {"check": "spelling", "key": "a"}).status_code in (302, 403)
    assert not Dismissal.objects.exists()


def test_chief_editor_sees_the_count_and_publishing_is_not_refused(client, arabic_article):
    login(client, "chief", "ar")
    response = client.get(f"/admin/pages/{arabic_article.pk}/edit/")
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("تحذيران" in message for message in shown), shown  # Arabic dual: two warnings

    data = edit_data(arabic_article, SLIP)
    data["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/{arabic_article.pk}/edit/", data, follow=True)
    assert response.status_code == 200
    assert ArticlePage.objects.get(pk=arabic_article.pk).live
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("نُشرت وفيها تحذيران" in message for message in shown), shown  # never refused, told


def test_desk_count_message_is_for_those_who_decide(client, site_tree):
    """A warning-free article: no message at all."""
    article = make_article(
        site_tree.sections[("news", "en")],
        "Talks in Dushanbe",
        body=[paragraph("The talks went on.")],
        live=False,
    )
    login(client, "chief2", "en")
    response = client.get(f"/admin/pages/{article.pk}/edit/")
    assert not [m for m in get_messages(response.wsgi_request) if "proofreading" in str(m)]
    assert "No proofreading warnings" in panel(response).get_text(" ")


# --- the site's vocabulary ----------------------------------------------------------------


def spelling_slips(page):
    return [item.excerpt for item in editor.report_for(page).shown if item.check == "spelling"]


def test_vocabulary_tags_published_titles_and_accepted_words(site_tree):
    section = site_tree.sections[("news", "ru")]
    text = "Делегация прибыла в Хорог, агентство ховар сообщило, что визит прошел успешно, как и дурбек."
    draft = make_article(section, "Визит", body=[paragraph(text)], live=False)
    before = spelling_slips(draft)
    assert {"ховар", "дурбек"} <= set(before), before

    make_article(section, "Ховар сообщает о визите")  # a published title
    assert "ховар" not in spelling_slips(draft)
    assert "дурбек" in spelling_slips(draft)

    AcceptedWord.objects.create(language="ru", word="Дурбек")
    assert spelling_slips(draft) == []

    AcceptedWord.objects.filter(word="Дурбек").delete()
    assert "дурбек" in spelling_slips(draft)


def test_names_written_in_the_storys_other_versions_are_accepted(site_tree):
    """Arabic has no capitals: a place the dictionary lacks is a name when the Russian
    or English version of the same story writes it (`أستراخان` / `Астрахань`), with or
    without a proclitic (`وغروزني` / `Грозный`); a slip in a common word stays."""
    text = "وصلت الشحنة إلى أستراخان ثم نقلت وغروزني عبر الطريق الجديدده."
    arabic = make_article(
        site_tree.sections[("news", "ar")], "شحنة", body=[paragraph(text)], live=False, slug="cargo"
    )
    assert {"أستراخان", "وغروزني", "الجديدده"} <= set(spelling_slips(arabic)), spelling_slips(arabic)

    russian = "Груз прибыл в Астрахань, затем его доставили в Грозный по новой дороге."
    make_article(
        site_tree.sections[("news", "ru")],
        "Груз",
        body=[paragraph(russian)],
        translation_of=arabic,
        live=False,
    )
    assert spelling_slips(arabic) == ["الجديدده"]

    make_article(site_tree.sections[("news", "ru")], "Другое", body=[paragraph("Вести из Махачкалы.")])
    other = make_article(
        site_tree.sections[("news", "ar")],
        "أخرى",
        body=[paragraph("زار الوفد ماخاتشكالا أمس.")],
        live=False,
        slug="other",
    )
    assert "ماخاتشكالا" in spelling_slips(other)  # a name in another story is no help


def test_tags_are_accepted(site_tree):
    section = site_tree.sections[("news", "en")]
    draft = make_article(section, "Visit", body=[paragraph("The minister met kulobi traders.")], live=False)
    assert "kulobi" in spelling_slips(draft)
    other = make_article(section, "Trade")
    other.tags.add("Kulobi")
    other.save()
    assert "kulobi" not in spelling_slips(draft)


def test_a_draft_title_is_not_vocabulary(site_tree):
    section = site_tree.sections[("news", "en")]
    draft = make_article(
        section, "Visit", body=[paragraph("The minister met qurghonteppa traders.")], live=False
    )
    make_article(section, "Qurghonteppa news", live=False)
    assert "qurghonteppa" in spelling_slips(draft)


def test_every_check_has_a_label_and_every_message_is_translated():
    messages = {
        value for value in vars(proofreading).values() if isinstance(value, str) and "%(excerpt)s" in value
    }
    source = open(proofreading.__file__, encoding="utf-8").read()
    messages |= set(re.findall(r'gettext_noop\(\s*"((?:[^"\\]|\\.)*)"', source))
    messages |= set(re.findall(r'gettext_noop\(\s*\n\s*"((?:[^"\\]|\\.)*)"', source))
    assert len(messages) >= 16
    assert set(editor.CHECK_LABELS) == set(proofreading.CHECK_NAMES)
    with translation.override("en"):
        english_labels = {check: str(label) for check, label in editor.CHECK_LABELS.items()}
    for lang in ("ar", "ru"):
        with translation.override(lang):
            for message in messages:
                assert translation.gettext(message) != message, (lang, message)
            for check, label in editor.CHECK_LABELS.items():
                assert str(label) != english_labels[check], (lang, check)


def test_words_of_two_published_articles_are_accepted(site_tree, settings):
    section = site_tree.sections[("news", "en")]
    draft = make_article(section, "Visit", body=[paragraph("Traders from khatlon arrived.")], live=False)
    make_article(section, "One", body=[paragraph("The khatlon region grows cotton.")])
    assert "khatlon" in spelling_slips(draft)  # one article: could be a published slip
    make_article(section, "Two", body=[paragraph("Roads in khatlon were repaired.")])
    assert "khatlon" not in spelling_slips(draft)  # two: a name the site writes
    settings.HIWAR_PROOFREADING_CORPUS_ARTICLES = 0
    editor.vocabulary_changed()
    assert "khatlon" in spelling_slips(draft)


def test_the_count_message_is_for_those_who_approve_or_publish(client, newsroom_staff):
    from tests.newsroom.conftest import login as login_with_password

    article = make_article(
        newsroom_staff.sections[("news", "ar")], "وزير الخارجية في زيارة", body=[paragraph(SLIP)], live=False
    )
    url = f"/admin/pages/{article.pk}/edit/"

    def count_messages(response):
        return [str(m) for m in get_messages(response.wsgi_request) if "proofreading warning" in str(m)]

    login_with_password(client, newsroom_staff.users["ar-desk"])
    response = client.get(url)
    assert response.status_code == 200
    assert len(panel(response).select("[data-proofreading-warning]")) >= 1  # the desk sees the warnings
    assert count_messages(response) == []  # but the count message is the chief's
    client.logout()

    login_with_password(client, newsroom_staff.users["chief"])
    shown = count_messages(client.get(url))
    assert len(shown) == 1 and re.match(
        r"Before you approve or publish: \d+ proofreading warnings? (is|are) not", shown[0]
    )


@pytest.mark.parametrize(
    "lang, count, expected",
    [
        ("ar", 0, "لا تحذيرات من التدقيق اللغوي"),
        ("ar", 1, "تحذير تدقيق واحد غير مستبعد"),
        ("ar", 2, "تحذيران للتدقيق غير مستبعدين"),
        ("ar", 3, "3 تحذيرات تدقيق غير مستبعدة"),
        ("ar", 11, "11 تحذيرًا للتدقيق غير مستبعد"),
        ("ar", 100, "100 تحذير تدقيق غير مستبعد"),
        ("ru", 1, "1 замечание корректуры не снято"),
        ("ru", 3, "3 замечания корректуры не сняты"),
        ("ru", 5, "5 замечаний корректуры не снято"),
        ("ru", 21, "21 замечание корректуры не снято"),
        ("en", 1, "1 proofreading warning not dismissed"),
        ("en", 2, "2 proofreading warnings not dismissed"),
    ],
)
def test_the_count_line_has_each_languages_plural(lang, count, expected):
    shown = [editor.Shown(proofreading.Warning("double-space", 1, f"a{i}  b", ""), "") for i in range(count)]
    shown.append(editor.Shown(proofreading.Warning("spelling", 1, "x", ""), "", dismissed=True))
    with translation.override(lang):
        assert editor.Report(shown).count_line() == expected


def test_check_url_takes_bad_input_without_error(client, arabic_article):
    login(client, "desk", "en")
    url = f"/admin/proofreading/{arabic_article.pk}/check/"
    for data in (
        {},
        {"body-count": "nonsense", "title": "\ufffd"},
        {"title": "x" * 100_000, "summary": "\u202e" * 1000, "date": "not a date"},
        edit_data(arabic_article, "ق" * 200_000),
    ):
        response = client.post(url, data)
        assert response.status_code == 200, data.keys()
        assert b"data-proofreading-count" in response.content
    # a lone surrogate as a broken client sends it: invalid UTF-8 bytes
    raw = client.post(
        url, data=b"title=%ED%A0%80&summary=%FF%FE", content_type="application/x-www-form-urlencoded"
    )
    assert raw.status_code == 200
