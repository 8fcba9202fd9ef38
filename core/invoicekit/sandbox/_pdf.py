"""A tiny, valid one-page PDF, so sandboxes can serve invoice downloads without a PDF library."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["minimal_pdf"]


def _escape(text: str) -> str:
    # PDF literal strings escape backslash and parentheses; Helvetica here covers Latin-1 only.
    text = text.encode("latin-1", "replace").decode("latin-1")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def minimal_pdf(lines: Sequence[str], attachments: Mapping[str, bytes] | None = None) -> bytes:
    """A one-page A4 PDF showing ``lines`` of text (Latin-1; other characters become ``?``).

    Deterministic (no dates, no ids), starts with ``%PDF-`` and has a correct cross-reference
    table, so PDF readers and invoicekit's PDF checks accept it. ``attachments`` (file name →
    bytes, names in ASCII) are embedded files, as a ZUGFeRD PDF attaches its XML (``/AF``
    with relationship ``Data``; the PDF is not PDF/A, which a sandbox needs no more than
    the attachment).
    """
    text = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        text.append(f"({_escape(line)}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if attachments:
        objects[0] = _attach(objects, attachments)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _attach(objects: list[bytes], attachments: Mapping[str, bytes]) -> bytes:
    """Append each attachment's file and file specification; the catalog that lists them."""
    names, specs = [], []
    for name, content in sorted(attachments.items()):
        objects.append(
            b"<< /Type /EmbeddedFile /Subtype /text#2Fxml /Length %d >>\nstream\n%s\nendstream"
            % (len(content), content)
        )
        label = _escape(name).encode("latin-1")
        objects.append(
            b"<< /Type /Filespec /F (%s) /UF (%s) /AFRelationship /Data /EF << /F %d 0 R >> >>"
            % (label, label, len(objects))
        )
        names.append(b"(%s) %d 0 R" % (label, len(objects)))
        specs.append(b"%d 0 R" % len(objects))
    return (
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [%s] >> >> /AF [%s] >>"
        % (
            b" ".join(names),
            b" ".join(specs),
        )
    )
