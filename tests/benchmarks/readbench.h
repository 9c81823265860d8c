#pragma once

// haulbench's read-side figures, on either kind of store: every department view as of random
// moments, and the dashboard's start (time to its first pane with data, peak memory).

#include "util/jsonwriter.h"

#include <QString>

namespace hs::bench {

// "asOf" figures as an object (or null when the store cannot be read) at the writer's position.
void asOfFigures(JsonWriter &w, const QString &store, int moments);

// The dashboard offscreen on store, three times: an object, or null with *note saying why.
void openFigures(JsonWriter &w, const QString &dashboard, const QString &store, QString *note);

} // namespace hs::bench
