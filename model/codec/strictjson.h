#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>
#include <vector>

namespace hs::strictjson {

// What makes a text not the JSON of RFC 8259, and where.
struct Problem
{
    QString field;   // the path of the value at fault ("actor.user"), empty at the top
    QString message; // in words, with the byte offset
};

// One value of a checked text, pointing into that text.
struct Node
{
    enum class Kind : quint8 { Null, False, True, Number, String, Object, Array };
    Kind kind = Kind::Null;
    bool escaped = false;     // raw holds escapes: read it through text()
    bool nameEscaped = false;
    QByteArrayView name;      // as a member of an object: its name, between the quotes
    QByteArrayView raw;       // a string between its quotes, an object whole
    double number = 0;
    int first = -1;           // an object's or array's first member
    int next = -1;            // the member after this one in its object or array
};

// A checked text as its values, the first one the whole text; valid while the text lives.
struct Document
{
    std::vector<Node> nodes;
    // The member of an object by name, or -1.
    int member(int object, QByteArrayView name) const;
};

// A string's or a name's value.
QString text(QByteArrayView raw, bool escaped);

// Checks raw bytes, since Qt accepts what RFC 8259 does not (`1.`, raw control characters,
// lone surrogates) and a lone surrogate stored as text no longer equals the text that was
// hashed. Also refused: invalid UTF-8, `\u0000`, a name given twice in one object, more than
// maxDepth levels of nesting, a number too large for a double. nullopt: one well-formed JSON
// value, which is put into document when one is given.
inline constexpr int maxDepth = 32;
std::optional<Problem> check(QByteArrayView text, Document *document = nullptr);

} // namespace hs::strictjson
