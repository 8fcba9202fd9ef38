"""Operation contracts and security schemes of the spec (generated; do not edit)."""

from invoicekit._generated_types import Operation, QueryParameter, SecurityScheme

OPERATIONS: dict[str, Operation] = {
    "list_invoices": Operation(
        name="list_invoices",
        method="get",
        path="/invoices",
        query=(
            QueryParameter(wire="page", python="page", type="integer"),
            QueryParameter(wire="limit", python="limit", type="integer"),
            QueryParameter(
                wire="order[creationDate]",
                python="ordercreation_date",
                type="string",
                enum=("asc", "desc"),
            ),
            QueryParameter(
                wire="status",
                python="status",
                type="string",
                enum=(
                    "STATUS_DRAFT",
                    "STATUS_NEW",
                    "STATUS_FINALIZING",
                    "STATUS_UNPAID",
                    "STATUS_PAID",
                    "STATUS_REMINDED",
                    "STATUS_REFUNDED",
                    "STATUS_CANCELLED",
                    "STATUS_CLOSED",
                ),
            ),
            QueryParameter(
                wire="type",
                python="type_",
                type="string",
                enum=(
                    "TYPE_INVOICE",
                    "TYPE_CREDIT",
                    "TYPE_REFUND",
                    "TYPE_REMINDER",
                    "TYPE_CANCEL",
                    "TYPE_DUNNING",
                ),
            ),
            QueryParameter(wire="customer", python="customer", type="string"),
            QueryParameter(wire="number", python="number", type="string"),
            QueryParameter(wire="search", python="search", type="string"),
        ),
        responses={
            "200": ("application/json",),
            "400": ("application/json", "application/problem+json"),
            "401": ("application/json", "application/problem+json"),
            "403": ("application/json", "application/problem+json"),
            "404": ("application/json", "application/problem+json"),
            "422": ("application/json", "application/problem+json"),
        },
    ),
    "get_invoice": Operation(
        name="get_invoice",
        method="get",
        path="/invoices/{id}",
        query=(),
        responses={
            "200": ("application/json",),
            "400": ("application/json", "application/problem+json"),
            "401": ("application/json", "application/problem+json"),
            "403": ("application/json", "application/problem+json"),
            "404": ("application/json", "application/problem+json"),
            "422": ("application/json", "application/problem+json"),
        },
    ),
    "create_invoice_download_link": Operation(
        name="create_invoice_download_link",
        method="put",
        path="/invoices/{id}/download-link",
        query=(QueryParameter(wire="secondsValid", python="seconds_valid", type="integer"),),
        responses={
            "200": ("application/json",),
            "400": ("application/json", "application/problem+json"),
            "401": ("application/json", "application/problem+json"),
            "403": ("application/json", "application/problem+json"),
            "404": ("application/json", "application/problem+json"),
            "422": ("application/json", "application/problem+json"),
        },
    ),
    "list_payment_transactions": Operation(
        name="list_payment_transactions",
        method="get",
        path="/payment/transactions",
        query=(
            QueryParameter(wire="page", python="page", type="integer"),
            QueryParameter(wire="limit", python="limit", type="integer"),
            QueryParameter(wire="invoice", python="invoice", type="string"),
            QueryParameter(wire="customer", python="customer", type="string"),
        ),
        responses={
            "200": ("application/json",),
            "400": ("application/json", "application/problem+json"),
            "401": ("application/json", "application/problem+json"),
            "403": ("application/json", "application/problem+json"),
            "404": ("application/json", "application/problem+json"),
        },
    ),
    "get_payment_transaction": Operation(
        name="get_payment_transaction",
        method="get",
        path="/payment/transactions/{id}",
        query=(),
        responses={
            "200": ("application/json",),
            "401": ("application/json", "application/problem+json"),
            "403": ("application/json", "application/problem+json"),
            "404": ("application/json", "application/problem+json"),
        },
    ),
}

SECURITY_SCHEMES: dict[str, SecurityScheme] = {
    "bearer": SecurityScheme(name="bearer", type="http", credentials=("token",), scheme="bearer"),
}
"""The spec's `securitySchemes`, each with the credentials it suggests."""
