"""The Fynn sandbox's download links: signed, expiring links to PDFs the sandbox serves itself.

``PUT /invoices/{id}/download-link`` answers a link to ``GET /files/{token}.pdf`` on the
sandbox: the token (invoice id, expiry, HMAC signature keyed by the seed) is the credential
there, so that route takes no API key, and a tampered, foreign or expired token gets a 404
problem body.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from typing import Any

from invoicekit.sandbox import minimal_pdf, stable_int

from ._format import VENDOR

__all__ = ["LinkSigner", "expiry", "render_pdf"]

# ``secondsValid`` (default 24 hours, at least 5) is checked by the spec's parameter schema.
_MAX_EXPIRES = 253402300799  # 9999-12-31T23:59:59Z: a larger expiry is "never"
_EXPIRES = re.compile(r"[0-9]{1,12}")


def expiry(now: float, seconds: int) -> int:
    """When a link made at ``now`` for ``seconds`` expires, in Unix seconds."""
    return min(int(now) + seconds, _MAX_EXPIRES)


class LinkSigner:
    """Signs and checks download tokens ``{invoice id}.{expires}.{signature}``."""

    def __init__(self, seed: int) -> None:
        self._key = stable_int(seed, VENDOR, "download-link-key", bits=256).to_bytes(32)

    def _signature(self, invoice_id: str, expires: int) -> str:
        message = f"{invoice_id}.{expires}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()[:32]

    def token(self, invoice_id: str, expires: int) -> str:
        """The token of a link to ``invoice_id``'s PDF that expires at ``expires``."""
        return f"{invoice_id}.{expires}.{self._signature(invoice_id, expires)}"

    def verify(self, token: str) -> tuple[str, int] | None:
        """``(invoice id, expires)`` of a token this signer made, else ``None``."""
        invoice_id, _, rest = token.partition(".")
        expires, _, signature = rest.partition(".")
        if not _EXPIRES.fullmatch(expires) or not hmac.compare_digest(
            signature.encode(), self._signature(invoice_id, int(expires)).encode()
        ):
            return None
        return invoice_id, int(expires)


def _amount_text(money: dict[str, Any] | None) -> str:
    if money is None:
        return "-"
    amount, precision = int(money["amount"]), int(money["precision"])
    whole, fraction = divmod(abs(amount), 10**precision)
    sign = "-" if amount < 0 else ""
    text = f"{sign}{whole}" + (f".{fraction:0{precision}d}" if precision else "")
    return f"{text} {money['currencyCode']}"


def render_pdf(invoice: Mapping[str, Any], xml: bytes | None = None) -> bytes:
    """The invoice rendered as a one-page PDF, with ``xml`` attached as ZUGFeRD's XML."""
    address = invoice["invoiceAddress"]
    recipient = address["companyName"] or f"{address['firstName']} {address['lastName']}"
    issued = (invoice["finalizationDate"] or "")[:10]
    lines = [
        "Fynn sandbox",
        str(invoice["title"]),
        "",
        recipient,
        f"{address['street']} {address['houseNumber']}",
        f"{address['zip']} {address['city']} {address['countryCode']}",
        "",
        f"Datum: {issued}",
        "",
    ]
    for item in invoice["positions"]:
        lines.append(
            f"{item['position']}. {item['quantity']} x {item['name']}: "
            f"{_amount_text(item['netAmount'])} ({item['tax']['description']} USt)"
        )
    lines += [
        "",
        f"Netto: {_amount_text(invoice['netAmount'])}",
        f"USt: {_amount_text(invoice['taxAmount'])}",
        f"Brutto: {_amount_text(invoice['grossAmount'])}",
        f"Offen: {_amount_text(invoice['unpaidAmount'])}",
    ]
    return minimal_pdf(lines, {"factur-x.xml": xml} if xml is not None else None)
