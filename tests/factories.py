"""Small builders for pages and images used across the test suite.

They go through Wagtail's real API (add_child, save_revision, publish) against
the real test database, like an editor would.
"""

import datetime
import io
import itertools
import uuid

from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.html import escape
from PIL import Image
from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

from hiwar.core.models import CreditedImage
from hiwar.news.models import ArticlePage, HomePage, SectionPage, StandardPage

LANGS = ("ar", "ru", "en")
HOME_TITLES = {"ar": "الرئيسية", "ru": "Главная", "en": "Home"}
SECTION_TITLES = {
    "news": {"ar": "أخبار", "ru": "Новости", "en": "News"},
    "analysis": {"ar": "تحليلات", "ru": "Аналитика", "en": "Analysis"},
}
_counter = itertools.count(1)


def publish(parent, page, published_at=None):
    parent.add_child(instance=page)
    if published_at is not None:
        page.first_published_at = published_at
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_image(
    credit="مجلس الاتحاد الروسي", credit_en="", credit_ru="", size=(640, 360), colour=(20, 80, 90)
):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    image = CreditedImage(
        title=f"test image {next(_counter)}", credit=credit, credit_en=credit_en, credit_ru=credit_ru
    )
    image.file = ImageFile(buffer, name=f"test-{next(_counter)}.jpg")
    image.save()
    return image


def paragraph(text):
    return ("paragraph", RichText(f"<p>{escape(text)}</p>"))


def _recreate_tree_root(locale):
    """A transactional test before this one flushed the tables, with the root page and
    the root collection that Wagtail's migrations made; put them back as they do."""
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    return Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


def make_site_tree(section_slugs=("news", "analysis")):
    """Home pages in ar/ru/en (translations of each other), sections in each, and
    the default site pointing at the Arabic home."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGS}
    root = Page.get_first_root_node() or _recreate_tree_root(locales["ar"])
    home_key = uuid.uuid4()
    homes = {
        code: publish(
            root,
            HomePage(
                title=HOME_TITLES[code], slug=f"home-{code}", locale=locales[code], translation_key=home_key
            ),
        )
        for code in LANGS
    }
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": homes["ar"], "site_name": "Hiwar"},
    )
    sections = {}
    for slug in section_slugs:
        key = uuid.uuid4()
        for code in LANGS:
            sections[(slug, code)] = publish(
                homes[code],
                SectionPage(
                    title=SECTION_TITLES.get(slug, {}).get(code, slug),
                    slug=slug,
                    show_in_menus=True,
                    locale=locales[code],
                    translation_key=key,
                ),
            )
    return locales, homes, sections


def make_article(
    section,
    title=None,
    *,
    date=None,
    body=None,
    summary="",
    translation_of=None,
    live=True,
    image=None,
    source_name="",
    source_url="",
    **fields,
):
    """An ArticlePage in `section`'s language; `live=False` leaves a draft."""
    number = next(_counter)
    article = ArticlePage(
        title=title or f"Article {number}",
        date=date or timezone.now() - datetime.timedelta(hours=number),
        summary=summary,
        body=body if body is not None else [paragraph(f"Paragraph of article {number}.")],
        lead_image=image,
        source_name=source_name,
        source_url=source_url,
        locale=section.locale,
        translation_key=translation_of.translation_key if translation_of else uuid.uuid4(),
        **fields,
    )
    if live:
        return publish(section, article, article.date)
    article.live = False
    section.add_child(instance=article)
    article.save_revision()
    return article


def make_standard_page(home, title, body_text="", translation_of=None):
    page = StandardPage(
        title=title,
        body=[paragraph(body_text)] if body_text else [],
        show_in_menus=True,
        locale=home.locale,
        translation_key=translation_of.translation_key if translation_of else uuid.uuid4(),
    )
    return publish(home, page)
