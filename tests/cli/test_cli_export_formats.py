"""``invoicekit export``: --fields, --no-raw, period columns, Parquet, CSV formula safety and the
progress total, through the fake vendor's and the real vendors' sandboxes."""

import csv
import io
import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import msgspec
import pytest
from helpers.cli_runner import Run, one_error_line

import invoicekit
from invoicekit.cli import _export, _fields, _parquet
from invoicekit.cli._errors import CliError
from invoicekit.cli._fields import COLUMNS, DEFAULT_COLUMNS, Column
from invoicekit.cli._writers import FORMULA_PREFIXES, csv_writer, neutralize
from invoicekit.flows import Page

PAYLOADS = Path(__file__).parents[1] / "payloads"


def lines_of(stdout: bytes) -> list[invoicekit.Invoice]:
    return [invoicekit.from_json(line) for line in stdout.splitlines()]


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_a_yeti_csv_has_its_period_dates(run: Run) -> None:
    result = run("export", "yeti", "--sandbox", "--format", "csv", "--limit", "20")
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    listed = lines_of(run("list", "yeti", "--sandbox", "--limit", "20").stdout_bytes)
    assert len(rows) == 20
    for row, invoice in zip(rows, listed, strict=True):
        assert invoice.period_start is not None
        assert row["period_start"] == invoice.period_start.isoformat()
        assert row["period_end"] == str(invoice.period_end)
        assert date.fromisoformat(row["period_start"]) <= date.fromisoformat(row["period_end"])


def test_fields_choose_and_order_the_csv_columns(run: Run) -> None:
    args = ["--format", "csv", "--fields", "gross,id", "--fields", "currency", "--limit", "5"]
    result = run("export", "acme", "--sandbox", *args)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "gross,id,currency"
    listed = lines_of(run("list", "acme", "--sandbox", "--limit", "5").stdout_bytes)
    assert lines[1:] == [f"{i.totals.gross},{i.id},{i.currency}" for i in listed]


@pytest.mark.parametrize(
    ("output_format", "fields", "listed"),
    [("csv", "id,colour", "vendor, id, number"), ("jsonl", "id,gross", "vendor, id, number")],
)
def test_an_unknown_field_lists_the_valid_ones(
    run: Run, output_format: str, fields: str, listed: str
) -> None:
    result = run("export", "acme", "--sandbox", "--format", output_format, "--fields", fields)
    assert result.exit_code == 2
    assert "unknown" in result.stderr
    assert listed in result.stderr
    assert result.stdout == ""


def test_jsonl_fields_pick_top_level_fields(run: Run) -> None:
    result = run("export", "acme", "--sandbox", "--fields", "id,totals", "--limit", "3")
    assert result.exit_code == 0, result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    listed = lines_of(run("list", "acme", "--sandbox", "--limit", "3").stdout_bytes)
    assert [list(document) for document in documents] == [["id", "totals"]] * 3
    for document, invoice in zip(documents, listed, strict=True):
        assert document["id"] == invoice.id
        assert Decimal(document["totals"]["gross"]) == invoice.totals.gross
        assert document["totals"]["gross"] == format(invoice.totals.gross, "f")


def test_no_raw_drops_the_payload_and_still_decodes(run: Run) -> None:
    full = run("export", "fynn", "--sandbox", "--limit", "30")
    lean = run("export", "fynn", "--sandbox", "--limit", "30", "--no-raw")
    assert full.exit_code == lean.exit_code == 0, lean.stderr
    whole, slim = lines_of(full.stdout_bytes), lines_of(lean.stdout_bytes)
    assert len(slim) == 30
    for a, b in zip(whole, slim, strict=True):
        assert b.raw_json() is None
        assert msgspec.structs.replace(a, raw=msgspec.Raw(b"null")) == b
    assert len(lean.stdout_bytes) < len(full.stdout_bytes) / 2


def test_parquet_has_typed_exact_columns(run: Run, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "daftra.parquet"
    result = run("export", "daftra", "--sandbox", "--format", "parquet", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(target)
    assert table.column_names == list(DEFAULT_COLUMNS)
    assert str(table.schema.field("gross").type) == "decimal128(38, 12)"
    assert str(table.schema.field("issue_date").type) == "date32[day]"
    listed = lines_of(run("list", "daftra", "--sandbox").stdout_bytes)
    assert table.num_rows == len(listed) > 0
    rows = table.to_pylist()
    for row, invoice in zip(rows, listed, strict=True):
        assert row["id"] == invoice.id
        for name in ("net", "tax", "gross", "paid", "due"):
            assert row[name] == getattr(invoice.totals, name)  # Decimal == Decimal, exact
        assert row["issue_date"] == invoice.issue_date
    assert table.schema.metadata[b"invoicekit.amounts"] == b"decimal128(38, 12), exact"


def test_parquet_fields_and_instants(run: Run, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "fynn.parquet"
    fields = "id,created_at,line_count,gross"
    args = ["--format", "parquet", "--fields", fields, "--limit", "7", "-o", str(target)]
    result = run("export", "fynn", "--sandbox", *args)
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(target)
    assert table.column_names == fields.split(",")
    assert str(table.schema.field("created_at").type) == "timestamp[us, tz=UTC]"
    listed = lines_of(run("list", "fynn", "--sandbox", "--limit", "7").stdout_bytes)
    assert table.column("created_at").to_pylist() == [i.created_at for i in listed]
    assert table.column("line_count").to_pylist() == [len(i.lines) for i in listed]


def test_parquet_without_pyarrow_says_which_extra(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    target = tmp_path / "out.parquet"
    result = run("export", "acme", "--sandbox", "--format", "parquet", "-o", str(target))
    assert result.exit_code == 1
    assert one_error_line(result) == (
        "--format parquet needs pyarrow: pip install 'invoicekit[parquet]'"
    )
    assert list(tmp_path.iterdir()) == []


def test_parquet_refuses_to_round() -> None:
    pytest.importorskip("pyarrow")
    body = (PAYLOADS / "fynn" / "seed_invoice.json").read_bytes()
    invoice = invoicekit.normalize("fynn", body)
    fine = msgspec.structs.replace(
        invoice, totals=msgspec.structs.replace(invoice.totals, gross=Decimal("1.123456789012"))
    )
    fussy = msgspec.structs.replace(
        invoice, totals=msgspec.structs.replace(invoice.totals, gross=Decimal("1.1234567890123"))
    )
    stream = io.BytesIO()
    with _parquet.parquet_writer(stream, ["gross"]) as write:
        write(fine)
        with pytest.raises(CliError, match=r"gross 1\.1234567890123 has more than 12 decimal"):
            write(fussy)


def test_csv_neutralizes_formulas_in_text_only() -> None:
    body = (PAYLOADS / "fynn" / "seed_invoice.json").read_bytes()
    invoice = invoicekit.normalize("fynn", body)
    assert invoice.buyer is not None
    names = ['=HYPERLINK("http://x")', "+49 30 1234", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "Acme"]
    invoices = [
        msgspec.structs.replace(
            invoice,
            buyer=msgspec.structs.replace(invoice.buyer, name=name),
            totals=msgspec.structs.replace(invoice.totals, gross=Decimal("-12.50")),
            number=f"-{index}",
        )
        for index, name in enumerate(names)
    ]
    stream = io.BytesIO()
    with csv_writer(stream, ["number", "buyer_name", "gross"]) as write:
        for item in invoices:
            write(item)
    rows = csv_rows(stream.getvalue().decode())
    assert [row["buyer_name"] for row in rows] == [
        '\'=HYPERLINK("http://x")',
        "'+49 30 1234",
        "'-2+3",
        "'@SUM(A1)",
        "'\tTab",
        "'\rCR",
        "Acme",
    ]
    assert [row["number"] for row in rows] == [f"'-{i}" for i in range(len(names))]
    assert {row["gross"] for row in rows} == {"-12.50"}  # an amount stays a number
    assert all(neutralize(f"{prefix}x") == f"'{prefix}x" for prefix in FORMULA_PREFIXES)
    assert neutralize("x=1") == "x=1"


def test_every_column_reads_a_real_invoice() -> None:
    for vendor, name in [("daftra", "full_invoice.json"), ("yeti", "invoice_with_account.json")]:
        invoice = invoicekit.normalize(vendor, (PAYLOADS / vendor / name).read_bytes())
        stream = io.BytesIO()
        with csv_writer(stream, list(COLUMNS)) as write:
            write(invoice)
        (row,) = csv_rows(stream.getvalue().decode())
        assert row["id"] == invoice.id
        assert row["line_count"] == str(len(invoice.lines))
        assert row["net"] == ("" if invoice.totals.net is None else format(invoice.totals.net, "f"))


def test_the_vendor_count_becomes_the_total() -> None:
    class Seen(_export.Progress):
        def __init__(self) -> None:
            self.total: int | None = None
            self.count = 0

        def advance(self) -> None:
            self.count += 1

        def set_total(self, total: int) -> None:
            self.total = total

    pages = [Page(["a", "b"], total=5), Page(["c", "d"], total=5), Page(["e"], total=5)]  # type: ignore[list-item]
    report = Seen()
    assert list(_export.counted(pages, None, report)) == ["a", "b", "c", "d", "e"]
    assert report.total == 5
    limited = Seen()
    asked = []

    def lazy() -> object:
        for page in pages:
            asked.append(page)
            yield page

    assert list(_export.counted(lazy(), 2, limited)) == ["a", "b"]  # type: ignore[arg-type]
    assert limited.total == 2
    assert len(asked) == 1  # the limit stops before another page is fetched
    untold = Seen()
    list(_export.counted([Page(["a"])], None, untold))  # type: ignore[list-item]
    assert untold.total is None


def test_the_bar_shows_the_vendors_total(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    screen = io.StringIO()
    monkeypatch.setattr(
        _export, "make_console", lambda stderr: Console(file=screen, force_terminal=True, width=100)
    )
    monkeypatch.setattr("invoicekit.cli._export_command.show_progress", lambda output: True)
    result = run("export", "acme", "--sandbox", "--page-size", "50")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 200
    assert "200/200" in screen.getvalue()
    assert "left" in screen.getvalue()


def test_parquet_to_a_pipe(run: Run) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    result = run("export", "acme", "--sandbox", "--format", "parquet", "--limit", "9")
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(io.BytesIO(result.stdout_bytes))
    assert table.column("number").to_pylist() == [f"ACME-{i:06d}" for i in range(1, 10)]


def test_csv_formulas_can_be_kept_for_programs(run: Run) -> None:
    body = (PAYLOADS / "fynn" / "seed_invoice.json").read_bytes()
    invoice = invoicekit.normalize("fynn", body)
    assert invoice.buyer is not None
    hostile = msgspec.structs.replace(
        invoice, buyer=msgspec.structs.replace(invoice.buyer, name="=1+2")
    )
    stream = io.BytesIO()
    with csv_writer(stream, ["buyer_name"], neutralize_formulas=False) as write:
        write(hostile)
    assert csv_rows(stream.getvalue().decode()) == [{"buyer_name": "=1+2"}]


def test_the_csv_formulas_option(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    # Acme's sandbox has no formula-like text: give its numbers a leading "=" for this test.
    monkeypatch.setitem(
        _fields.COLUMNS, "number", Column("number", "text", lambda invoice: f"={invoice.number}")
    )
    args = ["--format", "csv", "--fields", "id,number", "--limit", "2"]
    kept = run("export", "acme", "--sandbox", *args, "--csv-formulas", "keep")
    default = run("export", "acme", "--sandbox", *args)
    assert kept.exit_code == default.exit_code == 0, kept.stderr
    assert [row["number"] for row in csv_rows(kept.stdout)] == ["=ACME-000001", "=ACME-000002"]
    assert [row["number"] for row in csv_rows(default.stdout)] == ["'=ACME-000001", "'=ACME-000002"]
    bad = run("export", "acme", "--sandbox", *args, "--csv-formulas", "maybe")
    assert bad.exit_code == 2
