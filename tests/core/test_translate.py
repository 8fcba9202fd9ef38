"""A plugin bug is not a bad payload (issue 10 item 11): what mapping code raises is told apart.

A misspelt attribute of a generated model, an undefined name or a call with the wrong arguments
fails whatever the payload: `PluginError`, naming the plugin module and line. What a payload
can cause (a missing key, ``None + 1``) stays a `NormalizationError` at ``$``, naming the line
as well. Both hold for `normalized` (`invoicekit.normalize`) and for `advance` (the clients).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import msgspec
import pytest

import invoicekit
from invoicekit import NormalizationError, PluginError
from invoicekit._translate import advance, normalized
from invoicekit.sandbox import SandboxServer
from invoicekit_fynn import _mapping as fynn_mapping

PAYLOADS = Path(__file__).resolve().parents[1] / "payloads"

#: The module name the mapping code below runs under, as a plugin's would.
PLUGIN_MODULE = "invoicekit_acme._mapping"

_SOURCE = textwrap.dedent(
    """
    import msgspec


    class Model(msgspec.Struct):
        total: str


    def attribute_typo(body):
        return msgspec.json.decode(body, type=Model).totl


    def undefined_name(body):
        return totl


    def wrong_arguments(body):
        return Model(total="1", currency="EUR")


    def missing_argument(body):
        return int.from_bytes()


    def missing_key(body):
        return msgspec.json.decode(body)["total"]


    def none_arithmetic(body):
        return msgspec.json.decode(body)["total"] + 1


    def none_attribute(body):
        return msgspec.json.decode(body)["total"].strip()
    """
)


def _mapping(name: str) -> tuple[Callable[[bytes], Any], int]:
    """The function ``name`` of a module named `PLUGIN_MODULE`, and the line that raises."""
    namespace: dict[str, Any] = {"__name__": PLUGIN_MODULE}
    exec(compile(_SOURCE, f"<{PLUGIN_MODULE}>", "exec"), namespace)
    lines = _SOURCE.splitlines()
    line = lines.index(f"def {name}(body):") + 2
    return namespace[name], line


BUGS = ["attribute_typo", "undefined_name", "wrong_arguments", "missing_argument"]
PAYLOAD_PROBLEMS = [
    ("missing_key", b"{}", KeyError),
    ("none_arithmetic", b'{"total": null}', TypeError),
    ("none_attribute", b'{"total": null}', AttributeError),
]


@pytest.mark.parametrize("name", BUGS)
def test_a_bug_in_mapping_code_is_a_plugin_error_naming_module_and_line(name: str) -> None:
    mapping, line = _mapping(name)
    with pytest.raises(PluginError) as caught:
        normalized("acme", mapping, b'{"total": "1"}')
    error = caught.value
    assert not isinstance(error, NormalizationError)
    assert (error.vendor, error.plugin) == ("acme", PLUGIN_MODULE)
    assert f"at {PLUGIN_MODULE} line {line}" in str(error)
    assert "not a bad payload" in str(error)
    assert isinstance(error.__cause__, NameError | AttributeError | TypeError)


@pytest.mark.parametrize(("name", "body", "bare"), PAYLOAD_PROBLEMS)
def test_what_a_payload_causes_stays_a_normalization_error_naming_the_line(
    name: str, body: bytes, bare: type[Exception]
) -> None:
    mapping, line = _mapping(name)
    with pytest.raises(NormalizationError) as caught:
        normalized("acme", mapping, body)
    assert (caught.value.vendor, caught.value.path) == ("acme", "$")
    assert caught.value.cause.startswith(f"{bare.__name__}: ")
    assert f"at {PLUGIN_MODULE} line {line}" in caught.value.cause
    assert isinstance(caught.value.__cause__, bare)


def _flow(mapping: Callable[[bytes], Any]) -> Generator[Any, Any, Any]:
    body = yield "request"
    return mapping(body)


@pytest.mark.parametrize("name", ["attribute_typo", "wrong_arguments"])
def test_a_flow_running_buggy_mapping_raises_a_plugin_error(name: str) -> None:
    mapping, line = _mapping(name)
    flow = _flow(mapping)
    assert advance("acme", flow, None) == "request"
    with pytest.raises(PluginError, match=f"at {PLUGIN_MODULE} line {line}"):
        advance("acme", flow, b'{"total": "1"}')


def test_a_flow_meeting_a_bad_payload_raises_a_normalization_error() -> None:
    mapping, _ = _mapping("missing_key")
    flow = _flow(mapping)
    advance("acme", flow, None)
    with pytest.raises(NormalizationError):
        advance("acme", flow, b"{}")


def test_the_line_named_is_the_plugins_not_the_standard_librarys() -> None:
    def parse(body: bytes) -> Any:
        import datetime as dt

        return dt.datetime.strptime(msgspec.json.decode(body), "%Y-%m-%d")

    with pytest.raises(NormalizationError) as caught:
        normalized("acme", parse, b'"not a date"')
    assert f"at {__name__} line" in caught.value.cause


def test_a_typo_on_a_real_generated_model_is_a_plugin_error_everywhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fynn's mapping with a misspelt attribute of its generated `Invoice`, through
    `invoicekit.normalize` and through the sandbox client: a `PluginError` naming this line."""

    def date_zone_with_a_typo(source: Any) -> Any:
        return source.customr  # the typo: the model's field is `customer`

    line = date_zone_with_a_typo.__code__.co_firstlineno + 1
    monkeypatch.setattr(fynn_mapping, "_date_zone", date_zone_with_a_typo)
    body = (PAYLOADS / "fynn" / "seed_invoice.json").read_bytes()
    with pytest.raises(PluginError, match=f"at {__name__} line {line}") as caught:
        invoicekit.normalize("fynn", body)
    assert caught.value.vendor == "fynn"
    server = SandboxServer(["fynn"], size=2)
    known = str(server.app.sandbox("fynn").invoice_ids()[0])
    with server.connect("fynn") as client, pytest.raises(PluginError, match="customr"):
        client.get_invoice(known)
