"""A local fake of Daftra's api2 invoices, for tests and demos (``invoicekit sandbox``).

What it emulates (vendors.md §B, ``specs/daftra/openapi.yaml``), each part described in its
module:

* `._routes`: `DaftraSandbox`, its paths and the answers' envelope.
* `._auth`: the API key or access token.
* `._errors`: the error bodies, with ``validation_errors`` on 400.
* `._params`: the list's paging and order, and how parameters are read.
* `._filters`: what each documented list filter keeps, lazily.
* `._web`: the PDF and preview links (the documented uncertainty).
* `._data`: the invoices, their amounts and payments, built from ``(seed, index)`` alone;
  `._facts` (what the filters test, cheap), `._clients` and `._catalog` (reference data).
"""

from ._auth import ACCESS_TOKEN, API_KEY
from ._data import SANDBOX_TODAY
from ._routes import DaftraSandbox

__all__ = ["ACCESS_TOKEN", "API_KEY", "SANDBOX_TODAY", "DaftraSandbox"]
