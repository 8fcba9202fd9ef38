"""A client library for accessing Daftra api2

Models (`.models`), request builders (`.api.<tag>.<operation>.build_request`) and each
operation's contract (`.operations`). Requests are sent by invoicekit's own client.
"""
