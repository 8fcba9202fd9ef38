"""EN 16931 e-invoices out of any vendor's `Invoice`, and in: UBL 2.1, CII D16B, Factur-X.

Needs the ``einvoice`` extra (``pip install "invoicekit[einvoice]"``); `validate` also needs
``einvoice-validate``. ``import invoicekit`` never imports this package::

    from invoicekit import einvoice

    xml = einvoice.to_xml(invoice, "cii", seller=my_company, default_vat_category="S")
    report = einvoice.validate(xml)
    report.ok, [(f.rule, f.text) for f in report.fatal]

See docs/einvoice.md.
"""

try:
    import facturx as _facturx  # noqa: F401
    import lxml as _lxml  # noqa: F401
except ImportError as _exc:  # pragma: no cover - the extra is installed in the tests
    raise ImportError(
        "invoicekit.einvoice needs the einvoice extra: pip install 'invoicekit[einvoice]'"
    ) from _exc

from ._complete import complete
from ._errors import EInvoiceError, MissingBusinessTerms, MissingTerm
from ._parse import MAX_BYTES, MAX_DEPTH
from ._pdf import to_facturx
from ._read import embedded_xml
from ._terms import TERM_NAMES
from ._validate import Failure, ValidationReport, validate
from ._write import PROFILES, business_terms
from ._xml import to_xml

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "PROFILES",
    "TERM_NAMES",
    "EInvoiceError",
    "Failure",
    "MissingBusinessTerms",
    "MissingTerm",
    "ValidationReport",
    "business_terms",
    "complete",
    "embedded_xml",
    "to_facturx",
    "to_xml",
    "validate",
]
