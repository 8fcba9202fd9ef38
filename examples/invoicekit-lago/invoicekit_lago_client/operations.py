"""Operation contracts and security schemes of the spec (generated; do not edit)."""

from invoicekit._generated_types import Operation, QueryParameter, SecurityScheme

OPERATIONS: dict[str, Operation] = {
    "get_invoice": Operation(
        name="get_invoice",
        method="get",
        path="/api/v1/invoices/{lago_id}",
        query=(),
        responses={
            "200": ("application/json",),
            "401": ("application/json",),
            "404": ("application/json",),
        },
    ),
    "download_invoice": Operation(
        name="download_invoice",
        method="post",
        path="/api/v1/invoices/{lago_id}/download",
        query=(),
        responses={
            "200": ("application/json",),
            "401": ("application/json",),
            "404": ("application/json",),
        },
    ),
    "list_invoices": Operation(
        name="list_invoices",
        method="get",
        path="/api/v1/invoices",
        query=(
            QueryParameter(wire="page", python="page", type="integer"),
            QueryParameter(wire="per_page", python="per_page", type="integer"),
            QueryParameter(
                wire="issuing_date_from", python="issuing_date_from", type="string", format="date"
            ),
            QueryParameter(
                wire="issuing_date_to", python="issuing_date_to", type="string", format="date"
            ),
            QueryParameter(
                wire="status",
                python="status",
                type="string",
                enum=("draft", "finalized", "voided", "failed", "pending"),
            ),
            QueryParameter(
                wire="payment_status",
                python="payment_status",
                type="string",
                enum=("pending", "succeeded", "failed"),
            ),
        ),
        responses={"200": ("application/json",), "401": ("application/json",)},
    ),
}

SECURITY_SCHEMES: dict[str, SecurityScheme] = {
    "bearer": SecurityScheme(name="bearer", type="http", credentials=("token",), scheme="bearer"),
}
"""The spec's `securitySchemes`, each with the credentials it suggests."""
