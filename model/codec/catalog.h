#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace hs {

// What the code says about each event type: who emits it, its fields, who consumes it.
// Fields come from the codec itself, so the catalog cannot drift from what is written.
struct CatalogEntry
{
    QString type;
    int schemaVersion = 1;
    QList<int> storedVersions; // versions the code can read
    QString context;           // customer-service, dispatch, finance
    QStringList fields;
    QStringList producedBy;    // command types
    QStringList consumedBy;    // listeners and read models
    qint64 count = 0;          // stored events of the type
};

std::vector<CatalogEntry> eventCatalog();
// Adds the stored counts from a store (leaves them 0 where it has none).
void countStored(std::vector<CatalogEntry> &catalog, QSqlDatabase db);

QByteArray catalogJson(const std::vector<CatalogEntry> &catalog);

} // namespace hs
