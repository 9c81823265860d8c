#include "shipmentsearch.h"

#include <QStringList>

namespace hs {

namespace {

// The fields searched, each as a column of rm_shipment_facts f and as a member of the view.
struct SearchedField
{
    QString (*column)(const Dialect &);
    QString (*value)(const ShipmentView &);
};

const SearchedField searchedFields[] = {
    {[](const Dialect &) { return QStringLiteral("f.shipment_id"); }, [](const ShipmentView &s) { return s.shipmentId; }},
    {[](const Dialect &) { return QStringLiteral("f.account_id"); }, [](const ShipmentView &s) { return s.accountId; }},
    {[](const Dialect &) { return QStringLiteral("f.customer_reference"); }, [](const ShipmentView &s) { return s.customerReference; }},
    {[](const Dialect &d) { return d.jsonText(QStringLiteral("f.pickup"), QStringLiteral("city")); },
     [](const ShipmentView &s) { return s.pickup.city; }},
    {[](const Dialect &d) { return d.jsonText(QStringLiteral("f.destination"), QStringLiteral("city")); },
     [](const ShipmentView &s) { return s.destination.city; }},
};

} // namespace

QString ShipmentTextSearch::condition(const Dialect &dialect) const
{
    QStringList any;
    for (const SearchedField &f : searchedFields)
        any << dialect.containsText(f.column(dialect), QStringLiteral(":text"));
    // Account names do not change once opened, so the live name answers as of any moment.
    any << QStringLiteral("f.account_id IN (SELECT account_id FROM rm_accounts WHERE valid_to IS NULL AND %1)")
               .arg(dialect.containsText(QStringLiteral("name"), QStringLiteral(":text")));
    return u'(' + any.join(QStringLiteral(" OR ")) + u')';
}

bool ShipmentTextSearch::matches(const ShipmentView &s, const QSet<QString> &accountsNamed) const
{
    for (const SearchedField &f : searchedFields)
        if (has(f.value(s)))
            return true;
    return accountsNamed.contains(s.accountId);
}

} // namespace hs
