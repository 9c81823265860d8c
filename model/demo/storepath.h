#pragma once

#include <QString>

namespace hs {

// The store the dashboard opens by default; HAULSTREAM_DB overrides it.
QString defaultStorePath();

} // namespace hs
