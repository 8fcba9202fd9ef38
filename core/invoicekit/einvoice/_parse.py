"""The hardened XML parser every e-invoice goes through before anything reads it.

What it refuses, each with a `invoicekit.NormalizationError`:

* any document type declaration (``<!DOCTYPE``): no entity can be declared, so neither an entity
  bomb ("billion laughs") nor an external entity (XXE) can exist; no e-invoice syntax uses one;
* more than `MAX_BYTES` bytes, before parsing;
* elements nested deeper than `MAX_DEPTH` (EN 16931 documents are under 15 deep);
* libxml2's own limits stay on (``huge_tree=False``: no text node over 10 MB), the network is
  off, and no DTD is loaded.
"""

from __future__ import annotations

import io
from typing import Any

from lxml import etree

from invoicekit.errors import NormalizationError

__all__ = ["MAX_BYTES", "MAX_DEPTH", "hardened_parser", "parse_document"]

#: The largest document accepted, in bytes (attachments embedded in base64 included).
MAX_BYTES = 50 * 1024 * 1024
#: The deepest element nesting accepted.
MAX_DEPTH = 64


_SETTINGS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
}


def hardened_parser() -> Any:
    """An lxml parser with entities, DTDs and the network off (for documents already checked)."""
    return etree.XMLParser(**_SETTINGS)


def parse_document(document: bytes, *, source: str) -> Any:
    """Parse ``document`` into an lxml element, refusing anything hostile.

    ``source`` names what is read (``"ubl"``, ``"cii"``...) in the `NormalizationError`.
    """
    if not isinstance(document, bytes | bytearray | memoryview):
        raise TypeError(f"the document must be bytes, got {type(document).__name__}")
    data = bytes(document)
    if len(data) > MAX_BYTES:
        raise NormalizationError(
            source, "$", f"the document has {len(data)} bytes, more than the {MAX_BYTES} accepted"
        )
    depth = 0
    root: Any = None
    try:
        # iterparse builds the tree as it goes, so the depth is checked while parsing.
        for event, element in etree.iterparse(
            io.BytesIO(data), events=("start", "end"), **_SETTINGS
        ):
            if event == "start":
                depth += 1
                if depth > MAX_DEPTH:
                    raise NormalizationError(
                        source, "$", f"elements nest deeper than {MAX_DEPTH} levels"
                    )
                if root is None:
                    root = element
                    _refuse_dtd(root, source)
            else:
                depth -= 1
    except etree.XMLSyntaxError as exc:
        raise NormalizationError(source, "$", f"not well-formed XML: {exc}") from exc
    if root is None:  # pragma: no cover - iterparse raises on an empty document
        raise NormalizationError(source, "$", "the document is empty")
    return root


def _refuse_dtd(root: Any, source: str) -> None:
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise NormalizationError(
            source,
            "$",
            "the document declares a DTD; e-invoices have none, and entities are refused",
        )
