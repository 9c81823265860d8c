#pragma once

#include "../reducer/reducer.h"

namespace hs {

// Fills an empty store with four weeks of Great Plains Trucking, ending now.
std::optional<qint64> seedDemo(Reducer &reducer, qint64 endMs, StoreError *error);

} // namespace hs
