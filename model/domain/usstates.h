#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace hs::usstates {

// The postal codes an address's state may carry: the 50 states, DC and the US territories.
struct UsState
{
    QLatin1StringView code;
    QLatin1StringView name; // in English, as the Postal Service writes it
};

const std::vector<UsState> &all();
bool isCode(QStringView code);
// The code for what a clerk typed: a code or a full name, in any case ("iowa", "Ia" → "IA").
std::optional<QString> codeFor(QStringView typed);

} // namespace hs::usstates
