"""Bytes of a report → text: :func:`decode`, the one place where encodings are guessed.

Files of Chinese reports come as UTF-8 (with or without a byte-order mark), UTF-16 (from
Windows tools, with or without a BOM), GB18030/GBK/GB2312 (mainland legacy) or Big5 (Taiwan,
Hong Kong and traditional-character mirrors).  The rules, in order:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. NUL bytes (the high byte of ASCII characters in UTF-16) mean UTF-16 without a BOM when
   one byte order reads as Chinese text, else a binary file;
3. valid UTF-8 is UTF-8 (a multi-byte legacy text is almost never valid UTF-8 by chance);
4. otherwise GB18030, Big5 and UTF-16 (a text without a single ASCII character has no NUL)
   are tried; where several decode, the one whose characters are common Chinese characters
   (the frequent tiers of both standards: GB 2312 level 1 and Big5's 常用字) wins.  GB18030
   accepts almost any byte sequence, so Big5 read as GB18030 does decode, into rare and
   private-use characters: that is how it is told apart.

A text cut off inside its last character (a truncated download) is read, the cut character
becoming U+FFFD.  Text that decodes but is mostly unreadable (private-use, replacement or
control characters, or UTF-8 mojibake of a legacy encoding) is refused: a wrong guess must
never reach the parser as if it were a report.
"""

from __future__ import annotations

import functools

import regex

from govreport._compiled import compile_regex

__all__ = ["DecodeError", "decode"]


class DecodeError(ValueError):
    """Bytes that cannot be taken for the text of a report; the message says why."""


SAMPLE = 1 << 16
"""Characters of the decoded text whose readability is checked."""

READABLE = 0.8
"""Share of non-ASCII characters that must be readable for a guessed legacy encoding."""

UNREADABLE = 0.1
"""Share of non-ASCII characters that may be private-use/replacement/control in UTF-8."""

_BOMS = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
# In order of preference when two read equally well.
_LEGACY = (
    ("gb18030", "GB18030"),
    ("cp950", "Big5"),
    ("utf-16-le", "UTF-16"),  # without a BOM, and without one ASCII character (so no NUL)
    ("utf-16-be", "UTF-16"),
)
_TRUNCATED = frozenset(
    {"unexpected end of data", "incomplete multibyte sequence", "truncated data"}
)

_CONTROL = compile_regex(r"[\x00-\x08\x0e-\x1f\x7f]")
_NON_ASCII = compile_regex(r"[^\x00-\x7f\s]")
# Characters no readable report is made of: private use, replacement, C1 controls,
# noncharacters, lone surrogates.
_BAD = compile_regex(r"[\p{Co}\ufffd\x80-\x9f\p{Noncharacter_Code_Point}\p{Cs}]")
_HAN = compile_regex(r"\p{Han}")
_LATIN1_LETTER = compile_regex(r"[\xc0-\xff]")
# Punctuation, symbols and forms that Chinese reports use beside Han characters.
_SYMBOLS = (
    r"\xa0-\xbf\xd7\xf7"  # Latin-1 punctuation, × ÷
    r"\u2000-\u206f"  # general punctuation: — … ‘’ “”
    r"\u2100-\u21ff"  # letterlike (℃ №), number forms (Ⅰ Ⅱ), arrows
    r"\u2200-\u22ff"  # mathematical operators
    r"\u2460-\u24ff"  # enclosed numbers ① ⑴ ⒈
    r"\u25a0-\u26ff"  # geometric shapes ■ ● ◆, stars ★ ☆
    r"\u3000-\u303f"  # CJK punctuation 、。「」《》
    r"\u3200-\u33ff"  # enclosed CJK ㈠, CJK compatibility ㎡
    r"\ufe30-\ufe4f"  # vertical forms
    r"\uff00-\uffef"  # full-width forms ，：（）％
)


@functools.cache
def _readable() -> dict[int, None]:
    """Common characters: GB 2312 level 1 (3,755 simplified) and Big5 常用字 (5,401
    traditional), taken from the codecs themselves, plus the symbols reports use."""
    common: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                common.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if lead == 0xC6 and trail > 0x7E:
                break
            try:
                common.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    symbols = compile_regex(f"[{_SYMBOLS}--\\s]", regex.VERSION1)
    common.update(symbols.findall("".join(map(chr, range(0x80, 0xD800)))))
    common.update(symbols.findall("".join(map(chr, range(0xE000, 0x10000)))))
    # A table for str.translate: deleting the common characters counts them at C speed.
    return dict.fromkeys(map(ord, common))


def decode(data: bytes | bytearray | memoryview) -> str:
    """The text of a report file's bytes; raises :class:`DecodeError` saying why not.

    Reads UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM (UTF-32 with one),
    GB18030 (which covers GBK and GB2312) and Big5.  Empty or blank input, binary data,
    bytes valid in none of these, and text that decodes but is mostly unreadable are
    refused.  Raises ``TypeError`` for anything but bytes.

    >>> decode("政府工作報告".encode("big5"))
    '政府工作報告'
    >>> decode("政府工作报告".encode("utf-16-le"))
    '政府工作报告'
    """
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise TypeError(f"decode() expects data as bytes, got {type(data).__name__}")
    if not data.strip():
        raise DecodeError("empty file")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = _strict(data, codec)
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"not valid {name} despite its byte-order mark (invalid bytes at offset "
                    f"{error.start + (len(bom) if codec == 'utf-8-sig' else 0)})"
                ) from None
            return _checked(text, name)
    if b"\x00" in data:
        return _without_bom(data)
    try:
        return _checked(_strict(data, "utf-8"), "UTF-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    return _legacy(data, utf8_error)


def _strict(data: bytes, codec: str) -> str:
    """Strict decoding, except that a character cut off at the very end becomes U+FFFD."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        whole = error.object  # without the BOM the codec took, for utf-8-sig
        if error.end < len(whole) or error.reason not in _TRUNCATED:
            raise
        return bytes(whole[: error.start]).decode(codec) + "\ufffd"


def _without_bom(data: bytes) -> str:
    """UTF-16 without a byte-order mark, if either byte order reads; else a binary file."""
    decoded: list[tuple[float, str]] = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = _strict(data, codec)
        except UnicodeDecodeError:
            continue
        decoded.append((_readability(text), text))
    # The wrong byte order gives Hangul, rare Han and private-use characters; binary data
    # gives that in both orders.
    if decoded:
        score, text = max(decoded, key=lambda found: found[0])
        if score >= READABLE:
            return _checked(text, "UTF-16")
    raise DecodeError("binary file (contains NUL bytes)")


def _legacy(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    """GB18030, Big5 or UTF-16, whichever decodes into readable Chinese."""
    decoded: list[tuple[float, str, str]] = []
    for codec, name in _LEGACY:
        try:
            text = _strict(data, codec)
        except UnicodeDecodeError:
            continue
        score = _readability(text)
        # UTF-16 decodes any even number of bytes: only a readable result counts as a guess.
        if name != "UTF-16" or score >= READABLE:
            decoded.append((score, name, text))
    if not decoded:
        offset = utf8_error.start
        raise DecodeError(
            f"cannot decode as UTF-8 (invalid byte 0x{data[offset]:02X} at offset {offset}), "
            "UTF-16, GB18030 or Big5"
        )
    # The first of equals wins: GB18030 before Big5.
    score, name, text = max(decoded, key=lambda found: found[0])
    if score < READABLE:
        tried = " or ".join(dict.fromkeys(found[1] for found in decoded))
        raise DecodeError(
            f"not readable as {tried}: only {score:.0%} of its non-ASCII characters are "
            "common Chinese characters or punctuation (another encoding?)"
        )
    return _checked(text, name)


def _readability(text: str) -> float:
    """Share of the sample's non-ASCII, non-space characters that are common ones."""
    sample = text[:SAMPLE]
    others = len(_NON_ASCII.findall(sample))
    if not others:
        return 1.0
    return (len(sample) - len(sample.translate(_readable()))) / others


def _checked(text: str, name: str) -> str:
    """``text`` if it reads as a text; else the reason it does not."""
    if not text.replace("\ufeff", "").strip():  # a BOM, ideographic spaces …
        raise DecodeError("empty file")
    sample = text[:SAMPLE]
    if len(_CONTROL.findall(sample[:4096])) > len(sample[:4096]) // 100:
        raise DecodeError("binary file (control characters)")
    others = len(_NON_ASCII.findall(sample))
    if others >= 20:
        bad = len(_BAD.findall(sample))
        if bad > UNREADABLE * others:
            raise DecodeError(
                f"mostly unreadable as {name}: {bad / others:.0%} of its non-ASCII characters "
                "are private-use, replacement or control characters"
            )
        if not _HAN.search(sample) and len(_LATIN1_LETTER.findall(sample)) > others // 2:
            raise DecodeError(
                f"mojibake: valid {name}, but no Chinese characters and mostly accented Latin "
                "letters, as when GBK or Big5 text is read as Latin-1 and saved again"
            )
    return text
