"""Yeti-switch (yeti-web customer API v1) invoices for invoicekit.

Placeholder: registers the vendor and its capabilities; normalization comes with the Yeti plugin.
"""

from collections.abc import Callable

from invoicekit import CredentialSet, Invoice, Vendor, hookimpl


class YetiVendor(Vendor):
    """Yeti-switch: self-hosted VoIP billing; invoices are usage statements per account."""

    name = "yeti"
    title = "Yeti-switch"
    docs_url = "https://demo.yeti-switch.org/doc/api/customer/v1/"
    # A JWT from POST /auth with login and password, or a token minted beforehand.
    credentials = (CredentialSet("login", "password"), CredentialSet("token"))
    filters = frozenset({"issued_since", "issued_until", "page_size"})
    supports_pdf = True

    def normalize(self, body: bytes) -> Invoice:
        """Not implemented yet."""
        raise NotImplementedError("the yeti plugin does not normalize invoices yet")


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Yeti-switch vendor."""
    register(YetiVendor())
