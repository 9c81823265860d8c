#pragma once

// haulbench's shared-store figures: the same import, interactive and rebuild measurements on
// PostgreSQL, writers in several processes at once, and how soon another client hears of a commit.

#include "util/jsonwriter.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <vector>

namespace hs {
class Reducer;
}

namespace hs::bench {

// What every part of haulbench reports with.
void progress(const QString &s);
double percentile(std::vector<double> v, double p); // nearest rank
double round3(double x);
void num(JsonWriter &w, const char *name, double v); // a number, or null when not finite

// `haulbench --writer STORE FILE`: submits FILE's lines one per transaction (a desk's clicks)
// and prints the seconds it took.
int runWriter(const QString &store, const QString &file);

// A new empty database named name on the server of uri (the login needs CREATEDB).
QString freshDatabase(const QString &uri, const QString &name, QString *problem);

// Import in batches, interactive commands one per commit, and a rebuild, into "import",
// "interactive" and "rebuild" of the current object.
bool importInteractiveRebuild(JsonWriter &w, const QString &store, const std::vector<QByteArray> &lines,
                              const std::vector<QByteArray> &extra, int batch);

// One command per transaction, each timed: "interactive" of the current object.
bool interactiveFigures(JsonWriter &w, Reducer &reducer, const std::vector<QByteArray> &extra);

// For sizes whose import would take too long on PostgreSQL: the SQLite store's events and
// command log copied into shared as stored ("copy"), the read models projected from them when a
// reducer opens it ("projection", the same work as a rebuild), then the interactive commands:
// ones the SQLite store has not seen, or the copy would only answer them as duplicates.
bool copyFill(JsonWriter &w, const QString &sqliteStore, const QString &shared, const std::vector<QByteArray> &extra);

// Commands per second with 1, 2, 4 and 8 writer processes on one store, each its own
// commands one per transaction; stores come from freshStore(processes).
void writersThroughput(JsonWriter &w, const std::function<QString(int)> &freshStore, int commandsPerWriter);

// From a commit to a StoreClient on another connection announcing it: p50 and p95 ms. The
// commands are new to the store, even one copied from a store measured before.
void commitToOtherClient(JsonWriter &w, const QString &store, int samples);

} // namespace hs::bench
