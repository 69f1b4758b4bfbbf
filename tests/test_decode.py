"""``govreport.decode``: real reports in every encoding they come in, and bytes that are no text."""

from __future__ import annotations

from pathlib import Path

import pytest

import govreport
from conftest import CORPUS, FIXTURES, SEEDS
from govreport import DecodeError, decode

# Simplified: a township page with chrome, a national report, a provincial one.
# Traditional: the 1954 national report (Wikisource's 繁體), and two traditional web pages.
SIMPLIFIED = {
    "seed-000-nantong": SEEDS / "000_5f8850e58b636763.txt",
    "national-2024": FIXTURES / "national" / "2024.txt",
    "provincial-2025-sichuan": CORPUS / "provincial" / "2025_sichuan.txt",
}
TRADITIONAL = {
    "national-1954": FIXTURES / "national" / "1954.txt",
    "page-039-nankai": CORPUS / "pages" / "039.txt",
    "page-044-county": CORPUS / "pages" / "044.txt",
}
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk", "big5"]


def source(path: Path) -> str:
    if not path.is_file():
        pytest.skip(f"the shared corpus is not beside the project (looked for {path})")
    return path.read_text(encoding="utf-8")


def encoded(text: str, encoding: str) -> tuple[bytes, str]:
    """The bytes of ``text`` in ``encoding`` and the text they hold: characters the encoding
    lacks (NBSP in GBK; 産, 爲 and other mainland variants in Big5) are written ``?``, as an
    editor saving the file would."""
    data = text.encode(encoding, errors="replace")
    codec = "cp950" if encoding == "big5" else encoding
    return data, data.decode(codec).removeprefix("\ufeff")


CASES = [
    pytest.param(path, encoding, id=f"{name}-{encoding}")
    for name, path in {**SIMPLIFIED, **TRADITIONAL}.items()
    for encoding in ENCODINGS
]


@pytest.mark.parametrize(("path", "encoding"), CASES)
def test_real_reports_in_every_encoding(path: Path, encoding: str) -> None:
    data, text = encoded(source(path), encoding)
    assert decode(data) == text


@pytest.mark.parametrize(
    "path", [*SIMPLIFIED.values(), *TRADITIONAL.values()], ids=[*SIMPLIFIED, *TRADITIONAL]
)
def test_big5_read_as_gb18030_is_not_taken(path: Path) -> None:
    """GB18030 decodes Big5 bytes without error, into rare and private-use characters; the
    text decode returns must be the Big5 one, whatever the script of the report."""
    data, text = encoded(source(path), "big5")
    assert data.decode("gb18030", errors="replace") != text
    assert decode(data) == text
    assert govreport.parse_report(decode(data)).metadata == govreport.parse_report(text).metadata


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param("政府工作报告".encode()[:-1], "政府工作报\ufffd", id="utf-8-cut"),
        pytest.param("\ufeff政府工作报告".encode()[:-2], "政府工作报\ufffd", id="utf-8-sig-cut"),
        pytest.param("政府工作报告".encode("gb18030")[:-1], "政府工作报\ufffd", id="gb18030-cut"),
        pytest.param("政府工作報告".encode("big5")[:-1], "政府工作報\ufffd", id="big5-cut"),
        pytest.param("政府工作报告".encode("utf-16")[:-1], "政府工作报\ufffd", id="utf-16-cut"),
        pytest.param("一、工作回顾\n".encode("utf-16-le"), "一、工作回顾\n", id="utf-16-le-short"),
        pytest.param("政府工作报告".encode("utf-16-le"), "政府工作报告", id="utf-16-le-no-ascii"),
        pytest.param("政府工作报告".encode("utf-16-be"), "政府工作报告", id="utf-16-be-no-ascii"),
        pytest.param("\ufeff" + "报告".encode().decode(), "报告", id="str-bom-dropped"),
    ],
)
def test_truncated_and_short_input(data: bytes | str, text: str) -> None:
    raw = data.encode() if isinstance(data, str) else data
    assert decode(raw) == text


def test_truncated_real_report() -> None:
    data = (SEEDS / "000_5f8850e58b636763.txt").read_bytes()
    cut = data[: len(data) // 2]
    text = decode(cut)
    assert text.endswith("\ufffd") or data.decode().startswith(text)
    assert "南通镇" in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b" \n", "empty file", id="blank"),
        pytest.param(b"\xef\xbb\xbf\r\n", "empty file", id="bom-only"),
        pytest.param("\u3000\u3000\n".encode("gb18030"), "empty file", id="ideographic-spaces"),
        pytest.param("\ufeff \n".encode("utf-16-le"), "empty file", id="utf-16-blank"),
        pytest.param(b"\x00\x01\x02abc", r"binary file \(contains NUL bytes\)", id="nul"),
        pytest.param(bytes(range(256)) * 4, r"binary file \(contains NUL bytes\)", id="all-bytes"),
        pytest.param(b"\x01\x02\x03\x04abc", r"binary file \(control characters\)", id="controls"),
        pytest.param(
            b"\x80\x81\xff" * 100,
            r"cannot decode as UTF-8 \(invalid byte 0x80 at offset 0\), UTF-16, GB18030 or Big5",
            id="invalid-everywhere",
        ),
        pytest.param(
            b"\xef\xbb\xbf\xff\xff", r"not valid UTF-8 despite its byte-order mark", id="bad-bom"
        ),
        pytest.param(
            b"\xff\xfe\x00\xdcA\x00", "not valid UTF-16 despite its byte-order mark", id="lone"
        ),
        pytest.param(
            "\ue000\ue001\ue002 私用区".encode() * 10,
            "mostly unreadable as UTF-8",
            id="private-use",
        ),
        pytest.param(
            "南通镇政府工作报告，全年完成投资。".encode("gbk").decode("latin-1").encode() * 3,
            "mojibake",
            id="gbk-read-as-latin-1",
        ),
        pytest.param(
            "Überprüfung der Maßnahmen für das Jahr".encode("latin-1") * 5,
            "not readable as GB18030",
            id="latin-1-text",
        ),
    ],
)
def test_bytes_that_are_no_report_text(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_binary_from_a_real_format() -> None:
    """A gzip of a report: binary, not text in some encoding."""
    import gzip

    data = gzip.compress((SEEDS / "000_5f8850e58b636763.txt").read_bytes())
    with pytest.raises(DecodeError):
        decode(data)


def test_docstring_examples() -> None:
    import doctest

    import govreport._decoding

    failures, tried = doctest.testmod(govreport._decoding)
    assert (failures, tried > 0) == (0, True)


def test_decode_takes_bytes_only() -> None:
    with pytest.raises(TypeError, match="decode\\(\\) expects data as bytes, got str"):
        decode("政府工作报告")  # type: ignore[arg-type]
    assert decode(bytearray("报告".encode())) == "报告"
    assert isinstance(DecodeError("x"), ValueError)


@pytest.mark.corpus
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16-le"])
def test_the_whole_corpus_in_three_encodings(encoding: str) -> None:
    paths = sorted(CORPUS.rglob("*.txt"))
    if not paths:
        pytest.skip(f"the shared corpus is not beside the project (looked in {CORPUS})")
    wrong = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        try:
            if decode(text.encode(encoding)) != text:
                wrong.append((path.name, "another text"))
        except DecodeError as error:
            wrong.append((path.name, str(error)))
    assert not wrong
