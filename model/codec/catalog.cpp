#include "catalog.h"

#include "../domain/events.h"
#include "../util/jsonwriter.h"

#include <QSqlQuery>

namespace hs {

namespace {

QStringList words(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

// An event type's catalog entry, from its row in the message table. Listener and read-model
// names are those of model/domain/domainstate.cpp (reactTo) and model/readmodel/views.cpp.
template <typename T> struct EntryOf
{
    static CatalogEntry call()
    {
        constexpr auto row = rowOf<T>();
        CatalogEntry e;
        e.type = QString::fromLatin1(row.name);
        e.schemaVersion = row.schemaVersion;
        for (int v = 1; v <= e.schemaVersion; ++v)
            e.storedVersions << v;
        e.context = departmentName(row.department);
        forEachField<T>([&](const auto &f) { e.fields << QString::fromLatin1(f.name); });
        e.producedBy = words(row.producedBy);
        e.consumedBy = words(row.consumedBy);
        return e;
    }
};

} // namespace

std::vector<CatalogEntry> eventCatalog()
{
    static constexpr auto entries = perAlternative<Event, EntryOf>();
    std::vector<CatalogEntry> out;
    for (auto entry : entries)
        out.push_back(entry());
    return out;
}

void countStored(std::vector<CatalogEntry> &catalog, QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, count(*) FROM events GROUP BY type")))
        return;
    while (q.next())
        for (CatalogEntry &e : catalog)
            if (e.type == q.value(0).toString())
                e.count = q.value(1).toLongLong();
}

QByteArray catalogJson(const std::vector<CatalogEntry> &catalog)
{
    JsonWriter w;
    w.beginArray();
    for (const CatalogEntry &e : catalog) {
        w.beginObject().field("type", e.type).field("schemaVersion", e.schemaVersion).field("context", e.context);
        w.key("fields").beginArray();
        for (const QString &f : e.fields)
            w.value(f);
        w.endArray();
        w.key("producedBy").beginArray();
        for (const QString &p : e.producedBy)
            w.value(p);
        w.endArray();
        w.key("consumedBy").beginArray();
        for (const QString &c : e.consumedBy)
            w.value(c);
        w.endArray();
        w.field("count", e.count);
        w.endObject();
    }
    w.endArray();
    return w.take();
}

} // namespace hs
