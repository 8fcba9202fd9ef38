"""`VendorConformance`: the tests every vendor plugin must pass, as a class to subclass.

::

    from invoicekit.testing import VendorConformance


    class TestAcmeConformance(VendorConformance):
        vendor = "acme"
        examples = (Path(__file__).parent / "payloads" / "invoice.json",)
        enum_paths = (("status",),)
        status_paths = (("status",),)
        spec = Path(__file__).parents[1] / "specs" / "acme" / "openapi.yaml"

pytest collects the inherited ``test_*`` methods for the subclass, in three groups:
`PayloadChecks` (the recorded payloads: conformance, ``raw``, drift, wrong types, scale, fuzz),
`SandboxChecks` (the vendor's sandbox through the real clients: listing, order, get, async,
page size, filters, PDF, errors, retries, laziness, determinism, credentials) and `SpecChecks`
(the spec and the generated client). docs/adding-a-vendor.md lists them. Where the vendor's
declared capabilities rule a check out (no PDF, a filter it does not take), the check proves
the client refuses instead. A check that does not apply to a vendor for another reason is
declared, with the reason, in ``not_applicable``; it is reported as skipped with that reason,
and a name there that is no check fails the run.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

import invoicekit
from invoicekit.sandbox import SandboxServer, SandboxTransport
from invoicekit.testing._invariants import check_status
from invoicekit.testing._live import AnswerOverride, SandboxChecks, connect_through
from invoicekit.testing._payloads import (
    MALFORMED_PAYLOADS,
    UNKNOWN_ENUM_VALUE,
    WRONG_TYPE,
    PayloadChecks,
)
from invoicekit.testing._spec import SpecChecks, is_json, spec_examples

#: The default shape of the list operation: ``GET .../invoices`` (or ``.json``).
_LIST_INVOICES = re.compile(r"/invoices(\.json)?$")

__all__ = [
    "MALFORMED_PAYLOADS",
    "UNKNOWN_ENUM_VALUE",
    "WRONG_TYPE",
    "PayloadChecks",
    "SandboxChecks",
    "SpecChecks",
    "VendorConformance",
]


class VendorConformance(PayloadChecks, SandboxChecks, SpecChecks):
    """Subclass it in a test module, set the class attributes, and pytest runs the kit.

    Attributes:
        vendor: the registry name of the vendor under test.
        examples: recorded single-invoice response bodies (paths or bytes), exactly as the
            vendor's API returns them.
        enum_paths: JSON paths (keys and indexes) inside the examples of enum values; each is
            set to an unknown value, in the examples that have it, to prove that drift is
            tolerated. Every path must occur in at least one example.
        status_paths: the paths of the vendor's status value(s): when an example has a value
            there, ``status_raw`` must be set (and after drift it is the unknown value).
        kind_paths: the same for the document kind and ``kind_raw``.
        invoice_path: where the invoice object sits in a single-invoice body (``("data",
            "Invoice")``), to check that ``raw`` is exactly it; ``None`` checks only that
            ``raw`` is one JSON object of the body, byte for byte.
        typed_paths: the paths where a wrong type must fail (with exactly that path);
            ``None`` tries every value of the examples, where a failure must name its path.
        due_before_issue_allowed: whether the vendor documents due dates before issue dates.
        not_applicable: the checks (``test_*`` names) that do not apply to this vendor, each
            with the reason, such as ``{"test_updated_since_is_honoured_exactly": "its
            invoices carry no updated_at"}``.
        fuzz_examples: how many mutated examples `test_fuzz_property` tries (Hypothesis).
        list_page_size: ``page_size`` used to list the sandbox (small, to cross many pages).
        sandbox_size: invoices of the sandbox most sandbox checks use (seed 0, no faults).
        missing_invoice_id: an id the sandbox does not serve; by default one that a larger
            sandbox of the vendor serves.
        pdf_attempts: how many listed invoices `test_pdf_download` tries.
        spec: the vendor's OpenAPI spec (``openapi.yaml``), for the spec checks; ``None``
            skips them.
        client_package: the generated client's package; ``invoicekit_<vendor>_client`` by
            default.
        spec_invoice_operation: ``(method, path)`` of the single-invoice operation whose
            examples `test_documented_invoices_normalize` normalizes; by default every
            ``GET .../invoices/{id}``.
    """

    def test_status_agrees_with_totals(self, invoicekit_sandbox: Any) -> None:
        """A paid invoice leaves nothing due, an open one has nothing paid, a partially paid
        one some (`check_status`), in the examples and in the whole session sandbox."""
        invoices = [invoicekit.normalize(self.vendor, body) for body in self._bodies()]
        with invoicekit_sandbox.connect(self.vendor) as client:
            invoices += client.list_invoices(page_size=self.list_page_size)
        problems = [
            f"{invoice.id}: {problem}" for invoice in invoices for problem in check_status(invoice)
        ]
        assert not problems, "\n".join(problems)

    def test_documented_list_pages_map(self, kit_sandbox: SandboxServer) -> None:
        """Every list page the spec documents (``GET .../invoices`` answers 200) maps through
        the client's list flow into conformant invoices: nothing may raise on it."""
        examples = [
            example
            for example in spec_examples(self._spec())
            if (example.method, example.status) == ("GET", "200")
            and is_json(example.media_type)
            and _LIST_INVOICES.search(example.path)
        ]
        if not examples:
            pytest.fail(
                "the spec documents no list page of GET .../invoices; list this check in "
                "not_applicable with the reason"
            )
        mapped = 0
        for example in examples:
            answer = httpx.Response(
                200, content=example.body, headers={"content-type": example.media_type}
            )
            listed = example.path

            def matches(path: str, listed: str = listed) -> bool:
                return path.endswith(listed)

            transport = AnswerOverride(SandboxTransport(kit_sandbox.app), matches, answer)
            with connect_through(kit_sandbox, self.vendor, transport) as client:
                page = next(iter(client.pages()), None)  # an empty page may end the listing
            for invoice in page.invoices if page is not None else ():
                self._check(invoice)
                mapped += 1
        assert mapped, "no documented list page holds an invoice"
