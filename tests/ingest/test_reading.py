"""Reading input: size limit, empty and binary files, encodings (no database)."""

import pytest

from hiwar.ingest.reading import InputError, decode_html, decode_text, looks_binary, read_path

ARABIC = "أكد وزير الخارجية أن العلاقات بين البلدين مثال على الشراكة.\n١٤ سبتمبر ٢٠٢٢\n"
RUSSIAN = "Министр заявил, что отношения двух стран служат примером партнёрства.\n14 сентября 2022\n"


def test_utf8_with_and_without_bom():
    assert decode_text(ARABIC.encode("utf-8")) == (ARABIC, "utf-8")
    assert decode_text(b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8")) == (RUSSIAN, "utf-8")


def test_windows_1256_arabic_is_decoded():
    assert (
        decode_text(ARABIC.replace("١٤", "14").replace("٢٠٢٢", "2022").encode("windows-1256"))[1]
        == "windows-1256"
    )


def test_windows_1251_russian_is_decoded():
    text, encoding = decode_text(RUSSIAN.encode("windows-1251"))
    assert (text, encoding) == (RUSSIAN, "windows-1251")


def test_unknown_encoding_is_said_clearly():
    greek = "Ο υπουργός δήλωσε ότι οι σχέσεις των δύο χωρών είναι παράδειγμα συνεργασίας.".encode(
        "iso-8859-7"
    )
    with pytest.raises(InputError, match="encoding unknown"):
        decode_text(greek)


def test_empty_and_blank_files():
    for data in (b"", b"  \n\t\n"):
        with pytest.raises(InputError, match="empty file"):
            decode_text(data)


def test_binary_file():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert looks_binary(png)
    with pytest.raises(InputError, match="binary file"):
        decode_text(png)


def test_html_declared_charset_is_believed():
    html = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    assert decode_html(html.encode("windows-1251"))[1] == "cp1251"


def test_size_limit_is_checked_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # 50 MB, sparse: nothing to read
    with pytest.raises(InputError, match=r"too large: 50\.0 MB, the limit is 5 MB"):
        read_path(str(big))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="directory"):
        read_path(str(tmp_path))
