"""`VendorConformance`: the tests every vendor plugin must pass, as a class to subclass.

::

    from invoicekit.testing import VendorConformance


    class TestAcmeConformance(VendorConformance):
        vendor = "acme"
        examples = (Path(__file__).parent / "payloads" / "invoice.json",)
        enum_paths = (("status",),)

pytest collects the inherited ``test_*`` methods for the subclass: the vendor's recorded
payloads are normalized and checked against `check_invoice`, drift (an unknown enum value) is
tolerated, malformed payloads raise `NormalizationError`, and the vendor's sandbox (through
the ``invoicekit_sandbox`` fixture) lists every invoice exactly once, each of them conformant.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

import msgspec
import pytest

import invoicekit
from invoicekit.flows import locate
from invoicekit.testing._checks import assert_conformant
from invoicekit.testing._fuzz import check_normalize_property, mutated_payloads

__all__ = ["MALFORMED_PAYLOADS", "UNKNOWN_ENUM_VALUE", "VendorConformance"]

#: Bodies that are not an invoice of any vendor.
MALFORMED_PAYLOADS: tuple[bytes, ...] = (b"", b"{", b"[]", b"null", b'"invoice"', b"42", b"{}")
#: What an enum field is set to when testing drift.
UNKNOWN_ENUM_VALUE = "INVOICEKIT_UNKNOWN_VALUE"


def _set_path(document: Any, path: Sequence[str | int], value: Any) -> Any:
    target = document
    for key in path[:-1]:
        target = target[key]
    old = target[path[-1]]
    target[path[-1]] = value
    return old


class VendorConformance:
    """Subclass it in a test module, set the class attributes, and pytest runs the kit.

    Attributes:
        vendor: the registry name of the vendor under test.
        examples: recorded single-invoice response bodies (paths or bytes), exactly as the
            vendor's API returns them.
        enum_paths: JSON paths (keys and indexes) inside the examples of enum values; each is
            set to an unknown value to prove that drift is tolerated.
        due_before_issue_allowed: whether the vendor documents due dates before issue dates.
        list_page_size: ``page_size`` used to list the sandbox (small, to cross many pages).
        fuzz_examples: how many mutated examples `test_fuzz_property` tries (Hypothesis).
    """

    vendor: ClassVar[str]
    examples: ClassVar[Sequence[Path | bytes]] = ()
    enum_paths: ClassVar[Sequence[Sequence[str | int]]] = ()
    due_before_issue_allowed: ClassVar[bool] = False
    list_page_size: ClassVar[int] = 7
    fuzz_examples: ClassVar[int] = 200

    @pytest.fixture
    def invoicekit_vendor(self) -> str:
        """The ``invoicekit_client`` fixture connects to this class's vendor."""
        return self.vendor

    def _bodies(self) -> Iterator[bytes]:
        if not self.examples:
            pytest.fail(f"{type(self).__name__} lists no examples")
        for example in self.examples:
            yield example if isinstance(example, bytes) else Path(example).read_bytes()

    def _check(self, invoice: invoicekit.Invoice) -> None:
        assert invoice.vendor == self.vendor
        assert_conformant(invoice, due_before_issue_allowed=self.due_before_issue_allowed)

    def test_vendor_is_registered(self) -> None:
        """The vendor is found by name, with a title."""
        assert invoicekit.get_vendor(self.vendor).title

    def test_examples_normalize_and_conform(self) -> None:
        """Each recorded payload normalizes into an invoice that passes `check_invoice`."""
        for body in self._bodies():
            self._check(invoicekit.normalize(self.vendor, body))

    def test_raw_round_trips(self) -> None:
        """``raw`` is the invoice object of the payload (at the vendor's declared
        `Vendor.envelope`, the whole payload without one): same JSON, and it survives
        to_json/from_json."""
        envelope = invoicekit.get_vendor(self.vendor).envelope
        for body in self._bodies():
            invoice = invoicekit.normalize(self.vendor, body)
            own = locate(self.vendor, body, envelope.invoice) if envelope else body
            assert msgspec.json.decode(invoice.raw) == msgspec.json.decode(own)
            assert invoicekit.from_json(invoicekit.to_json(invoice)).raw == invoice.raw

    def test_unknown_enum_values_are_tolerated(self) -> None:
        """An enum value the plugin does not know still normalizes, and stays visible."""
        if not self.enum_paths:
            pytest.skip("no enum_paths declared")
        for body in self._bodies():
            for path in self.enum_paths:
                document = msgspec.json.decode(body)
                _set_path(document, path, UNKNOWN_ENUM_VALUE)
                invoice = invoicekit.normalize(self.vendor, msgspec.json.encode(document))
                self._check(invoice)
                assert UNKNOWN_ENUM_VALUE.encode() in bytes(invoice.raw)

    def test_malformed_payloads_raise_normalization_error(self) -> None:
        """Bodies that are not an invoice raise `NormalizationError` naming the vendor."""
        for body in MALFORMED_PAYLOADS:
            with pytest.raises(invoicekit.NormalizationError) as caught:
                invoicekit.normalize(self.vendor, body)
            assert caught.value.vendor == self.vendor
            assert caught.value.path.startswith("$")

    def test_a_wrong_type_names_its_json_path(self) -> None:
        """A list where the payload has an object fails with the path of that object."""
        for body in self._bodies():
            document = msgspec.json.decode(body)
            if not isinstance(document, dict) or not document:
                continue
            key = next(iter(document))
            document[key] = [[["not", "what", "the", "vendor", "sends"]]]
            with pytest.raises(invoicekit.NormalizationError) as caught:
                invoicekit.normalize(self.vendor, msgspec.json.encode(document))
            assert caught.value.vendor == self.vendor

    def test_fuzz_property(self) -> None:
        """Mutated examples normalize into a round-tripping `Invoice` or a `NormalizationError`.

        The property of `invoicekit.testing.check_normalize_property`, over
        `invoicekit.testing.mutated_payloads` of the examples (needs Hypothesis).
        """
        pytest.importorskip("hypothesis")
        from hypothesis import HealthCheck, given, settings  # noqa: PLC0415 (optional)

        @settings(
            max_examples=self.fuzz_examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(mutated_payloads(list(self._bodies())))
        def holds(body: bytes) -> None:
            check_normalize_property(self.vendor, body)

        holds()

    def test_sandbox_lists_every_invoice_exactly_once(self, invoicekit_sandbox: Any) -> None:
        """Listing the sandbox yields each of its invoices once, each conformant."""
        expected = list(invoicekit_sandbox.app.sandbox(self.vendor).invoice_ids())
        with invoicekit_sandbox.connect(self.vendor) as client:
            invoices = list(client.list_invoices(page_size=self.list_page_size))
        ids = [invoice.id for invoice in invoices]
        assert len(ids) == len(set(ids)), "an invoice was listed twice"
        assert sorted(ids) == sorted(expected), "listing lost or invented invoices"
        for invoice in invoices:
            self._check(invoice)

    def test_sandbox_get_matches_the_listing(self, invoicekit_client: Any) -> None:
        """Fetching an invoice by id gives the same invoice as the listing did."""
        first = next(iter(invoicekit_client.list_invoices(page_size=self.list_page_size)))
        fetched = invoicekit_client.get_invoice(first.id)
        self._check(fetched)
        assert fetched.id == first.id
        assert fetched.totals == first.totals
