"""The payload corpus: classic script-injection and markup-breaking strings, each
put through a way content enters (feed fields, summaries, captions, credits, tags)
and then looked for in the outputs, which must show it as text.

Every payload, if it ever became live markup in a browser, would either run
`alert`/`confirm`/`prompt`/`print` or fetch an URL: the Chromium checks hook all
four and fail on any request other than the page itself.
"""

import datetime
import html.parser
import uuid

from django.utils import timezone

from tests.factories import make_article, make_image, paragraph

PAYLOADS = [
    "<script>alert(1)</script>",
    "Officials said the <img src=x onerror=alert(document.domain)> exchange opens.",
    '"><script>alert(2)</script>',
    "'><img src=x onerror=alert(3)>",
    "<svg onload=alert(4)>",
    "<svg><script>alert(5)</script></svg>",
    '<iframe src="javascript:alert(6)"></iframe>',
    '<a href="javascript:alert(7)">click</a>',
    "<body onload=alert(8)>",
    '<input autofocus onfocus="alert(9)">',
    "<details open ontoggle=alert(10)>",
    '<math><mtext><table><mglyph><style><img src=x onerror="alert(11)">',
    "<IMG SRC=JaVaScRiPt:alert(12)>",
    "<img src=`x` onerror=alert(13)>",
    "&lt;script&gt;alert(14)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(15)&#62;",
    "<scr<script>ipt>alert(16)</scr</script>ipt>",
    "</title><script>alert(17)</script>",
    "</textarea><script>alert(18)</script>",
    "]]><script>alert(19)</script><![CDATA[",
    "<![CDATA[<script>alert(20)</script>]]>",
    '<object data="javascript:alert(21)">',
    '<embed src="javascript:alert(22)">',
    '<form action="javascript:alert(23)"><button>go</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(24)">',
    '<link rel="stylesheet" href="http://127.0.0.9/evil.css">',
    '<div style="background:url(javascript:alert(26))">x</div>',
    "<style>@import 'http://127.0.0.9/x.css';</style>",
    '<video><source onerror="alert(28)"></video>',
    '<marquee onstart="alert(29)">m</marquee>',
    "javascript:alert(30)",
    "{{ 7|add:7 }} {% now 'Y' %} ${alert(31)}",
    '<noscript><p title="</noscript><img src=x onerror=alert(32)>">',
    '<base href="javascript:alert(33)//">',
    "تصريح <img src=x onerror=alert(34)> في موسكو",
    "Заявление <svg/onload=alert(35)> в Москве",
]


FORBIDDEN_ELEMENTS = {
    "script",
    "iframe",
    "object",
    "embed",
    "form",
    "style",
    "meta",
    "link",
    "base",
    "svg",
    "math",
}

URL_ATTRIBUTES = {"href", "src", "action", "data", "poster", "background", "xlink:href", "srcset"}


class MarkupCensus(html.parser.HTMLParser):
    """Every element, attribute and text run of an HTML fragment."""

    def __init__(self, fragment):
        super().__init__(convert_charrefs=True)
        self.elements, self.attributes, self.text = [], [], []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)
        self.attributes.extend((tag, name, value or "") for name, value in attrs)

    def handle_data(self, data):
        self.text.append(data)


def live_markup(fragment):
    """What in `fragment` a browser would run or load: a list of findings, empty when safe."""
    census = MarkupCensus(fragment)
    found = [f"<{tag}>" for tag in census.elements if tag in FORBIDDEN_ELEMENTS]
    for tag, name, value in census.attributes:
        if name.startswith("on") or name in {"style", "srcdoc", "formaction"}:
            found.append(f"<{tag} {name}>")
        if name in URL_ATTRIBUTES and value.strip().lower().startswith(
            ("javascript:", "data:text", "vbscript:")
        ):
            found.append(f"<{tag} {name}={value}>")
    return found


def body_of(entry):
    """The item's HTML body. feedparser lists Media RSS's `media:description` among
    the contents too; the body is the HTML one that holds the paragraphs."""
    (body,) = [c.value for c in entry.content if c.type == "text/html" and "<p>" in c.value]
    return body


def make_hostile_articles(section):
    """One article per payload in `section`, the payload in every text field an editor
    or an import fills: title, summary, body, author, source, tag, caption, credit."""
    articles = {}
    newest = timezone.now() - datetime.timedelta(minutes=1)
    for number, payload in enumerate(PAYLOADS):
        image = make_image(credit=payload, credit_en=payload)
        article = make_article(
            section,
            payload,
            date=newest - datetime.timedelta(minutes=number),  # all inside the news sitemap's two days
            slug=f"payload-{number}-{uuid.uuid4().hex[:6]}",
            summary=f"Summary {number}: {payload}",
            body=[paragraph(f"Body {number}: {payload}"), ("image", {"image": image, "caption": payload})],
            image=image,
            lead_image_caption=payload,
            author=payload[:100],
            source_name=payload[:100],
            source_url="https://example.org/wire",
        )
        article.tags.add(f"tag {number} {payload}"[:100])
        article.save_revision().publish()
        articles[number] = article
    return articles
