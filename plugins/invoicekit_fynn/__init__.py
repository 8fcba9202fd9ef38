"""Fynn (coreapi.io) invoices for invoicekit.

Placeholder: registers the vendor and its capabilities; normalization comes with the Fynn plugin.
"""

from collections.abc import Callable

from invoicekit import CredentialSet, Invoice, Vendor, hookimpl


class FynnVendor(Vendor):
    """Fynn: German subscription billing, one coreapi.io host per tenant."""

    name = "fynn"
    title = "Fynn"
    docs_url = "https://docs.fynn.eu"
    # An API key from Settings > Developer, sent as a bearer token.
    credentials = (CredentialSet("api_key"),)
    filters = frozenset({"page_size"})
    supports_pdf = True

    def normalize(self, body: bytes) -> Invoice:
        """Not implemented yet."""
        raise NotImplementedError("the fynn plugin does not normalize invoices yet")


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Fynn vendor."""
    register(FynnVendor())
