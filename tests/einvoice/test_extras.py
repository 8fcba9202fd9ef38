"""The e-invoice extras stay out of ``import invoicekit``; errors and defaults behave."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.einvoice import EXAMPLES, complete_invoice

from invoicekit.einvoice import EInvoiceError, MissingBusinessTerms, to_xml, validate


def test_import_invoicekit_loads_no_einvoice_library() -> None:
    code = (
        "import sys, invoicekit; invoicekit.vendors(); "
        "print(sorted(m for m in ('facturx', 'lxml', 'saxonche', 'pypdf', 'invoicekit.einvoice')"
        " if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_missing_business_terms_survive_pickling() -> None:
    with pytest.raises(MissingBusinessTerms) as caught:
        to_xml(complete_invoice(number=None, issue_date=None), "ubl")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert copy.terms == ("BT-1", "BT-2")
    assert str(copy) == str(caught.value)


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_the_shipped_rules_are_the_default(syntax: str) -> None:
    report = validate(to_xml(complete_invoice(), syntax))  # type: ignore[arg-type]
    assert report.rules is not None
    assert "facturx" in report.rules
    assert report.ok, report.fatal


def test_a_missing_rule_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(EInvoiceError, match="no rule file"):
        validate(EXAMPLES[0].read_bytes(), tmp_path / "nope.xslt")
