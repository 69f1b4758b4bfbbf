"""Indicators tied to their figures: ``规上工业产值26.62亿元,比增7.6%`` → one :class:`Metric`.

Within each sentence the quantities are read in order, and the words between one quantity
and the next say what the next one is:

- a name, then perhaps a verb of level (``全社会固定资产投资额完成41.1亿元``): a new
  metric and its value;
- a verb of change (``,比增37.2%``, ``下降3.2%``): the growth of the metric before, or of
  a new metric when a name precedes the verb (``居民消费价格上涨0.2%``);
- ``完成任务量的77.7%``, ``超出年初预算74.5%``: the progress of the metric before against
  its plan (77.7, 174.5), not growth;
- a list of names sharing one verb with ``分别`` (``高技术制造业、装备制造业增加值分别增长
  8.9%、7.7%``): one metric per name, the figures dealt out in order.

A figure without a name before it is no metric.  The status is ``estimated`` after 预计,
``target`` after 计划/力争/确保/目标 or in a targets statement or a plan section, else
``actual``; the period (``1-9月``, ``上半年``, ``全年`` …) is the last one stated in the
sentence before the figure.  A range of change gives ``growth_high``, a qualifier its
``bound``, an absolute change its signed ``increase`` (never the level); a figure of
something narrower than the territory (a project, a firm, inspections) a ``scope``.  The year
each figure describes is settled for a whole report by :func:`settle_metrics` (see
:mod:`govreport._metrics._years`); :func:`extract_metrics` gives only the years a text
states.  The word lists are :mod:`govreport.data.metric_words`;
the flat table of metrics is :func:`govreport._table.metrics_table`.
"""

from __future__ import annotations

from govreport._metrics._cues import heading_period
from govreport._metrics._names import GENERIC_NAME, NAME_LIMIT
from govreport._metrics._reader import MetricDraft, extract_metrics, read_metrics, to_metric
from govreport._metrics._years import Dated, ReportYears, report_years, settle_metrics
from govreport._table import METRIC_COLUMNS, metrics_table

__all__ = [
    "GENERIC_NAME",
    "METRIC_COLUMNS",
    "NAME_LIMIT",
    "Dated",
    "MetricDraft",
    "ReportYears",
    "extract_metrics",
    "heading_period",
    "metrics_table",
    "read_metrics",
    "report_years",
    "settle_metrics",
    "to_metric",
]
