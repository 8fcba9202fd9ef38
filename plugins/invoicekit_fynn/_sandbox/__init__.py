"""A local fake of Fynn's invoice API (``specs/fynn/openapi.yaml``), served under ``/fynn``.

Each part is described in its module:

* `._routes`: `FynnSandbox` and its endpoints; `._auth`: the bearer key in front of them.
* `._listing`: the list's paging, order and filters (API Platform conventions), with no scan.
* `._errors` and `._params`: problem bodies, and the query parameters' ``violations``.
* `._files`: download links, signed and expiring, and the PDFs behind them.
* `._data`: each document's JSON, built from ``(seed, index)`` when a response needs it;
  `._runs` (billing runs: customer, type and status), `._customers`, `._positions`,
  `._catalog` and `._format` (how Fynn writes money, instants and ids).
"""

from ._auth import API_KEY
from ._routes import FynnSandbox
from ._runs import CUSTOMERS

__all__ = ["API_KEY", "CUSTOMERS", "FynnSandbox"]
