import datetime
import types

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.conftest import kept_for_module
from tests.factories import make_article, make_image, make_site_tree, paragraph


@pytest.fixture(scope="module")
def news_world(django_db_setup, django_db_blocker):
    """Built once per test module (about 40 pages, a picture and their search index),
    rolled back after it; each test's changes are rolled back after the test."""
    with kept_for_module(django_db_blocker):
        locales, homes, sections = make_site_tree()
        yield build_news(types.SimpleNamespace(locales=locales, homes=homes, sections=sections))


@pytest.fixture
def site_tree(db, news_world):
    """In these modules the tree is the one the news is in (a second tree would clash)."""
    return news_world.tree


@pytest.fixture
def news(db, news_world):
    """A published article in three languages (Arabic first, then its translations), with image, source and tags, plus
    one unpublished page of each kind that must never be distributed. Fresh from the
    database for each test (an earlier test may have changed the objects it held)."""
    for page in [news_world.ar, news_world.ru, news_world.en, news_world.old_en, *news_world.hidden]:
        page.refresh_from_db()
        page.__dict__.pop("section", None)
    for page in [*news_world.tree.homes.values(), *news_world.tree.sections.values()]:
        page.refresh_from_db()
    return news_world


def build_news(site_tree):
    sections = site_tree.sections
    image = make_image(
        credit="مجلس الاتحاد الروسي", credit_en="Federation Council of Russia", credit_ru="Совет Федерации"
    )
    body = [
        paragraph("لافروف يصف العلاقات بين روسيا وطاجيكستان"),
        ("subheading", "التعاون الأمني"),
        ("quote", {"text": "شراكة وتحالف", "attribution": "لافروف"}),
        ("image", {"image": image, "caption": "في موسكو"}),
        (
            "paragraph",
            __import__("wagtail.rich_text", fromlist=["RichText"]).RichText(
                '<p>نص <a href="https://tass.ru/x">رابط</a> <b onclick="evil()">bold</b></p><script>alert(1)</script>'
            ),
        ),
    ]
    now = timezone.now()
    ar = make_article(
        sections[("news", "ar")],
        "لافروف يصف العلاقات بين روسيا وطاجيكستان بأنها مثال للشراكة والتحالف",
        date=now - datetime.timedelta(hours=4),
        summary="ملخص الخبر",
        image=image,
        body=body,
        source_name="تاس",
        source_url="https://tass.ru/politika/1",
        author="محرر",
    )
    ar.tags.add("روسيا", "طاجيكستان")
    ar.save_revision().publish()
    ru = make_article(
        sections[("news", "ru")],
        "Лавров назвал отношения России и Таджикистана примером партнёрства",
        date=now - datetime.timedelta(hours=3),
        summary="Кратко",
        image=image,
        translation_of=ar,
        source_name="ТАСС",
        source_url="https://tass.ru/politika/1",
    )
    en = make_article(
        sections[("news", "en")],
        "Lavrov calls Russia–Tajikistan relations an example of partnership",
        date=now - datetime.timedelta(hours=2),
        summary="In short",
        image=image,
        translation_of=ar,
        source_name="TASS",
    )
    old_en = make_article(
        sections[("analysis", "en")],
        "An older analysis",
        date=now - datetime.timedelta(days=10),
        summary="Older",
    )

    # --- what must never leak -------------------------------------------------
    draft = make_article(sections[("news", "ar")], "DRAFT-LEAK", live=False)
    future_dated = make_article(
        sections[("news", "ar")], "FUTURE-LEAK", date=now + datetime.timedelta(days=1)
    )
    scheduled = make_article(sections[("news", "en")], "SCHEDULED-LEAK", live=False)
    scheduled.go_live_at = now + datetime.timedelta(days=1)
    scheduled.save_revision().publish()
    scheduled.refresh_from_db()
    assert not scheduled.live
    expired = make_article(sections[("news", "ru")], "EXPIRED-LEAK")
    type(expired).objects.filter(pk=expired.pk).update(expire_at=now - datetime.timedelta(minutes=5))
    private = make_article(sections[("analysis", "ar")], "PRIVATE-LEAK")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    private_section_article = make_article(sections[("analysis", "ru")], "PRIVATE-SECTION-LEAK")
    PageViewRestriction.objects.create(
        page=sections[("analysis", "ru")], restriction_type=PageViewRestriction.LOGIN
    )
    hidden = [draft, future_dated, scheduled, expired, private, private_section_article]
    return types.SimpleNamespace(
        ar=ar,
        ru=ru,
        en=en,
        old_en=old_en,
        image=image,
        hidden=hidden,
        tree=site_tree,
        leak_titles=[
            "DRAFT-LEAK",
            "FUTURE-LEAK",
            "SCHEDULED-LEAK",
            "EXPIRED-LEAK",
            "PRIVATE-LEAK",
            "PRIVATE-SECTION-LEAK",
        ],
    )
