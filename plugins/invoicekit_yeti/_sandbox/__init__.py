"""A local fake of the Yeti-switch customer API v1 (yeti-web on jsonapi-resources 0.9.12).

Served below the sandbox prefix (``http://127.0.0.1:8765/yeti``) with yeti-web's paths, JWT
and cookie authentication, JSON:API documents, ransack filters, paging and errors, over
deterministic data of any size that is generated only when requested. Each part is described
in its module:

* `._routes`: `YetiSandbox`, its routes built from the spec (`invoicekit.sandbox.SpecSandbox`).
* `._contract`: what else is read from the spec (attributes, include paths, page sizes).
* `._auth`: the login (a real HS256 JWT, or a session cookie) and the check on every route.
* `._params`: the query string, as jsonapi-resources' ``RequestParser`` reads it.
* `._filters`: ransack's filters and the sort, lazy where they can be.
* `._resources`: the JSON:API resources and documents, and the PDF.
* `._mutations`: created, changed and deleted invoices (`invoicekit.sandbox.MutableSandbox`).
* `._errors`: the JSON:API error documents.
* `._data` and `._schedule`: the customer's accounts and invoices, and when each invoice falls.
* `._ruby`: the Ruby and Rails behaviours copied (``BigDecimal#to_s``, ``Hash#to_query``...).
"""

from ._auth import LOGIN, PASSWORD
from ._filters import FILTERS
from ._resources import API
from ._routes import YetiSandbox

__all__ = ["API", "FILTERS", "LOGIN", "PASSWORD", "YetiSandbox"]
