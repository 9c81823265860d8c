#pragma once

#include "../store/dialect.h"
#include "views.h"

#include <QSet>

namespace hs {

// The one text search over shipments, asked in SQL (live and as of a moment) and in memory
// (as of a moment with events recorded late): the same text finds the same shipments.
// It looks for the text, in any case, in the shipment id, the account's id and name, the
// customer's reference and the pickup and destination cities; % and _ are plain characters.
class ShipmentTextSearch
{
public:
    explicit ShipmentTextSearch(QString text) : m_text(std::move(text)) {}
    bool isEmpty() const { return m_text.isEmpty(); }

    // A condition on rm_shipment_facts f, whose placeholder :text takes pattern().
    QString condition(const Dialect &dialect) const;
    QString pattern() const { return Dialect::containsPattern(m_text); }

    bool matches(const ShipmentView &s, const QSet<QString> &accountsNamed) const;
    // The accounts whose name holds the text (for matches()).
    bool matchesName(const QString &accountName) const { return has(accountName); }

private:
    bool has(const QString &value) const { return value.contains(m_text, Qt::CaseInsensitive); }
    QString m_text;
};

} // namespace hs
