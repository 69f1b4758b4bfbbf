"""``govreport.metrics_frame``: the metrics table as a typed pandas DataFrame, and its files."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

import govreport
from conftest import FIXTURES, SEEDS

pd = pytest.importorskip("pandas", reason="metrics_frame needs the pandas extra")


@pytest.fixture(scope="module")
def reports() -> list[govreport.Report]:
    paths = [SEEDS / "001_555f7e936fe6323d.txt", *sorted((FIXTURES / "national").glob("*.txt"))]
    return [report for path in paths for report in govreport.parse_reports(path.read_text("utf-8"))]


def test_columns_and_types(reports: list[govreport.Report]) -> None:
    frame = govreport.metrics_frame(reports)
    table = govreport.metrics_table(reports)
    assert list(frame.columns) == list(govreport._metrics.METRIC_COLUMNS)
    assert len(frame) == len(table) > 100
    types = {column: str(frame[column].dtype) for column in frame.columns}
    assert types["year"] == types["report"] == types["start"] == types["end"] == "Int64"
    assert types["value"] == types["growth"] == types["high"] == "Float64"
    assert types["status"] == types["unit"] == types["admin_level"] == "category"
    assert list(frame["status"].cat.categories[:3]) == ["actual", "estimated", "target"]
    assert types["indicator"] == types["text"] == "string"


def test_values_are_the_table_s(reports: list[govreport.Report]) -> None:
    frame = govreport.metrics_frame(reports)
    for row, (_, typed) in zip(govreport.metrics_table(reports), frame.iterrows(), strict=True):
        assert (None if pd.isna(typed["year"]) else int(typed["year"])) == row["year"]
        if row["value"] is None:
            assert pd.isna(typed["value"])
        else:
            assert typed["value"] == float(Decimal(row["value"]))
        assert (None if pd.isna(typed["status"]) else typed["status"]) == row["status"]
        assert typed["indicator"] == row["indicator"]


def test_years_stay_whole_numbers_with_gaps(reports: list[govreport.Report]) -> None:
    frame = govreport.metrics_frame(reports)
    assert frame["year"].isna().any()  # reports whose year is not told
    assert frame["year"].dropna().astype(int).between(1949, 2030).all()


def test_parquet_round_trip(reports: list[govreport.Report], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="to_parquet needs pyarrow")
    frame = govreport.metrics_frame(reports)
    frame.to_parquet(tmp_path / "metrics.parquet")
    back = pd.read_parquet(tmp_path / "metrics.parquet")
    pd.testing.assert_frame_equal(back, frame)


def test_stata_118_keeps_chinese_text(reports: list[govreport.Report], tmp_path: Path) -> None:
    frame = govreport.metrics_frame(reports).rename(columns={"end": "end_"})  # end is reserved
    frame.to_stata(tmp_path / "metrics.dta", version=118, write_index=False)
    back = pd.read_stata(tmp_path / "metrics.dta")
    assert list(back.columns) == list(frame.columns)
    assert list(back["indicator"]) == list(frame["indicator"].fillna(""))
    assert list(back["status"].astype(str)) == list(frame["status"].astype(str))


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ModuleNotFoundError, match=r"govreport\[pandas\]"):
        govreport.metrics_frame([])
