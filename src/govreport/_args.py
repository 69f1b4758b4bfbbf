"""Argument checks shared by the public entry points."""

from __future__ import annotations

from collections.abc import Iterable


def ensure_text(value: object, function: str, name: str = "text") -> str:
    """Return ``value`` if it is a ``str``, else raise a ``TypeError`` naming what was given."""
    if isinstance(value, str):
        return value
    raise TypeError(
        f"{function}() expects {name} as str, got {type(value).__name__}"
        + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(value, bytes) else "")
    )


def ensure_instances(values: object, kind: type, function: str, name: str) -> None:
    """Raise a ``TypeError`` unless ``values`` is a collection of ``kind`` instances."""
    expected = f"{function}() expects {name} as a list of {kind.__name__}"
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise TypeError(f"{expected}, got {type(values).__name__}")
    for value in values:
        if not isinstance(value, kind):
            raise TypeError(f"{expected}, got an item of type {type(value).__name__}")
