"""Attention measures on real reports, with the lexicon of ``examples/attention_lexicons.py``.

The expected counts were worked out by hand: ``str.count`` of each term in the file, terms
cut by a line break around a former link (the reading text joins them) added, and each
overlap of two terms of one measure (``生态环境保护``) taken once.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import regex

import govreport
from conftest import ROOT, fixture_text
from govreport import ATTENTION_COLUMNS, attention

sys.path.insert(0, str(ROOT / "examples"))
from attention_lexicons import LEXICONS

HAN = regex.compile(r"\p{Han}")

# (fixture, measure, count in the whole report, how it was counted)
HAND_COUNTS = [
    # 生态环境 2 + 环境保护 3 + 生态文明 5 + 绿色发展 1 + 污染防治 3 = 14; one 生态环境保护 holds
    # both: −1; 农业面源污染⏎​⏎防治 is one more 污染防治 in the reading text: +1.
    ("national/2017.txt", "environment", 14),
    # 数字经济 1 + 人工智能 1 + 互联网 6 + 大数据 2
    ("national/2017.txt", "digital", 10),
    # 公共服务 4 + 养老 6 + 医疗 8 + 教育 24
    ("national/2017.txt", "public_services", 42),
    # 生态环境 7 + 环境保护 2 + 生态文明 1 + 绿色发展 2 + 污染防治 1 + 节能减排 1 + 碳达峰 3
    # + 碳中和 1 = 18; both 环境保护 are inside 生态环境保护: −2.
    ("national/2024.txt", "environment", 16),
    # 数字经济 4 + 数字化 5 + 人工智能 3 + 互联网 1 + 大数据 1 + 数字政府 1
    ("national/2024.txt", "digital", 15),
    # 公共服务 4 + 社会保障 2 + 养老 13 + 医疗 10 + 教育 26
    ("national/2024.txt", "public_services", 55),
]


def _rows(name: str, lexicons: dict[str, list[str]] = LEXICONS) -> list[dict[str, object]]:
    return attention([govreport.parse_report(fixture_text(name))], lexicons)


def _count(rows: list[dict[str, object]], part: str, measure: str) -> object:
    (row,) = [r for r in rows if r["part"] == part and r["measure"] == measure]
    return row["count"]


@pytest.mark.parametrize(
    ("name", "measure", "count"),
    HAND_COUNTS,
    ids=[f"{name.split('/')[1][:4]}-{measure}" for name, measure, _ in HAND_COUNTS],
)
def test_counts_checked_by_hand(name: str, measure: str, count: int) -> None:
    assert _count(_rows(name), "all", measure) == count


def test_counts_by_part() -> None:
    # 2024's review (一、2023年工作回顾 up to 二、…): 数字经济 1, 人工智能 1.
    rows = _rows("national/2024.txt")
    assert _count(rows, "review", "digital") == 2
    parts = [r["part"] for r in rows if r["measure"] == "digital"]
    assert parts == ["preamble", "review", "problems", "plan", "targets", "all"]
    total = sum(r["count"] for r in rows if r["measure"] == "digital" and r["part"] != "all")
    assert total == _count(rows, "all", "digital")


def test_overlapping_terms_count_once() -> None:
    # 2024: 生态环境 7 times, twice as 生态环境保护; 环境保护 only there.
    alone = _count(_rows("national/2024.txt", {"m": ["环境保护"]}), "all", "m")
    both = _count(_rows("national/2024.txt", {"m": ["生态环境", "环境保护"]}), "all", "m")
    assert (alone, both) == (2, 7)
    # The longest term at a place wins: 生态环境保护 itself in the lexicon takes both.
    longest = _rows("national/2024.txt", {"m": ["生态环境", "环境保护", "生态环境保护"]})
    assert _count(longest, "all", "m") == 7


@pytest.mark.parametrize(
    "name",
    ["national/2024.txt", "national/2017.txt", "seeds/000_5f8850e58b636763.txt"],
)
def test_the_denominator_excludes_chrome(name: str) -> None:
    text = fixture_text(name)
    report = govreport.parse_report(text)
    rows = attention([report], {"m": ["教育"]})
    (whole,) = [r for r in rows if r["part"] == "all"]

    def han(value: str) -> int:
        return len(HAN.findall(value))

    chrome = sum(han(block.text) for block in report.chrome)
    front = sum(han(block.text) for block in report.front)
    markers = sum(han(s.heading_block(text).text) - han(s.title) for s in report.walk())
    assert chrome > 0
    assert whole["chars"] == han(text) - chrome - front - markers
    parts = sum(r["chars"] for r in rows if r["part"] != "all")  # type: ignore[misc]
    assert parts == whole["chars"]


def test_terms_in_the_chrome_are_not_counted() -> None:
    # Seed 000's page furniture: 加大字体 缩小字体 收藏 取消收藏 打印; national 2024's
    # licence footer: …属于公有领域.
    seed = "seeds/000_5f8850e58b636763.txt"
    assert "收藏" in fixture_text(seed)
    assert _count(_rows(seed, {"m": ["字体", "收藏"]}), "all", "m") == 0
    assert "公有领域" in fixture_text("national/2024.txt")
    assert _count(_rows("national/2024.txt", {"m": ["公有领域"]}), "all", "m") == 0


def test_rows_columns_and_rate() -> None:
    rows = _rows("national/2024.txt")
    assert all(tuple(row) == ATTENTION_COLUMNS for row in rows)
    whole = next(r for r in rows if r["part"] == "all" and r["measure"] == "digital")
    assert (whole["year"], whole["region"]) == (2024, "国务院")
    assert whole["rate"] == f"{15 * 10_000 / whole['chars']:.4f}"  # type: ignore[operator]


def test_bad_arguments() -> None:
    report = govreport.parse_report(fixture_text("national/2024.txt"))
    with pytest.raises(TypeError, match="lexicons"):
        attention([report], ["教育"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="terms"):
        attention([report], {"m": "教育"})
    with pytest.raises(TypeError, match="Report"):
        attention(["教育"], {"m": ["教育"]})  # type: ignore[list-item]
    with pytest.raises(TypeError, match="iterable"):
        attention(report, {"m": ["教育"]})  # type: ignore[arg-type]
    assert _count(attention([report], {"m": []}), "all", "m") == 0


def test_the_example_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "attention_lexicons.py")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=300,
        cwd=ROOT,
    )
    lines = done.stdout.splitlines()
    assert lines[0].startswith("file\tpart\tmeasure")
    assert any(line.startswith("2024.txt\tall\tdigital\t15\t") for line in lines)
