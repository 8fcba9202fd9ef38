"""The web routes behind the Daftra sandbox's ``invoice_pdf_url`` and ``invoice_html_url``.

PDF and preview links (the documented uncertainty)
    The docs call ``invoice_pdf_url`` (``/invoices/view/{id}.pdf?hash=...``) a "direct url to
    download pdf"; one third-party client reports that it redirects to a login page without a
    browser session. The sandbox's choice: the per-invoice ``hash`` *is* the authorization.
    With the right hash the PDF is served whatever headers come along (the plugin sends its API
    key, because the link is on the account's own host); API credentials neither replace a
    wrong or missing hash nor are they required. Without the right hash the answer is a 302 to
    ``/owner/login``, an HTML page, so a client sees what a browser-less request would see.
    ``invoice_html_url`` (``/invoices/preview/{id}?hash=...``) behaves the same and serves HTML.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from invoicekit.sandbox import SandboxRequest, SandboxResponse, minimal_pdf, stable_int

from ._data import Invoice
from ._facts import VENDOR

__all__ = ["LOGIN_PATH", "invoice_hash", "login_page", "pdf", "preview", "to_login"]

#: Where a request without the right hash is sent.
LOGIN_PATH = "/owner/login"
_HTML = "text/html; charset=UTF-8"


def invoice_hash(seed: int, invoice_id: str) -> str:
    """The ``hash`` that authorizes the invoice's PDF and preview links."""
    return f"{stable_int(seed, VENDOR, 'hash', invoice_id, bits=128):032x}"


def to_login(request: SandboxRequest) -> SandboxResponse:
    """The 302 to the login page that a request without a browser session gets."""
    location = request.url(LOGIN_PATH)
    return SandboxResponse(302, b"", {"location": location})


def pdf(invoice: Invoice) -> SandboxResponse:
    """The invoice as a PDF download."""
    header = invoice.header
    currency = header["currency_code"]
    title = "Tax Invoice" if currency == "SAR" else "Invoice"
    client = header["client_business_name"] or (
        f"{header['client_first_name']} {header['client_last_name']}"
    )
    lines = [
        f"Daftra sandbox - {title} {header['no']}",
        "DRAFT" if header["draft"] == "1" else "",
        f"Date: {header['date']}   Due after: {header['due_after']} days",
        f"Client: {client}",
        "",
    ]
    lines += [
        f"{item['item']}: {item['quantity']} x {item['unit_price']} = {item['subtotal']}"
        for item in invoice.items
    ]
    lines += [
        "",
        f"Subtotal: {header['summary_subtotal']} {currency}",
        f"Discount: {header['summary_discount']} {currency}",
        f"Total: {header['summary_total']} {currency}",
        f"Paid: {header['summary_paid']} {currency}",
        f"Balance due: {header['summary_unpaid']} {currency}",
    ]
    return SandboxResponse.pdf(minimal_pdf(lines), filename=f"Invoice-{header['no']}.pdf")


def preview(invoice: Invoice) -> SandboxResponse:
    """The invoice as a small HTML page."""
    header = invoice.header
    rows = "".join(
        f"<tr><td>{html.escape(item['item'])}</td><td>{item['quantity']}</td>"
        f"<td>{item['unit_price']}</td><td>{item['subtotal']}</td></tr>"
        for item in invoice.items
    )
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Invoice {header["no"]}'
        f"</title></head><body><h1>Invoice {header['no']}</h1>"
        f"<p>{html.escape(header['client_business_name'] or header['client_first_name'])}</p>"
        f"<table>{rows}</table><p>Total: {header['summary_total']} "
        f"{header['currency_code']}</p></body></html>"
    )
    return SandboxResponse(200, page.encode(), {"content-type": _HTML})


def login_page(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
    """``GET /owner/login``: a login form."""
    page = b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Login</title></head>'
    page += b"<body><form method=post><input name=email><input name=password type=password>"
    page += b"</form></body></html>"
    return SandboxResponse(200, page, {"content-type": _HTML})
