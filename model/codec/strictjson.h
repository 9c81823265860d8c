#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace hs::strictjson {

// What makes a text not the JSON of RFC 8259, and where.
struct Problem
{
    QString field;   // the path of the value at fault ("actor.user"), empty at the top
    QString message; // in words, with the byte offset
};

// Checks raw bytes before Qt's parser sees them, since Qt accepts what RFC 8259 does not
// (`1.`, raw control characters, lone surrogates) and a lone surrogate stored as text no longer
// equals the text that was hashed. Also refused: invalid UTF-8, `\u0000`, a name given twice in
// one object, more than maxDepth levels of nesting. nullopt: one well-formed JSON value.
inline constexpr int maxDepth = 32;
std::optional<Problem> check(QByteArrayView text);

} // namespace hs::strictjson
