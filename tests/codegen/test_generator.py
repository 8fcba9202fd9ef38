"""The code generator on constructs real specs use (issue 10, items 5 and 6; issue 16, item 5).

`specs/acme` is a small Xero-like spec: `style: form, explode: false` arrays, acronym names
(`IDs`, `InvoiceID`), one inline enum used by two operations, a path that offers JSON and PDF,
error responses with two media types, and four kinds of security scheme.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import msgspec
import naming
import prepare
import pytest

from invoicekit._generated_types import File, UnsupportedMediaType

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(__file__).parent / "specs"


@pytest.fixture(scope="module")
def acme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The acme client, generated with the pinned generator into a temporary folder."""
    out = tmp_path_factory.mktemp("acme")
    subprocess.run(
        [sys.executable, "codegen/generate.py", "acme", "--specs", str(SPECS), "--output", out],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    sys.path.insert(0, str(out))
    yield out / "invoicekit_acme_client"
    sys.path.remove(str(out))
    for name in [m for m in sys.modules if m.startswith("invoicekit_acme_client")]:
        del sys.modules[name]


def _endpoint(name: str) -> ModuleType:
    return importlib.import_module(f"invoicekit_acme_client.api.invoices.{name}")


def _request(kwargs: dict[str, object]) -> httpx.Request:
    return httpx.Client(base_url="https://api.acme.example").build_request(**kwargs)  # type: ignore[arg-type]


def test_form_arrays_without_explode_are_sent_comma_joined(acme: Path) -> None:
    from invoicekit_acme_client.models import Statuses

    list_invoices = _endpoint("list_invoices")
    kwargs = list_invoices.build_request(
        ids=["a", "b"], statuses=[Statuses.DRAFT, Statuses.PAID], tags=["x", "y"]
    )
    request = _request(kwargs)
    assert request.url.params.get_list("IDs") == ["a,b"]
    assert request.url.params.get_list("Statuses") == ["DRAFT,PAID"]
    # explode: true (the default for form) keeps repeating the key.
    assert request.url.params.get_list("Tags") == ["x", "y"]


def test_acronyms_are_snake_cased_as_words(acme: Path) -> None:
    parameters = inspect.signature(_endpoint("list_invoices").build_request).parameters
    assert "ids" in parameters
    assert "i_ds" not in parameters
    first = next(iter(inspect.signature(_endpoint("get_invoice").build_request).parameters))
    assert first == "invoice_id"


def test_an_inline_parameter_enum_is_one_class_for_every_operation(acme: Path) -> None:
    models = importlib.import_module("invoicekit_acme_client.models")
    hints = [
        inspect.signature(_endpoint(name).build_request).parameters["order"].annotation
        for name in ("list_invoices", "get_invoice")
    ]
    assert hints[0] == hints[1]
    assert models.Order in hints[0].__args__
    assert not [name for name in dir(models) if name.endswith("Order") and name != "Order"]
    assert not (acme / "models" / "get_invoice_order.py").exists()


def test_every_media_type_of_a_response_is_kept(acme: Path) -> None:
    operation = _endpoint("get_invoice").OPERATION
    assert operation.responses["200"] == ("application/json", "application/pdf")
    assert operation.responses["404"] == ("application/json", "application/problem+json")
    assert operation.success_media_types == ("application/json", "application/pdf")


def test_the_request_sends_accept_and_can_ask_for_either_media_type(acme: Path) -> None:
    get_invoice = _endpoint("get_invoice")
    assert get_invoice.build_request("1")["headers"]["Accept"] == "application/json"
    pdf = get_invoice.build_request("1", accept="application/pdf")
    assert _request(pdf).headers["accept"] == "application/pdf"
    with pytest.raises(UnsupportedMediaType, match="get_invoice offers application/json"):
        get_invoice.build_request("1", accept="text/csv")


def test_the_parser_follows_the_content_type_it_got(acme: Path) -> None:
    get_invoice = _endpoint("get_invoice")
    as_json = httpx.Response(
        200,
        json={"InvoiceID": "1", "Total": "1.0000"},
        headers={"content-type": "application/json"},
    )
    invoice = get_invoice.parse_response(as_json)
    assert (invoice.invoice_id, str(invoice.total)) == ("1", "1.0000")
    as_pdf = httpx.Response(200, content=b"%PDF-1.7", headers={"content-type": "application/pdf"})
    document = get_invoice.parse_response(as_pdf)
    assert isinstance(document, File)
    assert document.payload.read() == b"%PDF-1.7"
    assert document.mime_type == "application/pdf"


def test_security_schemes_suggest_credential_sets(acme: Path) -> None:
    operations = importlib.import_module("invoicekit_acme_client.operations")
    suggested = {name: s.credentials for name, s in operations.SECURITY_SCHEMES.items()}
    assert suggested == {
        "bearer": ("token",),
        "tenantKey": ("api_key",),
        "login": ("username", "password"),
        "oauth": ("client_id", "client_secret", "username", "password"),
    }
    assert operations.SECURITY_SCHEMES["tenantKey"].parameter == "xero-tenant-id"


def test_models_that_name_each_other_decode(acme: Path) -> None:
    """Annotations are evaluated where the class is defined (msgspec then has no strings to
    compile when it builds a decoder), and quoted only within a cycle; both decode."""
    models = importlib.import_module("invoicekit_acme_client.models")
    body = (
        b'{"InvoiceID": "2", "Replaces": {"InvoiceID": "1"},'
        b' "CreditNotes": [{"CreditNoteID": "c", "Invoice": {"InvoiceID": "1"}}]}'
    )
    invoice = msgspec.json.decode(body, type=models.Invoice)
    assert invoice.replaces.invoice_id == "1"
    assert invoice.credit_notes[0].invoice.invoice_id == "1"
    assert not isinstance(models.InvoiceList.__annotations__["invoices"], str)


def test_only_models_and_request_builders_are_emitted(acme: Path) -> None:
    for stock in ("client.py", "errors.py", "types.py"):
        assert not (acme / stock).exists(), stock
    for module in acme.rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "attrs" not in text, module
        assert "def sync" not in text, module
        assert "def asyncio" not in text, module


def _committed_endpoints() -> list[ModuleType]:
    """Every endpoint module of this tree's generated clients."""
    modules = []
    for vendor in prepare.vendors():
        for item in prepare.load(vendor)["paths"].values():
            for method in prepare.HTTP_METHODS:
                if method in item:
                    operation = item[method]
                    name = "_".join(naming.snake_words(operation["operationId"])).lower()
                    tag = operation["tags"][0]
                    modules.append(
                        importlib.import_module(f"invoicekit_{vendor}_client.api.{tag}.{name}")
                    )
    return modules


@pytest.mark.parametrize("endpoint", _committed_endpoints(), ids=lambda m: m.__name__)
def test_the_query_table_names_the_builder_keywords_and_wire_names(endpoint: ModuleType) -> None:
    keywords = inspect.signature(endpoint.build_request).parameters
    for parameter in endpoint.OPERATION.query:
        assert parameter.python in keywords, parameter
        if parameter.enum or parameter.type != "string" or parameter.format:
            continue  # only plain strings can be passed without knowing the type
        params = endpoint.build_request(
            **{k: "x" for k, p in keywords.items() if p.default is p.empty},
            **{parameter.python: "1"},
        )["params"]
        assert params[parameter.wire] == "1"
