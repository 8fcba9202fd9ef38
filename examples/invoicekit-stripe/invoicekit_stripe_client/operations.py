"""Operation contracts and security schemes of the spec (generated; do not edit)."""

from invoicekit._generated_types import Operation, QueryParameter, SecurityScheme

OPERATIONS: dict[str, Operation] = {
    "get_invoice": Operation(
        name="get_invoice",
        method="get",
        path="/v1/invoices/{invoice}",
        query=(QueryParameter(wire="expand[]", python="expand", type="array", item_type="string"),),
        responses={
            "200": ("application/json",),
            "400": ("application/json",),
            "401": ("application/json",),
            "402": ("application/json",),
            "403": ("application/json",),
            "404": ("application/json",),
            "429": ("application/json",),
            "500": ("application/json",),
        },
    ),
    "list_invoice_lines": Operation(
        name="list_invoice_lines",
        method="get",
        path="/v1/invoices/{invoice}/lines",
        query=(
            QueryParameter(wire="limit", python="limit", type="integer"),
            QueryParameter(wire="starting_after", python="starting_after", type="string"),
            QueryParameter(wire="ending_before", python="ending_before", type="string"),
            QueryParameter(wire="expand[]", python="expand", type="array", item_type="string"),
        ),
        responses={
            "200": ("application/json",),
            "400": ("application/json",),
            "401": ("application/json",),
            "402": ("application/json",),
            "403": ("application/json",),
            "404": ("application/json",),
            "429": ("application/json",),
            "500": ("application/json",),
        },
    ),
    "list_invoices": Operation(
        name="list_invoices",
        method="get",
        path="/v1/invoices",
        query=(
            QueryParameter(wire="limit", python="limit", type="integer"),
            QueryParameter(wire="starting_after", python="starting_after", type="string"),
            QueryParameter(wire="ending_before", python="ending_before", type="string"),
            QueryParameter(
                wire="status",
                python="status",
                type="string",
                enum=("draft", "open", "paid", "uncollectible", "void"),
            ),
            QueryParameter(wire="customer", python="customer", type="string"),
            QueryParameter(wire="subscription", python="subscription", type="string"),
            QueryParameter(
                wire="collection_method",
                python="collection_method",
                type="string",
                enum=("charge_automatically", "send_invoice"),
            ),
            QueryParameter(wire="created[gte]", python="createdgte", type="integer"),
            QueryParameter(wire="created[lte]", python="createdlte", type="integer"),
            QueryParameter(wire="created[gt]", python="createdgt", type="integer"),
            QueryParameter(wire="created[lt]", python="createdlt", type="integer"),
            QueryParameter(wire="due_date[gte]", python="due_dategte", type="integer"),
            QueryParameter(wire="due_date[lte]", python="due_datelte", type="integer"),
            QueryParameter(wire="due_date[gt]", python="due_dategt", type="integer"),
            QueryParameter(wire="due_date[lt]", python="due_datelt", type="integer"),
            QueryParameter(wire="expand[]", python="expand", type="array", item_type="string"),
        ),
        responses={
            "200": ("application/json",),
            "400": ("application/json",),
            "401": ("application/json",),
            "402": ("application/json",),
            "403": ("application/json",),
            "404": ("application/json",),
            "429": ("application/json",),
            "500": ("application/json",),
        },
    ),
}

SECURITY_SCHEMES: dict[str, SecurityScheme] = {
    "bearer": SecurityScheme(name="bearer", type="http", credentials=("token",), scheme="bearer"),
}
"""The spec's `securitySchemes`, each with the credentials it suggests."""
