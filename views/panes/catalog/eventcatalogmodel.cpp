#include "eventcatalogmodel.h"

#include "widgets/messagewords.h"

#include <QLocale>

namespace hs {

namespace {

QString inWords(const QStringList &names, QString (*say)(const QString &))
{
    QStringList said;
    for (const QString &n : names)
        said << say(n);
    return said.join(QStringLiteral(", "));
}

} // namespace

void EventCatalogModel::setEntries(std::vector<CatalogEntry> entries)
{
    // The types never change while running; only the counts do, so update in place when we can.
    const bool sameTypes = entries.size() == m_entries.size()
                           && std::equal(entries.begin(), entries.end(), m_entries.begin(),
                                         [](const CatalogEntry &a, const CatalogEntry &b) { return a.type == b.type; });
    if (sameTypes) {
        m_entries = std::move(entries);
        if (!m_entries.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int EventCatalogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int EventCatalogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogEntry &e = m_entries[index.row()];
    QStringList versions;
    for (int v : e.storedVersions)
        versions << QString::number(v);
    if (role == RawRole) {
        switch (index.column()) {
        case Type: return e.type;
        case Context: return words::context(e.context);
        case SchemaVersions: return e.schemaVersion;
        case Fields: return e.fields.size();
        case ProducedBy: return e.producedBy.join(u',');
        case ConsumedBy: return e.consumedBy.join(u',');
        case Stored: return e.count;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Type: return e.type;
        case Context: return words::context(e.context);
        case SchemaVersions:
            return versions.size() > 1 ? tr("v%1 (reads %2)").arg(e.schemaVersion).arg(versions.join(QStringLiteral(", ")))
                                       : tr("v%1").arg(e.schemaVersion);
        case Fields: return e.fields.join(QStringLiteral(", "));
        case ProducedBy: return inWords(e.producedBy, words::commandOfType);
        case ConsumedBy: return inWords(e.consumedBy, words::consumer);
        case Stored: return QLocale().toString(e.count);
        }
    }
    // The names the code and haulctl's catalog use, for whoever looks a type up there.
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Type: return words::eventOfType(e.type);
        case Context: return e.context;
        case Fields: return data(index, Qt::DisplayRole);
        case ProducedBy: return e.producedBy.join(QStringLiteral(", "));
        case ConsumedBy: return e.consumedBy.join(QStringLiteral(", "));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Stored)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EventCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type: return tr("Event type");
    case Context: return tr("Context");
    case SchemaVersions: return tr("Schema");
    case Fields: return tr("Fields");
    case ProducedBy: return tr("Produced by");
    case ConsumedBy: return tr("Consumed by");
    case Stored: return tr("Stored");
    }
    return {};
}

} // namespace hs
