"""The kit's checks on recorded payloads: `invoicekit.normalize` alone, no HTTP.

Mixed into `invoicekit.testing.VendorConformance`; each ``test_*`` method reads the class
attributes documented there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

import msgspec
import pytest

import invoicekit
from invoicekit.testing._base import KitBase
from invoicekit.testing._fuzz import check_normalize_property, mutated_payloads
from invoicekit.testing._invariants import scale_problems
from invoicekit.testing._paths import (
    JsonPath,
    decode_exact,
    encode,
    get_path,
    has_path,
    leaf_paths,
    path_text,
    set_path,
    sub_objects,
)

__all__ = ["MALFORMED_PAYLOADS", "UNKNOWN_ENUM_VALUE", "WRONG_TYPE", "PayloadChecks"]

#: Bodies that are not an invoice of any vendor.
MALFORMED_PAYLOADS: tuple[bytes, ...] = (b"", b"{", b"[]", b"null", b'"invoice"', b"42", b"{}")
#: What an enum field is set to when testing drift.
UNKNOWN_ENUM_VALUE = "INVOICEKIT_UNKNOWN_VALUE"
#: What `PayloadChecks.test_a_wrong_type_names_its_json_path` puts where a value was.
WRONG_TYPE: Any = [[["not", "what", "the", "vendor", "sends"]]]


class PayloadChecks(KitBase):
    """Checks on the vendor's recorded single-invoice payloads (``examples``)."""

    examples: ClassVar[Sequence[Path | bytes]] = ()
    enum_paths: ClassVar[Sequence[JsonPath]] = ()
    status_paths: ClassVar[Sequence[JsonPath]] = ()
    kind_paths: ClassVar[Sequence[JsonPath]] = ()
    invoice_path: ClassVar[JsonPath | None] = None
    typed_paths: ClassVar[Sequence[JsonPath] | None] = None
    fuzz_examples: ClassVar[int] = 200

    def _bodies(self) -> Iterator[bytes]:
        if not self.examples:
            pytest.fail(f"{type(self).__name__} lists no examples")
        for example in self.examples:
            yield example if isinstance(example, bytes) else Path(example).read_bytes()

    def test_vendor_is_registered(self) -> None:
        """The vendor is found by name, with a title."""
        assert invoicekit.get_vendor(self.vendor).title

    def test_examples_normalize_and_conform(self) -> None:
        """Each recorded payload normalizes into an invoice that passes `check_invoice` and
        `check_stated_parts`."""
        for body in self._bodies():
            self._check(invoicekit.normalize(self.vendor, body))

    def test_raw_round_trips(self) -> None:
        """``raw`` is the invoice object's own bytes: a JSON object of the payload, byte for
        byte (the payload itself or the object at ``invoice_path``), surviving to_json/from_json.
        """
        for body in self._bodies():
            invoice = invoicekit.normalize(self.vendor, body)
            raw = bytes(invoice.raw)
            assert raw in body, "raw is not a part of the payload, byte for byte"
            document, value = msgspec.json.decode(body), msgspec.json.decode(raw)
            if self.invoice_path is not None:
                expected = get_path(document, self.invoice_path)
                assert value == expected, f"raw is not the object at {path_text(self.invoice_path)}"
            else:
                objects = [found for _, found in sub_objects(document)]
                assert isinstance(value, dict), "raw is not a JSON object"
                assert value in objects, "raw is not one of the payload's objects"
            assert invoicekit.from_json(invoicekit.to_json(invoice)).raw == invoice.raw

    def test_unknown_enum_values_are_tolerated(self) -> None:
        """An enum value the plugin does not know still normalizes, and stays visible: in
        ``raw``, and in ``status_raw``/``kind_raw`` for the declared status and kind paths.

        Each path is tried on the examples that have it (an optional enum may be absent), and
        every other number of the payload is written back exactly as recorded.
        """
        if not self.enum_paths:
            pytest.fail(
                "declare enum_paths, or list this check in not_applicable with the reason "
                "(a vendor without enum values)"
            )
        tried = set()
        for body in self._bodies():
            for path in self.enum_paths:
                document = decode_exact(body)
                if not has_path(document, path):
                    continue
                tried.add(tuple(path))
                set_path(document, path, UNKNOWN_ENUM_VALUE)
                invoice = invoicekit.normalize(self.vendor, encode(document))
                self._check(invoice)
                assert UNKNOWN_ENUM_VALUE.encode() in bytes(invoice.raw)
                if path in self.status_paths:
                    assert invoice.status_raw == UNKNOWN_ENUM_VALUE, path_text(path)
                if path in self.kind_paths:
                    assert invoice.kind_raw == UNKNOWN_ENUM_VALUE, path_text(path)
        missing = [path_text(p) for p in self.enum_paths if tuple(p) not in tried]
        assert not missing, f"no example has the enum paths {missing}"

    def test_vendor_values_stay_visible(self) -> None:
        """Whenever the payload has a status or kind value, ``status_raw``/``kind_raw`` is set."""
        if not self.status_paths and not self.kind_paths:
            pytest.fail(
                "declare status_paths/kind_paths, or list this check in not_applicable with "
                "the reason (a vendor that sends neither)"
            )
        for body in self._bodies():
            document = msgspec.json.decode(body)
            invoice = invoicekit.normalize(self.vendor, body)
            for paths, name in ((self.status_paths, "status_raw"), (self.kind_paths, "kind_raw")):
                sent = [get_path(document, p) for p in paths]
                if any(value not in (None, "") for value in sent):
                    assert getattr(invoice, name) is not None, f"{name} is not set: {sent}"

    def test_scale_is_preserved(self) -> None:
        """No amount loses decimals the vendor wrote: ``12.50`` stays ``12.50``."""
        for body in self._bodies():
            invoice = invoicekit.normalize(self.vendor, body)
            problems = scale_problems(invoice, decode_exact(body))
            assert not problems, "; ".join(problems)

    def test_malformed_payloads_raise_normalization_error(self) -> None:
        """Bodies that are not an invoice raise `NormalizationError` naming the vendor."""
        for body in MALFORMED_PAYLOADS:
            with pytest.raises(invoicekit.NormalizationError) as caught:
                invoicekit.normalize(self.vendor, body)
            assert caught.value.vendor == self.vendor
            assert caught.value.path.startswith("$")

    def test_a_wrong_type_names_its_json_path(self) -> None:
        """A value of the wrong type (nested lists) fails with exactly its own JSON path.

        Tried at ``typed_paths`` (each must fail), or else at every value of each example,
        where a value the plugin ignores may pass but a failure must name the value's path.
        """
        failed = 0
        for body in self._bodies():
            paths = self.typed_paths or list(leaf_paths(decode_exact(body)))
            for path in paths:
                document = decode_exact(body)
                if not path or not has_path(document, path):
                    continue
                set_path(document, path, WRONG_TYPE)
                error = self._wrong_type_error(encode(document))
                if error is None:
                    assert self.typed_paths is None, f"{path_text(path)} took a wrong type"
                    continue
                failed += 1
                where = path_text(path)
                assert error.vendor == self.vendor
                # The value put there is nested lists: the error may lie inside it.
                inside = error.path == where or error.path.startswith((f"{where}[", f"{where}."))
                assert inside, f"{where} reported as {error}"
        assert failed, "no wrong type was noticed anywhere in the examples"

    def _wrong_type_error(self, body: bytes) -> invoicekit.NormalizationError | None:
        try:
            invoicekit.normalize(self.vendor, body)
        except invoicekit.NormalizationError as exc:
            return exc
        return None

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
