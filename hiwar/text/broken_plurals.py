"""Arabic broken plurals: a lexicon written for Hiwar, by pattern (wazn) and root.

A broken plural changes the inside of the word (`معرض` "exhibition" → `معارض`),
so no light stemmer joins it to its singular. This module lists, for news
vocabulary, which plural belongs to which singular; `arabic.light_stems` adds
the singular's stem to every plural it meets, in articles and queries alike
(`بالمعارض` → {`معارض`, `معرض`}, so the query `معرض` finds it).

Why written by us, not taken from a dictionary: the Arabic dictionaries on PyPI
with broken plurals (`arramooz-pysqlite`, and `qalsadi` built on it) are GPL.
Shipping their data, or a table generated from it, inside Hiwar would make Hiwar
a derivative work under the GPL; Hiwar declares no such licence, and its other
dependencies are BSD/MIT-style. So the lexicon is our own, from our knowledge
of the language: a pattern rule for the regular plurals, with the roots it
applies to listed by hand, and a list of the irregular pairs. Why not the
pattern rule alone (every `مفاعل` read as `مفعل`): it joins words that are not
singular and plural at all: `مقاتل` "fighter" would become `مقتل` "killing",
`مشارك` "participant" `مشرك` "polytheist", `مواطن` "citizen" `موطن` "homeland".
A root is listed only when its pair is a real singular and plural.

Nothing here imports anything: `arabic` normalises the forms (hamza seats,
ta marbuta) when it builds its table. docs/search.md explains the rule.
"""

# A pattern is written with the placeholder letters ف ع ل for the root's three
# letters (the classical notation); every other letter is the pattern's own.
# (singular pattern, plural pattern, roots). Each line names an example.
PATTERN_PLURALS = (
    # مَفْعَل → مَفاعِل: `معرض` → `معارض`, `مكتب` → `مكاتب`, `مجلس` → `مجالس`
    (
        "مفعل",
        "مفاعل",
        "عرض كتب صنع سجد جلس ركز صدر نصب طلب وقف عبر صرف نزل سرح خزن كسب شهد ذهب عهد نهج"
        " وقع جمع طعم نجم قعد سكن رفق نبر رجع قصد نفذ دخل خرج عقل",
    ),
    # مَفْعَلة → مَفاعِل: `منطقة` → `مناطق`, `مدرسة` → `مدارس`, `محكمة` → `محاكم`
    ("مفعلة", "مفاعل", "نطق درس حكم رحل صلح عرك قبر زرع جزر كتب"),
    # مَفْعُول → مَفاعِيل: `مشروع` → `مشاريع`, `موضوع` → `مواضيع`, `مرسوم` → `مراسيم`
    ("مفعول", "مفاعيل", "شرع وضع رسم فهم شهر صرف نشر ضمن"),
    # فَعِيل → فُعَلاء: `وزير` → `وزراء`, `سفير` → `سفراء`, `زعيم` → `زعماء`
    (
        "فعيل",
        "فعلاء",
        "وزر سفر زعم خبر أمر عمل شرك حلف وكل فقر سجن شهد وسط زمل نظر رفق عظم نقب سعد غرب",
    ),
    # فاعِل → فُعَلاء: `شاعر` → `شعراء`, `ناشط` → `نشطاء`
    ("فاعل", "فعلاء", "شعر نشط"),
    # فاعِل → فُعّال (the shadda is tashkeel, gone after normalisation): `طالب` → `طلاب`,
    # `تاجر` → `تجار`, `حاكم` → `حكام`. (`كاتب`/`كتّاب` is left out: `كتاب` is "book".)
    ("فاعل", "فعال", "طلب تجر عمل حكم ركب سكن حرس صنع ضبط"),
    # فاعِل → فَعَلة: `طالب` → `طلبة`, `ساحر` → `سحرة`
    ("فاعل", "فعلة", "طلب سحر"),
    # فاعِل / فاعِلة → فَواعِل: `شارع` → `شوارع`, `قاعدة` → `قواعد`, `عاصمة` → `عواصم`
    ("فاعل", "فواعل", "حجز شرع جنب عمل طبق سحل دفع منع"),
    ("فاعلة", "فواعل", "قعد عصم حدث ظهر قفل"),
    # فاعُول → فَواعِيل: `صاروخ` → `صواريخ`, `قانون` → `قوانين`
    ("فاعول", "فواعيل", "صرخ قنن طبر حسب"),
    # فَعِيلة / فَعالة → فَعائِل: `وثيقة` → `وثائق`, `ضريبة` → `ضرائب`, `رسالة` → `رسائل`
    (
        "فعيلة",
        "فعائل",
        "وسل قبل حقب وثق ضرب خرط ذخر حدق دقق حقق فصل كتب جرم عشر شرح فضح نتج",
    ),
    ("فعالة", "فعائل", "رسل بضع"),
    # فَعِيلة → فُعُل: `مدينة` → `مدن`, `سفينة` → `سفن`, `صحيفة` → `صحف`
    ("فعيلة", "فعل", "مدن سفن صحف"),
    # فَعْل → أَفْعال: `حزب` → `أحزاب`, `سعر` → `أسعار`, `حدث` → `أحداث`
    (
        "فعل",
        "أفعال",
        "حزب شخص سعر سوق عمل قسم طرف هدف حدث خبر رقم نوع سبب حكم فرد طفل جزء شكل ثمن لون"
        " وضع بحث صوت قلم فكر نهر بطل عدد حجم ركن ربح جيل",
    ),
    # فَعْل → فُعُول: `جيش` → `جيوش`, `شعب` → `شعوب`, `وفد` → `وفود`
    (
        "فعل",
        "فعول",
        "جيش شعب درس بنك فصل ضيف حرب قلب شرط عقد جهد رسم قرض حقل وفد جسر عرض فرع نجم بيت"
        " قيد شيخ ملك دين سجن جرح حصن",
    ),
    # فَعَل → فِعال: `رجل` → `رجال`, `جبل` → `جبال`, `بحر` → `بحار`
    ("فعل", "فعال", "رجل جبل بحر"),
)

# Pairs no three-letter pattern above makes: weak and doubled roots, hamza,
# four-letter words, suppletive plurals. (singular, plural), each an example itself.
IRREGULAR_PLURALS = (
    ("رئيس", "رؤساء"),  # hamza seat changes: رئيس → رؤساء
    ("مدير", "مدراء"),
    ("صديق", "أصدقاء"),  # أَفْعِلاء
    ("قريب", "أقرباء"),
    ("طبيب", "أطباء"),  # doubled root طبب
    ("قائد", "قادة"),  # hollow root قود: فاعل → فَعَلة
    ("قاضي", "قضاة"),  # defective root قضي
    ("خائن", "خونة"),
    ("زائر", "زوار"),  # hollow root زور: فاعل → فُعّال
    ("سائح", "سياح"),
    ("قارئ", "قراء"),
    ("حاج", "حجاج"),
    ("نائب", "نواب"),
    ("جائزة", "جوائز"),  # فاعلة → فواعل with a hamza seat: جائزة → جوائز
    ("قائمة", "قوائم"),
    ("عائلة", "عوائل"),
    ("ضاحية", "ضواحي"),
    ("مسألة", "مسائل"),
    ("مبدأ", "مبادئ"),
    ("مهمة", "مهام"),  # doubled root همم
    ("مادة", "مواد"),
    ("ميزان", "موازين"),
    ("مقدار", "مقادير"),
    ("مقياس", "مقاييس"),
    ("ميدان", "ميادين"),
    ("موعد", "مواعيد"),
    ("تقرير", "تقارير"),  # تَفْعِيل → تَفاعِيل
    ("تمثال", "تماثيل"),
    ("إقليم", "أقاليم"),  # four letters: إقليم → أقاليم
    ("أسبوع", "أسابيع"),
    ("أسلوب", "أساليب"),
    ("مكان", "أماكن"),
    ("يوم", "أيام"),
    ("عضو", "أعضاء"),
    ("مال", "أموال"),
    ("شيء", "أشياء"),
    ("اسم", "أسماء"),
    ("رأي", "آراء"),
    ("عدو", "أعداء"),
    ("حي", "أحياء"),
    ("نشاط", "أنشطة"),  # فِعال → أَفْعِلة
    ("سلاح", "أسلحة"),
    ("سؤال", "أسئلة"),
    ("دليل", "أدلة"),
    ("دواء", "أدوية"),
    ("سهم", "أسهم"),  # فَعْل → أَفْعُل
    ("حق", "حقوق"),  # doubled roots: فَعْل → فُعُول
    ("حد", "حدود"),
    ("خط", "خطوط"),
    ("قمة", "قمم"),
    ("أمة", "أمم"),
    ("خطة", "خطط"),
    ("قرية", "قرى"),
    ("نقطة", "نقاط"),
    ("لجنة", "لجان"),
    ("جندي", "جنود"),
    ("جار", "جيران"),
    ("ولد", "أولاد"),
    ("شاب", "شباب"),
    ("عام", "أعوام"),
    ("بلد", "بلاد"),
    ("طريق", "طرق"),
    ("امرأة", "نساء"),  # suppletive
    ("أخ", "إخوة"),
    ("سنة", "سنوات"),  # سنة loses its ta and gains a waw: سنوات
    ("سنة", "سنين"),
)

PLACEHOLDERS = "فعل"


def apply_pattern(pattern: str, root: str) -> str:
    """`مفاعل` + `عرض` → `معارض`: each placeholder ف ع ل takes the root's letter."""
    letters = dict(zip(PLACEHOLDERS, root, strict=True))
    return "".join(letters.get(char, char) for char in pattern)


def plural_pairs():
    """Every (singular, plural) of the lexicon, unnormalised: (`معرض`, `معارض`), (`وزير`, `وزراء`), …"""
    for singular_pattern, plural_pattern, roots in PATTERN_PLURALS:
        for root in roots.split():
            yield apply_pattern(singular_pattern, root), apply_pattern(plural_pattern, root)
    yield from IRREGULAR_PLURALS
