"""The kit's helpers catch what they are meant to: stated parts, status, scale, JSON paths, the
spec reader and declared opt-outs (issue 10 item 8)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
import pytest

from invoicekit import Invoice, InvoiceKind, InvoiceStatus, Line, Payment, PaymentStatus, Totals
from invoicekit.testing import (
    VendorConformance,
    check_parts,
    check_stated_parts,
    check_status,
    decode_exact,
    encode,
    get_path,
    has_path,
    leaf_paths,
    load_spec,
    scale_problems,
    set_path,
    spec_examples,
)

pytest_plugins = ["pytester"]


def _invoice(**changes: Any) -> Invoice:
    fields: dict[str, Any] = {
        "vendor": "acme",
        "id": "1",
        "kind": InvoiceKind.INVOICE,
        "status": InvoiceStatus.PARTIALLY_PAID,
        "currency": "EUR",
        "lines": (
            Line(
                id="a",
                net_amount=Decimal("100.00"),
                tax_amount=Decimal("19.00"),
                gross_amount=Decimal("119.00"),
            ),
        ),
        "payments": (
            Payment(amount=Decimal("19.00"), status=PaymentStatus.COMPLETED),
            Payment(amount=Decimal("50.00"), status=PaymentStatus.PENDING),
        ),
        "totals": Totals(
            net=Decimal("100.00"),
            tax=Decimal("19.00"),
            gross=Decimal("119.00"),
            paid=Decimal("19.00"),
            due=Decimal("100.00"),
        ),
        "raw": msgspec.Raw(b"{}"),
    }
    fields.update(changes)
    return Invoice(**fields)


def test_an_invoice_whose_parts_agree_has_no_problems() -> None:
    assert check_stated_parts(_invoice()) == []


def test_a_line_whose_gross_is_not_net_plus_tax_is_reported() -> None:
    line = Line(net_amount=Decimal(100), tax_amount=Decimal(19), gross_amount=Decimal(120))
    assert check_parts(_invoice(lines=(line,))) == ["lines[0]: gross 120 != net 100 + tax 19"]


def test_settled_payments_must_sum_to_paid() -> None:
    payments = (Payment(amount=Decimal("20.00"), status=PaymentStatus.COMPLETED),)
    problems = check_parts(_invoice(payments=payments))
    assert problems == ["payments sum to 20.00, not totals.paid 19.00"]


@pytest.mark.parametrize(
    ("status", "paid", "due", "problem"),
    [
        (InvoiceStatus.PAID, "19.00", "100.00", "status paid, but 100.00 is still due"),
        (InvoiceStatus.OPEN, "19.00", "100.00", "status open (nothing paid), but 19.00 is paid"),
        (InvoiceStatus.PARTIALLY_PAID, "0", "119.00", "status partially_paid, but paid 0"),
        (InvoiceStatus.OVERPAID, "19.00", "100.00", "status overpaid, but paid 19.00"),
    ],
)
def test_a_status_that_contradicts_the_totals_is_reported(
    status: InvoiceStatus, paid: str, due: str, problem: str
) -> None:
    totals = Totals(gross=Decimal("119.00"), paid=Decimal(paid), due=Decimal(due))
    problems = check_status(_invoice(status=status, totals=totals, payments=()))
    assert len(problems) == 1
    assert problems[0].startswith(problem)


def test_a_credit_note_has_no_status_reading() -> None:
    assert check_status(_invoice(kind=InvoiceKind.CREDIT_NOTE, status=InvoiceStatus.PAID)) == []


def test_scale_lost_is_reported_and_scale_kept_is_not() -> None:
    tree = decode_exact(b'{"net": 100.00, "tax": "19.00", "count": 1}')
    lost = _invoice(totals=Totals(net=Decimal(100), tax=Decimal("19.00")))
    assert scale_problems(lost, tree) == [
        "totals.net is 100, but the payload writes 100.00: scale lost"
    ]
    assert scale_problems(_invoice(), tree) == []


def test_exact_decoding_writes_numbers_back_as_written() -> None:
    body = b'{"a":1.0000,"b":[2.50,{"c":3}],"d":null}'
    tree = decode_exact(body)
    assert encode(tree) == body
    set_path(tree, ("b", 1, "c"), "X")
    assert encode(tree) == b'{"a":1.0000,"b":[2.50,{"c":"X"}],"d":null}'


def test_paths_are_found_only_where_they_are() -> None:
    tree = decode_exact(b'{"a":{"b":[null]}}')
    assert has_path(tree, ("a", "b", 0))
    assert get_path(tree, ("a", "b", 0), "default") is None
    assert not has_path(tree, ("a", "b", 1))
    assert not has_path(tree, ("a", 0))
    assert list(leaf_paths(tree)) == [("a", "b", 0)]
    with pytest.raises(KeyError, match=r"\$\.a\.x\.y"):
        set_path(tree, ("a", "x", "y"), 1)


def test_a_spec_keeps_its_numbers_as_written(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        """
openapi: 3.1.0
info: {title: acme, version: "1"}
paths:
  /invoices/{id}:
    get:
      operationId: getInvoice
      responses:
        "200":
          description: an invoice
          content:
            application/json:
              schema: {type: object}
              examples:
                paid: {value: {total: 1.0000, count: 2}}
""",
        encoding="utf-8",
    )
    (example,) = spec_examples(load_spec(spec))
    assert example.value == {"total": Decimal("1.0000"), "count": 2}
    assert example.body == b'{"total":1.0000,"count":2}'
    assert example.where == "GET /invoices/{id} response 200 application/json example paid"


def test_a_declared_opt_out_skips_with_its_reason_and_a_typo_fails(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        """
        from invoicekit.testing import VendorConformance

        class TestOptOut(VendorConformance):
            vendor = "fynn"
            not_applicable = {"test_vendor_is_registered": "a reason"}

        class TestTypo(VendorConformance):
            vendor = "fynn"
            not_applicable = {"test_no_such_check": "a reason"}
        """
    )
    result = pytester.runpytest_inprocess(
        "-p", "no:randomly", "-rs", "-k", "test_vendor_is_registered"
    )
    result.assert_outcomes(skipped=1, errors=1)
    result.stdout.fnmatch_lines(
        ["*fynn declares test_vendor_is_registered not applicable: a reason*"]
    )
    result.stdout.fnmatch_lines(["*not_applicable names no check of the kit*test_no_such_check*"])


def test_the_kit_class_documents_every_attribute_it_reads() -> None:
    documented = VendorConformance.__doc__ or ""
    attributes = {
        name
        for cls in VendorConformance.__mro__
        for name, value in vars(cls).get("__annotations__", {}).items()
        if not name.startswith("_")
    }
    missing = sorted(name for name in attributes if f"{name}:" not in documented)
    assert not missing, f"VendorConformance does not document {missing}"
