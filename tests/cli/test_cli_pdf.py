"""``invoicekit pdf``: the PDF of an invoice, from the fake vendor's and Fynn's sandboxes."""

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.cli_runner import Run, one_error_line

from invoicekit.sandbox import UuidIds


@pytest.fixture
def umask_027() -> Iterator[None]:
    previous = os.umask(0o027)
    yield
    os.umask(previous)


def test_pdf_to_a_file_gets_the_umask_mode(run: Run, tmp_path: Path, umask_027: None) -> None:
    target = tmp_path / "invoice.pdf"
    result = run("pdf", "acme", UuidIds(0, "acme", 200)[4], "--sandbox", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert (result.stdout, result.stderr) == ("", "")
    document = target.read_bytes()
    assert document.startswith(b"%PDF-")
    assert b"ACME-000005" in document
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [path.name for path in tmp_path.iterdir()] == ["invoice.pdf"]


def test_pdf_replacing_a_file_keeps_its_mode(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "invoice.pdf"
    target.write_bytes(b"old")
    target.chmod(0o604)
    result = run("pdf", "acme", UuidIds(0, "acme", 200)[0], "--sandbox", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o604


def test_pdf_to_stdout_when_piped(run: Run) -> None:
    result = run("pdf", "acme", UuidIds(0, "acme", 200)[1], "--sandbox")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"%PDF-")
    assert b"ACME-000002" in result.stdout_bytes


def test_pdf_of_a_real_vendor_sandbox(run: Run, tmp_path: Path) -> None:
    listed = run("list", "fynn", "--sandbox", "--limit", "1")
    assert listed.exit_code == 0, listed.stderr
    invoice_id = json.loads(listed.stdout)["id"]
    target = tmp_path / "fynn.pdf"
    result = run("pdf", "fynn", invoice_id, "--sandbox", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")


def test_an_unknown_invoice_leaves_the_file_alone(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "invoice.pdf"
    target.write_bytes(b"previous")
    result = run("pdf", "acme", "no-such-id", "--sandbox", "--retries", "0", "-o", str(target))
    assert result.exit_code == 1
    assert "returned HTTP 404" in one_error_line(result)
    assert target.read_bytes() == b"previous"
    assert [path.name for path in tmp_path.iterdir()] == ["invoice.pdf"]


def test_a_vendor_without_pdfs_is_one_line(run: Run, tmp_path: Path) -> None:
    result = run("pdf", "plain", "1", "--url", "http://127.0.0.1:9", "-o", str(tmp_path / "x"))
    assert result.exit_code == 1
    assert one_error_line(result) == "plain does not support invoice PDFs"
    assert list(tmp_path.iterdir()) == []


def test_a_missing_directory_is_named_in_the_error(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "invoice.pdf"
    result = run("pdf", "acme", UuidIds(0, "acme", 200)[0], "--sandbox", "-o", str(target))
    assert result.exit_code == 1
    message = one_error_line(result)
    assert message.startswith(f"{target}: ")
    assert ".partial" not in message
