"""Shared helpers: fixture paths, the shared corpus, and the nothing-is-lost check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govreport import Report

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = FIXTURES / "seeds"
NATIONAL = FIXTURES / "national"
CORPUS = ROOT.parent / "shared" / "corpus"

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
"""Debian's headless browser, for the tests that look at a page as a person would."""
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",  # the machine's closed network refuses them
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def fixture_text(relative: str) -> str:
    """A fixture file's text, e.g. ``fixture_text("seeds/000_5f8850e58b636763.txt")``."""
    return (FIXTURES / relative).read_text(encoding="utf-8")


def corpus_files() -> list[Path]:
    """Every file of the shared corpus, or a skip saying why there are none."""
    files = sorted(CORPUS.glob("seeds/*.txt")) + sorted(CORPUS.glob("national/*.txt"))
    if not files:
        pytest.skip(f"the shared corpus is not beside the project (looked in {CORPUS})")
    return files


def assert_nothing_lost(report: Report) -> None:
    """Blocks are in order, never overlap, show their own text, and cover every
    non-whitespace character of the report's part of the text."""
    text = report.text
    start, end = report.span
    covered = bytearray(len(text))
    previous_end = start
    for block in report.blocks():
        block_start, block_end = block.span
        assert start <= block_start <= block_end <= end, block
        assert block_start >= previous_end, f"{block} overlaps the block before it"
        assert text[block_start:block_end] == block.text
        covered[block_start:block_end] = b"\x01" * (block_end - block_start)
        previous_end = block_end
    lost = [
        index for index in range(start, end) if not covered[index] and not text[index].isspace()
    ]
    assert not lost, f"lost characters at {lost[:5]}: {[text[i] for i in lost[:5]]}"
