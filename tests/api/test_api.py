import datetime

import pytest
from django.utils import timezone
from django.utils.http import http_date

API = "/api/v1"


def get(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, (url, response.status_code, response.content[:500])
    return response


@pytest.mark.django_db
@pytest.mark.postgres
def test_article_list_filters_and_pagination(client, news):
    data = get(client, f"{API}/articles").json()
    assert [item["id"] for item in data["results"]] == [news.en.pk, news.ru.pk, news.ar.pk, news.old_en.pk]
    assert data["count"] == 4 and data["pages"] == 1 and data["next"] is None
    assert [i["id"] for i in get(client, f"{API}/articles?lang=en").json()["results"]] == [
        news.en.pk,
        news.old_en.pk,
    ]
    assert [i["id"] for i in get(client, f"{API}/articles?lang=en&section=analysis").json()["results"]] == [
        news.old_en.pk
    ]
    assert [i["id"] for i in get(client, f"{API}/articles?section=news").json()["results"]] == [
        news.en.pk,
        news.ru.pk,
        news.ar.pk,
    ]
    assert [i["id"] for i in get(client, f"{API}/articles?tag=روسيا").json()["results"]] == [news.ar.pk]
    assert get(client, f"{API}/articles?tag=nothing").json()["count"] == 0
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    ids = [i["id"] for i in get(client, f"{API}/articles", data={"since": since}).json()["results"]]
    assert ids == [news.en.pk, news.ru.pk, news.ar.pk]
    day = (timezone.localtime() - datetime.timedelta(days=10)).date().isoformat()
    assert [i["id"] for i in get(client, f"{API}/articles?since={day}&until={day}").json()["results"]] == [
        news.old_en.pk
    ]
    first = get(client, f"{API}/articles?per_page=3").json()
    assert first["pages"] == 2 and first["next"].endswith("page=2&per_page=3") and first["previous"] is None
    second = get(client, first["next"].replace("http://testserver", "")).json()
    assert [i["id"] for i in second["results"]] == [news.old_en.pk] and second["next"] is None


@pytest.mark.django_db
@pytest.mark.postgres
def test_article_detail(client, news):
    data = get(client, f"{API}/articles/{news.ar.pk}").json()
    assert data["title"] == news.ar.title and data["lang"] == "ar"
    assert data["url"] == f"http://testserver{news.ar.url}"
    assert data["section"]["slug"] == "news"
    assert data["image"]["credit"] == "مجلس الاتحاد الروسي" and data["image"]["url"].startswith(
        "http://testserver/media/"
    )
    assert data["source"] == {"name": "تاس", "url": "https://tass.ru/politika/1"}
    assert set(data["tags"]) == {"روسيا", "طاجيكستان"}
    assert [block["type"] for block in data["body"]] == [
        "paragraph",
        "subheading",
        "quote",
        "image",
        "paragraph",
    ]
    assert data["body"][1]["text"] == "التعاون الأمني"
    assert data["body"][2] == {"type": "quote", "text": "شراكة وتحالف", "attribution": "لافروف"}
    assert (
        data["body"][3]["image"]["credit"] == "مجلس الاتحاد الروسي"
        and data["body"][3]["caption"] == "في موسكو"
    )
    assert "<script" not in data["body"][4]["html"] and "onclick" not in data["body"][4]["html"]
    assert 'href="https://tass.ru/x"' in data["body"][4]["html"]
    assert data["translations"] == {
        "ar": f"http://testserver{news.ar.url}",
        "ru": f"http://testserver{news.ru.url}",
        "en": f"http://testserver{news.en.url}",
    }
    en = get(client, f"{API}/articles/{news.en.pk}").json()
    assert en["image"]["credit"] == "Federation Council of Russia"


@pytest.mark.django_db
def test_sections(client, news):
    data = get(client, f"{API}/sections?lang=ru").json()
    # The Russian analysis section is private.
    assert [(s["slug"], s["lang"]) for s in data] == [("news", "ru")]
    assert data[0]["translations"]["ar"] == "http://testserver/ar/news/"
    assert len(get(client, f"{API}/sections").json()) == 5


@pytest.mark.django_db
@pytest.mark.postgres
def test_nothing_unpublished_in_the_api(client, news):
    bodies = [get(client, f"{API}/articles?per_page=100").content, get(client, f"{API}/sections").content]
    for lang in ("ar", "ru", "en"):
        bodies.append(get(client, f"{API}/articles?lang={lang}&per_page=100").content)
    for body in bodies:
        for title in news.leak_titles:
            assert title.encode() not in body
    for hidden in news.hidden:
        response = get(client, f"{API}/articles/{hidden.pk}", status=404)
        assert response.json()["detail"]
    translations = get(client, f"{API}/articles/{news.ar.pk}").json()["translations"]
    assert all("LEAK" not in url for url in translations.values())


@pytest.mark.django_db
def test_search_endpoint_hides_unpublished(client, news):
    data = get(client, f"{API}/search?q=LEAK&lang=all").json()
    assert data["results"] == []
    found = get(client, f"{API}/search", data={"q": "Lavrov", "lang": "en"}).json()
    assert [r["id"] for r in found["results"]] in (
        [news.en.pk],
        [],
    )  # depends on the search index being filled


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url,status",
    [
        ("/articles?lang=xx", 422),
        ("/articles?lang=" + "a" * 5000, 422),
        ("/articles?section=nowhere", 404),
        ("/articles?section=" + "a" * 101, 422),
        ("/articles?section=a%00b", 422),
        ("/articles?tag=a%00b", 422),
        ("/articles?tag=" + "t" * 101, 422),
        ("/articles?since=yesterday", 422),
        ("/articles?since=2022-13-45", 422),
        ("/articles?until=0.5", 422),
        ("/articles?since=0001-01-01T00:00:00%2B14:00", 200),
        ("/articles?until=9999-12-31T23:59:59-14:00", 200),
        # Beyond any real time zone (PostgreSQL refused -16:00 with a 500): a 422.
        ("/articles?until=9999-12-31T23:59:59-23:59", 422),
        ("/articles?since=2022-06-01T12:00:00-16:00", 422),
        ("/articles?since=2022-06-01T12:00:00%2B14:01", 422),
        ("/articles?page=abc", 422),
        ("/articles?page=0", 422),
        ("/articles?page=-1", 422),
        ("/articles?page=99999999999999999999999", 422),
        ("/articles?page=5000", 404),
        ("/articles?per_page=1000", 422),
        ("/articles/abc", 422),
        ("/articles/0", 422),
        ("/articles/99999999999999999999", 422),
        ("/articles/2147483647", 404),
        ("/sections?lang=xx", 422),
        ("/search?q=", 422),
        ("/search?q=x&lang=xx", 422),
        ("/search?q=" + "x" * 501, 422),
        ("/search?q=a%00", 422),
        ("/search?q=x&page=0", 422),
        ("/nothing/here", 404),
    ],
)
def test_bad_input_is_a_4xx_with_a_message(client, news, url, status):
    response = get(client, API + url, status=status)
    assert response["Content-Type"].startswith("application/json")
    if status != 200:
        assert response.json()["detail"]


@pytest.mark.django_db
@pytest.mark.postgres
def test_conditional_requests_and_cors(client, news):
    url = f"{API}/articles?lang=ar"
    first = get(client, url)
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert etag and last_modified
    assert first["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in first["Access-Control-Expose-Headers"]
    not_modified = get(client, url, status=304, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.content == b"" and not_modified["ETag"] == etag
    assert not_modified["Access-Control-Allow-Origin"] == "*"
    get(client, url, status=304, HTTP_IF_MODIFIED_SINCE=last_modified)
    get(client, url, status=200, HTTP_IF_NONE_MATCH='"something-else"')
    earlier = http_date((timezone.now() - datetime.timedelta(days=30)).timestamp())
    get(client, url, status=200, HTTP_IF_MODIFIED_SINCE=earlier)
    # Publishing a change moves both validators.
    news.ar.title = "عنوان جديد"
    news.ar.save_revision().publish()
    changed = get(client, url, status=200, HTTP_IF_NONE_MATCH=etag)
    assert changed["ETag"] != etag
    detail = get(client, f"{API}/articles/{news.ar.pk}")
    get(client, f"{API}/articles/{news.ar.pk}", status=304, HTTP_IF_NONE_MATCH=detail["ETag"])
    preflight = client.options(
        url,
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    schema = get(client, f"{API}/openapi.json")
    assert schema.json()["openapi"].startswith("3.") and schema["ETag"]
    assert {"/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/sections", "/api/v1/search"} <= set(
        schema.json()["paths"]
    )


def _count(client, url, django_assert_max_num_queries):
    client.get(url)
    with django_assert_max_num_queries(25) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.django_db
@pytest.mark.postgres
def test_api_queries_do_not_grow_with_items(client, site_tree, django_assert_max_num_queries):
    from tests.factories import make_article, make_image, paragraph

    image = make_image()
    section = site_tree.sections[("news", "ru")]
    urls = [
        f"{API}/articles?per_page=100",
        f"{API}/articles?lang=ru&section=news&per_page=100",
        f"{API}/sections",
    ]

    def add(count):
        for number in range(count):
            article = make_article(
                section, image=image, body=[paragraph("текст"), ("image", {"image": image, "caption": ""})]
            )
            article.tags.add(f"t{number}")
            article.save_revision().publish()
        return article

    last = add(3)
    small = [
        _count(client, url, django_assert_max_num_queries) for url in urls + [f"{API}/articles/{last.pk}"]
    ]
    last = add(27)
    large = [
        _count(client, url, django_assert_max_num_queries) for url in urls + [f"{API}/articles/{last.pk}"]
    ]
    assert small == large


@pytest.mark.django_db
def test_root_and_head(client, news):
    root = get(client, f"{API}/").json()
    assert root["openapi"] == "http://testserver/api/v1/openapi.json"
    head = client.head(f"{API}/articles")
    assert head.status_code == 200 and head["ETag"] == get(client, f"{API}/articles")["ETag"]


def test_api_docs_load_nothing_from_another_site(client, db):
    """Swagger UI comes from our own static files (django-ninja's, with "ninja" installed)."""
    docs = client.get(f"{API}/docs")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html and "/static/ninja/swagger-ui.css" in html
    assert "cdn." not in html and "https://" not in html
    assert client.get("/static/ninja/swagger-ui-bundle.js").status_code == 200


@pytest.mark.django_db
@pytest.mark.postgres
@pytest.mark.parametrize(
    "offset,status", [("-12:00", 200), ("%2B14:00", 200), ("-16:00", 422), ("%2B15:30", 422), ("-2359", 422)]
)
def test_time_zone_offsets_beyond_any_real_zone_are_refused_on_every_database(client, news, offset, status):
    """PostgreSQL refuses offsets past ±15:59 in a query (it was a 500); the API stops at ±14:00."""
    response = get(client, f"{API}/articles?since=2022-06-01T12:00:00{offset}", status=status)
    if status == 422:
        assert "between -14:00 and +14:00" in response.content.decode()
    else:
        # Every published article is newer than 2022: the filter keeps them all.
        assert response.json()["count"] == get(client, f"{API}/articles").json()["count"] > 0
