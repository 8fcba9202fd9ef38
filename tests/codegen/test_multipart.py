"""Multipart request bodies from the generated builders (Daftra's token request)."""

from __future__ import annotations

import email.parser
import email.policy

import httpx
import msgspec

from invoicekit._generated_types import File, multipart_fields
from invoicekit_daftra_client.api.authorization import create_access_token
from invoicekit_daftra_client.models import TokenRequest


def _parts(request: httpx.Request) -> dict[str, str]:
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.read())
    return {
        part.get_param("name", header="content-disposition"): part.get_content()
        for part in message.iter_parts()
    }


def test_a_multipart_body_is_one_part_per_set_field_with_a_real_boundary() -> None:
    body = TokenRequest(client_id="c1", client_secret="s3cr3t", grant_type="password",
                        username="ana", password="pw", refresh_token=None)  # fmt: skip
    kwargs = create_access_token.build_request(body=body)
    request = httpx.Client(base_url="https://x.daftra.com").build_request(**kwargs)

    assert request.method == "POST"
    assert request.url.path == "/v2/oauth/token"
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert content_type != "multipart/form-data; boundary=+++"
    # refresh_token is null: left out, not sent as the text "None".
    assert _parts(request) == {
        "client_id": "c1", "client_secret": "s3cr3t", "grant_type": "password",
        "username": "ana", "password": "pw",
    }  # fmt: skip


def test_multipart_fields_use_wire_names_and_spell_values_as_forms_do() -> None:
    class Upload(msgspec.Struct, kw_only=True):
        note_id: int = msgspec.field(name="noteId")
        draft: bool
        tags: list[str]
        attachment: File | msgspec.UnsetType = msgspec.UNSET

    parts = multipart_fields(Upload(note_id=7, draft=True, tags=["a", "b"]))

    assert parts == [
        ("noteId", (None, "7")), ("draft", (None, "true")),
        ("tags", (None, "a")), ("tags", (None, "b")),
    ]  # fmt: skip
