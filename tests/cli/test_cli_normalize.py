"""``invoicekit normalize``: a saved response body in, the normalized invoice out."""

from pathlib import Path

import pytest
from helpers.cli_runner import Run, one_error_line
from helpers.fake_sandbox import ACME_KEY, AcmeSandbox

import invoicekit
from invoicekit.sandbox import SandboxRequest

PAYLOADS = Path(__file__).parents[1] / "payloads"


def acme_body(index: int = 3) -> bytes:
    sandbox = AcmeSandbox(size=10, seed=0)
    request = SandboxRequest(
        "GET", f"/invoices/{sandbox.invoice_ids()[index]}", headers={"x-api-key": ACME_KEY}
    )
    return sandbox.handle(request).body


def test_from_a_file(run: Run, tmp_path: Path) -> None:
    body = acme_body()
    (tmp_path / "invoice.json").write_bytes(body)
    result = run("normalize", "acme", str(tmp_path / "invoice.json"))
    assert result.exit_code == 0
    assert result.stdout_bytes == invoicekit.to_json(invoicekit.normalize("acme", body)) + b"\n"
    assert result.stderr == ""


def test_from_stdin(run: Run) -> None:
    body = acme_body(7)
    result = run("normalize", "acme", "-", input=body)
    assert result.exit_code == 0
    invoice = invoicekit.from_json(result.stdout_bytes)
    assert invoice == invoicekit.normalize("acme", body)
    assert invoice.totals.gross is not None


def test_the_document_is_exactly_to_json(run: Run) -> None:
    import msgspec

    pretty = msgspec.json.format(acme_body(), indent=2)
    result = run("normalize", "acme", "-", input=pretty)
    assert result.exit_code == 0
    # The vendor's payload is kept byte for byte, its line breaks too.
    assert result.stdout_bytes == invoicekit.to_json(invoicekit.normalize("acme", pretty)) + b"\n"


def test_a_missing_file_is_one_line(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    result = run("normalize", "acme", str(missing))
    assert result.exit_code == 1
    assert one_error_line(result) == f"{missing}: No such file or directory"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "acme: invalid invoice payload at $: "),
        (
            b'{"data": {"id": 5}}',
            "acme: invalid invoice payload at $.id: Expected `str`, got `int`",
        ),
    ],
)
def test_an_invalid_payload_is_one_line(run: Run, body: bytes, message: str) -> None:
    result = run("normalize", "acme", "-", input=body)
    assert result.exit_code == 1
    assert one_error_line(result).startswith(message)


def test_a_built_in_vendor_behaves_like_the_library(run: Run) -> None:
    """The Daftra seed payload: the CLI prints what `invoicekit.normalize` returns, or its error
    as one line, whichever state the Daftra plugin is in."""
    body = (PAYLOADS / "daftra" / "seed_invoice.json").read_bytes()
    result = run("normalize", "daftra", str(PAYLOADS / "daftra" / "seed_invoice.json"))
    try:
        expected = invoicekit.normalize("daftra", body)
    except (invoicekit.InvoiceKitError, NotImplementedError) as exc:
        error: Exception | None = exc
    else:
        error = None
    if error is not None:
        assert result.exit_code == 1
        assert one_error_line(result) == " ".join(str(error).split())
    else:
        assert result.exit_code == 0, result.stderr
        assert result.stdout_bytes == invoicekit.to_json(expected) + b"\n"
