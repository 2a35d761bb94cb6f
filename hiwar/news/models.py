"""The public pages: home, sections, articles and standard pages."""

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from hiwar.text.slugs import slugify_title

from .blocks import ArticleBodyBlock, plain_text_of


class TransliteratedSlugMixin:
    """Give Arabic and Cyrillic titles a readable Latin slug.

    Wagtail's own fallback (`slugify(title)`) with ASCII slugs drops every Arabic
    letter; `حول المجموعة` would get no slug at all. An editor's own slug wins.
    """

    def full_clean(self, *args, **kwargs):
        if not self.slug and self.title:
            self.slug = slugify_title(self.title) or "page"
        return super().full_clean(*args, **kwargs)


class HomePage(TransliteratedSlugMixin, Page):
    """The front page of one language: lead story, latest news, latest per section."""

    lead_story = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to lead with the newest article."),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage", "news.StandardPage"]
    content_panels = Page.content_panels + [FieldPanel("lead_story")]
    max_latest = 10
    per_section = 4

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live().public().descendant_of(self).for_listing()
        lead = self.lead_story if self.lead_story_id and self.lead_story.live else articles.first()
        latest = [article for article in articles[: self.max_latest + 1] if article != lead][: self.max_latest]
        sections = SectionPage.objects.live().public().child_of(self).in_menu()
        context.update(
            lead=lead,
            latest=latest,
            section_blocks=[(section, section.latest(self.per_section)) for section in sections],
        )
        return context


class SectionPage(TransliteratedSlugMixin, Page):
    """A section (news, events, analysis, …): its articles, newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.ArticlePage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("section")

    def articles(self):
        return ArticlePage.objects.live().public().child_of(self).for_listing()

    def route(self, request, path_components):
        """Fetch an article with its lead image and locale in one query.

        Wagtail's generic route takes one query for the child as a plain Page
        and another for its specific fields; articles are the only children here.
        """
        if len(path_components) != 1:
            return super().route(request, path_components)
        try:
            article = (
                ArticlePage.objects.child_of(self)
                .select_related("lead_image", "locale")
                .get(slug=path_components[0])
            )
        except ArticlePage.DoesNotExist:
            raise Http404 from None
        article._cached_parent_obj = self  # the section: no query for the kicker
        return article.route(request, [])

    def latest(self, count):
        return list(self.articles()[:count])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = paginate(self.articles(), request.GET.get("page"), settings.HIWAR_SECTION_PAGE_SIZE)
        return context


def paginate(queryset, raw_number, per_page):
    """The requested page of a listing; a number that is not a page is a 404.

    `?page=abc`, `0`, `-1` or one past the end are answered with the section's
    404 page rather than silently showing another page under the wrong URL.
    """
    from django.core.paginator import InvalidPage, Paginator

    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    try:
        number = int(raw_number) if raw_number not in (None, "") else 1
        return paginator.page(number)
    except (ValueError, InvalidPage):
        raise Http404("No such page in this listing") from None


class ArticlePageQuerySet(PageQuerySet):
    def for_listing(self):
        """Listings need the image and its renditions, not the body: 2 queries in all."""
        return (
            self.select_related("lead_image", "locale")
            .prefetch_related("lead_image__renditions")
            .defer("body")
            .order_by("-date", "-pk")
        )


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(TransliteratedSlugMixin, Page):
    """A news article, analysis or report in one language."""

    date = models.DateTimeField(_("publication date"), default=timezone.now, db_index=True)
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences for listings and feeds."))
    lead_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
    )
    lead_image_caption = models.CharField(_("lead image caption"), max_length=255, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    source_name = models.CharField(
        _("source"), max_length=255, blank=True, help_text=_("Agency the story is taken from, e.g. TASS.")
    )
    source_url = models.URLField(_("source URL"), max_length=500, blank=True)
    author = models.CharField(_("author"), max_length=255, blank=True)
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    unofficial_translation = models.BooleanField(
        _("unofficial translation"),
        default=False,
        help_text=_("Show readers that this language version is an unofficial translation."),
    )

    objects = PageManager.from_queryset(ArticlePageQuerySet)()

    parent_page_types = ["news.SectionPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading=_("Lead image")),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("source_name"), FieldPanel("source_url")], heading=_("Source")),
        FieldPanel("author"),
        FieldPanel("tags"),
        FieldPanel("unofficial_translation"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("article")
        ordering = ["-date"]

    def plain_text(self) -> str:
        return "\n\n".join(filter(None, [self.summary, plain_text_of(self.body)]))

    @cached_property
    def section(self):
        """The parent section (title and URL are all pages need: no `.specific` query)."""
        return self.get_parent()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tags"] = list(self.tags.all())
        return context


class StandardPage(TransliteratedSlugMixin, Page):
    """A page that is not news: "About the group", contacts."""

    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["news.HomePage"]
    subpage_types = []
    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")

    def plain_text(self) -> str:
        return plain_text_of(self.body)
