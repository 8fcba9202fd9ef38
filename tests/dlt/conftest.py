"""dlt runs offline and inside the test's temp dir: no telemetry, no ~/.dlt."""

import os

import pytest

# Set at import, before dlt reads its configuration: the suite never reaches the internet.
os.environ["RUNTIME__DLTHUB_TELEMETRY"] = "false"


@pytest.fixture(autouse=True)
def dlt_dirs(tmp_path, monkeypatch):
    """dlt's data and project folders live in the test's temp dir."""
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt-data"))
    monkeypatch.setenv("DLT_PROJECT_DIR", str(tmp_path / "dlt-project"))
