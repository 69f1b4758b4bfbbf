"""Reports as plain dicts (JSON) and back.  The schema is ``docs/report.schema.json``.

Decimals are written as strings so that values stay exact; spans as two-element lists.
A metric names its section by its path of indexes from ``report.sections``
(``[1, 0]`` is ``report.sections[1].children[0]``), because the section contains it.

JSON cannot tell a lone high surrogate followed by a lone low surrogate (two code units of a
Python string) from the one astral character they would encode: ``json.loads`` joins them,
and every later offset would be off by one.  When a report's text holds a high surrogate,
every string of the dict is written with :data:`PAIR_MARK` doubled and put between such a
pair, and ``pair_mark`` says so; :func:`report_from_dict` undoes it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from govreport._compiled import compile_re
from govreport._model import (
    Block,
    Division,
    Item,
    Metadata,
    Metric,
    Quantity,
    Report,
    Section,
    Span,
)

SCHEMA_ID = "govreport/report/1"
"""Value of the ``schema`` key; changes when the layout changes incompatibly."""

PAIR_MARK = "\uffff"
"""Written between a lone high and a lone low surrogate (a noncharacter, itself doubled)."""

_HIGH_SURROGATE = compile_re("[\ud800-\udbff]")
_BETWEEN_PAIR = compile_re("(?<=[\ud800-\udbff])(?=[\udc00-\udfff])")
_MARKS = compile_re(f"{PAIR_MARK}{PAIR_MARK}?")


def report_to_dict(report: Report) -> dict[str, Any]:
    """The dict form of ``report`` (see :meth:`Report.to_dict`)."""
    paths = {id(section): path for path, section in _paths(report.sections, [])}
    data = {
        "schema": SCHEMA_ID,
        "text": report.text,
        "span": list(report.span),
        "metadata": _metadata_dict(report.metadata),
        "front": [_block_dict(block) for block in report.front],
        "chrome": [_block_dict(block) for block in report.chrome],
        "preamble": [_item_dict(item, paths) for item in report.preamble],
        "sections": [_section_dict(section, paths) for section in report.sections],
    }
    if _HIGH_SURROGATE.search(report.text):  # other strings hold only the text's characters
        data = _map_strings(data, _mark_pairs)
        data["pair_mark"] = PAIR_MARK
    return data


def report_from_dict(data: dict[str, Any]) -> Report:
    """Rebuild a report from :func:`report_to_dict` output."""
    if data.get("pair_mark") == PAIR_MARK:
        data = _map_strings({k: v for k, v in data.items() if k != "pair_mark"}, _unmark_pairs)
    text: str = data["text"]
    report = Report(
        text=text,
        span=_span(data["span"]),
        metadata=_metadata(data["metadata"]),
        front=[_block(block) for block in data["front"]],
        chrome=[_block(block) for block in data["chrome"]],
    )
    by_path: dict[tuple[int, ...], Section] = {}
    report.sections.extend(
        _section(section, (index,), by_path) for index, section in enumerate(data["sections"])
    )
    report.preamble.extend(_item(item, by_path) for item in data["preamble"])
    for path, section_data in _section_data(data["sections"], ()):
        by_path[path].items.extend(_item(item, by_path) for item in section_data["items"])
    return report


def _map_strings(value: Any, function: Callable[[str], str]) -> Any:
    """``value`` (a dict of the layout) with ``function`` applied to every string in it."""
    if isinstance(value, str):
        return function(value)
    if isinstance(value, dict):
        return {key: _map_strings(item, function) for key, item in value.items()}
    if isinstance(value, list):
        return [_map_strings(item, function) for item in value]
    return value


def _mark_pairs(text: str) -> str:
    return _BETWEEN_PAIR.sub(PAIR_MARK, text.replace(PAIR_MARK, PAIR_MARK * 2))


def _unmark_pairs(text: str) -> str:
    # A doubled mark stands for one; a single one sits between a pair and goes.
    return _MARKS.sub(lambda match: match.group()[1:], text) if PAIR_MARK in text else text


def _paths(sections: list[Section], prefix: list[int]) -> list[tuple[list[int], Section]]:
    found: list[tuple[list[int], Section]] = []
    for index, section in enumerate(sections):
        path = [*prefix, index]
        found.append((path, section))
        found.extend(_paths(section.children, path))
    return found


def _section_data(
    sections: list[dict[str, Any]], prefix: tuple[int, ...]
) -> list[tuple[tuple[int, ...], dict[str, Any]]]:
    found: list[tuple[tuple[int, ...], dict[str, Any]]] = []
    for index, section in enumerate(sections):
        path = (*prefix, index)
        found.append((path, section))
        found.extend(_section_data(section["children"], path))
    return found


def _metadata_dict(metadata: Metadata) -> dict[str, Any]:
    data = attrs.asdict(metadata, recurse=False)
    data["division"] = _division_dict(metadata.division) if metadata.division else None
    data["division_candidates"] = [_division_dict(d) for d in metadata.division_candidates]
    return data


def _metadata(data: dict[str, Any]) -> Metadata:
    fields = dict(data)
    division = fields.pop("division", None)
    candidates = fields.pop("division_candidates", None) or []
    return Metadata(
        **fields,
        division=_division(division) if division else None,
        division_candidates=tuple(_division(d) for d in candidates),
    )


def _division_dict(division: Division) -> dict[str, Any]:
    return {
        "code": division.code,
        "name": division.name,
        "level": division.level,
        "path": list(division.path),
        "vintage": division.vintage,
    }


def _division(data: dict[str, Any]) -> Division:
    return Division(
        code=data["code"],
        name=data["name"],
        level=data["level"],
        path=tuple(data.get("path") or ()),
        vintage=data.get("vintage"),
    )


def _years(value: list[int] | None) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if value else None


def _block_dict(block: Block) -> dict[str, Any]:
    return {"kind": block.kind, "role": block.role, "span": list(block.span), "text": block.text}


def _block(data: dict[str, Any]) -> Block:
    return Block(data["kind"], data["text"], _span(data["span"]), data.get("role"))


def _section_dict(section: Section, paths: dict[int, list[int]]) -> dict[str, Any]:
    return {
        "title": section.title,
        "marker": section.marker,
        "number": section.number,
        "level": section.level,
        "kind": section.kind,
        "span": list(section.span),
        "detector": section.detector,
        "items": [_item_dict(item, paths) for item in section.items],
        "children": [_section_dict(child, paths) for child in section.children],
    }


def _section(
    data: dict[str, Any], path: tuple[int, ...], by_path: dict[tuple[int, ...], Section]
) -> Section:
    section = Section(
        title=data["title"],
        marker=data["marker"],
        number=data["number"],
        level=data["level"],
        span=_span(data["span"]),
        detector=data["detector"],
        kind=data["kind"],
    )
    by_path[path] = section
    section.children.extend(
        _section(child, (*path, index), by_path) for index, child in enumerate(data["children"])
    )
    return section


def _item_dict(item: Item, paths: dict[int, list[int]]) -> dict[str, Any]:
    return {
        "text": item.text,
        "span": list(item.span),
        "lead": item.lead,
        "kind": item.kind,
        "segments": [list(segment) for segment in item.segments],
        "quantities": [_quantity_dict(quantity) for quantity in item.quantities],
        "metrics": [_metric_dict(metric, paths) for metric in item.metrics],
    }


def _item(data: dict[str, Any], by_path: dict[tuple[int, ...], Section]) -> Item:
    return Item(
        text=data["text"],
        span=_span(data["span"]),
        lead=data["lead"],
        kind=data["kind"],
        quantities=[_quantity(quantity) for quantity in data["quantities"]],
        metrics=[_metric(metric, by_path) for metric in data["metrics"]],
        segments=tuple(_span(segment) for segment in data["segments"]),
    )


def _quantity_dict(quantity: Quantity) -> dict[str, Any]:
    return {
        "text": quantity.text,
        "span": list(quantity.span),
        "value": format(quantity.value, "f"),
        "high": _decimal_text(quantity.high),
        "unit": quantity.unit,
        "kind": quantity.kind,
        "approx": quantity.approx,
    }


def _quantity(data: dict[str, Any]) -> Quantity:
    return Quantity(
        text=data["text"],
        span=_span(data["span"]),
        value=Decimal(data["value"]),
        unit=data["unit"],
        kind=data["kind"],
        high=_decimal(data["high"]),
        approx=data["approx"],
    )


def _metric_dict(metric: Metric, paths: dict[int, list[int]]) -> dict[str, Any]:
    return {
        "indicator": metric.indicator,
        "canonical": metric.canonical,
        "value": _quantity_dict(metric.value) if metric.value else None,
        "growth": _decimal_text(metric.growth),
        "status": metric.status,
        "period": metric.period,
        "span": list(metric.span),
        "text": metric.text,
        "progress": _decimal_text(metric.progress),
        "change": _quantity_dict(metric.change) if metric.change else None,
        "points": _decimal_text(metric.points),
        "year": metric.year,
        "years": list(metric.years) if metric.years else None,
        "growth_high": _decimal_text(metric.growth_high),
        "bound": metric.bound,
        "increase": _quantity_dict(metric.increase) if metric.increase else None,
        "scope": metric.scope,
        "section": paths.get(id(metric.section)) if metric.section else None,
    }


def _metric(data: dict[str, Any], by_path: dict[tuple[int, ...], Section]) -> Metric:
    section_path = data.get("section")
    return Metric(
        indicator=data["indicator"],
        canonical=data["canonical"],
        value=_quantity(data["value"]) if data["value"] else None,
        growth=_decimal(data["growth"]),
        status=data["status"],
        period=data["period"],
        span=_span(data["span"]),
        text=data.get("text", ""),
        progress=_decimal(data.get("progress")),
        change=_quantity(data["change"]) if data.get("change") else None,
        points=_decimal(data.get("points")),
        year=data.get("year"),
        years=_years(data.get("years")),
        growth_high=_decimal(data.get("growth_high")),
        bound=data.get("bound"),
        increase=_quantity(data["increase"]) if data.get("increase") else None,
        scope=data.get("scope"),
        section=by_path.get(tuple(section_path)) if section_path is not None else None,
    )


def _span(value: list[int]) -> Span:
    return int(value[0]), int(value[1])


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")
