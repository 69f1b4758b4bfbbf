"""Status and period cues: what the words before a figure say of it (pure functions of the
text and the paragraph's defaults)."""

from __future__ import annotations

from govreport.metrics._patterns import (
    CLAUSE_BREAK,
    ESTIMATED,
    LEAD_IN,
    PERIOD,
    TARGET,
    TARGET_STATEMENT,
)
from govreport.numerals import parse_number


def status_of(text: str, sentence_start: int, figure_start: int, default: str) -> str:
    """The status of a figure from the cues before it in its sentence.

    预计 makes an estimate in its own clause, and in the clauses after it when it opens its
    clause (今年全年预计…完成41.1亿元,…;税收收入完成1.82亿元) — not when a name comes first
    (年销售收入预计超2000万元;…追加投资2103万元 is actual), nor in a plan (预计今年财政收入
    继续恢复增长,…一般公共预算支出规模28.5万亿元 is a target).  A targets statement
    (主要预期目标是:) covers the rest of the sentence; other target cues only their own
    clause, for reviews say 确保 and 计划 of what was done.
    """
    before = text[sentence_start:figure_start]
    clause = CLAUSE_BREAK.match(before)
    own = clause.end() if clause else 0
    cues = [
        (m.start(), "estimated")
        for m in ESTIMATED.finditer(before)
        if m.start() >= own or (default != "target" and opens_clause(before, m.start()))
    ]
    cues += [(m.start(), "target") for m in TARGET_STATEMENT.finditer(before)]
    cues += [(m.start(), "target") for m in TARGET.finditer(before, own)]
    return max(cues)[1] if cues else default


def opens_clause(text: str, position: int) -> bool:
    """Nothing but lead-in words (今年全年) stand between ``position`` and its clause's start."""
    clause = CLAUSE_BREAK.match(text, 0, position)
    prefix = text[clause.end() if clause else 0 : position]
    return not prefix.strip() or LEAD_IN.fullmatch(prefix) is not None


def heading_period(title: str) -> str | None:
    """The period a heading states (上半年工作回顾 → 上半年; 1-9月工作总结 → 1-9月), or None."""
    return period_of(title, 0, len(title))


def period_of(text: str, sentence_start: int, quantity_start: int) -> str | None:
    last = None
    for last in PERIOD.finditer(text, sentence_start, quantity_start):  # noqa: B007
        pass
    if last is None:
        return None
    if last.group("months"):
        month = parse_number(last.group("last"))
        return f"1-{month}月" if month is not None else None
    if last.group("until"):
        return f"截至{last.group('month')}月底"
    named = last.group("named")
    return "上半年" if named == "半年来" else named
