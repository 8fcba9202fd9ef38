"""A local fake of Daftra's api2 invoices, for tests and demos (``invoicekit sandbox``).

What it emulates (vendors.md §B, ``specs/daftra/openapi.yaml``), each part described in its
module. Routes, credential checks, query checks, page slicing and error bodies come from the
spec through `invoicekit.sandbox.SpecSandbox`; these modules hold Daftra's data and quirks:

* `._routes`: `DaftraSandbox`, its operations and the quirks of their paths.
* `._envelope`: the answers' envelope and the lists' ``pagination`` block.
* `._auth`: the API key, access tokens and OAuth app (one header at a time).
* `._params`: how CakePHP reads the list's paging, order and filters, and the 400 wording.
* `._documents`: credit notes and refund receipts.
* `._filters`: what each documented list filter keeps, lazily.
* `._web`: the PDF and preview links (the documented uncertainty).
* `._data`: the invoices, their amounts and payments, built from ``(seed, index)`` alone;
  `._facts` (what the filters test, cheap), `._clients` and `._catalog` (reference data).
"""

from ._auth import ACCESS_TOKEN, API_KEY
from ._data import SANDBOX_TODAY
from ._routes import DaftraSandbox

__all__ = ["ACCESS_TOKEN", "API_KEY", "SANDBOX_TODAY", "DaftraSandbox"]
