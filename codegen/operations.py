"""Render a generated client's operations.py: each operation's contract and the spec's credentials.

The stock generator keeps neither parameter styles nor all of a response's media types, so this
table is written from the prepared spec itself. Request builders read their own entry
(`OPERATION`); plugins and sandboxes read the query parameters from it instead of copying them.
"""

from __future__ import annotations

from typing import Any

import naming
import prepare

_HEADER = '''"""Operation contracts and security schemes of the spec (generated; do not edit)."""

from invoicekit._generated_types import Operation, QueryParameter, SecurityScheme

'''


def python_name(wire: str) -> str:
    """The keyword the generator gives a parameter or operation called `wire`."""
    naming.install()
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415

    return str(PythonIdentifier(wire, prefix="field_"))


def _parameter(document: dict[str, Any], parameter: dict[str, Any]) -> str:
    schema = prepare.resolve(document, parameter.get("schema", {}))
    items = prepare.resolve(document, schema.get("items", {})) if "items" in schema else {}
    style = parameter.get("style", "form")
    fields = [
        f"wire={parameter['name']!r}",
        f"python={python_name(parameter['name'])!r}",
        f"type={schema.get('type', 'string')!r}",
    ]
    if "format" in schema:
        fields.append(f"format={schema['format']!r}")
    if items:
        fields.append(f"item_type={items.get('type', 'string')!r}")
    if parameter.get("required"):
        fields.append("required=True")
    if style != "form":
        fields.append(f"style={style!r}")
    if not parameter.get("explode", style == "form"):
        fields.append("explode=False")
    enum = schema.get("enum") or items.get("enum")
    if enum:
        fields.append(f"enum={tuple(enum)!r}")
    return f"QueryParameter({', '.join(fields)})"


def _operations(document: dict[str, Any]) -> list[str]:
    entries = []
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in prepare.HTTP_METHODS:
            operation = item.get(method)
            if not operation:
                continue
            if "operationId" not in operation:
                raise SystemExit(f"{method.upper()} {path}: every operation needs an operationId")
            name = python_name(operation["operationId"])
            declared = shared + operation.get("parameters", [])
            parameters = [prepare.resolve(document, p) for p in declared]
            query = [_parameter(document, p) for p in parameters if p.get("in") == "query"]
            responses = {
                str(code): tuple(prepare.resolve(document, response).get("content", {}))
                for code, response in operation.get("responses", {}).items()
            }
            lines = [
                f"    {name!r}: Operation(",
                f"        name={name!r},",
                f"        method={method!r},",
                f"        path={path!r},",
                "        query=(",
                *(f"            {q}," for q in query),
                "        ),",
                f"        responses={responses!r},",
                "    ),",
            ]
            entries += lines
    return entries


def credentials(scheme: dict[str, Any]) -> tuple[str, ...]:
    """The credential keywords a `CredentialSet` for this security scheme would ask for."""
    kind = scheme.get("type")
    if kind == "http":
        return ("username", "password") if scheme.get("scheme") == "basic" else ("token",)
    if kind == "apiKey":
        return ("api_key",)
    if kind == "oauth2":
        names: dict[str, None] = {}
        for flow in scheme.get("flows", {}):
            names.update(dict.fromkeys(("client_id", "client_secret")))
            if flow == "password":
                names.update(dict.fromkeys(("username", "password")))
            if flow == "authorizationCode":
                names.update(dict.fromkeys(("refresh_token",)))
        return tuple(names) or ("token",)
    return ("token",)


def _schemes(document: dict[str, Any]) -> list[str]:
    lines = []
    for name, declared in document.get("components", {}).get("securitySchemes", {}).items():
        scheme = prepare.resolve(document, declared)
        fields = [f"name={name!r}", f"type={scheme.get('type')!r}"]
        fields.append(f"credentials={credentials(scheme)!r}")
        if "scheme" in scheme:
            fields.append(f"scheme={scheme['scheme']!r}")
        if "in" in scheme:
            fields.append(f"location={scheme['in']!r}")
        if "name" in scheme:
            fields.append(f"parameter={scheme['name']!r}")
        lines.append(f"    {name!r}: SecurityScheme({', '.join(fields)}),")
    return lines


def render(document: dict[str, Any]) -> str:
    """The text of operations.py for one prepared spec (the post hook formats it)."""
    return (
        _HEADER
        + "OPERATIONS: dict[str, Operation] = {\n"
        + "\n".join(_operations(document))
        + "\n}\n\n"
        + "SECURITY_SCHEMES: dict[str, SecurityScheme] = {\n"
        + "\n".join(_schemes(document))
        + "\n}\n"
        + '"""The spec\'s `securitySchemes`, each with the credentials it suggests."""\n'
    )
