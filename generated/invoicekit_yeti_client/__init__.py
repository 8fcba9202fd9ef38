"""A client library for accessing Yeti-switch customer API

Models (`.models`), request builders (`.api.<tag>.<operation>.build_request`) and each
operation's contract (`.operations`). Requests are sent by invoicekit's own client.
"""
