"""The version of the installed invoicekit distribution."""

import importlib.metadata

try:
    __version__ = importlib.metadata.version("invoicekit")
except importlib.metadata.PackageNotFoundError:  # imported from a source tree, not installed
    __version__ = "0+unknown"
