"""Chinese and Arabic numerals → exact :class:`~decimal.Decimal` values.

Numerals are read with a small grammar of their own rather than through ``float``: Arabic
numbers (with thousands separators and full-width digits), Chinese numerals in simplified,
traditional and formal characters, and the mixed forms of the reports (``3.5万``,
``3万4000``, ``25万6千``, ``134.9万亿``).  Values stay exact from the text to the result.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, InvalidOperation

import regex

from govreport._args import ensure_text
from govreport._compiled import compile_regex
from govreport.data.numerals import (
    BIG_UNITS,
    DECIMAL_POINTS,
    DIGITS,
    NEGATIVE_WORDS,
    SMALL_UNITS,
)

__all__ = ["fold_width", "numeral_range", "parse_number", "small_number"]

# Full-width ASCII → ASCII, ideographic space and NBSP → space, minus sign → hyphen: one
# character for one, so that offsets into the folded text are offsets into the original.
_FOLD_TABLE: dict[int, int] = {
    **{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)},
    0x3000: 0x20,
    0x00A0: 0x20,
    0x2212: ord("-"),
    0xFE63: ord("-"),
    0xFE6A: ord("%"),
    0x301C: ord("~"),
}


def fold_width(text: str) -> str:
    """Fold full-width digits, letters and signs to ASCII, keeping every offset.

    >>> fold_width("１２．５亿元，８．３％")
    '12.5亿元,8.3%'
    """
    return text.translate(_FOLD_TABLE)


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_SMALL_DIGITS = "一二三四五六七八九"
_ZERO_DIGITS = "〇○零"


def small_number(numeral: str) -> int | None:
    """The value of a small numeral of headings, points and dates (1 … 99), or ``None``.

    Simplified digits with ``十``, ASCII digits, circled digits and year digits (``〇``):

    >>> [small_number(n) for n in ("一", "十", "十一", "二十", "三十一", "12", "③", "二二")]
    [1, 10, 11, 20, 31, 12, 3, None]
    >>> small_number("")
    """
    if not numeral:
        return None
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    if len(numeral) == 1 and numeral in _CIRCLED:
        return _CIRCLED.index(numeral) + 1
    tens, ten, units = numeral.rpartition("十")
    if not ten:
        index = _SMALL_DIGITS.find(numeral) if len(numeral) == 1 else -1
        return index + 1 if index >= 0 else None
    high = _SMALL_DIGITS.find(tens) + 1 if tens else 1
    low = _SMALL_DIGITS.find(units) + 1 if units else 0
    if high <= 0 or low < 0 or len(tens) > 1 or len(units) > 1:
        return None
    return high * 10 + low


# Sums and powers of ten of exact numbers are exact at this precision, however long the
# numeral: nothing is ever rounded.
_CONTEXT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_ZERO = Decimal(0)

_DIGIT_CHARS = "".join(DIGITS)
_TOKEN = compile_regex(
    rf"""
    (?P<arabic>[0-9]++(?:,[0-9]{{3}})*+(?:\.[0-9]++)?)
  | (?P<digit>[{_DIGIT_CHARS}])
  | (?P<small>[{"".join(SMALL_UNITS)}])
  | (?P<big>[{"".join(BIG_UNITS)}])
  | (?P<point>[{DECIMAL_POINTS}])
    """,
    regex.VERBOSE,
)
_SCALE_POWERS = {"": 0, "万": 4, "萬": 4, "亿": 8, "億": 8, "万亿": 12, "萬億": 12}
_SCALED_ARABIC = compile_regex(
    r"(?P<number>[0-9]{1,16}+(?:,[0-9]{3})*+(?:\.[0-9]{1,16}+)?)(?P<scale>万亿|萬億|[万萬亿億]|)"
)
_POINT = compile_regex(rf"[{DECIMAL_POINTS}]")
_PLAIN_ARABIC = compile_regex(r"[0-9]{1,40}+(?:\.[0-9]{1,40}+)?")
# Chinese digits written one by one, as in years: 一九四九, 二〇二三.
_DIGIT_BY_DIGIT = compile_regex(rf"[{_DIGIT_CHARS}]{{2,}}+")
_DIGIT_VALUES = str.maketrans({char: str(value) for char, value in DIGITS.items()})
# Two neighbouring digits written together mean "about": 十七八万 = 17万–18万, 两三个 = 2–3.
_APPROXIMATE_PAIR = compile_regex(
    "|".join(
        first + second
        for first, low in DIGITS.items()
        for second, high in DIGITS.items()
        if low and high == low + 1
    )
)
# After a decimal point: digits read one by one, then a scale word for the whole number.
_SCALES = "|".join(sorted(_SCALE_POWERS, key=len, reverse=True))
_FRACTION = compile_regex(rf"(?P<fraction>[{_DIGIT_CHARS}]++)(?P<scale>{_SCALES})")
_ARABIC_DIGIT = compile_regex("[0-9]")
_BIG_UNIT = compile_regex(f"[{''.join(BIG_UNITS)}]")
_SIGNED = compile_regex(rf"(?P<sign>[-+]|{'|'.join(NEGATIVE_WORDS)})?(?P<body>.+)", regex.DOTALL)

Token = tuple[str, str]
"""``(kind, text)`` of one numeral token: ``arabic``, ``digit``, ``small``, ``big``, ``point``."""


def tidy(value: Decimal) -> Decimal:
    """``value`` exactly, without exponent or trailing zeros: ``1640000000.0`` → ``1640000000``,
    ``1E+3`` → ``1000``, ``2.50`` → ``2.5``."""
    written = format(value, "f")  # every digit, never rounded
    if "." in written:
        written = written.rstrip("0").rstrip(".")
    return Decimal(written)


def _evaluate(text: str) -> Decimal | None:
    """The value of one numeral without sign or approximation, or ``None`` if malformed.

    A decimal point splits the numeral in three: the whole number before it, written in any
    form (十点五, 一百点二五, 一万点五), the digits after it, read one by one, and a scale word
    for the whole (二十点五万 = 20.5 × 10⁴).
    """
    if _PLAIN_ARABIC.fullmatch(text):
        return tidy(Decimal(text))
    point = _POINT.search(text)
    if point is None:
        return _evaluate_tokens(_tokens(text))
    whole = text[: point.start()]
    after = _FRACTION.fullmatch(text, point.end())
    if not whole or after is None:
        return None
    scale = after.group("scale")
    if _ARABIC_DIGIT.search(whole) or (scale and _BIG_UNIT.search(whole)):
        return None  # 3点五, 一万点五万: not numerals
    integer = _evaluate_tokens(_tokens(whole), before_point=True)
    if integer is None:
        return None
    fraction = after.group("fraction").translate(_DIGIT_VALUES)
    number = _CONTEXT.add(integer, Decimal("0." + fraction))
    return tidy(_CONTEXT.scaleb(number, _SCALE_POWERS[scale]))


def _tokens(text: str) -> Iterator[Token]:
    """The tokens of ``text``, read as they are needed; ``("", "")`` where none fits."""
    position = 0
    for match in _TOKEN.finditer(text):
        if match.start() != position:
            break
        yield match.lastgroup or "", match.group()
        position = match.end()
    if position != len(text):
        yield "", ""


def _evaluate_tokens(tokens: Iterable[Token], *, before_point: bool = False) -> Decimal | None:
    """The integer ``tokens`` stand for, or ``None``.  ``before_point``: the whole number of a
    decimal, which cannot end in a digit that abbreviates (三万五点五) or in 零 (一百零点五)."""
    groups: list[tuple[int, Decimal]] = []  # finished groups ending in 万/亿, as (power, value)
    section = _ZERO  # the part below the current group unit
    number: Decimal | None = None  # the digit waiting for its unit
    smallest_unit = 4  # units inside a section must decrease: 千 > 百 > 十
    previous = ""  # kind of the previous token; "zero" for 零
    unit_before_digit = 0  # power of the unit right before a trailing digit (三万五 = 35000)
    count = 0
    previous_token: Token = ("", "")
    for token in tokens:
        kind, text = token
        count += 1
        if kind == "arabic":
            if previous in ("arabic", "digit", "zero"):
                return None
            number = Decimal(text.replace(",", ""))
            unit_before_digit = 0
        elif kind == "digit":
            if previous in ("arabic", "digit"):
                return None
            value = DIGITS[text]
            if value == 0:
                if previous == "zero":
                    return None
                number = _ZERO if previous == "" else None
                kind = "zero"
            else:
                unit_before_digit = _unit_power(previous_token)
                number = Decimal(value)
        elif kind == "small":
            power = SMALL_UNITS[text]
            if power >= smallest_unit or (previous == "zero" and number is not None):
                return None  # 十十, 百千, and 零十 (a leading zero before a unit)
            multiplier = number if number else Decimal(1)
            section = _CONTEXT.add(section, _CONTEXT.scaleb(multiplier, power))
            number, smallest_unit = None, power
        elif kind == "big":
            power = BIG_UNITS[text]
            if previous == "big" and power == 4 and groups and groups[-1][0] == 4:
                # 六萬萬 is the older way of writing 六億
                groups[-1] = (8, _CONTEXT.scaleb(groups[-1][1], 4))
                previous_token = token
                continue
            if not _close_group(groups, _CONTEXT.add(section, number or _ZERO), power):
                return None
            section, number, smallest_unit = _ZERO, None, 4
        else:
            return None  # a decimal point (see _evaluate), or no numeral
        previous, previous_token = kind, token
    if previous == "":
        return None
    abbreviated = previous == "digit" and number is not None and unit_before_digit > 1
    if before_point and (abbreviated or (previous == "zero" and count > 1)):
        return None
    if abbreviated and number is not None:
        number = _CONTEXT.scaleb(number, unit_before_digit - 1)
    total = _CONTEXT.add(section, number or _ZERO)
    for _, group_value in groups:
        total = _CONTEXT.add(total, group_value)
    return tidy(total)


def _close_group(groups: list[tuple[int, Decimal]], group: Decimal, power: int) -> bool:
    """Multiply the digits before 万/亿 (and smaller groups, as in 三万亿) into a new group."""
    merged = False
    while groups and groups[-1][0] < power:
        group = _CONTEXT.add(group, groups.pop()[1])
        merged = True
    if (not group and not merged) or (groups and groups[-1][0] == power):
        return False
    groups.append((power, _CONTEXT.scaleb(group, power)))
    return True


def _unit_power(token: Token) -> int:
    kind, text = token
    if kind == "small":
        return SMALL_UNITS[text]
    if kind == "big":
        return BIG_UNITS[text]
    return 0


def numeral_range(text: str) -> tuple[Decimal, Decimal | None] | None:
    """The value of an unsigned numeral as ``(low, high)``; ``high`` is set for ``十七八万``.

    ``text`` must be already folded to ASCII digits (see :func:`fold_width`).

    >>> numeral_range("十七八万")
    (Decimal('170000'), Decimal('180000'))
    >>> numeral_range("1.2亿")
    (Decimal('120000000'), None)
    """
    plain = _SCALED_ARABIC.fullmatch(text)
    if plain is not None:  # the common case, 41.1亿: no grammar needed
        number = Decimal(plain.group("number").replace(",", ""))
        power = _SCALE_POWERS[plain.group("scale")]
        return tidy(_CONTEXT.scaleb(number, power) if power else number), None
    point = _POINT.search(text)
    whole = text[: point.start()] if point else text  # 六点七八 is 6.78, not 6.7–6.8
    pairs = list(itertools.islice(_approximate_pairs(whole), 2))
    try:
        if len(pairs) == 1:
            start = pairs[0]
            low = _evaluate(text[: start + 1] + text[start + 2 :])
            high = _evaluate(text[:start] + text[start + 1 :])
            if low is None or high is None:
                return None
            return low, high
        if pairs:
            return None
        value = _evaluate(text)
    except InvalidOperation:
        return None
    return None if value is None else (value, None)


def _approximate_pairs(text: str) -> Iterator[int]:
    """Where two consecutive digits stand together (十七八万 → the index of 七)."""
    for match in _APPROXIMATE_PAIR.finditer(text, overlapped=True):
        yield match.start()


def parse_number(text: str) -> Decimal | None:
    """Parse a numeral string (no unit) into an exact Decimal, or ``None``.

    Arabic, Chinese (simplified, traditional, formal) and mixed numerals are read, with
    thousands separators, full-width digits, scale words and a leading sign.  Approximate
    numerals that stand for a range (``十七八万``) have no single value and give ``None``.

    >>> parse_number("八千一百九十九萬")
    Decimal('81990000')
    >>> parse_number("一萬三千五百十三")
    Decimal('13513')
    >>> parse_number("壹佰贰拾万")
    Decimal('1200000')
    >>> parse_number("１２．５亿")
    Decimal('1250000000')
    >>> parse_number("1,100.9亿")
    Decimal('110090000000')
    >>> parse_number("零点五")
    Decimal('0.5')
    >>> parse_number("-17")
    Decimal('-17')
    >>> parse_number("二十点五万")
    Decimal('205000')
    >>> parse_number("二〇二三")  # digit by digit
    Decimal('2023')
    """
    ensure_text(text, "parse_number")
    match = _SIGNED.fullmatch(fold_width(text).strip())
    if match is None:
        return None
    body = match.group("body")
    result = numeral_range(body)
    if result is None:
        value = _digit_by_digit(body)
    elif result[1] is None:
        value = result[0]
    else:
        return None  # 十七八万 stands for a range, not a number
    if value is None:
        return None
    return -value if match.group("sign") in ("-", *NEGATIVE_WORDS) else value


def _digit_by_digit(text: str) -> Decimal | None:
    """Integers written digit by digit, as years are (二〇二三, 一九四九, 一二三)."""
    if not _DIGIT_BY_DIGIT.fullmatch(text):
        return None
    return tidy(Decimal(text.translate(_DIGIT_VALUES)))
