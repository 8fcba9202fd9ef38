"""`invoicekit._mask.mask_text`: credential values masked whole, ordinary text left alone."""

from __future__ import annotations

import pytest

from invoicekit._mask import LONG_SECRET, MASK, mask_text

ORDINARY = "GET /fynn/invoices returned HTTP 401: the customer's invoices were not returned"


@pytest.mark.parametrize(
    "secret", ["e", "r", "t", "in", "GET", "HTTP", "401", "the", "/", ":", "fynn", "v1"]
)
def test_a_short_secret_never_changes_ordinary_text(secret: str) -> None:
    assert len(secret) < LONG_SECRET
    assert mask_text(ORDINARY, [secret]) == ORDINARY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Token e has expired", "Token *** has expired"),
        ("invalid api key: e", "invalid api key: ***"),
        ("api_key=e rejected", "api_key=*** rejected"),
        ("login 'e' unknown", "login '***' unknown"),
        ('the value "e" is not a key', 'the value "***" is not a key'),
        ("e", MASK),
        ("  e\n", MASK),
        # Not values: the letter inside words, or after a credential word but glued to more.
        ("Token expired", "Token expired"),
        ("token e-mail sent", "token e-mail sent"),
        ("key en route", "key en route"),
    ],
)
def test_a_short_secret_is_masked_where_it_stands_as_a_value(text: str, expected: str) -> None:
    assert mask_text(text, ["e"]) == expected


def test_a_short_secret_is_case_sensitive_but_credential_words_are_not() -> None:
    assert mask_text("TOKEN Ab expired", ["Ab"]) == "TOKEN *** expired"
    assert mask_text("TOKEN ab expired", ["Ab"]) == "TOKEN ab expired"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("customer not found", "*** not found"),
        ("customers not found", "customers not found"),
        ("customer_id and customer-portal", "customer_id and customer-portal"),
        ("login=customer.", "login=***."),
        ('{"login": "customer"}', '{"login": "***"}'),
        ("bad login (customer)", "bad login (***)"),
    ],
)
def test_a_long_common_word_is_masked_only_as_a_whole_token(text: str, expected: str) -> None:
    assert mask_text(text, ["customer"]) == expected


def test_a_long_secret_is_masked_as_sent_and_as_urls_and_json_spell_it() -> None:
    secret = 'sk_live_4eC39+Hq/Lyf"x'
    text = f'key {secret}; url ?k=sk_live_4eC39%2BHq%2FLyf%22x; json "sk_live_4eC39+Hq/Lyf\\"x"'
    masked = mask_text(text, [secret])
    assert masked == 'key ***; url ?k=***; json "***"'


def test_a_secret_that_contains_another_is_masked_whole() -> None:
    assert mask_text("keys abcdefgh and abcdefgh-XYZ-123", ["abcdefgh", "abcdefgh-XYZ-123"]) == (
        "keys *** and ***"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: Bearer anything", "Authorization: Bearer ***"),
        ("authorization=Basic Y3VzdG9tZXI6ZQ==, next", "authorization=Basic ***, next"),
        ('{"apikey": "whatever it is"}', '{"apikey": "***"}'),
        ("X-API-Key: k1 sent", "X-API-Key: *** sent"),
        ("password=hunter2&x=1", "password=***&x=1"),
        ("Illegal header value b'Bearer abc\\n'", "Illegal header value b'Bearer ***\\n'"),
        ("cookie: session=1; other", "cookie: ***; other"),
        # Words that only resemble a header name or a token are ordinary text.
        ("the password policy", "the password policy"),
        ("Bearer token required", "Bearer token required"),
    ],
)
def test_credential_headers_and_fields_are_masked_whole_whatever_they_hold(
    text: str, expected: str
) -> None:
    assert mask_text(text, []) == expected


@pytest.mark.parametrize("secret", ["customer", "api", "rest", "v1", "auth", "e"])
def test_kept_spans_stay_readable(secret: str) -> None:
    path = "/yeti/api/rest/customer/v1/auth"
    text = f"yeti: POST {path} returned HTTP 401: login {secret} unknown"
    assert mask_text(text, [secret], keep=[path]) == (
        f"yeti: POST {path} returned HTTP 401: login *** unknown"
    )


def test_no_secrets_no_change() -> None:
    assert mask_text(ORDINARY, []) == ORDINARY
    assert mask_text(ORDINARY, ["", ""]) == ORDINARY
