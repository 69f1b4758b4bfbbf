"""Parse a real report shipped with the examples and walk its structure.

Run from the project root:  python examples/quickstart.py [FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

import govreport

HERE = Path(__file__).resolve().parent
path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "reports" / "nantong_2023.txt"
text = path.read_text(encoding="utf-8")

report = govreport.parse_report(text)
print("title:", report.metadata.title)
print("page chrome set aside:", [block.text for block in report.chrome])
print()
for section in report.walk():
    indent = "  " * (section.level - 1)
    marker = section.marker or "∅"  # ∅: the marker was lost and the heading inferred
    print(f"{indent}{marker} {section.title}  ({len(section.items)} items)")
    for item in section.items:
        if item.lead:
            print(f"{indent}    · {item.lead}")

# Every span points into the string you passed in.
first = report.sections[0]
print()
print("first heading as written:", repr(text[first.span[0] : first.span[1]]))
