"""The version of invoicekit.

A literal, as httpx keeps its own: reading it from the installed distribution's metadata
(`importlib.metadata`) cost every `import invoicekit` more than the rest of the import.
`tests/core/test_public_api.py` checks that it matches pyproject.toml and the installed metadata.
"""

__version__ = "0.1.0"
