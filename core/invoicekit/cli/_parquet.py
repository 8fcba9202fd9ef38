"""``invoicekit export --format parquet``: typed columns through pyarrow (``invoicekit[parquet]``).

Amounts are exact: every amount column is ``decimal128(38, 12)``. A value is rescaled to 12
decimal places without loss (``120.00`` is stored as ``120.000000000000``, the same number);
invoicekit's bounds (docs/reliability.md) keep amounts within 18 integer digits and far fewer
than 12 decimal places, and a value that could not be stored exactly stops the export with an
error instead of being rounded. The vendor's own scale ("120.00") is kept in JSON Lines and
CSV. Dates are ``date32``, instants ``timestamp[us, UTC]``, counts ``int64``, the rest strings.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO

from invoicekit.model import Invoice

from ._errors import CliError
from ._fields import COLUMNS, ColumnKind, Value

if TYPE_CHECKING:
    from collections.abc import Callable

    # Spelled out rather than imported from ._writers, which imports this module.
    Write = Callable[[Invoice], None]

__all__ = ["AMOUNT_PRECISION", "AMOUNT_SCALE", "parquet_writer", "require_pyarrow"]

#: Digits of every amount column, and how many of them follow the decimal point.
AMOUNT_PRECISION = 38
AMOUNT_SCALE = 12
#: Invoices per Parquet row group written at a time: memory stays flat on long exports.
_BATCH = 2000
_QUANTUM = Decimal(1).scaleb(-AMOUNT_SCALE)


def require_pyarrow() -> Any:
    """The ``pyarrow`` module, or a `CliError` saying which extra to install."""
    try:
        import pyarrow  # noqa: PLC0415 - an optional extra, loaded only for this format
    except ImportError:
        raise CliError(
            "--format parquet needs pyarrow: pip install 'invoicekit[parquet]'"
        ) from None
    return pyarrow


def _arrow_type(pa: Any, kind: ColumnKind) -> Any:
    return {
        "text": pa.string(),
        "count": pa.int64(),
        "date": pa.date32(),
        "amount": pa.decimal128(AMOUNT_PRECISION, AMOUNT_SCALE),
        "instant": pa.timestamp("us", tz="UTC"),
    }[kind]


def _exact(invoice: Invoice, column: str, value: Value) -> Value:
    """``value`` if its column type holds it exactly; else a `CliError` (never rounding)."""
    if isinstance(value, Decimal) and value.quantize(_QUANTUM) != value:
        raise CliError(
            f"{invoice.vendor}: invoice {invoice.id}: {column} {value} has more than "
            f"{AMOUNT_SCALE} decimal places, which a Parquet decimal128({AMOUNT_PRECISION}, "
            f"{AMOUNT_SCALE}) column cannot hold exactly; export it as jsonl or csv"
        )
    return value


@contextlib.contextmanager
def parquet_writer(stream: BinaryIO, columns: Sequence[str]) -> Iterator[Write]:
    """A Parquet file of ``columns``, written in row groups of a few thousand invoices."""
    pa = require_pyarrow()
    import pyarrow.parquet as pq  # noqa: PLC0415 - as above

    picked = [COLUMNS[name] for name in columns]
    schema = pa.schema(
        [pa.field(column.name, _arrow_type(pa, column.kind)) for column in picked],
        metadata={"invoicekit.amounts": f"decimal128({AMOUNT_PRECISION}, {AMOUNT_SCALE}), exact"},
    )
    pending: list[list[Value]] = [[] for _ in picked]

    with pq.ParquetWriter(stream, schema) as out:

        def flush() -> None:
            if pending[0]:
                out.write_batch(pa.record_batch(pending, schema=schema))
                for values in pending:
                    values.clear()

        def write(invoice: Invoice) -> None:
            for values, column in zip(pending, picked, strict=True):
                values.append(_exact(invoice, column.name, column.read(invoice)))
            if len(pending[0]) >= _BATCH:
                flush()

        yield write
        flush()
