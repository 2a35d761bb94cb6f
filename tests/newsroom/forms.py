"""POST data for the admin's article editor, as the browser sends it."""

from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

# An editor writes the body in the page's own language: publishing a page whose text
# is mostly in another script is refused (hiwar.news.forms.ArticlePageForm).
BODIES = {
    "ar": "بضع كلمات عن الخبر كتبها المحرر بالعربية.",
    "ru": "Несколько слов о новости, написанных редактором по-русски.",
    "en": "Some words.",
}


def article_form(page=None, **overrides):
    language = page.locale.language_code if page else "en"
    data = {
        "title": page.title if page else "A new article",
        "slug": page.slug if page else "a-new-article",
        "date": timezone.localtime(page.date if page else timezone.now()).strftime("%Y-%m-%d %H:%M"),
        "summary": "",
        "lead_image_caption": "",
        "body": streamfield([("paragraph", rich_text(f"<p>{BODIES[language]}</p>"))]),
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
