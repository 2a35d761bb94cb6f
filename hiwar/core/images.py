"""The alt text of a picture: the one rule every face asks (pages, head tags, feeds, API, JSON-LD).

An image's `title` is the editor's or the importer's label (`demo:kazan-forum-opens`,
`IMG_0042.jpg`), not a description: it never reaches a reader. In order:

1. the image's own description in the reader's language (`alt_ar`, `alt_ru`, `alt_en`);
2. the caption the article gives the picture (`ميناء أستراخان على بحر قزوين`);
3. the article's headline: the picture illustrates it.

On a card (`context="card"`) the headline is the link right beside the picture;
repeating it as alt text makes a screen reader say it twice, so there the
fallback is an empty alt (decorative), as WAI's images tutorial advises.
"""

FIGURE = "figure"
CARD = "card"


def alt_text(image, lang: str, *, caption: str = "", headline: str = "", context: str = FIGURE) -> str:
    if image is None:
        return ""
    own = image.alt_in(lang) if hasattr(image, "alt_in") else ""
    if own:
        return own
    if context == CARD:
        return ""
    return " ".join((caption or headline or "").split())
