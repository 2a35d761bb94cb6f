"""The compiled catalogues (.mo, committed) say what their .po says.

Django reads only the .mo files. `compilemessages` skips a .mo that is newer than its
.po, which a merge or a checkout can make true of a stale one: the Arabic admin then
shows English for every string added since. Each translated entry of the .po must be
in the .mo with the same translation, plural forms included.
"""

import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "hiwar" / "locale"


@pytest.mark.parametrize("lang", ["ar", "ru"])
def test_the_compiled_catalogue_matches_its_source(lang):
    folder = LOCALE / lang / "LC_MESSAGES"
    with (folder / "django.po").open("rb") as source:
        catalogue = read_po(source, locale=lang)
    with (folder / "django.mo").open("rb") as compiled_file:
        compiled = gettext.GNUTranslations(compiled_file)
    stale = []
    for message in catalogue:
        if not message.id or message.fuzzy or not message.string:
            continue
        context = message.context
        if message.pluralizable:
            singular, plural = message.id
            for index, expected in enumerate(message.string):
                found = (
                    compiled.npgettext(context, singular, plural, _count_for(compiled, index))
                    if context
                    else compiled.ngettext(singular, plural, _count_for(compiled, index))
                )
                if expected and found != expected:
                    stale.append(singular)
        else:
            found = compiled.pgettext(context, message.id) if context else compiled.gettext(message.id)
            if found != message.string:
                stale.append(message.id)
    assert stale == [], f"{lang}: the .mo is stale for {len(stale)} entries (run msgfmt): {stale[:5]}"


def _count_for(compiled, index):
    """A count that selects plural form `index` in this catalogue's plural rule (Russian's
    fourth form is for fractions: 1.5)."""
    for count in [*range(200), 0.5, 1.5]:
        if compiled.plural(count) == index:
            return count
    raise AssertionError(f"no count selects plural form {index}")
