"""The README's examples, the example scripts and the docstring examples all run."""

from __future__ import annotations

import doctest
import importlib
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import govreport
from conftest import ROOT

BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
# An example that needs an optional package says so in a line such as ``# requires: dask``.
REQUIRES = re.compile(r"^# requires: (.+)$", re.MULTILINE)


def test_readme_python_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    blocks = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)


@pytest.mark.parametrize(
    "script", sorted((ROOT / "examples").glob("*.py")), ids=lambda path: path.name
)
def test_example_scripts_run(script: Path) -> None:
    for line in REQUIRES.findall(script.read_text(encoding="utf-8")):
        for module in line.split(","):
            pytest.importorskip(module.strip())
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(govreport.__path__, "govreport.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
