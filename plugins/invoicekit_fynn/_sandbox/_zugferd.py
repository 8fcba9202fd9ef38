"""The ZUGFeRD XML the Fynn sandbox attaches to a document's PDF: CII, EN 16931 profile.

Fynn creates invoices, credit notes and cancellations "in PDF and XML format (ZUGFeRD)"; the
sandbox does so for the documents of customers whose ``eInvoiceType`` is ``zugferd`` (a bare
XRechnung XML has no route in Fynn's API, so the sandbox serves none). The XML is written
from the document's own JSON, so both say the same: numbers, days (in the customer's zone,
as the plugin reads them), amounts and lines; beside them it states what the JSON does not:
the seller (the sandbox tenant, with VAT identifier), each line's VAT category (``S`` at
19 % and 7 %, ``G`` for the 0 % export to customers outside the EU), unit codes, and an
invoice's payment means (58 with the tenant's IBAN for bank transfer, 59 SEPA direct debit,
48 card). Invoices and credit notes have one; reminders do not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple
from xml.sax.saxutils import escape, quoteattr
from zoneinfo import ZoneInfo

from invoicekit.sandbox import stable_int

from .._mapping import UNIT_CODES
from ._format import VENDOR

__all__ = ["Tenant", "has_zugferd", "make_tenant", "zugferd_xml"]

_TYPE_CODES = {"TYPE_INVOICE": "380", "TYPE_CREDIT": "381"}
_MEANS = {"sepa_debit": "59", "card": "48"}
_EXPORT_REASON = "Steuerfreie Ausfuhr (Drittland)"


class Tenant(NamedTuple):
    """The Fynn account the sandbox bills as: the seller (BG-4) of every document."""

    name: str
    vat_id: str
    street: str
    postal_code: str
    city: str
    contact: str
    phone: str
    email: str
    iban: str
    bic: str


def make_tenant(seed: int) -> Tenant:
    """The sandbox tenant of ``seed``: a German company with a VAT id and a valid IBAN."""
    account = stable_int(seed, VENDOR, "tenant-account") % 10**10
    bban = f"10070000{account:010d}"
    check = 98 - int(bban + "131400") % 97  # ISO 13616: "DE" is 1314
    return Tenant(
        name="Fynn Sandbox GmbH",
        vat_id=f"DE{100000000 + stable_int(seed, VENDOR, 'tenant-vat') % 900000000}",
        street="Friedrichstraße 123",
        postal_code="10117",
        city="Berlin",
        contact="Buchhaltung",
        phone="+49 30 123456",
        email="rechnung@fynn-sandbox.example",
        iban=f"DE{check:02d}{bban}",
        bic="DEUTDEBBXXX",
    )


def has_zugferd(document: Mapping[str, Any]) -> bool:
    """Whether the document's PDF carries ZUGFeRD XML."""
    return (
        document.get("eInvoiceType") == "zugferd"
        and document["type"] in _TYPE_CODES
        and document["number"] is not None
    )


def _money(money: Mapping[str, Any] | None) -> str:
    if money is None:
        return "0"
    value = Decimal(int(money["amount"])).scaleb(-int(money["precision"]))
    return format(value, "f")


def _minor(money: Mapping[str, Any] | None) -> int:
    return 0 if money is None else int(money["amount"])


def _day(instant: str | None, zone: dt.tzinfo) -> str | None:
    if instant is None:
        return None
    return dt.datetime.fromisoformat(instant).astimezone(zone).strftime("%Y%m%d")


def _date(tag: str, day: str) -> str:
    return f'<{tag}><udt:DateTimeString format="102">{day}</udt:DateTimeString></{tag}>'


def _category(rate: int) -> str:
    return "S" if rate else "G"


def _line(position: Mapping[str, Any]) -> str:
    rate = int(position["tax"]["rate"])
    unit = position["unit"]["name"]
    net = _minor(position["netAmount"]) - _minor(position["discountAmount"])
    precision = position["netAmount"]["precision"]
    total = _money({"amount": net, "precision": precision})
    discount = ""
    if position["discountAmount"] is not None:
        discount = (
            "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false"
            "</udt:Indicator></ram:ChargeIndicator>"
            f"<ram:ActualAmount>{_money(position['discountAmount'])}</ram:ActualAmount>"
            "<ram:Reason>Rabatt</ram:Reason></ram:SpecifiedTradeAllowanceCharge>"
        )
    description = position["description"]
    return (
        "<ram:IncludedSupplyChainTradeLineItem>"
        "<ram:AssociatedDocumentLineDocument>"
        f"<ram:LineID>{escape(position['id'])}</ram:LineID>"
        "</ram:AssociatedDocumentLineDocument>"
        f"<ram:SpecifiedTradeProduct><ram:Name>{escape(position['name'])}</ram:Name>"
        + (f"<ram:Description>{escape(description)}</ram:Description>" if description else "")
        + "</ram:SpecifiedTradeProduct>"
        "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>"
        f"<ram:ChargeAmount>{_money(position['unitPrice'])}</ram:ChargeAmount>"
        "</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>"
        "<ram:SpecifiedLineTradeDelivery>"
        f"<ram:BilledQuantity unitCode={quoteattr(UNIT_CODES.get(unit.casefold(), 'C62'))}>"
        f"{position['quantity']}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>"
        "<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT"
        f"</ram:TypeCode><ram:CategoryCode>{_category(rate)}</ram:CategoryCode>"
        f"<ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
        f"{discount}<ram:SpecifiedTradeSettlementLineMonetarySummation>"
        f"<ram:LineTotalAmount>{total}</ram:LineTotalAmount>"
        "</ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>"
        "</ram:IncludedSupplyChainTradeLineItem>"
    )


def _address(street: str, postal_code: str, city: str, country: str) -> str:
    return (
        f"<ram:PostalTradeAddress><ram:PostcodeCode>{escape(postal_code)}</ram:PostcodeCode>"
        f"<ram:LineOne>{escape(street)}</ram:LineOne><ram:CityName>{escape(city)}</ram:CityName>"
        f"<ram:CountryID>{country}</ram:CountryID></ram:PostalTradeAddress>"
    )


def _vat_id(vat_id: str | None) -> str:
    if not vat_id:
        return ""
    return (
        "<ram:SpecifiedTaxRegistration>"
        f'<ram:ID schemeID="VA">{escape(vat_id)}</ram:ID></ram:SpecifiedTaxRegistration>'
    )


def _parties(document: Mapping[str, Any], tenant: Tenant) -> str:
    address = document["invoiceAddress"]
    buyer = address["companyName"] or f"{address['firstName']} {address['lastName']}"
    leitweg = document.get("leitwegId")
    return (
        "<ram:ApplicableHeaderTradeAgreement>"
        + (f"<ram:BuyerReference>{escape(leitweg)}</ram:BuyerReference>" if leitweg else "")
        + f"<ram:SellerTradeParty><ram:Name>{escape(tenant.name)}</ram:Name>"
        f"<ram:DefinedTradeContact><ram:PersonName>{escape(tenant.contact)}</ram:PersonName>"
        "<ram:TelephoneUniversalCommunication>"
        f"<ram:CompleteNumber>{escape(tenant.phone)}</ram:CompleteNumber>"
        "</ram:TelephoneUniversalCommunication><ram:EmailURIUniversalCommunication>"
        f"<ram:URIID>{escape(tenant.email)}</ram:URIID></ram:EmailURIUniversalCommunication>"
        "</ram:DefinedTradeContact>"
        + _address(tenant.street, tenant.postal_code, tenant.city, "DE")
        + _vat_id(tenant.vat_id)
        + f"</ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>{escape(buyer)}</ram:Name>"
        + _address(
            f"{address['street']} {address['houseNumber']}",
            address["zip"],
            address["city"],
            address["countryCode"],
        )
        + _vat_id(address.get("vatId"))
        + "</ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>"
    )


def _breakdown(positions: list[Mapping[str, Any]], precision: int) -> str:
    groups: dict[int, tuple[int, int]] = {}
    for position in positions:
        rate = int(position["tax"]["rate"])
        basis, tax = groups.get(rate, (0, 0))
        net = _minor(position["netAmount"]) - _minor(position["discountAmount"])
        groups[rate] = (basis + net, tax + _minor(position["taxAmount"]))
    out = []
    for rate, (basis, tax) in groups.items():
        exempt = "" if rate else f"<ram:ExemptionReason>{_EXPORT_REASON}</ram:ExemptionReason>"
        code = "" if rate else "<ram:ExemptionReasonCode>VATEX-EU-G</ram:ExemptionReasonCode>"
        out.append(
            "<ram:ApplicableTradeTax>"
            f"<ram:CalculatedAmount>{_money({'amount': tax, 'precision': precision})}"
            f"</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>{exempt}"
            f"<ram:BasisAmount>{_money({'amount': basis, 'precision': precision})}"
            f"</ram:BasisAmount><ram:CategoryCode>{_category(rate)}</ram:CategoryCode>{code}"
            f"<ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>"
            "</ram:ApplicableTradeTax>"
        )
    return "".join(out)


def _means(document: Mapping[str, Any], tenant: Tenant) -> str:
    if document["type"] != "TYPE_INVOICE":
        return ""  # a credit note is settled on the customer account (see its closing text)
    method = document["paymentMethod"]
    code = _MEANS.get(method["type"], "58") if method else "58"
    account = ""
    if code == "58":
        account = (
            "<ram:PayeePartyCreditorFinancialAccount>"
            f"<ram:IBANID>{tenant.iban}</ram:IBANID><ram:AccountName>{escape(tenant.name)}"
            "</ram:AccountName></ram:PayeePartyCreditorFinancialAccount>"
            "<ram:PayeeSpecifiedCreditorFinancialInstitution>"
            f"<ram:BICID>{tenant.bic}</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution>"
        )
    return (
        f"<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>{code}</ram:TypeCode>"
        f"{account}</ram:SpecifiedTradeSettlementPaymentMeans>"
    )


def zugferd_xml(document: Mapping[str, Any], tenant: Tenant) -> bytes:
    """The CII of ``document`` (the sandbox's JSON of it), seller ``tenant``."""
    zone = ZoneInfo(document["customer"]["timeZone"] or "UTC")
    currency = document["currencyCode"]
    precision = int(document["grossAmount"]["precision"])
    gross, unpaid = _minor(document["grossAmount"]), _minor(document["unpaidAmount"])
    issued = _day(document["finalizationDate"], zone)
    due = _day(document["dueDate"], zone)
    period = ""
    if document["serviceDateFrom"] and document["serviceDateTo"]:
        period = (
            "<ram:BillingSpecifiedPeriod>"
            + _date("ram:StartDateTime", document["serviceDateFrom"][:10].replace("-", ""))
            + _date("ram:EndDateTime", document["serviceDateTo"][:10].replace("-", ""))
            + "</ram:BillingSpecifiedPeriod>"
        )
    terms = ""
    if due is not None:
        terms = (
            "<ram:SpecifiedTradePaymentTerms>"
            f"<ram:Description>{escape(document['closing'])}</ram:Description>"
            + _date("ram:DueDateDateTime", due)
            + "</ram:SpecifiedTradePaymentTerms>"
        )
    prepaid = gross - unpaid
    reference = document["referencedInvoice"]
    referenced = ""
    if reference is not None and reference["number"]:
        referenced = (
            "<ram:InvoiceReferencedDocument>"
            f"<ram:IssuerAssignedID>{escape(reference['number'])}</ram:IssuerAssignedID>"
            '<ram:FormattedIssueDateTime><qdt:DateTimeString format="102">'
            f"{_day(reference['finalizationDate'], zone)}</qdt:DateTimeString>"
            "</ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:'
        'CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:'
        'ReusableAggregateBusinessInformationEntity:100" xmlns:qdt="urn:un:unece:uncefact:'
        'data:standard:QualifiedDataType:100" xmlns:udt="urn:un:unece:uncefact:data:'
        'standard:UnqualifiedDataType:100">'
        "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
        "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
        "</rsm:ExchangedDocumentContext><rsm:ExchangedDocument>"
        f"<ram:ID>{escape(document['number'])}</ram:ID>"
        f"<ram:TypeCode>{_TYPE_CODES[document['type']]}</ram:TypeCode>"
        + _date("ram:IssueDateTime", issued or "")
        + "</rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction>"
        + "".join(_line(position) for position in document["positions"])
        + _parties(document, tenant)
        + "<ram:ApplicableHeaderTradeDelivery/><ram:ApplicableHeaderTradeSettlement>"
        f"<ram:InvoiceCurrencyCode>{currency}</ram:InvoiceCurrencyCode>"
        + _means(document, tenant)
        + _breakdown(document["positions"], precision)
        + period
        + terms
        + "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        f"<ram:LineTotalAmount>{_money(document['netAmount'])}</ram:LineTotalAmount>"
        f"<ram:TaxBasisTotalAmount>{_money(document['netAmount'])}</ram:TaxBasisTotalAmount>"
        f'<ram:TaxTotalAmount currencyID="{currency}">{_money(document["taxAmount"])}'
        "</ram:TaxTotalAmount>"
        f"<ram:GrandTotalAmount>{_money(document['grossAmount'])}</ram:GrandTotalAmount>"
        + (
            f"<ram:TotalPrepaidAmount>{_money({'amount': prepaid, 'precision': precision})}"
            "</ram:TotalPrepaidAmount>"
            if prepaid
            else ""
        )
        + f"<ram:DuePayableAmount>{_money(document['unpaidAmount'])}</ram:DuePayableAmount>"
        "</ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        + referenced
        + "</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>"
        "</rsm:CrossIndustryInvoice>\n"
    )
    return xml.encode("utf-8")
