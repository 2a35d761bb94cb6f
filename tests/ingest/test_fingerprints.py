"""Fingerprints, MinHash near-duplicates and translation signals (no database)."""

from pathlib import Path

from hiwar.ingest.fingerprints import (
    BANDS,
    band_keys,
    content_fingerprint,
    minhash_from_bytes,
    minhash_of,
    signature_bytes,
    similarity,
)
from hiwar.ingest.matching import agency_of, consonant_key, entity_keys, entity_overlap
from hiwar.text.pages import parse_text_page

FIXTURES = Path(__file__).parent / "fixtures"


def en_text():
    return (FIXTURES / "en_page.txt").read_text(encoding="utf-8")


def test_fingerprint_ignores_spacing_and_digit_style():
    text = en_text()
    same = text.replace("\u00a0", " ").replace("Russian Foreign", "Russian  Foreign")
    assert content_fingerprint(parse_text_page(text)) == content_fingerprint(parse_text_page(same))
    edited = text.replace("300 companies", "310 companies")
    assert content_fingerprint(parse_text_page(text)) != content_fingerprint(parse_text_page(edited))


def test_small_edit_is_near_duplicate_other_story_is_not():
    original = minhash_of(parse_text_page(en_text()))
    edited = minhash_of(parse_text_page(en_text().replace("more than 200 agreements", "over 200 agreements")))
    other = minhash_of(
        parse_text_page(
            "Volga shipping season extended\n\n30 June 2022\n\n"
            "River authorities extended the Volga navigation season by two weeks because of the warm autumn.\n"
        )
    )
    assert similarity(original, edited) > 0.7
    assert set(band_keys(original)) & set(band_keys(edited))
    assert similarity(original, other) < 0.2
    assert not set(band_keys(original)) & set(band_keys(other))


def test_signature_round_trip():
    minhash = minhash_of(parse_text_page(en_text()))
    restored = minhash_from_bytes(signature_bytes(minhash))
    assert similarity(minhash, restored) == 1.0
    assert len(band_keys(restored)) == BANDS


def test_names_keep_their_consonants_across_scripts():
    assert consonant_key("لافروف") == consonant_key("Лавров") == consonant_key("Lavrov")
    assert consonant_key("طاجيكستان") == consonant_key("Таджикистан") == consonant_key("Tajikistan")


def test_agencies_across_languages():
    assert agency_of("تاس") == agency_of("ТАСС") == agency_of("TASS") == "tass"
    assert agency_of("Some Local Paper") == "some local paper"
    assert agency_of(None) is None


def test_translations_share_entities():
    ru = parse_text_page((FIXTURES / "ru_page.txt").read_text(encoding="utf-8"))
    en = parse_text_page(en_text())
    ru_keys = entity_keys(" ".join([ru.title] + ru.paragraphs))
    en_keys = entity_keys(" ".join([en.title] + en.paragraphs))
    assert {"#2021", "#300", consonant_key("Lavrov"), consonant_key("Tajikistan")} <= ru_keys & en_keys
    assert entity_overlap(ru_keys, en_keys) >= 0.5
