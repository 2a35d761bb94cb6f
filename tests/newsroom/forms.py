"""POST data for the admin's article editor, as the browser sends it."""

from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

# A few words in each page's language: publishing English words on the Arabic
# site is refused (hiwar/news/forms.py), so each copy is written in its own.
BODIES = {
    "ar": "كلمات قليلة عن الخبر في صفحته العربية.",
    "ru": "Несколько слов о новости на её русской странице.",
    "en": "A few words on the news on its English page.",
}


def body_in(lang):
    return streamfield([("paragraph", rich_text(f"<p>{BODIES.get(lang, BODIES['en'])}</p>"))])


def article_form(page=None, **overrides):
    lang = page.locale.language_code if page is not None and page.locale_id else "en"
    data = {
        "title": page.title if page else "A new article",
        "slug": page.slug if page else "a-new-article",
        "date": timezone.localtime(page.date if page else timezone.now()).strftime("%Y-%m-%d %H:%M"),
        "summary": "",
        "lead_image_caption": "",
        "body": body_in(lang),
        "source_name": "",
        "source_url": "",
        "author": "",
        "tags": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
        "corrections": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)
