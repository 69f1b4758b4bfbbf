"""How well metadata is read from report heads laid out in every documented way.

    python benchmarks/head_layouts.py [--cases 1000] [--seed 0] [--show N]
        [--breaks kept|spaces|removed]

Builds report heads from the layouts ``corpus/pages/README.md`` and the metadata docs list
(site chrome above the title; titles plain, letter-spaced, in 【】, with a site's tags; page
fields in every form; the occasion with or without its dash, in brackets, over two lines, in
Chinese numerals, its date on a line of its own; the speaker with and without the government,
letter-spaced, with no space, over two lines, a bare name), for governments of every level,
each followed by the same short body, and prints the share of each field read right, then the
layout parts behind the misses.  ``--breaks`` damages every head as a page that lost its line
breaks does (each run of them a space, or all removed).  Seeded: every run is the same.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import govreport

# (government, admin_level, office, short name used in the body: 全镇, 全县 …)
GOVERNMENTS = [
    ("沙沟镇", "镇", "镇长", "镇"),
    ("济沁河乡", "乡", "乡长", "乡"),
    ("市桥街道", "街道", "主任", "街"),
    ("马山县", "县", "县长", "县"),
    ("凤凰县", "县", "代县长", "县"),
    ("北林区", "区", "区长", "区"),
    ("东乌珠穆沁旗", "县", "旗长", "旗"),
    ("新民市", "市", "市长", "市"),
    ("甘孜藏族自治州", "市", "州长", "州"),
    ("四川省", "省", "省长", "省"),
    ("广西壮族自治区", "省", "主席", "区"),
]
DIGITS = "〇一二三四五六七八九"


def chinese_year(year: int) -> str:
    return "".join(DIGITS[int(digit)] for digit in str(year))


def chinese_number(number: int) -> str:
    tens, units = divmod(number, 10)
    if not tens:
        return DIGITS[units]
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[units] if units else "")


def spaced(text: str) -> str:
    return " ".join(text)


CHROME = {
    "none": "",
    "breadcrumb": "当前位置:首页 > 政务公开 > 政府工作报告\n",
    "arrows": "首页 -> 政务公开 -> 工作报告\n",  # 053
    "controls": "【字体:大 中 小】【打印】【关闭】\n",
    "forum": "设为首页收藏本站\n查看: 62|回复: 0\n",  # 033
    "wenku": "文库 实用文档 报告/总结\nDOCX   28页   下载0\n",  # 055
    "keywords": "本文关键词:政府工作报告,工作总结\n",  # 056
}
"""Site chrome above the title, as the pages' README lists it."""


def title_chrome(title: str) -> dict[str, str]:
    """Chrome that names the document: a sharing site's header (027, 040), a content site's
    lead-in (030), a download bar under the page's own copy of the title (028, 049)."""
    return {
        "none": "",
        "shared": f"《{title}.docx》由会员分享,可在线阅读,更多相关《{title}.docx(21页珍藏版)》"
        "请在淘文阁 - 分享文档赚钱的网站上搜索。\n",
        "lead_in": f"下面是小编为大家整理的{title},供大家参考。\n",
        "download_bar": f"{title}\nVIP专免\n999+\n29.09KB\n15 页\n海报\n侵权投诉\n",
    }


def titles(place: str, year: int) -> dict[str, tuple[str, str]]:
    """Layout name → (title line, the title expected)."""
    plain = f"{place}{year}年政府工作报告"
    return {
        "place_year": (plain, plain),
        "year_place": (f"{year}年{place}政府工作报告", f"{year}年{place}政府工作报告"),
        "bare": ("政府工作报告", "政府工作报告"),
        "spaced": (spaced("政府工作报告"), "政府工作报告"),
        "full_text_tag": (f"{plain}(全文)", plain),
        "brackets": (f"【{plain}】", plain),
        "chinese_year": (
            f"{place}{chinese_year(year)}年政府工作报告",
            f"{place}{chinese_year(year)}年政府工作报告",
        ),
        "site_suffix": (f"{plain}_{place}人民政府", plain),
        "compilation": (f"{plain}-10篇(第2/30页)", plain),
        "model_text": (f"{plain}范文(精选5篇)", plain),  # a content site's tags (020, 060)
        "count_tag": (f"{plain}(通用10篇)", plain),
    }


def fields(year: int, month: int, day: int) -> dict[str, str]:
    """Layout name → the page's date field (published on year-month-day)."""
    iso = f"{year}-{month:02d}-{day:02d}"
    return {
        "none": "",
        "time": f"发布时间:{iso} 09:30\n",
        "chinese": f"发布日期:{year}年{month:02d}月{day:02d}日\n",
        "table": f"| 发布日期 | {iso} |\n",
        "spaced_table": f"| 发 布 日 期 | {iso} |\n",
        "source_and_time": f"来源:本网 发布时间:{iso}\n",
        "byline": f"发表于 {iso} 10:12\n",
        "slashes": f"发布时间:{year}/{month:02d}/{day:02d} 09:30:12\n",
        "bracket_label": f"[发布日期] {iso}\n",
        "public_date": f"公开日期:{iso}\n",
    }


def occasions(place: str, year: int, month: int, day: int) -> dict[str, str]:
    """Layout name → the occasion line(s), delivered on year-month-day."""
    meeting = f"在{place}第十七届人民代表大会第二次会议上"
    date = f"{year}年{month}月{day}日"
    chinese = f"{chinese_year(year)}年{chinese_number(month)}月{chinese_number(day)}日"
    return {
        "dash": f"——{date}{meeting}\n",
        "brackets": f"({date}{meeting})\n",
        "no_dash": f"{date}{meeting}\n",
        "chinese": f"——{chinese}{meeting}\n",
        "circle_zero": f"——{chinese.replace('〇', '○')}{meeting}\n",
        "two_lines": f"——{date}在{place}第十七届人民代表大会\n第二次会议上\n",
        "ascii_dash": f"-{date}{meeting}\n",
        "date_below": f"——{meeting}\n{date}\n",
        "date_in_brackets": f"({date})\n",  # a speech's date alone under the title (032)
        "none": "",
    }


def speakers(place: str, office: str) -> dict[str, str]:
    """Layout name → the speaker line(s) for 张铁峰."""
    return {
        "government": f"{place}人民政府{office} 张铁峰\n",
        "spaced_name": f"{office} 张 铁 峰\n",
        "no_space": f"{office}张铁峰\n",
        "place": f"{place}{office} 张铁峰\n",
        "two_lines": f"{office}\n张铁峰\n",
        "glued": f"{office}张铁峰\n",
        "deputy": f"{place}人民政府副{office.removeprefix('代')} 张铁峰\n",
        "none": "",
    }


def body(place: str, short: str, year: int) -> str:
    paragraph = (
        f"一年来,在上级党委、政府的坚强领导下,全{short}上下坚持稳中求进工作总基调,"
        "统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,经济社会发展取得新成效。"
    )
    return (
        f"各位代表:\n现在,我代表{place}人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n"
        f"一、{year - 1}年工作回顾\n{paragraph}\n"
        f"{year - 1}年,全{short}实现地区生产总值41.1亿元,增长5.5%;一般公共预算收入3.2亿元。\n"
        "(一)项目建设扎实推进。全年实施重点项目32个,完成投资18.6亿元。\n"
        "(二)民生保障持续改善。新增城镇就业1200人,完成老旧小区改造5个。\n"
        f"二、{year}年工作安排\n{year}年,我们将坚持稳中求进,地区生产总值增长6%左右。\n"
        "(一)全力抓好项目建设。谋划储备项目50个以上,完成固定资产投资20亿元。\n"
        "(二)持续改善民生福祉。坚持尽力而为、量力而行,办好十件民生实事。\n"
        "各位代表,新的征程已经开启,让我们团结一心,奋力谱写高质量发展新篇章!\n"
    )


Case = tuple[dict[str, str], str, dict[str, object]]


def cases(rng: random.Random, count: int) -> Iterator[Case]:
    """``count`` heads: (the layout parts chosen, the text, the fields expected)."""
    for _ in range(count):
        place, level, office, short = rng.choice(GOVERNMENTS)
        year, month, day = rng.randint(2010, 2025), rng.randint(1, 3), rng.randint(1, 20)
        published = (year, month, day + 5)
        parts = {
            "chrome": rng.choice(list(CHROME)),
            "title_chrome": rng.choice(list(title_chrome(""))),
            "title": rng.choice(list(titles(place, year))),
            "field": rng.choice(list(fields(*published))),
            "occasion": rng.choice(list(occasions(place, year, month, day))),
            "speaker": rng.choice(list(speakers(place, office))),
            "field_first": rng.choice(["yes", "no"]),
        }
        title, expected_title = titles(place, year)[parts["title"]]
        field = fields(*published)[parts["field"]]
        head = CHROME[parts["chrome"]] + title_chrome(expected_title)[parts["title_chrome"]]
        head += field + title + "\n" if parts["field_first"] == "yes" else title + "\n" + field
        head += occasions(place, year, month, day)[parts["occasion"]]
        head += speakers(place, office)[parts["speaker"]]
        expected = {
            "title": expected_title,
            "region": place,
            "admin_level": level,
            "year": year,
            "doc_type": "政府工作报告",
            "published": f"{year}-{month:02d}-{day + 5:02d}" if field else None,
            "delivered": None if parts["occasion"] == "none" else f"{year}-{month:02d}-{day:02d}",
            "speaker": None if parts["speaker"] == "none" else "张铁峰",
        }
        yield parts, head + body(place, short, year), expected


SUMMARY_GOVERNMENTS = [*((place, level) for place, level, _, _ in GOVERNMENTS[:8]), ("XX镇", "镇")]


def summary_titles(place: str, year: int) -> dict[str, tuple[str, str, str, int]]:
    """Layout name → (title, doc_type, period, year) of a summary or plan."""
    return {
        "summary": (f"{place}{year}年工作总结", "工作总结", "annual", year),
        "half_year": (f"{place}{year}年上半年工作总结", "工作总结", "half-year", year),
        "quarter": (f"{place}{year}年第一季度工作总结", "工作总结", "quarter", year),
        "both": (f"{place}{year}年工作总结及{year + 1}年工作计划", "总结和计划", "annual", year),
        "points": (f"{place}{year + 1}年工作要点", "工作计划", "annual", year + 1),
        "plan_ideas": (f"{place}{year + 1}年工作思路", "工作计划", "annual", year + 1),
        "report_to": (f"{place}{year}年工作汇报", "工作汇报", "annual", year),
        "five_years": (f"{place}{year - 4}-{year}年工作总结", "工作总结", "multi-year", year),
        "chinese_year": (f"{place}{chinese_year(year)}年工作总结", "工作总结", "annual", year),
        "disclosure_report": (
            f"{place}人民政府{year}年政府信息公开工作年度报告",
            "not_report",
            "annual",
            year,
        ),
        "final_accounts": (f"{place}{year}年财政决算", "not_report", "annual", year),
        "summary_and_ideas": (
            f"{place}工作总结及{year + 1}年工作思路",
            "总结和计划",
            "annual",
            year,
        ),
    }


def summaries(rng: random.Random, count: int) -> Iterator[Case]:
    """``count`` pages of summaries and plans (no occasion, no speaker)."""
    for _ in range(count):
        place, level = rng.choice(SUMMARY_GOVERNMENTS)
        year, day = rng.randint(2010, 2024), rng.randint(1, 20)
        parts = {
            "chrome": rng.choice(list(CHROME)),
            "summary": rng.choice(list(summary_titles(place, year))),
            "field": rng.choice(list(fields(year + 1, 1, day))),
        }
        title, doc_type, period, titled_year = summary_titles(place, year)[parts["summary"]]
        field = fields(year + 1, 1, day)[parts["field"]]
        short = place[-2:] if place.endswith("街道") else place[-1]
        text = (
            CHROME[parts["chrome"]]
            + title
            + "\n"
            + field
            + f"{year}年,{place}在上级党委、政府的坚强领导下,全{short}上下团结一心,"
            "各项工作取得新成效。现将有关情况汇报如下:\n"
            f"一、主要工作\n全年完成地区生产总值41.1亿元,增长5.5%;实施重点项目32个。\n"
            "二、存在的问题\n产业结构不优,发展后劲不足。\n"
            "三、下一步工作\n坚持稳中求进,全力抓好项目建设,持续改善民生福祉。\n"
        )
        expected = {
            "title": title,
            "region": place,
            "admin_level": level,
            "year": titled_year,
            "doc_type": doc_type,
            "period": period,
            "published": f"{year + 1}-01-{day:02d}" if field else None,
            "speaker": None,
        }
        yield parts, text, expected


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print this many missed heads")
    parser.add_argument(
        "--breaks",
        choices=("kept", "spaces", "removed"),
        default="kept",
        help="the page's line breaks kept, each run of them a space, or all removed",
    )
    arguments = parser.parse_args()
    right: collections.Counter[str] = collections.Counter()
    behind: collections.Counter[tuple[str, str, str]] = collections.Counter()
    shown = 0
    total = 0
    rng = random.Random(arguments.seed)
    heads = [*cases(rng, arguments.cases), *summaries(rng, arguments.cases // 2)]
    for parts, written, expected in heads:
        text = written
        if arguments.breaks == "spaces":
            text = regex.sub(r"[ \t]*\n+[ \t]*", " ", written)
        elif arguments.breaks == "removed":
            text = written.replace("\n", "")
        total += 1
        metadata = govreport.parse_report(text).metadata
        for name, value in expected.items():
            found = getattr(metadata, name)
            if found == value:
                right[name] += 1
                continue
            behind.update((name, part, choice) for part, choice in parts.items())
            if shown < arguments.show:
                shown += 1
                print(f"--- {name}: expected {value!r}, found {found!r}\n{text[:240]}")
    fields_right = sum(right.values())
    checked = collections.Counter(name for _, _, expected in heads for name in expected)
    print(f"{total} heads: {100 * fields_right / checked.total():.1f}% of fields right")
    print("  " + "  ".join(f"{name} {100 * right[name] / checked[name]:.1f}%" for name in checked))
    if behind:
        print("layout parts behind the misses (field, part, choice: misses):")
        for (name, part, choice), misses in behind.most_common(12):
            print(f"  {name:12} {part:12} {choice:16} {misses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
