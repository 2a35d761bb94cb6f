"""Response shapes of the API (they become the OpenAPI 3 schema)."""

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import Field


class ErrorOut(Schema):
    detail: str | list[dict[str, Any]] = Field(description="What was wrong with the request.")


class ImageOut(Schema):
    url: str
    width: int
    height: int
    type: str = Field(description="MIME type")
    length: int = Field(description="Size in bytes")
    credit: str = Field(description="Photo credit in the article's language")
    caption: str
    alt: str


class SourceOut(Schema):
    name: str
    url: str | None


class SectionRef(Schema):
    id: int
    slug: str
    title: str
    url: str | None


class ArticleSummaryOut(Schema):
    id: int
    title: str
    url: str
    lang: str
    date: datetime
    last_published_at: datetime | None
    summary: str
    section: SectionRef | None
    image: ImageOut | None
    source: SourceOut | None
    author: str
    tags: list[str]
    unofficial_translation: bool


class ArticleListOut(Schema):
    count: int
    page: int
    pages: int
    per_page: int
    next: str | None
    previous: str | None
    results: list[ArticleSummaryOut]


class ParagraphBlockOut(Schema):
    type: Literal["paragraph"]
    html: str = Field(description="Sanitized HTML with absolute links")


class SubheadingBlockOut(Schema):
    type: Literal["subheading"]
    text: str


class QuoteBlockOut(Schema):
    type: Literal["quote"]
    text: str
    attribution: str


class ImageBlockOut(Schema):
    type: Literal["image"]
    image: ImageOut | None
    caption: str


class VideoBlockOut(Schema):
    type: Literal["video"]
    url: str
    title: str
    caption: str


BodyBlockOut = Annotated[
    ParagraphBlockOut | SubheadingBlockOut | QuoteBlockOut | ImageBlockOut | VideoBlockOut,
    Field(discriminator="type"),
]


class ArticleDetailOut(ArticleSummaryOut):
    body: list[BodyBlockOut]
    translations: dict[str, str] = Field(
        description="{language code: URL} of every published language version"
    )


class SectionOut(Schema):
    id: int
    slug: str
    title: str
    lang: str
    url: str | None
    intro: str
    translations: dict[str, str]


class SearchResultOut(Schema):
    id: int
    title: str
    url: str
    lang: str
    date: datetime | None
    snippet: str = Field(description="HTML-escaped text with matched words in <mark>")
    score: float


class SearchStoryOut(Schema):
    ids: list[int] = Field(description="The results (ids) that are versions of this story, best first")
    versions: dict[str, str] = Field(description="{language code: URL} of every published version")


class SearchOut(Schema):
    query: str
    lang: str
    count: int
    count_exact: bool = Field(
        description="False when count is an estimate (more than 1,000 matches on PostgreSQL), to two figures"
    )
    page: int
    pages: int
    per_page: int
    filters: dict[str, str] = Field(description="The filters applied (section, from, to, sort)")
    suggestion: str | None = Field(description="Did you mean: a respelled query, when nothing was found")
    results: list[SearchResultOut]
    stories: list[SearchStoryOut] = Field(description="With lang=all: the results grouped per story")
