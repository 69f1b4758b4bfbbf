"""Language data apart from logic: units, qualifiers, names that are not quantities,
page-chrome phrases, indicator aliases.  Each module says where its entries come from."""


def read_text(name: str) -> str:
    """The text of the data file ``name`` shipped beside these modules (``indicators.csv``)."""
    from pathlib import Path  # noqa: PLC0415 (first use only)

    path = Path(__file__).with_name(name)
    if path.is_file():
        return path.read_text("utf-8")
    # installed in a zip file: importlib.resources (15 ms to import) reads it from there
    from importlib import resources  # noqa: PLC0415

    return resources.files(__name__).joinpath(name).read_text("utf-8")
