"""Argument checks shared by the public entry points."""

from __future__ import annotations


def ensure_text(value: object, function: str, name: str = "text") -> str:
    """Return ``value`` if it is a ``str``, else raise a ``TypeError`` naming what was given."""
    if isinstance(value, str):
        return value
    raise TypeError(
        f"{function}() expects {name} as str, got {type(value).__name__}"
        + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(value, bytes) else "")
    )
