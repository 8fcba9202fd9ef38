"""Operation contracts and security schemes of the spec (generated; do not edit)."""

from invoicekit._generated_types import Operation, QueryParameter, SecurityScheme

OPERATIONS: dict[str, Operation] = {
    "get_invoice": Operation(
        name="get_invoice",
        method="get",
        path="/api2/invoices/{id}.json",
        query=(),
        responses={
            "200": ("application/json",),
            "400": ("application/json",),
            "401": ("application/json",),
            "403": ("application/json",),
            "404": ("application/json",),
            "500": ("application/json",),
        },
    ),
    "list_invoices": Operation(
        name="list_invoices",
        method="get",
        path="/api2/invoices.json",
        query=(
            QueryParameter(wire="page", python="page", type="integer"),
            QueryParameter(wire="limit", python="limit", type="integer"),
            QueryParameter(wire="recursive", python="recursive", type="integer", enum=(-1, 0, 1)),
            QueryParameter(wire="keywords", python="keywords", type="string"),
            QueryParameter(wire="client_id", python="client_id", type="integer"),
            QueryParameter(wire="type", python="type_", type="integer", enum=(0, 16, 19)),
            QueryParameter(wire="client_type", python="client_type", type="integer"),
            QueryParameter(wire="payment_status", python="payment_status", type="integer"),
            QueryParameter(wire="draft", python="draft", type="integer"),
            QueryParameter(wire="follow_up_status", python="follow_up_status", type="integer"),
            QueryParameter(wire="currency_code", python="currency_code", type="string"),
            QueryParameter(wire="no", python="no", type="string"),
            QueryParameter(wire="item", python="item", type="string"),
            QueryParameter(wire="tags", python="tags", type="string"),
            QueryParameter(wire="po_number", python="po_number", type="string"),
            QueryParameter(wire="external_source", python="external_source", type="string"),
            QueryParameter(wire="custom_field", python="custom_field", type="string"),
            QueryParameter(wire="custom_field_label", python="custom_field_label", type="string"),
            QueryParameter(wire="subscription_id", python="subscription_id", type="integer"),
            QueryParameter(wire="work_order_id", python="work_order_id", type="integer"),
            QueryParameter(wire="source_type", python="source_type", type="integer"),
            QueryParameter(wire="source_id", python="source_id", type="integer"),
            QueryParameter(wire="order_source_id", python="order_source_id", type="integer"),
            QueryParameter(wire="shipping_option_id", python="shipping_option_id", type="integer"),
            QueryParameter(
                wire="summary_total_from",
                python="summary_total_from",
                type=["number", "string"],
                format="decimal",
            ),
            QueryParameter(
                wire="summary_total_to",
                python="summary_total_to",
                type=["number", "string"],
                format="decimal",
            ),
            QueryParameter(wire="date_from", python="date_from", type="string", format="date"),
            QueryParameter(wire="date_to", python="date_to", type="string", format="date"),
            QueryParameter(
                wire="due_date_from", python="due_date_from", type="string", format="date"
            ),
            QueryParameter(wire="due_date_to", python="due_date_to", type="string", format="date"),
            QueryParameter(
                wire="created_from", python="created_from", type="string", format="date"
            ),
            QueryParameter(wire="created_to", python="created_to", type="string", format="date"),
            QueryParameter(wire="einvoice_status", python="einvoice_status", type="integer"),
            QueryParameter(
                wire="requisition_delivery_status",
                python="requisition_delivery_status",
                type="integer",
            ),
            QueryParameter(wire="staff_id", python="staff_id", type="integer"),
            QueryParameter(wire="pos_shift_id", python="pos_shift_id", type="integer"),
            QueryParameter(wire="store_id", python="store_id", type="integer"),
            QueryParameter(wire="sort", python="sort", type="string"),
            QueryParameter(
                wire="direction", python="direction", type="string", enum=("ASC", "DESC")
            ),
        ),
        responses={
            "200": ("application/json",),
            "400": ("application/json",),
            "401": ("application/json",),
            "403": ("application/json",),
            "500": ("application/json",),
        },
    ),
    "create_access_token": Operation(
        name="create_access_token",
        method="post",
        path="/v2/oauth/token",
        query=(),
        responses={
            "200": ("application/json",),
            "400": ("application/json",),
            "401": ("application/json",),
        },
    ),
    "get_credit_note": Operation(
        name="get_credit_note",
        method="get",
        path="/api2/credit_notes/{id}.json",
        query=(),
        responses={
            "200": ("application/json",),
            "401": ("application/json",),
            "403": ("application/json",),
            "404": ("application/json",),
        },
    ),
    "list_credit_notes": Operation(
        name="list_credit_notes",
        method="get",
        path="/api2/credit_notes.json",
        query=(
            QueryParameter(wire="page", python="page", type="integer"),
            QueryParameter(wire="limit", python="limit", type="integer"),
        ),
        responses={
            "200": ("application/json",),
            "401": ("application/json",),
            "403": ("application/json",),
        },
    ),
    "get_refund_receipt": Operation(
        name="get_refund_receipt",
        method="get",
        path="/api2/refund_receipts/{id}.json",
        query=(),
        responses={
            "200": ("application/json",),
            "401": ("application/json",),
            "403": ("application/json",),
            "404": ("application/json",),
        },
    ),
    "list_refund_receipts": Operation(
        name="list_refund_receipts",
        method="get",
        path="/api2/refund_receipts.json",
        query=(
            QueryParameter(wire="page", python="page", type="integer"),
            QueryParameter(wire="limit", python="limit", type="integer"),
        ),
        responses={
            "200": ("application/json",),
            "401": ("application/json",),
            "403": ("application/json",),
        },
    ),
    "list_taxes": Operation(
        name="list_taxes",
        method="get",
        path="/api2/taxes.json",
        query=(
            QueryParameter(wire="page", python="page", type="integer"),
            QueryParameter(wire="limit", python="limit", type="integer"),
        ),
        responses={
            "200": ("application/json",),
            "401": ("application/json",),
            "403": ("application/json",),
        },
    ),
    "get_site_info": Operation(
        name="get_site_info",
        method="get",
        path="/api2/site_info.json",
        query=(),
        responses={
            "200": ("application/json",),
            "401": ("application/json",),
            "403": ("application/json",),
        },
    ),
    "get_listing": Operation(
        name="get_listing",
        method="get",
        path="/api2/listing/{model}.json",
        query=(),
        responses={
            "200": ("application/json",),
            "401": ("application/json",),
            "403": ("application/json",),
            "404": ("application/json",),
        },
    ),
}

SECURITY_SCHEMES: dict[str, SecurityScheme] = {
    "apikey": SecurityScheme(
        name="apikey",
        type="apiKey",
        credentials=("api_key",),
        location="header",
        parameter="apikey",
    ),
    "bearer": SecurityScheme(name="bearer", type="http", credentials=("token",), scheme="bearer"),
}
"""The spec's `securitySchemes`, each with the credentials it suggests."""
