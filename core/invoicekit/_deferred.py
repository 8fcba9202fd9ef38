"""`deferred`: a vendor method implemented by a function of a module imported on first use.

A plugin's HTTP side (its flows, request builders and error parsing) imports httpx and the
generated endpoints, which `invoicekit.normalize` never needs. Declaring each such method as
``get_invoice_flow = deferred("invoicekit_acme._api")`` keeps the vendor class one line per
method, with no forwarding method, while importing the module only when the method is first
looked up on an instance.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["deferred"]


class _Deferred:
    """The descriptor `deferred` returns; see there."""

    __slots__ = ("_attribute", "_module", "_name")

    def __init__(self, module: str, name: str | None) -> None:
        self._module = module
        self._name = name
        self._attribute: str | None = None

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute
        if self._name is None:
            self._name = attribute

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if self._name is None:
            raise TypeError("deferred() needs a name outside a class body")
        function = getattr(importlib.import_module(self._module), self._name)
        if owner is not None and self._attribute is not None:
            # Later lookups find a plain staticmethod: no descriptor call, no import lookup.
            setattr(owner, self._attribute, staticmethod(function))
        return function

    def __repr__(self) -> str:
        return f"<deferred {self._module}:{self._name}>"


def deferred(module: str, name: str | None = None) -> Any:
    """A vendor method that is function ``name`` of ``module``, imported on first use.

    ::

        class AcmeVendor(Vendor):
            get_invoice_flow = deferred("invoicekit_acme._api")
            parse_error = deferred("invoicekit_acme._api", "parse_error")

    ``name`` defaults to the attribute's own name. The function is called without ``self``,
    like a `staticmethod`. Typed `Any`, because it stands for whichever method it replaces.
    """
    return _Deferred(module, name)
