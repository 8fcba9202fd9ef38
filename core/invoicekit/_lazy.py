"""Module attributes that import their module on first use (PEP 562 ``__getattr__``).

`invoicekit`, `invoicekit.plugin` and `invoicekit.webhooks` name things whose modules are
costly to import (httpx, the ASGI app) beside things every import needs; the costly ones load
when first read, so that `import invoicekit` and `invoicekit.normalize` stay light.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(
    namespace: dict[str, Any], table: Mapping[str, str], moved: Mapping[str, str] | None = None
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of the module whose globals are ``namespace``:
    ``table`` maps each lazy name to the module that defines it. A name read once is kept in
    ``namespace``, so later reads are plain attribute lookups.

    ``moved`` maps names that now live elsewhere to their new module: reading one still works
    but warns (`DeprecationWarning`, naming the new import) every time, and is not listed.
    """
    owner = namespace["__name__"]
    renamed = moved or {}

    def __getattr__(name: str) -> Any:
        new_home = renamed.get(name)
        if new_home is not None:
            warnings.warn(
                f"{owner}.{name} moved to {new_home}: use `from {new_home} import {name}`",
                DeprecationWarning,
                stacklevel=2,
            )
            return getattr(importlib.import_module(new_home), name)
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {owner!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *table})

    return __getattr__, __dir__
