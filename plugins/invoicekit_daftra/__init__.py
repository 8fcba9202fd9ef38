"""Daftra (api2) invoices for invoicekit.

Placeholder: registers the vendor and its capabilities; normalization comes with the Daftra plugin.
"""

from collections.abc import Callable

from invoicekit import CredentialSet, Invoice, Vendor, hookimpl


class DaftraVendor(Vendor):
    """Daftra: cloud ERP and invoicing, one subdomain per tenant."""

    name = "daftra"
    title = "Daftra"
    docs_url = "https://docs.daftara.dev"
    # An API key from Settings > API, or an OAuth2 access token.
    credentials = (CredentialSet("api_key"), CredentialSet("token"))
    filters = frozenset({"issued_since", "issued_until", "status", "page_size"})
    supports_pdf = True

    def normalize(self, body: bytes) -> Invoice:
        """Not implemented yet."""
        raise NotImplementedError("the daftra plugin does not normalize invoices yet")


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Daftra vendor."""
    register(DaftraVendor())
