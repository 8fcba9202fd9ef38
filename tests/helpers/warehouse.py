"""A dlt pipeline into DuckDB inside a test's temp dir, and what it loaded."""

import dlt
import duckdb


def pipeline(tmp_path):
    """A DuckDB pipeline whose folders and warehouse file live in ``tmp_path``."""
    return dlt.pipeline(
        pipeline_name="invoicekit_test",
        pipelines_dir=str(tmp_path / "pipelines"),
        destination=dlt.destinations.duckdb(str(tmp_path / "warehouse.duckdb")),
        dataset_name="billing",
    )


def rows(tmp_path, where="TRUE"):
    """The rows of ``billing.invoices`` matching ``where``, by id."""
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as db:
        cursor = db.execute(
            "SELECT id, gross, status, deleted, deleted_at, _dlt_load_id, vendor, account "
            f"FROM billing.invoices WHERE {where} ORDER BY id"
        )
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def loaded_ids(tmp_path, info):
    """The ids of the rows the load ``info`` reports wrote."""
    load_id = info.loads_ids[-1] if info.loads_ids else None
    return {r["id"] for r in rows(tmp_path) if r["_dlt_load_id"] == load_id}
