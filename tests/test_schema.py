"""``docs/report.schema.json`` describes ``to_dict()`` output exactly; reports round-trip."""

from __future__ import annotations

import copy
import json
import pickle
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import govreport
from conftest import FIXTURES, ROOT, SEEDS, corpus_files
from govreport import Metadata, Metric, Quantity, Report, Section
from govreport._cli import main
from govreport._serialize import SCHEMA_ID

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
FIXTURE_FILES = sorted(FIXTURES.glob("*/*.txt"))


def assert_valid(data: dict[str, Any]) -> None:
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda error: list(error.absolute_path))
    assert not errors, "\n".join(
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in errors[:5]
    )


def assert_round_trips(report: Report) -> None:
    data = report.to_dict()
    assert_valid(data)
    assert Report.from_dict(data) == report
    assert Report.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == report
    assert pickle.loads(pickle.dumps(report)) == report


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["schema"]["const"] == SCHEMA_ID


def test_the_schema_names_every_metadata_field() -> None:
    metadata = SCHEMA["$defs"]["metadata"]
    fields = [field.name for field in attrs.fields(Metadata)]
    assert list(metadata["properties"]) == fields
    assert metadata["required"] == fields


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_fixtures_match_the_schema(path: Path) -> None:
    for report in govreport.parse_reports(path.read_text(encoding="utf-8")):
        assert_round_trips(report)


@pytest.mark.corpus
def test_the_whole_corpus_matches_the_schema() -> None:
    for path in corpus_files():
        for report in govreport.parse_reports(path.read_text(encoding="utf-8")):
            assert_valid(report.to_dict())


def test_command_line_json_lines_match_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", str(SEEDS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 7
    for line in lines:
        assert_valid(json.loads(line))


# Reports with figures, built by hand: every kind of quantity and metric the layout holds.

TEXT = """\
某某镇2024年政府工作报告
各位代表：全年完成财政收入约3.2亿元。
一、2023年工作回顾
地区生产总值完成41.1亿元,增长6.1%。
（一）工业
规上工业产值26.62亿元,比增-17%。完成年度目标的95%。
二、2024年工作安排
力争固定资产投资10亿-50亿元,下降3.2%左右。新增就业1200余人。
"""


def quantity(surface: str, value: str, unit: str | None, kind: str, **extra: Any) -> Quantity:
    start = TEXT.index(surface)
    return Quantity(surface, (start, start + len(surface)), Decimal(value), unit, kind, **extra)


def metric(surface: str, section: Section | None, **fields: Any) -> Metric:
    start = TEXT.index(surface)
    defaults: dict[str, Any] = {
        "indicator": surface[:4],
        "canonical": None,
        "value": None,
        "growth": None,
        "status": "actual",
        "period": None,
    }
    return Metric(
        span=(start, start + len(surface)),
        text=surface,
        section=section,
        **{**defaults, **fields},
    )


def report_with_figures() -> Report:
    report = govreport.parse_report(TEXT)
    for item in report.items():  # only the figures below, whatever the parser found
        item.quantities.clear()
        item.metrics.clear()
    review, plan = report.sections
    industry = review.children[0]
    preamble = report.preamble[-1]
    revenue = quantity("约3.2亿元", "320000000", "元", "amount", approx="约")
    preamble.quantities.append(revenue)
    preamble.metrics.append(
        metric("财政收入约3.2亿元", None, indicator="财政收入", value=revenue, period="全年")
    )

    gdp = quantity("41.1亿元", "4.11E+9", "元", "amount")
    growth = quantity("6.1%", "6.1", "%", "percent")
    review.items[0].quantities.extend([gdp, growth])
    review.items[0].metrics.append(
        metric(
            "地区生产总值完成41.1亿元,增长6.1%",
            review,
            indicator="地区生产总值",
            canonical="gdp",
            value=gdp,
            growth=Decimal("6.1"),
        )
    )

    output = quantity("26.62亿元", "2662000000", "元", "amount")
    industry.items[0].quantities.append(output)
    industry.items[0].metrics.append(
        metric(
            "规上工业产值26.62亿元,比增-17%",
            industry,
            indicator="规上工业产值",
            canonical="industrial_output_above_scale",
            value=output,
            growth=Decimal("-17"),
            progress=Decimal("95"),
        )
    )

    investment = quantity("10亿-50亿元", "1000000000", "元", "amount", high=Decimal("5E+9"))
    jobs = quantity("1200余人", "1200", "人", "count", approx="余")
    share = quantity("3.2%", "3.2E-2", None, "number")
    plan.items[0].quantities.extend([investment, share, jobs])
    plan.items[0].metrics.extend(
        [
            metric(
                "固定资产投资10亿-50亿元,下降3.2%左右",
                plan,
                indicator="固定资产投资",
                value=investment,
                growth=Decimal("-3.2"),
                status="target",
                period="全年",
            ),
            metric("新增就业1200余人", plan, indicator="新增就业", value=jobs, status="estimated"),
        ]
    )
    return report


def test_the_hand_built_report_has_figures_everywhere() -> None:
    report = report_with_figures()
    assert len(report.metrics) == 5
    assert len(report.quantities) == 7
    assert {metric.section.title if metric.section else None for metric in report.metrics} == {
        None,
        "2023年工作回顾",
        "工业",
        "2024年工作安排",
    }
    for figure in [*report.metrics, *report.quantities]:
        assert TEXT[figure.span[0] : figure.span[1]] == figure.text


def test_figures_match_the_schema_and_round_trip() -> None:
    report = report_with_figures()
    assert_round_trips(report)
    data = report.to_dict()
    metrics = [m for item in data["sections"][0]["children"][0]["items"] for m in item["metrics"]]
    assert metrics[0]["section"] == [0, 0]
    assert metrics[0]["growth"] == "-17"
    assert data["sections"][0]["items"][0]["quantities"][0]["value"] == "4110000000"
    assert data["sections"][1]["items"][0]["quantities"][1]["value"] == "0.032"
    assert data["preamble"][-1]["metrics"][0]["section"] is None


@pytest.mark.parametrize(
    "restore",
    [
        lambda report: Report.from_dict(json.loads(json.dumps(report.to_dict()))),
        lambda report: pickle.loads(pickle.dumps(report)),
    ],
    ids=["json", "pickle"],
)
def test_metrics_point_at_their_restored_sections(restore: Any) -> None:
    restored = restore(report_with_figures())
    for section in restored.walk():
        for item in section.items:
            for found in item.metrics:
                assert found.section is section
    assert all(found.section is None for found in restored.preamble[-1].metrics)


def test_everything_the_library_returns_pickles() -> None:
    values: list[object] = [
        report_with_figures(),
        govreport.parse_reports((SEEDS / "001_555f7e936fe6323d.txt").read_text(encoding="utf-8")),
        govreport.extract_quantities("完成投资16亿元"),
        govreport.extract_metrics("规上工业产值26.62亿元"),
        govreport.canonical_indicator("规上工业产值"),
        govreport.parse_quantity("约145.4万元"),
        govreport.parse_number("八千一百九十九萬"),
        govreport.Indicator("gdp", "地区生产总值", ("GDP",), "economy"),
        *report_with_figures().quantities,
        *report_with_figures().metrics,
    ]
    for value in values:
        assert pickle.loads(pickle.dumps(value)) == value


# The schema is strict: these are not reports.


def broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(report_with_figures().to_dict())
    change(data)
    return data


def first_quantity(data: dict[str, Any]) -> dict[str, Any]:
    quantities: list[dict[str, Any]] = data["sections"][0]["items"][0]["quantities"]
    return quantities[0]


def first_metric(data: dict[str, Any]) -> dict[str, Any]:
    metrics: list[dict[str, Any]] = data["sections"][0]["items"][0]["metrics"]
    return metrics[0]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda data: data.update(schema="govreport/report/2"), id="other-version"),
        pytest.param(lambda data: data.update(extra=1), id="unknown-key"),
        pytest.param(lambda data: data.pop("chrome"), id="missing-key"),
        pytest.param(lambda data: data.update(span=[0, 1, 2]), id="span-of-three"),
        pytest.param(lambda data: data.update(span=[0, "9"]), id="span-of-strings"),
        pytest.param(lambda data: data["metadata"].pop("speaker"), id="metadata-field-missing"),
        pytest.param(lambda data: data["metadata"].update(year="2024"), id="year-as-string"),
        pytest.param(lambda data: data["metadata"].update(published="2024/3/5"), id="non-iso-date"),
        pytest.param(lambda data: data["front"][0].update(kind="chrome"), id="front-not-title"),
        pytest.param(lambda data: data["sections"][0].update(level=0), id="level-zero"),
        pytest.param(
            lambda data: data["sections"][0]["children"][0].update(items=None), id="nested-items"
        ),
        pytest.param(lambda data: first_quantity(data).update(value=41.1), id="decimal-as-number"),
        pytest.param(lambda data: first_quantity(data).update(value="4.11E+9"), id="exponent"),
        pytest.param(lambda data: first_quantity(data).update(value="NaN"), id="nan"),
        pytest.param(lambda data: first_metric(data).update(status="planned"), id="status"),
        pytest.param(lambda data: first_metric(data).update(section=[]), id="empty-path"),
        pytest.param(lambda data: first_metric(data).update(section=["0"]), id="path-of-strings"),
        pytest.param(lambda data: first_metric(data).pop("progress"), id="metric-key-missing"),
    ],
)
def test_the_schema_rejects(change: Any) -> None:
    assert list(VALIDATOR.iter_errors(broken(change)))
