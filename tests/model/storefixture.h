#pragma once

// Small helpers for model tests that drive a real reducer on a temporary store file.

#include "codec/commandparser.h"
#include "reducer/reducer.h"
#include "teststore.h"

#include <QTemporaryDir>
#include <QTest>

namespace hs::test {

// One command line as the contract writes it.
inline QByteArray commandLine(const QString &id, const QString &type, const QString &issuedAt, const QString &user,
                              const QString &department, const QString &data)
{
    return QStringLiteral(R"({"commandId":"%1","type":"%2","issuedAt":"%3","actor":{"user":"%4","department":"%5"},"data":%6})")
        .arg(id, type, issuedAt, user, department, data)
        .toUtf8();
}

inline QString address(const QString &city)
{
    return QStringLiteral(R"({"name":"Dock","line1":"1 Main St","city":"%1","state":"KS","zip":"67401"})").arg(city);
}

inline CommandResult submit(Reducer &r, const QByteArray &line)
{
    auto outcome = r.submit({parseCommandLine(line)});
    if (outcome.failure || outcome.results.empty())
        qFatal("the store failed: %s", qPrintable(outcome.failure ? outcome.failure->message : QString()));
    return outcome.results.front();
}

// A store in a temporary folder (or a fresh database when the suite runs on PostgreSQL), with its reducer.
struct TempStore
{
    QTemporaryDir dir;
    QString path = storeLocation(dir, QStringLiteral("store.db"));
    std::unique_ptr<Reducer> reducer;

    explicit TempStore(const Reducer::Options &options = {})
    {
        StoreError error;
        reducer = Reducer::open(path, options, &error);
        if (!reducer || !reducer->ensureStore(&error))
            qFatal("cannot open a store: %s", qPrintable(error.message));
    }
    CommandResult submit(const QByteArray &line) { return test::submit(*reducer, line); }
};

} // namespace hs::test
