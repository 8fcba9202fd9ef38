"""E-invoices as a source: every official example reads, writes back with equal terms."""

from __future__ import annotations

import base64
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest
from helpers.einvoice import EXAMPLES, RULES

import invoicekit
from invoicekit import InvoiceKind, NormalizationError
from invoicekit.einvoice import MAX_BYTES, to_xml, validate
from invoicekit.einvoice._parse import parse_document
from invoicekit.einvoice._read import terms_of

# factur-x writes one payment means (BT-81..BT-86 once); documents with several keep the rest
# in raw and extra["en16931"] only.
PAYMENT_MEANS = ("BT-81", "BT-82", "BT-83", "BT-84", "BT-85", "BT-86")
# What the written document does not repeat, for reasons outside the model (checked to be only
# these): factur-x's UBL reader does not see document-level allowances (BG-20), so neither the
# Invoice nor the rewritten document has them; its CII writer drops the EM scheme of BT-49.
KNOWN_LOSSES = {
    "ubl-ubl-tc434-example2.xml": {"rules": {"BR-CO-11", "BR-S-08"}},
    "cii-XRechnung-O.xml": {"terms": {"BG-7.einvoicing_addr_schemeid"}},
}


def _syntax(path: Path) -> str:
    return "ubl" if path.name.startswith("ubl-") else "cii"


def _terms(document: bytes) -> dict[str, Any]:
    return terms_of(parse_document(document, source="test"), "test")


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, str) and isinstance(right, str) and left != right:
        try:
            return Decimal(left) == Decimal(right)  # "64." and "64" are one quantity
        except InvalidOperation:
            return False
    return bool(left == right)


def _differences(left: dict[str, Any], right: dict[str, Any], prefix: str = "") -> set[str]:
    found: set[str] = set()
    for key in set(left) | set(right):
        if key == "BT-24":
            continue  # the written document declares the profile it was written for
        mine, theirs = left.get(key), right.get(key)
        if key in PAYMENT_MEANS and isinstance(mine, list):
            mine = mine[0]
        if isinstance(mine, dict) and isinstance(theirs, dict):
            found |= _differences(mine, theirs, f"{prefix}{key}.")
        elif isinstance(mine, list) and isinstance(theirs, list) and len(mine) == len(theirs):
            for index, (a, b) in enumerate(zip(mine, theirs, strict=True)):
                if isinstance(a, dict) and isinstance(b, dict):
                    found |= _differences(a, b, f"{prefix}{key}[{index}].")
                elif not _same(a, b):
                    found.add(f"{prefix}{key}[{index}]")
        elif not _same(mine, theirs):
            found.add(f"{prefix}{key}")
    return found


def test_there_are_33_official_examples(en16931: Path) -> None:
    assert len(EXAMPLES) == 33


@pytest.mark.parametrize("path", EXAMPLES, ids=[path.name for path in EXAMPLES])
def test_an_official_example_reads_and_writes_back(path: Path) -> None:
    document = path.read_bytes()
    syntax = _syntax(path)
    invoice = invoicekit.normalize(syntax, document)
    original = _terms(document)
    assert invoice.vendor == syntax
    assert invoice.number == original["BT-1"]
    assert invoice.totals.due == Decimal(original["BT-115"])
    assert len(invoice.lines) == len(original.get("BG-25") or [])
    raw = invoice.raw_json()
    assert raw["format"] == syntax
    assert base64.b64decode(raw["document"]) == document  # lossless
    written = to_xml(invoice, syntax)  # type: ignore[arg-type]
    known = KNOWN_LOSSES.get(path.name, {})
    assert _differences(original, _terms(written)) == known.get("terms", set())
    before = validate(document, RULES[syntax]).rule_ids()
    after = validate(written, RULES[syntax]).rule_ids()
    assert after - before == known.get("rules", set())


def test_the_model_alone_carries_the_mapped_terms() -> None:
    # Without extra["en16931"], what the model maps still writes the same core terms.
    path = next(path for path in EXAMPLES if path.name == "ubl-ubl-tc434-example1.xml")
    invoice = invoicekit.normalize("ubl", path.read_bytes())
    bare = invoice.__replace__(extra={})
    original, written = _terms(path.read_bytes()), _terms(to_xml(bare, "ubl"))
    for term in ("BT-1", "BT-2", "BT-3", "BT-5", "BT-106", "BT-109", "BT-110", "BT-112", "BT-115"):
        assert _same(written.get(term), original.get(term)), term
    assert [line["BT-131"] for line in written["BG-25"]] == [
        line["BT-131"] for line in original["BG-25"]
    ]
    assert written["BG-4"]["vat_identifier"] == original["BG-4"]["vat_identifier"]


def test_line_allowances_add_up_to_the_line_discount() -> None:
    path = next(path for path in EXAMPLES if path.name == "cii-CII_example5.xml")
    invoice = invoicekit.normalize("cii", path.read_bytes())
    terms = invoice.extra["en16931"]["BG-25"]
    for line, stated in zip(invoice.lines, terms, strict=True):
        allowances = [Decimal(item["amount"]) for item in stated.get("BG-27") or []]
        assert line.discount_amount == (sum(allowances) if allowances else None)
    assert any(line.discount_amount for line in invoice.lines)


def test_a_credit_note_reads_as_one() -> None:
    path = next(path for path in EXAMPLES if "creditnote" in path.name)
    invoice = invoicekit.normalize("ubl", path.read_bytes())
    assert invoice.kind is InvoiceKind.CREDIT_NOTE
    assert invoice.type_code == "381"


def test_the_wrong_syntax_is_refused() -> None:
    cii = next(path for path in EXAMPLES if path.name.startswith("cii-"))
    with pytest.raises(NormalizationError, match="not ubl"):
        invoicekit.normalize("ubl", cii.read_bytes())


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&lol3;</Invoice>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&x;</Invoice>"""
NETWORK_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&x;</Invoice>"""
DEEP = b"<Invoice>" + b"<a>" * 200 + b"</a>" * 200 + b"</Invoice>"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (BOMB, "DTD"),
        (XXE, "DTD"),
        (NETWORK_XXE, "DTD"),
        (DEEP, "deeper"),
        (b"<Invoice", "well-formed"),
        (b"<html/>", "not a UBL"),
    ],
    ids=["entity-bomb", "xxe-file", "xxe-network", "deep", "broken", "not-an-invoice"],
)
@pytest.mark.parametrize("source", ["ubl", "cii"])
def test_hostile_documents_are_normalization_errors(
    source: str, document: bytes, message: str
) -> None:
    with pytest.raises(NormalizationError, match=message) as caught:
        invoicekit.normalize(source, document)
    assert caught.value.vendor == source
    assert b"root:" not in str(caught.value).encode()  # no file content leaks


def test_a_huge_document_is_refused_before_parsing() -> None:
    huge = b"<Invoice>" + b" " * (MAX_BYTES + 1) + b"</Invoice>"
    with pytest.raises(NormalizationError, match="bytes"):
        invoicekit.normalize("ubl", huge)


def test_a_pdf_without_factur_x_is_a_normalization_error() -> None:
    from invoicekit.sandbox import minimal_pdf

    with pytest.raises(NormalizationError):
        invoicekit.normalize("facturx", minimal_pdf(["no xml here"]))
