"""What `Vendor.capabilities` says about changed-since, and the checks of its declarations."""

import datetime as dt

import pytest

from invoicekit import get_vendor
from invoicekit.plugin import Vendor


@pytest.mark.parametrize("name", ["daftra", "fynn", "yeti"])
def test_the_built_in_vendors_emulate_changed_since(name):
    capabilities = get_vendor(name).capabilities()
    assert "updated_since" not in capabilities.filters
    assert (capabilities.updated_since, capabilities.updated_since_window) == ("emulated", None)


def test_a_vendor_filtering_by_change_is_native():
    class Native(Vendor):
        name = "native_vendor"
        title = "Native"
        filters = frozenset({"updated_since"})
        updated_since_window = dt.timedelta(days=7)
        requests_per_second = 2.5

    capabilities = Native().capabilities()
    assert capabilities.updated_since == "native"
    assert capabilities.updated_since_window == dt.timedelta(days=7)


@pytest.mark.parametrize(
    ("attribute", "value"),
    [
        ("updated_since_window", 30),
        ("updated_since_window", dt.timedelta(0)),
        ("requests_per_second", 0),
        ("requests_per_second", "10"),
    ],
)
def test_bad_declarations_fail_at_class_definition(attribute, value):
    with pytest.raises(TypeError, match=attribute):
        type("Bad", (Vendor,), {"name": "bad", "title": "Bad", attribute: value})
