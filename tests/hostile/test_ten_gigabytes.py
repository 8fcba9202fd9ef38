"""A 10 GB body, declared or not, and one whose Content-Length lies: read up to the cap only.

The body is a lazy stream that would yield 10 GiB; it is never materialised. Peak memory is
measured by resetting the kernel's high-water mark (``/proc/self/clear_refs``) before the call.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from helpers.client import Driver, VendorCase

import invoicekit

pytestmark = pytest.mark.anyio

TEN_GIB = 10 * 1024**3
_CHUNK = 64 * 1024
_CAP = invoicekit.Limits(max_response_bytes=1024 * 1024)
#: What one capped call may add to the peak resident memory (the cap, a chunk, the allocator).
_MEMORY_BOUND = 16 * 1024 * 1024


class _TenGiB(httpx.SyncByteStream, httpx.AsyncByteStream):
    """10 GiB of spaces, produced one chunk at a time; counts what the client pulled."""

    def __init__(self) -> None:
        self.sent = 0
        self._chunk = b" " * _CHUNK

    def _more(self) -> bool:
        return self.sent < TEN_GIB

    def __iter__(self) -> Iterator[bytes]:
        while self._more():
            self.sent += _CHUNK
            yield self._chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while self._more():
            self.sent += _CHUNK
            yield self._chunk


def _kib(field: str) -> int:
    status = Path("/proc/self/status").read_text()
    found = re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE)
    assert found, field
    return int(found.group(1)) * 1024


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
    except OSError:
        return False
    return True


@pytest.mark.parametrize(
    "declared", [str(TEN_GIB), None, "100"], ids=["declared", "chunked", "lie"]
)
async def test_a_ten_gib_body_stops_at_the_cap_in_bounded_memory(
    driver: Driver, case: VendorCase, declared: str | None
) -> None:
    if not Path("/proc/self/status").exists():
        pytest.skip("needs Linux /proc to measure memory")
    stream = _TenGiB()

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": case.media_type}
        if declared is not None:
            headers["content-length"] = declared
        return httpx.Response(200, stream=stream, headers=headers)

    measured = _reset_peak()
    before = _kib("VmRSS")
    with pytest.raises(invoicekit.TransportError, match="limit"):
        await driver.run("get_invoice", handler, case.invoice_id, limits=_CAP)
    peak_delta = _kib("VmHWM") - before
    if declared == str(TEN_GIB):
        assert stream.sent == 0  # refused on the announced size, before reading
    else:
        assert stream.sent <= _CAP.max_response_bytes + 2 * _CHUNK
    if measured:
        assert peak_delta < _MEMORY_BOUND, f"peak RSS grew by {peak_delta / 2**20:.1f} MiB"
