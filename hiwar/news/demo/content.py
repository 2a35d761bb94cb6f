"""Demo content for Hiwar: sections, articles and static pages in Arabic,
Russian and English.

All of this text was written by the Hiwar project for the demo site. It is not
copied from any publication. The events are realistic but fictional and carry no
real dates (each article says only how many hours ago it was "published").
Quotes come from unnamed officials or from fictional experts; no words are put
in the mouth of any real, named person. Addresses, e-mail addresses and URLs
are fictional (example.org).

The module is plain data and imports only the organisation's name
(hiwar.text.organisation), so it can be read without Django.
Some articles exist in all three languages, some in only one or two, so that
the language switcher has something to show; a few English versions are
marked as unofficial translations.
"""

from hiwar.text.organisation import ORGANISATION_NAMES, TAGLINE

# The home page's description for search engines and social sites (Promote tab).
HOME_DESCRIPTIONS = {
    "ar": "أخبار وتحليلات العلاقات بين روسيا ودول العالم الإسلامي: السياسة والاقتصاد والثقافة والدين.",
    "ru": "Новости и аналитика об отношениях России со странами исламского мира: политика, экономика, культура, религия.",
    "en": "News and analysis on relations between Russia and the Islamic world: politics, economy, culture and religion.",
}

SECTIONS = [
    {
        "slug": "news",
        "title": {"ar": "أخبار", "ru": "Новости", "en": "News"},
        "intro": {
            "ar": "آخر أخبار العلاقات بين روسيا ودول العالم الإسلامي في السياسة والدبلوماسية والتعليم.",
            "ru": "Последние новости об отношениях России со странами исламского мира: политика, дипломатия, образование.",
            "en": "The latest news on relations between Russia and the countries of the Islamic world: politics, diplomacy, education.",
        },
    },
    {
        "slug": "events",
        "title": {"ar": "فعاليات", "ru": "События", "en": "Events"},
        "intro": {
            "ar": "منتديات ومؤتمرات ومعارض ولقاءات تجمع روسيا والعالم الإسلامي.",
            "ru": "Форумы, конференции, выставки и встречи, объединяющие Россию и исламский мир.",
            "en": "Forums, conferences, exhibitions and meetings that bring Russia and the Islamic world together.",
        },
    },
    {
        "slug": "analysis",
        "title": {"ar": "تحليلات", "ru": "Аналитика", "en": "Analysis"},
        "intro": {
            "ar": "قراءات معمّقة وآراء الخبراء حول القضايا الإقليمية والدولية.",
            "ru": "Глубокий разбор и мнения экспертов о региональных и международных вопросах.",
            "en": "In-depth reading and expert opinion on regional and international affairs.",
        },
    },
    {
        "slug": "economy",
        "title": {"ar": "اقتصاد", "ru": "Экономика", "en": "Economy"},
        "intro": {
            "ar": "التجارة والاستثمار والطاقة والنقل والتمويل الإسلامي.",
            "ru": "Торговля, инвестиции, энергетика, транспорт и исламские финансы.",
            "en": "Trade, investment, energy, transport and Islamic finance.",
        },
    },
    {
        "slug": "culture",
        "title": {"ar": "ثقافة", "ru": "Культура", "en": "Culture"},
        "intro": {
            "ar": "التراث والتعليم واللغات والتبادل الثقافي والإنساني.",
            "ru": "Наследие, образование, языки, культурные и гуманитарные связи.",
            "en": "Heritage, education, languages, and cultural and people-to-people exchange.",
        },
    },
    {
        "slug": "religion",
        "title": {"ar": "دين", "ru": "Религия", "en": "Religion"},
        "intro": {
            "ar": "الحياة الدينية لمسلمي روسيا، والحج، والتعليم الديني، والحوار بين الأديان.",
            "ru": "Религиозная жизнь мусульман России, хадж, религиозное образование и межрелигиозный диалог.",
            "en": "The religious life of Russia's Muslims, the Hajj, religious education and interfaith dialogue.",
        },
    },
]

ARTICLES = [
    # ------------------------------------------------------------------ events
    {
        "key": "kazan-forum-opens",
        "section": "events",
        "age_hours": 5,
        "source": {"ar": "تاس", "ru": "ТАСС", "en": "TASS"},
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نجمة ثمانية كبيرة فوق نقش هندسي إسلامي بلون أزرق مخضرّ، رسم توضيحي لخبر افتتاح منتدى قازان",
                "ru": "Большая восьмиконечная звезда на бирюзовом исламском геометрическом орнаменте — иллюстрация к открытию форума в Казани",
                "en": "A large eight-pointed star over a teal Islamic geometric pattern, illustrating the opening of the Kazan forum",
            },
            "seed": 1,
            "palette": "teal",
            "credit": {
                "ar": "الخدمة الصحفية لمنتدى KazanForum",
                "ru": "Пресс-служба KazanForum",
                "en": "KazanForum press service",
            },
        },
        "image_in_body": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نقش من نجوم ثمانية بلون رملي، رسم توضيحي لمعرض المنتدى",
                "ru": "Узор из восьмиконечных звёзд песочного цвета — иллюстрация к выставке форума",
                "en": "A sand-coloured pattern of eight-pointed stars, illustrating the forum's exhibition",
            },
            "seed": 7,
            "palette": "sand",
            "caption": {
                "ar": "جانب من المعرض المقام على هامش المنتدى",
                "ru": "Выставочная зона форума",
                "en": "The exhibition area of the forum",
            },
            "credit": {
                "ar": "الخدمة الصحفية لمنتدى KazanForum",
                "ru": "Пресс-служба KazanForum",
                "en": "KazanForum press service",
            },
        },
        "tags": {
            "ar": ["روسيا", "تتارستان", "KazanForum", "التمويل الإسلامي"],
            "ru": ["Россия", "Татарстан", "KazanForum", "исламские финансы"],
            "en": ["Russia", "Tatarstan", "KazanForum", "Islamic finance"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "انطلاق أعمال منتدى KazanForum 2026 في قازان بمشاركة وفود من أكثر من 80 دولة",
                "summary": "افتُتح في عاصمة تتارستان المنتدى الاقتصادي الدولي «روسيا – العالم الإسلامي»، الذي يركّز هذا العام على التمويل الإسلامي والتجارة الرقمية والشراكة في مجال الطاقة.",
                "body": [
                    [
                        "p",
                        "انطلقت اليوم في مدينة قازان أعمال المنتدى الاقتصادي الدولي «روسيا – العالم الإسلامي: KazanForum 2026»، بمشاركة وفود رسمية ورجال أعمال وخبراء من أكثر من 80 دولة. ويستمر المنتدى ثلاثة أيام، ويتضمن برنامجه أكثر من 150 جلسة وحلقة نقاش وفعالية ثقافية.",
                    ],
                    [
                        "p",
                        "وأوضحت اللجنة المنظِّمة أن محاور الدورة الحالية تشمل التمويل الإسلامي، وصناعة الحلال، والتجارة الإلكترونية، والتعاون في مجالات الطاقة والنقل والتعليم. ومن المنتظر توقيع عدد من الاتفاقيات ومذكرات التفاهم بين هيئات روسية وشركاء من دول الخليج وآسيا الوسطى وجنوب شرق آسيا.",
                    ],
                    ["h", "التمويل الإسلامي في صدارة الاهتمام"],
                    [
                        "p",
                        f"وتحظى جلسات التمويل بالشراكة باهتمام خاص، إذ يناقش المشاركون نتائج التجربة الروسية في تطبيق أدوات التمويل الإسلامي في عدد من الأقاليم، وإمكانات ربطها بالمؤسسات المالية في ماليزيا وإندونيسيا والإمارات. ويُعقد على هامش المنتدى اجتماع ل{ORGANISATION_NAMES['ar']}.",
                    ],
                    [
                        "q",
                        "أصبحت قازان منصة دائمة للحوار بين روسيا والعالم الإسلامي، ودورة هذا العام هي الأوسع من حيث عدد الدول المشاركة.",
                        "مسؤول في اللجنة المنظِّمة للمنتدى",
                    ],
                    [
                        "p",
                        "ويضم معرض المنتدى أجنحة لشركات من روسيا ومصر وتركيا وباكستان وأوزبكستان، تعرض منتجات في مجالات الأغذية الحلال والصناعات الدوائية والتقنيات الرقمية. ومن المقرر أن يُختتم المنتدى بجلسة عامة تُعلَن فيها أبرز نتائجه.",
                    ],
                ],
            },
            "ru": {
                "title": "В Казани открылся KazanForum 2026 с участием делегаций из более чем 80 стран",
                "summary": "В столице Татарстана начал работу Международный экономический форум «Россия – Исламский мир». В центре внимания в этом году — исламские финансы, цифровая торговля и энергетическое партнёрство.",
                "body": [
                    [
                        "p",
                        "Сегодня в Казани открылся Международный экономический форум «Россия – Исламский мир: KazanForum 2026». В нём участвуют официальные делегации, предприниматели и эксперты из более чем 80 стран. Форум продлится три дня, в его программе — свыше 150 сессий, дискуссий и культурных мероприятий.",
                    ],
                    [
                        "p",
                        "Как сообщили в оргкомитете, ключевые темы нынешнего форума — исламские финансы, халяль-индустрия, электронная торговля, сотрудничество в энергетике, транспорте и образовании. Ожидается подписание ряда соглашений и меморандумов между российскими организациями и партнёрами из стран Залива, Центральной и Юго-Восточной Азии.",
                    ],
                    ["h", "Исламские финансы в центре внимания"],
                    [
                        "p",
                        f"Особый интерес вызывают сессии о партнёрском финансировании: участники обсуждают итоги российского эксперимента по применению инструментов исламских финансов в ряде регионов и возможности связать их с финансовыми институтами Малайзии, Индонезии и ОАЭ. На полях форума пройдёт заседание Группы стратегического видения «{TAGLINE['ru']}».",
                    ],
                    [
                        "q",
                        "Казань стала постоянной площадкой диалога России и исламского мира, а нынешний форум — самый представительный по числу стран-участниц.",
                        "Представитель оргкомитета форума",
                    ],
                    [
                        "p",
                        "На выставке форума представлены стенды компаний из России, Египта, Турции, Пакистана и Узбекистана — халяль-продукты, фармацевтика, цифровые технологии. Форум завершится пленарной сессией, на которой будут подведены его главные итоги.",
                    ],
                ],
            },
            "en": {
                "title": "KazanForum 2026 opens in Kazan with delegations from more than 80 countries",
                "summary": "The International Economic Forum “Russia – Islamic World” has opened in the capital of Tatarstan. This year it focuses on Islamic finance, digital trade and energy partnership.",
                "body": [
                    [
                        "p",
                        "The International Economic Forum “Russia – Islamic World: KazanForum 2026” opened in Kazan today, bringing together official delegations, business people and experts from more than 80 countries. The forum runs for three days, and its programme includes over 150 sessions, panel discussions and cultural events.",
                    ],
                    [
                        "p",
                        "According to the organising committee, this year's main themes are Islamic finance, the halal industry, e-commerce, and cooperation in energy, transport and education. A number of agreements and memoranda are expected to be signed between Russian organisations and partners from the Gulf states, Central Asia and South-East Asia.",
                    ],
                    ["h", "Islamic finance takes centre stage"],
                    [
                        "p",
                        f"Sessions on partnership finance are drawing particular interest: participants are discussing the results of Russia's experiment with Islamic finance instruments in several regions and how to link them with financial institutions in Malaysia, Indonesia and the UAE. A meeting of the {ORGANISATION_NAMES['en']} is being held on the sidelines of the forum.",
                    ],
                    [
                        "q",
                        "Kazan has become a permanent platform for dialogue between Russia and the Islamic world, and this year's forum is the largest yet in the number of countries taking part.",
                        "An official of the forum's organising committee",
                    ],
                    [
                        "p",
                        "The forum's exhibition features stands from companies in Russia, Egypt, Turkey, Pakistan and Uzbekistan, showing halal food, pharmaceuticals and digital technologies. The forum will close with a plenary session announcing its main results.",
                    ],
                ],
            },
        },
    },
    {
        "key": "malaysia-halal-expo-russian-pavilion",
        "section": "events",
        "age_hours": 200,
        "source": None,
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نجمة ثمانية فاتحة على خلفية حمراء داكنة، رسم توضيحي للجناح الروسي في معرض الحلال",
                "ru": "Светлая восьмиконечная звезда на тёмно-красном фоне — иллюстрация к российскому павильону на выставке халяль",
                "en": "A pale eight-pointed star on a deep red background, illustrating the Russian pavilion at the halal expo",
            },
            "seed": 8,
            "palette": "crimson",
            "credit": {
                "ar": "الخدمة الصحفية لمركز التصدير الروسي",
                "ru": "Пресс-служба Российского экспортного центра",
                "en": "Russian Export Center press service",
            },
        },
        "tags": {
            "ar": ["ماليزيا", "الحلال", "التصدير", "معارض"],
            "ru": ["Малайзия", "халяль", "экспорт", "выставки"],
            "en": ["Malaysia", "halal", "exports", "exhibitions"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "جناح روسي موسّع في معرض ماليزيا الدولي للحلال في كوالالمبور",
                "summary": "شاركت أكثر من ٤٠ شركة روسية في المعرض، وعرضت منتجات غذائية ومستحضرات تجميل وخدمات لوجستية حاصلة على شهادات الحلال.",
                "body": [
                    [
                        "p",
                        "شاركت روسيا بجناح موسّع في معرض ماليزيا الدولي للحلال MIHAS الذي أُقيم في كوالالمبور، وضمّ الجناح أكثر من ٤٠ شركة من تتارستان وباشكورتوستان وداغستان وموسكو. وعرضت الشركات منتجات غذائية من اللحوم والألبان والحبوب والحلويات، إضافةً إلى مستحضرات التجميل.",
                    ],
                    [
                        "p",
                        "وشهد الجناح الروسي لقاءات ثنائية مع مستوردين من ماليزيا وإندونيسيا وبروناي وسنغافورة، أسفرت عن توقيع عقود توريد أولية. كما نُظِّمت جلسة تعريفية بنظام شهادات الحلال المعتمد في روسيا ومدى توافقه مع المعايير الماليزية.",
                    ],
                    ["h", "نحو اعتراف متبادل بالشهادات"],
                    [
                        "p",
                        "ويرى المصدِّرون الروس أن الاعتراف المتبادل بشهادات الحلال بين البلدين سيختصر الوقت ويخفّض التكاليف، ويفتح أمام المنتجات الروسية أسواق جنوب شرق آسيا. ويجري العمل حالياً على إعداد مذكرة تفاهم بين الجهات المانحة للشهادات في البلدين.",
                    ],
                    [
                        "p",
                        "ومن المقرر أن تشارك شركات ماليزية بدورها في معرض الحلال الذي يُقام في قازان ضمن فعاليات منتدى KazanForum، وهو ما يعدّه المنظمون خطوة نحو تبادل تجاري أكثر توازناً.",
                    ],
                ],
            },
        },
    },
    # -------------------------------------------------------------------- news
    {
        "key": "russia-gcc-strategic-dialogue",
        "section": "news",
        "age_hours": 10,
        "source": {"ar": "واس", "ru": "СПА", "en": "SPA"},
        "source_url": "https://news.example.org/spa/russia-gcc-dialogue",
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نقش نجوم ذهبية على خلفية زرقاء داكنة، رسم توضيحي للحوار الاستراتيجي في الرياض",
                "ru": "Золотистые звёзды орнамента на тёмно-синем фоне — иллюстрация к стратегическому диалогу в Эр-Рияде",
                "en": "Golden star ornament on a dark blue background, illustrating the strategic dialogue in Riyadh",
            },
            "seed": 2,
            "palette": "navy",
            "credit": {
                "ar": "وزارة الخارجية الروسية",
                "ru": "МИД России",
                "en": "Russian Ministry of Foreign Affairs",
            },
        },
        "tags": {
            "ar": ["روسيا", "مجلس التعاون الخليجي", "السعودية", "دبلوماسية"],
            "ru": ["Россия", "ССАГПЗ", "Саудовская Аравия", "дипломатия"],
            "en": ["Russia", "GCC", "Saudi Arabia", "diplomacy"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "جولة جديدة من الحوار الاستراتيجي بين روسيا ومجلس التعاون الخليجي في الرياض",
                "summary": "بحث وزراء خارجية روسيا ودول مجلس التعاون لدول الخليج العربية في الرياض سُبل تعزيز الأمن الإقليمي وتوسيع التعاون الاقتصادي والثقافي.",
                "body": [
                    [
                        "p",
                        "عُقدت في العاصمة السعودية الرياض جولة جديدة من الحوار الاستراتيجي بين روسيا ومجلس التعاون لدول الخليج العربية على المستوى الوزاري. وتناول الاجتماع الأوضاع في الشرق الأوسط، والأمن البحري في الخليج، وسُبل تسوية النزاعات في المنطقة بالوسائل السياسية والدبلوماسية.",
                    ],
                    [
                        "p",
                        "وأكد البيان الختامي التزام الجانبين بمواصلة التنسيق في إطار خطة العمل المشتركة للشراكة الاستراتيجية للفترة 2026–2030، بما يشمل التجارة والاستثمار والطاقة والسياحة والتبادل الأكاديمي. واتفق الطرفان على عقد الجولة المقبلة من الحوار في موسكو.",
                    ],
                    ["h", "الاقتصاد والطاقة"],
                    [
                        "p",
                        "وأشار المشاركون إلى أن التنسيق في إطار مجموعة OPEC+ يسهم في استقرار أسواق النفط العالمية، مؤكدين أهمية الاستمرار فيه. كما نوقشت مشاريع مشتركة في مجالات الأمن الغذائي والطاقة المتجددة والبنية التحتية للنقل.",
                    ],
                    [
                        "q",
                        "يقوم الحوار مع دول الخليج على الاحترام المتبادل ومراعاة مصالح الجميع، وقد أثبت جدواه خلال السنوات الماضية.",
                        "مصدر دبلوماسي روسي",
                    ],
                    [
                        "p",
                        "وعلى هامش الاجتماع، أجرى الوفد الروسي لقاءات ثنائية مع عدد من نظرائه الخليجيين، جرى خلالها بحث التحضير لزيارات رفيعة المستوى خلال العام الجاري.",
                    ],
                ],
            },
            "ru": {
                "title": "В Эр-Рияде прошёл новый раунд стратегического диалога России и ССАГПЗ",
                "summary": "Министры иностранных дел России и государств Совета сотрудничества арабских государств Персидского залива обсудили в Эр-Рияде укрепление региональной безопасности и расширение экономических и гуманитарных связей.",
                "body": [
                    [
                        "p",
                        "В столице Саудовской Аравии состоялся очередной раунд стратегического диалога России и Совета сотрудничества арабских государств Персидского залива на уровне министров. Стороны обсудили ситуацию на Ближнем Востоке, безопасность судоходства в Заливе и урегулирование конфликтов в регионе политико-дипломатическими средствами.",
                    ],
                    [
                        "p",
                        "В итоговом заявлении стороны подтвердили намерение продолжать координацию в рамках совместного плана действий по стратегическому партнёрству на 2026–2030 годы, охватывающего торговлю, инвестиции, энергетику, туризм и академические обмены. Следующий раунд диалога решено провести в Москве.",
                    ],
                    ["h", "Экономика и энергетика"],
                    [
                        "p",
                        "Участники отметили, что координация в формате ОПЕК+ способствует стабильности мировых нефтяных рынков, и высказались за её продолжение. Обсуждались также совместные проекты в области продовольственной безопасности, возобновляемой энергетики и транспортной инфраструктуры.",
                    ],
                    [
                        "q",
                        "Диалог со странами Залива строится на взаимном уважении и учёте интересов всех сторон и за прошедшие годы доказал свою эффективность.",
                        "Российский дипломатический источник",
                    ],
                    [
                        "p",
                        "На полях встречи российская делегация провела двусторонние переговоры с рядом коллег из стран Залива, в ходе которых обсуждалась подготовка визитов на высоком уровне в текущем году.",
                    ],
                ],
            },
            "en": {
                "title": "Russia and the GCC hold a new round of strategic dialogue in Riyadh",
                "summary": "Foreign ministers of Russia and the states of the Gulf Cooperation Council met in Riyadh to discuss regional security and wider economic and cultural ties.",
                "body": [
                    [
                        "p",
                        "A new ministerial round of the strategic dialogue between Russia and the Cooperation Council for the Arab States of the Gulf was held in the Saudi capital, Riyadh. The meeting covered the situation in the Middle East, maritime security in the Gulf, and the settlement of regional conflicts by political and diplomatic means.",
                    ],
                    [
                        "p",
                        "In their closing statement, the two sides reaffirmed their commitment to continued coordination under the joint action plan for strategic partnership for 2026–2030, which covers trade, investment, energy, tourism and academic exchange. They agreed to hold the next round of the dialogue in Moscow.",
                    ],
                    ["h", "Economy and energy"],
                    [
                        "p",
                        "Participants noted that coordination within OPEC+ helps to keep world oil markets stable and said it should continue. Joint projects in food security, renewable energy and transport infrastructure were also discussed.",
                    ],
                    [
                        "q",
                        "Our dialogue with the Gulf states rests on mutual respect and on taking everyone's interests into account, and it has proved its worth over the past years.",
                        "A Russian diplomatic source",
                    ],
                    [
                        "p",
                        "On the sidelines of the meeting, the Russian delegation held bilateral talks with several of its Gulf counterparts, discussing preparations for high-level visits later this year.",
                    ],
                ],
            },
        },
    },
    {
        "key": "chechnya-delegation-jordan",
        "section": "news",
        "age_hours": 20,
        "source": None,
        "source_url": None,
        # Agency copy, as imported: no picture (the listing shows a text card).
        "tags": {
            "ar": ["الشيشان", "الأردن", "التعليم", "السياحة"],
            "ru": ["Чечня", "Иордания", "образование", "туризм"],
            "en": ["Chechnya", "Jordan", "education", "tourism"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "وفد من الشيشان يبحث في عمّان توسيع التعاون الثقافي والتعليمي مع الأردن",
                "summary": "أجرى وفد من جمهورية الشيشان محادثات في العاصمة الأردنية تناولت التبادل الطلابي والسياحة والتعاون بين المؤسسات الدينية.",
                "body": [
                    [
                        "p",
                        "زار وفد رسمي من جمهورية الشيشان الروسية العاصمة الأردنية عمّان، حيث عقد سلسلة لقاءات مع ممثلي وزارات التعليم العالي والسياحة والأوقاف. وتناولت المحادثات سُبل توسيع التبادل الطلابي بين الجامعات الأردنية وجامعة الشيشان الحكومية في غروزني.",
                    ],
                    [
                        "p",
                        "ويقيم في الأردن منذ القرن التاسع عشر مجتمع من أصول شيشانية وشركسية، يُعدّ جسراً طبيعياً بين البلدين. وأشار أعضاء الوفد إلى أن هذه الروابط التاريخية تفتح آفاقاً واسعة للتعاون في مجالات الثقافة والسياحة والإعلام.",
                    ],
                    ["h", "برنامج للتبادل الأكاديمي"],
                    [
                        "p",
                        "واتفق الجانبان على إعداد برنامج للتبادل الأكاديمي يتيح لطلاب من غروزني دراسة اللغة العربية في الجامعات الأردنية، مقابل دورات في اللغة الروسية لطلاب أردنيين. كما بُحثت إمكانية تسيير رحلات جوية موسمية بين غروزني وعمّان لخدمة السيّاح والمعتمرين.",
                    ],
                    [
                        "p",
                        "وفي ختام الزيارة، تجوّل أعضاء الوفد في عدد من المعالم التاريخية، من بينها المدرّج الروماني وجبل القلعة، والتقوا بممثلي الجالية الشيشانية في الزرقاء وصويلح.",
                    ],
                ],
            },
        },
    },
    {
        "key": "tajikistan-russia-migrant-training-centre",
        "section": "news",
        "age_hours": 30,
        "source": {"ar": "إنترفاكس", "ru": "Интерфакс", "en": "Interfax"},
        "source_url": None,
        # Agency copy, as imported: no picture (the listing shows a text card).
        "tags": {
            "ar": ["طاجيكستان", "آسيا الوسطى", "الهجرة", "التعليم"],
            "ru": ["Таджикистан", "Центральная Азия", "миграция", "образование"],
            "en": ["Tajikistan", "Central Asia", "migration", "education"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "روسيا وطاجيكستان تتفقان على مركز مشترك لتأهيل العمال المهاجرين قبل السفر",
                "summary": "سيتلقى المتقدمون في دوشنبه دورات في اللغة الروسية وأساسيات القانون والمهارات المهنية قبل مغادرتهم للعمل في روسيا.",
                "body": [
                    [
                        "p",
                        "اتفقت روسيا وطاجيكستان على إنشاء مركز مشترك في دوشنبه لتأهيل المواطنين الراغبين في العمل بروسيا، على أن يبدأ استقبال المتدرّبين في النصف الثاني من عام 2026. وجاء الاتفاق خلال اجتماع لمجموعة العمل الحكومية المعنية بشؤون الهجرة.",
                    ],
                    [
                        "p",
                        "وسيتضمن برنامج المركز دورات في اللغة الروسية والتاريخ وأساسيات التشريع الروسي، إلى جانب تدريب مهني في مجالات البناء والنقل والخدمات. ويحصل الخرّيجون على شهادات تُسهّل اجتيازهم الاختبارات المطلوبة للحصول على تصاريح العمل.",
                    ],
                    ["h", "نحو هجرة منظَّمة"],
                    [
                        "p",
                        "وأوضح الجانبان أن الهدف هو الانتقال إلى هجرة عمالية منظَّمة تحمي حقوق العمال وتلبّي احتياجات سوق العمل الروسية. ويُتوقَّع أن يستوعب المركز في مرحلته الأولى نحو 5 آلاف متدرّب سنوياً، مع إمكانية افتتاح فروع في خوجند وبختار لاحقاً.",
                    ],
                    [
                        "p",
                        "وتُعدّ روسيا الشريك التجاري والاستثماري الرئيسي لطاجيكستان، فيما تشكّل تحويلات العمال المهاجرين جزءاً مهماً من اقتصاد الجمهورية.",
                    ],
                ],
            },
            "ru": {
                "title": "Россия и Таджикистан откроют совместный центр подготовки трудовых мигрантов",
                "summary": "В Душанбе желающие работать в России будут до отъезда изучать русский язык, основы законодательства и получать профессиональные навыки.",
                "body": [
                    [
                        "p",
                        "Россия и Таджикистан договорились создать в Душанбе совместный центр подготовки граждан, желающих работать в России. Приём слушателей планируется начать во второй половине 2026 года. Договорённость достигнута на заседании межправительственной рабочей группы по вопросам миграции.",
                    ],
                    [
                        "p",
                        "Программа центра включает курсы русского языка, истории и основ российского законодательства, а также профессиональное обучение в сфере строительства, транспорта и услуг. Выпускники получат сертификаты, которые облегчат сдачу экзаменов, необходимых для получения разрешения на работу.",
                    ],
                    ["h", "К организованной миграции"],
                    [
                        "p",
                        "Стороны пояснили, что цель — переход к организованному трудовому набору, который защищает права работников и отвечает потребностям российского рынка труда. На первом этапе центр сможет принимать около 5 тысяч слушателей в год; в дальнейшем возможно открытие филиалов в Худжанде и Бохтаре.",
                    ],
                    [
                        "p",
                        "Россия — главный торговый и инвестиционный партнёр Таджикистана, а денежные переводы трудовых мигрантов составляют значительную часть экономики республики.",
                    ],
                ],
            },
        },
    },
    {
        "key": "indonesia-russia-university-scholarships",
        "section": "news",
        "age_hours": 60,
        "source": None,
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نجوم ثمانية فاتحة على خلفية بنفسجية، رسم توضيحي للمنح الدراسية للطلاب الإندونيسيين",
                "ru": "Светлые восьмиконечные звёзды на сливовом фоне — иллюстрация к стипендиям для индонезийских студентов",
                "en": "Pale eight-pointed stars on a plum background, illustrating the scholarships for Indonesian students",
            },
            "seed": 5,
            "palette": "plum",
            "credit": {
                "ar": "الخدمة الصحفية لجامعة قازان الفيدرالية",
                "ru": "Пресс-служба Казанского федерального университета",
                "en": "Kazan Federal University press service",
            },
        },
        "tags": {
            "ar": ["إندونيسيا", "التعليم", "الجامعات الروسية", "منح دراسية"],
            "ru": ["Индонезия", "образование", "российские вузы", "стипендии"],
            "en": ["Indonesia", "education", "Russian universities", "scholarships"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "جامعات روسية تضاعف المنح الدراسية للطلاب الإندونيسيين",
                "summary": "أعلنت جامعات روسية زيادة عدد المنح المخصصة لطلاب إندونيسيا في تخصصات الهندسة والطب والعلوم الإسلامية، مع برامج تحضيرية في اللغة الروسية.",
                "body": [
                    [
                        "p",
                        "أعلنت مجموعة من الجامعات الروسية، من بينها جامعة قازان الفيدرالية وجامعة الصداقة بين الشعوب في موسكو، مضاعفة عدد المنح الدراسية المخصصة للطلاب الإندونيسيين في العام الدراسي المقبل. وتشمل المنح تخصصات الهندسة والطب وتقنية المعلومات والدراسات الإسلامية.",
                    ],
                    [
                        "p",
                        "وجاء الإعلان خلال معرض للتعليم الروسي أُقيم في جاكرتا بمشاركة أكثر من 30 جامعة. وزار المعرض على مدى يومين آلاف الطلاب وأولياء الأمور الذين استفسروا عن شروط القبول وتكاليف المعيشة في المدن الروسية.",
                    ],
                    ["h", "عام تحضيري للغة الروسية"],
                    [
                        "p",
                        "ويبدأ الطلاب الحاصلون على المنح دراستهم بعام تحضيري لتعلّم اللغة الروسية، ثم ينتقلون إلى برامج البكالوريوس أو الماجستير. كما تتيح بعض الجامعات برامج باللغة الإنجليزية في تخصصات محددة.",
                    ],
                    [
                        "q",
                        "يتميّز الطلاب الإندونيسيون بالجدّية، ونتوقع أن يتجاوز عددهم في الجامعات الروسية ألفي طالب خلال السنوات الثلاث المقبلة.",
                        "ممثل إحدى الجامعات الروسية المشاركة في المعرض",
                    ],
                ],
            },
            "ru": {
                "title": "Российские вузы удвоят число стипендий для студентов из Индонезии",
                "summary": "Российские университеты увеличивают квоты для индонезийских студентов на инженерных, медицинских и исламоведческих направлениях; обучение начнётся с подготовительного курса русского языка.",
                "body": [
                    [
                        "p",
                        "Ряд российских университетов, в том числе Казанский федеральный университет и Российский университет дружбы народов, объявили об удвоении числа стипендий для студентов из Индонезии в следующем учебном году. Стипендии предусмотрены на инженерных и медицинских специальностях, в ИТ и исламоведении.",
                    ],
                    [
                        "p",
                        "Об этом было объявлено на выставке российского образования в Джакарте, в которой участвовали более 30 вузов. За два дня выставку посетили тысячи школьников, студентов и родителей, интересовавшихся условиями поступления и стоимостью жизни в российских городах.",
                    ],
                    ["h", "Подготовительный год русского языка"],
                    [
                        "p",
                        "Стипендиаты начнут обучение с подготовительного года русского языка, а затем перейдут на программы бакалавриата или магистратуры. Некоторые вузы предлагают также программы на английском языке по отдельным направлениям.",
                    ],
                    [
                        "q",
                        "Индонезийские студенты отличаются серьёзным отношением к учёбе. Мы ожидаем, что в ближайшие три года их число в российских вузах превысит две тысячи.",
                        "Представитель одного из российских вузов — участников выставки",
                    ],
                ],
            },
            "en": {
                "title": "Russian universities double scholarships for Indonesian students",
                "summary": "Russian universities are offering more scholarships to Indonesian students in engineering, medicine and Islamic studies, starting with a preparatory year of Russian.",
                "body": [
                    [
                        "p",
                        "A group of Russian universities, among them Kazan Federal University and the Peoples' Friendship University of Russia in Moscow, have announced that they will double the number of scholarships for Indonesian students next academic year. The scholarships cover engineering, medicine, information technology and Islamic studies.",
                    ],
                    [
                        "p",
                        "The announcement was made at a Russian education fair in Jakarta attended by more than 30 universities. Over two days, thousands of students and parents visited the fair to ask about admission requirements and the cost of living in Russian cities.",
                    ],
                    ["h", "A preparatory year of Russian"],
                    [
                        "p",
                        "Scholarship holders will begin with a preparatory year of Russian before moving on to bachelor's or master's programmes. Some universities also offer programmes taught in English in selected fields.",
                    ],
                    [
                        "q",
                        "Indonesian students are remarkably serious about their studies. We expect their number in Russian universities to pass two thousand within the next three years.",
                        "A representative of one of the Russian universities at the fair",
                    ],
                ],
            },
        },
    },
    {
        "key": "abu-dhabi-kazan-direct-flights",
        "section": "news",
        "age_hours": 90,
        "source": {"ar": "وام", "ru": "WAM", "en": "WAM"},
        "source_url": "https://news.example.org/wam/abu-dhabi-kazan-flights",
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نقش نجوم بلون رملي دافئ، رسم توضيحي للرحلات المباشرة بين أبوظبي وقازان",
                "ru": "Орнамент из звёзд тёплого песочного цвета — иллюстрация к прямым рейсам между Абу-Даби и Казанью",
                "en": "A warm sand-coloured star pattern, illustrating the direct flights between Abu Dhabi and Kazan",
            },
            "seed": 6,
            "palette": "sand",
            "credit": {
                "ar": "الخدمة الصحفية لمطار قازان الدولي",
                "ru": "Пресс-служба Международного аэропорта «Казань»",
                "en": "Kazan International Airport press service",
            },
        },
        "tags": {
            "ar": ["الإمارات", "تتارستان", "السياحة", "الطيران"],
            "ru": ["ОАЭ", "Татарстан", "туризм", "авиасообщение"],
            "en": ["UAE", "Tatarstan", "tourism", "air travel"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "إطلاق رحلات جوية مباشرة بين أبوظبي وقازان",
                "summary": "تبدأ رحلات منتظمة بين العاصمة الإماراتية وعاصمة تتارستان بواقع أربع رحلات أسبوعياً، في خطوة تهدف إلى تنشيط السياحة وتبادل الأعمال.",
                "body": [
                    [
                        "p",
                        "أُعلن عن إطلاق رحلات جوية مباشرة منتظمة بين أبوظبي وقازان، بواقع أربع رحلات أسبوعياً اعتباراً من الشهر المقبل. وتستغرق الرحلة نحو خمس ساعات ونصف الساعة.",
                    ],
                    [
                        "p",
                        "ويأتي تدشين الخط الجديد في ظل نموّ ملحوظ في أعداد السيّاح الروس المتوجهين إلى الإمارات، وتزايد اهتمام الزوار من دول الخليج بالسياحة في تتارستان، ولا سيما في قازان ومدينة بلغار التاريخية وجزيرة سفياجسك.",
                    ],
                    ["h", "آفاق السياحة الحلال"],
                    [
                        "p",
                        "وترى الجهات السياحية في تتارستان أن الرحلات المباشرة ستعزز مكانة الجمهورية وجهةً للسياحة الحلال، إذ تتوافر فيها مطاعم وفنادق تراعي احتياجات الزوار المسلمين. وتعتزم الجمهورية تنظيم جولات تعريفية لمنظّمي الرحلات الإماراتيين خلال الصيف.",
                    ],
                    [
                        "p",
                        "وكانت روسيا والإمارات قد وسّعتا خلال السنوات الأخيرة شبكة الرحلات الجوية بينهما لتشمل، إلى جانب موسكو وسانت بطرسبورغ، عدداً من المدن الروسية الأخرى.",
                    ],
                ],
            },
            "ru": {
                "title": "Между Абу-Даби и Казанью открывается прямое авиасообщение",
                "summary": "Регулярные рейсы между столицей ОАЭ и столицей Татарстана будут выполняться четыре раза в неделю — это должно оживить туризм и деловые связи.",
                "body": [
                    [
                        "p",
                        "Объявлено об открытии регулярного прямого авиасообщения между Абу-Даби и Казанью: со следующего месяца рейсы будут выполняться четыре раза в неделю. Время в пути составит около пяти с половиной часов.",
                    ],
                    [
                        "p",
                        "Новый маршрут открывается на фоне заметного роста турпотока из России в ОАЭ и растущего интереса гостей из стран Залива к Татарстану — прежде всего к Казани, древнему Болгару и острову-граду Свияжску.",
                    ],
                    ["h", "Перспективы халяль-туризма"],
                    [
                        "p",
                        "В туристической отрасли Татарстана считают, что прямые рейсы укрепят позиции республики как направления халяль-туризма: здесь работают рестораны и гостиницы, учитывающие потребности гостей-мусульман. Летом республика планирует ознакомительные туры для эмиратских туроператоров.",
                    ],
                    [
                        "p",
                        "В последние годы Россия и ОАЭ расширили сеть авиасообщения: помимо Москвы и Санкт-Петербурга, она охватывает ещё ряд российских городов.",
                    ],
                ],
            },
            "en": {
                "title": "Direct flights to link Abu Dhabi and Kazan",
                "summary": "Scheduled flights between the UAE capital and the capital of Tatarstan will run four times a week, a step meant to boost tourism and business ties.",
                "body": [
                    [
                        "p",
                        "Regular direct flights between Abu Dhabi and Kazan have been announced, operating four times a week from next month. The flight takes about five and a half hours.",
                    ],
                    [
                        "p",
                        "The new route comes as the number of Russian tourists travelling to the UAE grows markedly and visitors from the Gulf show increasing interest in Tatarstan, especially Kazan, the historic town of Bolgar and the island town of Sviyazhsk.",
                    ],
                    ["h", "Prospects for halal tourism"],
                    [
                        "p",
                        "Tourism officials in Tatarstan believe the direct flights will strengthen the republic as a halal travel destination, with restaurants and hotels that cater to Muslim visitors. The republic plans familiarisation tours for Emirati tour operators over the summer.",
                    ],
                    [
                        "p",
                        "In recent years Russia and the UAE have expanded their air links to cover, besides Moscow and St Petersburg, a number of other Russian cities.",
                    ],
                ],
            },
        },
    },
    # ---------------------------------------------------------------- analysis
    {
        "key": "multipolar-world-institutions",
        "section": "analysis",
        "age_hours": 72,
        "source": None,
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نجمة ثمانية كبيرة على نقش أزرق داكن، رسم توضيحي لتحليل عن النظام المتعدد الأقطاب",
                "ru": "Большая восьмиконечная звезда на тёмно-синем орнаменте — иллюстрация к статье о многополярном мире",
                "en": "A large eight-pointed star on a dark blue pattern, illustrating an analysis of the multipolar order",
            },
            "seed": 9,
            "palette": "navy",
            "credit": {
                "ar": "أرشيف التحرير",
                "ru": "Архив редакции",
                "en": "Editorial archive",
            },
        },
        "tags": {
            "ar": ["تعدد الأقطاب", "BRICS", "العالم الإسلامي"],
            "ru": ["многополярность", "БРИКС", "исламский мир"],
            "en": ["multipolarity", "BRICS", "Islamic world"],
        },
        "author": {
            "ar": "ألفية حسانوفا",
            "ru": "Альфия Хасанова",
            "en": "Alfiya Khasanova",
        },
        "versions": {
            "ru": {
                "title": "Россия и исламский мир в многополярной системе: от деклараций к институтам",
                "summary": "Отношения России со странами исламского мира вступают в этап, когда на смену декларациям должны прийти устойчивые механизмы — платёжные, транспортные и образовательные.",
                "body": [
                    [
                        "p",
                        "За последние годы политический диалог России с государствами исламского мира заметно уплотнился. Встречи на высшем уровне стали регулярными, в БРИКС вошли Египет, Иран, ОАЭ и Индонезия, а Москва активно работает в Организации исламского сотрудничества в качестве наблюдателя. Однако число встреч само по себе ещё не создаёт прочной архитектуры отношений.",
                    ],
                    ["h", "Три опоры"],
                    [
                        "p",
                        "Первая опора — финансовая. Переход к расчётам в национальных валютах и развитие собственных платёжных систем делают торговлю менее уязвимой для внешнего давления, но требуют доверия между регуляторами и банками.",
                    ],
                    [
                        "p",
                        "Вторая опора — транспортная. Коридор «Север – Юг» и новые маршруты через Каспий способны заметно сократить путь товаров из России в страны Залива и Южной Азии. Третья — человеческая: десятки тысяч студентов из Египта, Ирака, Индонезии и Центральной Азии учатся в российских вузах, и через десять–пятнадцать лет именно они будут определять характер связей между нашими странами.",
                    ],
                    [
                        "q",
                        "Многополярность — не лозунг, а сумма работающих институтов: банков, портов, университетов и фондов.",
                        "Альфия Хасанова, политолог",
                    ],
                    [
                        "p",
                        "Для России отношения с исламским миром — не только внешнеполитический выбор, но и продолжение собственного опыта: в стране живут миллионы мусульман, а Татарстан, Башкортостан, Чечня и Дагестан давно выступают посредниками в диалоге с единоверцами за рубежом. Задача ближайших лет — превратить этот опыт в системное преимущество.",
                    ],
                ],
            },
            "en": {
                "title": "Russia and the Islamic world in a multipolar order: from declarations to institutions",
                "summary": "Russia's relations with the countries of the Islamic world are entering a stage in which declarations must give way to durable mechanisms for payments, transport and education.",
                "body": [
                    [
                        "p",
                        "Over the past few years, Russia's political dialogue with the states of the Islamic world has grown markedly denser. Summit meetings have become routine, Egypt, Iran, the UAE and Indonesia have joined BRICS, and Moscow is an active observer in the Organisation of Islamic Cooperation. Yet the number of meetings alone does not build a lasting architecture of relations.",
                    ],
                    ["h", "Three pillars"],
                    [
                        "p",
                        "The first pillar is financial. Settling trade in national currencies and building independent payment systems make commerce less vulnerable to outside pressure, but they require trust between regulators and banks.",
                    ],
                    [
                        "p",
                        "The second pillar is transport. The North–South corridor and new routes across the Caspian could considerably shorten the journey of goods from Russia to the Gulf and South Asia. The third is human: tens of thousands of students from Egypt, Iraq, Indonesia and Central Asia study at Russian universities, and in ten to fifteen years it is they who will shape the ties between our countries.",
                    ],
                    [
                        "q",
                        "Multipolarity is not a slogan but the sum of institutions that work: banks, ports, universities and foundations.",
                        "Alfiya Khasanova, political scientist",
                    ],
                    [
                        "p",
                        "For Russia, relations with the Islamic world are not only a foreign-policy choice but an extension of its own experience: millions of Muslims live in the country, and Tatarstan, Bashkortostan, Chechnya and Dagestan have long acted as go-betweens with fellow believers abroad. The task for the coming years is to turn that experience into a lasting advantage.",
                    ],
                ],
            },
        },
    },
    {
        "key": "north-south-corridor-iran",
        "section": "analysis",
        "age_hours": 160,
        "source": None,
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نقش هندسي زيتوني تتخلله دوائر فاتحة، رسم توضيحي لممر الشمال – الجنوب",
                "ru": "Оливковый геометрический орнамент со светлыми кругами — иллюстрация к коридору «Север – Юг»",
                "en": "An olive geometric pattern with pale circles, illustrating the North–South corridor",
            },
            "seed": 10,
            "palette": "olive",
            "credit": {
                "ar": "الخدمة الصحفية لشركة السكك الحديدية الروسية",
                "ru": "Пресс-служба ОАО «РЖД»",
                "en": "Russian Railways press service",
            },
        },
        "image_in_body": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نجوم متشابكة على خلفية زرقاء مخضرّة، رسم توضيحي للنقل عبر إيران",
                "ru": "Переплетённые звёзды на бирюзовом фоне — иллюстрация к перевозкам через Иран",
                "en": "Interlaced stars on a teal background, illustrating transport through Iran",
            },
            "seed": 19,
            "palette": "teal",
            "caption": {
                "ar": "ميناء على بحر قزوين، إحدى محطات المسار البحري للممر",
                "ru": "Порт на Каспии — одна из точек морского маршрута коридора",
                "en": "A Caspian port on the corridor's sea route",
            },
            "credit": {
                "ar": "أرشيف التحرير",
                "ru": "Архив редакции",
                "en": "Editorial archive",
            },
        },
        "tags": {
            "ar": ["إيران", "النقل", "ممر الشمال – الجنوب", "بحر قزوين"],
            "ru": ["Иран", "транспорт", "коридор «Север – Юг»", "Каспий"],
            "en": ["Iran", "transport", "North–South corridor", "Caspian"],
        },
        "author": {
            "ar": "كريم ناصر",
            "ru": "Карим Насер",
            "en": "Karim Nasser",
        },
        "versions": {
            "ar": {
                "title": "ممر «الشمال – الجنوب»: هل تصبح إيران بوابة روسيا إلى المحيط الهندي؟",
                "summary": "يرى محللون أن استكمال خط السكك الحديدية رشت – آستارا سيحوّل الممر الدولي للنقل من مشروع على الورق إلى شريان تجاري فعلي يربط روسيا بالخليج والهند.",
                "body": [
                    [
                        "p",
                        "يعود الحديث عن الممر الدولي للنقل «الشمال – الجنوب» إلى مطلع الألفية، حين وقّعت روسيا وإيران والهند اتفاقية تأسيسه. غير أن المشروع ظلّ سنوات طويلة يعاني من نقص البنية التحتية، ولا سيما الحلقة المفقودة في خط السكك الحديدية بين مدينتَي رشت وآستارا في شمال إيران.",
                    ],
                    [
                        "p",
                        "وقد أعطى الاتفاق الروسي-الإيراني على تمويل هذا الخط، البالغ طوله نحو 160 كيلومتراً، وإنشائه دفعةً جديدة للممر. ويُتوقَّع أن يختصر المسار زمن نقل البضائع من سانت بطرسبورغ إلى مومباي بنسبة تصل إلى 30–40% مقارنةً بالطريق البحري عبر قناة السويس.",
                    ],
                    ["h", "ثلاثة مسارات"],
                    [
                        "p",
                        "ويتكوّن الممر من ثلاثة مسارات: غربي يمر عبر أذربيجان، وشرقي عبر كازاخستان وتركمانستان، وبحري عبر بحر قزوين انطلاقاً من ميناءَي أستراخان ومحج قلعة. وتكمن قوة المشروع في هذا التنوّع، الذي يمنح الشاحنين بدائل عند تعثّر أحد المسارات.",
                    ],
                    [
                        "q",
                        "لن يُقاس نجاح الممر بعدد الاتفاقيات الموقّعة، بل بعدد الحاويات التي تعبره فعلياً كل أسبوع.",
                        "كريم ناصر، باحث في اقتصاديات النقل",
                    ],
                    [
                        "p",
                        "ومع ذلك، تبقى تحديات قائمة، أبرزها توحيد الإجراءات الجمركية، ورقمنة الوثائق، وتحديث الموانئ القزوينية. ويرجّح المحللون أن يتحدد مستقبل الممر خلال السنوات الخمس المقبلة، تبعاً لسرعة تنفيذ مشاريع البنية التحتية.",
                    ],
                ],
            },
            "ru": {
                "title": "Коридор «Север – Юг»: станет ли Иран воротами России к Индийскому океану?",
                "summary": "Аналитики считают, что достройка железной дороги Решт – Астара превратит международный транспортный коридор из проекта на бумаге в настоящую торговую артерию, связывающую Россию с Заливом и Индией.",
                "body": [
                    [
                        "p",
                        "Разговоры о международном транспортном коридоре «Север – Юг» ведутся с начала 2000-х годов, когда Россия, Иран и Индия подписали соглашение о его создании. Однако долгие годы проект упирался в нехватку инфраструктуры — прежде всего в недостающее звено железной дороги между городами Решт и Астара на севере Ирана.",
                    ],
                    [
                        "p",
                        "Российско-иранская договорённость о финансировании и строительстве этого участка длиной около 160 километров придала коридору новый импульс. Ожидается, что маршрут сократит время доставки грузов из Санкт-Петербурга в Мумбаи на 30–40% по сравнению с морским путём через Суэцкий канал.",
                    ],
                    ["h", "Три маршрута"],
                    [
                        "p",
                        "Коридор состоит из трёх маршрутов: западного — через Азербайджан, восточного — через Казахстан и Туркменистан, и морского — по Каспию из портов Астрахани и Махачкалы. Сила проекта именно в этом разнообразии: если один маршрут даёт сбой, у грузоотправителей остаются альтернативы.",
                    ],
                    [
                        "q",
                        "Успех коридора будут измерять не числом подписанных соглашений, а числом контейнеров, которые реально проходят по нему каждую неделю.",
                        "Карим Насер, исследователь экономики транспорта",
                    ],
                    [
                        "p",
                        "Тем не менее остаются нерешённые задачи: унификация таможенных процедур, цифровизация документооборота, модернизация каспийских портов. По оценкам аналитиков, судьба коридора определится в ближайшие пять лет — в зависимости от темпов строительства инфраструктуры.",
                    ],
                ],
            },
            "en": {
                "title": "The North–South corridor: will Iran become Russia's gateway to the Indian Ocean?",
                "summary": "Analysts believe that completing the Rasht–Astara railway will turn the international transport corridor from a paper project into a real trade artery linking Russia with the Gulf and India.",
                "unofficial_translation": True,
                "body": [
                    [
                        "p",
                        "Talk of the International North–South Transport Corridor goes back to the early 2000s, when Russia, Iran and India signed the agreement to create it. For many years, however, the project was held back by a lack of infrastructure, above all the missing railway link between the cities of Rasht and Astara in northern Iran.",
                    ],
                    [
                        "p",
                        "The Russian–Iranian agreement to finance and build this line, about 160 kilometres long, has given the corridor fresh momentum. The route is expected to cut the time needed to move goods from St Petersburg to Mumbai by as much as 30–40% compared with the sea route through the Suez Canal.",
                    ],
                    ["h", "Three routes"],
                    [
                        "p",
                        "The corridor has three routes: a western one through Azerbaijan, an eastern one through Kazakhstan and Turkmenistan, and a sea route across the Caspian from the ports of Astrakhan and Makhachkala. This variety is the project's strength, giving shippers alternatives when one route falters.",
                    ],
                    [
                        "q",
                        "The corridor's success will be measured not by the number of agreements signed but by the number of containers that actually pass through it each week.",
                        "Karim Nasser, transport economics researcher",
                    ],
                    [
                        "p",
                        "Challenges remain nonetheless, chief among them harmonising customs procedures, digitising paperwork and modernising the Caspian ports. Analysts expect the corridor's future to be settled within the next five years, depending on how fast the infrastructure is built.",
                    ],
                ],
            },
        },
    },
    # ----------------------------------------------------------------- economy
    {
        "key": "egypt-russian-industrial-zone",
        "section": "economy",
        "age_hours": 40,
        "source": {"ar": "أ ش أ", "ru": "МЕНА", "en": "MENA"},
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نقش نجوم رملي اللون، رسم توضيحي للمنطقة الصناعية الروسية في شرق بورسعيد",
                "ru": "Звёздный орнамент песочного цвета — иллюстрация к Российской промышленной зоне в Восточном Порт-Саиде",
                "en": "A sand-coloured star pattern, illustrating the Russian Industrial Zone in East Port Said",
            },
            "seed": 11,
            "palette": "sand",
            "credit": {
                "ar": "الهيئة العامة للمنطقة الاقتصادية لقناة السويس",
                "ru": "Генеральное управление экономической зоны Суэцкого канала",
                "en": "General Authority for the Suez Canal Economic Zone",
            },
        },
        "tags": {
            "ar": ["مصر", "قناة السويس", "الاستثمار", "الصناعة"],
            "ru": ["Египет", "Суэцкий канал", "инвестиции", "промышленность"],
            "en": ["Egypt", "Suez Canal", "investment", "industry"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "تقدّم في إنشاء المنطقة الصناعية الروسية في شرق بورسعيد",
                "summary": "ناقش مسؤولون مصريون وروس الجدول الزمني للمرحلة الأولى من المنطقة الصناعية الروسية ضمن المنطقة الاقتصادية لقناة السويس، وقائمة الشركات المرشّحة للعمل فيها.",
                "body": [
                    [
                        "p",
                        "عقد مسؤولون من مصر وروسيا اجتماعاً في القاهرة لمتابعة سير العمل في المنطقة الصناعية الروسية في شرق بورسعيد، ضمن المنطقة الاقتصادية لقناة السويس. وتناول الاجتماع الجدول الزمني لتنفيذ المرحلة الأولى وأعمال البنية التحتية والمرافق.",
                    ],
                    [
                        "p",
                        "وأفاد المشاركون بأن عدداً من الشركات الروسية العاملة في مجالات السيارات والآلات الزراعية والصناعات الكيماوية أبدى اهتمامه بالعمل في المنطقة، مستفيداً من موقعها على أحد أهم ممرات التجارة العالمية ومن اتفاقيات التجارة الحرة التي تربط مصر بأسواق إفريقيا والعالم العربي.",
                    ],
                    ["h", "فرص عمل ونقل للتكنولوجيا"],
                    [
                        "p",
                        "ويُتوقَّع أن توفّر المنطقة عند اكتمالها آلاف فرص العمل للمصريين، وأن تُسهم في نقل التكنولوجيا وتوطين الصناعة. كما بُحث خلال الاجتماع برنامج لتدريب الكوادر المصرية في مؤسسات روسية.",
                    ],
                    [
                        "p",
                        "وتُعدّ المنطقة الصناعية الروسية، إلى جانب محطة الضبعة النووية، من أكبر المشاريع المشتركة بين البلدين، وتعكس مستوى الشراكة الاستراتيجية الشاملة بين موسكو والقاهرة. كما يفتح انضمام مصر إلى مجموعة BRICS آفاقاً إضافية للتعاون الاقتصادي والعلاقات التجارية بين البلدين.",
                    ],
                ],
            },
            "ru": {
                "title": "Создание Российской промышленной зоны в Восточном Порт-Саиде продвигается",
                "summary": "Египетские и российские официальные лица обсудили график первой очереди Российской промышленной зоны в экономической зоне Суэцкого канала и список компаний-резидентов.",
                "body": [
                    [
                        "p",
                        "В Каире прошла встреча представителей Египта и России, посвящённая ходу работ по созданию Российской промышленной зоны в Восточном Порт-Саиде, в экономической зоне Суэцкого канала. Обсуждались график реализации первой очереди, инфраструктура и инженерные сети.",
                    ],
                    [
                        "p",
                        "По словам участников, интерес к работе в зоне проявили российские компании автомобилестроения, сельхозмашиностроения и химической промышленности. Их привлекает расположение на одном из важнейших маршрутов мировой торговли и соглашения о свободной торговле, связывающие Египет с рынками Африки и арабского мира.",
                    ],
                    ["h", "Рабочие места и передача технологий"],
                    [
                        "p",
                        "Ожидается, что после выхода на полную мощность зона создаст тысячи рабочих мест для египтян и будет способствовать передаче технологий и локализации производства. На встрече также обсуждалась программа подготовки египетских специалистов на российских предприятиях.",
                    ],
                    [
                        "p",
                        "Российская промышленная зона наряду с АЭС «Эль-Дабаа» относится к крупнейшим совместным проектам двух стран и отражает уровень всеобъемлющего стратегического партнёрства Москвы и Каира. Вступление Египта в БРИКС открывает дополнительные возможности для экономического сотрудничества и торговых связей двух стран.",
                    ],
                ],
            },
            "en": {
                "title": "Progress on the Russian Industrial Zone in East Port Said",
                "summary": "Egyptian and Russian officials discussed the timetable for the first phase of the Russian Industrial Zone in the Suez Canal Economic Zone and the list of companies lined up to operate there.",
                "body": [
                    [
                        "p",
                        "Officials from Egypt and Russia met in Cairo to review progress on the Russian Industrial Zone in East Port Said, part of the Suez Canal Economic Zone. The meeting covered the timetable for the first phase, infrastructure and utilities.",
                    ],
                    [
                        "p",
                        "Participants said several Russian companies in the automotive, agricultural machinery and chemical industries had shown interest in setting up in the zone. They are drawn by its position on one of the world's busiest trade routes and by the free-trade agreements linking Egypt with African and Arab markets.",
                    ],
                    ["h", "Jobs and technology transfer"],
                    [
                        "p",
                        "Once complete, the zone is expected to create thousands of jobs for Egyptians and to help transfer technology and localise production. A programme to train Egyptian specialists at Russian enterprises was also discussed.",
                    ],
                    [
                        "p",
                        "Together with the El Dabaa nuclear power plant, the Russian Industrial Zone is among the largest joint projects of the two countries and reflects the comprehensive strategic partnership between Moscow and Cairo. Egypt's membership of BRICS opens further opportunities for economic cooperation and trade relations between the two countries.",
                    ],
                ],
            },
        },
    },
    {
        "key": "partnership-finance-experiment",
        "section": "economy",
        "age_hours": 250,
        "source": {"ar": "ريا نوفوستي", "ru": "РИА Новости", "en": "RIA Novosti"},
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نجمة ثمانية فوق نقش أزرق مخضرّ، رسم توضيحي لتجربة التمويل الإسلامي في روسيا",
                "ru": "Восьмиконечная звезда над бирюзовым орнаментом — иллюстрация к эксперименту с исламскими финансами",
                "en": "An eight-pointed star over a teal pattern, illustrating Russia's Islamic finance experiment",
            },
            "seed": 12,
            "palette": "teal",
            "credit": {
                "ar": "الخدمة الصحفية لوكالة تطوير الاستثمار في تتارستان",
                "ru": "Пресс-служба Агентства инвестиционного развития Республики Татарстан",
                "en": "Tatarstan Investment Development Agency press service",
            },
        },
        "tags": {
            "ar": ["التمويل الإسلامي", "تتارستان", "باشكورتوستان", "الشيشان", "داغستان"],
            "ru": ["исламские финансы", "Татарстан", "Башкортостан", "Чечня", "Дагестан"],
            "en": ["Islamic finance", "Tatarstan", "Bashkortostan", "Chechnya", "Dagestan"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "تجربة التمويل الإسلامي في روسيا: نتائج مشجّعة في أربعة أقاليم",
                "summary": "يتزايد عدد المؤسسات المالية المشاركة في تجربة «التمويل بالشراكة» في تتارستان وباشكورتوستان والشيشان وداغستان، وسط مطالب بتوسيعها لتشمل أقاليم أخرى.",
                "body": [
                    [
                        "p",
                        "تتواصل في أربعة أقاليم روسية، هي تتارستان وباشكورتوستان والشيشان وداغستان، التجربة القانونية لتطبيق أدوات «التمويل بالشراكة»، وهو الاسم الذي يُطلق في روسيا على التمويل الإسلامي. وتتيح التجربة للبنوك والشركات تقديم منتجات قائمة على المرابحة والإجارة والمشاركة من دون فوائد.",
                    ],
                    [
                        "p",
                        "وبحسب المشاركين في التجربة، ارتفع عدد المؤسسات المالية التي تقدّم هذه المنتجات، وازداد إقبال رواد الأعمال على تمويل شراء المعدات والعقارات التجارية وفق صيغة الإجارة. ويُلاحَظ كذلك اهتمام متزايد من غير المسلمين، نظراً لشفافية الشروط وتقاسم المخاطر.",
                    ],
                    ["h", "مطالب بالتوسيع"],
                    [
                        "p",
                        "ويطالب عدد من الأقاليم الأخرى، من بينها إنغوشيا وقبردينو-بلقاريا، بالانضمام إلى التجربة. في المقابل، يرى خبراء أن نجاحها على نطاق أوسع يتطلّب تعديلات تشريعية في مجالَي الضرائب والمحاسبة، وإعداد كوادر متخصصة.",
                    ],
                    [
                        "q",
                        "لم يعد التمويل بالشراكة موضوعاً نظرياً، فلدينا اليوم عملاء حقيقيون ومنتجات تعمل.",
                        "مسؤول في إحدى المؤسسات المالية المشاركة في التجربة",
                    ],
                    [
                        "p",
                        "ويرى مراقبون أن تطوير هذه الأدوات سيسهّل جذب استثمارات من دول الخليج وماليزيا، التي تمتلك خبرة طويلة في الصيرفة الإسلامية، وسيعزّز مكانة قازان مركزاً للتمويل الإسلامي في روسيا.",
                    ],
                ],
            },
            "ru": {
                "title": "Эксперимент с исламскими финансами в России: обнадёживающие итоги в четырёх регионах",
                "summary": "В Татарстане, Башкортостане, Чечне и Дагестане растёт число участников эксперимента по партнёрскому финансированию; другие регионы просят их тоже включить.",
                "body": [
                    [
                        "p",
                        "В четырёх российских регионах — Татарстане, Башкортостане, Чечне и Дагестане — продолжается правовой эксперимент по партнёрскому финансированию, как в России называют исламские финансы. Он позволяет банкам и компаниям предлагать беспроцентные продукты на основе мурабахи, иджары и мушараки.",
                    ],
                    [
                        "p",
                        "По данным участников эксперимента, число финансовых организаций, предлагающих такие продукты, растёт, а предприниматели всё чаще приобретают оборудование и коммерческую недвижимость по схеме иджары. Заметен интерес и со стороны немусульман — их привлекают прозрачные условия и разделение рисков.",
                    ],
                    ["h", "Регионы просят расширения"],
                    [
                        "p",
                        "О желании присоединиться к эксперименту заявили ещё несколько регионов, в том числе Ингушетия и Кабардино-Балкария. Эксперты, однако, считают, что для успеха в более широком масштабе нужны поправки в налоговое законодательство и правила бухгалтерского учёта, а также подготовка кадров.",
                    ],
                    [
                        "q",
                        "Партнёрское финансирование перестало быть теорией: у нас уже есть реальные клиенты и работающие продукты.",
                        "Представитель одной из финансовых организаций — участников эксперимента",
                    ],
                    [
                        "p",
                        "По мнению наблюдателей, развитие этих инструментов облегчит привлечение инвестиций из стран Залива и Малайзии с их многолетним опытом исламского банкинга и укрепит роль Казани как центра исламских финансов в России.",
                    ],
                ],
            },
            "en": {
                "title": "Russia's Islamic finance experiment: encouraging results in four regions",
                "summary": "More financial institutions are joining the “partnership finance” experiment in Tatarstan, Bashkortostan, Chechnya and Dagestan, and other regions want in.",
                "unofficial_translation": True,
                "body": [
                    [
                        "p",
                        "A legal experiment with “partnership finance”, as Islamic finance is called in Russia, is continuing in four Russian regions: Tatarstan, Bashkortostan, Chechnya and Dagestan. It allows banks and companies to offer interest-free products based on murabaha, ijara and musharaka.",
                    ],
                    [
                        "p",
                        "According to those taking part, the number of financial institutions offering such products is growing, and entrepreneurs increasingly finance equipment and commercial property through ijara. Interest from non-Muslims is also rising, drawn by transparent terms and shared risk.",
                    ],
                    ["h", "Calls to widen the experiment"],
                    [
                        "p",
                        "Several other regions, including Ingushetia and Kabardino-Balkaria, have asked to join. Experts say, however, that success on a larger scale will require changes to tax and accounting rules and the training of specialists.",
                    ],
                    [
                        "q",
                        "Partnership finance is no longer a theory: we have real clients and products that work.",
                        "An official of one of the financial institutions in the experiment",
                    ],
                    [
                        "p",
                        "Observers believe that developing these instruments will make it easier to attract investment from the Gulf states and Malaysia, with their long experience of Islamic banking, and will strengthen Kazan's role as Russia's centre of Islamic finance.",
                    ],
                ],
            },
        },
    },
    {
        "key": "iran-russia-gas-power-commission",
        "section": "economy",
        "age_hours": 300,
        "source": {"ar": "إرنا", "ru": "ИРНА", "en": "IRNA"},
        "source_url": "https://news.example.org/irna/iran-russia-commission",
        # Agency copy, as imported: no picture (the listing shows a text card).
        "tags": {
            "ar": ["إيران", "الطاقة", "الغاز", "التجارة"],
            "ru": ["Иран", "энергетика", "газ", "торговля"],
            "en": ["Iran", "energy", "gas", "trade"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "طهران وموسكو تبحثان توسيع التعاون في مجالَي الغاز وتوليد الكهرباء",
                "summary": "ناقشت اللجنة الحكومية المشتركة الإيرانية-الروسية مشاريع لإمدادات الغاز عبر أذربيجان وتحديث محطات توليد الكهرباء الإيرانية بمشاركة شركات روسية.",
                "body": [
                    [
                        "p",
                        "بحثت اللجنة الحكومية المشتركة للتعاون الاقتصادي بين إيران وروسيا، خلال اجتماعها في طهران، سُبل توسيع التعاون في قطاعَي الغاز والكهرباء. وتناولت المباحثات مشروع توريد الغاز الروسي إلى إيران عبر أراضي أذربيجان، وهو مشروع تجري مناقشته منذ سنوات.",
                    ],
                    [
                        "p",
                        "واتفق الجانبان على دراسة مشاركة شركات روسية في تحديث عدد من محطات توليد الكهرباء الحرارية في إيران ورفع كفاءتها. كما أشار المشاركون إلى أهمية المضيّ في بناء الوحدتين الثانية والثالثة في محطة «بوشهر» النووية.",
                    ],
                    ["h", "التسويات بالعملات الوطنية"],
                    [
                        "p",
                        "وتطرّق الاجتماع إلى آليات التسوية المالية بين البلدين، إذ تجري الغالبية العظمى من المعاملات التجارية بالروبل والريال. وأكد الطرفان ضرورة الربط الكامل بين نظامَي الدفع الوطنيين «مير» و«شتاب» لتسهيل المعاملات على الأفراد والشركات.",
                    ],
                    [
                        "p",
                        "وشهد حجم التبادل التجاري بين البلدين نموّاً خلال الأعوام الأخيرة، ويُنتظر أن تُسهم اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي في تعزيز هذا النمو.",
                    ],
                ],
            },
        },
    },
    # ----------------------------------------------------------------- culture
    {
        "key": "bolgar-manuscripts-exhibition",
        "section": "culture",
        "age_hours": 110,
        "source": None,
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نجمة ثمانية كبيرة على خلفية بنفسجية، رسم توضيحي لمعرض المخطوطات في بلغار",
                "ru": "Большая восьмиконечная звезда на сливовом фоне — иллюстрация к выставке рукописей в Болгаре",
                "en": "A large eight-pointed star on a plum background, illustrating the manuscripts exhibition in Bolgar",
            },
            "seed": 14,
            "palette": "plum",
            "credit": {
                "ar": "الخدمة الصحفية لمتحف-محمية بلغار التاريخي والمعماري",
                "ru": "Пресс-служба Болгарского государственного историко-архитектурного музея-заповедника",
                "en": "Bolgar State Historical and Architectural Museum-Reserve press service",
            },
        },
        "image_in_body": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نقش من النجوم الثمانية بلون الرمل، رسم توضيحي لقاعة المعرض",
                "ru": "Узор из восьмиконечных звёзд песочного цвета — иллюстрация к залу выставки",
                "en": "A sand-coloured pattern of eight-pointed stars, illustrating the exhibition hall",
            },
            "seed": 15,
            "palette": "sand",
            "caption": {
                "ar": "صفحة من مصحف مخطوط يعود إلى القرن الثامن عشر",
                "ru": "Страница рукописного Корана XVIII века",
                "en": "A page from an 18th-century handwritten Quran",
            },
            "credit": {
                "ar": "الخدمة الصحفية لمتحف-محمية بلغار التاريخي والمعماري",
                "ru": "Пресс-служба Болгарского государственного историко-архитектурного музея-заповедника",
                "en": "Bolgar State Historical and Architectural Museum-Reserve press service",
            },
        },
        "tags": {
            "ar": ["بلغار", "تتارستان", "المخطوطات", "التراث الإسلامي"],
            "ru": ["Болгар", "Татарстан", "рукописи", "исламское наследие"],
            "en": ["Bolgar", "Tatarstan", "manuscripts", "Islamic heritage"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "معرض في بلغار يعرض مخطوطات إسلامية نادرة من مكتبات روسيا وآسيا الوسطى",
                "summary": "يضم المعرض أكثر من 120 مخطوطة، من بينها مصاحف وكتب في الفقه والفلك والطب، يُعرض بعضها للمرة الأولى أمام الجمهور.",
                "body": [
                    [
                        "p",
                        "افتُتح في مدينة بلغار التاريخية بجمهورية تتارستان معرض للمخطوطات الإسلامية، يضم أكثر من 120 مخطوطة من مجموعات مكتبات ومتاحف في قازان وأوفا وسانت بطرسبورغ وطشقند. ويستمر المعرض حتى نهاية الخريف.",
                    ],
                    [
                        "p",
                        "ومن أبرز المعروضات مصاحف مكتوبة بخط اليد تعود إلى القرنين الثامن عشر والتاسع عشر، ومؤلفات في الفقه والفلك والطب وضعها علماء من منطقة الفولغا باللغتين العربية والتترية القديمة. ويُعرض بعض هذه المخطوطات أمام الجمهور للمرة الأولى.",
                    ],
                    ["h", "ترميم ورقمنة"],
                    [
                        "p",
                        "وسبق افتتاحَ المعرض عملٌ استمر عامين لترميم المخطوطات ورقمنتها، بالتعاون بين مرمّمين من روسيا وأوزبكستان. وستُتاح النسخ الرقمية للباحثين عبر بوابة إلكترونية مخصصة.",
                    ],
                    [
                        "q",
                        "هذه المخطوطات شاهد على أن منطقة الفولغا كانت على مدى قرون جزءاً أصيلاً من الحضارة الإسلامية.",
                        "أمينة المعرض",
                    ],
                    [
                        "p",
                        "ويأتي المعرض ضمن برنامج ثقافي تنظّمه تتارستان إحياءً لذكرى اعتناق بلغار الفولغا الإسلامَ عام 922 للميلاد، وهي مناسبة تجتذب كل عام آلاف الزوار إلى بلغار.",
                    ],
                ],
            },
            "ru": {
                "title": "В Болгаре показывают редкие исламские рукописи из собраний России и Центральной Азии",
                "summary": "На выставке более 120 рукописей — списки Корана, сочинения по праву, астрономии и медицине; некоторые из них публика увидит впервые.",
                "body": [
                    [
                        "p",
                        "В историческом Болгаре (Республика Татарстан) открылась выставка исламских рукописей. В экспозиции — более 120 рукописей из собраний библиотек и музеев Казани, Уфы, Санкт-Петербурга и Ташкента. Выставка продлится до конца осени.",
                    ],
                    [
                        "p",
                        "Среди самых ценных экспонатов — рукописные списки Корана XVIII–XIX веков, а также труды поволжских учёных по праву, астрономии и медицине на арабском и старотатарском языках. Некоторые рукописи выставляются впервые.",
                    ],
                    ["h", "Реставрация и оцифровка"],
                    [
                        "p",
                        "Открытию выставки предшествовала двухлетняя работа по реставрации и оцифровке рукописей, которую вели реставраторы из России и Узбекистана. Цифровые копии станут доступны исследователям на специальном интернет-портале.",
                    ],
                    [
                        "q",
                        "Эти рукописи свидетельствуют о том, что Поволжье на протяжении веков было неотъемлемой частью исламской цивилизации.",
                        "Куратор выставки",
                    ],
                    [
                        "p",
                        "Выставка входит в культурную программу, которую Татарстан проводит в память о принятии ислама Волжской Булгарией в 922 году. Эта дата ежегодно привлекает в Болгар тысячи гостей.",
                    ],
                ],
            },
            "en": {
                "title": "Bolgar exhibition shows rare Islamic manuscripts from Russian and Central Asian collections",
                "summary": "The exhibition brings together more than 120 manuscripts, including copies of the Quran and works on law, astronomy and medicine, some shown to the public for the first time.",
                "unofficial_translation": True,
                "body": [
                    [
                        "p",
                        "An exhibition of Islamic manuscripts has opened in the historic town of Bolgar in the Republic of Tatarstan. It brings together more than 120 manuscripts from libraries and museums in Kazan, Ufa, St Petersburg and Tashkent, and will run until the end of autumn.",
                    ],
                    [
                        "p",
                        "Highlights include handwritten copies of the Quran from the 18th and 19th centuries and works on law, astronomy and medicine by Volga scholars, written in Arabic and Old Tatar. Some of the manuscripts are on public display for the first time.",
                    ],
                    ["h", "Restoration and digitisation"],
                    [
                        "p",
                        "The opening followed two years of work by restorers from Russia and Uzbekistan to restore and digitise the manuscripts. Digital copies will be made available to researchers through a dedicated online portal.",
                    ],
                    [
                        "q",
                        "These manuscripts bear witness that for centuries the Volga region was an integral part of Islamic civilisation.",
                        "The exhibition's curator",
                    ],
                    [
                        "p",
                        "The exhibition is part of a cultural programme Tatarstan holds to mark Volga Bulgaria's adoption of Islam in 922, an anniversary that draws thousands of visitors to Bolgar every year.",
                    ],
                ],
            },
        },
    },
    {
        "key": "arabic-language-olympiad",
        "section": "culture",
        "age_hours": 45,
        "source": None,
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نقش هندسي أزرق مخضرّ تتوسطه نجمة، رسم توضيحي لأولمبياد اللغة العربية",
                "ru": "Бирюзовый геометрический орнамент со звездой в центре — иллюстрация к олимпиаде по арабскому языку",
                "en": "A teal geometric pattern with a star at its centre, illustrating the Arabic language olympiad",
            },
            "seed": 16,
            "palette": "teal",
            "credit": {
                "ar": "الخدمة الصحفية للجنة المنظِّمة للأولمبياد",
                "ru": "Пресс-служба оргкомитета олимпиады",
                "en": "Olympiad organising committee press service",
            },
        },
        "tags": {
            "ar": ["اللغة العربية", "التعليم", "الشباب", "روسيا"],
            "ru": ["арабский язык", "образование", "молодёжь", "Россия"],
            "en": ["Arabic language", "education", "youth", "Russia"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "مئات الطلاب الروس يتنافسون في الأولمبياد الوطني للغة العربية",
                "summary": "شارك في الأولمبياد طلاب مدارس وجامعات من 35 إقليماً روسياً، في مؤشر على تنامي الاهتمام بتعلّم العربية في روسيا.",
                "body": [
                    [
                        "p",
                        "اختُتمت في موسكو المرحلة النهائية من الأولمبياد الوطني للغة العربية، بمشاركة أكثر من 600 طالب من المدارس والجامعات يمثّلون 35 إقليماً روسياً. وتضمّنت المسابقة اختبارات في القواعد والترجمة والتعبير الشفهي والكتابي.",
                    ],
                    [
                        "p",
                        "وأشار منظّمو الأولمبياد إلى أن عدد المشاركين تضاعف خلال ثلاث سنوات، وأن العربية باتت تُدرَّس في مزيد من المدارس، ولا سيما في تتارستان وداغستان وموسكو وسانت بطرسبورغ. ولُوحظ كذلك إقبال طلاب غير مسلمين على تعلّمها لأغراض مهنية في الدبلوماسية والاقتصاد والإعلام.",
                    ],
                    ["h", "جوائز ورحلات دراسية"],
                    [
                        "p",
                        "وحصل الفائزون على منح لدورات صيفية في جامعات بمصر والإمارات وسلطنة عُمان، إضافةً إلى أفضلية عند القبول في كليات الاستشراق الروسية. وشارك في تحكيم المسابقة أساتذة من روسيا وعدد من الدول العربية.",
                    ],
                    [
                        "q",
                        "العربية ليست لغة الدين فحسب، بل لغة مئات الملايين من البشر، وبابٌ واسع للعمل والتعاون.",
                        "أحد أعضاء لجنة التحكيم",
                    ],
                ],
            },
            "ru": {
                "title": "Сотни российских школьников и студентов состязались на олимпиаде по арабскому языку",
                "summary": "В олимпиаде участвовали учащиеся школ и вузов из 35 регионов России — свидетельство растущего интереса к арабскому языку.",
                "body": [
                    [
                        "p",
                        "В Москве завершился финал всероссийской олимпиады по арабскому языку. В нём приняли участие более 600 школьников и студентов из 35 регионов страны. Участники выполняли задания по грамматике и переводу, а также устной и письменной речи.",
                    ],
                    [
                        "p",
                        "Организаторы отмечают, что число участников за три года удвоилось, а арабский язык преподают во всё большем числе школ — прежде всего в Татарстане, Дагестане, Москве и Санкт-Петербурге. Растёт и число учащихся-немусульман, которые изучают арабский ради карьеры в дипломатии, экономике и журналистике.",
                    ],
                    ["h", "Призы и стажировки"],
                    [
                        "p",
                        "Победители получили гранты на летние курсы в университетах Египта, ОАЭ и Омана, а также преимущество при поступлении на востоковедческие факультеты российских вузов. В жюри вошли преподаватели из России и ряда арабских стран.",
                    ],
                    [
                        "q",
                        "Арабский — не только язык религии, но и язык сотен миллионов людей, широкая дорога к работе и сотрудничеству.",
                        "Член жюри олимпиады",
                    ],
                ],
            },
            "en": {
                "title": "Hundreds of Russian students compete in the national Arabic language olympiad",
                "summary": "School and university students from 35 Russian regions took part, a sign of growing interest in learning Arabic in Russia.",
                "body": [
                    [
                        "p",
                        "The final round of the national Arabic language olympiad has ended in Moscow, with more than 600 school and university students from 35 Russian regions taking part. The competition tested grammar, translation, and spoken and written expression.",
                    ],
                    [
                        "p",
                        "The organisers say the number of participants has doubled in three years and that Arabic is now taught in more and more schools, especially in Tatarstan, Dagestan, Moscow and St Petersburg. More non-Muslim students are also learning it for careers in diplomacy, business and the media.",
                    ],
                    ["h", "Prizes and study trips"],
                    [
                        "p",
                        "Winners received grants for summer courses at universities in Egypt, the UAE and Oman, as well as an advantage when applying to Russian faculties of oriental studies. The jury included teachers from Russia and several Arab countries.",
                    ],
                    [
                        "q",
                        "Arabic is not only the language of religion but the language of hundreds of millions of people, and a wide door to work and cooperation.",
                        "A member of the olympiad jury",
                    ],
                ],
            },
        },
    },
    # ---------------------------------------------------------------- religion
    {
        "key": "hajj-registration-russian-pilgrims",
        "section": "religion",
        "age_hours": 380,
        "source": {"ar": "إنترفاكس", "ru": "Интерфакс", "en": "Interfax"},
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نقش نجوم ذهبية رملية، رسم توضيحي لبدء التسجيل لموسم الحج",
                "ru": "Золотисто-песочный звёздный орнамент — иллюстрация к началу записи на хадж",
                "en": "A golden sand-coloured star pattern, illustrating the opening of Hajj registration",
            },
            "seed": 17,
            "palette": "sand",
            "credit": {
                "ar": "الخدمة الصحفية للإدارة الدينية لمسلمي جمهورية تتارستان",
                "ru": "Пресс-служба Духовного управления мусульман Республики Татарстан",
                "en": "Press service of the Spiritual Administration of Muslims of Tatarstan",
            },
        },
        "tags": {
            "ar": ["الحج", "السعودية", "مسلمو روسيا"],
            "ru": ["хадж", "Саудовская Аравия", "мусульмане России"],
            "en": ["Hajj", "Saudi Arabia", "Russia's Muslims"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "بدء التسجيل لموسم الحج وزيادة الحصة المخصصة للحجاج من روسيا",
                "summary": "أعلنت الجهات المنظِّمة للحج في روسيا بدء تسجيل الراغبين في أداء الفريضة، مع زيادة الحصة المخصصة للحجاج الروس وتوسيع الرحلات المباشرة إلى جدة والمدينة المنورة.",
                "body": [
                    [
                        "p",
                        "أعلنت بعثة الحج الروسية بدء تسجيل الراغبين في أداء فريضة الحج هذا العام، بعد موافقة المملكة العربية السعودية على زيادة الحصة المخصصة لروسيا بنحو ألفي مكان. ويجري التسجيل عبر الإدارات الدينية للمسلمين في الأقاليم ووكالات السفر المعتمدة.",
                    ],
                    [
                        "p",
                        "وستنطلق الرحلات المباشرة إلى جدة والمدينة المنورة من مطارات موسكو وقازان وأوفا وغروزني ومحج قلعة ونالتشيك. ويُشترط على الحجاج الحصول على التطعيمات اللازمة واجتياز فحص طبي قبل السفر.",
                    ],
                    ["h", "دورات لتأهيل الحجاج"],
                    [
                        "p",
                        "وتنظّم الإدارات الدينية دورات تأهيلية للحجاج باللغات الروسية والتترية والشيشانية والأوارية، تشرح مناسك الحج وقواعد السلامة والتعليمات الصادرة عن السلطات السعودية. ويرافق كلَّ مجموعة مرشدٌ ديني وطبيب.",
                    ],
                    [
                        "q",
                        "نحرص على أن يؤدي كل حاجّ من روسيا الفريضة بيسر وأمان، وأن يعود إلى أهله سالماً.",
                        "ممثل بعثة الحج الروسية",
                    ],
                    [
                        "p",
                        "وتزايدت أعداد الحجاج من روسيا خلال السنوات الأخيرة، فيما تعمل الجهات المعنية في البلدين على تبسيط إجراءات منح التأشيرات وإصدارها إلكترونياً.",
                    ],
                ],
            },
            "ru": {
                "title": "Начата запись на хадж, квота для паломников из России увеличена",
                "summary": "Организаторы хаджа в России объявили о начале записи паломников; квота для России выросла, расширен список прямых рейсов в Джидду и Медину.",
                "body": [
                    [
                        "p",
                        "Хадж-миссия России объявила о начале записи желающих совершить хадж в этом году. Саудовская Аравия согласилась увеличить квоту для России примерно на две тысячи мест. Запись ведут региональные духовные управления мусульман и аккредитованные туроператоры.",
                    ],
                    [
                        "p",
                        "Прямые рейсы в Джидду и Медину будут выполняться из Москвы, Казани, Уфы, Грозного, Махачкалы и Нальчика. Паломникам необходимо сделать обязательные прививки и пройти медицинский осмотр перед поездкой.",
                    ],
                    ["h", "Подготовка паломников"],
                    [
                        "p",
                        "Духовные управления проводят для паломников подготовительные курсы на русском, татарском, чеченском и аварском языках: рассказывают об обрядах хаджа, правилах безопасности и требованиях саудовских властей. Каждую группу сопровождают духовный наставник и врач.",
                    ],
                    [
                        "q",
                        "Мы стремимся к тому, чтобы каждый паломник из России совершил хадж спокойно и безопасно и благополучно вернулся домой.",
                        "Представитель хадж-миссии России",
                    ],
                    [
                        "p",
                        "В последние годы число паломников из России растёт, а профильные ведомства двух стран работают над упрощением и переводом в электронный вид выдачи виз.",
                    ],
                ],
            },
            "en": {
                "title": "Hajj registration opens as Russia's pilgrim quota is raised",
                "summary": "Hajj organisers in Russia have opened registration for pilgrims, with a larger quota for Russia and more direct flights to Jeddah and Medina.",
                "body": [
                    [
                        "p",
                        "Russia's Hajj mission has opened registration for those wishing to perform the Hajj this year, after Saudi Arabia agreed to raise Russia's quota by about two thousand places. Registration is handled by the regional Muslim spiritual administrations and accredited travel agencies.",
                    ],
                    [
                        "p",
                        "Direct flights to Jeddah and Medina will leave from Moscow, Kazan, Ufa, Grozny, Makhachkala and Nalchik. Pilgrims must have the required vaccinations and pass a medical check before travelling.",
                    ],
                    ["h", "Preparing the pilgrims"],
                    [
                        "p",
                        "The spiritual administrations run preparatory courses in Russian, Tatar, Chechen and Avar, explaining the rites of the Hajj, safety rules and the instructions of the Saudi authorities. Each group travels with a religious guide and a doctor.",
                    ],
                    [
                        "q",
                        "We want every pilgrim from Russia to perform the Hajj with ease and safety, and to return home to their family in good health.",
                        "A representative of Russia's Hajj mission",
                    ],
                    [
                        "p",
                        "The number of pilgrims from Russia has grown in recent years, and the relevant authorities of both countries are working to simplify visa procedures and move them online.",
                    ],
                ],
            },
        },
    },
    {
        "key": "bolgar-academy-azhar-imams",
        "section": "religion",
        "age_hours": 130,
        "source": None,
        "source_url": None,
        "image": {
            # What the drawn picture shows, for readers who cannot see it.
            "alt": {
                "ar": "نجمة ثمانية على نقش أزرق داكن، رسم توضيحي لبرنامج تأهيل الأئمة بين بلغار والأزهر",
                "ru": "Восьмиконечная звезда на тёмно-синем орнаменте — иллюстрация к программе подготовки имамов Болгара и Аль-Азхара",
                "en": "An eight-pointed star on a dark blue pattern, illustrating the Bolgar–Al-Azhar programme for imams",
            },
            "seed": 18,
            "palette": "navy",
            "credit": {
                "ar": "الخدمة الصحفية للأكاديمية الإسلامية في بلغار",
                "ru": "Пресс-служба Болгарской исламской академии",
                "en": "Bolgar Islamic Academy press service",
            },
        },
        "tags": {
            "ar": ["الأزهر", "مصر", "التعليم الديني", "الأئمة"],
            "ru": ["Аль-Азхар", "Египет", "религиозное образование", "имамы"],
            "en": ["Al-Azhar", "Egypt", "religious education", "imams"],
        },
        "author": None,
        "versions": {
            "ar": {
                "title": "الأكاديمية الإسلامية في بلغار والأزهر يطلقان برنامجاً مشتركاً لتأهيل الأئمة",
                "summary": "يتيح البرنامج لأئمة من أقاليم روسية مختلفة دراسة العلوم الشرعية واللغة العربية على أيدي أساتذة من الأزهر الشريف، إلى جانب مقررات في الإدارة والإعلام.",
                "body": [
                    [
                        "p",
                        "أطلقت الأكاديمية الإسلامية في بلغار، بالتعاون مع جامعة الأزهر، برنامجاً مشتركاً لرفع كفاءة الأئمة والمعلّمين الدينيين في روسيا. ويلتحق بالدفعة الأولى 40 إماماً من تتارستان وباشكورتوستان وشمال القوقاز وسيبيريا ومنطقة الفولغا.",
                    ],
                    [
                        "p",
                        "ويمتد البرنامج تسعة أشهر، ويشمل مقررات في أصول الفقه والتفسير والحديث واللغة العربية يدرّسها أساتذة من الأزهر الشريف، إلى جانب مقررات في إدارة المساجد والتواصل مع الشباب والإعلام الرقمي يقدّمها خبراء روس.",
                    ],
                    ["h", "ترسيخ المدرسة الدينية الروسية"],
                    [
                        "p",
                        "ويهدف البرنامج إلى ترسيخ المدرسة الدينية الوطنية في روسيا، القائمة على التراث العلمي لمسلمي الفولغا والقوقاز والمنفتحة على المراكز الإسلامية الكبرى في العالم. ويختتم المشاركون دراستهم بفترة تدريبية قصيرة في القاهرة.",
                    ],
                    [
                        "p",
                        "وأشارت إدارة الأكاديمية إلى أن التعاون مع الأزهر سيشمل مستقبلاً برامج لطلاب الدراسات العليا، وتبادل الأساتذة، وإعداد كتب دراسية مشتركة باللغتين العربية والروسية.",
                    ],
                ],
            },
            "ru": {
                "title": "Болгарская исламская академия и Аль-Азхар запускают совместную программу для имамов",
                "summary": "Имамы из разных регионов России будут изучать исламские науки и арабский язык у преподавателей Аль-Азхара, а также проходить курсы по управлению и медиа.",
                "body": [
                    [
                        "p",
                        "Болгарская исламская академия совместно с университетом Аль-Азхар запустила программу повышения квалификации имамов и преподавателей религиозных дисциплин в России. В первый набор вошли 40 имамов из Татарстана, Башкортостана, Северного Кавказа, Сибири и Поволжья.",
                    ],
                    [
                        "p",
                        "Программа рассчитана на девять месяцев. Курсы по основам исламского права, толкованию Корана, хадисоведению и арабскому языку ведут преподаватели Аль-Азхара, а занятия по управлению мечетью, работе с молодёжью и цифровым медиа — российские специалисты.",
                    ],
                    ["h", "Укрепление российской богословской школы"],
                    [
                        "p",
                        "Цель программы — укрепить отечественную богословскую школу, опирающуюся на научное наследие мусульман Поволжья и Кавказа и открытую крупнейшим исламским центрам мира. Завершится обучение короткой стажировкой в Каире.",
                    ],
                    [
                        "p",
                        "В руководстве академии сообщили, что в дальнейшем сотрудничество с Аль-Азхаром охватит программы для аспирантов, обмен преподавателями и подготовку совместных учебников на арабском и русском языках.",
                    ],
                ],
            },
            "en": {
                "title": "Bolgar Islamic Academy and Al-Azhar launch a joint programme for imams",
                "summary": "Imams from across Russia will study Islamic sciences and Arabic with Al-Azhar teachers, alongside courses in management and media.",
                "unofficial_translation": True,
                "body": [
                    [
                        "p",
                        "The Bolgar Islamic Academy, together with Al-Azhar University, has launched a joint programme to train imams and teachers of religion in Russia. The first intake consists of 40 imams from Tatarstan, Bashkortostan, the North Caucasus, Siberia and the Volga region.",
                    ],
                    [
                        "p",
                        "The programme lasts nine months. Courses in the principles of Islamic jurisprudence, Quranic exegesis, hadith and Arabic are taught by Al-Azhar faculty, while Russian experts teach mosque management, work with young people and digital media.",
                    ],
                    ["h", "Strengthening Russia's own school of Islamic scholarship"],
                    [
                        "p",
                        "The programme aims to strengthen Russia's national school of Islamic scholarship, rooted in the learning of the Muslims of the Volga and the Caucasus and open to the world's great Islamic centres. Participants will finish with a short placement in Cairo.",
                    ],
                    [
                        "p",
                        "The academy's leadership said cooperation with Al-Azhar would later extend to programmes for postgraduate students, faculty exchanges and joint textbooks in Arabic and Russian.",
                    ],
                ],
            },
        },
    },
]

ABOUT = {
    "slug": "about",
    "versions": {
        "ar": {
            "title": "حول المجموعة",
            "body": [
                [
                    "p",
                    f"تأسست {ORGANISATION_NAMES['ar']} عام 2006 بهدف تعزيز الحوار والتعاون بين روسيا الاتحادية ودول العالم الإسلامي. وتضم المجموعة شخصيات سياسية واجتماعية ودينية وعلماء وخبراء من روسيا ومن عدد من الدول الأعضاء في منظمة التعاون الإسلامي.",
                ],
                ["h", "أهدافنا"],
                [
                    "p",
                    "تعمل المجموعة على تعميق التفاهم المتبادل بين الشعوب، ودعم الشراكة في مجالات الاقتصاد والثقافة والتعليم، والتصدي لمحاولات تأجيج الصراعات على أسس دينية أو عرقية. وتعقد اجتماعاتها دورياً في روسيا والدول الإسلامية، وترفع توصياتها إلى صنّاع القرار.",
                ],
                ["h", "هذا الموقع"],
                [
                    "p",
                    "ينشر هذا الموقع بثلاث لغات، هي العربية والروسية والإنجليزية، أخبار المجموعة وأنشطتها، إلى جانب مقالات تحليلية وتقارير عن العلاقات بين روسيا والعالم الإسلامي في السياسة والاقتصاد والثقافة والدين. ولا تعبّر آراء الكتّاب بالضرورة عن موقف المجموعة.",
                ],
            ],
        },
        "ru": {
            "title": "О группе",
            "body": [
                [
                    "p",
                    f"{ORGANISATION_NAMES['ru']} создана в 2006 году для развития диалога и сотрудничества между Российской Федерацией и странами исламского мира. В неё входят государственные и общественные деятели, религиозные лидеры, учёные и эксперты из России и ряда государств — членов Организации исламского сотрудничества.",
                ],
                ["h", "Наши цели"],
                [
                    "p",
                    "Группа работает над углублением взаимопонимания между народами, поддерживает партнёрство в экономике, культуре и образовании, противодействует попыткам разжигать конфликты на религиозной или этнической почве. Её заседания регулярно проходят в России и в исламских странах, а рекомендации направляются лицам, принимающим решения.",
                ],
                ["h", "Этот сайт"],
                [
                    "p",
                    "Сайт на трёх языках — арабском, русском и английском — публикует новости о деятельности группы, а также аналитические статьи и материалы об отношениях России и исламского мира в политике, экономике, культуре и религии. Мнения авторов не обязательно совпадают с позицией группы.",
                ],
            ],
        },
        "en": {
            "title": "About the group",
            "body": [
                [
                    "p",
                    f"The {ORGANISATION_NAMES['en']} was founded in 2006 to promote dialogue and cooperation between the Russian Federation and the countries of the Islamic world. Its members include statesmen, public and religious figures, scholars and experts from Russia and from member states of the Organisation of Islamic Cooperation.",
                ],
                ["h", "Our aims"],
                [
                    "p",
                    "The group works to deepen mutual understanding between peoples, supports partnership in the economy, culture and education, and counters attempts to stir up conflict along religious or ethnic lines. It meets regularly in Russia and in Islamic countries and submits its recommendations to decision-makers.",
                ],
                ["h", "This website"],
                [
                    "p",
                    "This website publishes, in Arabic, Russian and English, news of the group's work together with analysis and reports on relations between Russia and the Islamic world in politics, the economy, culture and religion. Authors' views do not necessarily reflect the position of the group.",
                ],
            ],
        },
    },
}

CONTACTS = {
    "slug": "contacts",
    "versions": {
        "ar": {
            "title": "اتصل بنا",
            "body": [
                [
                    "p",
                    "يسعدنا تلقّي أسئلتكم ومقترحاتكم وطلبات التعاون الإعلامي. يُرجى مراسلتنا عبر البريد الإلكتروني، وسنردّ عليكم في أقرب وقت ممكن.",
                ],
                ["h", "العنوان"],
                [
                    "p",
                    f"{ORGANISATION_NAMES['ar']}، زقاق بريميرني، رقم 1، موسكو 119000، روسيا الاتحادية.",
                ],
                ["h", "البريد الإلكتروني والهاتف"],
                [
                    "p",
                    "للاستفسارات العامة: info@example.org. للصحفيين ووسائل الإعلام: press@example.org. الهاتف: ‎+7 495 000-00-00.",
                ],
            ],
        },
        "ru": {
            "title": "Контакты",
            "body": [
                [
                    "p",
                    "Мы будем рады вашим вопросам, предложениям и запросам о сотрудничестве со СМИ. Пишите нам по электронной почте — мы ответим в ближайшее время.",
                ],
                ["h", "Адрес"],
                [
                    "p",
                    f"{ORGANISATION_NAMES['ru']}, 119000, Москва, Примерный переулок, д. 1.",
                ],
                ["h", "Электронная почта и телефон"],
                [
                    "p",
                    "Общие вопросы: info@example.org. Для журналистов и СМИ: press@example.org. Телефон: +7 495 000-00-00.",
                ],
            ],
        },
        "en": {
            "title": "Contacts",
            "body": [
                [
                    "p",
                    "We welcome your questions, suggestions and media enquiries. Please write to us by e-mail and we will reply as soon as we can.",
                ],
                ["h", "Address"],
                [
                    "p",
                    f"{ORGANISATION_NAMES['en']}, 1 Primerny Lane, Moscow 119000, Russian Federation.",
                ],
                ["h", "E-mail and telephone"],
                [
                    "p",
                    "General enquiries: info@example.org. Journalists and media: press@example.org. Telephone: +7 495 000-00-00.",
                ],
            ],
        },
    },
}
