"""Build the demo site from demo/content.py; running it again changes nothing.

Every demo page gets a translation_key derived from its stable key, so a second
run finds what the first made and leaves it alone.
"""

import datetime
import io
import uuid

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from hiwar.core.languages import language_codes
from hiwar.core.models import CreditedImage
from hiwar.news.models import ArticlePage, HomePage, SectionPage, StandardPage

from . import content
from .images import demo_picture

DEMO_NAMESPACE = uuid.UUID("0b7b8a3e-4b8e-4a5c-9e57-6f1f0f6c7a11")
HOME_TITLES = {"ar": "الرئيسية", "ru": "Главная", "en": "Home"}


def demo_key(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}")


def body_blocks(items, image_block=None):
    """[["p", text], ["h", text], ["q", text, who]] → StreamField data."""
    blocks = []
    for item in items:
        kind = item[0]
        if kind == "p":
            blocks.append(("paragraph", RichText(f"<p>{escape(item[1])}</p>")))
        elif kind == "h":
            blocks.append(("subheading", item[1]))
        elif kind == "q":
            blocks.append(("quote", {"text": item[1], "attribution": item[2] if len(item) > 2 else ""}))
    if image_block is not None:
        blocks.insert(max(1, len(blocks) // 2), ("image", image_block))
    return blocks


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @transaction.atomic
    def run(self):
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in language_codes()}
        homes = self.homes(locales)
        sections = self.sections(locales, homes)
        for spec in (content.ABOUT, content.CONTACTS):
            self.standard_page(spec, locales, homes)
        for spec in content.ARTICLES:
            self.article(spec, locales, sections)
        self.say(f"Demo content ready: {self.created} pages created.")
        return self.created

    # --- helpers -----------------------------------------------------------

    def publish(self, parent, page, published_at=None):
        parent.add_child(instance=page)
        if published_at is not None:
            page.first_published_at = published_at
        revision = page.save_revision()
        revision.publish()
        self.created += 1
        return page

    def existing(self, model, key, locale):
        return model.objects.filter(translation_key=key, locale=locale).first()

    def homes(self, locales):
        root = Page.get_first_root_node()
        key = demo_key("home", "home")
        homes = {}
        for code, locale in locales.items():
            home = self.existing(HomePage, key, locale)
            if home is None:
                home = self.publish(
                    root,
                    HomePage(
                        title=HOME_TITLES[code],
                        slug=f"home-{code}",
                        locale=locale,
                        translation_key=key,
                        search_description=content.HOME_DESCRIPTIONS[code],
                    ),
                )
            homes[code] = home
        self.point_site_at(homes["ar"])
        return homes

    def point_site_at(self, home):
        """Wagtail's first migration makes a placeholder page and site; replace them."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Hiwar"
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "Hiwar"
            site.save()
            if type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()

    def sections(self, locales, homes):
        sections = {}
        for spec in content.SECTIONS:
            key = demo_key("section", spec["slug"])
            for code, locale in locales.items():
                section = self.existing(SectionPage, key, locale)
                if section is None:
                    section = self.publish(
                        homes[code],
                        SectionPage(
                            title=spec["title"][code],
                            slug=spec["slug"],
                            intro=spec.get("intro", {}).get(code, ""),
                            show_in_menus=True,
                            locale=locale,
                            translation_key=key,
                        ),
                    )
                sections[(spec["slug"], code)] = section
        return sections

    def standard_page(self, spec, locales, homes):
        key = demo_key("standard", spec["slug"])
        for code, version in spec["versions"].items():
            if self.existing(StandardPage, key, locales[code]) is None:
                self.publish(
                    homes[code],
                    StandardPage(
                        title=version["title"],
                        slug=spec["slug"],
                        body=body_blocks(version["body"]),
                        show_in_menus=True,
                        locale=locales[code],
                        translation_key=key,
                    ),
                )

    def image(self, name, spec):
        if not spec:
            return None
        # The title is the admin's label and the loader's key; readers are given
        # the alt texts (hiwar.core.images.alt_text), never this.
        title = f"demo:{name}"
        alt = spec["alt"]
        image = CreditedImage.objects.filter(title=title).first()
        if image is not None and not image.alt_ar:  # loaded before images had alt texts
            image.alt_ar, image.alt_ru, image.alt_en = alt["ar"], alt["ru"], alt["en"]
            image.save(update_fields=["alt_ar", "alt_ru", "alt_en"])
        if image is None:
            credit = spec["credit"]
            image = CreditedImage(
                title=title,
                credit=credit.get("ar") or next(iter(credit.values())),
                credit_ar=credit.get("ar", ""),
                credit_ru=credit.get("ru", ""),
                credit_en=credit.get("en", ""),
                alt_ar=alt["ar"],
                alt_ru=alt["ru"],
                alt_en=alt["en"],
            )
            picture = demo_picture(spec.get("seed", 1), spec.get("palette", "teal"))

            image.file = ImageFile(io.BytesIO(picture), name=f"{name}.jpg")
            image.save()
        return image

    def article(self, spec, locales, sections):
        key = demo_key("article", spec["key"])
        published_at = timezone.now() - datetime.timedelta(hours=spec.get("age_hours", 24))
        lead_image = self.image(spec["key"], spec.get("image"))
        extra = spec.get("image_in_body")
        body_image = self.image(f"{spec['key']}-body", extra) if extra else None
        for code, version in spec["versions"].items():
            if self.existing(ArticlePage, key, locales[code]) is not None:
                continue
            image_block = None
            if body_image is not None:
                image_block = {"image": body_image, "caption": extra.get("caption", {}).get(code, "")}
            source = spec.get("source") or {}
            article = ArticlePage(
                title=version["title"],
                summary=version.get("summary", ""),
                date=published_at,
                lead_image=lead_image,
                body=body_blocks(version["body"], image_block),
                source_name=source.get(code, ""),
                source_url=spec.get("source_url") or "",
                author=(spec.get("author") or {}).get(code, ""),
                unofficial_translation=version.get("unofficial_translation", False),
                locale=locales[code],
                translation_key=key,
            )
            article.tags.add(*spec.get("tags", {}).get(code, []))
            self.publish(sections[(spec["section"], code)], article, published_at)
