"""Language data apart from logic: units, qualifiers, names that are not quantities,
page-chrome phrases, indicator aliases.  Each module says where its entries come from."""

# os.path, not pathlib, which would cost a fresh interpreter 5 ms to import
# ruff: noqa: PTH113, PTH118, PTH120, PTH123

import os


def read_text(name: str) -> str:
    """The text of the data file ``name`` shipped beside these modules (``indicators.csv``)."""
    path = os.path.join(os.path.dirname(__file__), name)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    # installed in a zip file: importlib.resources (15 ms to import) reads it from there
    from importlib import resources  # noqa: PLC0415

    return resources.files(__name__).joinpath(name).read_text("utf-8")
