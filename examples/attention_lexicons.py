"""A small attention lexicon, and the attention measures of the national reports.

    python examples/attention_lexicons.py

``LEXICONS`` maps a measure to its terms: the words the literature on government attention
counts in work reports (environmental attention: 生态环境, 污染防治, 碳达峰 …; digital
economy: 数字经济, 人工智能 …; public services: 公共服务, 教育, 医疗 …).  It is a starting
point to adapt, not a validated dictionary.  Within one measure a place is counted once:
``生态环境保护`` holds both ``生态环境`` and ``环境保护`` and counts once (as the leftmost,
``生态环境``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import govreport

LEXICONS: dict[str, list[str]] = {
    "environment": [
        "生态环境",
        "环境保护",
        "生态文明",
        "绿色发展",
        "污染防治",
        "节能减排",
        "碳达峰",
        "碳中和",
    ],
    "digital": ["数字经济", "数字化", "人工智能", "互联网", "大数据", "数字政府"],
    "public_services": ["公共服务", "社会保障", "养老", "医疗", "教育"],
}

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT.parent / "shared" / "corpus" / "national", ROOT / "tests" / "fixtures" / "national")


def main() -> int:
    folder = next((f for f in SOURCES if any(f.glob("20*.txt"))), None)
    if folder is None:
        raise SystemExit("no national reports found")
    files = sorted(folder.glob("20*.txt"))
    reports = [govreport.parse_report(path.read_text(encoding="utf-8")) for path in files]
    print("file\tpart\tmeasure\tcount\tchars\trate per 10,000")
    for row in govreport.attention(reports, LEXICONS):
        if row["part"] in ("review", "plan", "all"):
            name = files[row["report"]].name
            print(
                f"{name}\t{row['part']}\t{row['measure']}\t{row['count']}\t{row['chars']}\t{row['rate']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
