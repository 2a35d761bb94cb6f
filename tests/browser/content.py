"""The content the browser tests read: a small newsroom written for them in ar, ru, en.

Built through tests/factories.py (Wagtail's real add_child / publish), so the
pages, the search index and the switcher are what an editor's work produces.

- `corridor`: the journey article, in all three languages, with a lead image and
  an image in the body (both credited per language), subheadings, a quote, a source,
  Latin digits and a long unbreakable URL in the text (sideways scrolling on phones).
- `delegation`: exists in Arabic and Russian only (the switcher must not offer English).
- `explainer`: English only (no switcher at all).
- fillers in `analysis` so home and section pages look like a real front page.
"""

import datetime
import types
import zoneinfo

from tests.factories import make_article, make_image, make_site_tree, paragraph

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")
CORRIDOR_DATE = datetime.datetime(2025, 9, 14, 12, 30, tzinfo=MOSCOW)
# What a reader must see under the headline, in each language.
CORRIDOR_DATE_TEXT = {"ar": "١٤ سبتمبر ٢٠٢٥", "ru": "14 сентября 2025", "en": "14 September 2025"}

CORRIDOR = {
    "ar": {
        "title": "منتدى قازان يتفق على ممر تجاري للزعفران عبر بحر قزوين",
        "summary": "اتفق مشاركون من روسيا وإيران وأذربيجان على تسهيل نقل الزعفران والفواكه المجففة عبر موانئ بحر قزوين.",
        "search_word": "الزعفران",
        "paragraphs": [
            "أعلن المشاركون في منتدى قازان الاقتصادي، يوم الأحد، عن اتفاق لإنشاء ممر تجاري يربط مزارع الزعفران "
            "في خراسان بأسواق روسيا عبر ميناء أستراخان.",
            "وقال نائب رئيس وزراء تتارستان إن الشحنة الأولى، وحجمها 12 طنًا، ستصل قبل نهاية العام، "
            "مضيفًا أن الرسوم الجمركية ستُخفض بنسبة 15% خلال السنوات الثلاث المقبلة.",
        ],
        "subheadings": ["تطوير التعاون في مجالات التجارة والاقتصاد", "التعاون في مجال النقل"],
        "after": [
            "ويرى خبراء أن الممر سيختصر زمن الشحن من ثلاثة أسابيع إلى ثمانية أيام، "
            "ويفتح الباب أمام منتجات زراعية أخرى من آسيا الوسطى.",
            "ونُشر برنامج المنتدى على الموقع https://kazanforum.ru/programme/2025/caspian-transport-corridor-saffron-session.",
        ],
        "quote": ("إن هذا الممر مثال للشراكة بين بلداننا", "رستم مينيخانوف"),
        "caption": "ميناء أستراخان على بحر قزوين",
        "source": "تاس",
    },
    "ru": {
        "title": "Казанский форум договорился о шафрановом коридоре через Каспий",
        "summary": "Участники из России, Ирана и Азербайджана договорились упростить перевозку шафрана и сухофруктов через каспийские порты.",
        "search_word": "шафрана",
        "paragraphs": [
            "Участники Казанского экономического форума в воскресенье объявили о создании торгового коридора, "
            "который свяжет плантации шафрана в Хорасане с российским рынком через порт Астрахани.",
            "По словам вице-премьера Татарстана, первая партия объёмом 12 тонн прибудет до конца года, "
            "а пошлины в ближайшие три года снизят на 15%.",
        ],
        "subheadings": [
            "Развитие сотрудничества в торговле и экономике",
            "Сотрудничество в сфере транспорта",
        ],
        "after": [
            "Эксперты считают, что коридор сократит срок доставки с трёх недель до восьми дней "
            "и откроет путь другим сельскохозяйственным товарам Центральной Азии.",
            "Программа форума опубликована на сайте https://kazanforum.ru/programme/2025/caspian-transport-corridor-saffron-session.",
        ],
        "quote": ("Этот коридор — пример партнёрства между нашими странами", "Рустам Минниханов"),
        "caption": "Порт Астрахани на Каспийском море",
        "source": "ТАСС",
    },
    "en": {
        "title": "Kazan forum agrees a saffron trade corridor across the Caspian",
        "summary": "Participants from Russia, Iran and Azerbaijan agreed to ease the shipping of saffron and dried fruit through Caspian ports.",
        "search_word": "saffron",
        "paragraphs": [
            "Participants in the Kazan economic forum announced on Sunday a trade corridor linking the saffron "
            "farms of Khorasan with the Russian market through the port of Astrakhan.",
            "Tatarstan's deputy prime minister said the first 12-tonne shipment would arrive before the end of the "
            "year, and that duties would be cut by 15% over the next three years.",
        ],
        "subheadings": ["Developing cooperation in trade and the economy", "Cooperation in transport"],
        "after": [
            "Experts expect the corridor to cut delivery times from three weeks to eight days and to open the way "
            "for other farm produce from Central Asia.",
            "The forum's programme is at https://kazanforum.ru/programme/2025/caspian-transport-corridor-saffron-session.",
        ],
        "quote": ("This corridor is an example of partnership between our countries", "Rustam Minnikhanov"),
        "caption": "The port of Astrakhan on the Caspian Sea",
        "source": "TASS",
    },
}
LEAD_CREDIT = {"ar": "مجلس الاتحاد الروسي", "ru": "Совет Федерации", "en": "Federation Council of Russia"}
BODY_CREDIT = {"ar": "وكالة تاس", "ru": "ТАСС", "en": "TASS"}

DELEGATION = {
    "ar": (
        "وفد من تتارستان يزور مسقط لبحث التعاون في التعليم",
        "التقى الوفد بوزير التعليم العالي العُماني وبحث تبادل الطلاب.",
    ),
    "ru": (
        "Делегация Татарстана посетила Маскат",
        "Делегация встретилась с министром высшего образования Омана и обсудила обмен студентами.",
    ),
}
EXPLAINER_EN = (
    "Explainer: why the Caspian matters to Central Asian exporters",
    "Landlocked exporters look to Caspian ports as a route that avoids crowded land borders.",
)
FILLERS = {
    "ar": [
        ("روسيا وإندونيسيا: أجندة جديدة للتعاون", "قراءة في نتائج زيارة وزير الخارجية الإندونيسي إلى موسكو."),
        (
            "ماذا تعني عضوية مصر في بريكس للاقتصاد الإقليمي؟",
            "تحليل لفرص التجارة بالعملات الوطنية بعد عام من الانضمام.",
        ),
    ],
    "ru": [
        ("Россия и Индонезия: новая повестка", "О чём договорились министры иностранных дел в Москве."),
        ("Что даёт Египту членство в БРИКС", "Торговля в национальных валютах год спустя."),
    ],
    "en": [
        ("Russia and Indonesia: a new agenda", "What the foreign ministers agreed in Moscow."),
        ("What BRICS membership means for Egypt", "Trade in national currencies, one year on."),
    ],
}


def _body(text, image):
    body = [paragraph(p) for p in text["paragraphs"]]
    body.append(("subheading", text["subheadings"][0]))
    body.append(("image", {"image": image, "caption": text["caption"]}))
    body.append(("quote", {"text": text["quote"][0], "attribution": text["quote"][1]}))
    body.append(("subheading", text["subheadings"][1]))
    body += [paragraph(p) for p in text["after"]]
    return body


def build_news():
    locales, homes, sections = make_site_tree()
    lead_image = make_image(
        credit=LEAD_CREDIT["ar"],
        credit_ru=LEAD_CREDIT["ru"],
        credit_en=LEAD_CREDIT["en"],
        size=(1200, 675),
        colour=(32, 92, 104),
    )
    body_image = make_image(
        credit=BODY_CREDIT["ar"],
        credit_ru=BODY_CREDIT["ru"],
        credit_en=BODY_CREDIT["en"],
        size=(1200, 800),
        colour=(176, 120, 60),
    )
    filler_image = make_image(credit="رويترز", credit_en="Reuters", credit_ru="Рейтер", colour=(90, 60, 110))

    fillers = {}
    for lang in ("ar", "ru", "en"):
        for number, (title, summary) in enumerate(FILLERS[lang]):
            # Translations of each other, a day apart, older than the lead.
            previous = fillers.get(("ar", number))
            article = make_article(
                sections[("analysis", lang)],
                title,
                summary=summary,
                date=CORRIDOR_DATE - datetime.timedelta(days=number + 2),
                body=[paragraph(summary)],
                image=filler_image if number == 0 else None,
                translation_of=previous,
            )
            fillers[(lang, number)] = article

    corridor = {}
    for lang, text in CORRIDOR.items():
        corridor[lang] = make_article(
            sections[("news", lang)],
            text["title"],
            date=CORRIDOR_DATE,
            summary=text["summary"],
            body=_body(text, body_image),
            image=lead_image,
            lead_image_caption=text["caption"],
            source_name=text["source"],
            source_url="https://tass.com/",
            translation_of=corridor.get("ar"),
        )

    delegation = {}
    for lang, (title, summary) in DELEGATION.items():
        delegation[lang] = make_article(
            sections[("news", lang)],
            title,
            summary=summary,
            date=CORRIDOR_DATE - datetime.timedelta(days=1),
            body=[paragraph(summary)],
            translation_of=delegation.get("ar"),
        )
    explainer = make_article(
        sections[("analysis", "en")],
        EXPLAINER_EN[0],
        summary=EXPLAINER_EN[1],
        date=CORRIDOR_DATE - datetime.timedelta(days=3),
        body=[paragraph(EXPLAINER_EN[1])],
    )
    return types.SimpleNamespace(
        locales=locales,
        homes=homes,
        sections=sections,
        corridor=corridor,
        delegation=delegation,
        explainer=explainer,
        fillers=fillers,
        lead_image=lead_image,
        body_image=body_image,
    )
