"""What the Yeti sandbox takes from ``specs/yeti/openapi.yaml`` instead of copying it.

The attributes of invoices and accounts (their order is the order they are rendered in), the
relationships and ``include`` paths, the default sort and the paginator's page sizes are the
spec's; the spec is parsed on first use, once per process (`invoicekit.sandbox.ApiSpec`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from invoicekit.sandbox import ApiSpec, locate_spec

from ._data import VENDOR
from ._ruby import underscore

__all__ = ["SPEC_PACKAGE", "Contract", "contract"]

#: The package whose data (or whose checkout's ``specs/yeti/``) holds the spec.
SPEC_PACKAGE = "invoicekit_yeti"


@dataclass(frozen=True, slots=True)
class Contract:
    """The spec's facts the sandbox's parsing and rendering follow; names underscored."""

    invoice_attributes: tuple[str, ...]
    account_attributes: tuple[str, ...]
    relationships: frozenset[str]
    includes: frozenset[str]
    default_sort: str
    default_page_size: int
    max_page_size: int


def _names(spec: ApiSpec, schema: str) -> tuple[str, ...]:
    properties = spec.document["components"]["schemas"][schema]["properties"]
    return tuple(underscore(name) for name in properties)


@functools.cache
def contract() -> Contract:
    """The spec's contract of the customer API's invoices, read on first use."""
    spec = ApiSpec.load(locate_spec(SPEC_PACKAGE, VENDOR))
    query = {
        param.name: spec.resolve(param.schema) for param in spec.operations["list_invoices"].query()
    }
    return Contract(
        invoice_attributes=_names(spec, "InvoiceAttributes"),
        account_attributes=_names(spec, "AccountAttributes"),
        relationships=frozenset(_names(spec, "InvoiceRelationships")),
        includes=frozenset(query["include"]["enum"]),
        default_sort=query["sort"]["default"],
        default_page_size=query["page[size]"]["default"],
        max_page_size=query["page[size]"]["maximum"],
    )
